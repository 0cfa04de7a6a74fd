#pragma once
// The physics of the box network for one weather regime (MODEL.md section 3): the air flows
// between boxes, in from outside, out of the region and through the top, and the first-order
// loss, from which the linear system dC/dt = -M C + S follows. No linear algebra here.
#include <cstddef>
#include <optional>
#include <span>
#include <vector>

#include "models/transport/geometry.hpp"
#include "sim/core/matrix.hpp"
#include "sim/scenario/scenario.hpp"

namespace airgov::transport {

// One jurisdiction as a well-mixed box: centre and area (side W = sqrt(area)).
struct BoxSpec {
  LatLon centre;
  double area_km2 = 0;
};

// Two boxes that exchange air, with the length of their shared face when borders are known
// (otherwise min(W_i, W_j)).
struct NeighbourSpec {
  std::size_t i = 0;
  std::size_t j = 0;
  std::optional<double> face_km;
};

// Air flow i -> j, m3/s (only the positive ones are kept).
struct AirLink {
  std::size_t from = 0;
  std::size_t to = 0;
  double flow_m3_s = 0;
};

// Everything about one regime that the mass balance needs, per box j in region order.
struct RegimeFluxes {
  double background_ugm3 = 0;           // C_bg of the air that enters from outside
  std::vector<double> volume_m3;        // V_j = A_j H
  std::vector<double> loss_per_s;       // k_j = v_d / H + k_wet + k_vent
  std::vector<AirLink> links;           // F_ij > 0, sorted by (from, to)
  std::vector<double> outflow_m3_s;     // F_j,out: wind toward no neighbour leaves the region
  std::vector<double> inflow_bg_m3_s;   // F_bg,j: outside air filling what neighbours don't supply
  std::vector<double> vent_top_m3_s;    // excess inflow leaving through the top at C_j
  // Total air leaving box j (to neighbours, out of the region, through the top); equals the
  // total entering it (from neighbours and from outside): the volume balances.
  std::vector<double> throughflow_m3_s;
};

// Checks the boxes, the neighbour pairs and the regime (std::invalid_argument with the reason)
// and computes the flows. Neighbour faces must already be filled in (see resolve_faces).
// Neighbours from the Delaunay triangulation of the box centres, faces not yet filled in.
std::vector<NeighbourSpec> delaunay_neighbour_specs(const std::vector<BoxSpec>& boxes);

RegimeFluxes compute_fluxes(std::span<const BoxSpec> boxes,
                            std::span<const NeighbourSpec> neighbours, const RegimeSpec& regime);

// Fills in missing faces with min(W_i, W_j) and checks indices, duplicates and positivity.
std::vector<NeighbourSpec> resolve_faces(std::span<const BoxSpec> boxes,
                                         std::vector<NeighbourSpec> neighbours);

// M (1/s), row = receptor: M_jj = throughflow_j / V_j + k_j, M_ji = -F_ij / V_j.
Matrix system_matrix(const RegimeFluxes& fluxes);

}  // namespace airgov::transport
