#pragma once
// Observed annual mean PM2.5 (scenarios/observations/pm25-annual.csv, a copy of shared/data):
// one row per region (a city, a province average or a group average) and year, with its status
// and source kept so that the fit report can show where each target comes from.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace airgov::calibration {

struct Observation {
  std::string region;  // as written: "Beijing", "Hebei (province average)", "JJJ 13 cities", ...
  int year = 0;
  double pm25_ugm3 = 0;
  std::string status;  // sourced, derived, recalled_unverified, estimate
  std::string series;
  std::string source;
  int line = 0;        // line in the file (1 = header)
};

// Parses the CSV (header `region,year,pm25_ugm3,status,series,source,note`, RFC 4180 quoting).
// Every bad line is reported at once: InvalidInputError (exit 65) with "line N" and what was
// expected. `file` names the input in messages.
std::vector<Observation> parse_observations(std::string_view text, const std::string& file);

// Reads the file: MissingFileError (exit 66) when it does not exist, then parse_observations.
std::vector<Observation> read_observations(const std::filesystem::path& file);

}  // namespace airgov::calibration
