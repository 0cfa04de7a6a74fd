#include "sim/scenario/levers.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace airgov {
namespace {

Levers distinct() {
  return Levers{.laws_regulations = 0.1,
                .organizational_mechanism = 0.2,
                .information_platform = 0.3,
                .joint_enforcement_supervision = 0.4,
                .technology = 0.5,
                .funding = 0.6};
}

TEST(Levers, IndexFollowsTheOrderOfTheNames) {
  const Levers l = distinct();
  for (std::size_t k = 0; k < kLeverNames.size(); ++k) EXPECT_DOUBLE_EQ(lever(l, k), 0.1 * static_cast<double>(k + 1));
  EXPECT_THROW(lever(l, kLeverNames.size()), std::out_of_range);
}

TEST(Levers, SetByNameChangesOnlyThatLever) {
  Levers l = distinct();
  EXPECT_TRUE(set_lever(l, "technology", 0.9));
  EXPECT_DOUBLE_EQ(l.technology, 0.9);
  EXPECT_DOUBLE_EQ(l.funding, 0.6);
  EXPECT_DOUBLE_EQ(l.laws_regulations, 0.1);
  EXPECT_FALSE(set_lever(l, "tecnology", 1.0));
  EXPECT_DOUBLE_EQ(l.technology, 0.9);
}

TEST(Levers, JsonNamesEveryLever) {
  const auto j = levers_json(distinct());
  ASSERT_EQ(j.size(), 6u);
  EXPECT_DOUBLE_EQ(j.at("laws_regulations").get<double>(), 0.1);
  EXPECT_DOUBLE_EQ(j.at("organizational_mechanism").get<double>(), 0.2);
  EXPECT_DOUBLE_EQ(j.at("information_platform").get<double>(), 0.3);
  EXPECT_DOUBLE_EQ(j.at("joint_enforcement_supervision").get<double>(), 0.4);
  EXPECT_DOUBLE_EQ(j.at("technology").get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(j.at("funding").get<double>(), 0.6);
}

}  // namespace
}  // namespace airgov
