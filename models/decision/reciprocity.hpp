#pragma once
// The "reciprocity" rule (MODEL.md section 5.5): conditional cooperation through noisy
// observation.
//
// Period 0 (or no previous efforts): every government plays its Nash effort a_i^N (nash_abatement
// with the organizational weight omega of the period's institutions, as the nash rule).
// Later periods: government i observes each neighbour j's effort of the last period through
// noise, o_ij = a_j(t-1) * (1 + sigma z_ij), z_ij standard normal, sigma =
// game.institutions.observation_noise (the information platform lowers it); the z_ij are the
// successive normal draws of RandomStream(seed, replicate, i, period, Purpose::observation), in the
// order of i's neighbour list. With m_i the mean of the o_ij (unbiased: E[o_ij] = a_j(t-1)):
//   if m_i >= a_i(t-1) (the neighbours did at least as much as i did):
//       a_i = a_i^N + beta (m_i - a_i^N)      (moves a share beta toward them)
//   else a_i = a_i^N                           (withdraws to territorial effort)
// clamped to [0, max_effort]. Neighbours are context.neighbours[i]; a government with none (or an
// empty neighbour list) watches all the others; one alone plays Nash.
// beta = 0.8 by default is an assumption (a strong but partial response, below full matching);
// beta = 0 is the nash rule, beta = 1 copies what was observed.
#include <span>
#include <string>
#include <vector>

#include "sim/interfaces/game.hpp"

namespace airgov::decision {

struct ReciprocityOptions {
  double beta = 0.8;  // response to the observed neighbours, in [0, 1]
};

// Efforts government `agent` observes of its neighbours this period (one per neighbour, in the
// order of its neighbour list, or of the other governments when it has none); throws
// std::invalid_argument if previous_effort does not have one entry per government or the noise is
// negative.
std::vector<double> observed_neighbour_effort(const DecisionContext& context, std::size_t agent);

class ReciprocityRule final : public DecisionRule {
 public:
  explicit ReciprocityRule(ReciprocityOptions options = {});
  std::string name() const override { return "reciprocity"; }
  void decide(const DecisionContext& context, std::span<double> effort) override;
  double beta() const { return options_.beta; }

 private:
  ReciprocityOptions options_;
};

}  // namespace airgov::decision
