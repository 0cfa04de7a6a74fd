#pragma once
// The "evolutionary" rule, agent form (MODEL.md section 5.3): each government holds a binary
// strategy and imitates its neighbours on the institutional graph. The analytic form (replicator
// dynamics) is in replicator.hpp.
//
//   C (joint prevention): abate at the agreed effort: the planner's capped abatement of the
//     period (planner_abatement), and at least the binding target of the laws when there is one;
//   D (territorial): the Nash best response to damages and cost alone (territorial_abatement:
//     nash_abatement on the period's game without the incentive terms, i.e. target, detection,
//     penalty and subsidy removed; omega and the legal floor kept). A defector does not adjust
//     to the incentives: it keeps its territorial effort and bears the expected penalty on its
//     shortfall from the target (the "central penalty F on defectors" of MODEL.md section 6). Were
//     D the full institutional best response (the nash rule), it would maximise i's own payoff
//     and C could never beat it, whatever the penalty.
//
// Period by period:
//   1. first period of a run: strategies drawn from the initial cooperator share (exactly
//      round(share * n) cooperators; agent i draws a key u_i from RandomStream(seed, replicate, i,
//      period, Purpose::decision) and the agents with the smallest keys cooperate), or given
//      explicitly;
//   2. every later period, before acting: pairwise imitation with the Fermi rule. Government i
//      picks one neighbour j uniformly (context.neighbours[i]; all other governments when it has
//      none) and, if j plays the other strategy, adopts it with probability
//      1 / (1 + exp(-g_i / K)), where g_i is what switching to j's strategy would change in i's
//      OWN payoff of this period's game, the others fixed (closed-form payoffs plus the
//      institutional terms; +stake_i from D to C, -stake_i from C to D). Governments learn which
//      strategies exist from their neighbours but judge them on their own situation: comparing
//      the raw payoffs of unlike cities (pi_j - pi_i) would mostly compare their sizes and
//      exposures, and then cooperation need not spread even where it pays every government (the
//      classroom scenario showed that drift). Both draws come from RandomStream(seed, replicate,
//      i, period, Purpose::imitation) and every agent reads the same, pre-update strategies
//      (synchronous update): the outcome never depends on the order agents are processed in;
//   3. each government plays the effort of its strategy.
// Imitation only copies strategies present in the population (no mutation): all-C and all-D are
// absorbing, and a strategy that has died out never reappears.
//
// The noise scale K (CNY/yr) is, unless given, relative to what is at stake in the choice:
// K = relative_noise * mean_i |pi_i(C) - pi_i(D)|, the payoff difference of switching strategy
// with the others fixed (independent of the others in this game, whose payoffs are separable).
// With relative_noise = 0.1 (an assumption) a government copies a neighbour doing worse by the
// typical stake with probability 1 / (1 + e^10) ~ 5e-5: strong selection with rare mistakes. If
// nothing is at stake (C and D prescribe the same efforts), K = relative_noise * mean_i |pi_i|.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "sim/interfaces/game.hpp"

namespace airgov::decision {

enum class Strategy : std::uint8_t { defect = 0, cooperate = 1 };

struct EvolutionaryOptions {
  double initial_cooperator_share = 0.5;     // in [0, 1]
  std::vector<Strategy> initial_strategies;  // if not empty, used instead of the share
  double relative_noise = 0.1;               // K relative to the mean stake, > 0
  double noise_scale_cny = 0;                // if > 0, K in CNY/yr, overriding relative_noise
};

// Effort (fraction of baseline) each government plays under C and under D this period.
struct StrategyEfforts {
  std::vector<double> cooperate;
  std::vector<double> defect;
};
StrategyEfforts strategy_efforts(const GameParameters& game);

// The defectors' abatement, t/yr, as described above.
std::vector<double> territorial_abatement(const GameParameters& game);

// Payoffs of the period, CNY/yr, if each government plays the effort of its strategy:
// economics::payoffs, -(K_i + d_i X_i) - p F max(0, target_i - A_i) + s A_i.
std::vector<double> strategy_payoffs(const GameParameters& game,
                                     std::span<const Strategy> strategies);

// pi_i(C) - pi_i(D) with the others' strategies fixed (the same for every profile).
std::vector<double> cooperation_stakes(const GameParameters& game);

// K as documented above; throws std::invalid_argument unless relative_noise > 0.
double automatic_noise_scale(const GameParameters& game, double relative_noise);

// Probability of adopting the other's strategy when it pays `payoff_gain` more: the Fermi
// function 1 / (1 + exp(-gain / K)); for K = 0 a step (1/2 on a tie).
double fermi_probability(double payoff_gain, double noise_scale);

// Initial strategies as in step 1; throws std::invalid_argument unless share in [0, 1].
std::vector<Strategy> initial_strategies(std::size_t n, double cooperator_share, std::uint64_t seed,
                                         std::uint64_t replicate, int period);

// Government `agent`'s strategy after one imitation step (step 2), reading only its own stream,
// the current strategies and each government's stake (cooperation_stakes).
Strategy imitate(const DecisionContext& context, std::span<const Strategy> strategies,
                 std::span<const double> stake_cny, double noise_scale, std::size_t agent);

class EvolutionaryRule final : public DecisionRule {
 public:
  explicit EvolutionaryRule(EvolutionaryOptions options = {});
  std::string name() const override { return "evolutionary"; }
  // A call whose period is not after the last one seen (or whose game changed size) starts a new
  // run: strategies are drawn afresh (step 1); otherwise they are updated (step 2).
  void decide(const DecisionContext& context, std::span<double> effort) override;

  // Current strategies (after the last decide), region order; empty before the first call.
  const std::vector<Strategy>& strategies() const { return strategies_; }
  // Share of cooperators among them (0 before the first call).
  double cooperator_share() const;
  // K used by the last imitation step (0 before the first one).
  double noise_scale() const { return noise_scale_; }

 private:
  EvolutionaryOptions options_;
  std::vector<Strategy> strategies_;
  int last_period_ = 0;
  double noise_scale_ = 0;
};

}  // namespace airgov::decision
