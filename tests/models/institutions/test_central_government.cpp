// The central government: campaign boosts to detection, fines on detected shortfalls with the
// detection probability, rewards per tonne abated.
#include <gtest/gtest.h>

#include <cmath>

#include "models/institutions/central_government.hpp"
#include "models/institutions/fund.hpp"

namespace airgov::institutions {
namespace {

GameParameters identical_governments(std::size_t n) {
  GameParameters g;
  g.baseline_t_per_year.assign(n, 100.0);
  g.cost_coefficient.assign(n, 1.0);
  g.damage_weight.assign(n, 1.0);
  g.source_receptor = Matrix(n, n);
  g.background_ugm3.assign(n, 0.0);
  g.institutions.target_effort = 0.3;
  g.institutions.penalty_cny_per_t = 50;
  g.institutions.subsidy_cny_per_t = 2;
  g.institutions.fund_cny_per_year = 1e12;
  g.institutions.detection_probability = 0.3;
  return g;
}

TEST(CentralGovernment, CampaignsRaiseDetectionByTheShareOfThePeriodTheyCover) {
  CentralGovernmentSpec spec;
  spec.enabled = true;
  spec.campaigns.push_back({Date::from_ymd(2017, 4, 7), Date::from_ymd(2018, 3, 31), 0.4, "supervision"});
  const InspectingCentralGovernment centre(spec);
  GameParameters g = identical_governments(2);
  centre.prepare(g, Date::from_ymd(2017, 4, 1), 30);  // campaign covers 24 of 30 days
  EXPECT_NEAR(g.institutions.detection_probability, 0.3 + 0.4 * 24.0 / 30.0, 1e-12);
  GameParameters h = identical_governments(2);
  centre.prepare(h, Date::from_ymd(2019, 1, 1), 31);  // no campaign
  EXPECT_DOUBLE_EQ(h.institutions.detection_probability, 0.3);
  GameParameters capped = identical_governments(2);
  capped.institutions.detection_probability = 0.9;
  centre.prepare(capped, Date::from_ymd(2017, 6, 1), 30);
  EXPECT_DOUBLE_EQ(capped.institutions.detection_probability, 1.0);
}

TEST(CentralGovernment, FinesDetectedShortfallsAtTheDetectionRateAndPaysRewards) {
  const std::size_t n = 4000;
  const GameParameters g = identical_governments(n);
  const InspectingCentralGovernment centre(CentralGovernmentSpec{true, {}});
  const std::vector<double> effort(n, 0.1);  // 10 t abated, 20 t short of the 30 t target
  std::vector<double> transfer(n);
  centre.assess(g, effort, 3, 42, 0, transfer);
  int fined = 0;
  for (double t : transfer) {
    if (t < 0) {
      EXPECT_DOUBLE_EQ(t, 2 * 10.0 - 50 * 20.0);
      ++fined;
    } else {
      EXPECT_DOUBLE_EQ(t, 2 * 10.0);
    }
  }
  const double share = static_cast<double>(fined) / n, se = std::sqrt(0.3 * 0.7 / n);
  EXPECT_NEAR(share, 0.3, 4 * se);
  // Nobody meeting the target is fined.
  centre.assess(g, std::vector<double>(n, 0.3), 3, 42, 0, transfer);
  for (double t : transfer) EXPECT_DOUBLE_EQ(t, 2 * 30.0);
  // Same key, same draws; another period, other draws.
  std::vector<double> again(n), other(n);
  centre.assess(g, effort, 3, 42, 0, again);
  centre.assess(g, effort, 4, 42, 0, other);
  centre.assess(g, effort, 3, 42, 0, transfer);
  EXPECT_EQ(transfer, again);
  EXPECT_NE(transfer, other);
}

}  // namespace
}  // namespace airgov::institutions

namespace airgov::institutions {
namespace {

TEST(Fund, RewardsAreCutProRataWhenClaimsExceedTheFund) {
  GameParameters g = identical_governments(3);
  g.institutions.subsidy_cny_per_t = 10;
  g.institutions.fund_cny_per_year = 1000;
  // Claims 10 x (20, 40, 140) = 2000 > 1000: everyone gets half.
  EXPECT_EQ(rewards_within_fund(g, std::vector<double>{20, 40, 140}), (std::vector<double>{100, 200, 700}));
  // Claims within the fund are paid in full.
  EXPECT_EQ(rewards_within_fund(g, std::vector<double>{10, 20, 30}), (std::vector<double>{100, 200, 300}));
  g.institutions.fund_cny_per_year = 0;
  EXPECT_EQ(rewards_within_fund(g, std::vector<double>{10, 20, 30}), (std::vector<double>{0, 0, 0}));
}

}  // namespace
}  // namespace airgov::institutions
