#include "models/decision/evolutionary.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <vector>

#include "models/decision/nash.hpp"
#include "models/decision/planner.hpp"
#include "models/economics/closed_form.hpp"
#include "sim/random/stream.hpp"
#include "tests/models/decision/random_games.hpp"
#include "tests/models/economics/reference_games.hpp"

namespace airgov::decision {
namespace {

using Graph = std::vector<std::vector<std::size_t>>;

// n identical governments: Ebar = 10, c = d = 1, T_ii = 1 and `spill` to each neighbour on the
// graph (so Nash A = 1, planner A = 1 + degree * spill). No institutional terms.
GameParameters symmetric_game(const Graph& graph, double spill) {
  const std::size_t n = graph.size();
  GameParameters g;
  g.baseline_t_per_year.assign(n, 10.0);
  g.cost_coefficient.assign(n, 1.0);
  g.damage_weight.assign(n, 1.0);
  g.background_ugm3.assign(n, 10.0);
  g.source_receptor = Matrix(n, n);
  for (std::size_t i = 0; i < n; ++i) {
    g.source_receptor(i, i) = 1.0;
    for (std::size_t j : graph[i]) g.source_receptor(i, j) = spill;
  }
  return g;
}

Graph ring(std::size_t n) {
  Graph g(n);
  for (std::size_t i = 0; i < n; ++i) g[i] = {(i + n - 1) % n, (i + 1) % n};
  return g;
}

Graph complete(std::size_t n) {
  Graph g(n);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      if (j != i) g[i].push_back(j);
    }
  }
  return g;
}

// Targets the planner's effort and fines a shortfall hard enough (with a subsidy on top) that C
// beats D for every government whatever the others do.
GameParameters enforced(GameParameters g) {
  const std::vector<double> planner = economics::effort_from_abatement(g, planner_abatement(g));
  g.institutions.target_effort = *std::ranges::min_element(planner);
  g.institutions.detection_probability = 0.8;
  g.institutions.penalty_cny_per_t = 2.5;
  g.institutions.subsidy_cny_per_t = 0.1;
  return g;
}

std::vector<Strategy> all(std::size_t n, Strategy s) { return std::vector<Strategy>(n, s); }

// Runs `periods` periods from period 0 and returns the strategies after each.
std::vector<std::vector<Strategy>> run(EvolutionaryRule& rule, const GameParameters& g,
                                       const Graph& graph, int periods, std::uint64_t seed) {
  std::vector<std::vector<Strategy>> path;
  std::vector<double> effort(g.size(), 0.0), previous(g.size(), 0.0);
  for (int t = 0; t < periods; ++t) {
    rule.decide(DecisionContext{g, t, previous, graph, seed, 0}, effort);
    previous = effort;
    path.push_back(rule.strategies());
  }
  return path;
}

// Starts to try: every start with one lone cooperator (or defector) placed differently, plus
// random shares.
std::vector<std::vector<Strategy>> starts(std::size_t n, Strategy lone) {
  const Strategy other = lone == Strategy::cooperate ? Strategy::defect : Strategy::cooperate;
  std::vector<std::vector<Strategy>> result;
  for (std::size_t i : {std::size_t{0}, n / 2, n - 1}) {
    std::vector<Strategy> s = all(n, other);
    s[i] = lone;
    result.push_back(s);
  }
  for (std::uint64_t k = 0; k < 4; ++k) {
    std::vector<Strategy> s = initial_strategies(n, 0.2 + 0.2 * static_cast<double>(k), 99, k, 0);
    if (std::ranges::count(s, lone) == 0) s[0] = lone;
    result.push_back(s);
  }
  return result;
}

// The same game without any institutional term (the levers' defaults give some).
GameParameters without_institutions(GameParameters g) {
  g.institutions = InstitutionalTerms{};
  return g;
}

TEST(Evolutionary, StrategyEffortsArePlannerAndTerritorialNash) {
  GameParameters g = without_institutions(test::three_region_game());
  StrategyEfforts e = strategy_efforts(g);
  test::expect_relative(e.cooperate, economics::effort_from_abatement(g, planner_abatement(g)));
  test::expect_relative(e.defect, economics::effort_from_abatement(g, nash_abatement(g)));
  // Incentives move the nash rule, not the defectors: they keep A = (4, 3, 2) and pay.
  g.institutions.target_effort = 0.35;
  g.institutions.detection_probability = 1.0;
  g.institutions.penalty_cny_per_t = 10.0;
  g.institutions.subsidy_cny_per_t = 0.5;
  e = strategy_efforts(g);
  test::expect_relative(territorial_abatement(g), {4, 3, 2});
  test::expect_relative(e.defect, {0.4, 0.3, 0.05});
  EXPECT_GT(nash_abatement(g)[2], 2.0);
  // The legal floor binds defectors too.
  g.institutions.legal_floor_effort = 0.1;
  test::expect_relative(territorial_abatement(g), {4, 3, 4});
}

TEST(Evolutionary, PayoffsIncludeInstitutionalTerms) {
  GameParameters g = without_institutions(test::three_region_game());
  // Without institutions the payoffs are the closed-form ones.
  const std::vector<Strategy> mixed = {Strategy::cooperate, Strategy::defect, Strategy::cooperate};
  test::expect_relative(strategy_payoffs(g, mixed),
                        economics::payoffs(g, std::vector<double>{4.35, 3.0, 7.6}));
  g.institutions.target_effort = 0.35;  // targets (3.5, 3.5, 14) t/yr
  g.institutions.detection_probability = 0.5;
  g.institutions.penalty_cny_per_t = 2.0;
  g.institutions.subsidy_cny_per_t = 0.25;
  const std::vector<Strategy> d = all(3, Strategy::defect);  // A = (4, 3, 2)
  const std::vector<double> base =
      economics::payoffs(without_institutions(g), std::vector<double>{4, 3, 2});
  const std::vector<double> pi = strategy_payoffs(g, d);
  test::expect_relative(pi, {base[0] + 0.25 * 4, base[1] - 0.5 * 2 * 0.5 + 0.25 * 3,
                             base[2] - 0.5 * 2 * 12 + 0.25 * 2});
  // The stake of cooperating is the difference of own payoff with the others fixed.
  const std::vector<double> stake = cooperation_stakes(g);
  for (std::size_t i = 0; i < 3; ++i) {
    std::vector<Strategy> s = d;
    s[i] = Strategy::cooperate;
    test::expect_relative(stake[i], strategy_payoffs(g, s)[i] - pi[i]);
    std::vector<Strategy> c = all(3, Strategy::cooperate);
    const double with_c = strategy_payoffs(g, c)[i];
    c[i] = Strategy::defect;
    test::expect_relative(stake[i], with_c - strategy_payoffs(g, c)[i]);
  }
}

TEST(Evolutionary, TestGamesHaveTheDominanceTheyClaim) {
  for (const Graph& graph : {ring(20), complete(12)}) {
    const GameParameters free = symmetric_game(graph, 0.2);
    const GameParameters fined = enforced(free);
    for (double s : cooperation_stakes(free)) EXPECT_LT(s, 0);
    for (double s : cooperation_stakes(fined)) EXPECT_GT(s, 0);
  }
}

TEST(Evolutionary, EnforcementMakesCooperationTakeOver) {
  for (const Graph& graph : {ring(20), complete(12), ring(30)}) {
    const GameParameters g = enforced(symmetric_game(graph, 0.2));
    for (const auto& start : starts(graph.size(), Strategy::cooperate)) {
      for (std::uint64_t seed : {1u, 2u, 3u}) {
        EvolutionaryRule rule(EvolutionaryOptions{0.5, start, 0.1, 0});
        const auto path = run(rule, g, graph, 200, seed);
        EXPECT_EQ(path.back(), all(graph.size(), Strategy::cooperate)) << "seed " << seed;
        EXPECT_DOUBLE_EQ(rule.cooperator_share(), 1.0);
      }
    }
  }
}

TEST(Evolutionary, WithoutEnforcementDefectionTakesOver) {
  for (const Graph& graph : {ring(20), complete(12), ring(30)}) {
    const GameParameters g = symmetric_game(graph, 0.2);
    for (const auto& start : starts(graph.size(), Strategy::defect)) {
      for (std::uint64_t seed : {1u, 2u, 3u}) {
        EvolutionaryRule rule(EvolutionaryOptions{0.5, start, 0.1, 0});
        const auto path = run(rule, g, graph, 200, seed);
        EXPECT_EQ(path.back(), all(graph.size(), Strategy::defect)) << "seed " << seed;
        EXPECT_DOUBLE_EQ(rule.cooperator_share(), 0.0);
      }
    }
  }
}

TEST(Evolutionary, EffortsFollowStrategies) {
  const Graph graph = ring(10);
  const GameParameters g = enforced(symmetric_game(graph, 0.2));
  EvolutionaryRule rule;
  std::vector<double> effort(10), previous(10, 0.0);
  rule.decide(DecisionContext{g, 0, previous, graph, 5, 0}, effort);
  const StrategyEfforts e = strategy_efforts(g);
  for (std::size_t i = 0; i < 10; ++i) {
    EXPECT_EQ(effort[i],
              rule.strategies()[i] == Strategy::cooperate ? e.cooperate[i] : e.defect[i]);
  }
  EXPECT_DOUBLE_EQ(rule.cooperator_share(), 0.5);  // exactly round(0.5 * 10) cooperators
  EXPECT_EQ(rule.noise_scale(), 0.0);              // no imitation in the first period
  rule.decide(DecisionContext{g, 1, effort, graph, 5, 0}, effort);
  EXPECT_NEAR(rule.noise_scale(), 0.1 * cooperation_stakes(g)[0], 1e-12);
}

TEST(Evolutionary, InitialShareIsExactAndSeeded) {
  for (double share : {0.0, 0.1, 0.5, 0.73, 1.0}) {
    const auto s = initial_strategies(30, share, 11, 0, 0);
    EXPECT_EQ(std::ranges::count(s, Strategy::cooperate), std::llround(30 * share));
    EXPECT_EQ(s, initial_strategies(30, share, 11, 0, 0));
  }
  EXPECT_NE(initial_strategies(30, 0.5, 11, 0, 0), initial_strategies(30, 0.5, 12, 0, 0));
  EXPECT_NE(initial_strategies(30, 0.5, 11, 0, 0), initial_strategies(30, 0.5, 11, 1, 0));
  EXPECT_THROW(initial_strategies(30, 1.5, 11, 0, 0), std::invalid_argument);
  EXPECT_THROW(EvolutionaryRule(EvolutionaryOptions{-0.1, {}, 0.1, 0}), std::invalid_argument);
  EXPECT_THROW(EvolutionaryRule(EvolutionaryOptions{0.5, {}, 0.0, 0}), std::invalid_argument);
}

// Near-neutral selection (large noise) on a complete graph: the path is genuinely random.
TEST(Evolutionary, SameSeedSamePathDifferentSeedDifferentPath) {
  const Graph graph = complete(20);
  const GameParameters g = symmetric_game(graph, 0.05);
  const EvolutionaryOptions noisy{0.5, {}, 50.0, 0};
  EvolutionaryRule a(noisy), b(noisy), c(noisy);
  const auto pa = run(a, g, graph, 60, 7);
  const auto pb = run(b, g, graph, 60, 7);
  const auto pc = run(c, g, graph, 60, 8);
  EXPECT_EQ(pa, pb);
  EXPECT_NE(pa, pc);
  // Reusing a rule for a new run (period back to 0) starts afresh and repeats the path.
  EXPECT_EQ(run(a, g, graph, 60, 7), pa);
  // The replicate is part of the key too.
  std::vector<double> e(20), prev(20, 0.0);
  EvolutionaryRule r1(noisy), r2(noisy);
  r1.decide(DecisionContext{g, 0, prev, graph, 7, 0}, e);
  r2.decide(DecisionContext{g, 0, prev, graph, 7, 1}, e);
  EXPECT_NE(r1.strategies(), r2.strategies());
}

TEST(Evolutionary, UpdateDoesNotDependOnProcessingOrder) {
  const Graph graph = ring(25);
  const GameParameters g = enforced(symmetric_game(graph, 0.2));
  const EvolutionaryOptions noisy{0.4, {}, 3.0, 0};
  EvolutionaryRule rule(noisy);
  std::vector<double> effort(25), previous(25, 0.0);
  for (int t = 0; t < 15; ++t) {
    const std::vector<Strategy> before = rule.strategies();
    const DecisionContext ctx{g, t, previous, graph, 21, 3};
    rule.decide(ctx, effort);
    previous = effort;
    if (t == 0) continue;
    // Recompute the step agent by agent in reverse and in a shuffled order.
    const std::vector<double> stake = cooperation_stakes(g);
    const double k = automatic_noise_scale(g, 3.0);
    std::vector<std::size_t> order(25);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::ranges::reverse(order);
    std::vector<Strategy> reversed(25), shuffled(25);
    for (std::size_t i : order) reversed[i] = imitate(ctx, before, stake, k, i);
    RandomStream rng(1, 0, 0, static_cast<std::uint64_t>(t), Purpose::sampling);
    for (std::size_t i = 24; i > 0; --i) {
      std::swap(order[i], order[rng.next_u64() % (i + 1)]);
    }
    for (std::size_t i : order) shuffled[i] = imitate(ctx, before, stake, k, i);
    EXPECT_EQ(reversed, rule.strategies()) << "period " << t;
    EXPECT_EQ(shuffled, rule.strategies()) << "period " << t;
  }
}

TEST(Evolutionary, AbsentStrategyNeverReappears) {
  const Graph graph = complete(15);
  const GameParameters fined = enforced(symmetric_game(graph, 0.2));
  const GameParameters free = symmetric_game(graph, 0.2);
  // Even with C dominant and heavy noise, an all-D population stays all-D, and vice versa.
  for (double noise : {0.1, 100.0}) {
    EvolutionaryRule d(EvolutionaryOptions{0.5, all(15, Strategy::defect), noise, 0});
    for (const auto& s : run(d, fined, graph, 100, 4)) EXPECT_EQ(s, all(15, Strategy::defect));
    EvolutionaryRule c(EvolutionaryOptions{0.5, all(15, Strategy::cooperate), noise, 0});
    for (const auto& s : run(c, free, graph, 100, 4)) EXPECT_EQ(s, all(15, Strategy::cooperate));
  }
}

TEST(Evolutionary, WithoutNeighboursImitatesAnyone) {
  // No graph given: everyone is everyone's neighbour, and the dominant strategy still wins.
  const GameParameters g = enforced(symmetric_game(complete(10), 0.1));
  EvolutionaryRule rule(EvolutionaryOptions{0.1, {}, 0.1, 0});
  std::vector<double> effort(10), previous(10, 0.0);
  for (int t = 0; t < 200; ++t) {
    rule.decide(DecisionContext{g, t, previous, {}, 9, 0}, effort);
    previous = effort;
  }
  EXPECT_DOUBLE_EQ(rule.cooperator_share(), 1.0);
}

TEST(Evolutionary, FermiProbability) {
  EXPECT_DOUBLE_EQ(fermi_probability(0, 1), 0.5);
  EXPECT_NEAR(fermi_probability(1, 1), 1 / (1 + std::exp(-1.0)), 1e-15);
  EXPECT_EQ(fermi_probability(-1e6, 1e-3), 0.0);
  EXPECT_EQ(fermi_probability(1e6, 1e-3), 1.0);
  EXPECT_EQ(fermi_probability(2, 0), 1.0);
  EXPECT_EQ(fermi_probability(-2, 0), 0.0);
}

TEST(Evolutionary, RunsOnRandomGames) {
  for (std::uint64_t k = 0; k < 50; ++k) {
    const GameParameters g = test::random_game(k);
    EvolutionaryRule rule;
    std::vector<double> effort(g.size()), previous(g.size(), 0.0);
    for (int t = 0; t < 20; ++t) {
      rule.decide(DecisionContext{g, t, previous, {}, k, 0}, effort);
      for (double e : effort) {
        EXPECT_GE(e, 0.0);
        EXPECT_LE(e, g.max_effort);
      }
      previous = effort;
    }
  }
}

}  // namespace
}  // namespace airgov::decision
