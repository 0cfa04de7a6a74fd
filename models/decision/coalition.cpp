#include "models/decision/coalition.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "models/decision/capped_abatement.hpp"
#include "models/decision/nash.hpp"
#include "models/economics/closed_form.hpp"

namespace airgov::decision {
namespace {

// a > b by more than round-off. Payoffs of a few hundred CNY carry errors near 1e-14 relative;
// a relative margin of 1e-12 keeps exact ties (pi_f(2) = pi_s(3) in the reference) ties.
bool prefers(double a, double b) {
  const double scale = std::max({1.0, std::abs(a), std::abs(b)});
  return a > b + 1e-12 * scale;
}

}  // namespace

// ---- Stability of a coalition size --------------------------------------------------------------

bool internally_stable(std::size_t k, const SizePayoffs& payoffs) {
  return k == 0 || !prefers(payoffs.fringe(k - 1), payoffs.signatory(k));
}

bool externally_stable(std::size_t k, std::size_t n, const SizePayoffs& payoffs) {
  return k >= n || prefers(payoffs.fringe(k), payoffs.signatory(k + 1));
}

std::vector<std::size_t> stable_coalition_sizes(std::size_t n, const SizePayoffs& payoffs) {
  std::vector<std::size_t> stable;
  for (std::size_t k = 0; k <= n; ++k) {
    if (internally_stable(k, payoffs) && externally_stable(k, n, payoffs)) stable.push_back(k);
  }
  return stable;
}

// ---- Symmetric linear-benefit model -------------------------------------------------------------

namespace {

void check_symmetric(const LinearBenefitCoalitionGame& g, std::size_t k, std::size_t max_k) {
  if (g.players == 0 || !(g.benefit > 0) || !(g.cost > 0)) {
    throw std::invalid_argument("LinearBenefitCoalitionGame: need n >= 1, b > 0 and c > 0");
  }
  if (k > max_k) {
    throw std::invalid_argument("LinearBenefitCoalitionGame: coalition size " + std::to_string(k) +
                                " out of range for " + std::to_string(g.players) + " players");
  }
}

}  // namespace

double LinearBenefitCoalitionGame::fringe_abatement() const {
  check_symmetric(*this, 0, players);
  return benefit / cost;
}

double LinearBenefitCoalitionGame::member_abatement(std::size_t k) const {
  check_symmetric(*this, k, players);
  return static_cast<double>(k) * benefit / cost;
}

double LinearBenefitCoalitionGame::total_abatement(std::size_t k) const {
  return static_cast<double>(k) * member_abatement(k) +
         static_cast<double>(players - k) * fringe_abatement();
}

double LinearBenefitCoalitionGame::signatory_payoff(std::size_t k) const {
  if (k == 0) throw std::invalid_argument("LinearBenefitCoalitionGame: a signatory needs k >= 1");
  const double q = member_abatement(k);
  return benefit * total_abatement(k) - cost / 2 * q * q;
}

double LinearBenefitCoalitionGame::fringe_payoff(std::size_t k) const {
  check_symmetric(*this, k, players - 1);
  const double q = fringe_abatement();
  return benefit * total_abatement(k) - cost / 2 * q * q;
}

SizePayoffs LinearBenefitCoalitionGame::size_payoffs() const {
  const LinearBenefitCoalitionGame game = *this;
  return {[game](std::size_t k) { return game.signatory_payoff(k); },
          [game](std::size_t k) { return game.fringe_payoff(k); }};
}

// ---- Heterogeneous airgov game ------------------------------------------------------------------

std::vector<double> coalition_abatement(const GameParameters& game,
                                        const std::vector<bool>& member) {
  const double omega = game.institutions.omega;
  std::vector<double> abatement = nash_abatement(game, omega);  // checks the game and omega
  if (member.size() != game.size()) {
    throw std::invalid_argument("coalition_abatement: membership has the wrong size");
  }
  const std::size_t n = game.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (!member[i]) continue;
    // A member counts its partners' damage as its own, outsiders' at the weight omega.
    double benefit = 0;
    for (std::size_t j = 0; j < n; ++j) {
      const double weight = member[j] ? 1.0 : omega;
      benefit += weight * game.damage_weight[j] * game.source_receptor(i, j);
    }
    // The subsidy and the expected fine are paid by the centre, outside the coalition, so they
    // count in its joint payoff exactly as in a lone government's (nash_abatement).
    abatement[i] = institutional_best_response(benefit + game.institutions.subsidy_cny_per_t,
                                               game.cost_coefficient[i], game.institutions,
                                               game.baseline_t_per_year[i], game.max_effort);
  }
  return abatement;
}

std::vector<double> coalition_payoffs(const GameParameters& game, const std::vector<bool>& member,
                                      CoalitionSharing sharing) {
  std::vector<double> payoff = economics::payoffs(game, coalition_abatement(game, member));
  if (sharing == CoalitionSharing::none) return payoff;

  // Outsiders play Nash with or without the agreement, so the members' gain over all-Nash is
  // what their cooperation creates; it is shared by damage weight (Chander-Tulkens).
  const std::vector<double> nash =
      economics::payoffs(game, nash_abatement(game, game.institutions.omega));
  double gain = 0;
  double weight_sum = 0;
  for (std::size_t i = 0; i < game.size(); ++i) {
    if (!member[i]) continue;
    gain += payoff[i] - nash[i];
    weight_sum += game.damage_weight[i];
  }
  for (std::size_t i = 0; i < game.size(); ++i) {
    if (!member[i]) continue;
    // With all damage weights zero nothing is at stake: members keep their Nash payoffs.
    const double share = weight_sum > 0 ? game.damage_weight[i] / weight_sum : 0.0;
    payoff[i] = nash[i] + share * gain;
  }
  return payoff;
}

namespace {

// Payoff of i as a member of `member` + i and as an outsider of `member` - i.
double as_member(const GameParameters& game, std::vector<bool> member, std::size_t i,
                 CoalitionSharing sharing) {
  member[i] = true;
  return coalition_payoffs(game, member, sharing)[i];
}

double as_outsider(const GameParameters& game, std::vector<bool> member, std::size_t i,
                   CoalitionSharing sharing) {
  member[i] = false;
  return coalition_payoffs(game, member, sharing)[i];
}

bool is_internally_stable(const GameParameters& game, const std::vector<bool>& member,
                          CoalitionSharing sharing) {
  const std::vector<double> payoff = coalition_payoffs(game, member, sharing);
  for (std::size_t i = 0; i < game.size(); ++i) {
    if (member[i] && prefers(as_outsider(game, member, i, sharing), payoff[i])) return false;
  }
  return true;
}

// The candidate with the largest gain; gains within round-off of the best are ties, won by the
// highest index when prefer_high, else by the lowest. n when there is no candidate.
std::size_t most_eager(const std::vector<double>& gain, const std::vector<bool>& candidate,
                       double payoff_scale, bool prefer_high) {
  const std::size_t n = gain.size();
  std::size_t best = n;
  for (std::size_t i = 0; i < n; ++i) {
    if (!candidate[i]) continue;
    const double tie = 1e-12 * std::max(1.0, payoff_scale);
    if (best == n || gain[i] > gain[best] + tie ||
        (prefer_high && gain[i] >= gain[best] - tie)) {
      best = i;
    }
  }
  return best;
}

double largest_magnitude(const std::vector<double>& values) {
  double scale = 0;
  for (double v : values) scale = std::max(scale, std::abs(v));
  return scale;
}

}  // namespace

CoalitionOutcome form_coalition(const GameParameters& game, CoalitionSharing sharing) {
  economics::check_game(game);
  const std::size_t n = game.size();
  std::vector<bool> member(n, true);
  std::vector<double> gain(n);
  std::vector<bool> candidate(n);

  // 1. The most eager to leave leaves, until no member would.
  for (;;) {
    const std::vector<double> payoff = coalition_payoffs(game, member, sharing);
    for (std::size_t i = 0; i < n; ++i) {
      const double outside = member[i] ? as_outsider(game, member, i, sharing) : 0.0;
      candidate[i] = member[i] && prefers(outside, payoff[i]);
      gain[i] = outside - payoff[i];
    }
    const std::size_t leaver = most_eager(gain, candidate, largest_magnitude(payoff), true);
    if (leaver == n) break;
    member[leaver] = false;
  }

  // 2. The most eager to join joins (a tie counts as eager: external stability is strict), as
  //    long as the members would all stay with it.
  for (;;) {
    const std::vector<double> payoff = coalition_payoffs(game, member, sharing);
    for (std::size_t j = 0; j < n; ++j) {
      candidate[j] = false;
      if (member[j]) continue;
      const double inside = as_member(game, member, j, sharing);
      gain[j] = inside - payoff[j];
      if (prefers(payoff[j], inside)) continue;  // strictly better outside
      std::vector<bool> joined = member;
      joined[j] = true;
      candidate[j] = is_internally_stable(game, joined, sharing);
    }
    const std::size_t joiner = most_eager(gain, candidate, largest_magnitude(payoff), false);
    if (joiner == n) break;
    member[joiner] = true;
  }

  CoalitionOutcome outcome;
  const std::vector<double> payoff = coalition_payoffs(game, member, sharing);
  for (std::size_t i = 0; i < n; ++i) {
    if (member[i]) {
      outcome.members.push_back(i);
    } else if (!prefers(payoff[i], as_member(game, member, i, sharing))) {
      outcome.externally_stable = false;
    }
  }
  if (outcome.members.size() == 1) outcome.members.clear();  // alone, a member plays Nash
  return outcome;
}

void CoalitionRule::decide(const DecisionContext& context, std::span<double> effort) {
  if (effort.size() != context.game.size()) {
    throw std::invalid_argument("CoalitionRule: effort has the wrong size");
  }
  last_ = form_coalition(context.game, sharing_);
  std::vector<bool> member(context.game.size(), false);
  for (std::size_t i : last_.members) member[i] = true;
  const std::vector<double> result =
      economics::effort_from_abatement(context.game, coalition_abatement(context.game, member));
  std::ranges::copy(result, effort.begin());
}

}  // namespace airgov::decision
