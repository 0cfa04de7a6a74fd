#pragma once
// The box network of MODEL.md section 3 for large regions (thousands to 100,000 jurisdictions):
// the same physics per regime as BoxNetwork (compute_fluxes: Delaunay neighbours, wind shares,
// outside air, venting, first-order loss), but the operator M is kept sparse (CSR, one row per
// receptor: the diagonal and the upwind neighbours) and nothing n x n is ever formed.
//
// Daily step: dC/dt = -M C + S integrated over the day by `substeps` steps of the second-order
// exponential Runge-Kutta scheme ETD2RK (Cox & Matthews 2002, J. Comput. Phys. 176:430): each
// box's own loss and throughflow exactly, the inflow from its neighbours N_j = sum_i a_ji C_i
// (d_j = M_jj, a_ji = -M_ji >= 0, h = day / substeps) by a predictor and a corrector:
//   P_j = e^{-h d_j} C_j + (1 - e^{-h d_j}) / d_j (N_j(C) + S_j),
//   C_j <- P_j + (N_j(P) - N_j(C)) (e^{-h d_j} - 1 + h d_j) / (h d_j^2).
// Two sparse products per sub-step; error second order in h. The sub-step count is
// the smallest with h * max_j d_j <= `courant` (default 1), i.e. no air crosses more than about
// one box per sub-step. Against the exact dense step (exp(-M dt)) on the 31-box region the
// difference is tested (tests/models/transport/test_sparse_box_network.cpp).
//
// Steady state (background, steady_state()): M x = S by symmetric Gauss-Seidel (M is a
// non-singular M-matrix: diagonally dominant with losses, so it converges), stopped when the
// largest change of a sweep is below `steady_tolerance` times the largest value.
//
// Truncated daily operator (Options::truncated_step, off by default; docs/performance.md): the
// sub-stepped day above is affine, X' = Phi X + H E + g. Each column of Phi (a unit of air in box
// i at dawn) and of H (box i emitting 1 t/yr all day) is computed once per regime by running the
// same ETD2RK sub-steps on a sparse vector restricted to its growing support (pruned as it goes
// at 1 % of the threshold); then coefficients carrying less than `truncation_threshold` of the
// column's reference mass (the unit of air, or the day's emission) are dropped and at most
// `max_per_column` of the largest kept. What is dropped is booked as exported (dropped_fraction):
// the kept mass plus the dropped mass accounts for the column's mass. The daily step is then
// one sparse product per operator (rows = receptors), g exact.
//
// Dense views (source_receptor, daily_operator) exist only while n <= kDenseViewLimit: they are
// taken from an exact dense BoxNetwork built alongside. Above it they throw: the n x n
// interface cannot be served at n = 100,000; steady_source_receptor() gives a regime's T sparse
// instead (docs/performance.md, "The decision game above 2000 jurisdictions").
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "models/transport/box_fluxes.hpp"
#include "models/transport/box_network.hpp"
#include "sim/interfaces/sparse_source_receptor.hpp"
#include "sim/interfaces/transport_model.hpp"
#include "sim/scenario/scenario.hpp"

namespace airgov::transport {

class SparseBoxNetwork final : public TransportModel {
 public:
  static constexpr double kStepSeconds = 86400.0;
  static constexpr std::size_t kDenseViewLimit = 2000;

  struct Options {
    double courant = 1.0;             // h * max_j M_jj per sub-step
    double steady_tolerance = 1e-10;  // Gauss-Seidel: max |change| / max |x|
    int max_sweeps = 20000;
    bool dense_views = true;  // build the exact dense views when n <= kDenseViewLimit
    // Truncated day-long operator instead of the sub-stepped scheme in step() (see above).
    bool truncated_step = false;
    double truncation_threshold = 1e-4;  // of the column's reference mass (an assumption, measured)
    std::size_t max_per_column = 128;    // K
  };

  SparseBoxNetwork(std::vector<BoxSpec> boxes, std::vector<RegimeSpec> regimes, Options options);
  SparseBoxNetwork(std::vector<BoxSpec> boxes, std::vector<RegimeSpec> regimes)
      : SparseBoxNetwork(std::move(boxes), std::move(regimes), Options{}) {}
  static SparseBoxNetwork from_scenario(const RegionSpec& region, const WeatherSpec& weather,
                                        Options options);
  static SparseBoxNetwork from_scenario(const RegionSpec& region, const WeatherSpec& weather) {
    return from_scenario(region, weather, Options{});
  }

  // TransportModel
  std::size_t size() const override { return n_; }
  int regime_count() const override { return static_cast<int>(regimes_.size()); }
  // substeps x (nnz multiply-adds + n exponentials' worth of precomputed factors); allocation
  // free after each thread's first call.
  void step(int regime, std::span<const double> emission_t_per_year,
            std::span<double> concentration_ugm3) const override;
  const Matrix& source_receptor(int regime) const override;
  std::span<const double> background_ugm3(int regime) const override;
  DailyOperator daily_operator(int regime) const override;

  // Inspection.
  int substeps(int regime) const;
  std::size_t nonzeros(int regime) const;  // of M (diagonal included)
  std::size_t neighbour_pairs() const { return neighbour_pairs_; }
  int steady_sweeps(int regime) const;     // Gauss-Seidel sweeps the background took
  std::vector<double> steady_state(int regime, std::span<const double> emission_t_per_year) const;
  std::size_t memory_bytes() const;        // of the operators kept (not the dense views)
  bool truncated() const { return options_.truncated_step; }
  // The steady source-receptor T of `regime` kept sparse (sparse_source_receptor.hpp for the
  // threshold rule), source by source by a local push (models/transport/sparse_steady_push.cpp).
  SparseSourceReceptor steady_source_receptor(int regime, double threshold, std::size_t max_per_source) const;
  std::size_t truncated_nonzeros(int regime) const;  // of Phi and H together
  // Share of the column's reference mass dropped and booked as exported: of a unit of air in box
  // `source` at dawn (propagator) or of the day's emission of `source` (emission increment).
  double dropped_fraction(int regime, std::size_t source, bool emission) const;
  // The exact sub-stepped day (ETD2RK), whichever step() uses; for measuring the truncation.
  void substepped_step(int regime, std::span<const double> emission_t_per_year,
                       std::span<double> concentration_ugm3) const;

 private:
  struct Regime {
    int substeps = 1;
    // CSR of the off-diagonal inflow coefficients, row = receptor: a_ji (1/s).
    std::vector<std::size_t> row_start;
    std::vector<std::uint32_t> column;
    std::vector<double> inflow_per_s;
    std::vector<double> diagonal_per_s;   // d_j = M_jj
    std::vector<double> keep;             // e^{-h d_j}
    std::vector<double> gain;             // (1 - e^{-h d_j}) / d_j, s
    std::vector<double> second_order;     // (e^{-h d_j} - 1 + h d_j) / (h d_j^2), s
    std::vector<double> per_t_per_year;   // source of 1 t/yr in box j, ug/m3/s
    std::vector<double> background_source;  // ug/m3/s from outside air
    std::vector<double> background;       // steady B_j
    int sweeps = 0;
    // Truncated day (only with Options::truncated_step): CSR by receptor, columns = sources.
    struct Csr {
      std::vector<std::size_t> row_start;
      std::vector<std::uint32_t> column;
      std::vector<double> value;
    };
    Csr propagator, emission_increment;   // Phi (1), H (ug/m3 per t/yr)
    std::vector<double> background_increment;  // g, from the sub-stepped day
    std::vector<double> dropped_propagator, dropped_emission;  // per source, mass share
  };
  void advance(const Regime& r, std::span<const double> emission_t_per_year, std::span<double> concentration) const;
  void build_truncated(Regime& r) const;
  void step_truncated(int regime, std::span<const double> emission_t_per_year, std::span<double> concentration) const;
  const Regime& at(int regime) const;
  Regime build_regime(const std::vector<BoxSpec>& boxes, const std::vector<NeighbourSpec>& neighbours,
                      const RegimeSpec& spec) const;
  std::vector<double> solve_steady(const Regime& r, std::span<const double> source, int* sweeps) const;

  std::size_t n_ = 0;
  std::size_t neighbour_pairs_ = 0;
  Options options_;
  std::vector<Regime> regimes_;
  std::unique_ptr<BoxNetwork> dense_;  // exact dense views for small n
};

}  // namespace airgov::transport
