// The shipped scenarios, end to end through the binary: every file of scenarios/library/ is a
// valid, runnable scenario that says what it is and which question it answers; and the 3-region
// reference game (scenarios/reference/three-region.json) reproduces MODEL.md section 6's closed
// forms through summary.json, for the nash and the planner rule.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/cli/cli_runner.hpp"

namespace airgov::testing {
namespace {

namespace fs = std::filesystem;

const fs::path kSource = AIRGOV_SOURCE_DIR;

std::vector<std::string> library_files() {
  std::vector<std::string> names;
  const fs::path dir = kSource / "scenarios" / "library";
  if (fs::is_directory(dir)) {
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() == ".json") names.push_back(entry.path().filename().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

// The files the library promises (docs and README name them); more may be added.
TEST(ScenarioLibrary, HoldsTheNamedScenarios) {
  const auto names = library_files();
  for (const char* expected :
       {"territorial.json", "full-cooperation.json", "laws-only.json", "organization-only.json",
        "platform-only.json", "enforcement-only.json", "technology-only.json", "funding-only.json",
        "recommended-package.json", "compensation-without-enforcement.json", "apec-blue.json",
        "classroom-free-rider.json"}) {
    EXPECT_NE(std::find(names.begin(), names.end(), expected), names.end()) << expected;
  }
}

class LibraryScenario : public ::testing::TestWithParam<std::string> {
 protected:
  std::string relative() const { return "scenarios/library/" + GetParam(); }
};

TEST_P(LibraryScenario, SaysWhatItIsAndWhichQuestionItAnswers) {
  const auto doc = nlohmann::json::parse(read_file(kSource / relative()));
  for (const char* key : {"name", "description", "question"}) {
    ASSERT_TRUE(doc.contains(key) && doc[key].is_string()) << key;
    EXPECT_FALSE(doc[key].get<std::string>().empty()) << key;
  }
  EXPECT_EQ(doc.at("schema_version"), 1);
}

TEST_P(LibraryScenario, Validates) {
  const CliResult result = run_airgov("validate '" + relative() + "'");
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
}

TEST_P(LibraryScenario, RunsThirtyDays) {
  const CliResult result = run_airgov("run '" + relative() + "' --days 30 --quiet --format json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto summary = nlohmann::json::parse(result.out);
  EXPECT_EQ(summary.at("provenance").at("days"), 30);
  EXPECT_FALSE(summary.at("jurisdictions").empty());
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = fs::path(info.param).stem().string();
  std::replace_if(name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Library, LibraryScenario, ::testing::ValuesIn(library_files()), test_name);

// ---- The 3-region reference game ------------------------------------------------------------

// MODEL.md section 6: Ebar, B, d, c and T (row = source); abatement A absolute, cost c A^2 / 2,
// damage d X, X_j = B_j + sum_i T_ij (Ebar_i - A_i).
constexpr std::array<double, 3> kEbar = {10, 10, 40};
constexpr std::array<double, 3> kBackground = {10, 10, 10};
constexpr std::array<double, 3> kDamage = {4, 2, 1};
constexpr std::array<double, 3> kCost = {2, 1, 0.25};
constexpr std::array<std::array<double, 3>, 3> kT = {{{2.0, 0.3, 0.1}, {0.3, 1.5, 0.1}, {0.25, 0.2, 0.5}}};
const std::array<std::string, 3> kIds = {"beijing", "tianjin", "hebei"};

struct Outcome {
  std::array<double, 3> abatement{}, pm25{}, payoff{};
};

// Nash A_i = d_i T_ii / c_i; planner A_i = sum_j d_j T_ij / c_i (no cap binds).
Outcome closed_form(bool planner) {
  Outcome o;
  for (std::size_t i = 0; i < 3; ++i) {
    double benefit = 0;
    for (std::size_t j = 0; j < 3; ++j) {
      if (planner || i == j) benefit += kDamage[j] * kT[i][j];
    }
    o.abatement[i] = benefit / kCost[i];
  }
  for (std::size_t j = 0; j < 3; ++j) {
    o.pm25[j] = kBackground[j];
    for (std::size_t i = 0; i < 3; ++i) o.pm25[j] += kT[i][j] * (kEbar[i] - o.abatement[i]);
  }
  for (std::size_t i = 0; i < 3; ++i) {
    o.payoff[i] = -(kCost[i] * o.abatement[i] * o.abatement[i] / 2 + kDamage[i] * o.pm25[i]);
  }
  return o;
}

void expect_relative(double actual, double expected, const std::string& what) {
  EXPECT_LE(std::abs(actual - expected), 1e-9 * std::abs(expected))
      << what << ": " << actual << " vs " << expected;
}

// The closed forms agree with the values MODEL.md prints (exact decimals).
TEST(ThreeRegionReference, ClosedFormsMatchModelMd) {
  const Outcome nash = closed_form(false), coop = closed_form(true);
  const Outcome printed_nash{{4, 3, 2}, {33.6, 29.9, 30.3}, {-150.4, -64.3, -30.8}};
  const Outcome printed_coop{{4.35, 4.30, 7.60}, {31.11, 26.725, 27.335}, {-143.3625, -62.695, -34.555}};
  for (std::size_t i = 0; i < 3; ++i) {
    expect_relative(nash.abatement[i], printed_nash.abatement[i], "nash A " + kIds[i]);
    expect_relative(nash.pm25[i], printed_nash.pm25[i], "nash X " + kIds[i]);
    expect_relative(nash.payoff[i], printed_nash.payoff[i], "nash payoff " + kIds[i]);
    expect_relative(coop.abatement[i], printed_coop.abatement[i], "planner A " + kIds[i]);
    expect_relative(coop.pm25[i], printed_coop.pm25[i], "planner X " + kIds[i]);
    expect_relative(coop.payoff[i], printed_coop.payoff[i], "planner payoff " + kIds[i]);
  }
}

class ThreeRegionRun : public ::testing::TestWithParam<std::string> {};

TEST_P(ThreeRegionRun, SummaryReproducesTheClosedForm) {
  const std::string rule = GetParam();
  TempDir dir;
  const fs::path out = dir / "out";
  const CliResult result = run_airgov("run scenarios/reference/three-region.json --rule " + rule +
                                      " --quiet --format json --out '" + out.string() + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto summary = nlohmann::json::parse(read_file(out / "summary.json"));
  EXPECT_EQ(summary.at("provenance").at("rule"), rule);
  const auto& list = summary.at("jurisdictions");
  ASSERT_EQ(list.size(), 3u);
  const Outcome expected = closed_form(rule == "planner");
  for (std::size_t i = 0; i < 3; ++i) {
    const auto& j = list.at(i);
    ASSERT_EQ(j.at("id"), kIds[i]);
    expect_relative(j.at("abatement_t_per_year").get<double>(), expected.abatement[i], rule + " A " + kIds[i]);
    expect_relative(j.at("mean_effort").get<double>(), expected.abatement[i] / kEbar[i], rule + " effort " + kIds[i]);
    expect_relative(j.at("pm25_annual_mean_ugm3").get<double>(), expected.pm25[i], rule + " X " + kIds[i]);
    expect_relative(j.at("payoff_cny").get<double>(), expected.payoff[i], rule + " payoff " + kIds[i]);
  }
}

std::string rule_name(const ::testing::TestParamInfo<std::string>& rule) { return rule.param; }

INSTANTIATE_TEST_SUITE_P(Rules, ThreeRegionRun, ::testing::Values("nash", "planner"), rule_name);

}  // namespace
}  // namespace airgov::testing
