// The levers' mappings: zero levers change nothing, each term moves with its lever as
// documented, and detection combines enforcement and the platform as independent chances.
#include <gtest/gtest.h>

#include "models/institutions/lever_effects.hpp"

namespace airgov::institutions {
namespace {

TEST(LeverEffects, NoLeverNoInstitution) {
  const InstitutionalTerms t = institutional_terms(Levers{}, 100000);
  EXPECT_EQ(t.omega, 0);
  EXPECT_EQ(t.target_effort, 0);
  EXPECT_EQ(t.penalty_cny_per_t, 0);
  EXPECT_EQ(t.legal_floor_effort, 0);
  EXPECT_EQ(t.subsidy_cny_per_t, 0);
  EXPECT_NEAR(t.detection_probability, 0.05, 1e-15);
  EXPECT_DOUBLE_EQ(t.observation_noise, 0.5);
  EXPECT_EQ(t.warning_lead_days, 0);
}

TEST(LeverEffects, FullLeversGiveTheDocumentedScales) {
  Levers l{1, 1, 1, 1, 1, 1};
  const InstitutionalTerms t = institutional_terms(l, 100000);
  EXPECT_DOUBLE_EQ(t.target_effort, 0.3);
  EXPECT_DOUBLE_EQ(t.penalty_cny_per_t, 100000);
  EXPECT_DOUBLE_EQ(t.legal_floor_effort, 0.1);
  EXPECT_DOUBLE_EQ(t.omega, 1.0);
  // 1 - 0.95 * 0.3 * 0.7 = 0.8005
  EXPECT_DOUBLE_EQ(t.detection_probability, 1 - 0.95 * 0.3 * 0.7);
  EXPECT_DOUBLE_EQ(t.subsidy_cny_per_t, 30000);
  EXPECT_DOUBLE_EQ(t.observation_noise, 0);
  EXPECT_DOUBLE_EQ(t.warning_lead_days, 3);
}

TEST(LeverEffects, EachTermIsMonotoneInItsLevers) {
  InstitutionalTerms previous = institutional_terms(Levers{}, 50000);
  for (int k = 1; k <= 20; ++k) {
    const double v = k / 20.0;
    const InstitutionalTerms t = institutional_terms(Levers{v, v, v, v, v, v}, 50000);
    EXPECT_GE(t.detection_probability, previous.detection_probability);
    EXPECT_GE(t.penalty_cny_per_t, previous.penalty_cny_per_t);
    EXPECT_GE(t.target_effort, previous.target_effort);
    EXPECT_LE(t.observation_noise, previous.observation_noise);
    previous = t;
  }
}

}  // namespace
}  // namespace airgov::institutions
