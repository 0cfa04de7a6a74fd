#include "models/transport/sparse_source_receptor.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>
#include <vector>

namespace airgov::transport {

void append_source(SparseSourceReceptor& out, std::size_t source, std::vector<std::pair<std::uint32_t, double>>& candidates,
                   double already_dropped, double threshold, std::size_t max_per_source) {
  if (out.row_start.empty()) out.row_start.push_back(0);
  if (out.row_start.size() != source + 1) throw std::logic_error("sparse source-receptor: sources out of order");
  double own = 0.0;
  for (const auto& [j, v] : candidates) {
    if (j == source) own = v;
  }
  const double floor = threshold * own;
  // Largest first, ties by receptor; the source's own receptor ahead of all.
  std::sort(candidates.begin(), candidates.end(), [source](const auto& a, const auto& b) {
    if ((a.first == source) != (b.first == source)) return a.first == source;
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  double dropped = already_dropped;
  std::size_t kept = 0;
  for (const auto& c : candidates) {
    const bool keep = c.second != 0.0 && kept < max_per_source && (c.first == source || c.second >= floor);
    if (keep) {
      candidates[kept++] = c;
    } else {
      dropped += c.second;
    }
  }
  candidates.resize(kept);
  std::sort(candidates.begin(), candidates.end());  // ascending receptors
  for (const auto& [j, v] : candidates) {
    out.receptor.push_back(j);
    out.ugm3_per_t_per_year.push_back(v);
  }
  out.row_start.push_back(out.receptor.size());
  out.dropped_ugm3_per_t_per_year.push_back(dropped);
}

SparseSourceReceptor sparsify(const Matrix& t, double threshold, std::size_t max_per_source) {
  if (t.rows() != t.cols()) throw std::invalid_argument("sparsify: the source-receptor matrix is not square");
  if (!(threshold >= 0.0) || max_per_source == 0) throw std::invalid_argument("sparsify: threshold >= 0 and K > 0 needed");
  SparseSourceReceptor out;
  out.row_start.push_back(0);
  std::vector<std::pair<std::uint32_t, double>> candidates;
  for (std::size_t i = 0; i < t.rows(); ++i) {
    candidates.clear();
    for (std::size_t j = 0; j < t.cols(); ++j) candidates.emplace_back(static_cast<std::uint32_t>(j), t(i, j));
    append_source(out, i, candidates, 0.0, threshold, max_per_source);
  }
  return out;
}

}  // namespace airgov::transport
