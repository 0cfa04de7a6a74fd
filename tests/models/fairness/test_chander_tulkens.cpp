#include "models/fairness/chander_tulkens.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

namespace airgov::fairness {
namespace {

TEST(ChanderTulkens, EachEndsWithNashPlusItsWeightedShareOfTheGain) {
  const std::vector<double> nash = {-10, -20, -5};
  const std::vector<double> coop = {-4, -21, -6};  // total gain 6 - 1 - 1 = 4
  const std::vector<double> weight = {1, 2, 1};
  const std::vector<double> t = chander_tulkens_transfers(nash, coop, weight);
  EXPECT_NEAR(coop[0] + t[0], -10 + 1.0, 1e-12);
  EXPECT_NEAR(coop[1] + t[1], -20 + 2.0, 1e-12);
  EXPECT_NEAR(coop[2] + t[2], -5 + 1.0, 1e-12);
  EXPECT_NEAR(t[0] + t[1] + t[2], 0.0, 1e-12);
}

TEST(ChanderTulkens, RejectsBadWeights) {
  const std::vector<double> two = {1, 2};
  EXPECT_THROW(chander_tulkens_transfers(two, two, std::vector<double>{0, 0}),
               std::invalid_argument);
  EXPECT_THROW(chander_tulkens_transfers(two, two, std::vector<double>{1, -1}),
               std::invalid_argument);
  EXPECT_THROW(chander_tulkens_transfers(two, two, std::vector<double>{1}), std::invalid_argument);
}

}  // namespace
}  // namespace airgov::fairness
