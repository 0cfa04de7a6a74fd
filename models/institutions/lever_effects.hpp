#pragma once
// How the six levers of the seed study enter the governments' payoffs (MODEL.md section 4).
// Every mapping is an ASSUMPTION of this model, stated with its equation so that a sensitivity
// analysis can test the seed's ranking of the levers rather than build it in:
//
//   laws_regulations L:            binding target  tau = L * target_effort_max   (fraction of Ebar)
//                                  penalty size    F   = L * penalty_max          (CNY per t/yr short)
//                                  legal floor     floor = L * legal_floor_max    (fraction of Ebar)
//   organizational_mechanism O:    omega = O * omega_max (weight on the damage i causes others)
//   information_platform I and
//   joint_enforcement_supervision J: detection p = 1 - (1 - p0)(1 - J * enforcement_detection)
//                                                     (1 - I * platform_detection)
//                                  observation noise = noise_max * (1 - I)
//                                  warning lead time = lead_min + I * (lead_max - lead_min) days
//   funding U:                     reward s = U * subsidy_max per t/yr abated, paid after
//                                  assessment ("reward instead of subsidy", 2013), from a fund of
//                                  U * 10 bn CNY/yr: when claims exceed it, all are cut pro rata
//                                  (each government takes the rate as given when deciding)
//   technology T:                  cost multiplier 1 - tau_max * T (models/economics/abatement.hpp)
//
// Each term is monotone in its lever, so raising laws, enforcement or the platform never lowers
// a best response (tested). Money amounts scale with the marginal abatement cost so that the
// levers mean the same in regions with different cost levels.
#include "sim/interfaces/game.hpp"
#include "sim/scenario/scenario.hpp"

namespace airgov::institutions {

struct LeverScales {
  double target_effort_max = 0.3;        // assumption: a 30 % cut, the order of the 2013-2017 targets (-25 % PM2.5)
  double penalty_relative_to_mac = 1.0;  // assumption: F at full strength = the marginal abatement cost
  double legal_floor_max = 0.1;          // assumption: the law alone enforces a 10 % cut
  double omega_max = 1.0;                // full joint decision-making counts others' damage fully
  double base_detection = 0.05;          // assumption: shortfalls found without any joint enforcement
  double enforcement_detection = 0.7;    // assumption
  double platform_detection = 0.3;       // assumption: shared monitoring data expose shortfalls
  double subsidy_relative_to_mac = 0.3;  // assumption: reward per t at full funding
  double noise_max = 0.5;                // assumption: relative sd of observing others without a platform
  double lead_min_days = 0;              // no joint warning without a platform
  double lead_max_days = 3;              // 2016 red alerts were issued 24 h ahead; effect needs 48-72 h
};

InstitutionalTerms institutional_terms(const Levers& levers, double marginal_abatement_cost_cny_per_t,
                                       const LeverScales& scales = {});

}  // namespace airgov::institutions
