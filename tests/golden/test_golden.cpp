// Golden results: each scenario of scenarios/library/ has a recorded summary in tests/golden/
// (tool version, seed, tolerance, key results by JSON Pointer). The scenario is run again through
// the binary and every value compared; a change fails with a readable diff. To record new results
// on purpose: tools/scripts/update-golden (README, "Reproducibility").
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/cli/cli_runner.hpp"

namespace airgov::testing {
namespace {

namespace fs = std::filesystem;
const fs::path kRoot = AIRGOV_SOURCE_DIR;

std::vector<std::string> library_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(kRoot / "scenarios/library")) {
    if (entry.path().extension() == ".json") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

TEST(Golden, EveryLibraryScenarioHasARecordedSummary) {
  for (const auto& name : library_names()) {
    EXPECT_TRUE(fs::exists(kRoot / "tests/golden" / (name + ".json")))
        << "scenarios/library/" << name << ".json has no tests/golden/" << name
        << ".json: record it with tools/scripts/update-golden " << name;
  }
}

class GoldenScenario : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenScenario, MatchesTheRecordedSummary) {
  const fs::path golden_file = kRoot / "tests/golden" / (GetParam() + ".json");
  if (!fs::exists(golden_file)) GTEST_SKIP() << "not recorded (reported by EveryLibraryScenarioHasARecordedSummary)";
  const auto golden = nlohmann::json::parse(read_file(golden_file));
  const std::string scenario = golden.at("scenario_file").get<std::string>();
  const auto r = run_airgov("--quiet run '" + scenario + "' --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto summary = nlohmann::json::parse(r.out);
  const auto& provenance = summary.at("provenance");
  const std::string regenerate = "\nIf the change is intended, record it: tools/scripts/update-golden " + GetParam();

  std::ostringstream diff;
  if (provenance.at("scenario_sha256") != golden.at("scenario_sha256")) {
    diff << "  the scenario file changed since the summary was recorded\n";
  }
  for (const char* key : {"seed", "rule", "days"}) {
    if (provenance.at(key) != golden.at(key)) {
      diff << "  provenance/" << key << ": recorded " << golden.at(key) << ", now " << provenance.at(key) << "\n";
    }
  }
  const double relative = golden.at("tolerance").at("relative").get<double>();
  const double absolute = golden.at("tolerance").at("absolute").get<double>();
  for (const auto& [pointer, recorded_json] : golden.at("values").items()) {
    const nlohmann::json::json_pointer where(pointer);
    if (!summary.contains(where)) {
      diff << "  " << pointer << ": recorded " << recorded_json << ", now missing\n";
      continue;
    }
    const double recorded = recorded_json.get<double>(), now = summary.at(where).get<double>();
    const double allowed = std::max(absolute, relative * std::abs(recorded));
    if (!(std::abs(now - recorded) <= allowed)) {
      diff << "  " << pointer << ": recorded " << recorded << ", now " << now;
      if (recorded != 0) diff << " (" << std::showpos << 100 * (now - recorded) / std::abs(recorded) << std::noshowpos << "%)";
      diff << ", tolerance " << allowed << "\n";
    }
  }
  EXPECT_TRUE(diff.str().empty()) << scenario << " (tool " << golden.at("tool_version").get<std::string>()
                                  << " recorded, " << provenance.at("tool_version").get<std::string>()
                                  << " now) differs from tests/golden/" << GetParam() << ".json:\n"
                                  << diff.str() << regenerate;
}

INSTANTIATE_TEST_SUITE_P(Library, GoldenScenario, ::testing::ValuesIn(library_names()),
                         [](const ::testing::TestParamInfo<std::string>& param_info) {
                           std::string name = param_info.param;
                           for (char& c : name) if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return name;
                         });

}  // namespace
}  // namespace airgov::testing
