// End to end: `airgov run --out DIR` writes the three files with the promised columns and keys,
// atomically, and the same seed gives the same bytes.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <vector>

#include "tests/cli/cli_runner.hpp"

namespace airgov::testing {
namespace {

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

std::size_t count_lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

class RunOutputs : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    result_ = new CliResult(run_airgov("run --quiet --out '" + (*dir_ / "out").string() + "'"));
  }
  static void TearDownTestSuite() {
    delete result_;
    delete dir_;
  }
  static TempDir* dir_;
  static CliResult* result_;
};
TempDir* RunOutputs::dir_ = nullptr;
CliResult* RunOutputs::result_ = nullptr;

TEST_F(RunOutputs, ExitsZeroAndPrintsTheReport) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  EXPECT_NE(result_->out.find("beijing"), std::string::npos);
  EXPECT_NE(result_->out.find("Nash vs planner"), std::string::npos);
}

TEST_F(RunOutputs, DailyCsvHasOneRowPerJurisdictionAndDay) {
  const std::string daily = read_file(*dir_ / "out" / "daily.csv");
  EXPECT_EQ(first_line(daily).rfind("jurisdiction,day,date,regime,pm25_ugm3,aqi_pm25,aqi_class", 0), 0u);
  EXPECT_EQ(count_lines(daily), 1u + 31u * 365u);
  EXPECT_NE(daily.find("\nbeijing,1,2013-01-01,"), std::string::npos);
  EXPECT_NE(daily.find("\npuyang,365,2013-12-31,"), std::string::npos);
  // Every class name used is one of the six.
  std::istringstream rows(daily);
  std::string row;
  std::getline(rows, row);
  const std::set<std::string> classes = {"excellent", "good", "lightly_polluted", "moderately_polluted",
                                         "heavily_polluted", "severely_polluted"};
  while (std::getline(rows, row)) {
    std::vector<std::string> cells;
    std::istringstream fields(row);
    for (std::string cell; std::getline(fields, cell, ',');) cells.push_back(cell);
    ASSERT_GE(cells.size(), 7u);
    ASSERT_TRUE(classes.count(cells[6])) << row;
  }
}

TEST_F(RunOutputs, DecisionsCsvHasOneRowPerJurisdictionAndMonth) {
  const std::string decisions = read_file(*dir_ / "out" / "decisions.csv");
  const std::string header = first_line(decisions);
  for (const char* column : {"jurisdiction", "period", "start_date", "effort", "abatement_cost_cny", "payoff"}) {
    EXPECT_NE(header.find(column), std::string::npos) << column;
  }
  EXPECT_EQ(count_lines(decisions), 1u + 31u * 12u);
  EXPECT_NE(decisions.find("\nbeijing,12,2013-12-01,"), std::string::npos);
}

TEST_F(RunOutputs, SummaryJsonHasProvenanceJurisdictionsAndRegion) {
  const auto summary = nlohmann::json::parse(read_file(*dir_ / "out" / "summary.json"));
  for (const char* key : {"tool_version", "scenario_sha256", "seed", "rule"}) {
    EXPECT_TRUE(summary["provenance"].contains(key)) << key;
  }
  EXPECT_EQ(summary["provenance"]["rule"], "nash");
  EXPECT_EQ(summary["provenance"]["seed"], 2013);
  EXPECT_EQ(summary["provenance"]["scenario_sha256"].get<std::string>().size(), 64u);
  ASSERT_EQ(summary["jurisdictions"].size(), 31u);
  const auto& beijing = summary["jurisdictions"][0];
  EXPECT_EQ(beijing["id"], "beijing");
  for (const char* key : {"id", "name", "pm25_annual_mean_ugm3", "attainment_days", "heavy_days", "days_by_class",
                          "mean_effort", "abatement_cost_cny"}) {
    EXPECT_TRUE(beijing.contains(key)) << key;
    EXPECT_TRUE(summary["region"].contains(key) || std::string(key) == "id" || std::string(key) == "name") << key;
  }
  double days = 0;
  for (auto& [name, value] : beijing["days_by_class"].items()) days += value.get<double>();
  EXPECT_EQ(days, 365);
  EXPECT_EQ(beijing["days_by_class"].size(), 6u);
  // The regional mean is the arithmetic mean of the members' means.
  double sum = 0;
  for (const auto& j : summary["jurisdictions"]) sum += j["pm25_annual_mean_ugm3"].get<double>();
  EXPECT_NEAR(summary["region"]["pm25_annual_mean_ugm3"].get<double>(), sum / 31, 1e-9);
  EXPECT_TRUE(summary["region"].contains("pm25_population_weighted_ugm3"));
}

TEST_F(RunOutputs, NoTemporaryFolderIsLeftBehind) {
  std::size_t entries = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir_->path())) {
    EXPECT_EQ(entry.path().filename(), "out");
    ++entries;
  }
  EXPECT_EQ(entries, 1u);
}

TEST_F(RunOutputs, AnExistingFolderIsRefusedWith73UnlessForced) {
  const std::string out = (*dir_ / "out").string();
  const auto refused = run_airgov("run --quiet --days 3 --out '" + out + "'");
  EXPECT_EQ(refused.exit_code, 73);
  EXPECT_NE(refused.err.find("already exists"), std::string::npos);
  // The refused run changed nothing.
  EXPECT_EQ(count_lines(read_file(*dir_ / "out" / "daily.csv")), 1u + 31u * 365u);
  const auto forced = run_airgov("run --quiet --days 3 --force --out '" + out + "'");
  EXPECT_EQ(forced.exit_code, 0) << forced.err;
  EXPECT_EQ(count_lines(read_file(*dir_ / "out" / "daily.csv")), 1u + 31u * 3u);
}

TEST(RunReproducibility, SameSeedSameBytesDifferentSeedDifferentWeather) {
  TempDir dir;
  auto run = [&](const std::string& name, const std::string& seed) {
    const auto r = run_airgov("run --quiet --format json --seed " + seed + " --out '" + (dir / name).string() + "'");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r;
  };
  const auto a = run("a", "7"), b = run("b", "7"), c = run("c", "8");
  for (const char* file : {"daily.csv", "decisions.csv", "summary.json"}) {
    EXPECT_EQ(read_file(dir / "a" / file), read_file(dir / "b" / file)) << file;
  }
  EXPECT_EQ(a.out, b.out);
  // Different seed: a different regime sequence.
  const std::string daily_a = read_file(dir / "a" / "daily.csv"), daily_c = read_file(dir / "c" / "daily.csv");
  EXPECT_NE(daily_a, daily_c);
  auto regime_column = [](const std::string& daily) {
    std::istringstream rows(daily);
    std::string row, out;
    std::getline(rows, row);
    while (std::getline(rows, row)) {
      if (row.rfind("beijing,", 0) != 0) continue;
      std::vector<std::string> cells;
      std::istringstream fields(row);
      for (std::string cell; std::getline(fields, cell, ',');) cells.push_back(cell);
      out += cells[3] + ";";
    }
    return out;
  };
  EXPECT_NE(regime_column(daily_a), regime_column(daily_c));
}

}  // namespace
}  // namespace airgov::testing
