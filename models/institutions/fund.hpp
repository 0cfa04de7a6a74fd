#pragma once
// The regional fund (funding lever): rewards s A_i per tonne abated, paid after assessment, cut
// pro rata when their sum exceeds the fund.
#include <span>
#include <vector>

#include "sim/interfaces/game.hpp"

namespace airgov::institutions {

// Each government's reward for the period's abatement, CNY/yr.
std::vector<double> rewards_within_fund(const GameParameters& game, std::span<const double> abatement_t_per_year);

}  // namespace airgov::institutions
