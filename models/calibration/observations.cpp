#include "models/calibration/observations.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

#include "sim/core/csv_record.hpp"
#include "sim/core/errors.hpp"
#include "sim/core/text_lines.hpp"

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
  std::vector<InputIssue> issues;
  TextLines lines(text);
  bool header_seen = false;
  auto issue = [&](const std::string& message) {
    issues.push_back(InputIssue{file, fmt::format("line {}", lines.number()), message});
  };
  std::string_view line;
  while (lines.next(line)) {
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    const auto record = split_csv_record(line);
    if (!record) {
      issue("unterminated quoted field");
      continue;
    }
    const std::vector<std::string>& fields = *record;
    if (!header_seen) {
      header_seen = true;
      if (fields != kHeader) {
        issue("expected the header `region,year,pm25_ugm3,status,series,source,note`");
        break;  // the rest cannot be read without knowing the columns
      }
      continue;
    }
    if (fields.size() != kHeader.size()) {
      issue(fmt::format("expected {} fields (region,year,pm25_ugm3,status,series,source,note), found {}",
                        kHeader.size(), fields.size()));
      continue;
    }
    Observation o{fields[0], 0, 0.0, fields[3], fields[4], fields[5], lines.number()};
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
  }
  if (!header_seen) {
    issues.push_back(InputIssue{file, "line 1", "empty file: expected the header `region,year,pm25_ugm3,status,series,source,note`"});
  }
  if (!issues.empty()) throw InvalidInputError(std::move(issues));
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
