#include "models/economics/damage.hpp"

#include <gtest/gtest.h>

namespace airgov::economics {
namespace {

TEST(Damage, WeightIsPopulationTimesValuePerPerson) {
  EXPECT_DOUBLE_EQ(damage_weight_cny_per_ugm3(21.5e6, 100.0), 2.15e9);
}

TEST(Damage, IsLinearInConcentration) {
  EXPECT_DOUBLE_EQ(damage_cny(4.0, 33.6), 134.4);
  EXPECT_DOUBLE_EQ(damage_cny(4.0, 0.0), 0.0);
}

}  // namespace
}  // namespace airgov::economics
