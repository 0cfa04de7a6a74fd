#pragma once
// A source-receptor matrix kept sparse, for regions too large for the n x n Matrix (above
// models/assembly's dense limit): CSR by source, only the receptors a source's emission reaches
// with a coefficient >= a threshold (relative to the source's own T(i, i)), at most K per source.
// What is dropped is not lost: per source its sum is kept in `dropped_ugm3_per_t_per_year` and
// booked as exported (carried out of the region), so each source's mass still balances.
// Built by models/transport/sparse_source_receptor.hpp; read by the sparse paths of the rules.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace airgov {

struct SparseSourceReceptor {
  std::vector<std::size_t> row_start;  // size n + 1: source i's entries are [row_start[i], row_start[i + 1])
  std::vector<std::uint32_t> receptor;  // ascending within a source
  std::vector<double> ugm3_per_t_per_year;  // T(i, receptor)
  std::vector<double> dropped_ugm3_per_t_per_year;  // per source: the sum of T(i, j) dropped

  std::size_t size() const { return row_start.empty() ? 0 : row_start.size() - 1; }
  std::size_t nonzeros() const { return receptor.size(); }
  std::span<const std::uint32_t> receptors(std::size_t source) const {
    return {receptor.data() + row_start[source], row_start[source + 1] - row_start[source]};
  }
  std::span<const double> coefficients(std::size_t source) const {
    return {ugm3_per_t_per_year.data() + row_start[source], row_start[source + 1] - row_start[source]};
  }
};

}  // namespace airgov
