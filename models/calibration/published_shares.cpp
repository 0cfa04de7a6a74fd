#include "models/calibration/published_shares.hpp"

#include <fmt/format.h>

#include <cctype>
#include <charconv>
#include <cmath>

#include "sim/core/csv_record.hpp"
#include "sim/core/errors.hpp"

namespace airgov::calibration {
namespace {

const std::vector<std::string> kHeader = {"receptor", "period", "regional_share_low", "regional_share_high",
                                          "condition", "method", "source"};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) return "";
  const auto last = s.find_last_not_of(" \t");
  return std::string(s.substr(first, last - first + 1));
}

// A share in [0, 1]; nullopt for an empty cell; false when the cell is not such a number.
bool parse_share(const std::string& cell, std::optional<double>& out) {
  if (cell.empty()) return true;
  double v = 0;
  const auto [ptr, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), v);
  if (ec != std::errc() || ptr != cell.data() + cell.size() || !std::isfinite(v) || v < 0 || v > 1) return false;
  out = v;
  return true;
}

// The first run of four digits in the period ("2013 (published 2014-04)" -> 2013); 0 if none.
int first_year(const std::string& period) {
  for (std::size_t i = 0; i + 4 <= period.size(); ++i) {
    bool digits = true;
    for (std::size_t k = i; k < i + 4; ++k) digits = digits && std::isdigit(static_cast<unsigned char>(period[k]));
    const bool bounded = (i == 0 || !std::isdigit(static_cast<unsigned char>(period[i - 1]))) &&
                         (i + 4 == period.size() || !std::isdigit(static_cast<unsigned char>(period[i + 4])));
    if (digits && bounded) return std::stoi(period.substr(i, 4));
  }
  return 0;
}

std::optional<DayClass> day_class_of(const std::string& condition) {
  const std::string c = lower(condition);
  if (c.rfind("annual mean", 0) == 0) return DayClass::annual;
  if (c.find("good days") != std::string::npos) return DayClass::good;
  if (c.find("moderate days") != std::string::npos) return DayClass::polluted;
  if (c.find("heavy") != std::string::npos) return DayClass::heavy;
  return std::nullopt;
}

std::optional<std::string> status_of(const std::string& condition) {
  const std::string c = lower(condition);
  if (c.rfind("net receivers", 0) == 0) return "net_receiver";
  if (c.rfind("net sources", 0) == 0) return "net_source";
  if (c.rfind("balanced", 0) == 0) return "balanced";
  return std::nullopt;
}

std::vector<std::string> split_list(const std::string& receptors) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= receptors.size()) {
    const auto comma = receptors.find(',', start);
    const std::string item = trim(std::string_view(receptors).substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (!item.empty()) out.push_back(item);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

}  // namespace

PublishedApportionment parse_published_apportionment(std::string_view text, const std::string& file) {
  PublishedApportionment out;
  read_csv_table(text, file, kHeader, [&](const std::vector<std::string>& f, int line, const CsvIssue& issue) {
    std::optional<double> low, high;
    bool good = true;
    if (f[0].empty()) issue("receptor is empty"), good = false;
    if (!parse_share(f[2], low)) issue(fmt::format("regional_share_low `{}` is not a share in [0, 1]", f[2])), good = false;
    if (!parse_share(f[3], high)) issue(fmt::format("regional_share_high `{}` is not a share in [0, 1]", f[3])), good = false;
    if (low && high && *low > *high) {
      issue(fmt::format("regional_share_low {} is above regional_share_high {}", *low, *high));
      good = false;
    }
    const int year = first_year(f[1]);
    if (year == 0) issue(fmt::format("period `{}` names no year", f[1])), good = false;
    if (!good) return;
    if (const auto status = status_of(f[4])) {
      for (const auto& city : split_list(f[0])) out.statuses.push_back(PublishedStatus{city, *status, year, f[5], f[6], line});
      return;
    }
    const auto day_class = day_class_of(f[4]);
    const bool one_city = f[0].find(',') == std::string::npos && f[0].find('(') == std::string::npos;
    if (day_class && one_city && (low || high)) {
      out.shares.push_back(PublishedShare{f[0], year, f[1], f[4], f[5], f[6], *day_class, low, high, line});
    } else {
      out.not_compared.emplace_back(line, fmt::format("{}, {}: {}", f[0], f[1], f[4]));
    }
  });
  return out;
}

}  // namespace airgov::calibration
