// The Saltelli sample: SALib's row layout, bounds, balance of the Sobol points, the seed.
#include "models/sensitivity/saltelli.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "models/sensitivity/test_functions.hpp"

namespace airgov::sensitivity {
namespace {

const Problem kProblem{{{"a", 0.0, 1.0}, {"b", -2.0, 2.0}, {"c", 10.0, 20.0}}};

TEST(Saltelli, RowLayoutFollowsSalib) {
  const std::size_t n = 8, d = 3;
  for (const int order : {1, 2}) {
    const Rows rows = saltelli_sample(kProblem, n, order, 1);
    const std::size_t stride = order == 2 ? 2 * d + 2 : d + 2;
    ASSERT_EQ(rows.size(), n * stride);
    EXPECT_EQ(rows.size(), saltelli_rows(n, d, order));
    for (std::size_t i = 0; i < n; ++i) {
      const auto& a = rows[i * stride];
      const auto& b = rows[i * stride + stride - 1];
      for (std::size_t j = 0; j < d; ++j) {
        ASSERT_NE(a[j], b[j]);
        for (std::size_t k = 0; k < d; ++k) {
          EXPECT_EQ(rows[i * stride + 1 + j][k], k == j ? b[k] : a[k]) << "AB row";
          if (order == 2) {
            EXPECT_EQ(rows[i * stride + 1 + d + j][k], k == j ? a[k] : b[k]) << "BA row";
          }
        }
      }
    }
  }
}

TEST(Saltelli, PointsLieInTheBoundsAndAreBalanced) {
  // N points of a digitally shifted Sobol net: each of N equal slices of a coordinate's range
  // holds exactly one A value and one B value.
  const std::size_t n = 64, d = 3;
  const Rows rows = saltelli_sample(kProblem, n, 1, 42);
  for (std::size_t k = 0; k < d; ++k) {
    std::vector<int> in_a(n, 0), in_b(n, 0);
    const auto& p = kProblem.parameters[k];
    for (std::size_t i = 0; i < n; ++i) {
      for (const bool is_a : {true, false}) {
        const double x = rows[i * (d + 2) + (is_a ? 0 : d + 1)][k];
        ASSERT_GE(x, p.lower);
        ASSERT_LT(x, p.upper);
        const auto slice = static_cast<std::size_t>((x - p.lower) / (p.upper - p.lower) * static_cast<double>(n));
        ++(is_a ? in_a : in_b)[slice];
      }
    }
    for (std::size_t s = 0; s < n; ++s) {
      EXPECT_EQ(in_a[s], 1) << "A, coordinate " << k << ", slice " << s;
      EXPECT_EQ(in_b[s], 1) << "B, coordinate " << k << ", slice " << s;
    }
  }
}

TEST(Saltelli, SameSeedSameSampleOtherSeedOtherShift) {
  EXPECT_EQ(saltelli_sample(kProblem, 16, 2, 5), saltelli_sample(kProblem, 16, 2, 5));
  EXPECT_NE(saltelli_sample(kProblem, 16, 2, 5), saltelli_sample(kProblem, 16, 2, 6));
}

TEST(Saltelli, RefusesNotAPowerOfTwoWithAClearMessage) {
  try {
    saltelli_sample(kProblem, 1000, 2, 0);
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(),
                 "N must be a power of two for the Saltelli sample (Sobol sequences are balanced only then), not "
                 "1000: use 512 or 1024");
  }
  EXPECT_NE(saltelli_size_error(0, 3, 2), "");
  EXPECT_NE(saltelli_size_error(8, 3, 3), "");
  EXPECT_NE(saltelli_size_error(8, 0, 2), "");
  EXPECT_NE(saltelli_size_error(std::size_t{1} << 40, 3, 2), "");
  EXPECT_EQ(saltelli_size_error(1, 3, 2), "");
}

}  // namespace
}  // namespace airgov::sensitivity
