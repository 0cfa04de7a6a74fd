#pragma once
// Daily PM2.5-equivalent emissions (MODEL.md section 3, step 2):
//   E_i(t) = g(t) sum_k y_k sum_s E0_iks m_iks(t) season_s(t) * (1 - a_i(t))
// with y_k the PM2.5 yield of tracer k (1 for primary PM2.5, the sulfate yield for SO2, the
// nitrate yield for NOx; secondary PM2.5 forms "at the source", the simplest consistent choice
// of MODEL.md), season_s raising residential emissions in the heating season while keeping
// their annual total, m_iks(t) the product of (1 - cut) of the dated measures in force on
// tracer k and sector s (scenario.hpp, EmissionMeasure), and g(t) = (1 + trend)^(year - base
// year) the exogenous activity trend. The effort a_i acts on every sector alike.
#include <vector>

#include "sim/interfaces/emission_model.hpp"
#include "sim/scenario/scenario.hpp"

namespace airgov::emissions {

// PM2.5 formed per tonne of each tracer emitted.
std::array<double, kTracerCount> pm25_yields(const ChemistrySpec& chemistry);

// Share of the year inside the heating season (whole days of a 365-day year).
double heating_season_fraction(const EmissionsSpec& spec);
bool in_heating_season(const EmissionsSpec& spec, Date day);

// Whether a measure covers a jurisdiction (its id, province or one of its groups is named; a
// measure naming none covers all).
bool covers(const EmissionMeasure& measure, const JurisdictionSpec& jurisdiction);

// Baseline emissions by tracer and sector of every jurisdiction with the measures of every event
// dated on or before `day` applied (no trend, no season).
std::vector<TracerSectorValues> emissions_with_measures(const ScenarioDescription& scenario, Date day);

class SeasonalEmissions final : public EmissionModel {
 public:
  explicit SeasonalEmissions(const ScenarioDescription& scenario);
  void pm25_equivalent(Date day, std::span<const double> effort,
                       std::span<double> emission_t_per_year) const override;
  // Annual-mean PM2.5-equivalent baseline of each jurisdiction (before any measure or trend).
  const std::vector<double>& annual_baseline_t_per_year() const { return segments_.front().annual; }

 private:
  // The rates between two consecutive measure dates (one segment when there is no measure).
  struct Segment {
    Date start;
    std::vector<double> heating;      // PM2.5-eq rate inside the heating season
    std::vector<double> non_heating;  // and outside it
    std::vector<double> annual;
  };
  Segment segment(Date start, const std::vector<TracerSectorValues>& emissions) const;

  EmissionsSpec spec_;
  std::array<double, kTracerCount> yields_{};
  std::vector<Segment> segments_;  // by start date; the first starts before any day
};

}  // namespace airgov::emissions
