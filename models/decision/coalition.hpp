#pragma once
// The "coalition" rule (MODEL.md sections 5.4 and 6): an agreement whose members maximise their
// joint payoff while outsiders best respond, and which holds only if it is stable.
//
// A coalition of size k is internally stable if no member gains by leaving, pi_s(k) >= pi_f(k-1),
// and externally stable if no outsider gains by joining, pi_f(k) > pi_s(k+1) (pi_s: payoff of a
// signatory, pi_f: of a fringe player). A tie therefore keeps members in and lets outsiders in.
// Payoff comparisons treat differences within 1e-12 relative as ties, so round-off never decides.
//
// Three parts: the size-based test for symmetric games, the symmetric linear-benefit model of
// Barrett (1994) and Carraro & Siniscalco (1993) it is checked on, and the rule for the
// heterogeneous airgov game, which applies the same test player by player.
#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "sim/interfaces/game.hpp"

namespace airgov::decision {

// ---- Stability of a coalition size in a symmetric game -----------------------------------------

struct SizePayoffs {
  std::function<double(std::size_t k)> signatory;  // pi_s(k), k = 1..n
  std::function<double(std::size_t k)> fringe;     // pi_f(k), k = 0..n-1
};

// pi_s(k) >= pi_f(k - 1); the empty coalition is internally stable.
bool internally_stable(std::size_t k, const SizePayoffs& payoffs);
// pi_f(k) > pi_s(k + 1); the grand coalition (k = n) is externally stable.
bool externally_stable(std::size_t k, std::size_t n, const SizePayoffs& payoffs);
// Every k in [0, n] that is both, ascending.
std::vector<std::size_t> stable_coalition_sizes(std::size_t n, const SizePayoffs& payoffs);

// pi_i = b Q - (c / 2) q_i^2, Q = sum q: each player's abatement benefits all equally. Outsiders
// abate b / c (own benefit only); the k members maximise their joint payoff and abate k b / c.
// The only stable size is 3 for every n >= 3.
struct LinearBenefitCoalitionGame {
  std::size_t players = 0;  // n >= 1
  double benefit = 1;       // b > 0
  double cost = 1;          // c > 0

  double fringe_abatement() const;               // b / c
  double member_abatement(std::size_t k) const;  // k b / c
  double total_abatement(std::size_t k) const;   // k^2 b / c + (n - k) b / c
  double signatory_payoff(std::size_t k) const;  // k in [1, n]
  double fringe_payoff(std::size_t k) const;     // k in [0, n - 1]
  SizePayoffs size_payoffs() const;
};

// ---- The heterogeneous airgov game --------------------------------------------------------------

// Abatement, t/yr, when the governments with member[i] maximise their joint payoff and the others
// play nash_abatement. Member i's marginal benefit is sum_{j in S} d_j T_ij + omega
// sum_{j not in S} d_j T_ij + subsidy, and it answers it as a lone government answers its own
// (institutional_best_response: expected fine below the target, legal floor, cap). The joint
// payoff is separable in each A_i, so this is exact and does not depend on what outsiders do.
// omega = game.institutions.omega. No members gives nash_abatement(game, omega); all members give
// planner_abatement when there are no subsidies or fines (the grand coalition counts the
// centre's money, the planner does not).
std::vector<double> coalition_abatement(const GameParameters& game,
                                        const std::vector<bool>& member);

// How members count their payoff when judging whether to stay (transfers move money only; the
// abatement of a coalition is the same under both).
enum class CoalitionSharing {
  none,             // each keeps its own payoff pi_i (MODEL.md's stability test as stated)
  chander_tulkens,  // each gets its all-Nash payoff plus a d_i-proportional share of the
                    // coalition's gain over all-Nash (outsiders play Nash in both)
};

// Each government's payoff, CNY/yr, when `member` forms: members' after sharing, outsiders' own
// (economics::payoffs at coalition_abatement).
std::vector<double> coalition_payoffs(const GameParameters& game, const std::vector<bool>& member,
                                      CoalitionSharing sharing);

struct CoalitionOutcome {
  std::vector<std::size_t> members;  // ascending region indices; empty: no agreement
  // No outsider would gain by joining (with no agreement: by joining the last one left, i.e.
  // no pair would form).
  bool externally_stable = true;
};

// Deterministic formation, from the grand coalition down:
//  1. while some member gains by leaving (internal stability fails), the member gaining most
//     leaves (ties: the highest index), and the rest re-optimise;
//  2. then, while some outsider weakly gains by joining and the coalition it joins stays
//     internally stable, the one gaining most joins (ties: the lowest index).
// The result is internally stable. It is externally stable unless an outsider wants in but the
// members would then leave (reported in externally_stable: no stable coalition is reachable by
// single moves from it). Both phases only shrink, then only grow, so at most 2n steps. A coalition
// of one is no agreement and is reported empty. In the symmetric game this finds k* = 3.
CoalitionOutcome form_coalition(const GameParameters& game,
                                CoalitionSharing sharing = CoalitionSharing::none);

// Forms the coalition of form_coalition each period on the period's game and writes the efforts
// of coalition_abatement. Payoffs are economics::payoffs (cost, linear damage, subsidy, expected
// fine); the best responses above match them, so they must change together.
class CoalitionRule final : public DecisionRule {
 public:
  explicit CoalitionRule(CoalitionSharing sharing = CoalitionSharing::none) : sharing_(sharing) {}
  std::string name() const override { return "coalition"; }
  void decide(const DecisionContext& context, std::span<double> effort) override;

  // Members of the coalition formed at the last decide() (empty before any), for reports.
  const std::vector<std::size_t>& members() const { return last_.members; }
  const CoalitionOutcome& last_outcome() const { return last_; }

 private:
  CoalitionSharing sharing_;
  CoalitionOutcome last_;
};

}  // namespace airgov::decision
