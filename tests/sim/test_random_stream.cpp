#include "sim/random/stream.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace airgov {
namespace {

std::vector<std::uint64_t> draws(RandomStream stream, int count) {
  std::vector<std::uint64_t> out;
  for (int k = 0; k < count; ++k) out.push_back(stream.next_u64());
  return out;
}

TEST(RandomStream, SameKeySameSequence) {
  const auto a = draws(RandomStream(42, 3, 7, 11, Purpose::weather), 10);
  const auto b = draws(RandomStream(42, 3, 7, 11, Purpose::weather), 10);
  EXPECT_EQ(a, b);
  // The sequence itself varies (it is not one value repeated), across the 4-word blocks too.
  for (std::size_t k = 1; k < a.size(); ++k) EXPECT_NE(a[k], a[k - 1]);
}

TEST(RandomStream, EveryKeyPartMatters) {
  const auto base = draws(RandomStream(42, 3, 7, 11, Purpose::weather), 8);
  EXPECT_NE(base, draws(RandomStream(43, 3, 7, 11, Purpose::weather), 8));     // seed
  EXPECT_NE(base, draws(RandomStream(42, 4, 7, 11, Purpose::weather), 8));     // replicate
  EXPECT_NE(base, draws(RandomStream(42, 3, 8, 11, Purpose::weather), 8));     // agent
  EXPECT_NE(base, draws(RandomStream(42, 3, 7, 12, Purpose::weather), 8));     // step
  EXPECT_NE(base, draws(RandomStream(42, 3, 7, 11, Purpose::decision), 8));    // purpose
  // Swapping fields is a different key too.
  EXPECT_NE(draws(RandomStream(1, 2, 3, 4, Purpose::weather), 8), draws(RandomStream(2, 1, 3, 4, Purpose::weather), 8));
  EXPECT_NE(draws(RandomStream(1, 2, 3, 4, Purpose::weather), 8), draws(RandomStream(1, 2, 4, 3, Purpose::weather), 8));
}

TEST(RandomStream, IndependentOfOtherStreams) {
  // Drawing from one stream does not disturb another with a different key.
  RandomStream a(5, 0, 0, 0, Purpose::weather);
  RandomStream b(5, 0, 1, 0, Purpose::weather);
  const auto b_alone = draws(RandomStream(5, 0, 1, 0, Purpose::weather), 5);
  std::vector<std::uint64_t> b_interleaved;
  for (int k = 0; k < 5; ++k) {
    a.next_u64();
    a.next_u64();
    b_interleaved.push_back(b.next_u64());
  }
  EXPECT_EQ(b_alone, b_interleaved);
}

TEST(RandomStream, UniformInUnitIntervalWithMeanOneHalf) {
  RandomStream stream(2013, 0, 0, 0, Purpose::sampling);
  constexpr int kDraws = 100000;
  double sum = 0, sum_sq = 0;
  int below_tenth = 0;
  for (int k = 0; k < kDraws; ++k) {
    const double u = stream.uniform();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    sum += u;
    sum_sq += u * u;
    below_tenth += u < 0.1 ? 1 : 0;
  }
  const double mean = sum / kDraws;
  EXPECT_NEAR(mean, 0.5, 0.01);
  EXPECT_NEAR(sum_sq / kDraws - mean * mean, 1.0 / 12.0, 4 * std::sqrt(1.0 / 180.0 / kDraws));
  EXPECT_NEAR(below_tenth / static_cast<double>(kDraws), 0.1, 4 * std::sqrt(0.09 / kDraws));
}

TEST(RandomStream, NormalHasMeanZeroAndVarianceOne) {
  RandomStream stream(7, 1, 2, 3, Purpose::observation);
  constexpr int kDraws = 100000;
  double sum = 0, sum_sq = 0;
  for (int k = 0; k < kDraws; ++k) {
    const double z = stream.normal();
    ASSERT_TRUE(std::isfinite(z));
    sum += z;
    sum_sq += z * z;
  }
  const double mean = sum / kDraws;
  const double variance = sum_sq / kDraws - mean * mean;
  // Standard errors: of the mean 1/sqrt(n); of the variance sqrt(2/n) for a normal.
  EXPECT_NEAR(mean, 0.0, 4.0 / std::sqrt(kDraws));
  EXPECT_NEAR(variance, 1.0, 4.0 * std::sqrt(2.0 / kDraws));
}

}  // namespace
}  // namespace airgov
