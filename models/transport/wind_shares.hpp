#pragma once
// Which neighbour the wind carries a box's air to (MODEL.md section 3, w_il).
#include <array>
#include <span>
#include <vector>

namespace airgov::transport {

inline constexpr int kWindSectors = 16;
inline constexpr double kSectorWidthDeg = 360.0 / kWindSectors;  // 22.5
// A sector's air goes to a neighbour only if the neighbour lies within this angle of the
// direction the air moves; otherwise it leaves the region. 45 deg = half the gap between the
// four neighbours of a square grid, so on a grid every direction finds a neighbour.
inline constexpr double kMaxAssignAngleDeg = 45.0;
// Bearings this close count as an exact tie (round-off in the bearing computation).
inline constexpr double kTieToleranceDeg = 1e-9;

// w_il for one box i: the fraction of the regime's wind that carries air from i toward each of
// its neighbours l, in the order of `neighbour_bearings_deg` (bearing i -> l, degrees clockwise
// from north). `wind_from_frequency[k]` is the frequency of wind blowing FROM sector k, centred
// at k * 22.5 deg (meteorological convention); that air moves TOWARD k * 22.5 + 180 deg. Each
// sector goes whole to the neighbour whose bearing is angularly closest to that direction, split
// equally on exact ties, and to nobody (out of the region) when none is within 45 deg.
// The shares sum to at most the sum of the frequencies; 1 - sum is the part leaving the region.
std::vector<double> wind_shares(std::span<const double> neighbour_bearings_deg,
                                const std::array<double, kWindSectors>& wind_from_frequency);

// Direction (deg clockwise from north) the air of sector k moves toward.
double sector_toward_deg(int sector);

}  // namespace airgov::transport
