// libFuzzer harness over the scenario loader, its validation and a few simulated days. Built only
// with -DAIRGOV_FUZZ=ON under clang (tools/check's sanitizer stage). The input is served as the
// scenario "scenarios/fuzz-input.json" of the source tree, so a region or weather named by a
// relative path ("regions/jjj-2p26.json") is the repository's own file.
//
// Contract checked: any input either loads or is refused with an airgov error (exit 65/66);
// a scenario that loads runs its first days without throwing, with finite concentrations and
// efforts. Anything else (a crash, a sanitizer report, an escaping exception) is a finding:
// minimise it (-minimize_crash=1) and add it to tests/corpus/bad/ or as a unit test.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string>

#include "models/assembly/models.hpp"
#include "sim/core/errors.hpp"
#include "sim/record/recorder.hpp"
#include "sim/scenario/load.hpp"
#include "sim/simulation/simulation.hpp"

namespace {

const std::string kInputPath = AIRGOV_SOURCE_DIR "/scenarios/fuzz-input.json";

class FuzzSource : public airgov::FileSystemSource {
 public:
  explicit FuzzSource(std::string text) : text_(std::move(text)) {}
  std::optional<std::string> read(const std::string& path) const override {
    if (path == kInputPath) return text_;
    return FileSystemSource::read(path);
  }

 private:
  std::string text_;
};

class NullRecorder : public airgov::Recorder {};

[[noreturn]] void finding(const char* what) {
  std::fprintf(stderr, "fuzz_scenario: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const FuzzSource source(std::string(reinterpret_cast<const char*>(data), size));
  airgov::ScenarioDescription scenario;
  try {
    scenario = airgov::load_scenario(kInputPath, source);
  } catch (const airgov::AirgovError&) {
    return 0;  // refused with a message: the expected outcome for almost every input
  } catch (const std::exception& e) {
    finding(e.what());
  }
  // Keep each input fast: a few days of a small region.
  if (scenario.region.jurisdictions.size() > 40) return 0;
  scenario.days = std::min(scenario.days, 3);
  try {
    const auto models = airgov::assembly::build_models(scenario);
    airgov::Simulation simulation(scenario, airgov::assembly::plugins_for(models, scenario.decision.rule, scenario.decision),
                                  airgov::RunOptions{scenario.seed, 0});
    NullRecorder recorder;
    while (simulation.step(recorder)) {
      for (double c : simulation.concentration_ugm3()) {
        if (!std::isfinite(c)) finding("non-finite concentration");
      }
      for (double e : simulation.effort()) {
        if (!std::isfinite(e)) finding("non-finite effort");
      }
    }
  } catch (const airgov::AirgovError&) {
    return 0;  // refused with a reason (e.g. a numerical guard): allowed
  } catch (const std::exception& e) {
    finding(e.what());
  }
  return 0;
}
