#include "models/transport/geometry.hpp"

#include <cmath>
#include <numbers>

namespace airgov::transport {
namespace {

constexpr double kDegToRad = std::numbers::pi / 180.0;
constexpr double kRadToDeg = 180.0 / std::numbers::pi;

}  // namespace

double great_circle_km(LatLon a, LatLon b) {
  const double phi1 = a.lat_deg * kDegToRad;
  const double phi2 = b.lat_deg * kDegToRad;
  const double sin_dphi = std::sin(0.5 * (phi2 - phi1));
  const double sin_dlambda = std::sin(0.5 * (b.lon_deg - a.lon_deg) * kDegToRad);
  const double h = sin_dphi * sin_dphi + std::cos(phi1) * std::cos(phi2) * sin_dlambda * sin_dlambda;
  return 2.0 * kEarthRadiusKm * std::asin(std::sqrt(std::fmin(1.0, h)));
}

double initial_bearing_deg(LatLon a, LatLon b) {
  const double phi1 = a.lat_deg * kDegToRad;
  const double phi2 = b.lat_deg * kDegToRad;
  const double dlambda = (b.lon_deg - a.lon_deg) * kDegToRad;
  // On a meridian sin(dlambda) is exactly 0, so atan2 returns exactly 0 or pi: a box due south
  // of another gets bearing 180 with no round-off, which keeps the wind assignment exact.
  const double y = std::sin(dlambda) * std::cos(phi2);
  const double x = std::cos(phi1) * std::sin(phi2) - std::sin(phi1) * std::cos(phi2) * std::cos(dlambda);
  double deg = std::atan2(y, x) * kRadToDeg;
  if (deg < 0) deg += 360.0;
  if (deg >= 360.0) deg -= 360.0;
  return deg;
}

PointKm project_equirectangular(LatLon p, LatLon origin) {
  const double cos_lat0 = std::cos(origin.lat_deg * kDegToRad);
  return {kEarthRadiusKm * (p.lon_deg - origin.lon_deg) * kDegToRad * cos_lat0,
          kEarthRadiusKm * (p.lat_deg - origin.lat_deg) * kDegToRad};
}

std::vector<PointKm> project_equirectangular(std::span<const LatLon> points) {
  LatLon origin;
  if (!points.empty()) {
    for (const LatLon& p : points) {
      origin.lat_deg += p.lat_deg;
      origin.lon_deg += p.lon_deg;
    }
    origin.lat_deg /= static_cast<double>(points.size());
    origin.lon_deg /= static_cast<double>(points.size());
  }
  std::vector<PointKm> out;
  out.reserve(points.size());
  for (const LatLon& p : points) out.push_back(project_equirectangular(p, origin));
  return out;
}

double angular_difference_deg(double a_deg, double b_deg) {
  double d = std::fmod(std::fabs(a_deg - b_deg), 360.0);
  return d > 180.0 ? 360.0 - d : d;
}

}  // namespace airgov::transport
