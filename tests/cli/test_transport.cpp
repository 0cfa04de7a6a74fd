// airgov transport end to end on the default scenario: one CSV row per jurisdiction and year,
// shares as fractions, the three classes of day partitioning the year, the same table in the
// --out file as on stdout, and a status that follows from imports and exports; and the comparison
// with the published apportionments, against hand values and against the CSV's own statuses.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <vector>

#include "cli_runner.hpp"
#include "models/calibration/published_shares.hpp"
#include "sim/core/csv_record.hpp"
#include "tools/airgov/published_comparison.hpp"

namespace airgov::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> split(const std::string& line) { return split_csv_record(line).value(); }

TEST(Transport, ReportsSharesByClassOfDayForEveryJurisdiction) {
  TempDir dir;
  const std::string out = (dir / "transport.csv").string();
  const CliResult r = run_airgov("transport --format csv --out '" + out + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(read_file(out), r.out);
  std::istringstream lines(r.out);
  std::string line;
  std::getline(lines, line);
  ASSERT_EQ(line,
            "jurisdiction,year,pm25_ugm3,regional_share,regional_share_heavy_days,heavy_days,imports_ugm3,"
            "exports_ugm3,status,regional_share_good_days,good_days,regional_share_polluted_days,polluted_days");
  int rows = 0;
  while (std::getline(lines, line)) {
    ++rows;
    const auto c = split(line);
    ASSERT_EQ(c.size(), 13u) << line;
    EXPECT_EQ(c[1], "2013");
    for (int share : {3, 4, 9, 11}) {
      if (c[share].empty()) continue;  // no day of that class
      EXPECT_GE(std::stod(c[share]), 0.0) << line;
      EXPECT_LE(std::stod(c[share]), 1.0) << line;
    }
    const int heavy = std::stoi(c[5]), good = std::stoi(c[10]), polluted = std::stoi(c[12]);
    EXPECT_EQ(good + polluted + heavy, 365) << line;
    EXPECT_EQ(c[4].empty(), heavy == 0) << line;
    const double imports = std::stod(c[6]), exports = std::stod(c[7]);
    const std::string expected = std::abs(imports - exports) < 0.1 * std::max(imports, exports) ? "balanced"
                                 : imports > exports                                            ? "net_receiver"
                                                                                                : "net_source";
    EXPECT_EQ(c[8], expected) << line;
  }
  EXPECT_EQ(rows, 31);
}

TEST(Transport, ByRegimeRowsAddUpToTheYear) {
  const CliResult r = run_airgov("transport --by-regime --format csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  std::getline(lines, line);
  ASSERT_EQ(line, "jurisdiction,year,regime,days,pm25_ugm3,regional_share,background_share,mass_fraction");
  std::map<std::string, int> days;
  std::map<std::string, double> fraction;
  std::set<std::string> regimes;
  while (std::getline(lines, line)) {
    const auto c = split(line);
    ASSERT_EQ(c.size(), 8u) << line;
    regimes.insert(c[2]);
    days[c[0]] += std::stoi(c[3]);
    fraction[c[0]] += std::stod(c[7]);
    EXPECT_GE(std::stod(c[5]), std::stod(c[6])) << "the background is part of the regional share: " << line;
  }
  EXPECT_EQ(regimes, (std::set<std::string>{"clean_northwesterly", "southerly_transport", "stagnant",
                                            "easterly_monsoon"}));
  EXPECT_EQ(days.size(), 31u);
  for (const auto& [id, d] : days) EXPECT_EQ(d, 365) << id;
  for (const auto& [id, f] : fraction) EXPECT_NEAR(f, 1.0, 4 * 0.00005) << id;  // 4 rounded fractions
}

transport::ApportionmentSummary two_city_summary(double a_share, double b_share) {
  transport::ApportionmentSummary s;
  s.mean_ugm3 = {80, 60};
  s.regional_share = {a_share, b_share};
  s.regional_share_heavy = {0.6, NAN};  // B had no heavy day
  s.regional_share_good = {0.15, 0.3};
  s.regional_share_polluted = {0.4, 0.5};
  s.imports_ugm3 = {10, 30};  // A a net source, B a net receiver
  s.exports_ugm3 = {30, 10};
  return s;
}

TEST(PublishedComparison, SharesAndStatusesAgainstHandValues) {
  ScenarioDescription scenario;
  for (const char* id : {"alpha", "beta"}) {
    JurisdictionSpec j;
    j.id = id;
    j.name = std::string(1, static_cast<char>(std::toupper(id[0]))) + (id + 1);  // "Alpha", "Beta"
    scenario.region.jurisdictions.push_back(j);
  }
  const std::string header = "receptor,period,regional_share_low,regional_share_high,condition,method,source\n";
  const auto published = calibration::parse_published_apportionment(
      header + "Alpha,2013,0.28,0.36,annual mean,m,s\n" +  // 0.30: inside
          "ALPHA,2013,0.50,,heavy-pollution days,m,s\n" +  // 0.60: inside (open above)
          "Beta,2013,0.10,0.20,good days,m,s\n" +          // 0.30: outside
          "Beta,2013,0.5,,heavy days,m,s\n" +              // no heavy day
          "Gamma,2013,0.1,0.2,annual mean,m,s\n" +         // not in the region
          "\"Alpha, Beta\",2015,,,net sources,m,s\n",
      "f.csv");
  // A run of one year stands for every published period.
  const auto one_year = cli::compare_with_published(scenario, {cli::YearReport{2013, two_city_summary(0.30, 0.45)}},
                                                    published);
  ASSERT_EQ(one_year.shares.size(), 4u);
  EXPECT_TRUE(one_year.shares[0].inside);
  EXPECT_EQ(one_year.shares[0].jurisdiction, "alpha");
  EXPECT_TRUE(one_year.shares[1].inside);
  EXPECT_DOUBLE_EQ(one_year.shares[1].simulated, 0.6);
  EXPECT_FALSE(one_year.shares[2].inside);
  EXPECT_TRUE(std::isnan(one_year.shares[3].simulated));
  EXPECT_FALSE(one_year.shares[3].inside);
  ASSERT_EQ(one_year.statuses.size(), 2u);
  EXPECT_EQ(one_year.statuses[0].simulated, "net_source");
  EXPECT_EQ(one_year.statuses[1].simulated, "net_receiver");
  EXPECT_EQ(one_year.statuses[1].simulated_year, 2013);
  const auto score = cli::receiver_source_score(one_year);
  EXPECT_EQ(score.matched, 1);
  EXPECT_EQ(score.compared, 2);
  ASSERT_EQ(one_year.not_compared.size(), 1u);
  EXPECT_NE(one_year.not_compared[0].find("Gamma"), std::string::npos);
  const std::string table = cli::published_table(one_year, "f.csv");
  EXPECT_NE(table.find("Net receivers and net sources as published: 1 of 2."), std::string::npos) << table;
  EXPECT_NE(table.find("simulated otherwise: beta net_receiver"), std::string::npos) << table;

  // Several years: each figure against its own year; a year not run is not compared.
  const auto two_years = cli::compare_with_published(
      scenario, {cli::YearReport{2013, two_city_summary(0.30, 0.45)}, cli::YearReport{2014, two_city_summary(0.9, 0.9)}},
      published);
  EXPECT_EQ(two_years.shares.size(), 4u);
  EXPECT_EQ(two_years.shares[0].simulated_year, 2013);
  EXPECT_TRUE(two_years.statuses.empty());  // 2015 was not run
  EXPECT_EQ(two_years.not_compared.size(), 3u);
}

// On the JJJ-13 domain of Wang Y. et al. (2017): the printed score is the count of the CSV's own
// statuses that match the published lists.
TEST(Transport, ComparesTheStatusesWithThePublishedOnes) {
  const std::string scenario = "scenarios/apportionment/jjj13-2013.json";
  const CliResult table = run_airgov("transport " + scenario);
  ASSERT_EQ(table.exit_code, 0) << table.err;
  const CliResult csv = run_airgov("transport " + scenario + " --format csv");
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  std::map<std::string, std::string> simulated;
  std::istringstream lines(csv.out);
  std::string line;
  std::getline(lines, line);
  while (std::getline(lines, line)) {
    const auto c = split(line);
    simulated[c[0]] = c[8];
  }
  EXPECT_EQ(simulated.size(), 13u);
  const auto published = calibration::parse_published_apportionment(
      read_file(fs::path(AIRGOV_SOURCE_DIR) / "scenarios/observations/transport-shares.csv"), "t.csv");
  int matched = 0, compared = 0;
  for (const auto& s : published.statuses) {
    if (s.status == "balanced") continue;
    std::string id = s.receptor;
    for (char& ch : id) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    ASSERT_TRUE(simulated.count(id)) << id;
    ++compared;
    matched += simulated[id] == s.status;
  }
  EXPECT_EQ(compared, 11);
  EXPECT_NE(table.out.find(fmt::format("Net receivers and net sources as published: {} of 11.", matched)),
            std::string::npos)
      << table.out;
  EXPECT_NE(table.out.find("Against the published source apportionments"), std::string::npos);
}

TEST(Transport, PublishedFileErrorsGetTheirExitCodes) {
  EXPECT_EQ(run_airgov("transport --published /nonexistent/shares.csv").exit_code, 66);
  TempDir dir;
  const auto bad = dir / "bad.csv";
  std::ofstream(bad) << "receptor,period,regional_share_low,regional_share_high,condition,method,source\n"
                        "Beijing,2013,2,,annual mean,m,s\n";
  const CliResult r = run_airgov("transport --published '" + bad.string() + "'");
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find("line 2"), std::string::npos) << r.err;
  const CliResult none = run_airgov("transport --published ''");
  EXPECT_EQ(none.exit_code, 0);
  EXPECT_EQ(none.out.find("Against the published"), std::string::npos);
}

TEST(Transport, UnwritableOutIsExit73) {
  const CliResult r = run_airgov("transport --out /nonexistent/dir/transport.csv");
  EXPECT_EQ(r.exit_code, 73) << r.err;
}

}  // namespace
}  // namespace airgov::testing
