#include "models/health/attributable_deaths.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace airgov::health {

double attributable_fraction(double relative_risk) {
  if (!std::isfinite(relative_risk) || relative_risk < 1.0) {
    throw std::invalid_argument("relative risk must be finite and >= 1, got " +
                                std::to_string(relative_risk));
  }
  return 1.0 - 1.0 / relative_risk;
}

double attributable_deaths_per_year(double adult_population,
                                    double baseline_mortality_per_person_year,
                                    double relative_risk) {
  if (!std::isfinite(adult_population) || adult_population < 0) {
    throw std::invalid_argument("adult population must be finite and >= 0");
  }
  if (!std::isfinite(baseline_mortality_per_person_year) ||
      baseline_mortality_per_person_year < 0) {
    throw std::invalid_argument("baseline mortality rate must be finite and >= 0 per person-year");
  }
  return adult_population * baseline_mortality_per_person_year *
         attributable_fraction(relative_risk);
}

double attributable_deaths_per_year(const ConcentrationResponse& response,
                                    double pm25_annual_ugm3, double adult_population,
                                    double baseline_mortality_per_person_year) {
  return attributable_deaths_per_year(adult_population, baseline_mortality_per_person_year,
                                      response.relative_risk(pm25_annual_ugm3));
}

double deaths_avoided_per_year(const ConcentrationResponse& response,
                               double pm25_before_annual_ugm3, double pm25_after_annual_ugm3,
                               double adult_population, double baseline_mortality_per_person_year) {
  return attributable_deaths_per_year(response, pm25_before_annual_ugm3, adult_population,
                                      baseline_mortality_per_person_year) -
         attributable_deaths_per_year(response, pm25_after_annual_ugm3, adult_population,
                                      baseline_mortality_per_person_year);
}

}  // namespace airgov::health
