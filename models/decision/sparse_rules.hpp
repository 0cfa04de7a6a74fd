#pragma once
// The closed-form rules on a sparse source-receptor matrix (sim/interfaces/
// sparse_source_receptor.hpp), for regions above the dense limit: the same formulas as
// nash_abatement and planner_abatement, each source's sum running over its kept receptors only
// (ascending, as the dense loop runs, so with nothing dropped the result is the dense one). The
// game's dense `source_receptor` is not read and may be empty; dropped coefficients count as
// exported (they harm no one in the region), so the benefit of a cut is a slight underestimate,
// bounded by max_j d_j x dropped_i.
#include <vector>

#include "sim/interfaces/game.hpp"
#include "sim/interfaces/sparse_source_receptor.hpp"

namespace airgov::decision {

std::vector<double> nash_abatement(const GameParameters& game, const SparseSourceReceptor& t, double omega = 0.0);
std::vector<double> planner_abatement(const GameParameters& game, const SparseSourceReceptor& t);

}  // namespace airgov::decision
