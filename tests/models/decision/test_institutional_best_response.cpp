// The Nash best response under targets, expected fines, rewards and a legal floor, against the
// piecewise closed form; and raising laws, enforcement or the platform never lowers it.
#include <gtest/gtest.h>

#include <algorithm>

#include "models/decision/capped_abatement.hpp"
#include "models/decision/nash.hpp"
#include "models/economics/closed_form.hpp"
#include "models/institutions/lever_effects.hpp"
#include "tests/models/economics/reference_games.hpp"

namespace airgov::decision {
namespace {

TEST(InstitutionalBestResponse, PiecewiseClosedForm) {
  InstitutionalTerms t;
  t.target_effort = 0.5;        // target 50 t of a 100 t baseline
  t.detection_probability = 0.5;
  t.penalty_cny_per_t = 40;     // expected fine 20 per t short
  // b / c = 10 / 1 = 10 < 50; (b + pF) / c = 30 < 50: stop at 30.
  EXPECT_DOUBLE_EQ(institutional_best_response(10, 1, t, 100, 1.0), 30);
  // With a larger fine the target is met exactly: (10 + 50) / 1 = 60 >= 50.
  t.penalty_cny_per_t = 100;
  EXPECT_DOUBLE_EQ(institutional_best_response(10, 1, t, 100, 1.0), 50);
  // Own benefit alone beyond the target: the target does not bind.
  EXPECT_DOUBLE_EQ(institutional_best_response(70, 1, t, 100, 1.0), 70);
  // The legal floor lifts a low response; the cap limits everything.
  t = InstitutionalTerms{};
  t.legal_floor_effort = 0.2;
  EXPECT_DOUBLE_EQ(institutional_best_response(5, 1, t, 100, 1.0), 20);
  EXPECT_DOUBLE_EQ(institutional_best_response(500, 1, t, 100, 0.8), 80);
}

TEST(InstitutionalBestResponse, IsTheBestResponseAgainstThePayoffFunction) {
  GameParameters g = airgov::test::three_region_game();
  g.institutions = institutions::institutional_terms(Levers{0.7, 0, 0.4, 0.6, 0, 0.5}, 3.0);
  const std::vector<double> a = nash_abatement(g, 0);
  const std::vector<double> base = economics::payoffs(g, a);
  for (std::size_t i = 0; i < 3; ++i) {
    for (double step : {-0.5, -0.05, 0.05, 0.5}) {
      std::vector<double> b = a;
      b[i] = std::clamp(b[i] + step, 0.0, g.max_effort * g.baseline_t_per_year[i]);
      EXPECT_LE(economics::payoffs(g, b)[i], base[i] + 1e-12) << i << " " << step;
    }
  }
}

TEST(InstitutionalBestResponse, EnforcementLawsAndPlatformNeverLowerNashEffort) {
  const GameParameters base = airgov::test::three_region_game();
  for (int lever = 0; lever < 3; ++lever) {
    double previous_total = -1;
    for (int k = 0; k <= 10; ++k) {
      Levers l{};
      const double v = k / 10.0;
      if (lever == 0) l.laws_regulations = v;
      if (lever == 1) l.joint_enforcement_supervision = v;
      if (lever == 2) l.information_platform = v;
      l.laws_regulations = std::max(l.laws_regulations, 0.5);  // a target to enforce
      GameParameters g = base;
      g.institutions = institutions::institutional_terms(l, 4.0);
      double total = 0;
      for (double a : nash_abatement(g, g.institutions.omega)) total += a;
      EXPECT_GE(total, previous_total - 1e-12) << "lever " << lever << " at " << v;
      previous_total = total;
    }
  }
}

}  // namespace
}  // namespace airgov::decision
