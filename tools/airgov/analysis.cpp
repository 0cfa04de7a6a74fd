#include "tools/airgov/analysis.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <numeric>
#include <stdexcept>

#include "models/fairness/chander_tulkens.hpp"
#include "models/fairness/coalition_game.hpp"
#include "models/health/attributable_deaths.hpp"
#include "models/health/concentration_response.hpp"

namespace airgov::cli {

RunSummary simulate(const ScenarioDescription& scenario, const assembly::ScenarioModels& models,
                    const std::string& rule, RunOptions options) {
  RunSummary summary(scenario.region.jurisdictions.size());
  Simulation simulation(scenario, assembly::plugins_for(models, rule, scenario.decision), options);
  simulation.run(summary);
  return summary;
}

std::vector<double> pm25_means(const std::vector<OutcomeTotals>& outcomes) {
  std::vector<double> out;
  out.reserve(outcomes.size());
  for (const auto& o : outcomes) out.push_back(o.pm25_mean_ugm3);
  return out;
}

// ---- Health

namespace {

health::ConcentrationResponse response_of(const HealthSpec& spec) {
  const auto function = health::parse_response_function(spec.function);
  if (!function) throw std::invalid_argument("unknown concentration-response function \"" + spec.function + "\"");
  return health::ConcentrationResponse(*function);
}

double adults(const HealthSpec& spec, const JurisdictionSpec& j) { return j.population_million * 1e6 * spec.adult_share; }

double rate_per_person_year(const HealthSpec& spec) { return spec.baseline_mortality_per_1000 / 1000.0; }

}  // namespace

bool health_configured(const HealthSpec& health) {
  return health.baseline_mortality_per_1000 > 0 && health.adult_share > 0;
}

std::vector<double> attributable_deaths(const ScenarioDescription& scenario, std::span<const double> pm25_annual_ugm3) {
  std::vector<double> out;
  if (!health_configured(scenario.health)) return out;
  const auto response = response_of(scenario.health);
  const auto& list = scenario.region.jurisdictions;
  if (pm25_annual_ugm3.size() != list.size()) throw std::invalid_argument("attributable_deaths: sizes differ");
  for (std::size_t j = 0; j < list.size(); ++j) {
    out.push_back(health::attributable_deaths_per_year(response, pm25_annual_ugm3[j], adults(scenario.health, list[j]),
                                                       rate_per_person_year(scenario.health)));
  }
  return out;
}

std::vector<double> deaths_avoided(const ScenarioDescription& scenario, std::span<const double> before_ugm3,
                                   std::span<const double> after_ugm3) {
  std::vector<double> out;
  if (!health_configured(scenario.health)) return out;
  const auto response = response_of(scenario.health);
  const auto& list = scenario.region.jurisdictions;
  if (before_ugm3.size() != list.size() || after_ugm3.size() != list.size()) {
    throw std::invalid_argument("deaths_avoided: sizes differ");
  }
  for (std::size_t j = 0; j < list.size(); ++j) {
    out.push_back(health::deaths_avoided_per_year(response, before_ugm3[j], after_ugm3[j],
                                                  adults(scenario.health, list[j]),
                                                  rate_per_person_year(scenario.health)));
  }
  return out;
}

// ---- The horizon's game

Levers mean_levers(const ScenarioDescription& scenario) {
  std::vector<const PolicyEvent*> events;
  for (const auto& e : scenario.events) events.push_back(&e);
  std::stable_sort(events.begin(), events.end(), [](auto* a, auto* b) { return a->date < b->date; });
  Levers now = scenario.levers, sum;
  if (scenario.days <= 0) return now;
  std::size_t next = 0;
  for (int day = 0; day < scenario.days; ++day) {
    const Date today = scenario.start_date + day;
    for (; next < events.size() && events[next]->date <= today; ++next) {
      for (const auto& [key, value] : events[next]->levers) set_lever(now, key, value);
    }
    for (std::size_t k = 0; k < kLeverNames.size(); ++k) lever(sum, k) += lever(now, k);
  }
  for (std::size_t k = 0; k < kLeverNames.size(); ++k) lever(sum, k) /= scenario.days;
  return sum;
}

GameParameters horizon_game(const ScenarioDescription& scenario, const assembly::ScenarioModels& models) {
  const std::size_t n = scenario.region.jurisdictions.size();
  const int days = std::max(scenario.days, 1);
  Matrix t;
  std::vector<double> background;
  models.expected->over(scenario.start_date, days, t, background);
  std::vector<double> baseline(n, 0.0), today(n, 0.0);
  const std::vector<double> no_effort(n, 0.0);
  for (int d = 0; d < days; ++d) {
    models.emissions->pm25_equivalent(scenario.start_date + d, no_effort, today);
    for (std::size_t i = 0; i < n; ++i) baseline[i] += today[i] / days;
  }
  GameParameters game = models.game->game(mean_levers(scenario), t, background, baseline);
  if (models.central) models.central->prepare(game, scenario.start_date, days);
  return game;
}

double GameFairness::total_gain() const {
  double sum = 0;
  for (std::size_t i = 0; i < nash_payoff.size(); ++i) sum += cooperative_payoff[i] - nash_payoff[i];
  return sum;
}

double GameFairness::max_standard_error() const {
  double out = 0;
  for (double se : shapley.standard_error) out = std::max(out, se);
  return out;
}

GameFairness game_fairness(const GameParameters& game, std::uint64_t seed, std::size_t permutations) {
  GameFairness f;
  f.nash_payoff = fairness::nash_payoffs(game);
  f.cooperative_payoff = fairness::cooperative_payoffs(game);
  fairness::ShapleyOptions options;
  options.permutations = permutations;
  options.seed = seed;
  f.shapley = fairness::shapley_value(game, options);
  f.shapley_transfer = fairness::shapley_transfers(f.shapley.value, f.cooperative_payoff);
  f.chander_tulkens_transfer =
      fairness::chander_tulkens_transfers(f.nash_payoff, f.cooperative_payoff, game.damage_weight);
  return f;
}

// ---- Switching from A to B

namespace {

struct Pairwise {
  std::vector<double> own;  // own_i
  Matrix spared;            // e(k, i): what k's switch spares i, CNY over the run
};

Pairwise pairwise(const GameParameters& game, const Outcome& from, const Outcome& to, double years) {
  const std::size_t n = game.size();
  for (const auto* v : {&from.payoff_cny, &from.abatement_t_per_year, &to.payoff_cny, &to.abatement_t_per_year}) {
    if (v->size() != n) throw std::invalid_argument("switching_fairness: outcome and game differ in size");
  }
  if (game.damage_weight.size() != n || game.source_receptor.rows() != n || game.source_receptor.cols() != n) {
    throw std::invalid_argument("switching_fairness: malformed game");
  }
  Pairwise p{std::vector<double>(n), Matrix(n, n, 0.0)};
  for (std::size_t k = 0; k < n; ++k) {
    const double extra = to.abatement_t_per_year[k] - from.abatement_t_per_year[k];
    for (std::size_t i = 0; i < n; ++i) {
      if (i != k) p.spared(k, i) = game.damage_weight[i] * game.source_receptor(k, i) * extra * years;
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    double from_others = 0;
    for (std::size_t k = 0; k < n; ++k) from_others += p.spared(k, i);
    p.own[i] = (to.payoff_cny[i] - from.payoff_cny[i]) - from_others;
  }
  return p;
}

}  // namespace

SwitchingFairness switching_fairness(const GameParameters& game, const Outcome& from, const Outcome& to, double years) {
  const Pairwise p = pairwise(game, from, to, years);
  const std::size_t n = game.size();
  SwitchingFairness s;
  s.gain.resize(n);
  s.shapley_value.resize(n);
  s.shapley_transfer.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    s.gain[i] = to.payoff_cny[i] - from.payoff_cny[i];
    double half_given = 0, half_received = 0;
    for (std::size_t k = 0; k < n; ++k) {
      half_given += p.spared(i, k) / 2;
      half_received += p.spared(k, i) / 2;
    }
    s.shapley_transfer[i] = half_given - half_received;
    s.shapley_value[i] = s.gain[i] + s.shapley_transfer[i];
    s.total_gain += s.gain[i];
  }
  s.chander_tulkens_transfer = fairness::chander_tulkens_transfers(from.payoff_cny, to.payoff_cny, game.damage_weight);
  return s;
}

fairness::CoalitionValue switching_game(const GameParameters& game, const Outcome& from, const Outcome& to,
                                        double years) {
  auto p = std::make_shared<const Pairwise>(pairwise(game, from, to, years));
  return [p](std::uint64_t members) {
    const std::size_t n = p->own.size();
    double v = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (!fairness::contains(members, i)) continue;
      v += p->own[i];
      for (std::size_t k = 0; k < n; ++k) {
        if (k != i && fairness::contains(members, k)) v += p->spared(k, i);
      }
    }
    return v;
  };
}

// ---- Statistics

double quantile(std::vector<double> values, double q) {
  if (values.empty()) throw std::invalid_argument("quantile of no values");
  std::sort(values.begin(), values.end());
  const double h = (static_cast<double>(values.size()) - 1) * std::clamp(q, 0.0, 1.0);
  const auto lo = static_cast<std::size_t>(std::floor(h));
  const std::size_t hi = std::min(lo + 1, values.size() - 1);
  return values[lo] + (h - static_cast<double>(lo)) * (values[hi] - values[lo]);
}

Interval interval_of(std::span<const double> values) {
  Interval out;
  if (values.empty()) return out;
  const std::vector<double> v(values.begin(), values.end());
  out.mean = std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
  out.p05 = quantile(v, 0.05);
  out.p95 = quantile(v, 0.95);
  // Equal values have that value as their mean, without the sum's round-off.
  if (out.p05 == out.p95 && std::all_of(v.begin(), v.end(), [&](double x) { return x == v.front(); })) {
    out.mean = v.front();
  }
  return out;
}

}  // namespace airgov::cli
