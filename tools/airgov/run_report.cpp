#include "tools/airgov/run_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <sstream>

#include "models/economics/closed_form.hpp"
#include "models/fairness/coalition_value.hpp"
#include "sim/interfaces/air_quality_model.hpp"
#include "tools/airgov/cli_common.hpp"

namespace airgov::cli {
namespace {

using Json = nlohmann::ordered_json;

Json outcome_json(const OutcomeTotals& o) {
  Json j;
  j["pm25_annual_mean_ugm3"] = o.pm25_mean_ugm3;
  j["attainment_days"] = o.attainment_days;
  j["heavy_days"] = o.heavy_days;
  Json classes = Json::object();
  for (int c = 0; c < kAqiClassCount; ++c) classes[std::string(kAqiClassNames[c])] = o.days_by_class[c];
  j["days_by_class"] = classes;
  j["mean_effort"] = o.mean_effort;
  j["abatement_t_per_year"] = o.abatement_t_per_year;
  j["abatement_cost_cny"] = o.abatement_cost_cny;
  j["damage_cny"] = o.damage_cny;
  j["payoff_cny"] = o.payoff_cny;
  return j;
}

std::vector<std::size_t> members_of(const RegionSpec& region, const std::string& group) {
  std::vector<std::size_t> out;
  for (std::size_t j = 0; j < region.jurisdictions.size(); ++j) {
    const auto& g = region.jurisdictions[j].groups;
    if (std::find(g.begin(), g.end(), group) != g.end()) out.push_back(j);
  }
  return out;
}

std::vector<std::string> group_names(const RegionSpec& region) {
  std::vector<std::string> out;
  for (const auto& j : region.jurisdictions) {
    for (const auto& g : j.groups) {
      if (std::find(out.begin(), out.end(), g) == out.end()) out.push_back(g);
    }
  }
  return out;
}

// A number, or null when it does not exist (no health section, nothing reduced, no GDP).
Json number_or_null(const std::optional<double>& v) {
  return v && std::isfinite(*v) ? Json(*v) : Json(nullptr);
}

std::optional<double> ratio(double numerator, double denominator) {
  if (!(denominator > 0)) return std::nullopt;
  return numerator / denominator;
}

double sum_of(const std::vector<double>& v, const std::vector<std::size_t>& members = {}) {
  if (members.empty()) return std::accumulate(v.begin(), v.end(), 0.0);
  double s = 0;
  for (std::size_t j : members) s += v[j];
  return s;
}

// Everything the JSON, table and CSV share, computed once.
struct Derived {
  std::vector<OutcomeTotals> outcomes, nash_outcomes;
  bool health = false;
  std::vector<double> deaths_avoided;  // vs Nash, per jurisdiction (empty without health)
  std::vector<double> gain_vs_nash;    // payoff - Nash payoff, CNY over the run
  std::vector<double> cost_share_of_gdp;  // annualised cost / GDP; NaN without GDP
  double years = 1;
  double cost_cny = 0, nash_cost_cny = 0, gdp_cny = 0;
  double pm25_reduction_ugm3 = 0;  // population-weighted, vs Nash
  double social_cost = 0, nash_social_cost = 0, planner_social_cost = 0;

  double extra_cost_per_year() const { return (cost_cny - nash_cost_cny) / years; }
  std::optional<double> deaths_total() const;
  std::optional<double> avoided_total() const {
    if (!health) return std::nullopt;
    return sum_of(deaths_avoided);
  }
  std::optional<double> cost_per_ugm3() const { return ratio(extra_cost_per_year(), pm25_reduction_ugm3); }
  std::optional<double> cost_per_death() const {
    const auto a = avoided_total();
    return a ? ratio(extra_cost_per_year(), *a) : std::nullopt;
  }
  std::optional<double> share_of_gdp() const { return ratio(cost_cny / years, gdp_cny); }
  double price_of_anarchy() const { return economics::price_of_anarchy(social_cost, planner_social_cost); }
  double nash_price_of_anarchy() const { return economics::price_of_anarchy(nash_social_cost, planner_social_cost); }
  std::vector<double> deaths;
};

std::optional<double> Derived::deaths_total() const {
  if (!health) return std::nullopt;
  return sum_of(deaths);
}

Derived derive(const RunResult& r) {
  Derived d;
  const auto& region = r.scenario.region;
  d.outcomes = r.summary.jurisdictions();
  d.nash_outcomes = r.nash.jurisdictions();
  d.health = !r.deaths.empty();
  d.deaths = r.deaths;
  if (d.health) {
    d.deaths_avoided = deaths_avoided(r.scenario, pm25_means(d.nash_outcomes), pm25_means(d.outcomes));
  }
  d.years = std::max(r.summary.days(), 1) / 365.0;
  for (std::size_t j = 0; j < d.outcomes.size(); ++j) {
    d.gain_vs_nash.push_back(d.outcomes[j].payoff_cny - d.nash_outcomes[j].payoff_cny);
    const double gdp = region.jurisdictions[j].gdp_billion_cny * 1e9;
    d.cost_share_of_gdp.push_back(gdp > 0 ? d.outcomes[j].abatement_cost_cny / d.years / gdp : std::nan(""));
    d.cost_cny += d.outcomes[j].abatement_cost_cny;
    d.nash_cost_cny += d.nash_outcomes[j].abatement_cost_cny;
    d.gdp_cny += gdp;
  }
  d.pm25_reduction_ugm3 = r.nash.population_weighted_pm25(region) - r.summary.population_weighted_pm25(region);
  d.social_cost = r.summary.social_cost_cny();
  d.nash_social_cost = r.nash.social_cost_cny();
  d.planner_social_cost = r.planner.social_cost_cny();
  return d;
}

const char* verdict(double gain) { return gain > 0 ? "gains" : gain < 0 ? "loses" : "even"; }

Json health_json(const HealthSpec& h, bool configured) {
  if (!configured) {
    return {{"configured", false},
            {"note", "not configured: the scenario has no health section with a baseline mortality rate and an "
                     "adult share, so no deaths are reported"}};
  }
  return {{"configured", true},
          {"function", h.function},
          {"baseline_mortality_per_1000", h.baseline_mortality_per_1000},
          {"adult_share", h.adult_share},
          {"source", h.source},
          {"method", "deaths per year attributable to each jurisdiction's annual mean PM2.5: adults (population x "
                     "adult_share) x baseline rate x (1 - 1/RR), MODEL.md section 7; one function per report"}};
}

Json fairness_json(const RunResult& r, const Derived& d) {
  Json out;
  out["reference"] = "the Nash benchmark run on the same seed (same weather)";
  out["social_cost_cny"] = d.social_cost;
  out["nash_social_cost_cny"] = d.nash_social_cost;
  out["planner_social_cost_cny"] = d.planner_social_cost;
  out["price_of_anarchy"] = number_or_null(d.price_of_anarchy());
  out["total_gain_vs_nash_cny"] = sum_of(d.gain_vs_nash);
  Json gainers = Json::array(), losers = Json::array();
  for (std::size_t j = 0; j < d.gain_vs_nash.size(); ++j) {
    if (d.gain_vs_nash[j] > 0) gainers.push_back(r.scenario.region.jurisdictions[j].id);
    if (d.gain_vs_nash[j] < 0) losers.push_back(r.scenario.region.jurisdictions[j].id);
  }
  out["gainers"] = gainers;
  out["losers"] = losers;
  if (!r.fairness) {
    out["game"] = nullptr;
    out["game_note"] = fmt::format("not computed: {} governments, more than the {} a coalition game can hold",
                                   d.gain_vs_nash.size(), fairness::kMaxPlayers);
    Json list = Json::array();
    for (std::size_t j = 0; j < d.gain_vs_nash.size(); ++j) {
      list.push_back({{"id", r.scenario.region.jurisdictions[j].id},
                      {"gain_vs_nash_cny", d.gain_vs_nash[j]},
                      {"outcome", verdict(d.gain_vs_nash[j])}});
    }
    out["jurisdictions"] = list;
    return out;
  }
  const auto& f = *r.fairness;
  bool shapley_all_gain = true, ct_all_gain = true;
  for (std::size_t j = 0; j < f.nash_payoff.size(); ++j) {
    shapley_all_gain = shapley_all_gain && f.shapley.value[j] >= f.nash_payoff[j];
    ct_all_gain = ct_all_gain && f.cooperative_payoff[j] + f.chander_tulkens_transfer[j] >= f.nash_payoff[j];
  }
  out["game"] = {
      {"description", "full cooperation with compensation on the horizon's game (expected transport, mean baseline "
                      "and mean levers over the horizon, CNY per year): the grand coalition's payoffs, the Shapley "
                      "value of the coalition game where outsiders play Nash, and the transfers on top of cooperation "
                      "that give each government its Shapley value or its Chander-Tulkens share (Nash payoff plus a "
                      "share of the total gain proportional to its damage weight)"},
      {"levers", levers_json(r.game_levers)},
      {"total_cooperation_gain_cny_per_year", f.total_gain()},
      {"shapley", {{"method", f.shapley.exact ? "exact" : "sampled"},
                   {"permutations", f.shapley.permutations},
                   {"seed", r.seed},
                   {"max_standard_error_cny_per_year", f.max_standard_error()}}},
      {"everyone_gains_with_shapley", shapley_all_gain},
      {"everyone_gains_with_chander_tulkens", ct_all_gain}};
  Json list = Json::array();
  for (std::size_t j = 0; j < d.gain_vs_nash.size(); ++j) {
    list.push_back({{"id", r.scenario.region.jurisdictions[j].id},
                    {"gain_vs_nash_cny", d.gain_vs_nash[j]},
                    {"outcome", verdict(d.gain_vs_nash[j])},
                    {"game_nash_payoff_cny_per_year", f.nash_payoff[j]},
                    {"game_cooperative_payoff_cny_per_year", f.cooperative_payoff[j]},
                    {"shapley_value_cny_per_year", f.shapley.value[j]},
                    {"shapley_standard_error_cny_per_year", f.shapley.standard_error[j]},
                    {"shapley_transfer_cny_per_year", f.shapley_transfer[j]},
                    {"chander_tulkens_transfer_cny_per_year", f.chander_tulkens_transfer[j]}});
  }
  out["jurisdictions"] = list;
  return out;
}

Json costs_json(const Derived& d) {
  return {{"abatement_cost_cny", d.cost_cny},
          {"abatement_cost_cny_per_year", d.cost_cny / d.years},
          {"gdp_cny_per_year", d.gdp_cny},
          {"abatement_cost_share_of_gdp", number_or_null(d.share_of_gdp())},
          {"extra_cost_vs_nash_cny_per_year", d.extra_cost_per_year()},
          {"pm25_population_weighted_reduction_vs_nash_ugm3", d.pm25_reduction_ugm3},
          {"cost_per_ugm3_reduced_cny_per_year", number_or_null(d.cost_per_ugm3())},
          {"deaths_avoided_vs_nash", number_or_null(d.avoided_total())},
          {"cost_per_death_avoided_cny", number_or_null(d.cost_per_death())},
          {"method", "abatement cost only (fines, rewards and transfers move money, they cost nothing); costs "
                     "annualised (x 365 / days); per ug/m3 and per death: extra cost over the Nash benchmark "
                     "divided by the fall of the population-weighted regional PM2.5 or by the deaths avoided per "
                     "year, null when nothing is reduced"}};
}

std::string money_m(double cny) { return fmt::format("{:+.1f}", cny / 1e6); }

}  // namespace

RunResult analyse_run(const ScenarioDescription& scenario, const assembly::ScenarioModels& models,
                      const std::string& rule, unsigned long long seed, const RunSummary& summary,
                      const RunSummary& nash, const RunSummary& planner) {
  RunResult r{scenario, rule, seed, summary, nash, planner, {}, {}, mean_levers(scenario), {}};
  r.deaths = attributable_deaths(scenario, pm25_means(summary.jurisdictions()));
  r.nash_deaths = attributable_deaths(scenario, pm25_means(nash.jurisdictions()));
  if (scenario.region.jurisdictions.size() <= fairness::kMaxPlayers) {
    r.fairness = game_fairness(horizon_game(scenario, models), seed);
  }
  return r;
}

Json summary_json(const RunResult& r) {
  const auto& s = r.scenario;
  const Derived d = derive(r);
  Json out;
  out["provenance"] = {{"tool_version", AIRGOV_VERSION},
                       {"scenario", s.name},
                       {"scenario_file", s.file},
                       {"scenario_sha256", s.sha256},
                       {"seed", r.seed},
                       {"rule", r.rule},
                       {"start_date", s.start_date.iso()},
                       {"days", r.summary.days()}};
  out["health"] = health_json(s.health, d.health);
  Json list = Json::array();
  for (std::size_t j = 0; j < d.outcomes.size(); ++j) {
    const auto& spec = s.region.jurisdictions[j];
    Json item;
    item["id"] = spec.id;
    item["name"] = spec.name;
    item["name_zh"] = spec.name_zh;
    item["province"] = spec.province;
    item["population_million"] = spec.population_million;
    item.update(outcome_json(d.outcomes[j]));
    item["abatement_cost_share_of_gdp"] = number_or_null(d.cost_share_of_gdp[j]);
    item["attributable_deaths"] = d.health ? Json(d.deaths[j]) : Json(nullptr);
    item["deaths_avoided_vs_nash"] = d.health ? Json(d.deaths_avoided[j]) : Json(nullptr);
    list.push_back(item);
  }
  out["jurisdictions"] = list;
  Json region = outcome_json(r.summary.region());
  region["pm25_population_weighted_ugm3"] = r.summary.population_weighted_pm25(s.region);
  region["social_cost_cny"] = d.social_cost;
  region["realised_social_cost_cny"] = r.summary.realised_social_cost_cny();
  region["jurisdiction_count"] = d.outcomes.size();
  region["abatement_cost_share_of_gdp"] = number_or_null(d.share_of_gdp());
  region["attributable_deaths"] = number_or_null(d.deaths_total());
  region["deaths_avoided_vs_nash"] = number_or_null(d.avoided_total());
  out["region"] = region;
  Json groups = Json::object();
  for (const auto& g : group_names(s.region)) {
    const auto members = members_of(s.region, g);
    Json group = outcome_json(r.summary.region(members));
    group["attributable_deaths"] = d.health ? Json(sum_of(d.deaths, members)) : Json(nullptr);
    groups[g] = group;
  }
  if (!groups.empty()) out["groups"] = groups;
  const double nash_pm25 = r.nash.region().pm25_mean_ugm3, planner_pm25 = r.planner.region().pm25_mean_ugm3;
  out["benchmarks"] = {
      {"nash", {{"social_cost_cny", d.nash_social_cost},
                {"pm25_annual_mean_ugm3", nash_pm25},
                {"attributable_deaths", number_or_null(d.health ? std::optional(sum_of(r.nash_deaths)) : std::nullopt)}}},
      {"planner", {{"social_cost_cny", d.planner_social_cost}, {"pm25_annual_mean_ugm3", planner_pm25}}},
      {"price_of_anarchy", number_or_null(d.nash_price_of_anarchy())},
      {"cooperation_gain_cny", d.nash_social_cost - d.planner_social_cost}};
  out["fairness"] = fairness_json(r, d);
  out["costs"] = costs_json(d);
  return out;
}

std::string format_table(const RunResult& r) {
  const auto& s = r.scenario;
  const Derived d = derive(r);
  std::string out = fmt::format("airgov {}  scenario {}  rule {}  seed {}  {} + {} days\n\n", AIRGOV_VERSION, s.name,
                                r.rule, r.seed, s.start_date.iso(), r.summary.days());
  out += fmt::format("{:<14} {:>7} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>7} {:>6} {:>7} {:>11}\n", "jurisdiction",
                     "PM2.5", "exc", "good", "light", "mod", "heavy", "sev", "attain", "heavy", "effort", "cost M CNY");
  out += fmt::format("{:<14} {:>7} {:>35} {:>7} {:>6} {:>7} {:>11}\n", "", "ug/m3", "days per AQI(PM2.5) class", "days",
                     "days", "mean", "");
  auto row = [&](const std::string& label, const OutcomeTotals& o, const char* number) {
    out += fmt::format("{:<14} {:>7.1f}", label, o.pm25_mean_ugm3);
    for (int c = 0; c < kAqiClassCount; ++c) out += fmt::format(fmt::runtime(number), o.days_by_class[c]);
    out += fmt::format(fmt::runtime(std::string(" ") + number + " " + number), o.attainment_days, o.heavy_days);
    out += fmt::format(" {:>7.3f} {:>11.1f}\n", o.mean_effort, o.abatement_cost_cny / 1e6);
  };
  for (std::size_t j = 0; j < d.outcomes.size(); ++j) row(s.region.jurisdictions[j].id, d.outcomes[j], " {:>5.0f}");
  out += "\n";
  for (const auto& g : group_names(s.region)) row("mean " + g, r.summary.region(members_of(s.region, g)), " {:>5.1f}");
  row("mean (all)", r.summary.region(), " {:>5.1f}");
  // The sentences under the first table, each wrapped to 100 columns.
  std::string notes;
  notes += fmt::format("Regional PM2.5: {:.1f} ug/m3 (arithmetic mean of the {} jurisdictions), {:.1f} ug/m3 "
                     "population-weighted.\n",
                     r.summary.region().pm25_mean_ugm3, d.outcomes.size(), r.summary.population_weighted_pm25(s.region));
  notes += fmt::format("Social cost (abatement + damage as the governments value it): {:.3f} bn CNY expected, {:.3f} bn "
                     "CNY in this year's weather; price of anarchy of this outcome {:.4f}.\n",
                     d.social_cost / 1e9, r.summary.realised_social_cost_cny() / 1e9, d.price_of_anarchy());
  notes += fmt::format("Nash vs planner, same weather (seed {}): social cost {:.3f} vs {:.3f} bn CNY, price of anarchy "
                     "{:.4f}; regional PM2.5 {:.1f} vs {:.1f} ug/m3.\n",
                     r.seed, d.nash_social_cost / 1e9, d.planner_social_cost / 1e9, d.nash_price_of_anarchy(),
                     r.nash.region().pm25_mean_ugm3, r.planner.region().pm25_mean_ugm3);
  if (d.health) {
    notes += fmt::format("Health ({}, adults >= 25, {} per 1000 per year): {:.0f} deaths per year attributable to PM2.5; "
                       "{:.0f} avoided vs Nash.\n",
                       s.health.function, s.health.baseline_mortality_per_1000, *d.deaths_total(), *d.avoided_total());
  } else {
    notes += "Health: not configured (the scenario has no health section), no deaths reported.\n";
  }
  const auto share = d.share_of_gdp();
  notes += fmt::format("Abatement cost: {:.3f} bn CNY per year{}", d.cost_cny / d.years / 1e9,
                     share ? fmt::format(", {:.4f} % of GDP", *share * 100) : std::string());
  if (const auto per_ugm3 = d.cost_per_ugm3()) {
    notes += fmt::format("; vs Nash {:+.3f} bn CNY per year for {:.2f} ug/m3 less (population-weighted): {:.1f} M CNY "
                       "per ug/m3",
                       d.extra_cost_per_year() / 1e9, d.pm25_reduction_ugm3, *per_ugm3 / 1e6);
    if (const auto per_death = d.cost_per_death()) notes += fmt::format(", {:.2f} M CNY per death avoided", *per_death / 1e6);
  }
  notes += ".\n";
  notes += "AQI classes here count PM2.5 only; official AQI also counts O3 and dust, so official attainment days are "
         "fewer.\n";
  out += "\n";
  std::istringstream paragraphs(notes);
  for (std::string paragraph; std::getline(paragraphs, paragraph);) out += wrap(paragraph, 100);

  // Who gains, who pays.
  const auto& f = r.fairness;
  out += "\nWho gains, who pays (M CNY)\n";
  if (!f) {
    out += wrap(fmt::format("Gain vs Nash: this run's payoff minus the Nash benchmark's on the same weather. No "
                            "compensating transfers: {} governments are more than the {} a coalition game can hold.",
                            d.outcomes.size(), fairness::kMaxPlayers),
                100);
  } else {
    out += wrap(fmt::format("Gain vs Nash: this run's payoff minus the Nash benchmark's on the same weather. Right of "
                          "the bar, on the horizon's game (M CNY per year): what full cooperation gains each "
                          "government over Nash, and the transfers (+ received, - paid) that would make every "
                          "government gain by it (Shapley {}{}; Chander-Tulkens).",
                            f->shapley.exact ? "exact" : fmt::format("sampled, {} orders", f->shapley.permutations),
                            f->shapley.exact ? ""
                                             : fmt::format(", max standard error {:.2f} M", f->max_standard_error() / 1e6)),
                100);
  }
  // Right of the bar: the horizon's game, "-" when it was not computed.
  auto game_cell = [&](const std::vector<double> GameFairness::*field, std::size_t j) {
    return f ? money_m(((*f).*field)[j]) : std::string("-");
  };
  auto game_total = [&](const std::vector<double> GameFairness::*field) {
    return f ? money_m(sum_of((*f).*field)) : std::string("-");
  };
  out += fmt::format("{:<14} {:>7} {:>7} {:>9} {:<6} {:>7} | {:>9} {:>9} {:>9}\n", "jurisdiction", "deaths", "avoided",
                     "gain vs", "", "cost", "coop gain", "Shapley", "Chander-");
  out += fmt::format("{:<14} {:>7} {:>7} {:>9} {:<6} {:>7} | {:>9} {:>9} {:>9}\n", "", "per yr", "vs Nash", "Nash", "",
                     "% GDP", "vs Nash", "transfer", "Tulkens");
  for (std::size_t j = 0; j < d.outcomes.size(); ++j) {
    const std::string deaths = d.health ? fmt::format("{:.0f}", d.deaths[j]) : "-";
    const std::string avoided = d.health ? fmt::format("{:.0f}", d.deaths_avoided[j]) : "-";
    const std::string share_j =
        std::isfinite(d.cost_share_of_gdp[j]) ? fmt::format("{:.4f}", d.cost_share_of_gdp[j] * 100) : "-";
    out += fmt::format("{:<14} {:>7} {:>7} {:>9} {:<6} {:>7} | {:>9} {:>9} {:>9}\n", s.region.jurisdictions[j].id,
                       deaths, avoided, money_m(d.gain_vs_nash[j]), verdict(d.gain_vs_nash[j]), share_j,
                       f ? money_m(f->cooperative_payoff[j] - f->nash_payoff[j]) : std::string("-"),
                       game_cell(&GameFairness::shapley_transfer, j), game_cell(&GameFairness::chander_tulkens_transfer, j));
  }
  out += fmt::format("{:<14} {:>7} {:>7} {:>9} {:<6} {:>7} | {:>9} {:>9} {:>9}\n", "total",
                     d.health ? fmt::format("{:.0f}", *d.deaths_total()) : "-",
                     d.health ? fmt::format("{:.0f}", *d.avoided_total()) : "-", money_m(sum_of(d.gain_vs_nash)), "",
                     share ? fmt::format("{:.4f}", *share * 100) : "-", f ? money_m(f->total_gain()) : std::string("-"),
                     game_total(&GameFairness::shapley_transfer), game_total(&GameFairness::chander_tulkens_transfer));
  return out;
}

std::string format_csv(const RunResult& r) {
  const Derived d = derive(r);
  std::string out = "jurisdiction,pm25_annual_mean_ugm3,attainment_days,heavy_days";
  for (auto name : kAqiClassNames) out += fmt::format(",days_{}", name);
  out += ",mean_effort,abatement_t_per_year,abatement_cost_cny,damage_cny,payoff_cny,abatement_cost_share_of_gdp,"
         "attributable_deaths,deaths_avoided_vs_nash,gain_vs_nash_cny,shapley_transfer_cny_per_year,"
         "chander_tulkens_transfer_cny_per_year\n";
  auto cell = [](std::optional<double> v) { return v && std::isfinite(*v) ? fmt::format("{}", *v) : std::string(); };
  const auto& f = r.fairness;
  auto game_cell = [&](const std::vector<double> GameFairness::*field, std::size_t j) {
    return cell(f ? std::optional(((*f).*field)[j]) : std::nullopt);
  };
  auto game_total = [&](const std::vector<double> GameFairness::*field) {
    return cell(f ? std::optional(sum_of((*f).*field)) : std::nullopt);
  };
  auto row = [&](const std::string& label, const OutcomeTotals& o) {
    out += fmt::format("{},{},{},{}", label, o.pm25_mean_ugm3, o.attainment_days, o.heavy_days);
    for (double x : o.days_by_class) out += fmt::format(",{}", x);
    out += fmt::format(",{},{},{},{},{}", o.mean_effort, o.abatement_t_per_year, o.abatement_cost_cny, o.damage_cny,
                       o.payoff_cny);
  };
  for (std::size_t j = 0; j < d.outcomes.size(); ++j) {
    row(r.scenario.region.jurisdictions[j].id, d.outcomes[j]);
    out += fmt::format(",{},{},{},{},{},{}\n", cell(d.cost_share_of_gdp[j]),
                       cell(d.health ? std::optional(d.deaths[j]) : std::nullopt),
                       cell(d.health ? std::optional(d.deaths_avoided[j]) : std::nullopt), d.gain_vs_nash[j],
                       game_cell(&GameFairness::shapley_transfer, j), game_cell(&GameFairness::chander_tulkens_transfer, j));
  }
  row("region", r.summary.region());
  out += fmt::format(",{},{},{},{},{},{}\n", cell(d.share_of_gdp()), cell(d.deaths_total()), cell(d.avoided_total()),
                     sum_of(d.gain_vs_nash), game_total(&GameFairness::shapley_transfer),
                     game_total(&GameFairness::chander_tulkens_transfer));
  return out;
}

}  // namespace airgov::cli
