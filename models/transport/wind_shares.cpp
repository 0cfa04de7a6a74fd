#include "models/transport/wind_shares.hpp"

#include <cmath>
#include <limits>

#include "models/transport/geometry.hpp"

namespace airgov::transport {

double sector_toward_deg(int sector) {
  return std::fmod(sector * kSectorWidthDeg + 180.0, 360.0);
}

std::vector<double> wind_shares(std::span<const double> neighbour_bearings_deg,
                                const std::array<double, kWindSectors>& wind_from_frequency) {
  std::vector<double> shares(neighbour_bearings_deg.size(), 0.0);
  std::vector<std::size_t> closest;
  for (int k = 0; k < kWindSectors; ++k) {
    const double frequency = wind_from_frequency[static_cast<std::size_t>(k)];
    if (frequency == 0.0) continue;
    const double toward = sector_toward_deg(k);
    // Two passes so that every neighbour within the tie tolerance of the best one shares.
    double best = std::numeric_limits<double>::infinity();
    for (double bearing : neighbour_bearings_deg) {
      best = std::fmin(best, angular_difference_deg(bearing, toward));
    }
    closest.clear();
    for (std::size_t l = 0; l < neighbour_bearings_deg.size(); ++l) {
      if (angular_difference_deg(neighbour_bearings_deg[l], toward) <= best + kTieToleranceDeg) {
        closest.push_back(l);
      }
    }
    if (closest.empty() || best > kMaxAssignAngleDeg + kTieToleranceDeg) continue;  // leaves
    const double each = frequency / static_cast<double>(closest.size());
    for (std::size_t l : closest) shares[l] += each;
  }
  return shares;
}

}  // namespace airgov::transport
