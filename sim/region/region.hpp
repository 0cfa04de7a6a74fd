#pragma once
// The region graph (Boost.Graph): one vertex per jurisdiction, in the order of the scenario, and
// two layers of directed edges: atmospheric exchange (i's emissions reach j) and institutional
// ties (i observes or is bound to j). The daily step never walks the graph: it works on the flat
// arrays of sim/state; the graph serves set-up, the rules that look at neighbours, and reports.
#include <boost/graph/adjacency_list.hpp>

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "sim/core/matrix.hpp"
#include "sim/interfaces/sparse_source_receptor.hpp"
#include "sim/scenario/scenario.hpp"

namespace airgov {

enum class EdgeLayer { atmospheric, institutional };

struct JurisdictionVertex {
  std::string id;
};

struct RegionEdge {
  EdgeLayer layer = EdgeLayer::atmospheric;
  std::string kind;    // "transport", or the tie's kind ("neighbour", "pairing", ...)
  double weight = 0;   // atmospheric: mean ug/m3 at the receptor per t/yr at the source
};

using RegionGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                          JurisdictionVertex, RegionEdge>;

class Region {
 public:
  explicit Region(const RegionSpec& spec);

  std::size_t size() const { return boost::num_vertices(graph_); }
  const RegionGraph& graph() const { return graph_; }
  std::optional<std::size_t> index_of(const std::string& id) const;

  // A mutual institutional tie (both directions) of the given kind.
  void add_tie(std::size_t i, std::size_t j, const std::string& kind);
  // Adds an atmospheric edge i -> j for every off-diagonal coefficient above `threshold`.
  void add_atmospheric_edges(const Matrix& source_receptor, double threshold);
  void add_atmospheric_edges(const SparseSourceReceptor& source_receptor, double threshold);
  // Jurisdictions j with an edge i -> j on `layer`.
  std::vector<std::size_t> successors(std::size_t i, EdgeLayer layer) const;

 private:
  RegionGraph graph_;
  std::unordered_map<std::string, std::size_t> index_;
};

}  // namespace airgov
