// airgov hindcast: the acceptance figures of issue 4 on the shipped historical scenario, the
// metrics against hand-computed values, and the command's files and exit codes.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "tests/cli/cli_runner.hpp"
#include "tools/airgov/cli_common.hpp"
#include "tools/airgov/hindcast.hpp"
#include "tools/airgov/hindcast_chart.hpp"

namespace airgov::testing {
namespace {

namespace fs = std::filesystem;
namespace hc = cli::hindcast;
const fs::path kRoot = AIRGOV_SOURCE_DIR;

std::size_t lines(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

// The shipped scenario up to the end of the held-out years, with the command's defaults (50
// replicates, the scenario's seed 2013). Runs are deterministic for a seed, so these are exact
// figures for seed 2013 checked against the issue's bounds. The margins are thin (README,
// "Hindcast": other seeds miss some bounds), so a change of the region, weather or engine that
// moves the results can fail this test: refit (scenarios/historical/README.md) rather than widen it.
class HistoricalHindcast : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ScenarioDescription scenario = cli::load((kRoot / hc::kDefaultScenario).string());
    scenario.days = Date::from_ymd(2019, 1, 1) - scenario.start_date;  // 2013-2018: fitted and held out
    const auto observed = hc::load_observations((kRoot / hc::kDefaultObservations).string(), cli::ScenarioSource());
    hc::Options options;
    options.replicates = hc::kDefaultReplicates;
    options.seed = scenario.seed;
    result_ = new hc::Result(hc::run(scenario, observed, options));
  }
  static void TearDownTestSuite() { delete result_; }
  static inline hc::Result* result_ = nullptr;
};

TEST_F(HistoricalHindcast, FittedYearsWithinTenPercent) {
  for (const char* series : {"beijing", "tianjin", "hebei"}) {
    const auto error = hc::mape(*result_, series, hc::kFitFirst, hc::kFitLast);
    ASSERT_TRUE(error) << series;
    EXPECT_LE(*error, 0.10) << series;
  }
}

TEST_F(HistoricalHindcast, HeldOutYearsWithinFifteenPercent) {
  for (const char* series : {"beijing", "tianjin", "hebei"}) {
    const auto error = hc::mape(*result_, series, hc::kHeldFirst, hc::kHeldLast);
    ASSERT_TRUE(error) << series;
    EXPECT_LE(*error, 0.15) << series;
  }
}

TEST_F(HistoricalHindcast, JJJ13DeclineAndBeijingHeavyDays) {
  const hc::Checks c = hc::checks(*result_);
  ASSERT_TRUE(c.jjj13_decline_2013_2017_obs && c.jjj13_decline_2013_2017_sim);
  EXPECT_DOUBLE_EQ(*c.jjj13_decline_2013_2017_obs, 1.0 - 64.0 / 106.0);  // 39.6 %
  EXPECT_NEAR(*c.jjj13_decline_2013_2017_sim, *c.jjj13_decline_2013_2017_obs, 0.05);
  ASSERT_TRUE(c.beijing_heavy_days_2013_2017_obs && c.beijing_heavy_days_2013_2017_sim);
  EXPECT_EQ(*c.beijing_heavy_days_2013_2017_obs, 58 + 47 + 46 + 39 + 23);  // 213
  EXPECT_NEAR(*c.beijing_heavy_days_2013_2017_sim, 213.0, 0.25 * 213.0);
}

TEST_F(HistoricalHindcast, SeriesAreMeansOfTheirMembersAndBandsHoldTheMean) {
  const auto region = cli::load((kRoot / hc::kDefaultScenario).string()).region;
  const auto members = hc::series_members(region);
  ASSERT_EQ(members.size(), 5u);
  EXPECT_EQ(members[0].size(), 1u);
  EXPECT_EQ(members[1].size(), 1u);
  EXPECT_EQ(members[2].size(), 11u);  // Hebei's prefecture cities
  EXPECT_EQ(members[3].size(), 13u);
  EXPECT_EQ(members[4].size(), 28u);
  EXPECT_EQ(result_->years, (std::vector<int>{2013, 2014, 2015, 2016, 2017, 2018}));
  for (const auto& [name, years] : result_->series) {
    for (int year : result_->years) {
      const auto& sy = years.at(year);
      EXPECT_LE(sy.pm25.p05, sy.pm25.mean) << name << " " << year;
      EXPECT_GE(sy.pm25.p95, sy.pm25.mean) << name << " " << year;
      EXPECT_GE(sy.heavy_days.mean, 0);
      EXPECT_LE(sy.attainment_days.mean + sy.heavy_days.mean, 366);
    }
  }
}

TEST(HindcastMetrics, MapeAndChecksAgainstHandValues) {
  hc::Result r;
  r.years = {2013, 2014, 2017};
  auto set = [&](const std::string& s, int year, double sim, std::optional<double> obs) {
    r.series[s][year].pm25.mean = sim;
    r.series[s][year].observed.pm25_ugm3 = obs;
  };
  set("beijing", 2013, 90, 100);   // 10 %
  set("beijing", 2014, 130, 100);  // 30 %
  set("beijing", 2015, 0, 100);    // not simulated: ignored
  set("beijing", 2017, 50, std::nullopt);
  EXPECT_DOUBLE_EQ(*hc::mape(r, "beijing", 2013, 2016), 0.2);
  EXPECT_FALSE(hc::mape(r, "beijing", 2017, 2018));
  EXPECT_FALSE(hc::mape(r, "tianjin", 2013, 2016));
  set("jjj13", 2013, 100, 106);
  set("jjj13", 2017, 60, 64);
  const auto c = hc::checks(r);
  EXPECT_DOUBLE_EQ(*c.jjj13_decline_2013_2017_sim, 0.4);
  EXPECT_FALSE(c.beijing_heavy_days_2013_2017_sim);  // 2015-2016 not simulated
  const std::string csv = hc::csv(r, 2013, 2014);
  EXPECT_EQ(csv.substr(0, csv.find('\n')),
            "series,year,simulated_pm25,simulated_pm25_p05,simulated_pm25_p95,observed_pm25,simulated_heavy_days,"
            "observed_heavy_days,simulated_attainment_days_pm25,observed_attainment_days,"
            "simulated_attainment_days_o3_proxy");
  EXPECT_NE(csv.find("\nbeijing,2013,90.00,0.00,0.00,100.0,0.00,,0.00,,\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\n2p26,2014,,,,,,,,,\n"), std::string::npos) << csv;
  const std::string svg = hc::chart_svg("t", r);
  EXPECT_EQ(svg.rfind("<svg", 0), 0u);
  EXPECT_NE(svg.find("</svg>"), std::string::npos);
  // One panel per series present (beijing, jjj13) and Beijing's heavy-pollution days.
  std::size_t panels = 0;
  for (auto at = svg.find("<g>"); at != std::string::npos; at = svg.find("<g>", at + 1)) ++panels;
  EXPECT_EQ(panels, 3u);
  EXPECT_NE(svg.find(">beijing: heavy-pollution days (AQI &gt; 200)</text>"), std::string::npos);
}

TEST(HindcastMetrics, AttainmentErrorsWithAndWithoutTheOzoneProxy) {
  hc::Result r;
  r.years = {2013, 2014};
  auto& a = r.series["tianjin"][2013];
  a.attainment_days.mean = 240;
  a.attainment_days_o3_proxy = cli::Interval{190, 180, 200};
  a.observed.attainment_days = 200;
  auto& b = r.series["tianjin"][2014];
  b.attainment_days.mean = 220;  // no proxy this year: counts for the PM2.5-only error only
  b.observed.attainment_days = 200;
  EXPECT_DOUBLE_EQ(*hc::mape(r, "tianjin", 2013, 2014, hc::Metric::attainment_days_pm25), (0.2 + 0.1) / 2);
  EXPECT_DOUBLE_EQ(*hc::mape(r, "tianjin", 2013, 2014, hc::Metric::attainment_days_o3_proxy), 0.05);
  EXPECT_FALSE(hc::mape(r, "tianjin", 2013, 2014, hc::Metric::pm25));  // no PM2.5 observed
  EXPECT_NE(hc::csv(r, 2013, 2013).find("\ntianjin,2013,0.00,0.00,0.00,,0.00,,240.00,200.0,190.00\n"),
            std::string::npos);
}

// The proxy's p is set on Beijing's fitted years from 2014: there it removes the recalled 45
// ozone-only days a year on average (an identity of the fit). Cities and years not used to set it
// test it: for Tianjin, Hebei and the JJJ-13 mean, in the fitted and the held-out years, the
// attainment days come closer to the official counts than the PM2.5-only days.
TEST_F(HistoricalHindcast, OzoneProxyRemovesBeijingsOzoneDaysAndBringsOtherSeriesCloser) {
  ASSERT_TRUE(result_->ozone_failure_probability);
  EXPECT_GT(*result_->ozone_failure_probability, 0.2);
  EXPECT_LT(*result_->ozone_failure_probability, 0.6);
  double removed = 0;
  for (int year = hc::kOzoneFitFirst; year <= hc::kOzoneFitLast; ++year) {
    const auto& sy = result_->series.at("beijing").at(year);
    ASSERT_TRUE(sy.attainment_days_o3_proxy);
    removed += sy.attainment_days.mean - sy.attainment_days_o3_proxy->mean;
  }
  EXPECT_NEAR(removed / (hc::kOzoneFitLast - hc::kOzoneFitFirst + 1), 45.0, 1e-9);
  // The chart shows the proxy where it was set (Beijing) and where it is tested (Hebei).
  const std::string svg = hc::chart_svg("t", *result_);
  EXPECT_NE(svg.find(">beijing: attainment days with the ozone proxy</text>"), std::string::npos);
  EXPECT_NE(svg.find(">hebei: attainment days with the ozone proxy</text>"), std::string::npos);
  for (const char* series : {"tianjin", "hebei", "jjj13"}) {
    for (auto [first, last] : {std::pair{hc::kFitFirst, hc::kFitLast}, std::pair{hc::kHeldFirst, hc::kHeldLast}}) {
      const auto pm_only = hc::mape(*result_, series, first, last, hc::Metric::attainment_days_pm25);
      const auto proxy = hc::mape(*result_, series, first, last, hc::Metric::attainment_days_o3_proxy);
      ASSERT_TRUE(pm_only && proxy) << series << " " << first;
      EXPECT_LT(*proxy, *pm_only) << series << " " << first;
    }
  }
}

TEST(HindcastCli, WritesItsTablesAtomicallyAndRefusesAnExistingFolder) {
  TempDir dir;
  const std::string out = (dir / "h").string();
  const auto r = run_airgov("hindcast --replicates 2 --out '" + out + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Mean absolute percentage error"), std::string::npos);
  EXPECT_NE(r.out.find("PM2.5-only"), std::string::npos);
  EXPECT_NE(r.err.find("[2/2]"), std::string::npos);  // progress on stderr
  const std::string csv = read_file(fs::path(out) / "hindcast.csv");
  EXPECT_EQ(lines(csv), 1u + 5u * 11u);  // every series, 2013-2023
  EXPECT_NE(csv.find("\nbeijing,2013,"), std::string::npos);
  EXPECT_NE(csv.find("\n2p26,2023,"), std::string::npos);
  const std::string transport = read_file(fs::path(out) / "transport.csv");
  EXPECT_EQ(transport.substr(0, transport.find('\n')),
            "jurisdiction,year,regional_share,regional_share_heavy_days,imports_ugm3,exports_ugm3");
  EXPECT_EQ(lines(transport), 1u + 31u * 11u);
  EXPECT_TRUE(fs::exists(fs::path(out) / "hindcast.svg"));
  // Same seed, same bytes.
  const auto again = run_airgov("hindcast --replicates 2 --format csv --chart '" + (dir / "c.svg").string() + "'");
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(again.out, csv);
  EXPECT_EQ(run_airgov("hindcast --replicates 2 --out '" + out + "'").exit_code, 73);
}

TEST(HindcastCli, BadInputsGetTheirExitCodes) {
  TempDir dir;
  EXPECT_EQ(run_airgov("hindcast --replicates 0").exit_code, 64);
  EXPECT_EQ(run_airgov("hindcast no-such-scenario.json").exit_code, 66);
  dir.write("obs.json", R"({"series": {"beijing": {"pm25_ugm3": {"2013": {"value": -1}, "20x3": {"value": 1}}}}})");
  const auto r = run_airgov("hindcast --replicates 1 --observations '" + (dir / "obs.json").string() + "'");
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find("/series/beijing/pm25_ugm3/2013/value"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("/series/beijing/pm25_ugm3/20x3"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace airgov::testing
