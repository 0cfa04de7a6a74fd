#pragma once
// Deaths attributable to long-term PM2.5 exposure (MODEL.md section 7):
//   deaths = adult population x baseline mortality rate x (1 - 1/RR).
// The baseline rate is the observed one (it already contains the pollution effect), hence the
// attributable fraction (RR - 1)/RR rather than RR - 1. It must match the function: all-cause
// for log-linear, NCD+LRI for GEMM; the caller states its source.
#include "models/health/concentration_response.hpp"

namespace airgov::health {

// (RR - 1) / RR. Throws std::invalid_argument if RR < 1 or not finite.
double attributable_fraction(double relative_risk);

// Deaths per year. Throws std::invalid_argument for a negative population or rate.
double attributable_deaths_per_year(double adult_population,
                                    double baseline_mortality_per_person_year,
                                    double relative_risk);

// Attributable deaths per year at an annual mean exposure, with one response function.
double attributable_deaths_per_year(const ConcentrationResponse& response,
                                    double pm25_annual_ugm3, double adult_population,
                                    double baseline_mortality_per_person_year);

// Deaths per year avoided by lowering exposure from `before` to `after` (negative if it rose),
// same population and baseline rate in both states.
double deaths_avoided_per_year(const ConcentrationResponse& response,
                               double pm25_before_annual_ugm3, double pm25_after_annual_ugm3,
                               double adult_population, double baseline_mortality_per_person_year);

}  // namespace airgov::health
