#pragma once
// A tiny reader of scenarios/regions/cities.csv (a copy of shared/data/cities.csv) for the transport tests: id, centre and area of each
// city, by header name (fields split by sim/core/csv_record).
#include <cstddef>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "models/transport/box_fluxes.hpp"
#include "sim/core/csv_record.hpp"

namespace airgov::transport::test {

struct City {
  std::string id;
  BoxSpec box;
};

inline std::vector<std::string> split_csv_line(const std::string& line) {
  auto fields = split_csv_record(line);
  if (!fields) throw std::runtime_error("unterminated quote in: " + line);
  return *fields;
}

inline std::string cities_csv_path() { return std::string(AIRGOV_SOURCE_DIR) + "/scenarios/regions/cities.csv"; }

inline std::vector<City> read_cities(const std::string& path = cities_csv_path()) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::string line;
  std::getline(in, line);
  const std::vector<std::string> header = split_csv_line(line);
  const auto column = [&](const std::string& name) {
    for (std::size_t k = 0; k < header.size(); ++k) {
      if (header[k] == name) return k;
    }
    throw std::runtime_error(path + ": no column " + name);
  };
  const std::size_t id = column("id"), lat = column("lat"), lon = column("lon"),
                    area = column("area_km2");
  std::vector<City> cities;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const std::vector<std::string> f = split_csv_line(line);
    cities.push_back({f.at(id), {{std::stod(f.at(lat)), std::stod(f.at(lon))}, std::stod(f.at(area))}});
  }
  return cities;
}

inline std::size_t city_index(const std::vector<City>& cities, const std::string& id) {
  for (std::size_t k = 0; k < cities.size(); ++k) {
    if (cities[k].id == id) return k;
  }
  throw std::runtime_error("no city " + id);
}

}  // namespace airgov::transport::test
