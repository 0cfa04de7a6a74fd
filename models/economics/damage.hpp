#pragma once
// Damage a government counts from the PM2.5 its residents breathe (MODEL.md section 4).
//
// d_i is the value government i puts on 1 ug/m3 of annual-mean PM2.5 over its whole population,
// in CNY/yr per ug/m3; the damage D_i = d_i X_i is in CNY/yr. Linear in X so that best responses
// are dominant and closed-form; it is the government's own valuation used for decisions, not a
// health-impact estimate (reports use the concentration-response functions of section 7 for that).

namespace airgov::economics {

// d_i = population * value per person per ug/m3. Population in persons (not millions).
inline double damage_weight_cny_per_ugm3(double population_persons,
                                         double damage_cny_per_person_per_ugm3) {
  return population_persons * damage_cny_per_person_per_ugm3;
}

// D = d X, CNY/yr.
inline double damage_cny(double damage_weight_cny_per_ugm3, double concentration_ugm3) {
  return damage_weight_cny_per_ugm3 * concentration_ugm3;
}

}  // namespace airgov::economics
