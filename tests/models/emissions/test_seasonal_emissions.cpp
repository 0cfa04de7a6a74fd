// Dated measures and the activity trend in the daily PM2.5-equivalent emissions, checked against
// the closed form of models/emissions/seasonal_emissions.hpp computed by hand.
#include <gtest/gtest.h>

#include <cmath>

#include "models/emissions/seasonal_emissions.hpp"

namespace airgov::emissions {
namespace {

constexpr auto kPm25 = static_cast<std::size_t>(Tracer::pm25_primary);
constexpr auto kSo2 = static_cast<std::size_t>(Tracer::so2);
constexpr auto kNox = static_cast<std::size_t>(Tracer::nox);
constexpr auto kIndustry = static_cast<std::size_t>(Sector::industry);
constexpr auto kPower = static_cast<std::size_t>(Sector::power);
constexpr auto kResidential = static_cast<std::size_t>(Sector::residential);
constexpr auto kTransport = static_cast<std::size_t>(Sector::transport);

JurisdictionSpec city(const std::string& id, const std::string& province, std::vector<std::string> groups) {
  JurisdictionSpec j;
  j.id = id;
  j.province = province;
  j.groups = std::move(groups);
  j.emissions_t_per_year[kPm25] = {1000, 100, 800, 200};
  j.emissions_t_per_year[kSo2] = {2000, 1500, 500, 10};
  j.emissions_t_per_year[kNox] = {1200, 1000, 50, 900};
  return j;
}

ScenarioDescription two_cities() {
  ScenarioDescription s;
  s.region.jurisdictions = {city("beijing", "Beijing", {"jjj13"}), city("handan", "Hebei", {"jjj13", "2p26"})};
  s.chemistry.sulfate_yield = 0.5;
  s.chemistry.nitrate_yield = 0.3;
  s.emissions.residential_heating_factor = 2.0;  // heating season 15 Nov - 15 Mar by default
  return s;
}

// The closed form: sum_k y_k sum_s E_ks m_ks season_s, season = f in the heating season for
// residential (f h + g (1 - h) = 1), 1 otherwise.
double by_hand(const TracerSectorValues& e, const std::array<std::array<double, 4>, 3>& m, bool heating,
               const EmissionsSpec& spec) {
  const double yields[] = {1.0, 0.5, 0.3};
  const double h = heating_season_fraction(spec);
  const double f = spec.residential_heating_factor, g = (1.0 - f * h) / (1.0 - h);
  double total = 0;
  for (std::size_t t = 0; t < 3; ++t) {
    for (std::size_t s = 0; s < 4; ++s) {
      const double season = s == kResidential ? (heating ? f : g) : 1.0;
      total += yields[t] * e[t][s] * m[t][s] * season;
    }
  }
  return total;
}

std::array<std::array<double, 4>, 3> ones() {
  std::array<std::array<double, 4>, 3> m;
  for (auto& row : m) row.fill(1.0);
  return m;
}

std::vector<double> emit(const SeasonalEmissions& model, Date day, std::vector<double> effort = {0, 0}) {
  std::vector<double> out(2);
  model.pm25_equivalent(day, effort, out);
  return out;
}

TEST(SeasonalEmissions, WithoutMeasuresTheClosedFormHolds) {
  const ScenarioDescription s = two_cities();
  const SeasonalEmissions model(s);
  const auto e = s.region.jurisdictions[0].emissions_t_per_year;
  EXPECT_NEAR(emit(model, Date::from_ymd(2013, 7, 1))[0], by_hand(e, ones(), false, s.emissions), 1e-9);
  EXPECT_NEAR(emit(model, Date::from_ymd(2013, 1, 10))[0], by_hand(e, ones(), true, s.emissions), 1e-9);
  EXPECT_NEAR(emit(model, Date::from_ymd(2013, 1, 10), {0.25, 0})[0],
              0.75 * by_hand(e, ones(), true, s.emissions), 1e-9);
}

TEST(SeasonalEmissions, MeasuresCutTheirTracerAndSectorFromTheirDateWhereTheyApply) {
  ScenarioDescription s = two_cities();
  PolicyEvent power;
  power.date = Date::from_ymd(2013, 7, 1);
  power.measures.push_back({{Tracer::so2}, {Sector::power}, 0.5, {}, {"Hebei"}, {}, "desulfurisation"});
  PolicyEvent heating;
  heating.date = Date::from_ymd(2013, 10, 1);
  heating.measures.push_back({{Tracer::pm25_primary, Tracer::so2}, {Sector::residential}, 0.3, {}, {}, {"2p26"}, "coal to gas"});
  heating.measures.push_back({{Tracer::so2}, {Sector::power, Sector::industry}, 0.2, {"beijing"}, {}, {}, "standards"});
  PolicyEvent again;  // a second cut of the same tracer and sector compounds
  again.date = Date::from_ymd(2014, 1, 1);
  again.measures.push_back({{Tracer::so2}, {Sector::power}, 0.2, {}, {}, {}, "everyone"});
  s.events = {heating, power, again};  // any order
  const SeasonalEmissions model(s);
  const auto e = s.region.jurisdictions[0].emissions_t_per_year;

  // Before any measure: unchanged.
  EXPECT_NEAR(emit(model, Date::from_ymd(2013, 6, 30))[1], by_hand(e, ones(), false, s.emissions), 1e-9);
  // From 1 July: Handan (Hebei) halves its power SO2, Beijing does not.
  auto handan = ones(), beijing = ones();
  handan[kSo2][kPower] = 0.5;
  auto day = emit(model, Date::from_ymd(2013, 7, 1));
  EXPECT_NEAR(day[0], by_hand(e, beijing, false, s.emissions), 1e-9);
  EXPECT_NEAR(day[1], by_hand(e, handan, false, s.emissions), 1e-9);
  EXPECT_NEAR(by_hand(e, ones(), false, s.emissions) - day[1], 0.5 * 0.5 * 1500, 1e-9);  // y_SO2 x cut x E
  // From 1 October: clean heating in the 2+26 (Handan), standards in Beijing.
  handan[kPm25][kResidential] = handan[kSo2][kResidential] = 0.7;
  beijing[kSo2][kPower] = beijing[kSo2][kIndustry] = 0.8;
  day = emit(model, Date::from_ymd(2013, 10, 1));
  EXPECT_NEAR(day[0], by_hand(e, beijing, false, s.emissions), 1e-9);
  EXPECT_NEAR(day[1], by_hand(e, handan, false, s.emissions), 1e-9);
  day = emit(model, Date::from_ymd(2013, 12, 1));  // the heating season raises what is left
  EXPECT_NEAR(day[1], by_hand(e, handan, true, s.emissions), 1e-9);
  // From 2014: everyone's power SO2 cut by a further 20 %, compounding: Handan 0.5 x 0.8.
  handan[kSo2][kPower] = 0.4;
  beijing[kSo2][kPower] = 0.8 * 0.8;
  day = emit(model, Date::from_ymd(2014, 5, 1), {0.1, 0.2});
  EXPECT_NEAR(day[0], 0.9 * by_hand(e, beijing, false, s.emissions), 1e-9);
  EXPECT_NEAR(day[1], 0.8 * by_hand(e, handan, false, s.emissions), 1e-9);
  EXPECT_EQ(emissions_with_measures(s, Date::from_ymd(2014, 1, 1))[1][kSo2][kPower], 1500 * 0.5 * 0.8);
  EXPECT_EQ(emissions_with_measures(s, Date::from_ymd(2014, 1, 1))[1][kNox][kTransport], 900);
}

TEST(SeasonalEmissions, TheTrendCompoundsByCalendarYear) {
  ScenarioDescription s = two_cities();
  s.emissions.base_year = 2013;
  s.emissions.trend_per_year = 0.05;
  const SeasonalEmissions model(s);
  const auto e = s.region.jurisdictions[0].emissions_t_per_year;
  const double base = by_hand(e, ones(), false, s.emissions);
  EXPECT_NEAR(emit(model, Date::from_ymd(2013, 8, 1))[0], base, 1e-9);
  EXPECT_NEAR(emit(model, Date::from_ymd(2016, 8, 1))[0], base * std::pow(1.05, 3), 1e-9);
  EXPECT_NEAR(emit(model, Date::from_ymd(2012, 8, 1))[0], base / 1.05, 1e-9);
}

TEST(SeasonalEmissions, CoverageByIdProvinceOrGroupAndAllWhenNoneNamed) {
  const ScenarioDescription s = two_cities();
  const auto& beijing = s.region.jurisdictions[0];
  const auto& handan = s.region.jurisdictions[1];
  auto measure = [](std::vector<std::string> ids, std::vector<std::string> provinces, std::vector<std::string> groups) {
    EmissionMeasure m;
    m.jurisdictions = std::move(ids);
    m.provinces = std::move(provinces);
    m.groups = std::move(groups);
    return m;
  };
  EXPECT_TRUE(covers(measure({}, {}, {}), beijing));
  EXPECT_TRUE(covers(measure({"beijing"}, {}, {}), beijing));
  EXPECT_FALSE(covers(measure({"beijing"}, {}, {}), handan));
  EXPECT_TRUE(covers(measure({}, {"Hebei"}, {}), handan));
  EXPECT_FALSE(covers(measure({}, {}, {"2p26"}), beijing));
  EXPECT_TRUE(covers(measure({}, {}, {"2p26"}), handan));
  EXPECT_TRUE(covers(measure({"nowhere"}, {"Beijing"}, {}), beijing));  // any name that matches
}

}  // namespace
}  // namespace airgov::emissions
