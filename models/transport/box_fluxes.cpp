#include "models/transport/box_fluxes.hpp"

#include "models/transport/neighbours.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>
#include <string>
#include <utility>

#include "models/transport/units.hpp"
#include "models/transport/wind_shares.hpp"

namespace airgov::transport {
namespace {

// The loader checks user input with JSON Pointers; reaching here with bad values is a
// programming error upstream, so a standard exception with the reason is enough.
[[noreturn]] void fail(const std::string& what) {
  throw std::invalid_argument("box network: " + what);
}

bool finite_nonnegative(double x) { return std::isfinite(x) && x >= 0.0; }

void check_boxes(std::span<const BoxSpec> boxes) {
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    const BoxSpec& b = boxes[i];
    if (!(std::isfinite(b.area_km2) && b.area_km2 > 0.0)) {
      fail("box " + std::to_string(i) + ": area_km2 must be > 0");
    }
    if (!(std::fabs(b.centre.lat_deg) <= 90.0) || !std::isfinite(b.centre.lon_deg)) {
      fail("box " + std::to_string(i) + ": latitude/longitude out of range");
    }
  }
}

// Wind frequencies divided by their sum, so that the shares of a box never exceed 1 by round-off.
std::array<double, kWindSectors> normalised_wind(const RegimeSpec& regime) {
  const std::string where = "regime '" + regime.name + "': ";
  if (!finite_nonnegative(regime.wind_speed_ms)) fail(where + "wind_speed_ms must be >= 0");
  if (!(std::isfinite(regime.mixing_height_m) && regime.mixing_height_m > 0.0)) {
    fail(where + "mixing_height_m must be > 0");
  }
  if (!finite_nonnegative(regime.background_ugm3) ||
      !finite_nonnegative(regime.deposition_velocity_ms) ||
      !finite_nonnegative(regime.wet_removal_per_s) || !finite_nonnegative(regime.venting_per_s)) {
    fail(where + "background, deposition, wet removal and venting must be >= 0");
  }
  double sum = 0.0;
  for (double f : regime.wind_from_frequency) {
    if (!finite_nonnegative(f)) fail(where + "wind_from_frequency entries must be >= 0");
    sum += f;
  }
  std::array<double, kWindSectors> out = regime.wind_from_frequency;
  if (regime.wind_speed_ms == 0.0) return out;  // calm: directions carry nothing
  if (std::fabs(sum - 1.0) > 1e-6) {
    fail(where + "wind_from_frequency sums to " + std::to_string(sum) + ", expected 1");
  }
  for (double& f : out) f /= sum;
  return out;
}

double side_m(const BoxSpec& box) { return std::sqrt(box.area_km2) * kMetresPerKm; }

}  // namespace

std::vector<NeighbourSpec> resolve_faces(std::span<const BoxSpec> boxes,
                                         std::vector<NeighbourSpec> neighbours) {
  check_boxes(boxes);
  const std::size_t n = boxes.size();
  for (NeighbourSpec& p : neighbours) {
    const std::string where = "neighbours (" + std::to_string(p.i) + ", " + std::to_string(p.j) + ")";
    if (p.i >= n || p.j >= n || p.i == p.j) fail(where + ": index out of range or self-pair");
    if (p.i > p.j) std::swap(p.i, p.j);
    if (great_circle_km(boxes[p.i].centre, boxes[p.j].centre) == 0.0) {
      fail(where + ": the two boxes have the same centre, so no direction between them");
    }
    if (!p.face_km) {
      p.face_km = std::min(std::sqrt(boxes[p.i].area_km2), std::sqrt(boxes[p.j].area_km2));
    }
    if (!(std::isfinite(*p.face_km) && *p.face_km > 0.0)) fail(where + ": face_km must be > 0");
  }
  std::sort(neighbours.begin(), neighbours.end(),
            [](const NeighbourSpec& a, const NeighbourSpec& b) {
              return std::pair(a.i, a.j) < std::pair(b.i, b.j);
            });
  for (std::size_t k = 1; k < neighbours.size(); ++k) {
    if (neighbours[k].i == neighbours[k - 1].i && neighbours[k].j == neighbours[k - 1].j) {
      fail("neighbours (" + std::to_string(neighbours[k].i) + ", " +
           std::to_string(neighbours[k].j) + ") given twice");
    }
  }
  return neighbours;
}

RegimeFluxes compute_fluxes(std::span<const BoxSpec> boxes,
                            std::span<const NeighbourSpec> neighbours, const RegimeSpec& regime) {
  check_boxes(boxes);
  const std::array<double, kWindSectors> wind = normalised_wind(regime);
  const std::size_t n = boxes.size();
  const double u = regime.wind_speed_ms;
  const double h = regime.mixing_height_m;

  // Each box's neighbours, in index order, with the face they share.
  struct Adjacent {
    std::size_t box;
    double face_m;
  };
  std::vector<std::vector<Adjacent>> adjacent(n);
  for (const NeighbourSpec& p : neighbours) {
    if (p.i >= n || p.j >= n || !p.face_km) fail("neighbour pairs not resolved");
    adjacent[p.i].push_back({p.j, *p.face_km * kMetresPerKm});
    adjacent[p.j].push_back({p.i, *p.face_km * kMetresPerKm});
  }

  RegimeFluxes f;
  f.background_ugm3 = regime.background_ugm3;
  f.volume_m3.resize(n);
  f.loss_per_s.assign(
      n, regime.deposition_velocity_ms / h + regime.wet_removal_per_s + regime.venting_per_s);
  f.outflow_m3_s.assign(n, 0.0);
  f.inflow_bg_m3_s.assign(n, 0.0);
  f.vent_top_m3_s.assign(n, 0.0);
  f.throughflow_m3_s.assign(n, 0.0);

  std::vector<double> downwind(n, 0.0);  // sum_l F_jl + F_j,out
  std::vector<double> upwind(n, 0.0);    // sum_i F_ij
  std::vector<double> bearings;
  for (std::size_t i = 0; i < n; ++i) {
    f.volume_m3[i] = boxes[i].area_km2 * kSquareMetresPerKm2 * h;
    std::sort(adjacent[i].begin(), adjacent[i].end(),
              [](const Adjacent& a, const Adjacent& b) { return a.box < b.box; });
    bearings.clear();
    for (const Adjacent& a : adjacent[i]) {
      bearings.push_back(initial_bearing_deg(boxes[i].centre, boxes[a.box].centre));
    }
    const std::vector<double> w = wind_shares(bearings, wind);
    double w_total = 0.0;
    for (std::size_t k = 0; k < w.size(); ++k) {
      w_total += w[k];
      const double flow = u * h * adjacent[i][k].face_m * w[k];
      if (flow > 0.0) {
        f.links.push_back({i, adjacent[i][k].box, flow});
        downwind[i] += flow;
        upwind[adjacent[i][k].box] += flow;
      }
    }
    f.outflow_m3_s[i] = u * h * side_m(boxes[i]) * std::max(0.0, 1.0 - w_total);
    downwind[i] += f.outflow_m3_s[i];
  }
  for (std::size_t j = 0; j < n; ++j) {
    // Outside air makes up a deficit; a surplus (more air arriving than the wind carries on)
    // leaves through the top of the mixed layer at the box's own concentration.
    const double balance = downwind[j] - upwind[j];
    f.inflow_bg_m3_s[j] = std::max(0.0, balance);
    f.vent_top_m3_s[j] = std::max(0.0, -balance);
    f.throughflow_m3_s[j] = std::max(downwind[j], upwind[j]);
  }
  return f;
}

Matrix system_matrix(const RegimeFluxes& fluxes) {
  const std::size_t n = fluxes.volume_m3.size();
  Matrix m(n, n);
  for (std::size_t j = 0; j < n; ++j) {
    m(j, j) = fluxes.throughflow_m3_s[j] / fluxes.volume_m3[j] + fluxes.loss_per_s[j];
  }
  for (const AirLink& link : fluxes.links) {
    m(link.to, link.from) -= link.flow_m3_s / fluxes.volume_m3[link.to];
  }
  return m;
}

std::vector<NeighbourSpec> delaunay_neighbour_specs(const std::vector<BoxSpec>& boxes) {
  std::vector<LatLon> centres;
  centres.reserve(boxes.size());
  for (const BoxSpec& b : boxes) centres.push_back(b.centre);
  std::vector<NeighbourSpec> out;
  for (const auto& [i, j] : delaunay_neighbours(std::span<const LatLon>(centres))) {
    out.push_back({i, j, std::nullopt});
  }
  return out;
}

}  // namespace airgov::transport
