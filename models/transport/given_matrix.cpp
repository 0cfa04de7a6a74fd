#include "models/transport/given_matrix.hpp"

#include <cmath>
#include <stdexcept>
#include <string>
#include <utility>

namespace airgov::transport {

GivenMatrixTransport::GivenMatrixTransport(Matrix source_receptor,
                                           std::vector<double> background_ugm3)
    : source_receptor_(std::move(source_receptor)), background_(std::move(background_ugm3)) {
  const std::size_t n = background_.size();
  if (source_receptor_.rows() != n || source_receptor_.cols() != n) {
    throw std::invalid_argument("given transport matrix: expected " + std::to_string(n) + "x" +
                                std::to_string(n) + " to match the background, got " +
                                std::to_string(source_receptor_.rows()) + "x" +
                                std::to_string(source_receptor_.cols()));
  }
  for (double x : source_receptor_.data()) {
    if (!std::isfinite(x)) throw std::invalid_argument("given transport matrix: non-finite entry");
  }
  for (double x : background_) {
    if (!std::isfinite(x)) throw std::invalid_argument("given transport matrix: non-finite background");
  }
  no_memory_ = Matrix(n, n);
  receptor_by_source_ = Matrix(n, n);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) receptor_by_source_(j, i) = source_receptor_(i, j);
  }
}

GivenMatrixTransport::GivenMatrixTransport(const TransportSpec& spec)
    : GivenMatrixTransport(
          spec.method == TransportMethod::matrix
              ? spec.source_receptor
              : throw std::invalid_argument("GivenMatrixTransport: transport method is not 'matrix'"),
          spec.background_ugm3) {}

void GivenMatrixTransport::step(int /*regime*/, std::span<const double> emission_t_per_year,
                                std::span<double> concentration_ugm3) const {
  const std::size_t n = size();
  if (emission_t_per_year.size() != n || concentration_ugm3.size() != n) {
    throw std::invalid_argument("given transport matrix: expected " + std::to_string(n) +
                                " emissions and concentrations");
  }
  // X_j = B_j + sum_i T(i, j) E_i: walk T by rows (sources), contiguous in memory.
  for (std::size_t j = 0; j < n; ++j) concentration_ugm3[j] = background_[j];
  for (std::size_t i = 0; i < n; ++i) {
    std::span<const double> row = source_receptor_.row(i);
    const double e = emission_t_per_year[i];
    for (std::size_t j = 0; j < n; ++j) concentration_ugm3[j] += row[j] * e;
  }
}

const Matrix& GivenMatrixTransport::source_receptor(int /*regime*/) const {
  return source_receptor_;
}

std::span<const double> GivenMatrixTransport::background_ugm3(int /*regime*/) const {
  return background_;
}

DailyOperator GivenMatrixTransport::daily_operator(int) const {
  return DailyOperator{no_memory_, receptor_by_source_, background_};
}

}  // namespace airgov::transport
