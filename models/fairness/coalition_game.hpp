#pragma once
// The airgov game of MODEL.md section 4 as a cooperative game, for "transfers on top of
// cooperation (outsiders play Nash)" (sections 5 and 6).
//
// v(S) is the joint payoff of S when its members choose abatement to maximise it and everyone
// else plays Nash. With quadratic cost and linear damage every payoff is separable in each A_i
// (others' abatement only shifts X by a constant), so both choices are closed-form and do not
// depend on each other. i's marginal benefit of abatement is
//   member i of S:  sum_{j in S} d_j T_ij + omega sum_{j not in S} d_j T_ij + s,
//   outsider i:     d_i T_ii + omega sum_{j != i} d_j T_ij + s                (the Nash rule),
// answered by decision::institutional_best_response (expected fine below the target, legal
// floor, cap at max_effort * Ebar_i); omega = game.institutions.omega weighs the damage done to
// those outside one's own group, s is the subsidy. v(S) sums economics::payoffs over S, which
// price the same terms. v({i}) is i's Nash payoff; v(N) the grand coalition's total, the
// planner's when there are no subsidies or fines (the planner ignores the centre's money).
//
// The outsider's rule mirrors decision::nash_abatement (airgov_fairness does not link
// airgov_decision): the two must change together.
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "models/fairness/coalition_value.hpp"
#include "models/fairness/coalition_walk.hpp"
#include "models/fairness/shapley.hpp"
#include "sim/interfaces/game.hpp"

namespace airgov::fairness {

// Abatement, t/yr, when the members of `members` maximise their joint payoff and everyone else
// plays Nash. members = 0 gives the Nash profile, grand_coalition(n) the planner's. Throws
// std::invalid_argument for a malformed game, more than 64 players or omega outside [0, 1].
std::vector<double> coalition_abatement(const GameParameters& game, std::uint64_t members);

// v(S) = sum_{i in S} pi_i(coalition_abatement(game, S)), CNY/yr. Keeps its own copy of the game.
CoalitionValue coalition_value(const GameParameters& game);

// The same v(S) along a growing coalition, O(n) per arrival instead of O(n^2): when p joins S,
// only the members' marginal benefits change, each by (1 - omega) d_p T_ip, and
//   sum_{i in S} d_i X_i = sum_{i in S} d_i B_i + sum_k (Ebar_k - A_k) W_k,
//   W_k = sum_{j in S} d_j T_kj (the damage k's emissions do to the coalition),
// so W is updated in O(n), the members' abatement re-chosen, and the sums taken in O(n).
// Agrees with coalition_value to round-off (the sums are taken in another order). Keeps its own
// copy of the game; throws as coalition_abatement does.
std::unique_ptr<CoalitionWalk> coalition_walk(const GameParameters& game);

// pi_i at coalition_abatement(game, 0) and at the grand coalition.
std::vector<double> nash_payoffs(const GameParameters& game);
std::vector<double> cooperative_payoffs(const GameParameters& game);

// The Shapley value of v (exact or sampled per `options`, sampling along coalition_walk), CNY/yr.
ShapleyEstimate shapley_value(const GameParameters& game, const ShapleyOptions& options = {});

// Transfers that move every government from its cooperative payoff to its Shapley value; they
// sum to zero. `standard_error` of the estimate applies to them unchanged.
std::vector<double> shapley_transfers(const GameParameters& game, const ShapleyEstimate& shapley);

// Chander-Tulkens transfers with the damage weights d_i as shares of the total gain.
std::vector<double> chander_tulkens_transfers(const GameParameters& game);

}  // namespace airgov::fairness
