#include "models/decision/evolutionary.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>
#include <utility>

#include "models/decision/nash.hpp"
#include "models/decision/planner.hpp"
#include "models/economics/abatement.hpp"
#include "models/economics/closed_form.hpp"
#include "sim/random/stream.hpp"

namespace airgov::decision {

namespace {

std::vector<double> effort_of(const StrategyEfforts& efforts,
                              std::span<const Strategy> strategies) {
  std::vector<double> effort(strategies.size());
  for (std::size_t i = 0; i < strategies.size(); ++i) {
    effort[i] = strategies[i] == Strategy::cooperate ? efforts.cooperate[i] : efforts.defect[i];
  }
  return effort;
}

double mean_abs(std::span<const double> values) {
  if (values.empty()) return 0;
  double sum = 0;
  for (double v : values) sum += std::abs(v);
  return sum / static_cast<double>(values.size());
}

}  // namespace

std::vector<double> territorial_abatement(const GameParameters& game) {
  GameParameters territorial = game;
  InstitutionalTerms& terms = territorial.institutions;
  terms.target_effort = 0;
  terms.detection_probability = 0;
  terms.penalty_cny_per_t = 0;
  terms.subsidy_cny_per_t = 0;
  return nash_abatement(territorial, terms.omega);
}

StrategyEfforts strategy_efforts(const GameParameters& game) {
  // Joint prevention keeps the agreement: the planner's effort, and at least the binding target.
  std::vector<double> cooperate = economics::effort_from_abatement(game, planner_abatement(game));
  for (double& e : cooperate) e = std::min(game.max_effort, std::max(e, game.institutions.target_effort));
  return {cooperate, economics::effort_from_abatement(game, territorial_abatement(game))};
}

std::vector<double> strategy_payoffs(const GameParameters& game,
                                     std::span<const Strategy> strategies) {
  const std::vector<double> effort = effort_of(strategy_efforts(game), strategies);
  return economics::payoffs(game, economics::abatement_from_effort(game, effort));
}

std::vector<double> cooperation_stakes(const GameParameters& game) {
  // i's payoff is separable in A_i: the others' abatement only shifts X_i by a constant. So the
  // stake is the change of i's own terms, -K_i(A) + d_i T_ii A + transfer_i(A), from D to C.
  const StrategyEfforts efforts = strategy_efforts(game);
  const std::vector<double> a_c = economics::abatement_from_effort(game, efforts.cooperate);
  const std::vector<double> a_d = economics::abatement_from_effort(game, efforts.defect);
  const std::vector<double> t_c = economics::institutional_transfers(game, a_c);
  const std::vector<double> t_d = economics::institutional_transfers(game, a_d);
  std::vector<double> stake(game.size());
  for (std::size_t i = 0; i < game.size(); ++i) {
    const auto own = [&](double a, double transfer) {
      return -economics::abatement_cost_cny(game.cost_coefficient[i], a) +
             game.damage_weight[i] * game.source_receptor(i, i) * a + transfer;
    };
    stake[i] = own(a_c[i], t_c[i]) - own(a_d[i], t_d[i]);
  }
  return stake;
}

double automatic_noise_scale(const GameParameters& game, double relative_noise) {
  if (!(relative_noise > 0) || !std::isfinite(relative_noise)) {
    throw std::invalid_argument("evolutionary: relative noise must be > 0 and finite");
  }
  const double stake = mean_abs(cooperation_stakes(game));
  if (stake > 0) return relative_noise * stake;
  const std::vector<Strategy> all_defect(game.size(), Strategy::defect);
  return relative_noise * mean_abs(strategy_payoffs(game, all_defect));
}

double fermi_probability(double payoff_gain, double noise_scale) {
  if (noise_scale == 0) return payoff_gain > 0 ? 1.0 : (payoff_gain < 0 ? 0.0 : 0.5);
  // exp overflows to +inf for a large loss, which gives 0 as it should.
  return 1.0 / (1.0 + std::exp(-payoff_gain / noise_scale));
}

std::vector<Strategy> initial_strategies(std::size_t n, double cooperator_share, std::uint64_t seed,
                                         std::uint64_t replicate, int period) {
  if (!(cooperator_share >= 0 && cooperator_share <= 1)) {
    throw std::invalid_argument("evolutionary: initial cooperator share must be in [0, 1]");
  }
  const auto cooperators =
      static_cast<std::size_t>(std::llround(cooperator_share * static_cast<double>(n)));
  std::vector<double> key(n);
  for (std::size_t i = 0; i < n; ++i) {
    key[i] = RandomStream(seed, replicate, i, static_cast<std::uint64_t>(period), Purpose::decision)
                 .uniform();
  }
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::ranges::sort(order, [&](std::size_t a, std::size_t b) {
    return key[a] != key[b] ? key[a] < key[b] : a < b;
  });
  std::vector<Strategy> strategies(n, Strategy::defect);
  for (std::size_t k = 0; k < cooperators; ++k) strategies[order[k]] = Strategy::cooperate;
  return strategies;
}

Strategy imitate(const DecisionContext& context, std::span<const Strategy> strategies,
                 std::span<const double> stake_cny, double noise_scale, std::size_t agent) {
  const std::size_t n = strategies.size();
  if (agent >= n || stake_cny.size() != n) {
    throw std::invalid_argument("evolutionary: agent out of range or stakes of the wrong size");
  }
  const bool has_listed = context.neighbours.size() == n && !context.neighbours[agent].empty();
  const std::size_t degree = has_listed ? context.neighbours[agent].size() : n - 1;
  if (degree == 0) return strategies[agent];  // alone: nobody to imitate
  RandomStream rng(context.seed, context.replicate, agent,
                   static_cast<std::uint64_t>(context.period), Purpose::imitation);
  const auto pick =
      std::min(static_cast<std::size_t>(rng.uniform() * static_cast<double>(degree)), degree - 1);
  std::size_t model = 0;
  if (has_listed) {
    model = context.neighbours[agent][pick];
    if (model >= n) throw std::invalid_argument("evolutionary: neighbour index out of range");
  } else {
    model = pick < agent ? pick : pick + 1;  // the pick-th government other than agent
  }
  // What switching to the model's strategy would change in the agent's own payoff.
  const double gain = strategies[model] == strategies[agent] ? 0.0
                      : strategies[model] == Strategy::cooperate ? stake_cny[agent]
                                                                 : -stake_cny[agent];
  const double adopt = fermi_probability(gain, noise_scale);
  return rng.uniform() < adopt ? strategies[model] : strategies[agent];
}

EvolutionaryRule::EvolutionaryRule(EvolutionaryOptions options) : options_(std::move(options)) {
  if (!(options_.initial_cooperator_share >= 0 && options_.initial_cooperator_share <= 1)) {
    throw std::invalid_argument("EvolutionaryRule: initial cooperator share must be in [0, 1]");
  }
  if (!(options_.relative_noise > 0) || !std::isfinite(options_.relative_noise) ||
      !(options_.noise_scale_cny >= 0) || !std::isfinite(options_.noise_scale_cny)) {
    throw std::invalid_argument(
        "EvolutionaryRule: relative noise must be > 0 and the noise scale >= 0");
  }
}

void EvolutionaryRule::decide(const DecisionContext& context, std::span<double> effort) {
  const GameParameters& game = context.game;
  economics::check_game(game);
  const std::size_t n = game.size();
  if (effort.size() != n)
    throw std::invalid_argument("EvolutionaryRule: effort has the wrong size");
  const bool new_run =
      strategies_.empty() || strategies_.size() != n || context.period <= last_period_;
  if (new_run) {
    if (!options_.initial_strategies.empty()) {
      if (options_.initial_strategies.size() != n) {
        throw std::invalid_argument(
            "EvolutionaryRule: " + std::to_string(options_.initial_strategies.size()) +
            " initial strategies for " + std::to_string(n) + " governments");
      }
      strategies_ = options_.initial_strategies;
    } else {
      strategies_ = initial_strategies(n, options_.initial_cooperator_share, context.seed,
                                       context.replicate, context.period);
    }
    noise_scale_ = 0;
  } else {
    const std::vector<double> stake = cooperation_stakes(game);
    noise_scale_ = options_.noise_scale_cny > 0
                       ? options_.noise_scale_cny
                       : automatic_noise_scale(game, options_.relative_noise);
    std::vector<Strategy> next(n);
    for (std::size_t i = 0; i < n; ++i)
      next[i] = imitate(context, strategies_, stake, noise_scale_, i);
    strategies_ = std::move(next);
  }
  last_period_ = context.period;
  const std::vector<double> result = effort_of(strategy_efforts(game), strategies_);
  std::ranges::copy(result, effort.begin());
}

double EvolutionaryRule::cooperator_share() const {
  if (strategies_.empty()) return 0;
  const auto c = std::ranges::count(strategies_, Strategy::cooperate);
  return static_cast<double>(c) / static_cast<double>(strategies_.size());
}

}  // namespace airgov::decision
