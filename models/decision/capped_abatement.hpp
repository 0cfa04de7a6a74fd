#pragma once
// The one-dimensional problem behind both closed-form rules: choose A in [0, A_max] to maximise
// b A - c A^2 / 2, where b is the marginal benefit of abatement (CNY/t: damage avoided per t/yr
// cut, as the decision maker counts it) and c the cost coefficient. The objective is concave, so
// the constrained optimum is the unconstrained one b / c projected onto [0, A_max].
#include <algorithm>
#include <cmath>
#include <stdexcept>

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

}  // namespace airgov::decision
