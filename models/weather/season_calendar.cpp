#include "models/weather/season_calendar.hpp"

#include <stdexcept>

namespace airgov::weather {

SeasonCalendar::SeasonCalendar(const std::vector<SeasonSpec>& seasons) {
  season_of_month_.fill(-1);
  for (int s = 0; s < static_cast<int>(seasons.size()); ++s) {
    names_.push_back(seasons[s].name);
    for (const int month : seasons[s].months) {
      if (month < 1 || month > 12) {
        throw std::invalid_argument("weather season '" + seasons[s].name + "': month " +
                                    std::to_string(month) + " is not in 1..12");
      }
      if (season_of_month_[month - 1] >= 0) {
        throw std::invalid_argument("weather: month " + std::to_string(month) +
                                    " is in two seasons ('" + names_[season_of_month_[month - 1]] +
                                    "' and '" + seasons[s].name + "')");
      }
      season_of_month_[month - 1] = s;
    }
  }
  for (int m = 0; m < 12; ++m) {
    if (season_of_month_[m] < 0) {
      throw std::invalid_argument("weather: month " + std::to_string(m + 1) + " is in no season");
    }
  }
}

int SeasonCalendar::season_of(Date day) const {
  if (names_.empty()) throw std::out_of_range("weather: no seasons defined");
  return season_of_month_[day.month() - 1];
}

}  // namespace airgov::weather
