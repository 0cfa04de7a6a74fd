#include "models/transport/sparse_box_network.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>

#include "models/transport/neighbours.hpp"
#include "models/transport/units.hpp"

namespace airgov::transport {
namespace {

[[noreturn]] void no_dense_view(std::size_t n, const char* what) {
  throw std::length_error("sparse box network: " + std::string(what) + " is an n x n matrix, not kept for " +
                          std::to_string(n) + " jurisdictions (limit " +
                          std::to_string(SparseBoxNetwork::kDenseViewLimit) + ")");
}

}  // namespace

SparseBoxNetwork::SparseBoxNetwork(std::vector<BoxSpec> boxes, std::vector<RegimeSpec> regimes, Options options)
    : n_(boxes.size()), options_(options) {
  if (boxes.empty()) throw std::invalid_argument("sparse box network: no boxes");
  if (regimes.empty()) throw std::invalid_argument("sparse box network: no weather regimes");
  if (n_ > std::numeric_limits<std::uint32_t>::max()) throw std::invalid_argument("sparse box network: too many boxes");
  if (!(options_.courant > 0.0)) throw std::invalid_argument("sparse box network: courant must be > 0");
  if (options_.truncated_step && !(options_.truncation_threshold >= 0.0 && options_.max_per_column > 0)) {
    throw std::invalid_argument("sparse box network: truncation needs a threshold >= 0 and max_per_column > 0");
  }
  const std::vector<NeighbourSpec> neighbours = resolve_faces(boxes, delaunay_neighbour_specs(boxes));
  neighbour_pairs_ = neighbours.size();
  regimes_.reserve(regimes.size());
  for (const RegimeSpec& spec : regimes) {
    regimes_.push_back(build_regime(boxes, neighbours, spec));
    if (options_.truncated_step) build_truncated(regimes_.back());
  }
  if (options_.dense_views && n_ <= kDenseViewLimit) {
    dense_ = std::make_unique<BoxNetwork>(std::move(boxes), neighbours, std::move(regimes));
  }
}

SparseBoxNetwork SparseBoxNetwork::from_scenario(const RegionSpec& region, const WeatherSpec& weather,
                                                 Options options) {
  std::vector<BoxSpec> boxes;
  boxes.reserve(region.jurisdictions.size());
  for (const JurisdictionSpec& j : region.jurisdictions) boxes.push_back({{j.lat_deg, j.lon_deg}, j.area_km2});
  return SparseBoxNetwork(std::move(boxes), weather.regimes, options);
}

SparseBoxNetwork::Regime SparseBoxNetwork::build_regime(const std::vector<BoxSpec>& boxes,
                                                        const std::vector<NeighbourSpec>& neighbours,
                                                        const RegimeSpec& spec) const {
  const RegimeFluxes f = compute_fluxes(boxes, neighbours, spec);
  const std::size_t n = n_;
  Regime r;
  r.diagonal_per_s.resize(n);
  r.per_t_per_year.resize(n);
  r.background_source.resize(n);
  double max_diagonal = 0.0;
  for (std::size_t j = 0; j < n; ++j) {
    r.diagonal_per_s[j] = f.throughflow_m3_s[j] / f.volume_m3[j] + f.loss_per_s[j];
    max_diagonal = std::max(max_diagonal, r.diagonal_per_s[j]);
    r.per_t_per_year[j] = kGramsPerSecondPerTonnePerYear * kMicrogramsPerGram / f.volume_m3[j];
    r.background_source[j] = f.inflow_bg_m3_s[j] * f.background_ugm3 / f.volume_m3[j];
  }
  if (!(max_diagonal > 0.0)) {
    throw std::invalid_argument("sparse box network: regime '" + spec.name +
                                "' has neither wind nor any loss, so no steady state exists");
  }
  // CSR by receptor: count, prefix-sum, fill (links are sorted by source, so each row ends up
  // sorted by source too).
  r.row_start.assign(n + 1, 0);
  for (const AirLink& link : f.links) ++r.row_start[link.to + 1];
  for (std::size_t j = 0; j < n; ++j) r.row_start[j + 1] += r.row_start[j];
  r.column.resize(f.links.size());
  r.inflow_per_s.resize(f.links.size());
  std::vector<std::size_t> fill(r.row_start.begin(), r.row_start.end() - 1);
  for (const AirLink& link : f.links) {
    const std::size_t k = fill[link.to]++;
    r.column[k] = static_cast<std::uint32_t>(link.from);
    r.inflow_per_s[k] = link.flow_m3_s / f.volume_m3[link.to];
  }

  r.substeps = std::max(1, static_cast<int>(std::ceil(kStepSeconds * max_diagonal / options_.courant)));
  const double h = kStepSeconds / r.substeps;
  r.keep.resize(n);
  r.gain.resize(n);
  r.second_order.resize(n);
  for (std::size_t j = 0; j < n; ++j) {
    const double d = r.diagonal_per_s[j];
    const double z = h * d;
    r.keep[j] = std::exp(-z);
    r.gain[j] = d > 0.0 ? -std::expm1(-z) / d : h;
    // phi_2 h = (e^{-z} - 1 + z) / (h d^2); its series near z = 0 avoids cancellation.
    r.second_order[j] = z > 1e-4 ? (std::expm1(-z) + z) / (z * d) : h * (0.5 - z / 6.0 + z * z / 24.0);
  }
  r.background = solve_steady(r, r.background_source, &r.sweeps);
  return r;
}

std::vector<double> SparseBoxNetwork::solve_steady(const Regime& r, std::span<const double> source,
                                                   int* sweeps) const {
  const std::size_t n = n_;
  std::vector<double> x(n, 0.0);
  auto relax = [&](std::size_t j) {
    double inflow = source[j];
    for (std::size_t k = r.row_start[j]; k < r.row_start[j + 1]; ++k) inflow += r.inflow_per_s[k] * x[r.column[k]];
    const double next = inflow / r.diagonal_per_s[j];
    const double change = std::fabs(next - x[j]);
    x[j] = next;
    return change;
  };
  int sweep = 0;
  for (; sweep < options_.max_sweeps; ++sweep) {
    double change = 0.0, largest = 0.0;
    for (std::size_t j = 0; j < n; ++j) change = std::max(change, relax(j));
    for (std::size_t j = n; j-- > 0;) change = std::max(change, relax(j));
    for (double v : x) largest = std::max(largest, std::fabs(v));
    if (change <= options_.steady_tolerance * largest) break;
  }
  if (sweep == options_.max_sweeps) {
    throw std::runtime_error("sparse box network: Gauss-Seidel did not converge in " +
                             std::to_string(options_.max_sweeps) + " sweeps");
  }
  if (sweeps) *sweeps = sweep + 1;
  return x;
}

const SparseBoxNetwork::Regime& SparseBoxNetwork::at(int regime) const {
  if (regime < 0 || regime >= regime_count()) {
    throw std::out_of_range("sparse box network: regime " + std::to_string(regime) + " of " +
                            std::to_string(regime_count()));
  }
  return regimes_[static_cast<std::size_t>(regime)];
}

void SparseBoxNetwork::step(int regime, std::span<const double> emission_t_per_year,
                            std::span<double> concentration_ugm3) const {
  if (options_.truncated_step) {
    step_truncated(regime, emission_t_per_year, concentration_ugm3);
  } else {
    substepped_step(regime, emission_t_per_year, concentration_ugm3);
  }
}

void SparseBoxNetwork::substepped_step(int regime, std::span<const double> emission_t_per_year,
                                       std::span<double> concentration_ugm3) const {
  const Regime& r = at(regime);
  if (emission_t_per_year.size() != n_ || concentration_ugm3.size() != n_) {
    throw std::invalid_argument("sparse box network: emissions and concentrations need " + std::to_string(n_) +
                                " values");
  }
  advance(r, emission_t_per_year, concentration_ugm3);
}

void SparseBoxNetwork::advance(const Regime& r, std::span<const double> emission_t_per_year,
                               std::span<double> concentration_ugm3) const {
  const std::size_t n = n_;
  // One set of buffers per thread: the model is shared read-only by the runs of an ensemble.
  thread_local std::vector<double> source, a, b, inflow;
  source.resize(n);
  inflow.resize(n);
  a.assign(concentration_ugm3.begin(), concentration_ugm3.end());
  b.resize(n);
  for (std::size_t j = 0; j < n; ++j) {
    source[j] = emission_t_per_year[j] * r.per_t_per_year[j] + r.background_source[j];
  }
  const std::size_t* row = r.row_start.data();
  const std::uint32_t* col = r.column.data();
  const double* coef = r.inflow_per_s.data();
  const double* keep = r.keep.data();
  const double* gain = r.gain.data();
  const double* second = r.second_order.data();
  // ETD2RK (Cox and Matthews 2002): predictor a = exponential Euler; corrector adds the change
  // of the neighbours' inflow over the sub-step, weighted by phi_2.
  for (int s = 0; s < r.substeps; ++s) {
    const double* x = a.data();
    double* p = b.data();
    double* q = inflow.data();
    for (std::size_t j = 0; j < n; ++j) {
      double sum = 0.0;
      for (std::size_t k = row[j]; k < row[j + 1]; ++k) sum += coef[k] * x[col[k]];
      q[j] = sum;
      p[j] = keep[j] * x[j] + gain[j] * (sum + source[j]);
    }
    double* y = a.data();  // x is no longer needed: overwrite it with the corrected state
    for (std::size_t j = 0; j < n; ++j) {
      double sum = 0.0;
      for (std::size_t k = row[j]; k < row[j + 1]; ++k) sum += coef[k] * p[col[k]];
      y[j] = p[j] + (sum - q[j]) * second[j];
    }
  }
  std::copy(a.begin(), a.end(), concentration_ugm3.begin());
}

const Matrix& SparseBoxNetwork::source_receptor(int regime) const {
  at(regime);
  if (!dense_) no_dense_view(n_, "the source-receptor matrix");
  return dense_->source_receptor(regime);
}

std::span<const double> SparseBoxNetwork::background_ugm3(int regime) const { return at(regime).background; }

DailyOperator SparseBoxNetwork::daily_operator(int regime) const {
  at(regime);
  if (!dense_) no_dense_view(n_, "the daily operator");
  return dense_->daily_operator(regime);
}

int SparseBoxNetwork::substeps(int regime) const { return at(regime).substeps; }

std::size_t SparseBoxNetwork::nonzeros(int regime) const { return at(regime).column.size() + n_; }

int SparseBoxNetwork::steady_sweeps(int regime) const { return at(regime).sweeps; }

std::vector<double> SparseBoxNetwork::steady_state(int regime, std::span<const double> emission_t_per_year) const {
  const Regime& r = at(regime);
  if (emission_t_per_year.size() != n_) throw std::invalid_argument("sparse box network: emissions size");
  std::vector<double> source(n_);
  for (std::size_t j = 0; j < n_; ++j) {
    source[j] = emission_t_per_year[j] * r.per_t_per_year[j] + r.background_source[j];
  }
  return solve_steady(r, source, nullptr);
}

std::size_t SparseBoxNetwork::memory_bytes() const {
  std::size_t bytes = 0;
  for (const Regime& r : regimes_) {
    bytes += r.row_start.capacity() * sizeof(std::size_t) + r.column.capacity() * sizeof(std::uint32_t);
    for (const auto* v : {&r.inflow_per_s, &r.diagonal_per_s, &r.keep, &r.gain, &r.second_order, &r.per_t_per_year,
                          &r.background_source, &r.background, &r.background_increment,
                          &r.dropped_propagator, &r.dropped_emission, &r.propagator.value,
                          &r.emission_increment.value}) {
      bytes += v->capacity() * sizeof(double);
    }
    for (const Regime::Csr* c : {&r.propagator, &r.emission_increment}) {
      bytes += c->row_start.capacity() * sizeof(std::size_t) + c->column.capacity() * sizeof(std::uint32_t);
    }
  }
  return bytes;
}

}  // namespace airgov::transport
