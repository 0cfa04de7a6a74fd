#include "models/emissions/seasonal_emissions.hpp"

namespace airgov::emissions {

std::array<double, kTracerCount> pm25_yields(const ChemistrySpec& chemistry) {
  return {1.0, chemistry.sulfate_yield, chemistry.nitrate_yield};
}

bool in_heating_season(const EmissionsSpec& spec, Date day) {
  const int key = day.month() * 100 + day.day();
  const int start = spec.heating_start_month * 100 + spec.heating_start_day;
  const int end = spec.heating_end_month * 100 + spec.heating_end_day;
  // The season may wrap around the new year (15 Nov - 15 Mar) or not.
  return start <= end ? (key >= start && key <= end) : (key >= start || key <= end);
}

double heating_season_fraction(const EmissionsSpec& spec) {
  int inside = 0;
  const Date first = Date::from_ymd(2001, 1, 1);  // a common (non-leap) year
  for (int d = 0; d < 365; ++d) inside += in_heating_season(spec, first + d) ? 1 : 0;
  return inside / 365.0;
}

SeasonalEmissions::SeasonalEmissions(const ScenarioDescription& scenario) : spec_(scenario.emissions) {
  const auto yields = pm25_yields(scenario.chemistry);
  const double h = heating_season_fraction(spec_);
  // Residential factors inside (f) and outside (g) the season keep the annual mean: f h + g (1 - h) = 1.
  // A factor so large that g would turn negative puts all residential emissions in the season.
  const double f = h > 0 ? std::min(spec_.residential_heating_factor, 1.0 / h) : 1.0;
  const double g = h < 1 ? (1.0 - f * h) / (1.0 - h) : 0.0;
  for (const auto& j : scenario.region.jurisdictions) {
    double heating = 0, non_heating = 0, annual = 0;
    for (int t = 0; t < kTracerCount; ++t) {
      for (int s = 0; s < kSectorCount; ++s) {
        const double e = yields[t] * j.emissions_t_per_year[t][s];
        const bool residential = s == static_cast<int>(Sector::residential);
        heating += residential ? e * f : e;
        non_heating += residential ? e * g : e;
        annual += e;
      }
    }
    heating_.push_back(heating);
    non_heating_.push_back(non_heating);
    annual_.push_back(annual);
  }
}

void SeasonalEmissions::pm25_equivalent(Date day, std::span<const double> effort,
                                        std::span<double> emission_t_per_year) const {
  const auto& base = in_heating_season(spec_, day) ? heating_ : non_heating_;
  for (std::size_t i = 0; i < base.size(); ++i) emission_t_per_year[i] = base[i] * (1.0 - effort[i]);
}

}  // namespace airgov::emissions
