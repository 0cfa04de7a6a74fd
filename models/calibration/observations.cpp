#include "models/calibration/observations.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

#include "sim/core/csv_record.hpp"
#include "sim/core/errors.hpp"

namespace airgov::calibration {
namespace {

template <typename T>
bool parse_number(const std::string& text, T& value) {
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  return ec == std::errc() && ptr == end;
}

}  // namespace

std::vector<Observation> parse_observations(std::string_view text, const std::string& file) {
  static const std::vector<std::string> kHeader = {"region", "year", "pm25_ugm3", "status", "series", "source", "note"};
  std::vector<Observation> out;
  read_csv_table(text, file, kHeader, [&](const std::vector<std::string>& fields, int line, const CsvIssue& issue) {
    Observation o{fields[0], 0, 0.0, fields[3], fields[4], fields[5], line};
    bool good = true;
    if (o.region.empty()) issue("region is empty"), good = false;
    if (!parse_number(fields[1], o.year) || o.year < 1900 || o.year > 2200) {
      issue(fmt::format("year `{}` is not a year (expected an integer such as 2013)", fields[1]));
      good = false;
    }
    if (!parse_number(fields[2], o.pm25_ugm3) || !std::isfinite(o.pm25_ugm3) || o.pm25_ugm3 <= 0 ||
        o.pm25_ugm3 > 2000) {
      issue(fmt::format("pm25_ugm3 `{}` is not a concentration (expected a number in (0, 2000] ug/m3)", fields[2]));
      good = false;
    }
    if (good) out.push_back(std::move(o));
  });
  return out;
}

std::vector<Observation> read_observations(const std::filesystem::path& file) {
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec)) {
    throw MissingFileError(fmt::format("{}: is a folder, not an observations file", file.string()));
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) throw MissingFileError(fmt::format("{}: observations file not found", file.string()));
  std::ostringstream text;
  text << in.rdbuf();
  return parse_observations(text.str(), file.string());
}

}  // namespace airgov::calibration
