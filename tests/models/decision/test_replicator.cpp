#include "models/decision/replicator.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace airgov::decision {
namespace {

// MODEL.md section 6: prisoners' dilemma, gap 2, F + R = 2.5, x(0) = 0.1.
const double kReferenceX10 = 1.0 / (1.0 + 9.0 * std::exp(-5.0));

TEST(Replicator, OnePopulationReferenceClosedForm) {
  const double gap = penalised_dilemma_gap(2.0, 1.5, 1.0);
  EXPECT_DOUBLE_EQ(gap, 0.5);
  EXPECT_NEAR(replicator_share_closed_form(gap, 0.1, 10.0), kReferenceX10, 1e-12);
  EXPECT_NEAR(replicator_share_closed_form(gap, 0.1, 10.0), 0.9428256, 5e-8);  // printed value
}

TEST(Replicator, OnePopulationReferenceRk4) {
  const PayoffGap gap = [](double) { return penalised_dilemma_gap(2.0, 2.0, 0.5); };
  EXPECT_NEAR(replicator_share(gap, 0.1, 10.0), kReferenceX10, 1e-6);
  // The default step is far better than that; a coarse one still meets 1e-6.
  EXPECT_NEAR(replicator_share(gap, 0.1, 10.0), kReferenceX10, 1e-11);
  EXPECT_NEAR(replicator_share(gap, 0.1, 10.0, 0.1), kReferenceX10, 1e-6);
  // A horizon that is not a multiple of the step lands exactly on it.
  EXPECT_NEAR(replicator_share(gap, 0.1, 3.3333), replicator_share_closed_form(0.5, 0.1, 3.3333),
              1e-11);
}

TEST(Replicator, EssIffPenaltyPlusRewardAboveTheGap) {
  EXPECT_TRUE(cooperation_is_ess(penalised_dilemma_gap(2, 1.5, 1.0)));
  EXPECT_FALSE(cooperation_is_ess(penalised_dilemma_gap(2, 1.0, 1.0)));
  EXPECT_FALSE(cooperation_is_ess(penalised_dilemma_gap(2, 0.5, 1.0)));
  // Below the threshold cooperation dies out, above it takes over, from any interior start.
  for (double x0 : {0.01, 0.5, 0.99}) {
    const PayoffGap below = [](double) { return penalised_dilemma_gap(2, 0.5, 1.0); };
    const PayoffGap above = [](double) { return penalised_dilemma_gap(2, 1.0, 1.5); };
    EXPECT_LT(replicator_share(below, x0, 100), 1e-6);
    EXPECT_GT(replicator_share(above, x0, 100), 1 - 1e-6);
  }
}

TEST(Replicator, ShareDependentGapHasItsInteriorRestPoint) {
  // g(x) = 1 - 2x: a stable mixed state at x = 1/2 (hawk-dove like), from either side.
  const PayoffGap gap = [](double x) { return 1 - 2 * x; };
  EXPECT_NEAR(replicator_share(gap, 0.05, 200), 0.5, 1e-9);
  EXPECT_NEAR(replicator_share(gap, 0.95, 200), 0.5, 1e-9);
  // Corners are rest points.
  EXPECT_EQ(replicator_share(gap, 0.0, 50), 0.0);
  EXPECT_EQ(replicator_share(gap, 1.0, 50), 1.0);
  EXPECT_EQ(replicator_share_closed_form(3, 0.0, 50), 0.0);
  EXPECT_EQ(replicator_share_closed_form(-3, 1.0, 50), 1.0);
}

TEST(Replicator, RejectsBadInput) {
  const PayoffGap gap = [](double) { return 1.0; };
  EXPECT_THROW(replicator_share(gap, 1.5, 1), std::invalid_argument);
  EXPECT_THROW(replicator_share(gap, 0.5, -1), std::invalid_argument);
  EXPECT_THROW(replicator_share(gap, 0.5, 1, 0), std::invalid_argument);
  EXPECT_THROW(replicator_share(PayoffGap{}, 0.5, 1), std::invalid_argument);
  EXPECT_THROW(replicator_share_closed_form(1, -0.1, 1), std::invalid_argument);
  EXPECT_THROW(two_population_state({}, {0.5, 2}, 1), std::invalid_argument);
}

// MODEL.md section 6: b = 2, C = 5, s = 4.
TwoPopulationGame governments(double expected_penalty) {
  return TwoPopulationGame{2.0, 5.0, 4.0, expected_penalty};
}

TEST(Replicator, TwoGovernmentsWithoutPenalty) {
  const TwoPopulationGame g = governments(0);
  ASSERT_TRUE(two_population_saddle(g).has_value());
  EXPECT_DOUBLE_EQ(*two_population_saddle(g), 0.75);
  EXPECT_FALSE(cooperation_dominant(g));
  EXPECT_EQ(two_population_end_state(g, {0.5, 0.5}), EndState::mutual_defection);
  EXPECT_EQ(two_population_end_state(g, {0.8, 0.8}), EndState::mutual_cooperation);
  // The saddle is a rest point.
  const TwoPopulationState s = two_population_state(g, {0.75, 0.75}, 10);
  EXPECT_DOUBLE_EQ(s.x, 0.75);
  EXPECT_DOUBLE_EQ(s.y, 0.75);
  EXPECT_EQ(classify(s), EndState::interior);
}

TEST(Replicator, TwoGovernmentsWithPenaltyTwo) {
  const TwoPopulationGame g = governments(2);
  ASSERT_TRUE(two_population_saddle(g).has_value());
  EXPECT_DOUBLE_EQ(*two_population_saddle(g), 0.25);
  EXPECT_EQ(two_population_end_state(g, {0.5, 0.5}), EndState::mutual_cooperation);
  EXPECT_EQ(two_population_end_state(g, {0.2, 0.2}), EndState::mutual_defection);
}

TEST(Replicator, TwoGovernmentsWithDominantCooperation) {
  for (double pf : {3.001, 3.5, 5.0}) {
    const TwoPopulationGame g = governments(pf);
    EXPECT_TRUE(cooperation_dominant(g)) << pf;
    EXPECT_FALSE(two_population_saddle(g).has_value()) << pf;
    for (double x = 0.05; x < 1; x += 0.1) {
      for (double y = 0.05; y < 1; y += 0.1) {
        // Near the threshold the rate at (0, 0) is small: allow the longer horizon it needs.
        EXPECT_EQ(two_population_end_state(g, {x, y}, 1000, 0.05), EndState::mutual_cooperation)
            << "pF " << pf << " from (" << x << ", " << y << ")";
      }
    }
  }
  EXPECT_FALSE(cooperation_dominant(governments(3.0)));
}

TEST(Replicator, AsymmetricCornersAndNoInteriorRestPoint) {
  // Without synergy each side follows its own constant gap independently.
  const TwoPopulationGame g{1.0, 1.0, 0.0, 0.0};
  EXPECT_FALSE(two_population_saddle(g).has_value());
  EXPECT_EQ(classify({1, 0}), EndState::first_only);
  EXPECT_EQ(classify({0, 1}), EndState::second_only);
  // A negative synergy (crowding out) makes the asymmetric corners the attractors.
  const TwoPopulationGame anti{2.0, 1.0, -2.0, 0.0};  // a = 1, a + s = -1: saddle at 1/2
  EXPECT_DOUBLE_EQ(*two_population_saddle(anti), 0.5);
  EXPECT_EQ(two_population_end_state(anti, {0.7, 0.3}), EndState::first_only);
  EXPECT_EQ(two_population_end_state(anti, {0.3, 0.7}), EndState::second_only);
  EXPECT_EQ(to_string(EndState::mutual_cooperation), "mutual_cooperation");
}

}  // namespace
}  // namespace airgov::decision
