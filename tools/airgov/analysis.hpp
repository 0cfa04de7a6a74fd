#pragma once
// What `run` and `compare` compute beyond the engine's summary (MODEL.md sections 4, 5 and 7):
// attributable deaths, the game of the whole horizon and the transfers that share its gains,
// and statistics over replicates. The science is in models/ (health, fairness, economics); this
// file only feeds it the run's numbers.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "models/assembly/models.hpp"
#include "models/fairness/coalition_value.hpp"
#include "models/fairness/shapley.hpp"
#include "sim/interfaces/game.hpp"
#include "sim/record/run_summary.hpp"
#include "sim/scenario/scenario.hpp"
#include "sim/simulation/simulation.hpp"

namespace airgov::cli {

// One run of `rule` on the scenario with only the summary recorded (benchmarks, replicates).
RunSummary simulate(const ScenarioDescription& scenario, const assembly::ScenarioModels& models,
                    const std::string& rule, RunOptions options);

// Annual mean PM2.5 of each jurisdiction, region order.
std::vector<double> pm25_means(const std::vector<OutcomeTotals>& outcomes);

// ---- Health (MODEL.md section 7): one concentration-response function per report.

// A scenario reports health when its `health` section gives a baseline rate and an adult share.
bool health_configured(const HealthSpec& health);

// Deaths per year attributable to each jurisdiction's annual mean PM2.5, with the scenario's
// function, baseline rate and adults (population x adult_share). Empty when not configured.
std::vector<double> attributable_deaths(const ScenarioDescription& scenario, std::span<const double> pm25_annual_ugm3);

// Deaths per year avoided in each jurisdiction when its annual mean goes from `before` to `after`
// (negative when it rises). Empty when not configured.
std::vector<double> deaths_avoided(const ScenarioDescription& scenario, std::span<const double> before_ugm3,
                                   std::span<const double> after_ugm3);

// ---- The game of the whole horizon (the fairness computations' game).

// The levers in force on average over the horizon: each lever's day-weighted mean, after the
// scenario's dated events (applied as the engine applies them).
Levers mean_levers(const ScenarioDescription& scenario);

// The linear-quadratic game of MODEL.md section 4 over the whole horizon, in CNY per year: the
// transport expected over the horizon, the horizon's mean baseline emissions without policy
// (the annual baseline for a calendar year), mean_levers(), and the central government's
// inspection campaigns when it is enabled. Joint emergency warnings are not part of it.
GameParameters horizon_game(const ScenarioDescription& scenario, const assembly::ScenarioModels& models);

// Full cooperation with compensation, on the horizon's game: the Nash and grand-coalition
// payoffs, the Shapley value of the coalition game (outsiders play Nash; exact up to 16 players,
// else `permutations` orders sampled from RandomStream(seed, 0, 0, k, sampling)), and the
// Shapley and Chander-Tulkens transfers on top of cooperation, which make every government gain
// relative to Nash when the game allows it. CNY per year.
struct GameFairness {
  std::vector<double> nash_payoff;
  std::vector<double> cooperative_payoff;
  fairness::ShapleyEstimate shapley;
  std::vector<double> shapley_transfer;
  std::vector<double> chander_tulkens_transfer;
  double total_gain() const;
  double max_standard_error() const;
};

inline constexpr std::size_t kShapleyPermutations = 2000;

GameFairness game_fairness(const GameParameters& game, std::uint64_t seed,
                           std::size_t permutations = kShapleyPermutations);

// ---- Switching from one outcome to another (compare: scenario A -> scenario B).
//
// What each government gets and pays when every government moves from A's outcome to B's, and
// transfers that make everyone gain. The cooperative game is the switching game: v(S) is the
// joint gain of S when the members of S switch from A's abatement to B's and the others keep
// A's. With linear damage and transport it is pairwise:
//   v(S) = sum_{i in S} own_i + sum_{i, k in S, k != i} e_ki,
// e_ki = d_i T_ki (a_k^B - a_k^A) x years (what k's extra abatement spares i), own_i = g_i -
// sum_{k != i} e_ki (the rest of i's gain g_i: its own cost, fines and rewards, its own
// abatement's effect on itself, weather and emergency cuts). Its Shapley value is exact for any n:
//   phi_i = own_i + 1/2 sum_{k != i} (e_ki + e_ik),
// so the Shapley transfer phi_i - g_i = 1/2 sum_{k != i} (e_ik - e_ki): each government is paid
// half of what its extra abatement spares the others and pays half of what theirs spares it.
// Chander-Tulkens: every government ends with its payoff in A plus a share of the total gain
// proportional to its damage weight d_i (everyone gains whenever the total gain is positive).
struct Outcome {
  std::vector<double> payoff_cny;             // over the run
  std::vector<double> abatement_t_per_year;   // mean over the run
};

struct SwitchingFairness {
  std::vector<double> gain;  // payoff B - payoff A
  std::vector<double> shapley_value;
  std::vector<double> shapley_transfer;
  std::vector<double> chander_tulkens_transfer;
  double total_gain = 0;
};

// `game` gives d and T (B's horizon game); `years` = run days / 365 turns CNY/yr into the run's
// money. Throws std::invalid_argument when sizes differ.
SwitchingFairness switching_fairness(const GameParameters& game, const Outcome& from, const Outcome& to,
                                     double years);

// The switching game's v(S) itself (for checking the closed form against fairness::shapley_exact).
fairness::CoalitionValue switching_game(const GameParameters& game, const Outcome& from, const Outcome& to,
                                        double years);

// ---- Statistics over replicates.

// The q-quantile (0 <= q <= 1) by linear interpolation between order statistics (type 7 of
// Hyndman & Fan, the default of R and NumPy). Throws std::invalid_argument when empty.
double quantile(std::vector<double> values, double q);

struct Interval {
  double mean = 0;
  double p05 = 0;  // 5th percentile
  double p95 = 0;  // 95th percentile
};
Interval interval_of(std::span<const double> values);

inline constexpr const char* kIntervalNote =
    "90 % interval: 5th and 95th percentiles over the replicates, linear interpolation between "
    "order statistics (type 7, as NumPy and R); with fewer than 20 replicates its ends lie "
    "between the two lowest and the two highest values, and one replicate gives no interval";

}  // namespace airgov::cli
