// airgov calibrate end to end: the fit on the real data, the calibrated region it writes (valid,
// and reproducing the observed 2013 means when run), and its errors: a missing observations file
// is exit 66, a bad one exit 65 naming the line, an output that cannot be written exit 73.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_runner.hpp"

namespace airgov::testing {
namespace {

const std::string kPrior = "--region scenarios/regions/jjj-2p26.json --replicates 4";

TEST(Calibrate, FitsTheObserved2013MeansAndWritesAValidRegion) {
  TempDir dir;
  const std::string out = (dir / "regions" / "calibrated.json").string();
  std::filesystem::create_directories(dir / "regions");
  const CliResult fit = run_airgov("calibrate " + kPrior + " --out '" + out + "' --format csv");
  ASSERT_EQ(fit.exit_code, 0) << fit.err;
  // Every city target is fitted to 0.5 % (there are as many factors as observed cities, plus the
  // group factors for the averages; the averages are nearly consistent with the cities).
  std::istringstream lines(fit.out);
  std::string line;
  std::getline(lines, line);
  EXPECT_EQ(line, "target,kind,members,observed_ugm3,prior_ugm3,calibrated_ugm3,relative_error,factor_group,factor");
  int rows = 0;
  while (std::getline(lines, line)) {
    ++rows;
    const auto last_comma = line.rfind(',');
    const auto error_end = line.rfind(',', last_comma - 1);
    const auto error_start = line.rfind(',', error_end - 1);
    const double error = std::stod(line.substr(error_start + 1, error_end - error_start - 1));
    EXPECT_LT(std::abs(error), 0.005) << line;
  }
  EXPECT_EQ(rows, 16);  // 13 cities, Hebei, JJJ-13, 2+26

  const auto region = nlohmann::json::parse(read_file(out));
  const auto& beijing = region["jurisdictions"][0];
  EXPECT_EQ(beijing["id"], "beijing");
  EXPECT_NE(beijing["status"].get<std::string>().find("emissions:derived(airgov calibrate"), std::string::npos);
  EXPECT_TRUE(region["sources"].contains("calibration"));
  // A scenario using it validates.
  auto scenario = nlohmann::json::parse(read_file(std::string(AIRGOV_SOURCE_DIR) + "/scenarios/default.json"));
  scenario["region"] = "regions/calibrated.json";
  scenario["weather"] = std::string(AIRGOV_SOURCE_DIR) + "/scenarios/weather/north-china-plain.json";
  dir.write("scenario.json", scenario.dump());
  const CliResult valid = run_airgov("validate '" + (dir / "scenario.json").string() + "'");
  EXPECT_EQ(valid.exit_code, 0) << valid.out << valid.err;
}

TEST(Calibrate, MissingObservationsFileIsExit66) {
  const CliResult r = run_airgov("calibrate " + kPrior + " --observations /nonexistent/pm25.csv");
  EXPECT_EQ(r.exit_code, 66) << r.err;
  EXPECT_NE(r.err.find("/nonexistent/pm25.csv"), std::string::npos) << r.err;
}

TEST(Calibrate, BadObservationsFileIsExit65WithTheLine) {
  TempDir dir;
  dir.write("obs.csv",
            "region,year,pm25_ugm3,status,series,source,note\nBeijing,2013,89.5,sourced,s,src,\nTianjin,2013,lots,derived,s,src,\n");
  const CliResult r = run_airgov("calibrate " + kPrior + " --observations '" + (dir / "obs.csv").string() + "'");
  EXPECT_EQ(r.exit_code, 65) << r.err;
  EXPECT_NE(r.err.find("line 3"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("lots"), std::string::npos) << r.err;
}

TEST(Calibrate, NoMatchingObservationIsExit65AndUnwritableOutputIs73) {
  TempDir dir;
  dir.write("obs.csv", "region,year,pm25_ugm3,status,series,source,note\nAtlantis,2013,12,estimate,s,src,\n");
  EXPECT_EQ(run_airgov("calibrate " + kPrior + " --observations '" + (dir / "obs.csv").string() + "'").exit_code, 65);
  const CliResult r = run_airgov("calibrate " + kPrior + " --out /nonexistent-folder/region.json");
  EXPECT_EQ(r.exit_code, 73) << r.err;
}

}  // namespace
}  // namespace airgov::testing
