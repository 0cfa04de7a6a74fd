// End to end: `airgov compare` runs scenarios over the same replicates of weather, puts them side
// by side with 90 % intervals, and says who gains, who pays and which transfers make everyone gain.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

#include "tests/cli/cli_runner.hpp"

namespace airgov::testing {
namespace {

using Json = nlohmann::json;

const std::string kDefault = "scenarios/default.json";

// The default scenario with decision.rule = planner, in `dir` (region and weather by absolute path).
std::string write_planner_scenario(const TempDir& dir) {
  Json s = Json::parse(read_file(std::string(AIRGOV_SOURCE_DIR) + "/" + kDefault));
  s["name"] = "default-planner";
  s["decision"]["rule"] = "planner";
  s["region"] = std::string(AIRGOV_SOURCE_DIR) + "/scenarios/" + s["region"].get<std::string>();
  s["weather"] = std::string(AIRGOV_SOURCE_DIR) + "/scenarios/" + s["weather"].get<std::string>();
  dir.write("planner.json", s.dump(2));
  return (dir / "planner.json").string();
}

void expect_ordered(const Json& interval, const std::string& what) {
  if (interval.is_null()) return;
  const double p05 = interval["p05"], mean = interval["mean"], p95 = interval["p95"];
  EXPECT_LE(p05, mean) << what;
  EXPECT_LE(mean, p95) << what;
}

TEST(Compare, ScenarioWithItselfGivesZeroGainsAndZeroTransfers) {
  const auto r = run_airgov("compare --quiet --replicates 3 --format json " + kDefault + " " + kDefault);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const Json c = Json::parse(r.out);
  ASSERT_EQ(c["scenarios"].size(), 2u);
  EXPECT_EQ(c["scenarios"][0]["region"]["pm25_annual_mean_ugm3"], c["scenarios"][1]["region"]["pm25_annual_mean_ugm3"]);
  for (const auto& j : c["scenarios"][1]["jurisdictions"]) {
    EXPECT_EQ(j["gain_vs_first_cny"]["mean"].get<double>(), 0) << j["id"];
  }
  EXPECT_EQ(c["scenarios"][1]["region"]["gain_vs_first_cny"]["mean"].get<double>(), 0);
  const Json& t = c["transfers"];
  ASSERT_FALSE(t.is_null());
  EXPECT_EQ(t["total_gain_cny"].get<double>(), 0);
  ASSERT_EQ(t["jurisdictions"].size(), 31u);
  for (const auto& j : t["jurisdictions"]) {
    EXPECT_EQ(j["gain_cny"].get<double>(), 0) << j["id"];
    EXPECT_EQ(j["shapley_transfer_cny"].get<double>(), 0) << j["id"];
    EXPECT_EQ(j["chander_tulkens_transfer_cny"].get<double>(), 0) << j["id"];
  }
}

class CompareWithPlanner : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    planner_ = new std::string(write_planner_scenario(*dir_));
    result_ = new CliResult(run_airgov("compare --quiet --replicates 5 --format json --out '" +
                                       (*dir_ / "compare.json").string() + "' " + kDefault + " '" + *planner_ + "'"));
  }
  static void TearDownTestSuite() {
    delete result_;
    delete planner_;
    delete dir_;
  }
  static TempDir* dir_;
  static std::string* planner_;
  static CliResult* result_;
};
TempDir* CompareWithPlanner::dir_ = nullptr;
std::string* CompareWithPlanner::planner_ = nullptr;
CliResult* CompareWithPlanner::result_ = nullptr;

TEST_F(CompareWithPlanner, ThePlannersRegionalPm25IsLowerInEveryReplicate) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  const Json c = Json::parse(result_->out);
  EXPECT_EQ(c["provenance"]["replicates"], 5);
  EXPECT_EQ(c["provenance"]["seed"], 2013);
  const auto& nash = c["scenarios"][0]["region"]["pm25_annual_mean_ugm3"]["replicates"];
  const auto& planner = c["scenarios"][1]["region"]["pm25_annual_mean_ugm3"]["replicates"];
  ASSERT_EQ(nash.size(), 5u);
  ASSERT_EQ(planner.size(), 5u);
  for (std::size_t r = 0; r < 5; ++r) EXPECT_LT(planner[r].get<double>(), nash[r].get<double>()) << r;
  // Different replicates, different weather.
  EXPECT_NE(nash[0].get<double>(), nash[1].get<double>());
  // Fewer deaths, some avoided, at a cost per death avoided.
  const auto& region = c["scenarios"][1]["region"];
  EXPECT_LT(region["attributable_deaths"]["mean"].get<double>(),
            c["scenarios"][0]["region"]["attributable_deaths"]["mean"].get<double>());
  EXPECT_GT(region["deaths_avoided_vs_first"]["p05"].get<double>(), 0);
  EXPECT_GT(region["cost_per_death_avoided_vs_first_cny"]["mean"].get<double>(), 0);
}

TEST_F(CompareWithPlanner, IntervalsAreOrdered) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  const Json c = Json::parse(result_->out);
  for (const auto& s : c["scenarios"]) {
    for (const auto& [key, interval] : s["region"].items()) expect_ordered(interval, key);
    for (const auto& j : s["jurisdictions"]) expect_ordered(j["gain_vs_first_cny"], j["id"].get<std::string>());
  }
}

TEST_F(CompareWithPlanner, TransfersBalanceAndMakeEveryoneGain) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  const Json t = Json::parse(result_->out)["transfers"];
  EXPECT_GT(t["total_gain_cny"].get<double>(), 0);
  double shapley = 0, ct = 0;
  for (const auto& j : t["jurisdictions"]) {
    shapley += j["shapley_transfer_cny"].get<double>();
    ct += j["chander_tulkens_transfer_cny"].get<double>();
    EXPECT_GE(j["gain_after_chander_tulkens_cny"].get<double>(), 0) << j["id"];
  }
  EXPECT_NEAR(shapley, 0, 1e-6 * t["total_gain_cny"].get<double>());
  EXPECT_NEAR(ct, 0, 1e-6 * t["total_gain_cny"].get<double>());
  EXPECT_TRUE(t["everyone_gains_with_chander_tulkens"].get<bool>());
}

TEST_F(CompareWithPlanner, OutFileHoldsTheSameJson) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  EXPECT_EQ(read_file(*dir_ / "compare.json"), result_->out);
}

TEST_F(CompareWithPlanner, TheTableShowsWhoGainsAndWhoPays) {
  const auto r = run_airgov("compare --replicates 2 " + kDefault + " '" + *planner_ + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* text : {"Regional outcomes", "PM2.5 ug/m3", "heavy-pollution days", "deaths per year",
                           "Who gains, who pays: B vs A", "Shapley", "Chander-", "beijing", "[5th, 95th percentile]"}) {
    EXPECT_NE(r.out.find(text), std::string::npos) << text;
  }
  // Readable on 100 columns.
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) EXPECT_LE(line.size(), 100u) << line;
  // One progress line per scenario on stderr, none with --quiet.
  EXPECT_NE(r.err.find("[1/2]"), std::string::npos);
  EXPECT_NE(r.err.find("[2/2]"), std::string::npos);
  const auto quiet = run_airgov("compare --quiet --replicates 1 " + kDefault + " " + kDefault);
  EXPECT_EQ(quiet.err, "");
}

TEST_F(CompareWithPlanner, CsvHasOneRowPerScenarioJurisdictionAndMetric) {
  const auto r = run_airgov("compare --quiet --replicates 2 --format csv " + kDefault + " '" + *planner_ + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("scenario,file,jurisdiction,metric,mean,p05,p95\n", 0), 0u);
  EXPECT_NE(r.out.find("\nA,scenarios/default.json,region,pm25_annual_mean_ugm3,"), std::string::npos);
  EXPECT_NE(r.out.find(",beijing,gain_vs_first_cny,"), std::string::npos);
  EXPECT_NE(r.out.find(",beijing,shapley_transfer_cny,"), std::string::npos);
}

TEST(Compare, RepeatedRunsGiveTheSameBytes) {
  const std::string args = "compare --quiet --replicates 3 --format json " + kDefault + " " + kDefault;
  const auto a = run_airgov(args), b = run_airgov(args);
  ASSERT_EQ(a.exit_code, 0) << a.err;
  EXPECT_EQ(a.out, b.out);
  // Another seed, other weather.
  const auto c = run_airgov("compare --quiet --replicates 3 --seed 7 --format json " + kDefault + " " + kDefault);
  ASSERT_EQ(c.exit_code, 0) << c.err;
  EXPECT_NE(Json::parse(a.out)["scenarios"][0]["region"], Json::parse(c.out)["scenarios"][0]["region"]);
  EXPECT_EQ(Json::parse(c.out)["provenance"]["seed"], 7);
}

TEST(Compare, ReplicateZeroIsTheRunOfTheSameSeed) {
  const auto c = run_airgov("compare --quiet --replicates 2 --format json " + kDefault + " " + kDefault);
  const auto r = run_airgov("run --quiet --format json");
  ASSERT_EQ(c.exit_code, 0) << c.err;
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Json::parse(c.out)["scenarios"][0]["region"]["pm25_annual_mean_ugm3"]["replicates"][0],
            Json::parse(r.out)["region"]["pm25_annual_mean_ugm3"]);
}

TEST(Compare, FewerThanTwoScenariosIsAUsageError) {
  EXPECT_EQ(run_airgov("compare " + kDefault).exit_code, 64);
  EXPECT_EQ(run_airgov("compare").exit_code, 64);
  EXPECT_EQ(run_airgov("compare --replicates 0 " + kDefault + " " + kDefault).exit_code, 64);
}

TEST(Compare, AMissingFileExits66AndAnInvalidOne65) {
  const auto missing = run_airgov("compare " + kDefault + " no-such-scenario.json");
  EXPECT_EQ(missing.exit_code, 66);
  EXPECT_NE(missing.err.find("no-such-scenario.json"), std::string::npos);
  EXPECT_EQ(missing.out, "");
  TempDir dir;
  dir.write("bad.json", "{\"schema_version\": 1, \"days\": -3}");
  const auto invalid = run_airgov("compare " + kDefault + " '" + (dir / "bad.json").string() + "'");
  EXPECT_EQ(invalid.exit_code, 65);
  EXPECT_NE(invalid.err.find("bad.json"), std::string::npos);
  EXPECT_EQ(invalid.out, "");
}

TEST(Compare, TheReadmeExampleRunsFromAnyFolder) {
  TempDir elsewhere;
  const auto r = run_airgov("compare --quiet --replicates 2 scenarios/library/territorial.json "
                            "scenarios/library/recommended-package.json",
                            elsewhere.path().string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Who gains, who pays"), std::string::npos);
  EXPECT_NE(r.out.find("deaths avoided vs A"), std::string::npos);
}

}  // namespace
}  // namespace airgov::testing
