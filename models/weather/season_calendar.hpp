#pragma once
// Which season a day belongs to: each month of the year in exactly one SeasonSpec.
#include <array>
#include <string>
#include <vector>

#include "sim/core/date.hpp"
#include "sim/scenario/scenario.hpp"

namespace airgov::weather {

class SeasonCalendar {
 public:
  // An empty calendar (no seasons); season_of() then throws.
  SeasonCalendar() = default;
  // Throws std::invalid_argument unless every month 1..12 is in exactly one season.
  explicit SeasonCalendar(const std::vector<SeasonSpec>& seasons);

  int season_count() const { return static_cast<int>(names_.size()); }
  const std::string& season_name(int season) const { return names_.at(season); }
  // Index into the seasons given at construction. Throws std::out_of_range if empty.
  int season_of(Date day) const;

 private:
  std::vector<std::string> names_;
  std::array<int, 12> season_of_month_{};
};

}  // namespace airgov::weather
