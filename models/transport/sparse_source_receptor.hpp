#pragma once
// Sparse source-receptor matrices (sim/interfaces/sparse_source_receptor.hpp) for regions above
// the dense limit: from a dense matrix (for tests and small regions), and the steady response of
// one regime of the sparse box network computed source by source by a local push, never n x n.
//
// Threshold: T(i, j) is kept when T(i, j) >= threshold x T(i, i), then at most K per source (the
// largest; the source's own receptor always). Defaults 1e-4 and 64 (docs/performance.md: an
// assumption, with the measured share dropped). The dropped coefficients' sum is booked per source.
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "sim/core/matrix.hpp"
#include "sim/interfaces/sparse_source_receptor.hpp"

namespace airgov::transport {

inline constexpr double kSparseSourceReceptorThreshold = 1e-4;
inline constexpr std::size_t kSparseSourceReceptorMaxPerSource = 64;

// Row i of `t` (row = source) kept where T(i, j) >= threshold x T(i, i) (threshold 0 keeps every
// non-zero), at most max_per_source per row.
SparseSourceReceptor sparsify(const Matrix& t, double threshold = kSparseSourceReceptorThreshold,
                              std::size_t max_per_source = kSparseSourceReceptorMaxPerSource);

// Keeps per source the receptors of (receptor, value) candidates passing the rule above and
// appends them to `out` (used by sparsify and by the box network's local push).
void append_source(SparseSourceReceptor& out, std::size_t source, std::vector<std::pair<std::uint32_t, double>>& candidates,
                   double already_dropped, double threshold, std::size_t max_per_source);

}  // namespace airgov::transport
