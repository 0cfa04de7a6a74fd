// 50 simulated years against the chain's theory: regime shares by season against the stationary
// distribution, and episode lengths against 1 / (1 - P_rr), both within 4 standard errors
// derived from the chain itself.
#include <gtest/gtest.h>

#include <cmath>

#include "models/weather/regime_markov_chain.hpp"
#include "models/weather/regime_statistics.hpp"
#include "models/weather/stationary_distribution.hpp"
#include "test_chains.hpp"

namespace airgov::weather {
namespace {

constexpr int kYears = 50;
constexpr std::uint64_t kSeed = 20130101;
const Date kStart = Date::from_ymd(2000, 1, 1);
const int kDays = Date::from_ymd(2000 + kYears, 1, 1) - kStart;

Matrix multiply(const Matrix& a, const Matrix& b) {
  Matrix c(a.rows(), b.cols());
  for (std::size_t i = 0; i < a.rows(); ++i)
    for (std::size_t k = 0; k < a.cols(); ++k)
      for (std::size_t j = 0; j < b.cols(); ++j) c(i, j) += a(i, k) * b(k, j);
  return c;
}

// Asymptotic variance of the daily indicator "regime r" in the stationary chain:
// sum over all lags of its autocovariance = pi_r (1 - pi_r) + 2 sum_k pi_r ((P^k)_rr - pi_r).
// Consecutive days are positively correlated (regimes persist), so this is several times the
// binomial pi_r (1 - pi_r). It counts lags a 90-day season block cannot have, which makes it
// slightly conservative.
double indicator_variance(const Matrix& p, const std::vector<double>& pi, std::size_t r) {
  double variance = pi[r] * (1 - pi[r]);
  Matrix power = p;
  for (int k = 1; k <= 500; ++k) {  // correlations decay geometrically; 500 lags is plenty
    variance += 2 * pi[r] * (power(r, r) - pi[r]);
    power = multiply(power, p);
  }
  return variance;
}

class LongRunStatistics : public ::testing::Test {
 protected:
  void SetUp() override {
    for (int t = 0; t < kDays; ++t) days_.push_back(kStart + t);
    regimes_ = testing::simulate(chain_, kSeed, kStart, kDays);
  }
  int season_days(int season) const {
    int n = 0;
    for (const Date d : days_) n += chain_.calendar().season_of(d) == season ? 1 : 0;
    return n;
  }
  // Exact expected share of each regime by season for this calendar, by propagating the
  // distribution day by day: differs from pi only by the transient after each season change.
  Matrix expected_shares() const {
    const int seasons = chain_.calendar().season_count();
    Matrix share(static_cast<std::size_t>(seasons), 3);
    std::vector<double> dist = chain_.climatology(kStart);
    std::vector<double> count(static_cast<std::size_t>(seasons), 0.0);
    for (int t = 0; t < kDays; ++t) {
      const int s = chain_.calendar().season_of(days_[t]);
      if (t > 0) {
        const Matrix& p = chain_.transition(s);
        std::vector<double> next(3, 0.0);
        for (std::size_t i = 0; i < 3; ++i)
          for (std::size_t j = 0; j < 3; ++j) next[j] += dist[i] * p(i, j);
        dist = next;
      }
      for (std::size_t r = 0; r < 3; ++r) share(s, r) += dist[r];
      count[s] += 1;
    }
    for (std::size_t s = 0; s < share.rows(); ++s)
      for (double& v : share.row(s)) v /= count[s];
    return share;
  }

  const RegimeMarkovChain chain_{testing::four_season_spec()};
  std::vector<Date> days_;
  std::vector<int> regimes_;
};

TEST_F(LongRunStatistics, RegimeSharesBySeasonMatchTheStationaryDistribution) {
  const Matrix observed = regime_frequencies_by_season(chain_.calendar(), days_, regimes_, 3);
  const Matrix expected = expected_shares();
  for (int s = 0; s < chain_.calendar().season_count(); ++s) {
    const Matrix& p = chain_.transition(s);
    const auto pi = stationary_distribution(p);
    const int n = season_days(s);
    for (std::size_t r = 0; r < 3; ++r) {
      const double se = std::sqrt(indicator_variance(p, pi, r) / n);
      const double transient = std::abs(expected(s, r) - pi[r]);
      EXPECT_LT(transient, 0.02) << "season " << s << " regime " << r;
      EXPECT_NEAR(observed(s, r), pi[r], 4 * se + transient)
          << chain_.calendar().season_name(s) << " regime " << r << ", n = " << n;
    }
  }
}

TEST_F(LongRunStatistics, EpisodeLengthsMatchTheGeometricMean) {
  // Each day at risk ends the episode with probability q = 1 - P_rr, independently given the
  // past (Markov property), so q_hat = ended / at_risk has variance q (1 - q) / at_risk and, by
  // the delta method, L_hat = 1 / q_hat has standard error sqrt(q (1 - q) / at_risk) / q^2.
  const Matrix mean =
      mean_episode_length_days_by_season(chain_.calendar(), days_, regimes_, 3);
  const Matrix shares = regime_frequencies_by_season(chain_.calendar(), days_, regimes_, 3);
  for (int s = 0; s < chain_.calendar().season_count(); ++s) {
    const Matrix& p = chain_.transition(s);
    for (std::size_t r = 0; r < 3; ++r) {
      const double expected = expected_episode_length_days(p, static_cast<int>(r));
      const double q = 1 - p(r, r);
      const double at_risk = shares(s, r) * season_days(s);  // within a few days per year
      const double se = std::sqrt(q * (1 - q) / at_risk) / (q * q);
      EXPECT_NEAR(mean(s, r), expected, 4 * se)
          << chain_.calendar().season_name(s) << " regime " << r;
    }
  }
}

}  // namespace
}  // namespace airgov::weather
