#include "models/transport/neighbours.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <string>

#include <boost/polygon/voronoi.hpp>

namespace airgov::transport {
namespace {

using IntPoint = boost::polygon::point_data<std::int32_t>;

std::int32_t to_metres(double km, std::size_t index) {
  const double m = std::round(km * 1000.0);
  // Leave headroom below INT32_MAX: the builder computes differences of coordinates.
  constexpr double kLimit = 1.0e9;
  if (!(std::fabs(m) <= kLimit)) {
    throw std::invalid_argument("delaunay_neighbours: point " + std::to_string(index) +
                                " is outside +-1e6 km or not finite");
  }
  return static_cast<std::int32_t>(m);
}

void sort_unique(std::vector<NeighbourIndexPair>& pairs) {
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
}

NeighbourIndexPair ordered(std::size_t a, std::size_t b) {
  return a < b ? NeighbourIndexPair{a, b} : NeighbourIndexPair{b, a};
}

}  // namespace

std::vector<NeighbourIndexPair> delaunay_neighbours(std::span<const PointKm> points) {
  const std::size_t n = points.size();
  std::vector<IntPoint> rounded;
  rounded.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    rounded.emplace_back(to_metres(points[i].x_km, i), to_metres(points[i].y_km, i));
  }

  // The builder silently drops repeated points, so group them first: `order` sorts the input by
  // position, each run of equal positions is one site, represented by its first member.
  std::vector<std::size_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = i;
  const auto less = [&](std::size_t a, std::size_t b) {
    return std::pair(rounded[a].x(), rounded[a].y()) < std::pair(rounded[b].x(), rounded[b].y());
  };
  std::sort(order.begin(), order.end(), less);
  std::vector<IntPoint> sites;
  std::vector<std::size_t> group_start;  // into `order`, one per site, plus a sentinel
  for (std::size_t k = 0; k < n; ++k) {
    if (k == 0 || rounded[order[k]] != rounded[order[k - 1]]) {
      sites.push_back(rounded[order[k]]);
      group_start.push_back(k);
    }
  }
  group_start.push_back(n);
  const auto members = [&](std::size_t site) {
    return std::span<const std::size_t>(order.data() + group_start[site],
                                        group_start[site + 1] - group_start[site]);
  };

  std::vector<NeighbourIndexPair> pairs;
  for (std::size_t s = 0; s < sites.size(); ++s) {
    const auto group = members(s);
    for (std::size_t a = 0; a < group.size(); ++a) {
      for (std::size_t b = a + 1; b < group.size(); ++b) pairs.push_back(ordered(group[a], group[b]));
    }
  }
  if (sites.size() >= 2) {
    boost::polygon::voronoi_diagram<double> diagram;
    boost::polygon::construct_voronoi(sites.begin(), sites.end(), &diagram);
    pairs.reserve(pairs.size() + diagram.edges().size() / 2);
    for (const auto& edge : diagram.edges()) {
      // Every edge comes with its twin; keep one of the two. With point input all edges are
      // primary, the check only guards against future segment input.
      if (!edge.is_primary()) continue;
      const std::size_t a = edge.cell()->source_index();
      const std::size_t b = edge.twin()->cell()->source_index();
      if (a >= b) continue;
      for (std::size_t i : members(a)) {
        for (std::size_t j : members(b)) pairs.push_back(ordered(i, j));
      }
    }
  }
  sort_unique(pairs);
  return pairs;
}

std::vector<NeighbourIndexPair> delaunay_neighbours(std::span<const LatLon> points) {
  const std::vector<PointKm> projected = project_equirectangular(points);
  return delaunay_neighbours(std::span<const PointKm>(projected));
}

}  // namespace airgov::transport
