#include "sim/record/csv_recorders.hpp"

#include <fmt/format.h>

#include "sim/record/finite_guard.hpp"

namespace airgov {

DailyCsvRecorder::DailyCsvRecorder(std::ostream& out, std::vector<std::string> ids, std::vector<std::string> regime_names)
    : out_(out), ids_(std::move(ids)), regime_names_(std::move(regime_names)) {
  out_ << "jurisdiction,day,date,regime,pm25_ugm3,aqi_pm25,aqi_class,emission_pm25eq_t_per_year,effort,emergency_cut\n";
}

void DailyCsvRecorder::on_day(const DayRecord& day) {
  require_finite(day);
  const std::string date = day.date.iso();
  const std::string& regime = day.regime >= 0 && static_cast<std::size_t>(day.regime) < regime_names_.size()
                                  ? regime_names_[static_cast<std::size_t>(day.regime)]
                                  : std::to_string(day.regime);
  fmt::memory_buffer buffer;
  for (std::size_t j = 0; j < ids_.size(); ++j) {
    fmt::format_to(std::back_inserter(buffer), "{},{},{},{},{:.3f},{},{},{:.1f},{:.6f},{:.3f}\n", ids_[j], day.day + 1, date,
                   regime, day.pm25_ugm3[j], day.air_quality[j].aqi_pm25,
                   kAqiClassNames[static_cast<std::size_t>(day.air_quality[j].aqi_class)],
                   day.emission_t_per_year[j], day.effort[j], day.emergency_cut[j]);
  }
  out_.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
}

DecisionsCsvRecorder::DecisionsCsvRecorder(std::ostream& out, std::vector<std::string> ids)
    : out_(out), ids_(std::move(ids)) {
  out_ << "jurisdiction,period,start_date,days,effort,abatement_t_per_year,abatement_cost_cny,damage_cny,transfer_cny,payoff,"
          "mean_pm25_ugm3\n";
}

void DecisionsCsvRecorder::on_period(const PeriodRecord& record) {
  require_finite(record);
  fmt::memory_buffer buffer;
  const std::string start = record.period.start.iso();
  for (std::size_t j = 0; j < ids_.size(); ++j) {
    fmt::format_to(std::back_inserter(buffer), "{},{},{},{},{:.6f},{:.1f},{},{},{},{},{:.3f}\n", ids_[j],
                   record.period.index + 1, start, record.period.days, record.effort[j],
                   record.effort[j] * record.game.baseline_t_per_year[j], record.account.abatement_cost_cny[j],
                   record.account.damage_cny[j], record.account.transfer_cny[j], record.account.payoff_cny[j], record.mean_pm25_ugm3[j]);
  }
  out_.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
}

}  // namespace airgov
