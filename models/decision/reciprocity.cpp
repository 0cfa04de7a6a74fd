#include "models/decision/reciprocity.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "models/decision/nash.hpp"
#include "models/economics/closed_form.hpp"
#include "sim/random/stream.hpp"

namespace airgov::decision {

std::vector<double> observed_neighbour_effort(const DecisionContext& context, std::size_t agent) {
  const std::size_t n = context.game.size();
  if (context.previous_effort.size() != n || agent >= n) {
    throw std::invalid_argument("reciprocity: previous efforts must have one entry per government");
  }
  const double sigma = context.game.institutions.observation_noise;
  if (!(sigma >= 0) || !std::isfinite(sigma)) {
    throw std::invalid_argument("reciprocity: observation noise must be >= 0 and finite");
  }
  std::vector<std::size_t> watched;
  if (context.neighbours.size() == n && !context.neighbours[agent].empty()) {
    watched = context.neighbours[agent];
  } else {
    for (std::size_t j = 0; j < n; ++j) {
      if (j != agent) watched.push_back(j);
    }
  }
  RandomStream rng(context.seed, context.replicate, agent,
                   static_cast<std::uint64_t>(context.period), Purpose::observation);
  std::vector<double> observed;
  observed.reserve(watched.size());
  for (std::size_t j : watched) {
    if (j >= n) throw std::invalid_argument("reciprocity: neighbour index out of range");
    // Draw even when sigma = 0, so that the draws a given neighbour gets never depend on sigma.
    const double z = rng.normal();
    observed.push_back(context.previous_effort[j] * (1.0 + sigma * z));
  }
  return observed;
}

ReciprocityRule::ReciprocityRule(ReciprocityOptions options) : options_(options) {
  if (!(options_.beta >= 0 && options_.beta <= 1)) {
    throw std::invalid_argument("ReciprocityRule: beta must be in [0, 1]");
  }
}

void ReciprocityRule::decide(const DecisionContext& context, std::span<double> effort) {
  const GameParameters& game = context.game;
  const std::size_t n = game.size();
  if (effort.size() != n) throw std::invalid_argument("ReciprocityRule: effort has the wrong size");
  const std::vector<double> nash =
      economics::effort_from_abatement(game, nash_abatement(game, game.institutions.omega));
  if (context.period == 0 || context.previous_effort.empty()) {
    std::ranges::copy(nash, effort.begin());
    return;
  }
  std::vector<double> result(n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::vector<double> observed = observed_neighbour_effort(context, i);
    result[i] = nash[i];
    if (observed.empty()) continue;
    double mean = 0;
    for (double o : observed) mean += o;
    mean /= static_cast<double>(observed.size());
    if (mean >= context.previous_effort[i]) result[i] = nash[i] + options_.beta * (mean - nash[i]);
    result[i] = std::clamp(result[i], 0.0, game.max_effort);
  }
  std::ranges::copy(result, effort.begin());
}

}  // namespace airgov::decision
