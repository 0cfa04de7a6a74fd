// airgov transport end to end on the default scenario: one CSV row per jurisdiction and year,
// shares as fractions, the three classes of day partitioning the year, the same table in the
// --out file as on stdout, and a status that follows from imports and exports.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <set>
#include <sstream>
#include <vector>

#include "cli_runner.hpp"
#include "sim/core/csv_record.hpp"

namespace airgov::testing {
namespace {

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

TEST(Transport, UnwritableOutIsExit73) {
  const CliResult r = run_airgov("transport --out /nonexistent/dir/transport.csv");
  EXPECT_EQ(r.exit_code, 73) << r.err;
}

}  // namespace
}  // namespace airgov::testing
