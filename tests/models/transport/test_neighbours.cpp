// Delaunay neighbours via the Voronoi dual: small exact cases, the 31 cities, a brute-force
// empty-circle check, and scale.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "cities_csv.hpp"
#include "models/transport/neighbours.hpp"

namespace airgov::transport {
namespace {

using Pairs = std::vector<NeighbourIndexPair>;

TEST(Neighbours, SquarePlusCentreHasEightEdges) {
  const std::vector<PointKm> pts = {{0, 0}, {2, 0}, {2, 2}, {0, 2}, {1, 1}};
  const Pairs expected = {{0, 1}, {0, 3}, {0, 4}, {1, 2}, {1, 4}, {2, 3}, {2, 4}, {3, 4}};
  EXPECT_EQ(delaunay_neighbours(pts), expected);
}

TEST(Neighbours, CocircularSquareGivesTheDelaunayGraphWithoutDiagonal) {
  // Opposite corners' Voronoi cells meet in a single vertex, not along an edge.
  const std::vector<PointKm> pts = {{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  const Pairs expected = {{0, 1}, {0, 3}, {1, 2}, {2, 3}};
  EXPECT_EQ(delaunay_neighbours(pts), expected);
}

TEST(Neighbours, SmallCounts) {
  EXPECT_TRUE(delaunay_neighbours(std::vector<PointKm>{}).empty());
  EXPECT_TRUE(delaunay_neighbours(std::vector<PointKm>{{5, 5}}).empty());
  EXPECT_EQ(delaunay_neighbours(std::vector<PointKm>{{0, 0}, {100, 50}}), (Pairs{{0, 1}}));
}

TEST(Neighbours, CollinearPointsChainAlongTheLine) {
  // Given out of order: neighbours are consecutive along the line, not in input order.
  const std::vector<PointKm> pts = {{30, 30}, {0, 0}, {20, 20}, {10, 10}, {40, 40}};
  const Pairs expected = {{0, 2}, {0, 4}, {1, 3}, {2, 3}};
  EXPECT_EQ(delaunay_neighbours(pts), expected);
}

TEST(Neighbours, CoincidentPointsAreNeighboursAndShareNeighbours) {
  const std::vector<PointKm> pts = {{0, 0}, {10, 0}, {0, 0}};
  const Pairs expected = {{0, 1}, {0, 2}, {1, 2}};
  EXPECT_EQ(delaunay_neighbours(pts), expected);
}

TEST(Neighbours, RejectsNonFiniteAndHugeCoordinates) {
  EXPECT_THROW(delaunay_neighbours(std::vector<PointKm>{{0, 0}, {3e6, 0}}), std::invalid_argument);
  EXPECT_THROW(delaunay_neighbours(std::vector<PointKm>{{0, 0}, {NAN, 0}}), std::invalid_argument);
}

// (i, j) is a Delaunay edge iff some circle through both has every other point strictly
// outside. Centres c(t) = mid + t * perp; each other point k gives a linear constraint on t.
Pairs brute_force_delaunay(const std::vector<PointKm>& p) {
  Pairs out;
  for (std::size_t i = 0; i < p.size(); ++i) {
    for (std::size_t j = i + 1; j < p.size(); ++j) {
      const double mx = 0.5 * (p[i].x_km + p[j].x_km), my = 0.5 * (p[i].y_km + p[j].y_km);
      const double vx = -(p[j].y_km - p[i].y_km), vy = p[j].x_km - p[i].x_km;
      double lo = -1e300, hi = 1e300;
      bool empty = true;
      for (std::size_t k = 0; k < p.size() && empty; ++k) {
        if (k == i || k == j) continue;
        const double dx = p[k].x_km - p[i].x_km, dy = p[k].y_km - p[i].y_km;
        const double pk2 = p[k].x_km * p[k].x_km + p[k].y_km * p[k].y_km;
        const double pi2 = p[i].x_km * p[i].x_km + p[i].y_km * p[i].y_km;
        const double a = pk2 - pi2 - 2 * (mx * dx + my * dy);
        const double b = -2 * (vx * dx + vy * dy);
        if (b == 0) {
          if (a <= 0) empty = false;
        } else if (b > 0) {
          lo = std::max(lo, -a / b);
        } else {
          hi = std::min(hi, -a / b);
        }
      }
      if (empty && lo < hi) out.emplace_back(i, j);
    }
  }
  return out;
}

TEST(Neighbours, MatchesBruteForceEmptyCircleOnRandomPoints) {
  std::mt19937_64 rng(42);
  std::uniform_int_distribution<int> coord(0, 500000);  // metres, so rounding is exact
  std::vector<PointKm> pts;
  for (int k = 0; k < 150; ++k) pts.push_back({coord(rng) / 1000.0, coord(rng) / 1000.0});
  EXPECT_EQ(delaunay_neighbours(pts), brute_force_delaunay(pts));
}

TEST(Neighbours, ThirtyOneCitiesAreConnectedAndLangfangLinksBeijingAndTianjin) {
  const auto cities = test::read_cities();
  ASSERT_EQ(cities.size(), 31u);
  std::vector<LatLon> centres;
  for (const auto& c : cities) centres.push_back(c.box.centre);
  const Pairs pairs = delaunay_neighbours(std::span<const LatLon>(centres));
  const auto id = [&](const char* name) { return test::city_index(cities, name); };
  const auto has = [&](std::size_t a, std::size_t b) {
    return std::binary_search(pairs.begin(), pairs.end(),
                              NeighbourIndexPair{std::min(a, b), std::max(a, b)});
  };
  const std::size_t beijing = id("beijing"), tianjin = id("tianjin"), langfang = id("langfang");
  EXPECT_TRUE(has(beijing, langfang));
  EXPECT_TRUE(has(tianjin, langfang));
  // Beijing and Tianjin share a border, but their centres are not Delaunay neighbours: Langfang's
  // centre lies 5.7 km off the segment between them (and Tangshan closes the circle on the other
  // side), so every circle through both contains another city. Air goes via Langfang; shared
  // borders must be given as explicit neighbour pairs (MODEL.md: "when borders are given").
  EXPECT_FALSE(has(beijing, tianjin));
  std::vector<std::string> beijing_neighbours;
  for (std::size_t k = 0; k < cities.size(); ++k) {
    if (k != beijing && has(beijing, k)) beijing_neighbours.push_back(cities[k].id);
  }
  EXPECT_EQ(beijing_neighbours, (std::vector<std::string>{"tangshan", "baoding", "zhangjiakou",
                                                           "chengde", "langfang"}));
  // Independent check of all 31 cities: the empty-circle criterion on the same projection.
  EXPECT_EQ(pairs, brute_force_delaunay(project_equirectangular(centres)));
  EXPECT_TRUE(std::is_sorted(pairs.begin(), pairs.end()));
  // Connected: a flood fill from Beijing reaches all 31.
  std::vector<char> seen(cities.size(), 0);
  std::vector<std::size_t> stack = {beijing};
  seen[beijing] = 1;
  while (!stack.empty()) {
    const std::size_t k = stack.back();
    stack.pop_back();
    for (const auto& [i, j] : pairs) {
      const std::size_t other = i == k ? j : (j == k ? i : k);
      if (other != k && !seen[other]) {
        seen[other] = 1;
        stack.push_back(other);
      }
    }
  }
  EXPECT_EQ(std::count(seen.begin(), seen.end(), 1), 31);
  // A planar triangulation of 31 points has at most 3n - 6 = 87 edges.
  EXPECT_LE(pairs.size(), 87u);
  EXPECT_GE(pairs.size(), 30u);
}

// Convex hull size (monotone chain, collinear points excluded), for Euler's formula.
std::size_t hull_size(std::vector<PointKm> p) {
  std::sort(p.begin(), p.end(), [](const PointKm& a, const PointKm& b) {
    return a.x_km < b.x_km || (a.x_km == b.x_km && a.y_km < b.y_km);
  });
  const auto cross = [](const PointKm& o, const PointKm& a, const PointKm& b) {
    return (a.x_km - o.x_km) * (b.y_km - o.y_km) - (a.y_km - o.y_km) * (b.x_km - o.x_km);
  };
  std::vector<PointKm> h(2 * p.size());
  std::size_t k = 0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    while (k >= 2 && cross(h[k - 2], h[k - 1], p[i]) <= 0) --k;
    h[k++] = p[i];
  }
  for (std::size_t i = p.size() - 1, t = k + 1; i-- > 0;) {
    while (k >= t && cross(h[k - 2], h[k - 1], p[i]) <= 0) --k;
    h[k++] = p[i];
  }
  return k - 1;
}

TEST(Neighbours, HundredThousandRandomPointsQuickly) {
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<int> coord(0, 900000000);  // metres over 900,000 km
  const std::size_t n = 100000;
  std::vector<PointKm> pts(n);
  for (auto& p : pts) p = {coord(rng) / 1000.0, coord(rng) / 1000.0};
  const auto start = std::chrono::steady_clock::now();
  const Pairs pairs = delaunay_neighbours(pts);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // Euler: a triangulation has 3n - 3 - h edges; a (rare) cocircular quadruple loses one.
  const std::size_t triangulation_edges = 3 * n - 3 - hull_size(pts);
  EXPECT_LE(pairs.size(), triangulation_edges);
  EXPECT_GE(pairs.size() + 3, triangulation_edges);
  EXPECT_TRUE(std::adjacent_find(pairs.begin(), pairs.end()) == pairs.end());
  RecordProperty("delaunay_100k_seconds", std::to_string(seconds));
#ifdef NDEBUG
  // About 0.3 s optimised; an O(n^2) regression would take minutes. Generous for a busy machine.
  EXPECT_LT(seconds, 10.0) << "Delaunay of 100,000 points took " << seconds << " s";
#endif
}

}  // namespace
}  // namespace airgov::transport
