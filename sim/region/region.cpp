#include "sim/region/region.hpp"

namespace airgov {

Region::Region(const RegionSpec& spec) : graph_(spec.jurisdictions.size()) {
  for (std::size_t i = 0; i < spec.jurisdictions.size(); ++i) {
    graph_[i].id = spec.jurisdictions[i].id;
    index_[spec.jurisdictions[i].id] = i;
  }
  for (const auto& tie : spec.ties) {
    const auto from = index_of(tie.from), to = index_of(tie.to);
    if (!from || !to) continue;  // the loader has already reported unknown ids
    add_tie(*from, *to, tie.kind);
  }
}

void Region::add_tie(std::size_t i, std::size_t j, const std::string& kind) {
  // Ties are mutual: both governments see and answer to each other.
  boost::add_edge(i, j, RegionEdge{EdgeLayer::institutional, kind, 1.0}, graph_);
  boost::add_edge(j, i, RegionEdge{EdgeLayer::institutional, kind, 1.0}, graph_);
}

std::optional<std::size_t> Region::index_of(const std::string& id) const {
  const auto it = index_.find(id);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

void Region::add_atmospheric_edges(const Matrix& source_receptor, double threshold) {
  for (std::size_t i = 0; i < size(); ++i) {
    for (std::size_t j = 0; j < size(); ++j) {
      if (i != j && source_receptor(i, j) > threshold) {
        boost::add_edge(i, j, RegionEdge{EdgeLayer::atmospheric, "transport", source_receptor(i, j)}, graph_);
      }
    }
  }
}

void Region::add_atmospheric_edges(const SparseSourceReceptor& source_receptor, double threshold) {
  for (std::size_t i = 0; i < size() && i < source_receptor.size(); ++i) {
    const auto receptors = source_receptor.receptors(i);
    const auto values = source_receptor.coefficients(i);
    for (std::size_t e = 0; e < receptors.size(); ++e) {
      if (receptors[e] != i && values[e] > threshold) {
        boost::add_edge(i, receptors[e], RegionEdge{EdgeLayer::atmospheric, "transport", values[e]}, graph_);
      }
    }
  }
}

std::vector<std::size_t> Region::successors(std::size_t i, EdgeLayer layer) const {
  std::vector<std::size_t> out;
  for (auto [e, end] = boost::out_edges(i, graph_); e != end; ++e) {
    if (graph_[*e].layer == layer) out.push_back(boost::target(*e, graph_));
  }
  return out;
}

}  // namespace airgov
