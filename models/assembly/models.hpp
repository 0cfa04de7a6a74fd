#pragma once
// Wiring: chooses and builds the models a scenario names. The costly part (transport
// coefficients per regime) is built once and shared by every run of the scenario; a run adds
// only its own decision rule.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "sim/scenario/scenario.hpp"
#include "sim/simulation/plugins.hpp"
#include "sim/simulation/simulation.hpp"

namespace airgov::assembly {

struct ScenarioModels {
  std::shared_ptr<const WeatherModel> weather;  // null when the transport has a single regime
  std::shared_ptr<const TransportModel> transport;
  std::shared_ptr<const ExpectedTransport> expected;
  std::shared_ptr<const EmissionModel> emissions;
  std::shared_ptr<const AirQualityModel> air_quality;
  std::shared_ptr<const GameModel> game;
  std::shared_ptr<const CentralGovernment> central;
  std::shared_ptr<const EmergencyResponse> emergency;
  std::vector<std::string> regime_names;
  // Calendar, region graph and initial state shared by every run of the scenario (built last,
  // from the models above). A copy whose emissions or transport are swapped needs a new one
  // (refresh_setup); a run whose scenario it does not fit builds its own.
  std::shared_ptr<const ScenarioSetup> setup;
};

// Box-network regions larger than this get the sparse network (models/transport/
// sparse_box_network.hpp) instead of the dense one: the dense build is O(n^3) (~40 s at 2000).
inline constexpr std::size_t kSparseTransportAbove = 2000;

// Above the dense limit the decision game runs on sparse source-receptor matrices (regime-
// weighted steady T, models/transport/sparse_expected_transport.hpp) and only the rules with a
// sparse form (nash, planner) are offered; the others exit 65 (plugins_for). `sparse_above` is
// lowered only by tests, to compare the sparse path with the dense one on a small region.
ScenarioModels build_models(const ScenarioDescription& scenario, std::size_t sparse_above = kSparseTransportAbove);

// Throws InvalidInputError if the scenario asks for what its region's size does not have: above
// `sparse_above` box-network jurisdictions only the nash and planner rules run (/decision/rule);
// the truncated daily step exists only there (/transport/daily_step). build_models checks it;
// `airgov validate` calls it so that a scenario it passes also runs.
void require_fits_region_size(const ScenarioDescription& scenario, std::size_t sparse_above = kSparseTransportAbove);

// True when the models run the game sparse (above the dense limit).
bool sparse_game(const ScenarioModels& models);

// Rebuilds models.setup for `scenario` from the models now in `models` (after swapping some).
void refresh_setup(ScenarioModels& models, const ScenarioDescription& scenario);

// The plug-ins of one run, with a fresh decision rule (options from the scenario's decision).
Plugins plugins_for(const ScenarioModels& models, const std::string& rule, const DecisionSpec& options = {});

}  // namespace airgov::assembly
