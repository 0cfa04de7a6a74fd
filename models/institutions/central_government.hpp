#pragma once
// The central government agent: inspection campaigns, fines on detected shortfalls, rewards
// from the regional fund paid after assessment (the 2013 central fund: "reward instead of
// subsidy", allocated by cuts achieved, settled after year-end assessment).
//
//   detection in a period = min(1, p + sum of campaign boosts x share of the period they cover)
//   fine_i   = F x max(0, target_i - A_i)   if an inspection of i (probability p) finds it
//   reward_i = s x A_i
#include "sim/interfaces/game.hpp"
#include "sim/scenario/scenario.hpp"

namespace airgov::institutions {

class InspectingCentralGovernment final : public CentralGovernment {
 public:
  explicit InspectingCentralGovernment(CentralGovernmentSpec spec) : spec_(std::move(spec)) {}
  void prepare(GameParameters& game, Date start, int days) const override;
  void assess(const GameParameters& game, std::span<const double> effort, int period, std::uint64_t seed,
              std::uint64_t replicate, std::span<double> transfer_cny_per_year) const override;

 private:
  CentralGovernmentSpec spec_;
};

}  // namespace airgov::institutions
