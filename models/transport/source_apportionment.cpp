#include "models/transport/source_apportionment.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace airgov::transport {

Matrix steady_split(const Matrix& t, std::span<const double> background, std::span<const double> emission) {
  const std::size_t n = background.size();
  Matrix split(n, n + 1);
  for (std::size_t j = 0; j < n; ++j) {
    for (std::size_t s = 0; s < n; ++s) split(j, s) = t(s, j) * emission[s];
    split(j, n) = background[j];
  }
  return split;
}

SourceApportionment::SourceApportionment(const TransportModel& transport, const Matrix& initial_split,
                                         DayClassBounds bounds)
    : transport_(transport),
      bounds_(bounds),
      split_(initial_split),
      scratch_(initial_split.rows(), initial_split.cols()) {
  if (!(bounds.good_at_most_ugm3 <= bounds.heavy_above_ugm3)) {
    throw std::invalid_argument("SourceApportionment: the good-day bound must not exceed the heavy-day bound");
  }
  reset_sums();
}

SourceApportionment::DayClass SourceApportionment::day_class(double total_ugm3) const {
  if (total_ugm3 > bounds_.heavy_above_ugm3) return kHeavy;
  return total_ugm3 > bounds_.good_at_most_ugm3 ? kPolluted : kGood;
}

void SourceApportionment::step(int regime, std::span<const double> emission) {
  const DailyOperator op = transport_.daily_operator(regime);
  const std::size_t n = split_.rows(), columns = split_.cols();
  // X_s(t+1) = Phi X_s(t) + H[:, s] E_s for each source s; the background column gains g.
  for (std::size_t j = 0; j < n; ++j) {
    for (std::size_t s = 0; s < columns; ++s) {
      double x = 0;
      for (std::size_t k = 0; k < n; ++k) x += op.propagator(j, k) * split_(k, s);
      scratch_(j, s) = x + (s < n ? op.emission_increment(j, s) * emission[s] : op.background_increment[j]);
    }
  }
  std::swap(split_, scratch_);
  ++days_;
  const auto m = static_cast<std::size_t>(regime);
  if (m >= regime_sum_.size()) {
    regime_sum_.resize(m + 1, Matrix(n, 3));
    regime_days_.resize(m + 1, 0);
  }
  ++regime_days_[m];
  for (std::size_t j = 0; j < n; ++j) {
    double total = 0;
    for (std::size_t s = 0; s < columns; ++s) {
      sum_(j, s) += split_(j, s);
      total += split_(j, s);
    }
    regime_sum_[m](j, 0) += total;
    regime_sum_[m](j, 1) += split_(j, j);
    regime_sum_[m](j, 2) += split_(j, n);
    const DayClass c = day_class(total);
    ++class_days_[c][j];
    for (std::size_t s = 0; s < columns; ++s) class_sum_[c](j, s) += split_(j, s);
  }
}

void SourceApportionment::reset_sums() {
  sum_ = Matrix(split_.rows(), split_.cols());
  for (int c = 0; c < kClassCount; ++c) {
    class_sum_[c] = Matrix(split_.rows(), split_.cols());
    class_days_[c].assign(split_.rows(), 0);
  }
  regime_sum_.clear();
  regime_days_.clear();
  days_ = 0;
}

ApportionmentSummary SourceApportionment::summary() const {
  const std::size_t n = split_.rows(), columns = split_.cols();
  ApportionmentSummary out;
  out.imports_ugm3.assign(n, 0.0);
  out.exports_ugm3.assign(n, 0.0);
  out.heavy_days = class_days_[kHeavy];
  out.good_days = class_days_[kGood];
  out.polluted_days = class_days_[kPolluted];
  const double days = days_ > 0 ? days_ : 1;
  // 1 - own / total over the days summed in `sums`; NaN when there are none.
  const auto regional = [&](const Matrix& sums, int count, std::size_t j) {
    if (count == 0) return std::numeric_limits<double>::quiet_NaN();
    double total = 0;
    for (std::size_t s = 0; s < columns; ++s) total += sums(j, s);
    return total > 0 ? 1.0 - sums(j, j) / total : 0.0;
  };
  for (std::size_t j = 0; j < n; ++j) {
    double total = 0;
    for (std::size_t s = 0; s < columns; ++s) total += sum_(j, s);
    out.mean_ugm3.push_back(total / days);
    out.regional_share.push_back(total > 0 ? 1.0 - sum_(j, j) / total : 0.0);
    out.regional_share_heavy.push_back(regional(class_sum_[kHeavy], class_days_[kHeavy][j], j));
    out.regional_share_good.push_back(regional(class_sum_[kGood], class_days_[kGood][j], j));
    out.regional_share_polluted.push_back(regional(class_sum_[kPolluted], class_days_[kPolluted][j], j));
    for (std::size_t s = 0; s < n; ++s) {
      if (s == j) continue;
      out.imports_ugm3[j] += sum_(j, s) / days;
      out.exports_ugm3[s] += sum_(j, s) / days;
    }
  }
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (std::size_t m = 0; m < regime_sum_.size(); ++m) {
    RegimeShares r;
    r.days = regime_days_[m];
    for (std::size_t j = 0; j < n; ++j) {
      const double total = regime_sum_[m](j, 0), all = out.mean_ugm3[j] * days;
      const bool met = r.days > 0 && total > 0;
      r.mean_ugm3.push_back(r.days > 0 ? total / r.days : nan);
      r.regional_share.push_back(met ? 1.0 - regime_sum_[m](j, 1) / total : nan);
      r.background_share.push_back(met ? regime_sum_[m](j, 2) / total : nan);
      r.mass_fraction.push_back(all > 0 ? total / all : nan);
    }
    out.by_regime.push_back(std::move(r));
  }
  return out;
}

const char* net_status(double imports_ugm3, double exports_ugm3) {
  const double larger = std::max(imports_ugm3, exports_ugm3);
  if (larger <= 0 || std::abs(imports_ugm3 - exports_ugm3) < 0.1 * larger) return "balanced";
  return imports_ugm3 > exports_ugm3 ? "net_receiver" : "net_source";
}

}  // namespace airgov::transport
