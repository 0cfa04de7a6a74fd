#include "models/transport/box_network.hpp"

#include <stdexcept>
#include <string>
#include <utility>

#include "models/transport/dense_lu.hpp"
#include "models/transport/dense_ops.hpp"
#include "models/transport/matrix_exponential.hpp"
#include "models/transport/neighbours.hpp"
#include "models/transport/units.hpp"

namespace airgov::transport {
namespace {

// reach[i * n + j]: some chain of wind links carries air from box i to box j (i reaches itself).
// Where it does not, the exact T(i, j), Phi(j, i) and G(j, i) are zero; we zero them explicitly
// so that round-off in the dense solves never lets pollution travel against the wind.
std::vector<char> reachability(const RegimeFluxes& f) {
  const std::size_t n = f.volume_m3.size();
  std::vector<std::vector<std::size_t>> downstream(n);
  for (const AirLink& link : f.links) downstream[link.from].push_back(link.to);
  std::vector<char> reach(n * n, 0);
  std::vector<std::size_t> stack;
  for (std::size_t i = 0; i < n; ++i) {
    char* row = reach.data() + i * n;
    row[i] = 1;
    stack.assign(1, i);
    while (!stack.empty()) {
      const std::size_t k = stack.back();
      stack.pop_back();
      for (std::size_t l : downstream[k]) {
        if (!row[l]) {
          row[l] = 1;
          stack.push_back(l);
        }
      }
    }
  }
  return reach;
}

}  // namespace

BoxNetwork::BoxNetwork(std::vector<BoxSpec> boxes, std::vector<RegimeSpec> regimes)
    : BoxNetwork(boxes, delaunay_neighbour_specs(boxes), std::move(regimes)) {}

BoxNetwork::BoxNetwork(std::vector<BoxSpec> boxes, std::vector<NeighbourSpec> neighbours,
                       std::vector<RegimeSpec> regimes)
    : boxes_(std::move(boxes)) {
  if (boxes_.empty()) throw std::invalid_argument("box network: no boxes");
  if (regimes.empty()) throw std::invalid_argument("box network: no weather regimes");
  neighbours_ = resolve_faces(boxes_, std::move(neighbours));
  regimes_.reserve(regimes.size());
  for (const RegimeSpec& spec : regimes) regimes_.push_back(build_regime(spec));
}

BoxNetwork BoxNetwork::from_scenario(const RegionSpec& region, const WeatherSpec& weather) {
  std::vector<BoxSpec> boxes;
  boxes.reserve(region.jurisdictions.size());
  for (const JurisdictionSpec& j : region.jurisdictions) {
    boxes.push_back({{j.lat_deg, j.lon_deg}, j.area_km2});
  }
  return BoxNetwork(std::move(boxes), weather.regimes);
}

BoxNetwork::Regime BoxNetwork::build_regime(const RegimeSpec& spec) const {
  const std::size_t n = boxes_.size();
  Regime r;
  r.spec = spec;
  r.fluxes = compute_fluxes(boxes_, neighbours_, spec);
  const RegimeFluxes& f = r.fluxes;
  const Matrix m = transport::system_matrix(f);

  Matrix m_inverse;
  try {
    m_inverse = DenseLu(m).inverse();
  } catch (const std::domain_error&) {
    // Only possible with no wind and no loss at all: pollution would accumulate forever.
    throw std::invalid_argument("box network: regime '" + spec.name +
                                "' has neither wind nor any loss, so no steady state exists");
  }

  // Source terms, ug/m3/s: per t/yr emitted in box i, and from the outside air in box j.
  std::vector<double> per_t_per_year(n);
  std::vector<double> background_source(n);
  for (std::size_t i = 0; i < n; ++i) {
    per_t_per_year[i] = kGramsPerSecondPerTonnePerYear * kMicrogramsPerGram / f.volume_m3[i];
    background_source[i] = f.inflow_bg_m3_s[i] * f.background_ugm3 / f.volume_m3[i];
  }
  const std::vector<char> reach = reachability(f);

  // Steady state X* = M^-1 S: T(i, j) = (M^-1)(j, i) * S_i per t/yr, B = M^-1 S_bg.
  r.source_receptor = Matrix(n, n);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      if (reach[i * n + j]) r.source_receptor(i, j) = m_inverse(j, i) * per_t_per_year[i];
    }
  }
  r.background.assign(n, 0.0);
  multiply(m_inverse, background_source, r.background);

  // Daily step: Phi = exp(-M dt); G = (I - Phi) M^-1 = M^-1 - Phi M^-1 (they commute).
  Matrix minus_m_dt = m;
  for (double& x : minus_m_dt.data()) x *= -kStepSeconds;
  r.propagator = expm(minus_m_dt);
  const Matrix g = axpy(-1.0, multiply(r.propagator, m_inverse), m_inverse);
  r.emission_increment = Matrix(n, n);
  for (std::size_t j = 0; j < n; ++j) {
    for (std::size_t i = 0; i < n; ++i) {
      if (reach[i * n + j]) {
        r.emission_increment(j, i) = g(j, i) * per_t_per_year[i];
      } else {
        r.propagator(j, i) = 0.0;
      }
    }
  }
  r.background_increment.assign(n, 0.0);
  multiply(g, background_source, r.background_increment);
  return r;
}

const BoxNetwork::Regime& BoxNetwork::at(int regime) const {
  if (regime < 0 || regime >= regime_count()) {
    throw std::out_of_range("box network: regime " + std::to_string(regime) + " of " +
                            std::to_string(regime_count()));
  }
  return regimes_[static_cast<std::size_t>(regime)];
}

void BoxNetwork::check_size(std::span<const double> values, const char* what) const {
  if (values.size() != size()) {
    throw std::invalid_argument(std::string("box network: ") + what + " has " +
                                std::to_string(values.size()) + " values, expected " +
                                std::to_string(size()));
  }
}

void BoxNetwork::step(int regime, std::span<const double> emission_t_per_year,
                      std::span<double> concentration_ugm3) const {
  const Regime& r = at(regime);
  check_size(emission_t_per_year, "emissions");
  check_size(concentration_ugm3, "concentrations");
  // The update reads the whole old state, so keep a copy. One buffer per thread: the model is
  // shared read-only between the simulations of an ensemble, and assign() reuses capacity.
  thread_local std::vector<double> previous;
  previous.assign(concentration_ugm3.begin(), concentration_ugm3.end());
  const std::size_t n = size();
  // Four rows at a time: four independent sums hide the latency of the additions (the order of
  // each row's sum is unchanged, so the result is bit-identical to one row at a time).
  std::size_t j = 0;
  for (; j + 4 <= n; j += 4) {
    const double* phi0 = r.propagator.row(j).data();
    const double* phi1 = phi0 + n;
    const double* phi2 = phi1 + n;
    const double* phi3 = phi2 + n;
    const double* gain0 = r.emission_increment.row(j).data();
    const double* gain1 = gain0 + n;
    const double* gain2 = gain1 + n;
    const double* gain3 = gain2 + n;
    double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
    for (std::size_t k = 0; k < n; ++k) {
      const double x = previous[k];
      s0 += phi0[k] * x;
      s1 += phi1[k] * x;
      s2 += phi2[k] * x;
      s3 += phi3[k] * x;
    }
    for (std::size_t i = 0; i < n; ++i) {
      const double e = emission_t_per_year[i];
      s0 += gain0[i] * e;
      s1 += gain1[i] * e;
      s2 += gain2[i] * e;
      s3 += gain3[i] * e;
    }
    concentration_ugm3[j] = s0 + r.background_increment[j];
    concentration_ugm3[j + 1] = s1 + r.background_increment[j + 1];
    concentration_ugm3[j + 2] = s2 + r.background_increment[j + 2];
    concentration_ugm3[j + 3] = s3 + r.background_increment[j + 3];
  }
  for (; j < n; ++j) {
    std::span<const double> phi = r.propagator.row(j);
    std::span<const double> gain = r.emission_increment.row(j);
    double sum = 0.0;
    for (std::size_t k = 0; k < n; ++k) sum += phi[k] * previous[k];
    for (std::size_t i = 0; i < n; ++i) sum += gain[i] * emission_t_per_year[i];
    concentration_ugm3[j] = sum + r.background_increment[j];
  }
}

const Matrix& BoxNetwork::source_receptor(int regime) const { return at(regime).source_receptor; }

std::span<const double> BoxNetwork::background_ugm3(int regime) const {
  return at(regime).background;
}

Matrix BoxNetwork::system_matrix(int regime) const {
  return transport::system_matrix(at(regime).fluxes);
}

const Matrix& BoxNetwork::daily_propagator(int regime) const { return at(regime).propagator; }

std::vector<double> BoxNetwork::steady_state(int regime,
                                             std::span<const double> emission_t_per_year) const {
  const Regime& r = at(regime);
  check_size(emission_t_per_year, "emissions");
  std::vector<double> x = r.background;
  for (std::size_t i = 0; i < size(); ++i) {
    std::span<const double> row = r.source_receptor.row(i);
    for (std::size_t j = 0; j < size(); ++j) x[j] += row[j] * emission_t_per_year[i];
  }
  return x;
}

MassBudget BoxNetwork::mass_budget(int regime, std::span<const double> emission_t_per_year,
                                   std::span<const double> concentration_ugm3) const {
  const RegimeFluxes& f = at(regime).fluxes;
  check_size(emission_t_per_year, "emissions");
  check_size(concentration_ugm3, "concentrations");
  constexpr double kGramsPerMicrogram = 1.0 / kMicrogramsPerGram;
  MassBudget b;
  for (std::size_t j = 0; j < size(); ++j) {
    const double c = concentration_ugm3[j] * kGramsPerMicrogram;  // g/m3
    b.emitted_g_s += emission_t_per_year[j] * kGramsPerSecondPerTonnePerYear;
    b.imported_g_s += f.inflow_bg_m3_s[j] * f.background_ugm3 * kGramsPerMicrogram;
    b.removed_g_s += f.loss_per_s[j] * f.volume_m3[j] * c;
    b.vented_g_s += f.vent_top_m3_s[j] * c;
    b.exported_g_s += f.outflow_m3_s[j] * c;
  }
  return b;
}

DailyOperator BoxNetwork::daily_operator(int regime) const {
  const Regime& r = at(regime);
  return DailyOperator{r.propagator, r.emission_increment, r.background_increment};
}

std::vector<std::pair<std::size_t, std::size_t>> BoxNetwork::adjacent_pairs() const {
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (const auto& n : neighbours_) pairs.emplace_back(std::min(n.i, n.j), std::max(n.i, n.j));
  return pairs;
}

}  // namespace airgov::transport
