#pragma once
// The models a simulation runs, chosen by name when it is built (models/assembly/ does that).
#include <memory>

#include "sim/interfaces/air_quality_model.hpp"
#include "sim/interfaces/emergency_response.hpp"
#include "sim/interfaces/emission_model.hpp"
#include "sim/interfaces/game.hpp"
#include "sim/interfaces/transport_model.hpp"
#include "sim/interfaces/weather_model.hpp"

namespace airgov {

class ScenarioSetup;

struct Plugins {
  std::shared_ptr<const WeatherModel> weather;        // shared: immutable, reusable across runs
  std::shared_ptr<const TransportModel> transport;    // shared: the costly precomputation
  std::shared_ptr<const ExpectedTransport> expected;  // what governments expect of transport
  std::shared_ptr<const EmissionModel> emissions;
  std::shared_ptr<const AirQualityModel> air_quality;
  std::shared_ptr<const GameModel> game;
  std::shared_ptr<const CentralGovernment> central;   // null: expected fines stand in for inspections
  std::shared_ptr<const EmergencyResponse> emergency; // null: no joint warnings
  std::unique_ptr<DecisionRule> rule;                 // per run: rules may keep memory
  // Calendar, region graph, initial state: built once per scenario and shared by its runs
  // (sim/simulation/scenario_setup.hpp). Null, or built for other models or another scenario:
  // the simulation builds its own.
  std::shared_ptr<const ScenarioSetup> setup;
};

}  // namespace airgov
