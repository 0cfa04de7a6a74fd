#include "tools/airgov/serve/live_session.hpp"

#include <cmath>

#include "models/decision/rule_factory.hpp"
#include "sim/interfaces/air_quality_model.hpp"
#include "tools/airgov/serve/api_error.hpp"
#include "tools/airgov/serve/request_body.hpp"

namespace airgov::serve {
namespace {

// Rounded for the wire: the page shows at most these digits, and fewer bytes per frame keep 50
// clients cheap. Rounding is deterministic, so a replay still gives identical numbers.
double round_to(double x, double unit) { return std::round(x / unit) * unit; }

nlohmann::json rounded(std::span<const double> values, double unit) {
  nlohmann::json out = nlohmann::json::array();
  for (double v : values) out.push_back(round_to(v, unit));
  return out;
}

}  // namespace

// Collects the days and periods of one request as JSON, and feeds the run's summary.
class LiveSession::Frames final : public Recorder {
 public:
  Frames(RunSummary& summary, int& periods_closed) : summary_(summary), periods_closed_(periods_closed) {}
  void on_day(const DayRecord& day) override {
    summary_.on_day(day);
    nlohmann::json pm25 = nlohmann::json::array(), classes = nlohmann::json::array();
    double sum = 0;
    for (std::size_t j = 0; j < day.pm25_ugm3.size(); ++j) {
      sum += day.pm25_ugm3[j];
      pm25.push_back(day.air_quality[j].pm25_ugm3);
      classes.push_back(day.air_quality[j].aqi_class);
    }
    const double n = day.pm25_ugm3.empty() ? 1.0 : static_cast<double>(day.pm25_ugm3.size());
    frames.push_back({{"day", day.day + 1},
                      {"date", day.date.iso()},
                      {"regime", day.regime},
                      {"region_pm25", round_to(sum / n, 0.01)},
                      {"pm25", pm25},
                      {"aqi_class", classes},
                      {"effort", rounded(day.effort, 1e-4)}});
  }
  void on_period(const PeriodRecord& p) override {
    summary_.on_period(p);
    ++periods_closed_;
    periods.push_back({{"period", p.period.index + 1},
                       {"start_date", p.period.start.iso()},
                       {"days", p.period.days},
                       {"effort", rounded(p.effort, 1e-4)},
                       {"mean_pm25", rounded(p.mean_pm25_ugm3, 0.01)},
                       {"cost_cny", rounded(p.account.abatement_cost_cny, 1)},
                       {"damage_cny", rounded(p.account.damage_cny, 1)},
                       {"transfer_cny", rounded(p.account.transfer_cny, 1)},
                       {"payoff_cny", rounded(p.account.payoff_cny, 1)}});
  }
  nlohmann::json frames = nlohmann::json::array();
  nlohmann::json periods = nlohmann::json::array();

 private:
  RunSummary& summary_;
  int& periods_closed_;
};

SessionSettings read_settings(const nlohmann::json& body, const PresetLibrary& presets) {
  BodyReader reader(body, "", {"preset", "rule", "seed", "days", "levers"});
  reader.finish();
  SessionSettings s;
  s.preset = presets.find(reader.choice("preset", presets.ids()).value_or(presets.default_id()), "/preset");
  const auto& scenario = s.preset->scenario;
  s.rule = reader.choice("rule", decision::rule_names()).value_or(scenario.decision.rule);
  // Seeds are shown and typed in the page: keep them exact in a double (2^53).
  s.seed = static_cast<unsigned long long>(reader.integer("seed", 0, 9007199254740991LL).value_or(static_cast<long long>(scenario.seed)));
  s.days = static_cast<int>(reader.integer("days", 1, kMaxSessionDays).value_or(std::min(scenario.days, kMaxSessionDays)));
  s.levers = scenario.levers;
  if (const auto* levers = reader.object("levers")) s.levers = read_levers(*levers, "/levers", s.levers);
  return s;
}

LiveSession::LiveSession(SessionSettings settings)
    : settings_(std::move(settings)),
      scenario_(std::make_unique<ScenarioDescription>(settings_.preset->scenario)),
      summary_(scenario_->region.jurisdictions.size()),
      planner_summary_(scenario_->region.jurisdictions.size()) {
  scenario_->days = settings_.days;
  scenario_->levers = settings_.levers;
  scenario_->decision.rule = settings_.rule;
  const auto& models = settings_.preset->models;
  Plugins plugins = assembly::plugins_for(models, settings_.rule, scenario_->decision);
  auto human = std::make_unique<HumanOverrideRule>(std::move(plugins.rule));
  human_ = human.get();
  plugins.rule = std::move(human);
  simulation_ = std::make_unique<Simulation>(*scenario_, std::move(plugins), RunOptions{settings_.seed, 0});
  if (settings_.rule != "planner")
    planner_ = std::make_unique<Simulation>(*scenario_, assembly::plugins_for(models, "planner", scenario_->decision),
                                            RunOptions{settings_.seed, 0});
}

void LiveSession::set_levers(const Levers& levers) {
  settings_.levers = levers;
  simulation_->set_levers(levers);
  if (planner_) planner_->set_levers(levers);
}

nlohmann::json LiveSession::advance(int max_days, bool until_period_end) {
  Frames frames(summary_, periods_closed_);
  int planner_periods = 0;
  Frames planner_frames(planner_summary_, planner_periods);
  const int closed_before = periods_closed_;
  for (int d = 0; d < max_days && !simulation_->done(); ++d) {
    simulation_->step(frames);
    if (planner_) planner_->step(planner_frames);
    if (until_period_end && periods_closed_ > closed_before) break;
  }
  return {{"frames", std::move(frames.frames)}, {"periods", std::move(frames.periods)}, {"state", state()}};
}

nlohmann::json LiveSession::step(int days) { return advance(days, false); }

nlohmann::json LiveSession::step_period() { return advance(kMaxSessionDays, true); }

nlohmann::json LiveSession::settings_json() const {
  return {{"preset", settings_.preset->id},
          {"rule", settings_.rule},
          {"seed", settings_.seed},
          {"days", settings_.days},
          {"start_date", scenario_->start_date.iso()},
          {"period", scenario_->decision.period},
          {"max_effort", scenario_->economics.max_effort},
          {"levers", levers_json(simulation_->levers())}};
}

nlohmann::json LiveSession::state() const {
  nlohmann::json out = {{"day", simulation_->day()}, {"done", simulation_->done()}, {"periods_closed", periods_closed_},
                        {"settings", settings_json()}};
  if (summary_.days() == 0) {
    out["monitors"] = nullptr;
    return out;
  }
  const OutcomeTotals region = summary_.region();
  const double social = summary_.social_cost_cny();
  const double planner_social = planner_ ? planner_summary_.social_cost_cny() : social;
  nlohmann::json poa = nullptr;
  if (periods_closed_ > 0 && planner_social > 0) poa = round_to(social / planner_social, 1e-4);
  nlohmann::json by_class = nlohmann::json::array();
  for (double c : region.days_by_class) by_class.push_back(round_to(c, 0.01));
  out["monitors"] = {{"days", summary_.days()},
                     {"pm25_mean_ugm3", round_to(region.pm25_mean_ugm3, 0.01)},
                     {"attainment_days", round_to(region.attainment_days, 0.01)},
                     {"heavy_days", round_to(region.heavy_days, 0.01)},
                     {"days_by_class", by_class},
                     {"mean_effort", round_to(region.mean_effort, 1e-4)},
                     {"abatement_cost_cny", round_to(region.abatement_cost_cny, 1)},
                     {"payoff_cny", round_to(region.payoff_cny, 1)},
                     {"social_cost_cny", round_to(social, 1)},
                     {"planner_social_cost_cny", round_to(planner_social, 1)},
                     {"price_of_anarchy", poa}};
  nlohmann::json per = nlohmann::json::array();
  for (const auto& o : summary_.jurisdictions())
    per.push_back({{"pm25_mean_ugm3", round_to(o.pm25_mean_ugm3, 0.01)},
                   {"attainment_days", o.attainment_days},
                   {"heavy_days", o.heavy_days},
                   {"mean_effort", round_to(o.mean_effort, 1e-4)},
                   {"cost_cny", round_to(o.abatement_cost_cny, 1)},
                   {"damage_cny", round_to(o.damage_cny, 1)},
                   {"transfer_cny", round_to(o.transfer_cny, 1)},
                   {"payoff_cny", round_to(o.payoff_cny, 1)}});
  out["jurisdictions"] = per;
  return out;
}

}  // namespace airgov::serve
