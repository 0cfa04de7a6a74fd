#pragma once
// Civil dates as whole days since 1970-01-01 (proleptic Gregorian), so the calendar is plain
// integer arithmetic and never depends on the machine's time zone.
#include <optional>
#include <string>
#include <string_view>

namespace airgov {

struct Date {
  int days_since_epoch = 0;

  static Date from_ymd(int year, int month, int day);
  // Parses "YYYY-MM-DD"; nullopt when malformed or not a real day (2013-02-30).
  static std::optional<Date> parse(std::string_view text);

  int year() const;
  int month() const;  // 1..12
  int day() const;    // 1..31
  int day_of_year() const;  // 1..366
  std::string iso() const;  // "YYYY-MM-DD"

  Date operator+(int days) const { return Date{days_since_epoch + days}; }
  int operator-(Date other) const { return days_since_epoch - other.days_since_epoch; }
  auto operator<=>(const Date&) const = default;
};

}  // namespace airgov
