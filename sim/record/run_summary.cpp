#include "sim/record/run_summary.hpp"

#include "sim/record/finite_guard.hpp"

namespace airgov {

RunSummary::RunSummary(std::size_t n)
    : pm25_sum_(n, 0.0), effort_sum_(n, 0.0), class_days_(n), cost_(n, 0.0), damage_(n, 0.0), payoff_(n, 0.0), transfer_(n, 0.0), abatement_day_sum_(n, 0.0), expected_damage_(n, 0.0) {}

void RunSummary::on_day(const DayRecord& day) {
  require_finite(day);
  ++days_;
  for (std::size_t j = 0; j < pm25_sum_.size(); ++j) {
    pm25_sum_[j] += day.pm25_ugm3[j];
    effort_sum_[j] += day.effort[j];
    ++class_days_[j][static_cast<std::size_t>(day.air_quality[j].aqi_class)];
  }
}

void RunSummary::on_period(const PeriodRecord& period) {
  require_finite(period);
  for (std::size_t j = 0; j < cost_.size(); ++j) {
    cost_[j] += period.account.abatement_cost_cny[j];
    damage_[j] += period.account.damage_cny[j];
    payoff_[j] += period.account.payoff_cny[j];
    transfer_[j] += period.account.transfer_cny[j];
    expected_damage_[j] += period.expected_account.damage_cny[j];
    abatement_day_sum_[j] += period.effort[j] * period.game.baseline_t_per_year[j] * period.period.days;
  }
}

std::vector<OutcomeTotals> RunSummary::jurisdictions() const {
  std::vector<OutcomeTotals> out(pm25_sum_.size());
  const double days = days_ > 0 ? days_ : 1;
  for (std::size_t j = 0; j < out.size(); ++j) {
    auto& o = out[j];
    o.pm25_mean_ugm3 = pm25_sum_[j] / days;
    o.mean_effort = effort_sum_[j] / days;
    o.abatement_t_per_year = abatement_day_sum_[j] / days;
    for (int c = 0; c < kAqiClassCount; ++c) o.days_by_class[c] = class_days_[j][c];
    o.attainment_days = o.days_by_class[0] + o.days_by_class[1];
    o.heavy_days = o.days_by_class[4] + o.days_by_class[5];
    o.abatement_cost_cny = cost_[j];
    o.damage_cny = damage_[j];
    o.payoff_cny = payoff_[j];
    o.transfer_cny = transfer_[j];
  }
  return out;
}

OutcomeTotals RunSummary::region(const std::vector<std::size_t>& members) const {
  const auto all = jurisdictions();
  std::vector<std::size_t> chosen = members;
  if (chosen.empty()) {
    for (std::size_t j = 0; j < all.size(); ++j) chosen.push_back(j);
  }
  OutcomeTotals r;
  if (chosen.empty()) return r;
  const double k = static_cast<double>(chosen.size());
  for (std::size_t j : chosen) {
    const auto& o = all[j];
    r.pm25_mean_ugm3 += o.pm25_mean_ugm3 / k;
    r.attainment_days += o.attainment_days / k;
    r.heavy_days += o.heavy_days / k;
    for (int c = 0; c < kAqiClassCount; ++c) r.days_by_class[c] += o.days_by_class[c] / k;
    r.mean_effort += o.mean_effort / k;
    r.abatement_t_per_year += o.abatement_t_per_year;
    r.abatement_cost_cny += o.abatement_cost_cny;
    r.damage_cny += o.damage_cny;
    r.payoff_cny += o.payoff_cny;
    r.transfer_cny += o.transfer_cny;
  }
  return r;
}

double RunSummary::population_weighted_pm25(const RegionSpec& region) const {
  double weighted = 0, population = 0;
  for (std::size_t j = 0; j < region.jurisdictions.size() && j < pm25_sum_.size(); ++j) {
    const double p = region.jurisdictions[j].population_million;
    weighted += p * pm25_sum_[j] / (days_ > 0 ? days_ : 1);
    population += p;
  }
  return population > 0 ? weighted / population : 0.0;
}

double RunSummary::social_cost_cny() const {
  double total = 0;
  for (std::size_t j = 0; j < cost_.size(); ++j) total += cost_[j] + expected_damage_[j];
  return total;
}

double RunSummary::realised_social_cost_cny() const {
  double total = 0;
  for (std::size_t j = 0; j < cost_.size(); ++j) total += cost_[j] + damage_[j];
  return total;
}

}  // namespace airgov
