#pragma once
// The expected transport of a decision period for regions above the dense limit, kept sparse
// (sim/interfaces/sparse_source_receptor.hpp): per season the regime-weighted steady response
//     T_season = sum_m pi_m T^m,   B_season = sum_m pi_m B^m
// (pi the season's stationary regime distribution, T^m the regime's steady source-receptor by
// local push, models/transport/sparse_steady_push.cpp), and per period the seasons weighted by
// their days. Each source keeps the union of its regimes' kept receptors; the dropped sums are
// weighted the same way, so they stay booked as exported.
//
// An approximation, chosen for cost: the dense path (expected_transport.hpp) solves the exact
// stationary mean of the regime-modulated system, which couples the regimes through the daily
// operators and is (regimes x n)^2 dense. The regime-weighted steady state ignores that spells
// are shorter than a box's memory; docs/performance.md gives its measured effect on the efforts
// on the default region (tests/models/assembly/test_sparse_run.cpp).
#include <memory>
#include <vector>

#include "sim/interfaces/sparse_source_receptor.hpp"
#include "sim/interfaces/transport_model.hpp"
#include "sim/interfaces/weather_model.hpp"

namespace airgov::transport {

// sum_k weight[k] x parts[k], per source the union of the receptors (ascending).
SparseSourceReceptor weighted_sum(const std::vector<const SparseSourceReceptor*>& parts,
                                  const std::vector<double>& weight);

class SparseExpectedTransport final : public ExpectedTransport {
 public:
  // regime_t[m], regime_background[m]: regime m's steady T (sparse) and B. `weather` may be null
  // (one regime).
  SparseExpectedTransport(std::shared_ptr<const std::vector<SparseSourceReceptor>> regime_t,
                          std::vector<std::vector<double>> regime_background,
                          std::shared_ptr<const WeatherModel> weather);
  // Dense copy of over_sparse (for small regions and tests; n x n memory).
  void over(Date first, int days, Matrix& source_receptor, std::vector<double>& background_ugm3) const override;
  bool sparse() const override { return true; }
  void over_sparse(Date first, int days, SparseSourceReceptor& source_receptor,
                   std::vector<double>& background_ugm3) const override;

 private:
  struct Season {
    SparseSourceReceptor t;
    std::vector<double> background;
  };
  std::shared_ptr<const WeatherModel> weather_;
  std::vector<Season> seasons_;
};

}  // namespace airgov::transport
