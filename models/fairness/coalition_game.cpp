#include "models/fairness/coalition_game.hpp"

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string>

#include "models/decision/capped_abatement.hpp"
#include "models/economics/abatement.hpp"
#include "models/economics/closed_form.hpp"
#include "models/fairness/chander_tulkens.hpp"

namespace airgov::fairness {

std::vector<double> coalition_abatement(const GameParameters& game, std::uint64_t members) {
  economics::check_game(game);
  const std::size_t n = game.size();
  require_players(n, "coalition_abatement");
  const double omega = game.institutions.omega;
  if (!(omega >= 0 && omega <= 1)) {
    throw std::invalid_argument("coalition_abatement: omega must be in [0, 1], got " +
                                std::to_string(omega));
  }
  std::vector<double> abatement(n);
  for (std::size_t i = 0; i < n; ++i) {
    // Whose damage i counts in full: its coalition's if it has joined, else its own only.
    const std::uint64_t group = contains(members, i) ? members : singleton(i);
    double benefit = 0;  // damage avoided per t/yr cut at i, as i's group counts it
    for (std::size_t j = 0; j < n; ++j) {
      const double weight = contains(group, j) ? 1.0 : omega;
      benefit += weight * game.damage_weight[j] * game.source_receptor(i, j);
    }
    // The centre pays subsidies and fines, so they count for the group as for a lone government.
    // Header-only helper shared with decision::nash_abatement (no link dependency on it).
    abatement[i] = decision::institutional_best_response(
        benefit + game.institutions.subsidy_cny_per_t, game.cost_coefficient[i], game.institutions,
        game.baseline_t_per_year[i], game.max_effort);
  }
  return abatement;
}

CoalitionValue coalition_value(const GameParameters& game) {
  // Shared, immutable copy: the function may outlive the caller's game and is cheap to copy.
  auto shared = std::make_shared<const GameParameters>(game);
  return [shared](std::uint64_t members) {
    const std::vector<double> payoff =
        economics::payoffs(*shared, coalition_abatement(*shared, members));
    double sum = 0;
    for (std::size_t i = 0; i < payoff.size(); ++i) {
      if (contains(members, i)) sum += payoff[i];
    }
    return sum;
  };
}

namespace {

class LinearGameWalk final : public CoalitionWalk {
 public:
  explicit LinearGameWalk(const GameParameters& game)
      : game_(game), nash_(coalition_abatement(game, 0)) {  // also checks the game and omega
    const std::size_t n = game_.size();
    all_.assign(n, 0.0);
    spared_.assign(n * n, 0.0);
    for (std::size_t k = 0; k < n; ++k) {
      for (std::size_t j = 0; j < n; ++j) {
        all_[k] += game_.damage_weight[j] * game_.source_receptor(k, j);
        spared_[j * n + k] = game_.damage_weight[j] * game_.source_receptor(k, j);  // row j: d_j T(., j)
      }
    }
    members_.reserve(n);
  }

  double start() override {
    members_.clear();
    inside_ = 0;
    abatement_ = nash_;
    to_coalition_.assign(game_.size(), 0.0);
    weighted_background_ = 0;
    outsiders_abatement_ = 0;
    for (double a : nash_) outsiders_abatement_ += a;
    return 0.0;  // the empty coalition has no one to pay
  }

  double join(std::size_t p) override {
    const std::size_t n = game_.size();
    if (p >= n || contains(inside_, p)) {
      throw std::invalid_argument("coalition_walk: player " + std::to_string(p) + " cannot join");
    }
    const double* spared = &spared_[p * n];
    for (std::size_t k = 0; k < n; ++k) to_coalition_[k] += spared[k];
    weighted_background_ += game_.damage_weight[p] * game_.background_ugm3[p];
    members_.push_back(p);
    inside_ |= singleton(p);
    outsiders_abatement_ -= nash_[p];
    // Members count the coalition's damage in full and the rest at omega (coalition_abatement);
    // outsiders keep their Nash abatement.
    const InstitutionalTerms& t = game_.institutions;
    const double expected_fine = t.detection_probability * t.penalty_cny_per_t;
    double cost = 0, members_abatement = 0, fines = 0;
    for (std::size_t i : members_) {
      const double benefit = to_coalition_[i] + t.omega * (all_[i] - to_coalition_[i]);
      const double baseline = game_.baseline_t_per_year[i];
      const double a = decision::institutional_best_response(benefit + t.subsidy_cny_per_t, game_.cost_coefficient[i],
                                                             t, baseline, game_.max_effort);
      abatement_[i] = a;
      cost += economics::abatement_cost_cny(game_.cost_coefficient[i], a);
      members_abatement += a;
      fines += expected_fine * std::max(0.0, t.target_effort * baseline - a);
    }
    // Rewards are cut pro rata when everyone's claims exceed the fund (rewards_within_fund).
    const double claimed = t.subsidy_cny_per_t * (members_abatement + outsiders_abatement_);
    const double cut = claimed > t.fund_cny_per_year ? (claimed > 0 ? t.fund_cny_per_year / claimed : 0.0) : 1.0;
    double damage = weighted_background_;
    for (std::size_t k = 0; k < n; ++k) damage += (game_.baseline_t_per_year[k] - abatement_[k]) * to_coalition_[k];
    return -(cost + damage) + (t.subsidy_cny_per_t * members_abatement * cut - fines);
  }

 private:
  GameParameters game_;
  std::vector<double> nash_;          // outsiders' abatement, which no coalition changes
  std::vector<double> all_;           // R_k = sum_j d_j T_kj
  std::vector<double> spared_;        // row j: d_j T_kj for every k, what j adds to W on joining
  std::vector<double> to_coalition_;  // W_k = sum_{j in S} d_j T_kj
  std::vector<double> abatement_;
  std::vector<std::size_t> members_;
  std::uint64_t inside_ = 0;
  double weighted_background_ = 0;  // sum_{i in S} d_i B_i
  double outsiders_abatement_ = 0;  // sum_{k not in S} A_k (Nash)
};

}  // namespace

std::unique_ptr<CoalitionWalk> coalition_walk(const GameParameters& game) {
  return std::make_unique<LinearGameWalk>(game);
}

std::vector<double> nash_payoffs(const GameParameters& game) {
  return economics::payoffs(game, coalition_abatement(game, 0));
}

std::vector<double> cooperative_payoffs(const GameParameters& game) {
  return economics::payoffs(game, coalition_abatement(game, grand_coalition(game.size())));
}

ShapleyEstimate shapley_value(const GameParameters& game, const ShapleyOptions& options) {
  if (game.size() <= options.exact_max_players) return shapley_exact(game.size(), coalition_value(game));
  const auto walk = coalition_walk(game);
  return shapley_sampled(game.size(), *walk, options.permutations, options.seed, options.replicate);
}

std::vector<double> shapley_transfers(const GameParameters& game, const ShapleyEstimate& shapley) {
  return shapley_transfers(shapley.value, cooperative_payoffs(game));
}

std::vector<double> chander_tulkens_transfers(const GameParameters& game) {
  return chander_tulkens_transfers(nash_payoffs(game), cooperative_payoffs(game),
                                   game.damage_weight);
}

}  // namespace airgov::fairness
