#pragma once
// A source-receptor matrix given by the user (e.g. from a CAMx-PSAT study, MODEL.md section 3)
// instead of the box network: X = B + T^T E every day, with no memory of the previous day and
// one regime for all weather.
#include <cstddef>
#include <span>
#include <vector>

#include "sim/core/matrix.hpp"
#include "sim/interfaces/transport_model.hpp"
#include "sim/scenario/scenario.hpp"

namespace airgov::transport {

class GivenMatrixTransport final : public TransportModel {
 public:
  // T row = source, column = receptor, ug/m3 per t/yr; B ug/m3. T must be square with B's size
  // and everything finite (std::invalid_argument otherwise). Unit conversion is the loader's job.
  GivenMatrixTransport(Matrix source_receptor, std::vector<double> background_ugm3);
  // From a TransportSpec with method == matrix (std::invalid_argument otherwise).
  explicit GivenMatrixTransport(const TransportSpec& spec);

  std::size_t size() const override { return background_.size(); }
  int regime_count() const override { return 1; }
  // The regime index is ignored: the given matrix stands for all weather.
  void step(int regime, std::span<const double> emission_t_per_year,
            std::span<double> concentration_ugm3) const override;
  const Matrix& source_receptor(int regime) const override;
  std::span<const double> background_ugm3(int regime) const override;
  // No memory: Phi = 0, H = T transposed, g = B.
  DailyOperator daily_operator(int regime) const override;

 private:
  Matrix source_receptor_;
  std::vector<double> background_;
  Matrix no_memory_;          // Phi = 0
  Matrix receptor_by_source_; // T transposed
};

}  // namespace airgov::transport
