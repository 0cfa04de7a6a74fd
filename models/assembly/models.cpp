#include "models/assembly/models.hpp"

#include <string>

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
#include "models/transport/sparse_expected_transport.hpp"
#include "models/transport/sparse_source_receptor.hpp"
#include "sim/core/errors.hpp"
#include "models/weather/regime_markov_chain.hpp"

namespace airgov::assembly {

namespace {

// Only nash and planner have a sparse form; the others read the dense T (coalition and fairness
// values sum over pairs, evolutionary and reciprocity over T(i, i) and the dense game).
void require_sparse_rule(const std::string& rule, std::size_t n, std::size_t sparse_above, const std::string& file) {
  if (rule == "nash" || rule == "planner") return;
  throw InvalidInputError({InputIssue{file, "/decision/rule",
                                      "rule '" + rule + "' is limited to " + std::to_string(sparse_above) +
                                          " jurisdictions (this region has " + std::to_string(n) +
                                          "); above that use nash or planner"}});
}

}  // namespace

void require_fits_region_size(const ScenarioDescription& scenario, std::size_t sparse_above) {
  const std::size_t n = scenario.region.jurisdictions.size();
  if (scenario.transport.method == TransportMethod::matrix) return;
  if (n > sparse_above) {
    require_sparse_rule(scenario.decision.rule, n, sparse_above, scenario.file);
  } else if (scenario.transport.truncated_daily_step) {
    throw InvalidInputError({InputIssue{scenario.file, "/transport/daily_step",
                                        "the truncated daily step is for the sparse network above " +
                                            std::to_string(sparse_above) + " jurisdictions (this region has " +
                                            std::to_string(n) + "); below, the exact dense step is as fast"}});
  }
}

bool sparse_game(const ScenarioModels& models) { return models.expected && models.expected->sparse(); }

ScenarioModels build_models(const ScenarioDescription& scenario, std::size_t sparse_above) {
  require_fits_region_size(scenario, sparse_above);
  ScenarioModels m;
  std::shared_ptr<const std::vector<SparseSourceReceptor>> sparse_regime_t;
  if (scenario.transport.method == TransportMethod::matrix) {
    m.transport = std::make_shared<transport::GivenMatrixTransport>(scenario.transport);
    m.regime_names = {"given"};
  } else if (scenario.region.jurisdictions.size() > sparse_above) {
    // The dense network is O(n^3) to build; above this the sparse one (docs/performance.md).
    transport::SparseBoxNetwork::Options options;
    options.truncated_step = scenario.transport.truncated_daily_step;
    options.truncation_threshold = scenario.transport.truncation_threshold;
    options.max_per_column = static_cast<std::size_t>(scenario.transport.truncation_max_per_column);
    auto network = std::make_shared<transport::SparseBoxNetwork>(
        transport::SparseBoxNetwork::from_scenario(scenario.region, scenario.weather, options));
    m.transport = network;
    m.weather = std::make_shared<weather::RegimeMarkovChain>(scenario.weather);
    for (const auto& r : scenario.weather.regimes) m.regime_names.push_back(r.name);
    // Each regime's steady T kept sparse (threshold 1e-4 of T(i, i), K = 64, dropped booked as
    // exported), shared by the expected transport and the joint warning's forecasts.
    auto regime_t = std::make_shared<std::vector<SparseSourceReceptor>>();
    std::vector<std::vector<double>> regime_background;
    for (int r = 0; r < network->regime_count(); ++r) {
      regime_t->push_back(network->steady_source_receptor(r, transport::kSparseSourceReceptorThreshold,
                                                          transport::kSparseSourceReceptorMaxPerSource));
      const auto b = network->background_ugm3(r);
      regime_background.emplace_back(b.begin(), b.end());
    }
    sparse_regime_t = regime_t;
    m.expected = std::make_shared<transport::SparseExpectedTransport>(regime_t, std::move(regime_background), m.weather);
  } else {
    m.transport = std::make_shared<transport::BoxNetwork>(
        transport::BoxNetwork::from_scenario(scenario.region, scenario.weather));
    m.weather = std::make_shared<weather::RegimeMarkovChain>(scenario.weather);
    for (const auto& r : scenario.weather.regimes) m.regime_names.push_back(r.name);
  }
  if (!m.expected) m.expected = std::make_shared<transport::ClimatologicalTransport>(m.transport, m.weather);
  m.emissions = std::make_shared<emissions::SeasonalEmissions>(scenario);
  m.air_quality = std::make_shared<airquality::Pm25AirQuality>();
  m.game = std::make_shared<economics::LinearQuadraticGame>(scenario);
  if (scenario.central_government.enabled) {
    m.central = std::make_shared<institutions::InspectingCentralGovernment>(scenario.central_government);
  }
  if (scenario.emergency.enabled) {
    m.emergency = sparse_regime_t
                      ? std::make_shared<institutions::JointWarning>(scenario.emergency, m.transport, sparse_regime_t)
                      : std::make_shared<institutions::JointWarning>(scenario.emergency, m.transport);
  }
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
  if (sparse_game(models)) require_sparse_rule(rule, models.transport->size(), kSparseTransportAbove, "");
  p.rule = decision::make_rule(rule, options);
  p.setup = models.setup;
  return p;
}

}  // namespace airgov::assembly
