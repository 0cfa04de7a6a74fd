#pragma once
// Daily PM2.5-equivalent emissions (MODEL.md section 3, step 2):
//   E_i(t) = sum_k y_k sum_s E0_iks * season_s(t) * (1 - a_i(t))
// with y_k the PM2.5 yield of tracer k (1 for primary PM2.5, the sulfate yield for SO2, the
// nitrate yield for NOx; secondary PM2.5 forms "at the source", the simplest consistent choice
// of MODEL.md), and season_s raising residential emissions in the heating season while keeping
// their annual total. The effort a_i acts on every sector alike.
#include <vector>

#include "sim/interfaces/emission_model.hpp"
#include "sim/scenario/scenario.hpp"

namespace airgov::emissions {

// PM2.5 formed per tonne of each tracer emitted.
std::array<double, kTracerCount> pm25_yields(const ChemistrySpec& chemistry);

// Share of the year inside the heating season (whole days of a 365-day year).
double heating_season_fraction(const EmissionsSpec& spec);
bool in_heating_season(const EmissionsSpec& spec, Date day);

class SeasonalEmissions final : public EmissionModel {
 public:
  explicit SeasonalEmissions(const ScenarioDescription& scenario);
  void pm25_equivalent(Date day, std::span<const double> effort,
                       std::span<double> emission_t_per_year) const override;
  // Annual-mean PM2.5-equivalent baseline of each jurisdiction.
  const std::vector<double>& annual_baseline_t_per_year() const { return annual_; }

 private:
  EmissionsSpec spec_;
  std::vector<double> heating_;      // PM2.5-eq rate inside the heating season
  std::vector<double> non_heating_;  // and outside it
  std::vector<double> annual_;
};

}  // namespace airgov::emissions
