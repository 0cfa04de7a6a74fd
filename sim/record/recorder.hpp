#pragma once
// What the engine tells recorders: one record per simulated day and one per decision period.
// Recorders stream (daily tables) or accumulate (summaries); the engine keeps no history.
#include <span>

#include "sim/core/date.hpp"
#include "sim/interfaces/air_quality_model.hpp"
#include "sim/interfaces/game.hpp"
#include "sim/schedule/calendar.hpp"

namespace airgov {

struct DayRecord {
  int day = 0;  // offset from the start date (the CSV counts from 1)
  Date date;
  int regime = 0;
  std::span<const double> pm25_ugm3;
  std::span<const DailyAirQuality> air_quality;
  std::span<const double> emission_t_per_year;  // PM2.5-equivalent rate in force today
  std::span<const double> effort;
  std::span<const double> emergency_cut;  // today's temporary cut under a heavy-pollution alert
};

struct PeriodRecord {
  const DecisionPeriod& period;
  std::span<const double> effort;
  std::span<const double> mean_pm25_ugm3;
  const PeriodAccount& account;  // CNY over the period (annual rates x days / 365), realised weather
  // The same at the concentrations the period's game expects (X = B + T^T E with the expected
  // transport): the ex-ante account that the rules optimise, free of the year's weather luck.
  const PeriodAccount& expected_account;
  const GameParameters& game;
};

class Recorder {
 public:
  virtual ~Recorder() = default;
  virtual void on_day(const DayRecord&) {}
  virtual void on_period(const PeriodRecord&) {}
};

}  // namespace airgov
