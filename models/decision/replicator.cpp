#include "models/decision/replicator.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace airgov::decision {

namespace {

void check_share(double x, const char* what) {
  if (!(x >= 0 && x <= 1)) {
    throw std::invalid_argument(std::string(what) + ": a share must be in [0, 1], got " +
                                std::to_string(x));
  }
}

void check_time(double t_end, double step, const char* what) {
  if (!(t_end >= 0) || !std::isfinite(t_end) || !(step > 0) || !std::isfinite(step)) {
    throw std::invalid_argument(std::string(what) +
                                ": need a finite horizon >= 0 and a finite step > 0");
  }
}

// Fixed-step RK4 of dz/dt = f(z); axpy(u, h, v) = u + h v; clamp projects onto the unit box.
template <typename State, typename Rhs, typename Axpy, typename Clamp>
State rk4(State z, double t_end, double step, Rhs f, Axpy axpy, Clamp clamp) {
  double t = 0;
  while (t < t_end) {
    const double h = std::min(step, t_end - t);
    const State k1 = f(z);
    const State k2 = f(axpy(z, h / 2, k1));
    const State k3 = f(axpy(z, h / 2, k2));
    const State k4 = f(axpy(z, h, k3));
    z = axpy(z, h / 6, axpy(axpy(k1, 2.0, k2), 2.0, k3));
    z = axpy(z, h / 6, k4);
    z = clamp(z);
    // The last step is shortened to land exactly on t_end.
    t = (t_end - t <= step) ? t_end : t + h;
  }
  return z;
}

}  // namespace

double replicator_share(const PayoffGap& gap, double x0, double t_end, double step) {
  check_share(x0, "replicator_share");
  check_time(t_end, step, "replicator_share");
  if (!gap) throw std::invalid_argument("replicator_share: no payoff gap function");
  return rk4(
      x0, t_end, step, [&](double x) { return x * (1 - x) * gap(x); },
      [](double a, double h, double b) { return a + h * b; },
      [](double x) { return std::clamp(x, 0.0, 1.0); });
}

double replicator_share_closed_form(double gap, double x0, double t) {
  check_share(x0, "replicator_share_closed_form");
  if (x0 == 0 || x0 == 1) return x0;
  return 1.0 / (1.0 + ((1.0 - x0) / x0) * std::exp(-gap * t));
}

std::optional<double> two_population_saddle(const TwoPopulationGame& game) {
  if (game.synergy == 0) return std::nullopt;
  const double y = -game.base_gap() / game.synergy;
  if (!(y > 0 && y < 1)) return std::nullopt;
  return y;
}

TwoPopulationState two_population_state(const TwoPopulationGame& game, TwoPopulationState start,
                                        double t_end, double step) {
  check_share(start.x, "two_population_state");
  check_share(start.y, "two_population_state");
  check_time(t_end, step, "two_population_state");
  const double a = game.base_gap();
  const double s = game.synergy;
  using S = TwoPopulationState;
  return rk4(
      start, t_end, step,
      [&](S z) {
        return S{z.x * (1 - z.x) * (a + s * z.y), z.y * (1 - z.y) * (a + s * z.x)};
      },
      [](S u, double h, S v) {
        return S{u.x + h * v.x, u.y + h * v.y};
      },
      [](S z) {
        return S{std::clamp(z.x, 0.0, 1.0), std::clamp(z.y, 0.0, 1.0)};
      });
}

std::string_view to_string(EndState state) {
  switch (state) {
    case EndState::mutual_defection:
      return "mutual_defection";
    case EndState::mutual_cooperation:
      return "mutual_cooperation";
    case EndState::first_only:
      return "first_only";
    case EndState::second_only:
      return "second_only";
    case EndState::interior:
      return "interior";
  }
  return "unknown";
}

EndState classify(TwoPopulationState state, double tolerance) {
  const auto near = [tolerance](double v, double corner) {
    return std::abs(v - corner) <= tolerance;
  };
  if (near(state.x, 0) && near(state.y, 0)) return EndState::mutual_defection;
  if (near(state.x, 1) && near(state.y, 1)) return EndState::mutual_cooperation;
  if (near(state.x, 1) && near(state.y, 0)) return EndState::first_only;
  if (near(state.x, 0) && near(state.y, 1)) return EndState::second_only;
  return EndState::interior;
}

EndState two_population_end_state(const TwoPopulationGame& game, TwoPopulationState start,
                                  double horizon, double step, double tolerance) {
  return classify(two_population_state(game, start, horizon, step), tolerance);
}

}  // namespace airgov::decision
