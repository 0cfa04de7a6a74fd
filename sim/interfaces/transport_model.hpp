#pragma once
// Interface: moving PM2.5 between jurisdictions. Implemented in models/transport/.
// Emission rates are in t/yr of PM2.5-equivalent (primary + sulfate + nitrate formed at source);
// concentrations in ug/m3; one box per jurisdiction, in region order.
#include <cstddef>
#include <span>
#include <stdexcept>

#include <utility>
#include <vector>

#include "sim/core/date.hpp"
#include "sim/core/matrix.hpp"
#include "sim/interfaces/sparse_source_receptor.hpp"

namespace airgov {

// One day under one regime as an affine map: X(t+1) = Phi X(t) + H E + g, with Phi(j, k) and
// H(j, i) (ug/m3 per t/yr) indexed row = receptor.
struct DailyOperator {
  const Matrix& propagator;                    // Phi
  const Matrix& emission_increment;            // H
  std::span<const double> background_increment;  // g
};

class TransportModel {
 public:
  virtual ~TransportModel() = default;
  virtual std::size_t size() const = 0;
  virtual int regime_count() const = 0;
  // Advances concentration_ugm3 by one day under `regime`, emissions constant over the day.
  virtual void step(int regime, std::span<const double> emission_t_per_year,
                    std::span<double> concentration_ugm3) const = 0;
  // Steady state under `regime`: X_j = B_j + sum_i T(i, j) E_i, row = source, column = receptor,
  // T in ug/m3 per t/yr.
  virtual const Matrix& source_receptor(int regime) const = 0;
  virtual std::span<const double> background_ugm3(int regime) const = 0;
  virtual DailyOperator daily_operator(int regime) const = 0;
  // Pairs (i < j) of boxes that exchange air directly (neighbours sharing a face): the "border"
  // ties of the institutional layer. None for a given matrix.
  virtual std::vector<std::pair<std::size_t, std::size_t>> adjacent_pairs() const { return {}; }
};

// Expected transport over a stretch of days: the mean response of the period-mean concentration
// to a constant emission, given the weather's statistics. Implemented in models/transport/.
class ExpectedTransport {
 public:
  virtual ~ExpectedTransport() = default;
  // Mean X_j = B_j + sum_i T(i, j) E_i over the days [first, first + days).
  virtual void over(Date first, int days, Matrix& source_receptor, std::vector<double>& background_ugm3) const = 0;
  // Regions above the dense limit: the same kept sparse (CSR by source, dropped part booked as
  // exported). Callers ask sparse() first; the dense implementations do not offer it.
  virtual bool sparse() const { return false; }
  virtual void over_sparse(Date /*first*/, int /*days*/, SparseSourceReceptor& /*source_receptor*/,
                           std::vector<double>& /*background_ugm3*/) const {
    throw std::logic_error("this expected transport is dense only");
  }
};

}  // namespace airgov
