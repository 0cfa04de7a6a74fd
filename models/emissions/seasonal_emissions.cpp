#include "models/emissions/seasonal_emissions.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

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

bool covers(const EmissionMeasure& m, const JurisdictionSpec& j) {
  if (m.jurisdictions.empty() && m.provinces.empty() && m.groups.empty()) return true;
  auto named = [](const std::vector<std::string>& list, const std::string& x) {
    return std::find(list.begin(), list.end(), x) != list.end();
  };
  if (named(m.jurisdictions, j.id) || named(m.provinces, j.province)) return true;
  return std::any_of(j.groups.begin(), j.groups.end(), [&](const std::string& g) { return named(m.groups, g); });
}

std::vector<TracerSectorValues> emissions_with_measures(const ScenarioDescription& scenario, Date day) {
  std::vector<TracerSectorValues> out;
  for (const auto& j : scenario.region.jurisdictions) out.push_back(j.emissions_t_per_year);
  for (const auto& event : scenario.events) {
    if (event.date > day) continue;
    for (const auto& m : event.measures) {
      for (std::size_t i = 0; i < out.size(); ++i) {
        if (!covers(m, scenario.region.jurisdictions[i])) continue;
        for (const Tracer t : m.tracers) {
          for (const Sector s : m.sectors) out[i][static_cast<std::size_t>(t)][static_cast<std::size_t>(s)] *= 1.0 - m.cut;
        }
      }
    }
  }
  return out;
}

SeasonalEmissions::Segment SeasonalEmissions::segment(Date start, const std::vector<TracerSectorValues>& emissions) const {
  const double h = heating_season_fraction(spec_);
  // Residential factors inside (f) and outside (g) the season keep the annual mean: f h + g (1 - h) = 1.
  // A factor so large that g would turn negative puts all residential emissions in the season.
  const double f = h > 0 ? std::min(spec_.residential_heating_factor, 1.0 / h) : 1.0;
  const double g = h < 1 ? (1.0 - f * h) / (1.0 - h) : 0.0;
  Segment out{start, {}, {}, {}};
  for (const auto& values : emissions) {
    double heating = 0, non_heating = 0, annual = 0;
    for (int t = 0; t < kTracerCount; ++t) {
      for (int s = 0; s < kSectorCount; ++s) {
        const double e = yields_[t] * values[t][s];
        const bool residential = s == static_cast<int>(Sector::residential);
        heating += residential ? e * f : e;
        non_heating += residential ? e * g : e;
        annual += e;
      }
    }
    out.heating.push_back(heating);
    out.non_heating.push_back(non_heating);
    out.annual.push_back(annual);
  }
  return out;
}

SeasonalEmissions::SeasonalEmissions(const ScenarioDescription& scenario)
    : spec_(scenario.emissions), yields_(pm25_yields(scenario.chemistry)) {
  std::vector<TracerSectorValues> base;
  for (const auto& j : scenario.region.jurisdictions) base.push_back(j.emissions_t_per_year);
  segments_.push_back(segment(Date{std::numeric_limits<int>::min()}, base));
  // One segment per distinct date on which measures start: the rates are constant in between.
  std::vector<Date> dates;
  for (const auto& event : scenario.events) {
    if (!event.measures.empty()) dates.push_back(event.date);
  }
  std::sort(dates.begin(), dates.end());
  dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
  for (const Date d : dates) segments_.push_back(segment(d, emissions_with_measures(scenario, d)));
}

void SeasonalEmissions::pm25_equivalent(Date day, std::span<const double> effort,
                                        std::span<double> emission_t_per_year) const {
  // The last segment starting on or before the day (the first starts before any day).
  auto it = std::upper_bound(segments_.begin(), segments_.end(), day,
                             [](Date d, const Segment& s) { return d < s.start; });
  const Segment& segment = *(it - 1);
  const auto& base = in_heating_season(spec_, day) ? segment.heating : segment.non_heating;
  if (spec_.trend_per_year == 0) {
    for (std::size_t i = 0; i < base.size(); ++i) emission_t_per_year[i] = base[i] * (1.0 - effort[i]);
    return;
  }
  const double growth = std::pow(1.0 + spec_.trend_per_year, day.year() - spec_.base_year);
  for (std::size_t i = 0; i < base.size(); ++i) emission_t_per_year[i] = base[i] * growth * (1.0 - effort[i]);
}

}  // namespace airgov::emissions
