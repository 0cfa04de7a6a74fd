// End to end: `airgov run` reports attributable deaths, gains against the Nash benchmark on the
// same weather, the price of anarchy, compensating transfers and costs (summary.json `health`,
// `fairness`, `costs`; the table's "who gains, who pays").
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

#include "tests/cli/cli_runner.hpp"

namespace airgov::testing {
namespace {

using Json = nlohmann::json;

double sum_of(const Json& list, const char* key) {
  double s = 0;
  for (const auto& item : list) s += item[key].get<double>();
  return s;
}

TEST(RunHealthFairness, NashRunReportsDeathsTransfersAndCosts) {
  const auto r = run_airgov("run --quiet --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const Json s = Json::parse(r.out);
  EXPECT_TRUE(s["health"]["configured"].get<bool>());
  EXPECT_EQ(s["health"]["function"], "gemm");
  const double deaths = s["region"]["attributable_deaths"];
  EXPECT_GT(deaths, 0);
  EXPECT_NEAR(sum_of(s["jurisdictions"], "attributable_deaths"), deaths, 1e-9 * deaths);
  EXPECT_EQ(s["region"]["deaths_avoided_vs_nash"].get<double>(), 0);  // the run is the Nash benchmark
  for (const char* key : {"abatement_cost_share_of_gdp", "attributable_deaths", "deaths_avoided_vs_nash"}) {
    EXPECT_TRUE(s["jurisdictions"][0].contains(key)) << key;
  }
  const Json& f = s["fairness"];
  for (const char* key : {"social_cost_cny", "nash_social_cost_cny", "planner_social_cost_cny", "price_of_anarchy",
                          "total_gain_vs_nash_cny", "gainers", "losers", "game", "jurisdictions"}) {
    EXPECT_TRUE(f.contains(key)) << key;
  }
  EXPECT_EQ(f["price_of_anarchy"], s["benchmarks"]["price_of_anarchy"]);
  EXPECT_GE(f["price_of_anarchy"].get<double>(), 1.0);
  EXPECT_EQ(f["game"]["shapley"]["method"], "sampled");  // 31 governments > 16
  EXPECT_GT(f["game"]["shapley"]["max_standard_error_cny_per_year"].get<double>(), 0);
  ASSERT_EQ(f["jurisdictions"].size(), 31u);
  const double scale = std::abs(sum_of(f["jurisdictions"], "game_nash_payoff_cny_per_year"));
  EXPECT_NEAR(sum_of(f["jurisdictions"], "shapley_transfer_cny_per_year"), 0, 1e-9 * scale);
  EXPECT_NEAR(sum_of(f["jurisdictions"], "chander_tulkens_transfer_cny_per_year"), 0, 1e-9 * scale);
  for (const auto& j : f["jurisdictions"]) EXPECT_EQ(j["gain_vs_nash_cny"].get<double>(), 0) << j["id"];
  const Json& c = s["costs"];
  EXPECT_GT(c["abatement_cost_share_of_gdp"].get<double>(), 0);
  EXPECT_TRUE(c["cost_per_ugm3_reduced_cny_per_year"].is_null());  // nothing reduced vs itself
  EXPECT_TRUE(c["cost_per_death_avoided_cny"].is_null());
  // The existing benchmark keys stay.
  EXPECT_TRUE(s["benchmarks"]["nash"].contains("social_cost_cny"));
  EXPECT_TRUE(s["benchmarks"]["planner"].contains("pm25_annual_mean_ugm3"));
}

TEST(RunHealthFairness, PlannerGainsAndAvoidsDeathsAgainstNashOnTheSameWeather) {
  const auto r = run_airgov("run --quiet --rule planner --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const Json s = Json::parse(r.out);
  EXPECT_GT(s["region"]["deaths_avoided_vs_nash"].get<double>(), 0);
  for (const auto& j : s["jurisdictions"]) EXPECT_GE(j["deaths_avoided_vs_nash"].get<double>(), 0) << j["id"];
  const Json& f = s["fairness"];
  EXPECT_DOUBLE_EQ(f["price_of_anarchy"].get<double>(), 1.0);  // the planner is its own benchmark
  EXPECT_LE(f["social_cost_cny"].get<double>(), f["nash_social_cost_cny"].get<double>());
  EXPECT_NEAR(sum_of(f["jurisdictions"], "gain_vs_nash_cny"), f["total_gain_vs_nash_cny"].get<double>(), 1.0);
  EXPECT_GT(f["gainers"].size(), 0u);
  const Json& c = s["costs"];
  EXPECT_GT(c["extra_cost_vs_nash_cny_per_year"].get<double>(), 0);
  EXPECT_GT(c["pm25_population_weighted_reduction_vs_nash_ugm3"].get<double>(), 0);
  EXPECT_GT(c["cost_per_ugm3_reduced_cny_per_year"].get<double>(), 0);
  EXPECT_NEAR(c["cost_per_death_avoided_cny"].get<double>(),
              c["extra_cost_vs_nash_cny_per_year"].get<double>() / c["deaths_avoided_vs_nash"].get<double>(), 1e-6);
}

TEST(RunHealthFairness, WithoutAHealthSectionNoDeathsAreReported) {
  TempDir dir;
  Json s = Json::parse(read_file(std::string(AIRGOV_SOURCE_DIR) + "/scenarios/default.json"));
  s.erase("health");
  s["region"] = std::string(AIRGOV_SOURCE_DIR) + "/scenarios/" + s["region"].get<std::string>();
  s["weather"] = std::string(AIRGOV_SOURCE_DIR) + "/scenarios/" + s["weather"].get<std::string>();
  dir.write("no-health.json", s.dump());
  // Quoted for the shell (appended, not prefixed: GCC 12 misreports "'" + std::string&& with -Wrestrict).
  std::string file = "'";
  file += (dir / "no-health.json").string();
  file += "'";
  const auto json = run_airgov("run --quiet --days 30 --format json " + file);
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const Json summary = Json::parse(json.out);
  EXPECT_FALSE(summary["health"]["configured"].get<bool>());
  EXPECT_TRUE(summary["region"]["attributable_deaths"].is_null());
  EXPECT_TRUE(summary["jurisdictions"][0]["attributable_deaths"].is_null());
  const auto table = run_airgov("run --quiet --days 30 " + file);
  EXPECT_NE(table.out.find("Health: not configured"), std::string::npos);
}

TEST(RunHealthFairness, TheTableSaysWhoGainsAndWhoPays) {
  const auto r = run_airgov("run --quiet --rule planner");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string text = r.out;  // sentences are word-wrapped
  std::replace(text.begin(), text.end(), '\n', ' ');
  for (const char* phrase : {"Who gains, who pays", "Shapley", "Chander-", "deaths per year attributable",
                             "avoided vs Nash", "price of anarchy", "% of GDP", "per death avoided"}) {
    EXPECT_NE(text.find(phrase), std::string::npos) << phrase;
  }
  // Readable on 100 columns.
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) EXPECT_LE(line.size(), 100u) << line;
}

TEST(RunHealthFairness, MoreGovernmentsThanACoalitionGameHoldsStillRun) {
  TempDir dir;
  const std::string cwd = dir.path().string();
  ASSERT_EQ(run_airgov("--quiet synth --jurisdictions 70 --seed 3 --out region.json --scenario s.json", cwd).exit_code, 0);
  const auto r = run_airgov("run --quiet --days 20 --rule planner --format json s.json", cwd);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const Json f = Json::parse(r.out)["fairness"];
  EXPECT_TRUE(f["game"].is_null());
  EXPECT_NE(f["game_note"].get<std::string>().find("70 governments"), std::string::npos);
  EXPECT_EQ(f["jurisdictions"].size(), 70u);
  const auto table = run_airgov("run --quiet --days 20 s.json", cwd);
  EXPECT_EQ(table.exit_code, 0) << table.err;
  std::string text = table.out;  // the note is word-wrapped
  std::replace(text.begin(), text.end(), '\n', ' ');
  EXPECT_NE(text.find("No compensating transfers"), std::string::npos);
}

TEST(RunHealthFairness, CsvHasTheNewColumnsAfterTheOldOnes) {
  const auto r = run_airgov("run --quiet --days 10 --format csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string header = r.out.substr(0, r.out.find('\n'));
  EXPECT_EQ(header.rfind("jurisdiction,pm25_annual_mean_ugm3,attainment_days,heavy_days", 0), 0u);
  for (const char* column : {"payoff_cny,abatement_cost_share_of_gdp", "attributable_deaths", "gain_vs_nash_cny",
                             "shapley_transfer_cny_per_year", "chander_tulkens_transfer_cny_per_year"}) {
    EXPECT_NE(header.find(column), std::string::npos) << column;
  }
}

}  // namespace
}  // namespace airgov::testing
