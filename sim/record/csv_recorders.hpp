#pragma once
// Streaming CSV recorders for `run --out`: daily.csv (one row per jurisdiction and day) and
// decisions.csv (one row per jurisdiction and decision period). Rows go straight to the stream;
// nothing is held in memory.
#include <ostream>
#include <string>
#include <vector>

#include "sim/record/recorder.hpp"

namespace airgov {

class DailyCsvRecorder : public Recorder {
 public:
  DailyCsvRecorder(std::ostream& out, std::vector<std::string> ids, std::vector<std::string> regime_names);
  void on_day(const DayRecord& day) override;

 private:
  std::ostream& out_;
  std::vector<std::string> ids_;
  std::vector<std::string> regime_names_;
};

class DecisionsCsvRecorder : public Recorder {
 public:
  DecisionsCsvRecorder(std::ostream& out, std::vector<std::string> ids);
  void on_period(const PeriodRecord& period) override;

 private:
  std::ostream& out_;
  std::vector<std::string> ids_;
};

// Sends every record to several recorders, in order.
class RecorderFan : public Recorder {
 public:
  explicit RecorderFan(std::vector<Recorder*> recorders) : recorders_(std::move(recorders)) {}
  void on_day(const DayRecord& day) override {
    for (auto* r : recorders_) r->on_day(day);
  }
  void on_period(const PeriodRecord& period) override {
    for (auto* r : recorders_) r->on_period(period);
  }

 private:
  std::vector<Recorder*> recorders_;
};

}  // namespace airgov
