#pragma once
// Accumulates a run's outcomes per jurisdiction as the days go by (no history kept), and the
// regional aggregates: arithmetic means of the members' values, as official regional figures
// are, with the population-weighted mean PM2.5 beside them.
#include <array>
#include <string>
#include <vector>

#include "sim/record/recorder.hpp"
#include "sim/scenario/scenario.hpp"

namespace airgov {

struct OutcomeTotals {
  double pm25_mean_ugm3 = 0;
  double attainment_days = 0;  // AQI(PM2.5) <= 100
  double heavy_days = 0;       // AQI(PM2.5) > 200
  std::array<double, kAqiClassCount> days_by_class{};
  double mean_effort = 0;
  double abatement_t_per_year = 0;  // mean over the run of effort x baseline
  double abatement_cost_cny = 0;
  double damage_cny = 0;
  double transfer_cny = 0;  // net received: rewards, compensation, minus fines
  double payoff_cny = 0;
};

class RunSummary : public Recorder {
 public:
  explicit RunSummary(std::size_t jurisdictions);
  void on_day(const DayRecord& day) override;
  void on_period(const PeriodRecord& period) override;

  int days() const { return days_; }
  // Per jurisdiction, in region order.
  std::vector<OutcomeTotals> jurisdictions() const;
  // Arithmetic mean over `members` (all when empty); costs and payoffs are summed.
  OutcomeTotals region(const std::vector<std::size_t>& members = {}) const;
  double population_weighted_pm25(const RegionSpec& region) const;
  // Sum of abatement cost and damage (transfers cancel), with damages at the concentrations the
  // governments' game expects: the social cost of MODEL.md section 4, whose ratio is the price of
  // anarchy. The realised one adds the year's weather luck, which no rule can foresee.
  double social_cost_cny() const;
  double realised_social_cost_cny() const;

 private:
  int days_ = 0;
  std::vector<double> pm25_sum_;
  std::vector<double> effort_sum_;
  std::vector<std::array<int, kAqiClassCount>> class_days_;
  std::vector<double> cost_, damage_, payoff_, transfer_;
  std::vector<double> abatement_day_sum_;
  std::vector<double> expected_damage_;
};

}  // namespace airgov
