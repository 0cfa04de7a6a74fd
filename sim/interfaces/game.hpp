#pragma once
// Interfaces: the governments' game (payoffs) and how they decide. Implemented in
// models/economics/ and models/decision/. Abatement is absolute, A_i = a_i * Ebar_i (t/yr);
// the engine stores the fraction a_i ("effort"). Money is in CNY per year of the period.
#include <cstdint>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "sim/core/date.hpp"
#include "sim/core/matrix.hpp"
#include "sim/interfaces/sparse_source_receptor.hpp"
#include "sim/scenario/scenario.hpp"

namespace airgov {

// What the six levers put into each government's payoff in a period (MODEL.md section 4),
// derived in models/institutions/; docs/levers.md gives every mapping and its status.
// Payoff of i: -K_i(A_i) - d_i X_i - p F max(0, target_i - A_i) + s A_i (+ transfers).
struct InstitutionalTerms {
  double omega = 0;                  // weight on the damage i causes others (organizational mechanism)
  double target_effort = 0;          // binding target, fraction of baseline (laws and regulations)
  double detection_probability = 0;  // p: chance a shortfall is detected (enforcement, platform)
  double penalty_cny_per_t = 0;      // F: fine per t/yr of shortfall (laws and regulations)
  double legal_floor_effort = 0;     // effort the law enforces outright (laws and regulations)
  double subsidy_cny_per_t = 0;      // reward per t/yr abated, paid after assessment (funding)
  // Rewards paid in a year never exceed the regional fund (unlimited unless the funding lever
  // sets it, e.g. for games given directly).
  double fund_cny_per_year = std::numeric_limits<double>::infinity();
  double observation_noise = 0;      // relative sd of what a government sees of others (platform)
  double warning_lead_days = 0;      // how early heavy-pollution warnings come (platform)
};

// The linear-quadratic game of one decision period (MODEL.md section 4).
struct GameParameters {
  std::vector<double> baseline_t_per_year;  // Ebar_i, emissions without policy
  std::vector<double> cost_coefficient;     // c_i in K_i = c_i A_i^2 / 2 (technology included)
  std::vector<double> damage_weight;        // d_i in D_i = d_i X_i, CNY per ug/m3
  Matrix source_receptor;                   // expected T over the period's weather
  // Above the dense limit (models/assembly) the expected T kept sparse instead; source_receptor
  // is then empty (0 x 0) and the rules read this one (docs/performance.md).
  std::shared_ptr<const SparseSourceReceptor> sparse_source_receptor;
  std::vector<double> background_ugm3;      // expected B_j
  double max_effort = 1;                    // a_max
  Levers levers;                            // in force during the period
  InstitutionalTerms institutions;          // what the levers make of the payoffs
  std::size_t size() const { return baseline_t_per_year.size(); }
};

// Money terms of one period, per jurisdiction, CNY per year.
struct PeriodAccount {
  std::vector<double> abatement_cost_cny;
  std::vector<double> damage_cny;
  std::vector<double> transfer_cny;  // net received: rewards and compensation minus fines
  std::vector<double> payoff_cny;    // -(cost + damage) + transfer
};

class GameModel {
 public:
  virtual ~GameModel() = default;
  // The game in force given the levers and the expected transport of the period.
  virtual GameParameters game(const Levers& levers, const Matrix& expected_source_receptor,
                              std::span<const double> expected_background_ugm3,
                              std::span<const double> baseline_t_per_year) const = 0;
  virtual PeriodAccount account(const GameParameters& game, std::span<const double> effort,
                                std::span<const double> concentration_ugm3) const = 0;
};

struct DecisionContext {
  const GameParameters& game;
  int period = 0;
  std::span<const double> previous_effort;
  // Institutional layer of the region graph: the governments each one observes and imitates.
  std::span<const std::vector<std::size_t>> neighbours;
  // Key of the run's random streams; rules draw from RandomStream(seed, replicate, agent,
  // period, Purpose::decision / observation / imitation) so results never depend on order.
  std::uint64_t seed = 0;
  std::uint64_t replicate = 0;
};

class DecisionRule {
 public:
  virtual ~DecisionRule() = default;
  virtual std::string name() const = 0;
  // Writes each government's effort (fraction of baseline, in [0, max_effort]) for the period.
  virtual void decide(const DecisionContext& context, std::span<double> effort) = 0;
};

// The central government (MODEL.md section 2): inspection campaigns raise the chance that a
// shortfall is found; after each period it fines the shortfalls its inspections detect and pays
// the regional fund's rewards for abatement ("reward instead of subsidy"). Implemented in
// models/institutions/.
class CentralGovernment {
 public:
  virtual ~CentralGovernment() = default;
  // Adds the detection of the inspection campaigns in force during [start, start + days).
  virtual void prepare(GameParameters& game, Date start, int days) const = 0;
  // Net money each government receives for the period, CNY/yr: rewards minus the fines of the
  // shortfalls detected by this period's inspections (drawn from Purpose::inspection streams).
  virtual void assess(const GameParameters& game, std::span<const double> effort, int period,
                      std::uint64_t seed, std::uint64_t replicate, std::span<double> transfer_cny_per_year) const = 0;
};

}  // namespace airgov
