#pragma once
// The run's calendar: its days and its decision periods (calendar months, calendar years, or the
// whole horizon), each a half-open range of day offsets from the start date.
#include <string>
#include <vector>

#include "sim/core/date.hpp"

namespace airgov {

struct DecisionPeriod {
  int index = 0;
  int first_day = 0;  // offset from the start date
  int days = 0;
  Date start;
};

class Calendar {
 public:
  Calendar(Date start, int days, const std::string& period);
  Date start() const { return start_; }
  int days() const { return days_; }
  Date date(int offset) const { return start_ + offset; }
  const std::vector<DecisionPeriod>& periods() const { return periods_; }

 private:
  Date start_;
  int days_;
  std::vector<DecisionPeriod> periods_;
};

}  // namespace airgov
