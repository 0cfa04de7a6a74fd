#pragma once
// Quadratic abatement cost of one government (MODEL.md section 4).
//
// Units: abatement A in t/yr of PM2.5-equivalent emission; the cost coefficient c in
// (CNY/yr) per (t/yr)^2, i.e. CNY yr / t^2; the cost K in CNY/yr. The marginal cost dK/dA = c A is
// then in CNY/t, the unit of published marginal-abatement-cost estimates.
//
// Quadratic because marginal cost rises with the share already cut (the cheap measures go first);
// it also makes every best response closed-form (models/decision/).
#include <stdexcept>

namespace airgov::economics {

// Factor by which technology scales the cost: 1 - tau_max * technology. tau_max < 1 is the best
// reduction technology can bring (so abatement never becomes free); technology is the lever in
// [0, 1].
inline double technology_cost_factor(double tau_max, double technology) {
  return 1.0 - tau_max * technology;
}

// c_i = mac * multiplier_i / (reference_effort * Ebar_i): with K = c A^2 / 2 the marginal cost
// c A reaches `mac_cny_per_t * multiplier` exactly when A = reference_effort * Ebar_i. Scaling by
// Ebar makes the same fractional cut equally expensive per tonne in a large and a small emitter;
// the multiplier carries regional differences (cheaper in heavy industry, dearer where the
// easy measures are already taken). Before technology.
inline double cost_coefficient_from_mac(double mac_cny_per_t, double multiplier,
                                        double reference_effort, double baseline_t_per_year) {
  if (!(reference_effort > 0) || !(baseline_t_per_year > 0)) {
    throw std::invalid_argument(
        "cost_coefficient_from_mac: reference effort and baseline emissions must be > 0");
  }
  return mac_cny_per_t * multiplier / (reference_effort * baseline_t_per_year);
}

// K = c A^2 / 2, CNY/yr, for a coefficient c that already includes technology (as
// GameParameters::cost_coefficient does).
inline double abatement_cost_cny(double cost_coefficient, double abatement_t_per_year) {
  return cost_coefficient * abatement_t_per_year * abatement_t_per_year / 2.0;
}

// K(A) = (1 - tau_max * technology) * c * A^2 / 2 from the coefficient before technology.
inline double abatement_cost_cny(double base_cost_coefficient, double abatement_t_per_year,
                                 double tau_max, double technology) {
  return abatement_cost_cny(technology_cost_factor(tau_max, technology) * base_cost_coefficient,
                            abatement_t_per_year);
}

// dK/dA = c A, CNY/t.
inline double marginal_abatement_cost_cny_per_t(double cost_coefficient,
                                                double abatement_t_per_year) {
  return cost_coefficient * abatement_t_per_year;
}

}  // namespace airgov::economics
