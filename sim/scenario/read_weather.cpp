// Weather regimes and their seasonal Markov chain.
#include <fmt/format.h>

#include <cmath>

#include "sim/scenario/load.hpp"

namespace airgov {
namespace {

constexpr std::array<const char*, 16> kCompass = {"N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
                                                  "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"};

RegimeSpec read_regime(const Json& node, const std::string& pointer, Issues& issues) {
  RegimeSpec r;
  ObjectReader reader(node, pointer, issues);
  r.name = reader.string("name", true).value_or("");
  r.wind_speed_ms = reader.number("wind_speed_ms", Range::positive(), true).value_or(1);
  r.mixing_height_m = reader.number("mixing_height_m", Range::positive(), true).value_or(1);
  r.background_ugm3 = reader.number("background_ugm3", Range::at_least(0), true).value_or(0);
  r.deposition_velocity_ms = reader.number_or("deposition_velocity_ms", 0.001, Range::at_least(0));
  r.wet_removal_per_s = reader.number_or("wet_removal_per_s", 0.0, Range::at_least(0));
  r.venting_per_s = reader.number_or("venting_per_s", 0.0, Range::at_least(0));
  reader.string("source", false);
  if (const Json* wind = reader.object("wind_from", true)) {
    ObjectReader sectors(*wind, reader.pointer("wind_from"), issues);
    double sum = 0;
    for (std::size_t k = 0; k < kCompass.size(); ++k) {
      r.wind_from_frequency[k] = sectors.number_or(kCompass[k], 0.0, Range::unit());
      sum += r.wind_from_frequency[k];
    }
    sectors.finish();
    if (sectors.ok() && std::abs(sum - 1.0) > 1e-6) {
      issues.add(reader.pointer("wind_from"), fmt::format("direction frequencies sum to {}, expected 1", sum));
    }
  }
  reader.finish();
  return r;
}

SeasonSpec read_season(const Json& node, const std::string& pointer, std::size_t regimes, Issues& issues) {
  SeasonSpec s;
  ObjectReader reader(node, pointer, issues);
  s.name = reader.string("name", true).value_or("");
  if (const Json* months = reader.array("months", true)) {
    for (std::size_t k = 0; k < months->size(); ++k) {
      const auto m = read_number((*months)[k], reader.pointer("months") + "/" + std::to_string(k), Range::between(1, 12), issues);
      if (m && *m == std::floor(*m)) s.months.push_back(static_cast<int>(*m));
      else if (m) issues.add(reader.pointer("months") + "/" + std::to_string(k), "expected a month number 1-12");
    }
  }
  if (const Json* rows = reader.array("transition", true)) {
    const std::string p = reader.pointer("transition");
    if (rows->size() != regimes) {
      issues.add(p, fmt::format("expected {} rows (one per regime), found {}", regimes, rows->size()));
    } else {
      s.transition = Matrix(regimes, regimes);
      for (std::size_t r = 0; r < regimes; ++r) {
        const Json& row = (*rows)[r];
        const std::string rp = p + "/" + std::to_string(r);
        if (!row.is_array() || row.size() != regimes) {
          issues.add(rp, fmt::format("expected an array of {} probabilities", regimes));
          continue;
        }
        double sum = 0;
        for (std::size_t c = 0; c < regimes; ++c) {
          s.transition(r, c) = read_number(row[c], rp + "/" + std::to_string(c), Range::unit(), issues).value_or(0);
          sum += s.transition(r, c);
        }
        if (std::abs(sum - 1.0) > 1e-6) issues.add(rp, fmt::format("probabilities sum to {}, expected 1", sum));
      }
    }
  }
  reader.finish();
  return s;
}

}  // namespace

WeatherSpec read_weather(const Json& node, const std::string& pointer, Issues& issues) {
  WeatherSpec weather;
  ObjectReader reader(node, pointer, issues);
  check_schema_version(reader, issues, DocumentKind::weather);
  reader.string("name", false);
  reader.string("description", false);
  reader.any("sources", false);
  weather.stochastic = reader.boolean("stochastic", false).value_or(true);
  if (const Json* regimes = reader.array("regimes", true)) {
    if (regimes->empty()) issues.add(reader.pointer("regimes"), "at least one regime is needed");
    for (std::size_t k = 0; k < regimes->size(); ++k) {
      weather.regimes.push_back(read_regime((*regimes)[k], reader.pointer("regimes") + "/" + std::to_string(k), issues));
    }
  }
  std::array<int, 13> month_seen{};
  if (const Json* seasons = reader.array("seasons", true)) {
    for (std::size_t k = 0; k < seasons->size(); ++k) {
      const std::string p = reader.pointer("seasons") + "/" + std::to_string(k);
      weather.seasons.push_back(read_season((*seasons)[k], p, weather.regimes.size(), issues));
      for (int m : weather.seasons.back().months) {
        if (month_seen[m]++) issues.add(p + "/months", fmt::format("month {} belongs to two seasons", m));
      }
    }
    for (int m = 1; m <= 12; ++m) {
      if (!month_seen[m]) issues.add(reader.pointer("seasons"), fmt::format("month {} belongs to no season", m));
    }
  }
  reader.finish();
  return weather;
}

}  // namespace airgov
