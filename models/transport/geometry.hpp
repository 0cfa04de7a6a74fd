#pragma once
// Geometry on the sphere for the box network: how far apart two city centres are, in which
// direction one lies from the other (the wind assignment needs it), and a flat local projection
// in km (the Delaunay triangulation needs planar coordinates).
#include <span>
#include <vector>

namespace airgov::transport {

// Mean Earth radius (IUGG R1), km. A sphere is accurate to ~0.5 % for distances, far better than
// the box model it feeds.
inline constexpr double kEarthRadiusKm = 6371.0088;

struct LatLon {
  double lat_deg = 0;
  double lon_deg = 0;
};

struct PointKm {
  double x_km = 0;  // east
  double y_km = 0;  // north
};

// Great-circle distance (haversine, well-conditioned for short distances), km.
double great_circle_km(LatLon a, LatLon b);

// Initial bearing of the great circle from a to b, degrees clockwise from north in [0, 360).
// Due south along a meridian is exactly 180, due north exactly 0. Undefined (returns 0) when
// a == b.
double initial_bearing_deg(LatLon a, LatLon b);

// Local equirectangular projection about `origin`: x = R (lon - lon0) cos(lat0), y = R (lat -
// lat0). Good to a few per cent over a region of ~1000 km, which is all a neighbour search needs.
PointKm project_equirectangular(LatLon p, LatLon origin);

// Projects all points about their mean latitude and longitude (the region's centre; a region
// straddling the 180th meridian would need another origin, none of ours does).
std::vector<PointKm> project_equirectangular(std::span<const LatLon> points);

// Smallest absolute difference between two directions, degrees in [0, 180].
double angular_difference_deg(double a_deg, double b_deg);

}  // namespace airgov::transport
