// MODEL.md section 6, 3-region source-receptor game, played through the DecisionRule interface.
#include <gtest/gtest.h>

#include <memory>
#include <vector>

#include "models/decision/rule_factory.hpp"
#include "models/economics/closed_form.hpp"
#include "tests/models/economics/reference_games.hpp"

namespace airgov::decision {
namespace {

using test::expect_relative;

std::vector<double> decide(const std::string& rule_name, const GameParameters& game) {
  const std::unique_ptr<DecisionRule> rule = make_rule(rule_name);
  EXPECT_EQ(rule->name(), rule_name);
  std::vector<double> previous(game.size(), 0.0);
  std::vector<double> effort(game.size(), -1.0);
  rule->decide(DecisionContext{game, 0, previous, {}, 0, 0}, effort);
  return effort;
}

TEST(ReferenceGame, NashEffortsAreBestResponses) {
  const GameParameters g = test::three_region_game();
  const std::vector<double> effort = decide("nash", g);
  // A = (4, 3, 2) on Ebar = (10, 10, 40).
  expect_relative(effort, {4.0 / 10, 3.0 / 10, 2.0 / 40});
  expect_relative(economics::abatement_from_effort(g, effort), {4, 3, 2});
}

TEST(ReferenceGame, PlannerEffortsMinimiseSocialCost) {
  const GameParameters g = test::three_region_game();
  const std::vector<double> effort = decide("planner", g);
  expect_relative(effort, {4.35 / 10, 4.30 / 10, 7.60 / 40});
  expect_relative(economics::abatement_from_effort(g, effort), {4.35, 4.30, 7.60});
}

TEST(ReferenceGame, OutcomesGainsAndPriceOfAnarchy) {
  const GameParameters g = test::three_region_game();
  const std::vector<double> nash = economics::abatement_from_effort(g, decide("nash", g));
  const std::vector<double> coop = economics::abatement_from_effort(g, decide("planner", g));

  expect_relative(economics::concentrations(g, nash), {33.6, 29.9, 30.3});
  expect_relative(economics::concentrations(g, coop), {31.11, 26.725, 27.335});
  const std::vector<double> pi_nash = economics::payoffs(g, nash);
  const std::vector<double> pi_coop = economics::payoffs(g, coop);
  expect_relative(pi_nash, {-150.4, -64.3, -30.8});
  expect_relative(pi_coop, {-143.3625, -62.695, -34.555});

  const double sc_nash = economics::social_cost(g, nash);
  const double sc_coop = economics::social_cost(g, coop);
  expect_relative(sc_nash, 245.5);
  expect_relative(sc_coop, 240.6125);
  expect_relative(sc_nash - sc_coop, 4.8875);     // total gain of cooperation
  expect_relative(pi_coop[2] - pi_nash[2], -3.755);  // Hebei loses without compensation
  EXPECT_GT(pi_coop[0], pi_nash[0]);
  EXPECT_GT(pi_coop[1], pi_nash[1]);

  const double poa = economics::price_of_anarchy(sc_nash, sc_coop);
  EXPECT_GE(poa, 1.0);
  expect_relative(poa, 245.5 / 240.6125);
}

}  // namespace
}  // namespace airgov::decision
