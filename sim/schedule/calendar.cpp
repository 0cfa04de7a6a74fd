#include "sim/schedule/calendar.hpp"

namespace airgov {

Calendar::Calendar(Date start, int days, const std::string& period) : start_(start), days_(days) {
  int first = 0;
  for (int d = 1; d <= days; ++d) {
    const Date today = start + d;
    const Date yesterday = start + (d - 1);
    const bool boundary = d == days || (period == "month" && today.month() != yesterday.month()) ||
                          (period == "year" && today.year() != yesterday.year());
    if (boundary) {
      periods_.push_back(DecisionPeriod{static_cast<int>(periods_.size()), first, d - first, start + first});
      first = d;
    }
  }
}

}  // namespace airgov
