// The coalition rule: size-based stability in the symmetric model of MODEL.md section 6
// (Barrett 1994; Carraro & Siniscalco 1993), then the same test on the heterogeneous game.
#include "models/decision/coalition.hpp"

#include <gtest/gtest.h>

#include <numeric>
#include <stdexcept>
#include <vector>

#include "models/decision/nash.hpp"
#include "models/decision/planner.hpp"
#include "models/economics/closed_form.hpp"
#include "tests/models/decision/random_games.hpp"
#include "tests/models/economics/reference_games.hpp"

namespace airgov::decision {
namespace {

using test::expect_relative;

// ---- Symmetric linear-benefit model -------------------------------------------------------------

TEST(CoalitionStability, OnlyThreeIsStableForTenPlayers) {
  const LinearBenefitCoalitionGame g{10, 1, 1};
  const SizePayoffs p = g.size_payoffs();
  EXPECT_EQ(stable_coalition_sizes(10, p), (std::vector<std::size_t>{3}));
  // k = 2 is internally stable but fails external stability by a tie.
  EXPECT_EQ(g.fringe_payoff(2), 11.5);
  EXPECT_EQ(g.signatory_payoff(3), 11.5);
  EXPECT_TRUE(internally_stable(2, p));
  EXPECT_FALSE(externally_stable(2, 10, p));
  // k = 4: a member gains by leaving (pi_f(3) = 15.5 > pi_s(4) = 14).
  EXPECT_EQ(g.fringe_payoff(3), 15.5);
  EXPECT_EQ(g.signatory_payoff(4), 14.0);
  EXPECT_FALSE(internally_stable(4, p));
}

TEST(CoalitionStability, OnlyThreeIsStableForEveryGroupFromThreeToThirty) {
  for (std::size_t n = 3; n <= 30; ++n) {
    SCOPED_TRACE(n);
    EXPECT_EQ(stable_coalition_sizes(n, LinearBenefitCoalitionGame{n, 1, 1}.size_payoffs()),
              (std::vector<std::size_t>{3}));
  }
}

TEST(CoalitionStability, StableSizeDoesNotDependOnBenefitAndCost) {
  EXPECT_EQ(stable_coalition_sizes(12, LinearBenefitCoalitionGame{12, 0.7, 2.5}.size_payoffs()),
            (std::vector<std::size_t>{3}));
}

TEST(CoalitionStability, TotalAbatementNashStableAndGrand) {
  const LinearBenefitCoalitionGame g{10, 1, 1};
  EXPECT_EQ(g.total_abatement(0), 10.0);
  EXPECT_EQ(g.total_abatement(3), 16.0);
  EXPECT_EQ(g.total_abatement(10), 100.0);
}

TEST(CoalitionStability, EdgesOfTheSizeRange) {
  const LinearBenefitCoalitionGame g{4, 1, 1};
  const SizePayoffs p = g.size_payoffs();
  EXPECT_TRUE(internally_stable(0, p));
  EXPECT_FALSE(externally_stable(0, 4, p));  // pi_f(0) = pi_s(1): a lone signatory is Nash
  EXPECT_TRUE(externally_stable(4, 4, p));   // nobody left to join
  EXPECT_THROW(g.signatory_payoff(0), std::invalid_argument);
  EXPECT_THROW(g.fringe_payoff(4), std::invalid_argument);
  EXPECT_THROW((LinearBenefitCoalitionGame{4, 1, 0}.fringe_abatement()), std::invalid_argument);
}

// ---- The heterogeneous game ---------------------------------------------------------------------

// The symmetric model as an airgov game: uniform mixing (T = 1), d = b, c, no background, caps far
// away. Then pi_i = b Q - c A_i^2 / 2 - b sum Ebar: the same stability up to a constant.
GameParameters uniform_game(std::size_t n, double b, double c) {
  GameParameters g;
  g.source_receptor = Matrix(n, n, 1.0);
  g.baseline_t_per_year.assign(n, 1000.0);
  g.cost_coefficient.assign(n, c);
  g.damage_weight.assign(n, b);
  g.background_ugm3.assign(n, 0.0);
  return g;
}

std::vector<double> decide(CoalitionRule& rule, const GameParameters& g) {
  std::vector<double> previous(g.size(), 0.0);
  std::vector<double> effort(g.size(), -1.0);
  rule.decide(DecisionContext{g, 0, previous, {}, 0, 0}, effort);
  return effort;
}

TEST(CoalitionRule, FindsTheStableThreeInTheSymmetricGame) {
  CoalitionRule rule;
  EXPECT_EQ(rule.name(), "coalition");
  EXPECT_TRUE(rule.members().empty());
  const GameParameters g = uniform_game(10, 1, 1);
  const std::vector<double> effort = decide(rule, g);
  // Ties in who leaves first go to the highest index, so the first three remain.
  EXPECT_EQ(rule.members(), (std::vector<std::size_t>{0, 1, 2}));
  EXPECT_TRUE(rule.last_outcome().externally_stable);
  const std::vector<double> a = economics::abatement_from_effort(g, effort);
  expect_relative(std::accumulate(a.begin(), a.end(), 0.0), 16.0);
  expect_relative(a[0], 3.0);
  expect_relative(a[9], 1.0);
}

TEST(CoalitionRule, SymmetricSizeIsThreeForManyGroupSizes) {
  for (std::size_t n : {3U, 4U, 7U, 13U}) {
    SCOPED_TRACE(n);
    EXPECT_EQ(form_coalition(uniform_game(n, 2, 0.5)).members.size(), 3U);
  }
}

TEST(CoalitionRule, ThreeRegionGameWithoutTransfersHasNoAgreement) {
  // From the grand coalition Hebei leaves first (it loses 3.755 by cooperating); in Beijing +
  // Tianjin, Tianjin abates 4.2 instead of 3 and ends at -64.84 < -64.3 (Nash): it leaves too.
  const GameParameters g = test::three_region_game();
  CoalitionRule rule;
  const std::vector<double> effort = decide(rule, g);
  EXPECT_TRUE(rule.members().empty());
  EXPECT_TRUE(rule.last_outcome().externally_stable);
  expect_relative(economics::abatement_from_effort(g, effort), {4, 3, 2});
}

TEST(CoalitionRule, ThreeRegionGameWithChanderTulkensSharesKeepsBeijingAndHebei) {
  // Sharing the gain by damage weight keeps Hebei in; Tianjin does better free-riding on
  // Beijing + Hebei (-62.67) than with its share of the grand coalition's gain (-62.9036).
  const GameParameters g = test::three_region_game();
  CoalitionRule rule(CoalitionSharing::chander_tulkens);
  const std::vector<double> effort = decide(rule, g);
  EXPECT_EQ(rule.members(), (std::vector<std::size_t>{0, 2}));
  EXPECT_TRUE(rule.last_outcome().externally_stable);
  // Beijing (4*2 + 1*0.1)/2, Tianjin Nash 3, Hebei (1*0.5 + 4*0.25)/0.25.
  expect_relative(economics::abatement_from_effort(g, effort), {4.05, 3, 6});
  const std::vector<double> pi =
      coalition_payoffs(g, {true, false, true}, CoalitionSharing::chander_tulkens);
  expect_relative(pi[1], -62.67);
  // Members end at Nash plus 4/5 and 1/5 of their joint gain.
  const double gain = (-146.4025 + 150.4) + (-32.795 + 30.8);
  expect_relative(pi[0], -150.4 + 0.8 * gain);
  expect_relative(pi[2], -30.8 + 0.2 * gain);
}

TEST(CoalitionAbatement, EmptyIsNashAndGrandIsPlanner) {
  for (std::uint64_t k = 0; k < 200; ++k) {
    SCOPED_TRACE(k);
    GameParameters g = test::random_game(k);
    const std::size_t n = g.size();
    g.institutions.omega = 0.1 * static_cast<double>(k % 5);
    g.institutions.legal_floor_effort = 0.05 * static_cast<double>(k % 3);
    // The planner ignores the centre's money; with only omega and a floor the two coincide.
    expect_relative(coalition_abatement(g, std::vector<bool>(n, true)), planner_abatement(g),
                    1e-12);
    g.institutions.subsidy_cny_per_t = 0.5 * static_cast<double>(k % 4);
    g.institutions.target_effort = 0.1 * static_cast<double>(k % 7);
    g.institutions.detection_probability = 0.5;
    g.institutions.penalty_cny_per_t = static_cast<double>(k % 6);
    expect_relative(coalition_abatement(g, std::vector<bool>(n, false)),
                    nash_abatement(g, g.institutions.omega), 1e-12);
  }
  EXPECT_THROW(coalition_abatement(test::three_region_game(), {true}), std::invalid_argument);
}

TEST(CoalitionAbatement, MembersCountTheSubsidyLikeLoneGovernments) {
  GameParameters g = test::three_region_game();
  g.institutions.subsidy_cny_per_t = 1;
  // Beijing + Hebei: (8.1 + 1) / 2 and (1.5 + 1) / 0.25; Tianjin alone (3 + 1) / 1.
  expect_relative(coalition_abatement(g, {true, false, true}), {4.55, 4, 10});
}

// On random games the result is internally stable, and externally stable when it says so.
TEST(CoalitionRule, OutcomesAreStableOnRandomGames) {
  for (CoalitionSharing sharing : {CoalitionSharing::none, CoalitionSharing::chander_tulkens}) {
    for (std::uint64_t k = 0; k < 200; ++k) {
      SCOPED_TRACE(k);
      const GameParameters g = test::random_game(k);
      const std::size_t n = g.size();
      const CoalitionOutcome outcome = form_coalition(g, sharing);
      EXPECT_NE(outcome.members.size(), 1U);
      std::vector<bool> member(n, false);
      for (std::size_t i : outcome.members) member[i] = true;
      const std::vector<double> pi = coalition_payoffs(g, member, sharing);
      bool someone_wants_in = false;
      for (std::size_t i = 0; i < n; ++i) {
        std::vector<bool> moved = member;
        moved[i] = !member[i];
        const double after = coalition_payoffs(g, moved, sharing)[i];
        const double tie = 1e-9 * std::max(1.0, std::abs(pi[i]));
        if (member[i]) {
          EXPECT_GE(pi[i], after - tie) << "member " << i << " gains by leaving";
        } else if (after >= pi[i] - tie) {
          someone_wants_in = true;
        }
      }
      // (With no agreement everyone is indifferent about forming a pair of one: skip.)
      if (!outcome.members.empty()) {
        EXPECT_EQ(outcome.externally_stable, !someone_wants_in);
      }
    }
  }
}

TEST(CoalitionRule, RejectsAWrongSizedEffort) {
  const GameParameters g = test::three_region_game();
  CoalitionRule rule;
  std::vector<double> previous(3, 0.0);
  std::vector<double> effort(2, 0.0);
  EXPECT_THROW(rule.decide(DecisionContext{g, 0, previous, {}, 0, 0}, effort),
               std::invalid_argument);
}

}  // namespace
}  // namespace airgov::decision
