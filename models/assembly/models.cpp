#include "models/assembly/models.hpp"

#include "models/airquality/pm25_air_quality.hpp"
#include "models/decision/rule_factory.hpp"
#include "models/economics/linear_game.hpp"
#include "models/institutions/central_government.hpp"
#include "models/institutions/joint_warning.hpp"
#include "models/emissions/seasonal_emissions.hpp"
#include "models/transport/box_network.hpp"
#include "models/transport/expected_transport.hpp"
#include "models/transport/given_matrix.hpp"
#include "models/transport/sparse_box_network.hpp"
#include "models/weather/regime_markov_chain.hpp"

namespace airgov::assembly {

ScenarioModels build_models(const ScenarioDescription& scenario) {
  ScenarioModels m;
  if (scenario.transport.method == TransportMethod::matrix) {
    m.transport = std::make_shared<transport::GivenMatrixTransport>(scenario.transport);
    m.regime_names = {"given"};
  } else if (scenario.region.jurisdictions.size() > kSparseTransportAbove) {
    // The dense network is O(n^3) to build; above this the sparse one (docs/performance.md).
    m.transport = std::make_shared<transport::SparseBoxNetwork>(
        transport::SparseBoxNetwork::from_scenario(scenario.region, scenario.weather));
    m.weather = std::make_shared<weather::RegimeMarkovChain>(scenario.weather);
    for (const auto& r : scenario.weather.regimes) m.regime_names.push_back(r.name);
  } else {
    m.transport = std::make_shared<transport::BoxNetwork>(
        transport::BoxNetwork::from_scenario(scenario.region, scenario.weather));
    m.weather = std::make_shared<weather::RegimeMarkovChain>(scenario.weather);
    for (const auto& r : scenario.weather.regimes) m.regime_names.push_back(r.name);
  }
  m.expected = std::make_shared<transport::ClimatologicalTransport>(m.transport, m.weather);
  m.emissions = std::make_shared<emissions::SeasonalEmissions>(scenario);
  m.air_quality = std::make_shared<airquality::Pm25AirQuality>();
  m.game = std::make_shared<economics::LinearQuadraticGame>(scenario);
  if (scenario.central_government.enabled) {
    m.central = std::make_shared<institutions::InspectingCentralGovernment>(scenario.central_government);
  }
  if (scenario.emergency.enabled) m.emergency = std::make_shared<institutions::JointWarning>(scenario.emergency, m.transport);
  refresh_setup(m, scenario);
  return m;
}

void refresh_setup(ScenarioModels& models, const ScenarioDescription& scenario) {
  models.setup = std::make_shared<const ScenarioSetup>(scenario, SetupModels{models.transport, models.expected, models.emissions});
}

Plugins plugins_for(const ScenarioModels& models, const std::string& rule, const DecisionSpec& options) {
  Plugins p;
  p.weather = models.weather;
  p.transport = models.transport;
  p.expected = models.expected;
  p.emissions = models.emissions;
  p.air_quality = models.air_quality;
  p.game = models.game;
  p.central = models.central;
  p.emergency = models.emergency;
  p.rule = decision::make_rule(rule, options);
  p.setup = models.setup;
  return p;
}

}  // namespace airgov::assembly
