#include "models/economics/linear_game.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

#include "models/economics/abatement.hpp"
#include "models/economics/closed_form.hpp"
#include "tests/models/economics/reference_games.hpp"

namespace airgov::economics {
namespace {

using test::expect_relative;

TEST(LinearQuadraticGame, ExplicitGameIsTakenAsGiven) {
  const test::ThreeRegionCase r = test::three_region_case();
  const GameParameters g = test::three_region_game();
  EXPECT_EQ(g.size(), 3u);
  EXPECT_EQ(g.cost_coefficient, (std::vector<double>{2.0, 1.0, 0.25}));
  EXPECT_EQ(g.damage_weight, (std::vector<double>{4.0, 2.0, 1.0}));
  EXPECT_EQ(g.baseline_t_per_year, r.baseline_t_per_year);
  EXPECT_EQ(g.background_ugm3, r.background_ugm3);
  EXPECT_EQ(g.source_receptor.data(), r.source_receptor.data());
  EXPECT_EQ(g.max_effort, 1.0);
}

TEST(LinearQuadraticGame, TechnologyHalvesCostAtFullLeverWithTauHalf) {
  Levers levers;
  levers.technology = 1.0;  // the reference case keeps the default tau_max = 0.5
  const GameParameters g = test::three_region_game(levers);
  expect_relative(g.cost_coefficient, {1.0, 0.5, 0.125});
  EXPECT_EQ(g.levers.technology, 1.0);
}

TEST(LinearQuadraticGame, DerivesCoefficientsFromEconomics) {
  ScenarioDescription s;
  s.economics.marginal_abatement_cost_cny_per_t = 30000;
  s.economics.reference_effort = 0.5;
  s.economics.damage_cny_per_person_per_ugm3 = 50;
  s.economics.max_effort = 0.8;
  for (double population : {21.5, 15.0}) {
    JurisdictionSpec j;
    j.population_million = population;
    j.abatement_cost_multiplier = population > 20 ? 1.2 : 0.8;
    s.region.jurisdictions.push_back(j);
  }
  const std::vector<double> baseline = {40000, 90000};
  const GameParameters g =
      LinearQuadraticGame(s).game({}, Matrix(2, 2, 1e-4), std::vector<double>{12, 12}, baseline);
  // The marginal cost reaches mac * multiplier at half the baseline.
  expect_relative(marginal_abatement_cost_cny_per_t(g.cost_coefficient[0], 0.5 * baseline[0]),
                  30000 * 1.2);
  expect_relative(marginal_abatement_cost_cny_per_t(g.cost_coefficient[1], 0.5 * baseline[1]),
                  30000 * 0.8);
  // Population is in millions in the scenario, persons in d.
  expect_relative(g.damage_weight, {21.5e6 * 50, 15.0e6 * 50});
  EXPECT_EQ(g.max_effort, 0.8);
}

TEST(LinearQuadraticGame, RejectsSizesThatDisagree) {
  const test::ThreeRegionCase r = test::three_region_case();
  const LinearQuadraticGame model(r.scenario);
  EXPECT_THROW(model.game({}, Matrix(2, 2), r.background_ugm3, r.baseline_t_per_year),
               std::invalid_argument);
  EXPECT_THROW(model.game({}, r.source_receptor, std::vector<double>{1, 2}, r.baseline_t_per_year),
               std::invalid_argument);
  ScenarioDescription derived = r.scenario;
  derived.game.reset();
  derived.region.jurisdictions.pop_back();
  EXPECT_THROW(LinearQuadraticGame(derived).game({}, r.source_receptor, r.background_ugm3,
                                                 r.baseline_t_per_year),
               std::invalid_argument);
}

TEST(LinearQuadraticGame, AccountsCostDamageAndPayoffAtRealisedConcentration) {
  const test::ThreeRegionCase r = test::three_region_case();
  const LinearQuadraticGame model(r.scenario);
  const GameParameters g = test::three_region_game();
  // Nash efforts and the concentration they lead to (MODEL.md section 6).
  const std::vector<double> effort = {0.4, 0.3, 0.05};
  const PeriodAccount a = model.account(g, effort, std::vector<double>{33.6, 29.9, 30.3});
  expect_relative(a.abatement_cost_cny, {16, 4.5, 0.5});
  expect_relative(a.damage_cny, {134.4, 59.8, 30.3});
  expect_relative(a.payoff_cny, {-150.4, -64.3, -30.8});
  // The account prices the realised concentration, whatever the expected transport says.
  const PeriodAccount windy = model.account(g, effort, std::vector<double>{20, 20, 20});
  expect_relative(windy.damage_cny, {80, 40, 20});
  EXPECT_THROW(model.account(g, effort, std::vector<double>{1, 2}), std::invalid_argument);
}

}  // namespace
}  // namespace airgov::economics
