// `run --report` and `compare --report` write one self-contained HTML file: the chart library,
// the scripts and the data inlined, nothing loaded from elsewhere, written atomically; the
// inlined summary is the run's own (same numbers as --format json). The browser test opens the
// files offline and checks that the charts are drawn.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <regex>

#include "tests/cli/cli_runner.hpp"

namespace airgov::testing {
namespace {

nlohmann::json inlined_data(const std::string& html) {
  const std::string open = "<script type=\"application/json\" id=\"airgov-data\">";
  const auto a = html.find(open);
  EXPECT_NE(a, std::string::npos);
  const auto b = html.find("</script>", a);
  return nlohmann::json::parse(html.substr(a + open.size(), b - a - open.size()));
}

void expect_self_contained(const std::string& html) {
  EXPECT_EQ(html.rfind("<!doctype html>", 0), 0u);
  // No external resource: no src or href attribute, no stylesheet link, no URL to fetch.
  EXPECT_FALSE(std::regex_search(html, std::regex(R"((src|href)\s*=)")));
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_NE(html.find("uPlot"), std::string::npos);     // the chart library, inlined
  EXPECT_NE(html.find("AirgovMap"), std::string::npos);  // the map script, inlined
}

TEST(HtmlReport, RunReportInlinesEverythingAndTheRunsNumbers) {
  TempDir dir;
  const auto r = run_airgov("run --days 90 --seed 5 --format json --report '" + (dir / "r.html").string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string html = read_file(dir / "r.html");
  expect_self_contained(html);
  const auto data = inlined_data(html);
  EXPECT_EQ(data["kind"], "run");
  EXPECT_EQ(data["series"]["dates"].size(), 90u);
  EXPECT_EQ(data["series"]["dates"][0], "2013-01-01");
  EXPECT_EQ(data["region"]["jurisdictions"].size(), 31u);
  const auto printed = nlohmann::json::parse(r.out);
  EXPECT_EQ(data["summary"]["region"]["pm25_annual_mean_ugm3"], printed["region"]["pm25_annual_mean_ugm3"]);
  EXPECT_EQ(data["summary"]["provenance"]["seed"], 5);
  // The daily regional series averages to the run's regional mean (to its 0.01 rounding).
  double sum = 0;
  for (const auto& v : data["series"]["region_pm25_ugm3"]) sum += v.get<double>();
  EXPECT_NEAR(sum / 90, printed["region"]["pm25_annual_mean_ugm3"].get<double>(), 0.006);
  // Each day's class shares sum to one.
  for (std::size_t d = 0; d < 90; d += 17) {
    double share = 0;
    for (const auto& [name, values] : data["series"]["aqi_class_share"].items()) share += values[d].get<double>();
    EXPECT_NEAR(share, 1.0, 1e-12);
  }
  // No temporary file left beside it.
  int files = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++files;
  EXPECT_EQ(files, 1);
}

TEST(HtmlReport, CompareReportInlinesTheComparison) {
  TempDir dir;
  const auto r = run_airgov("compare scenarios/library/territorial.json scenarios/library/full-cooperation.json "
                            "--replicates 2 --format json --report '" + (dir / "c.html").string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string html = read_file(dir / "c.html");
  expect_self_contained(html);
  const auto data = inlined_data(html);
  EXPECT_EQ(data["kind"], "compare");
  EXPECT_EQ(data["comparison"], nlohmann::json::parse(r.out));
  EXPECT_EQ(data["scenarios"].size(), 2u);
}

TEST(HtmlReport, AMissingFolderIsExit73AndWritesNothing) {
  TempDir dir;
  const auto r = run_airgov("run --days 5 --report '" + (dir / "no" / "r.html").string() + "'");
  EXPECT_EQ(r.exit_code, 73);
  EXPECT_NE(r.err.find("does not exist"), std::string::npos);
}

}  // namespace
}  // namespace airgov::testing
