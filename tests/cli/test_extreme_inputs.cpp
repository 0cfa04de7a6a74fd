// Extreme but valid inputs run to the end, or are refused with a reason, and never put NaN or
// infinity into an output: one jurisdiction, zero emissions, zero days, a century of days, huge
// emissions. (A JSON null in summary.json means "not available", e.g. a share of GDP without GDP.)
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <regex>

#include "tests/cli/cli_runner.hpp"

namespace airgov::testing {
namespace {

using nlohmann::json;

json jurisdiction(int k, double emissions) {
  return {{"id", "c" + std::to_string(k)},
          {"name", "City " + std::to_string(k)},
          {"lat", 38.0 + 0.5 * k},
          {"lon", 115.0 + 0.5 * k},
          {"population_million", 5.0},
          {"area_km2", 10000.0},
          {"emissions_t_per_year", {{"pm25", emissions}, {"so2", emissions}, {"nox", emissions}}}};
}

json scenario(int jurisdictions, double emissions, int days) {
  json region = {{"schema_version", 1}, {"jurisdictions", json::array()}};
  for (int k = 0; k < jurisdictions; ++k) region["jurisdictions"].push_back(jurisdiction(k, emissions));
  return {{"schema_version", 1},
          {"name", "extreme"},
          {"start_date", "2013-01-01"},
          {"days", days},
          {"seed", 7},
          {"region", region},
          {"weather", std::string(AIRGOV_SOURCE_DIR) + "/scenarios/weather/north-china-plain.json"},
          {"economics", {{"marginal_abatement_cost_cny_per_t", 100000}, {"damage_cny_per_person_per_ugm3", 3}}}};
}

// Runs the scenario with --out and checks every output for non-finite numbers.
void expect_runs_with_finite_outputs(const json& document, const std::string& label) {
  SCOPED_TRACE(label);
  TempDir dir;
  dir.write("s.json", document.dump(1));
  const auto r = run_airgov("--quiet run '" + (dir / "s.json").string() + "' --out '" + (dir / "out").string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::regex non_finite(R"((^|[,:\[ ])-?(nan|inf|NaN|Infinity)($|[,\s\]}]))", std::regex::multiline);
  for (const char* file : {"daily.csv", "decisions.csv", "summary.json"}) {
    const std::string text = read_file(dir / "out" / file);
    EXPECT_FALSE(text.empty()) << file;
    std::smatch m;
    EXPECT_FALSE(std::regex_search(text, m, non_finite)) << file << " holds \"" << m.str() << "\"";
  }
  const auto summary = json::parse(read_file(dir / "out" / "summary.json"));
  EXPECT_EQ(summary.at("provenance").at("days"), document.at("days"));
}

TEST(ExtremeInputs, OneJurisdiction) { expect_runs_with_finite_outputs(scenario(1, 40000, 60), "one"); }

TEST(ExtremeInputs, ZeroEmissionsEverywhere) {
  expect_runs_with_finite_outputs(scenario(3, 0, 60), "zero emissions");
}

TEST(ExtremeInputs, OneJurisdictionWithoutEmissionsAmongOthers) {
  auto s = scenario(3, 40000, 60);
  s["region"]["jurisdictions"][1]["emissions_t_per_year"] = {{"pm25", 0}, {"so2", 0}, {"nox", 0}};
  expect_runs_with_finite_outputs(s, "one zero");
}

TEST(ExtremeInputs, ZeroDays) { expect_runs_with_finite_outputs(scenario(2, 40000, 0), "zero days"); }

TEST(ExtremeInputs, ACenturyOfDays) { expect_runs_with_finite_outputs(scenario(1, 40000, 36600), "century"); }

TEST(ExtremeInputs, HugeEmissionsAtTheLimit) { expect_runs_with_finite_outputs(scenario(2, 1e9, 30), "huge"); }

TEST(ExtremeInputs, HugePopulationAndDamage) {
  auto s = scenario(2, 40000, 30);
  s["region"]["jurisdictions"][0]["population_million"] = 1e9;
  s["economics"]["damage_cny_per_person_per_ugm3"] = 1e12;
  expect_runs_with_finite_outputs(s, "huge damage");
}

}  // namespace
}  // namespace airgov::testing
