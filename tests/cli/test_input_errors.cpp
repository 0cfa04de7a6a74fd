// Bad input: each kind gets its exit code and a message naming the file and the JSON Pointer (or
// line and column), and no output is left behind.
#include <gtest/gtest.h>

#include <vector>

#include "tests/cli/cli_runner.hpp"

namespace airgov::testing {
namespace {

// A valid scenario that reuses the repository's region and weather by absolute path.
std::string valid_scenario(const std::string& extra_members = "") {
  const std::string root = AIRGOV_SOURCE_DIR;
  return R"({
  "schema_version": 1,
  "name": "test",
  "start_date": "2013-01-01",
  "days": 10,
  "seed": 1,
  "region": ")" + root + R"(/scenarios/regions/jjj-2p26.json",
  "weather": ")" + root + R"(/scenarios/weather/north-china-plain.json",
  "economics": {"marginal_abatement_cost_cny_per_t": 100000, "damage_cny_per_person_per_ugm3": 3})" +
         extra_members + "\n}\n";
}

struct BadInput {
  const char* name;
  std::string document;
  const char* expected_location;  // JSON Pointer or "line L, column C"
  const char* expected_words;
};

class InvalidScenario : public ::testing::TestWithParam<BadInput> {};

TEST_P(InvalidScenario, Exits65NamingFilePointerAndProblemAndWritesNothing) {
  const BadInput& bad = GetParam();
  TempDir dir;
  dir.write("bad.json", bad.document);
  const std::string file = (dir / "bad.json").string();
  for (const std::string& command : std::vector<std::string>{"validate '" + file + "'", "run --quiet '" + file + "' --out '" + (dir / "out").string() + "'"}) {
    const auto r = run_airgov(command);
    EXPECT_EQ(r.exit_code, 65) << command << "\n" << r.err;
    EXPECT_NE(r.err.find(file), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(bad.expected_location), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(bad.expected_words), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir / "out"));
  }
  // Nothing but the input file in the folder: no temporary outputs either.
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++entries;
  EXPECT_EQ(entries, 1u);
}

INSTANTIATE_TEST_SUITE_P(
    Kinds, InvalidScenario,
    ::testing::Values(
        BadInput{"syntax", "{\n  \"schema_version\": 1,\n  \"name\": \"x\"\n  \"days\": 3\n}\n", "line 4, column 8",
                 "invalid JSON"},
        BadInput{"wrong_type", valid_scenario(R"(, "levers": {"funding": "high"})"), "/levers/funding",
                 "expected a number in [0, 1], found a string"},
        BadInput{"unknown_key", valid_scenario(R"(, "levres": {})"), "/levres",
                 "unknown key \"levres\" (did you mean \"levers\"?)"},
        BadInput{"missing_field", [] {
                   std::string s = valid_scenario();
                   s.erase(s.find("\"seed\": 1,"), 10);
                   return s;
                 }(), "/seed", "required member is missing"},
        BadInput{"out_of_range", valid_scenario(R"(, "levers": {"laws_regulations": 1.5})"),
                 "/levers/laws_regulations", "1.5 is out of range: expected a number in [0, 1]"},
        BadInput{"negative_days", [] {
                   std::string s = valid_scenario();
                   s.replace(s.find("\"days\": 10"), 10, "\"days\": -3");
                   return s;
                 }(), "/days", "out of range"},
        BadInput{"unknown_rule", valid_scenario(R"(, "decision": {"rule": "nahs"})"), "/decision/rule",
                 "did you mean \"nash\"?"},
        BadInput{"event_outside_horizon",
                 valid_scenario(R"(, "events": [{"date": "2014-06-01", "name": "late", "levers": {"funding": 1}}])"),
                 "/events/0/date", "outside the horizon"},
        BadInput{"wrong_schema_version", [] {
                   std::string s = valid_scenario();
                   s.replace(s.find("\"schema_version\": 1"), 19, "\"schema_version\": 9");
                   return s;
                 }(), "/schema_version", "not supported"},
        BadInput{"empty_file", "", "line 1, column 1", "empty"}),
    [](const auto& test_info) { return std::string(test_info.param.name); });

TEST(InvalidScenario, ReportsEveryProblemAtOnce) {
  TempDir dir;
  dir.write("bad.json", valid_scenario(R"(, "levers": {"funding": 2, "technology": -1}, "colour": "red")"));
  const auto r = run_airgov("validate '" + (dir / "bad.json").string() + "'");
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find("/levers/funding"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("/levers/technology"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("/colour"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("3 problems"), std::string::npos) << r.err;
}

TEST(MissingFile, Exits66) {
  TempDir dir;
  const auto run = run_airgov("run '" + (dir / "nope.json").string() + "'");
  EXPECT_EQ(run.exit_code, 66);
  EXPECT_NE(run.err.find("nope.json: file not found"), std::string::npos) << run.err;
  const auto validate = run_airgov("validate '" + (dir / "nope.json").string() + "'");
  EXPECT_EQ(validate.exit_code, 66);
}

TEST(MissingFile, AMissingRegionFileExits66NamingTheReference) {
  TempDir dir;
  std::string s = valid_scenario();
  s.replace(s.find(AIRGOV_SOURCE_DIR "/scenarios/regions/jjj-2p26.json"),
            std::string(AIRGOV_SOURCE_DIR "/scenarios/regions/jjj-2p26.json").size(), "no-such-region.json");
  dir.write("s.json", s);
  const auto r = run_airgov("validate '" + (dir / "s.json").string() + "'");
  EXPECT_EQ(r.exit_code, 66);
  EXPECT_NE(r.err.find("/region"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("no-such-region.json"), std::string::npos) << r.err;
}

TEST(Usage, BadCommandLineExits64) {
  EXPECT_EQ(run_airgov("run --rule nobody").exit_code, 64);
  EXPECT_EQ(run_airgov("frobnicate").exit_code, 64);
  EXPECT_EQ(run_airgov("run --days -1").exit_code, 64);
  EXPECT_EQ(run_airgov("").exit_code, 64);
}

TEST(Usage, HelpAndVersion) {
  const auto help = run_airgov("--help");
  EXPECT_EQ(help.exit_code, 0);
  for (const char* word : {"run", "validate", "Exit codes"}) EXPECT_NE(help.out.find(word), std::string::npos) << word;
  const auto run_help = run_airgov("run --help");
  for (const char* word : {"--out", "--seed", "--days", "--rule", "--format", "--force"}) {
    EXPECT_NE(run_help.out.find(word), std::string::npos) << word;
  }
  const auto version = run_airgov("--version");
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_NE(version.out.find("airgov 0."), std::string::npos);
}

TEST(Validate, TheShippedScenariosAreValid) {
  const auto r = run_airgov("validate scenarios/default.json");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("valid (31 jurisdictions"), std::string::npos);
}

TEST(BuiltIn, DefaultScenarioRunsFromAnyFolder) {
  TempDir dir;
  const auto r = run_airgov("run --quiet --days 5 --format csv", dir.path().string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("jurisdiction,pm25_annual_mean_ugm3", 0), 0u);
}

}  // namespace
}  // namespace airgov::testing
