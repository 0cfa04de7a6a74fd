#pragma once
// Analytic replicator dynamics of the "evolutionary" rule (MODEL.md sections 5.3 and 6): the
// share of cooperating (C, joint prevention) governments grows at the rate its payoff advantage
// over defectors (D, territorial) gives it. The agent form is in evolutionary.hpp.
//
// Integration: classical fourth-order Runge-Kutta with a fixed step (default 0.01 time units),
// the last step shortened to land exactly on the horizon. The error is O(step^4): with the default
// step the one-population reference x(10) matches its closed form to ~1e-12. Shares are clamped to
// [0, 1] after every step (RK4 preserves the invariant edges 0 and 1 up to round-off only).
#include <functional>
#include <optional>
#include <string_view>

namespace airgov::decision {

inline constexpr double default_replicator_step = 0.01;

// ---------------------------------------------------------------- one population
// dx/dt = x (1 - x) g(x), x = cooperator share, g = f_C - f_D the payoff gap at share x.
using PayoffGap = std::function<double(double cooperator_share)>;

// x(t_end) from x(0) = x0 by RK4. Throws std::invalid_argument unless x0 in [0, 1], t_end >= 0,
// step > 0 and finite.
double replicator_share(const PayoffGap& gap, double x0, double t_end,
                        double step = default_replicator_step);

// Exact solution for a constant gap g: x(t) = 1 / (1 + ((1 - x0) / x0) e^{-g t}); x0 = 0 and 1
// stay put. Throws std::invalid_argument unless x0 in [0, 1].
double replicator_share_closed_form(double gap, double x0, double t);

// The gap of a prisoners' dilemma with a central penalty F on defectors and a reward R for
// cooperators (MODEL.md section 6): f_C - f_D = -dilemma_gap + F + R.
inline double penalised_dilemma_gap(double dilemma_gap, double penalty, double reward) {
  return -dilemma_gap + penalty + reward;
}

// With a constant gap, all-C (x = 1) is the evolutionarily stable state iff the gap is > 0 (and
// all-D iff it is < 0; with a zero gap every share is neutral and neither is strict).
inline bool cooperation_is_ess(double constant_gap) { return constant_gap > 0; }

// ---------------------------------------------------------------- two populations
// Two governments (or two populations of them), cooperation shares x and y:
//   dx/dt = x (1 - x) (a + s y),   dy/dt = y (1 - y) (a + s x),   a = b - C + pF,
// b = own benefit of cooperating, C = its cost, s = synergy when both cooperate, pF = expected
// penalty on a defector (detection probability times fine).
struct TwoPopulationGame {
  double own_benefit = 0;       // b
  double cost = 0;              // C
  double synergy = 0;           // s
  double expected_penalty = 0;  // p F
  // a = b - C + pF: the gap f_C - f_D when the other side defects.
  double base_gap() const { return own_benefit - cost + expected_penalty; }
};

struct TwoPopulationState {
  double x = 0;  // cooperator share of the first population
  double y = 0;  // of the second
};

// The interior rest point (y*, y*) with y* = -a / s, where each side is indifferent; a saddle
// (eigenvalues +-y*(1 - y*) s). For s > 0 its stable manifold, tangent to x + y = 2 y* there,
// separates the basins of (0, 0) and (1, 1); for s < 0 it is tangent to the diagonal and separates
// those of (1, 0) and (0, 1). std::nullopt when s = 0 or -a / s is outside (0, 1): then no
// interior rest point exists.
std::optional<double> two_population_saddle(const TwoPopulationGame& game);

// Cooperation is dominant for both when the gap is > 0 whatever the other does: a > 0 and
// a + s > 0. Then every interior start goes to (1, 1).
inline bool cooperation_dominant(const TwoPopulationGame& game) {
  const double a = game.base_gap();
  return a > 0 && a + game.synergy > 0;
}

// (x, y) at t_end from start by RK4. Throws std::invalid_argument unless the start is in
// [0, 1]^2, t_end >= 0, step > 0 and finite.
TwoPopulationState two_population_state(const TwoPopulationGame& game, TwoPopulationState start,
                                        double t_end, double step = default_replicator_step);

enum class EndState {
  mutual_defection,    // (0, 0)
  mutual_cooperation,  // (1, 1)
  first_only,          // (1, 0): only the first side cooperates
  second_only,         // (0, 1)
  interior,            // not within tolerance of a corner (on the saddle's manifold, a neutral
                       // game, or a horizon too short)
};

std::string_view to_string(EndState state);

// Corner of the unit square that state lies within `tolerance` of (in both coordinates), else
// interior.
EndState classify(TwoPopulationState state, double tolerance = 1e-3);

// Integrates from start to `horizon` and classifies where it ends. The default horizon, 200 time
// units, brings a start away from the separatrix far within tolerance of its corner when the
// rates at the corners (|a|, |a + s|) are >= 0.5, as in the reference games of MODEL.md
// section 6.
EndState two_population_end_state(const TwoPopulationGame& game, TwoPopulationState start,
                                  double horizon = 200, double step = default_replicator_step,
                                  double tolerance = 1e-3);

}  // namespace airgov::decision
