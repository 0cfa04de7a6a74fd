#include "models/institutions/lever_effects.hpp"

namespace airgov::institutions {

InstitutionalTerms institutional_terms(const Levers& levers, double mac, const LeverScales& s) {
  InstitutionalTerms t;
  t.target_effort = levers.laws_regulations * s.target_effort_max;
  t.penalty_cny_per_t = levers.laws_regulations * s.penalty_relative_to_mac * mac;
  t.legal_floor_effort = levers.laws_regulations * s.legal_floor_max;
  t.omega = levers.organizational_mechanism * s.omega_max;
  t.detection_probability = 1.0 - (1.0 - s.base_detection) *
                                       (1.0 - levers.joint_enforcement_supervision * s.enforcement_detection) *
                                       (1.0 - levers.information_platform * s.platform_detection);
  t.subsidy_cny_per_t = levers.funding * s.subsidy_relative_to_mac * mac;
  t.fund_cny_per_year = levers.funding * kFullFundingCnyPerYear;
  t.observation_noise = s.noise_max * (1.0 - levers.information_platform);
  t.warning_lead_days = s.lead_min_days + levers.information_platform * (s.lead_max_days - s.lead_min_days);
  return t;
}

}  // namespace airgov::institutions
