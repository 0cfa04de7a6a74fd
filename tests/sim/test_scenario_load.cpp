#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "sim/core/sha256.hpp"
#include "sim/scenario/load.hpp"
#include "temp_dir.hpp"

namespace airgov {
namespace {

using test::TempDir;

Json minimal_region() {
  return Json::parse(R"({
    "schema_version": 1,
    "name": "two cities",
    "sector_shares": {
      "pm25": {"industry": 0.45, "power": 0.05, "residential": 0.4, "transport": 0.1},
      "so2": {"industry": 0.55, "power": 0.3, "residential": 0.14, "transport": 0.01},
      "nox": {"industry": 0.35, "power": 0.3, "residential": 0.02, "transport": 0.33}
    },
    "jurisdictions": [
      {"id": "beijing", "name": "Beijing", "name_zh": "北京市", "province": "Beijing",
       "lat": 39.905, "lon": 116.4053, "population_million": 21.893, "gdp_billion_cny": 3610.3,
       "area_km2": 16410.0, "emissions_t_per_year": {"pm25": 47440.0, "so2": 87000.0, "nox": 166300.0},
       "groups": ["jjj13"]},
      {"id": "tianjin", "name": "Tianjin", "province": "Tianjin",
       "lat": 39.1256, "lon": 117.1902, "population_million": 13.866,
       "area_km2": 11966.0,
       "emissions_t_per_year": {"pm25": {"industry": 1000, "residential": 500}, "so2": 216800.0, "nox": 312300.0}}
    ],
    "ties": [{"from": "beijing", "to": "tianjin", "kind": "pairing"}]
  })");
}

Json minimal_weather() {
  return Json::parse(R"({
    "schema_version": 1,
    "name": "two regimes",
    "regimes": [
      {"name": "clean", "wind_speed_ms": 4.5, "mixing_height_m": 1000,
       "wind_from": {"NW": 0.4, "WNW": 0.2, "NNW": 0.2, "N": 0.2}, "background_ugm3": 8},
      {"name": "stagnant", "wind_speed_ms": 1.2, "mixing_height_m": 350,
       "wind_from": {"S": 0.5, "SW": 0.5}, "background_ugm3": 45, "venting_per_s": 5e-7}
    ],
    "seasons": [
      {"name": "cold", "months": [10, 11, 12, 1, 2, 3], "transition": [[0.5, 0.5], [0.3, 0.7]]},
      {"name": "warm", "months": [4, 5, 6, 7, 8, 9], "transition": [[0.8, 0.2], [0.6, 0.4]]}
    ]
  })");
}

Json minimal_scenario() {
  Json s = Json::parse(R"({
    "schema_version": 1,
    "name": "tiny",
    "description": "two cities, one year",
    "start_date": "2013-01-01",
    "days": 365,
    "seed": 2013,
    "transport": {"method": "box_network"},
    "economics": {"marginal_abatement_cost_cny_per_t": 100000, "damage_cny_per_person_per_ugm3": 3},
    "decision": {"rule": "nash", "period": "month"},
    "levers": {"funding": 0.25},
    "events": [{"date": "2013-07-01", "name": "pairing", "levers": {"funding": 0.5}}]
  })");
  s["region"] = minimal_region();
  s["weather"] = minimal_weather();
  return s;
}

// Writes the scenario into a fresh folder and loads it; the caller inspects the result or error.
class ScenarioLoadTest : public ::testing::Test {
 protected:
  std::string write(const std::string& name, const Json& doc) { return dir.write(name, doc.dump(2)).string(); }
  std::string write_text(const std::string& name, const std::string& text) { return dir.write(name, text).string(); }
  ScenarioDescription load(const std::string& path) { return load_scenario(path, FileSystemSource{}); }

  // Loads `doc` expecting InvalidInputError; returns its issues.
  std::vector<InputIssue> issues_of(const Json& doc) {
    const std::string path = write("scenario.json", doc);
    try {
      load(path);
    } catch (const InvalidInputError& error) {
      EXPECT_EQ(error.code(), kExitInvalidInput);
      return error.issues();
    }
    ADD_FAILURE() << "expected InvalidInputError";
    return {};
  }
  static const InputIssue* find(const std::vector<InputIssue>& issues, const std::string& pointer) {
    for (const auto& issue : issues) {
      if (issue.pointer == pointer) return &issue;
    }
    return nullptr;
  }
  static std::string all(const std::vector<InputIssue>& issues) {
    std::string out;
    for (const auto& issue : issues) out += issue.format() + "\n";
    return out;
  }
  static bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

  TempDir dir;
};

TEST_F(ScenarioLoadTest, MinimalInlineScenario) {
  const std::string path = write("scenario.json", minimal_scenario());
  const ScenarioDescription s = load(path);
  EXPECT_EQ(s.schema_version, 1);
  EXPECT_EQ(s.name, "tiny");
  EXPECT_EQ(s.description, "two cities, one year");
  EXPECT_EQ(s.file, path);
  EXPECT_EQ(s.sha256, sha256_hex(test::read_text(path)));
  EXPECT_EQ(s.start_date, Date::from_ymd(2013, 1, 1));
  EXPECT_EQ(s.days, 365);
  EXPECT_EQ(s.seed, 2013u);

  ASSERT_EQ(s.region.jurisdictions.size(), 2u);
  EXPECT_EQ(s.region.name, "two cities");
  const auto& beijing = s.region.jurisdictions[0];
  EXPECT_EQ(beijing.id, "beijing");
  EXPECT_EQ(beijing.name_zh, "北京市");
  EXPECT_DOUBLE_EQ(beijing.population_million, 21.893);
  EXPECT_EQ(beijing.groups, std::vector<std::string>{"jjj13"});
  // A total is split by the region's sector shares.
  const auto pm25 = static_cast<std::size_t>(Tracer::pm25_primary);
  const auto so2 = static_cast<std::size_t>(Tracer::so2);
  EXPECT_DOUBLE_EQ(beijing.emissions_t_per_year[pm25][static_cast<std::size_t>(Sector::industry)], 47440.0 * 0.45);
  EXPECT_DOUBLE_EQ(beijing.emissions_t_per_year[pm25][static_cast<std::size_t>(Sector::residential)], 47440.0 * 0.4);
  EXPECT_DOUBLE_EQ(beijing.emissions_t_per_year[so2][static_cast<std::size_t>(Sector::power)], 87000.0 * 0.3);
  const auto& tianjin = s.region.jurisdictions[1];
  EXPECT_EQ(tianjin.id, "tianjin");
  EXPECT_EQ(tianjin.name_zh, "Tianjin");  // defaults to the English name
  // Given by sector, taken as given; sectors not named are zero.
  EXPECT_DOUBLE_EQ(tianjin.emissions_t_per_year[pm25][static_cast<std::size_t>(Sector::industry)], 1000);
  EXPECT_DOUBLE_EQ(tianjin.emissions_t_per_year[pm25][static_cast<std::size_t>(Sector::residential)], 500);
  EXPECT_DOUBLE_EQ(tianjin.emissions_t_per_year[pm25][static_cast<std::size_t>(Sector::power)], 0);
  ASSERT_EQ(s.region.ties.size(), 1u);
  EXPECT_EQ(s.region.ties[0].from, "beijing");
  EXPECT_EQ(s.region.ties[0].to, "tianjin");
  EXPECT_EQ(s.region.ties[0].kind, "pairing");

  ASSERT_EQ(s.weather.regimes.size(), 2u);
  EXPECT_EQ(s.weather.regimes[1].name, "stagnant");
  EXPECT_DOUBLE_EQ(s.weather.regimes[0].wind_from_frequency[14], 0.4);  // NW
  EXPECT_DOUBLE_EQ(s.weather.regimes[1].wind_from_frequency[8], 0.5);   // S
  EXPECT_DOUBLE_EQ(s.weather.regimes[0].deposition_velocity_ms, 0.001);  // default
  ASSERT_EQ(s.weather.seasons.size(), 2u);
  EXPECT_EQ(s.weather.seasons[0].months, (std::vector<int>{10, 11, 12, 1, 2, 3}));
  EXPECT_DOUBLE_EQ(s.weather.seasons[1].transition(1, 0), 0.6);
  EXPECT_TRUE(s.weather.stochastic);

  EXPECT_EQ(s.transport.method, TransportMethod::box_network);
  EXPECT_DOUBLE_EQ(s.economics.marginal_abatement_cost_cny_per_t, 100000);
  EXPECT_DOUBLE_EQ(s.economics.max_effort, 0.8);  // default
  EXPECT_EQ(s.decision.rule, "nash");
  EXPECT_EQ(s.decision.period, "month");
  EXPECT_DOUBLE_EQ(s.levers.funding, 0.25);
  EXPECT_DOUBLE_EQ(s.levers.technology, 0.0);
  ASSERT_EQ(s.events.size(), 1u);
  EXPECT_EQ(s.events[0].date, Date::from_ymd(2013, 7, 1));
  EXPECT_EQ(s.events[0].levers.at("funding"), 0.5);
  EXPECT_FALSE(s.game.has_value());
}

TEST_F(ScenarioLoadTest, SectionFilesResolveAgainstTheScenarioFolder) {
  write("inputs/regions/two.json", minimal_region());
  write("inputs/weather/plain.json", minimal_weather());
  Json scenario = minimal_scenario();
  scenario["region"] = "regions/two.json";
  scenario["weather"] = "weather/../weather/plain.json";
  const std::string path = write("inputs/scenario.json", scenario);
  // Loaded from another working directory: the relative paths follow the scenario, not the cwd.
  const ScenarioDescription s = load(path);
  ASSERT_EQ(s.region.jurisdictions.size(), 2u);
  EXPECT_EQ(s.region.jurisdictions[1].id, "tianjin");
  EXPECT_EQ(s.weather.regimes.size(), 2u);
}

TEST_F(ScenarioLoadTest, IssuesInASectionFileNameThatFile) {
  Json region = minimal_region();
  region["jurisdictions"][1]["lat"] = 123;
  const std::string region_path = write("regions/bad.json", region);
  Json scenario = minimal_scenario();
  scenario["region"] = "regions/bad.json";
  const auto issues = issues_of(scenario);
  ASSERT_EQ(issues.size(), 1u) << all(issues);
  EXPECT_EQ(std::filesystem::path(issues[0].file), std::filesystem::path(region_path).lexically_normal());
  EXPECT_EQ(issues[0].pointer, "/jurisdictions/1/lat");
}

TEST_F(ScenarioLoadTest, MissingScenarioFile) {
  try {
    load((dir / "nowhere.json").string());
    FAIL() << "expected MissingFileError";
  } catch (const MissingFileError& error) {
    EXPECT_EQ(error.code(), kExitMissingFile);
    EXPECT_TRUE(contains(error.what(), "nowhere.json")) << error.what();
  }
  // A folder is not a scenario file.
  EXPECT_THROW(load(dir.path().string()), MissingFileError);
}

TEST_F(ScenarioLoadTest, MissingRegionFile) {
  Json scenario = minimal_scenario();
  scenario["region"] = "regions/absent.json";
  const std::string path = write("scenario.json", scenario);
  try {
    load(path);
    FAIL() << "expected MissingFileError";
  } catch (const MissingFileError& error) {
    EXPECT_TRUE(contains(error.what(), "/region")) << error.what();
    EXPECT_TRUE(contains(error.what(), "absent.json")) << error.what();
  }
}

TEST_F(ScenarioLoadTest, SyntaxError) {
  const std::string path = write_text("scenario.json", "{\n  \"name\": \"x\",\n  \"days\": 365,,\n}\n");
  try {
    load(path);
    FAIL() << "expected InvalidInputError";
  } catch (const InvalidInputError& error) {
    ASSERT_EQ(error.issues().size(), 1u);
    EXPECT_EQ(error.issues()[0].file, path);
    EXPECT_EQ(error.issues()[0].pointer, "");
    EXPECT_TRUE(contains(error.issues()[0].message, "line 3, column 15")) << error.issues()[0].message;
  }
}

TEST_F(ScenarioLoadTest, EmptyFile) {
  const std::string path = write_text("scenario.json", "");
  try {
    load(path);
    FAIL() << "expected InvalidInputError";
  } catch (const InvalidInputError& error) {
    ASSERT_EQ(error.issues().size(), 1u);
    EXPECT_TRUE(contains(error.issues()[0].message, "the file is empty")) << error.issues()[0].message;
  }
}

TEST_F(ScenarioLoadTest, DocumentNotAnObject) {
  const auto issues = issues_of(Json::array({1, 2}));
  ASSERT_EQ(issues.size(), 1u) << all(issues);
  EXPECT_EQ(issues[0].pointer, "");
  EXPECT_EQ(issues[0].message, "expected an object, found an array");
}

TEST_F(ScenarioLoadTest, WrongType) {
  Json scenario = minimal_scenario();
  scenario["days"] = "365";
  const auto issues = issues_of(scenario);
  ASSERT_EQ(issues.size(), 1u) << all(issues);
  EXPECT_EQ(issues[0].pointer, "/days");
  EXPECT_TRUE(contains(issues[0].message, "found a string")) << issues[0].message;
}

TEST_F(ScenarioLoadTest, UnknownKeyWithSuggestion) {
  Json scenario = minimal_scenario();
  scenario["seeed"] = 7;
  const auto issues = issues_of(scenario);
  ASSERT_EQ(issues.size(), 1u) << all(issues);
  EXPECT_EQ(issues[0].pointer, "/seeed");
  EXPECT_EQ(issues[0].message, "unknown key \"seeed\" (did you mean \"seed\"?)");
}

TEST_F(ScenarioLoadTest, UnknownKeyInsideASection) {
  Json scenario = minimal_scenario();
  scenario["region"]["jurisdictions"][0]["populaton_million"] = 1;
  const auto issues = issues_of(scenario);
  ASSERT_EQ(issues.size(), 1u) << all(issues);
  EXPECT_EQ(issues[0].pointer, "/region/jurisdictions/0/populaton_million");
  EXPECT_TRUE(contains(issues[0].message, "did you mean \"population_million\"")) << issues[0].message;
}

TEST_F(ScenarioLoadTest, MissingRequiredField) {
  Json scenario = minimal_scenario();
  scenario.erase("seed");
  const auto issues = issues_of(scenario);
  ASSERT_EQ(issues.size(), 1u) << all(issues);
  EXPECT_EQ(issues[0].pointer, "/seed");
  EXPECT_EQ(issues[0].message, "required member is missing");
}

TEST_F(ScenarioLoadTest, OutOfRangeLever) {
  Json scenario = minimal_scenario();
  scenario["levers"]["funding"] = 2;
  const auto issues = issues_of(scenario);
  ASSERT_EQ(issues.size(), 1u) << all(issues);
  EXPECT_EQ(issues[0].pointer, "/levers/funding");
  EXPECT_EQ(issues[0].message, "2 is out of range: expected a number in [0, 1]");
}

TEST_F(ScenarioLoadTest, TieToUnknownJurisdiction) {
  Json scenario = minimal_scenario();
  scenario["region"]["ties"].push_back({{"from", "tianjin"}, {"to", "beijign"}});
  const auto issues = issues_of(scenario);
  ASSERT_EQ(issues.size(), 1u) << all(issues);
  EXPECT_EQ(issues[0].pointer, "/region/ties/1/to");
  EXPECT_EQ(issues[0].message, "unknown jurisdiction \"beijign\" (did you mean \"beijing\"?)");
}

TEST_F(ScenarioLoadTest, EventOutsideTheHorizon) {
  Json scenario = minimal_scenario();
  scenario["events"].push_back({{"date", "2014-01-01"}, {"name", "too late"}, {"levers", {{"technology", 1}}}});
  scenario["events"].push_back({{"date", "2012-12-31"}, {"name", "too early"}, {"levers", Json::object()}});
  scenario["events"].push_back({{"date", "2013-12-31"}, {"name", "last day"}, {"levers", Json::object()}});
  const auto issues = issues_of(scenario);
  ASSERT_EQ(issues.size(), 2u) << all(issues);
  ASSERT_NE(find(issues, "/events/1/date"), nullptr) << all(issues);
  EXPECT_EQ(find(issues, "/events/1/date")->message, "2014-01-01 is outside the horizon 2013-01-01 .. 2013-12-31");
  ASSERT_NE(find(issues, "/events/2/date"), nullptr) << all(issues);
}

TEST_F(ScenarioLoadTest, BadDatesAreReportedOnce) {
  Json scenario = minimal_scenario();
  scenario["events"][0]["date"] = "2013-02-30";
  const auto issues = issues_of(scenario);
  ASSERT_EQ(issues.size(), 1u) << all(issues);
  EXPECT_EQ(issues[0].pointer, "/events/0/date");
  EXPECT_EQ(issues[0].message, "\"2013-02-30\" is not a date: expected \"YYYY-MM-DD\"");
}

TEST_F(ScenarioLoadTest, BrokenHorizonDoesNotCondemnEveryEvent) {
  Json scenario = minimal_scenario();
  scenario["days"] = "365";
  scenario["start_date"] = "2013-1-01";
  const auto issues = issues_of(scenario);
  ASSERT_EQ(issues.size(), 2u) << all(issues);
  EXPECT_NE(find(issues, "/days"), nullptr);
  ASSERT_NE(find(issues, "/start_date"), nullptr);
  EXPECT_EQ(find(issues, "/start_date")->message, "\"2013-1-01\" is not a date: expected \"YYYY-MM-DD\"");
}

TEST_F(ScenarioLoadTest, MissingEconomicsIsReportedOnce) {
  Json scenario = minimal_scenario();
  scenario.erase("economics");
  const auto issues = issues_of(scenario);
  ASSERT_EQ(issues.size(), 1u) << all(issues);
  EXPECT_EQ(issues[0].pointer, "/economics");
  EXPECT_EQ(issues[0].message, "required member is missing");
}

TEST_F(ScenarioLoadTest, TieWithAnEmptyOrMissingEnd) {
  Json scenario = minimal_scenario();
  scenario["region"]["ties"].push_back({{"from", ""}, {"to", "tianjin"}});
  scenario["region"]["ties"].push_back({{"from", "tianjin"}});
  const auto issues = issues_of(scenario);
  ASSERT_EQ(issues.size(), 2u) << all(issues);
  ASSERT_NE(find(issues, "/region/ties/1/from"), nullptr) << all(issues);
  EXPECT_EQ(find(issues, "/region/ties/1/from")->message, "unknown jurisdiction \"\"");
  ASSERT_NE(find(issues, "/region/ties/2/to"), nullptr) << all(issues);
  EXPECT_EQ(find(issues, "/region/ties/2/to")->message, "required member is missing");
}

TEST_F(ScenarioLoadTest, DuplicateJurisdictionId) {
  Json scenario = minimal_scenario();
  scenario["region"]["jurisdictions"][1]["id"] = "beijing";
  scenario["region"]["ties"] = Json::array();
  const auto issues = issues_of(scenario);
  ASSERT_EQ(issues.size(), 1u) << all(issues);
  EXPECT_EQ(issues[0].pointer, "/region/jurisdictions/1/id");
  EXPECT_EQ(issues[0].message, "duplicate id \"beijing\"");
}

TEST_F(ScenarioLoadTest, InvalidJurisdictionId) {
  Json scenario = minimal_scenario();
  scenario["region"]["jurisdictions"][0]["id"] = "Bei Jing";
  scenario["region"]["ties"] = Json::array();
  const auto issues = issues_of(scenario);
  ASSERT_EQ(issues.size(), 1u) << all(issues);
  EXPECT_EQ(issues[0].pointer, "/region/jurisdictions/0/id");
}

TEST_F(ScenarioLoadTest, EmptyJurisdictionId) {
  Json scenario = minimal_scenario();
  scenario["region"]["jurisdictions"][0]["id"] = "";
  scenario["region"]["ties"] = Json::array();
  const auto issues = issues_of(scenario);
  ASSERT_EQ(issues.size(), 1u) << all(issues);
  EXPECT_EQ(issues[0].pointer, "/region/jurisdictions/0/id");
}

TEST_F(ScenarioLoadTest, WindFrequenciesMustSumToOne) {
  Json scenario = minimal_scenario();
  scenario["weather"]["regimes"][1]["wind_from"]["SW"] = 0.4;
  const auto issues = issues_of(scenario);
  ASSERT_EQ(issues.size(), 1u) << all(issues);
  EXPECT_EQ(issues[0].pointer, "/weather/regimes/1/wind_from");
  EXPECT_EQ(issues[0].message, "direction frequencies sum to 0.9, expected 1");
}

TEST_F(ScenarioLoadTest, TransitionRowsMustSumToOne) {
  Json scenario = minimal_scenario();
  scenario["weather"]["seasons"][1]["transition"][0] = {0.8, 0.3};
  const auto issues = issues_of(scenario);
  ASSERT_EQ(issues.size(), 1u) << all(issues);
  EXPECT_EQ(issues[0].pointer, "/weather/seasons/1/transition/0");
}

TEST_F(ScenarioLoadTest, EveryMonthInExactlyOneSeason) {
  Json scenario = minimal_scenario();
  scenario["weather"]["seasons"][1]["months"] = {3, 4, 5, 6, 7, 8};  // 3 twice, 9 nowhere
  const auto issues = issues_of(scenario);
  ASSERT_EQ(issues.size(), 2u) << all(issues);
  ASSERT_NE(find(issues, "/weather/seasons/1/months"), nullptr);
  EXPECT_EQ(find(issues, "/weather/seasons/1/months")->message, "month 3 belongs to two seasons");
  ASSERT_NE(find(issues, "/weather/seasons"), nullptr);
  EXPECT_EQ(find(issues, "/weather/seasons")->message, "month 9 belongs to no season");
}

TEST_F(ScenarioLoadTest, WrongSchemaVersion) {
  Json scenario = minimal_scenario();
  scenario["schema_version"] = 2;
  const auto issues = issues_of(scenario);
  ASSERT_EQ(issues.size(), 1u) << all(issues);
  EXPECT_EQ(issues[0].pointer, "/schema_version");
  EXPECT_TRUE(contains(issues[0].message, "schema_version 2 is not supported")) << issues[0].message;
}

TEST_F(ScenarioLoadTest, SectionSchemaVersionIsChecked) {
  Json scenario = minimal_scenario();
  scenario["weather"].erase("schema_version");
  const auto issues = issues_of(scenario);
  ASSERT_EQ(issues.size(), 1u) << all(issues);
  EXPECT_EQ(issues[0].pointer, "/weather/schema_version");
}

TEST_F(ScenarioLoadTest, MarginalCostRequiredWithoutExplicitGame) {
  Json scenario = minimal_scenario();
  scenario["economics"].erase("marginal_abatement_cost_cny_per_t");
  const auto issues = issues_of(scenario);
  ASSERT_EQ(issues.size(), 1u) << all(issues);
  EXPECT_EQ(issues[0].pointer, "/economics/marginal_abatement_cost_cny_per_t");

  scenario["game"] = {{"cost_coefficient", {1e-3, 2e-3}}, {"damage_weight", {5, 6}}};
  const ScenarioDescription s = load(write("with-game.json", scenario));
  ASSERT_TRUE(s.game.has_value());
  EXPECT_EQ(s.game->cost_coefficient, (std::vector<double>{1e-3, 2e-3}));
  EXPECT_EQ(s.game->damage_weight, (std::vector<double>{5, 6}));
}

TEST_F(ScenarioLoadTest, GivenTransportMatrixIsCheckedAgainstTheRegion) {
  Json scenario = minimal_scenario();
  scenario["transport"] = {{"method", "matrix"},
                           {"units", "ugm3_per_t_per_year"},
                           {"source_receptor", {{1e-4, 2e-5}, {3e-5, 4e-4}}},
                           {"background_ugm3", {10, 12}}};
  const ScenarioDescription s = load(write("matrix.json", scenario));
  EXPECT_EQ(s.transport.method, TransportMethod::matrix);
  EXPECT_DOUBLE_EQ(s.transport.source_receptor(0, 1), 2e-5);
  EXPECT_DOUBLE_EQ(s.transport.source_receptor(1, 0), 3e-5);
  EXPECT_EQ(s.transport.background_ugm3, (std::vector<double>{10, 12}));

  scenario["transport"]["source_receptor"] = {{1e-4, 2e-5, 0}, {3e-5, 4e-4}};
  scenario["transport"]["background_ugm3"] = {10};
  const auto issues = issues_of(scenario);
  ASSERT_EQ(issues.size(), 2u) << all(issues);
  EXPECT_NE(find(issues, "/transport/source_receptor/0"), nullptr) << all(issues);
  EXPECT_NE(find(issues, "/transport/background_ugm3"), nullptr) << all(issues);
}

TEST_F(ScenarioLoadTest, SeveralProblemsAreAllReported) {
  Json scenario = minimal_scenario();
  scenario["days"] = "365";
  scenario.erase("seed");
  scenario["levers"]["funding"] = 2;
  scenario["seeed"] = 1;
  scenario["region"]["jurisdictions"][1]["id"] = "beijing";
  scenario["weather"]["regimes"][0]["wind_from"]["N"] = 0.5;
  scenario["decision"]["period"] = "mnth";
  const auto issues = issues_of(scenario);
  EXPECT_EQ(issues.size(), 8u) << all(issues);
  for (const char* pointer : {"/days", "/seed", "/levers/funding", "/seeed", "/region/jurisdictions/1/id",
                              "/weather/regimes/0/wind_from", "/decision/period"}) {
    EXPECT_NE(find(issues, pointer), nullptr) << pointer << "\n" << all(issues);
  }
  // The tie beijing -> tianjin now names an id that no longer exists.
  EXPECT_NE(find(issues, "/region/ties/0/to"), nullptr) << all(issues);
}

TEST_F(ScenarioLoadTest, MonthDayOfTheHeatingSeason) {
  Json scenario = minimal_scenario();
  scenario["emissions"] = {{"heating_start", "02-29"}, {"heating_end", "04-10"}, {"residential_heating_factor", 2}};
  const ScenarioDescription s = load(write("heating.json", scenario));
  EXPECT_EQ(s.emissions.heating_start_month, 2);
  EXPECT_EQ(s.emissions.heating_start_day, 29);
  EXPECT_EQ(s.emissions.heating_end_month, 4);
  EXPECT_EQ(s.emissions.heating_end_day, 10);

  scenario["emissions"]["heating_end"] = "04-31";
  const auto issues = issues_of(scenario);
  ASSERT_EQ(issues.size(), 1u) << all(issues);
  EXPECT_EQ(issues[0].pointer, "/emissions/heating_end");
}

TEST(DefaultScenario, LoadsTheRealScenario) {
  const std::string path = std::string(AIRGOV_SOURCE_DIR) + "/scenarios/default.json";
  const ScenarioDescription s = load_scenario(path, FileSystemSource{});
  ASSERT_EQ(s.region.jurisdictions.size(), 31u);
  EXPECT_EQ(s.region.jurisdictions[0].id, "beijing");
  EXPECT_EQ(s.region.jurisdictions[0].name, "Beijing");
  EXPECT_EQ(s.sha256, sha256_hex(test::read_text(path)));
  EXPECT_EQ(s.start_date, Date::from_ymd(2013, 1, 1));
  EXPECT_EQ(s.days, 365);
  EXPECT_EQ(s.seed, 2013u);
  EXPECT_EQ(s.weather.regimes.size(), 4u);
  EXPECT_EQ(s.decision.period, "month");
  for (const auto& regime : s.weather.regimes) {
    double sum = 0;
    for (double f : regime.wind_from_frequency) sum += f;
    EXPECT_NEAR(sum, 1.0, 1e-9) << regime.name;
  }
}

// ---- Dated emission measures (events[].measures)

TEST_F(ScenarioLoadTest, EventMeasuresLoadWithTheirCoverage) {
  Json scenario = minimal_scenario();
  scenario["events"].push_back(Json::parse(R"({"date": "2013-11-15", "name": "clean heating", "source": "row",
    "measures": [{"name": "coal to gas", "tracers": ["pm25", "so2"], "sectors": ["residential"], "cut": 0.26,
                  "groups": ["jjj13"]},
                 {"tracers": ["nox"], "sectors": ["power", "industry"], "cut": 0.1, "provinces": ["Tianjin"],
                  "jurisdictions": ["beijing"]}]})"));
  const ScenarioDescription s = load(write("scenario.json", scenario));
  ASSERT_EQ(s.events.size(), 2u);
  const PolicyEvent& e = s.events[1];
  EXPECT_TRUE(e.levers.empty());  // an event may take measures without moving a lever
  ASSERT_EQ(e.measures.size(), 2u);
  EXPECT_EQ(e.measures[0].tracers, (std::vector<Tracer>{Tracer::pm25_primary, Tracer::so2}));
  EXPECT_EQ(e.measures[0].sectors, (std::vector<Sector>{Sector::residential}));
  EXPECT_DOUBLE_EQ(e.measures[0].cut, 0.26);
  EXPECT_EQ(e.measures[0].groups, (std::vector<std::string>{"jjj13"}));
  EXPECT_EQ(e.measures[1].sectors, (std::vector<Sector>{Sector::power, Sector::industry}));
  EXPECT_EQ(e.measures[1].provinces, (std::vector<std::string>{"Tianjin"}));
  EXPECT_EQ(e.measures[1].jurisdictions, (std::vector<std::string>{"beijing"}));
  EXPECT_TRUE(s.events[0].measures.empty());
}

TEST_F(ScenarioLoadTest, EveryBadMeasureIsReportedWithItsPointer) {
  Json scenario = minimal_scenario();
  scenario["emissions"] = {{"trend_per_year", 2}};
  scenario["events"].push_back(Json::parse(R"({"date": "2013-03-01", "name": "bad",
    "measures": [{"tracers": ["so3"], "sectors": ["residental"], "cut": 1.5, "jurisdictions": ["bejing"],
                  "provinces": ["Hebie"], "groups": ["jjj31"], "size": 1},
                 {"tracers": [], "sectors": ["power", "power"]}]})"));
  scenario["events"].push_back(Json::parse(R"({"date": "2014-03-01", "name": "late",
    "measures": [{"tracers": ["nox"], "sectors": ["power"], "cut": 0.2}]})"));
  scenario["events"].push_back(Json::parse(R"({"date": "2013-04-01", "name": "nothing"})"));
  const auto issues = issues_of(scenario);
  const std::string text = all(issues);
  auto message = [&](const std::string& pointer) {
    const InputIssue* issue = find(issues, pointer);
    return issue ? issue->message : "(no issue at " + pointer + ")\n" + text;
  };
  const std::string m = "/events/1/measures/0";
  EXPECT_TRUE(contains(message(m + "/tracers/0"), "did you mean \"so2\"")) << text;
  EXPECT_TRUE(contains(message(m + "/sectors/0"), "did you mean \"residential\"")) << text;
  EXPECT_TRUE(contains(message(m + "/cut"), "expected a number in [0, 1]")) << text;
  EXPECT_TRUE(contains(message(m + "/jurisdictions/0"), "did you mean \"beijing\"")) << text;
  EXPECT_EQ(message(m + "/provinces/0"), "\"Hebie\" is not one of \"Beijing\", \"Tianjin\"");
  EXPECT_TRUE(contains(message(m + "/groups/0"), "\"jjj31\" is not one of \"jjj13\"")) << text;
  EXPECT_TRUE(contains(message(m + "/size"), "unknown key")) << text;
  EXPECT_EQ(message("/events/1/measures/1/tracers"), "expected at least one name");
  EXPECT_EQ(message("/events/1/measures/1/sectors/1"), "\"power\" is named twice");
  EXPECT_EQ(message("/events/1/measures/1/cut"), "required member is missing");
  EXPECT_TRUE(contains(message("/events/2/date"), "outside the horizon")) << text;
  EXPECT_EQ(message("/events/3/levers"), "required member is missing");
  EXPECT_TRUE(contains(message("/emissions/trend_per_year"), "out of range")) << text;
  EXPECT_EQ(issues.size(), 13u) << text;
}

TEST(DocumentSourceTest, ResolvesRelativeToTheReferringDocument) {
  const FileSystemSource source;
  EXPECT_EQ(source.resolve("/a/b/scenario.json", "regions/r.json"), "/a/b/regions/r.json");
  EXPECT_EQ(source.resolve("/a/b/scenario.json", "../w/x.json"), "/a/w/x.json");
  EXPECT_EQ(source.resolve("/a/b/scenario.json", "/abs/x.json"), "/abs/x.json");
  EXPECT_EQ(source.resolve("scenario.json", "regions/r.json"), "regions/r.json");
}

}  // namespace
}  // namespace airgov
