#pragma once
// The one-dimensional problem behind both closed-form rules: choose A in [0, A_max] to maximise
// b A - c A^2 / 2, where b is the marginal benefit of abatement (CNY/t: damage avoided per t/yr
// cut, as the decision maker counts it) and c the cost coefficient. The objective is concave, so
// the constrained optimum is the unconstrained one b / c projected onto [0, A_max].
#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "sim/interfaces/game.hpp"

namespace airgov::decision {

inline double capped_abatement(double marginal_benefit, double cost_coefficient,
                               double max_abatement_t_per_year) {
  if (!(cost_coefficient >= 0) || !std::isfinite(marginal_benefit)) {
    throw std::invalid_argument("capped_abatement: cost coefficient must be >= 0 and benefit finite");
  }
  if (cost_coefficient == 0) {
    // Free abatement: cut all that is allowed if it helps at all, nothing if it does not.
    return marginal_benefit > 0 ? max_abatement_t_per_year : 0.0;
  }
  return std::clamp(marginal_benefit / cost_coefficient, 0.0, max_abatement_t_per_year);
}

// The best response once institutions act (MODEL.md section 4): maximise
//   b A - c A^2 / 2 - p F max(0, tau - A)
// over A in [floor, A_max], with tau = target_effort * Ebar and floor = legal_floor * Ebar (the
// subsidy is already in b). Below the target the marginal benefit is b + p F, above it b, so the
// optimum is b / c if that meets the target, else the target if b + p F reaches it, else
// (b + p F) / c; then the legal floor and the cap. Each step is monotone in p, F, tau and floor.
inline double institutional_best_response(double marginal_benefit, double cost_coefficient,
                                          const InstitutionalTerms& terms, double baseline_t_per_year,
                                          double max_effort) {
  const double max_a = max_effort * baseline_t_per_year;
  const double target = terms.target_effort * baseline_t_per_year;
  const double expected_fine = terms.detection_probability * terms.penalty_cny_per_t;
  double a = capped_abatement(marginal_benefit, cost_coefficient, max_a);
  if (a < target) a = std::min(target, capped_abatement(marginal_benefit + expected_fine, cost_coefficient, max_a));
  return std::clamp(std::max(a, terms.legal_floor_effort * baseline_t_per_year), 0.0, max_a);
}

}  // namespace airgov::decision
