#pragma once
// Which boxes exchange air when no borders are given: the Delaunay neighbours of the city
// centres (MODEL.md section 3), found as the dual of the Voronoi diagram, so that a city
// exchanges air with exactly the cities whose "catchment" touches its own.
#include <cstddef>
#include <span>
#include <utility>
#include <vector>

#include "models/transport/geometry.hpp"

namespace airgov::transport {

using NeighbourIndexPair = std::pair<std::size_t, std::size_t>;

// Delaunay neighbours of planar points (km): two points are neighbours when their Voronoi cells
// share an edge. Returns pairs (i, j) with i < j, sorted and without duplicates.
//
// - Coordinates are rounded to whole metres (Boost.Polygon's Voronoi builder is exact on
//   integers); |x|, |y| must stay below 1e6 km, else std::invalid_argument.
// - n = 0 or 1: no pairs; n = 2: one pair; collinear points: each point with the next along
//   the line.
// - Points on a common empty circle (a square grid) give the Delaunay *graph*: the four sides of
//   the square, no arbitrary diagonal, since the cells of opposite corners meet in one vertex,
//   not along an edge.
// - Points that coincide after rounding are neighbours of each other and share the neighbours of
//   that location.
// O(n log n): 100,000 points take a fraction of a second.
std::vector<NeighbourIndexPair> delaunay_neighbours(std::span<const PointKm> points);

// Convenience: projects (equirectangular about the points' mean) and then calls the above.
std::vector<NeighbourIndexPair> delaunay_neighbours(std::span<const LatLon> points);

}  // namespace airgov::transport
