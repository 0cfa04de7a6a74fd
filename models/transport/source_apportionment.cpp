#include "models/transport/source_apportionment.hpp"

#include <algorithm>
#include <limits>

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
                                         double heavy_threshold_ugm3)
    : transport_(transport),
      heavy_threshold_(heavy_threshold_ugm3),
      split_(initial_split),
      scratch_(initial_split.rows(), initial_split.cols()),
      sum_(initial_split.rows(), initial_split.cols()),
      heavy_sum_(initial_split.rows(), initial_split.cols()),
      heavy_days_(initial_split.rows(), 0) {}

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
  for (std::size_t j = 0; j < n; ++j) {
    double total = 0;
    for (std::size_t s = 0; s < columns; ++s) {
      sum_(j, s) += split_(j, s);
      total += split_(j, s);
    }
    if (total > heavy_threshold_) {
      ++heavy_days_[j];
      for (std::size_t s = 0; s < columns; ++s) heavy_sum_(j, s) += split_(j, s);
    }
  }
}

void SourceApportionment::reset_sums() {
  sum_ = Matrix(split_.rows(), split_.cols());
  heavy_sum_ = Matrix(split_.rows(), split_.cols());
  std::fill(heavy_days_.begin(), heavy_days_.end(), 0);
  days_ = 0;
}

ApportionmentSummary SourceApportionment::summary() const {
  const std::size_t n = split_.rows(), columns = split_.cols();
  ApportionmentSummary out;
  out.imports_ugm3.assign(n, 0.0);
  out.exports_ugm3.assign(n, 0.0);
  out.heavy_days = heavy_days_;
  const double days = days_ > 0 ? days_ : 1;
  for (std::size_t j = 0; j < n; ++j) {
    double total = 0, heavy_total = 0;
    for (std::size_t s = 0; s < columns; ++s) {
      total += sum_(j, s);
      heavy_total += heavy_sum_(j, s);
    }
    out.mean_ugm3.push_back(total / days);
    out.regional_share.push_back(total > 0 ? 1.0 - sum_(j, j) / total : 0.0);
    out.regional_share_heavy.push_back(heavy_days_[j] > 0 ? 1.0 - heavy_sum_(j, j) / heavy_total
                                                          : std::numeric_limits<double>::quiet_NaN());
    for (std::size_t s = 0; s < n; ++s) {
      if (s == j) continue;
      out.imports_ugm3[j] += sum_(j, s) / days;
      out.exports_ugm3[s] += sum_(j, s) / days;
    }
  }
  return out;
}

}  // namespace airgov::transport
