#include "sim/core/date.hpp"

#include <cstdio>

namespace airgov {
namespace {
// Howard Hinnant's days_from_civil / civil_from_days algorithms (public domain).
int days_from_civil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct Ymd {
  int y, m, d;
};

Ymd civil_from_days(int z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = yoe + era * 400;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp + (mp < 10 ? 3 : -9);
  return {y + (m <= 2 ? 1 : 0), m, d};
}
}  // namespace

Date Date::from_ymd(int year, int month, int day) { return Date{days_from_civil(year, month, day)}; }

std::optional<Date> Date::parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8};
  const int lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (int k = 0; k < lengths[p]; ++k) {
      const char c = text[static_cast<std::size_t>(starts[p] + k)];
      if (c < '0' || c > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (c - '0');
    }
  }
  const Date date = from_ymd(parts[0], parts[1], parts[2]);
  if (date.year() != parts[0] || date.month() != parts[1] || date.day() != parts[2]) return std::nullopt;
  return date;
}

int Date::year() const { return civil_from_days(days_since_epoch).y; }
int Date::month() const { return civil_from_days(days_since_epoch).m; }
int Date::day() const { return civil_from_days(days_since_epoch).d; }
int Date::day_of_year() const { return days_since_epoch - days_from_civil(year(), 1, 1) + 1; }

std::string Date::iso() const {
  const Ymd c = civil_from_days(days_since_epoch);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", c.y, c.m, c.d);
  return buffer;
}

}  // namespace airgov
