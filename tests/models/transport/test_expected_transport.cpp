// The expected transport over a season equals the long-run mean of the simulated daily steps
// under the season's regime chain, and reduces to the steady state for a single regime.
#include <gtest/gtest.h>

#include "models/transport/box_network.hpp"
#include "models/transport/expected_transport.hpp"
#include "models/weather/regime_markov_chain.hpp"
#include "sim/random/stream.hpp"

namespace airgov::transport {
namespace {

RegimeSpec regime(const char* name, double u, double h, int from_sector, double background) {
  RegimeSpec r;
  r.name = name;
  r.wind_speed_ms = u;
  r.mixing_height_m = h;
  r.wind_from_frequency[static_cast<std::size_t>(from_sector)] = 1.0;
  r.background_ugm3 = background;
  r.venting_per_s = 2e-6;
  return r;
}

// Three boxes in a row west to east plus one to the north; two regimes with opposite winds.
BoxNetwork small_network() {
  std::vector<BoxSpec> boxes = {{{39.0, 115.0}, 10000}, {{39.0, 116.2}, 10000}, {{39.0, 117.4}, 10000},
                                {{40.0, 116.2}, 10000}};
  return BoxNetwork(boxes, {regime("westerly", 3.0, 800, 12, 10), regime("stagnant", 1.0, 300, 4, 40)});
}

WeatherSpec two_regime_weather(double stay_west, double stay_stagnant) {
  WeatherSpec w;
  w.regimes = {regime("westerly", 3.0, 800, 12, 10), regime("stagnant", 1.0, 300, 4, 40)};
  SeasonSpec all;
  all.name = "all";
  for (int m = 1; m <= 12; ++m) all.months.push_back(m);
  all.transition = Matrix(2, 2);
  all.transition(0, 0) = stay_west;
  all.transition(0, 1) = 1 - stay_west;
  all.transition(1, 0) = 1 - stay_stagnant;
  all.transition(1, 1) = stay_stagnant;
  w.seasons = {all};
  return w;
}

TEST(ExpectedTransport, SingleRegimeGivesItsSteadyState) {
  const BoxNetwork network = small_network();
  Matrix stay(2, 2);
  stay(0, 0) = 1.0;
  stay(1, 0) = 1.0;  // regime 1 never persists: the chain lives in regime 0
  const SeasonResponse r = stationary_response(network, stay);
  for (std::size_t i = 0; i < 4; ++i) {
    for (std::size_t j = 0; j < 4; ++j) {
      EXPECT_NEAR(r.source_receptor(i, j), network.source_receptor(0)(i, j), 1e-12 + 1e-9 * network.source_receptor(0)(i, j));
    }
    EXPECT_NEAR(r.background_ugm3[i], network.background_ugm3(0)[i], 1e-9);
  }
}

TEST(ExpectedTransport, MatchesTheLongRunMeanOfSimulatedDays) {
  auto network = std::make_shared<BoxNetwork>(small_network());
  auto weather = std::make_shared<weather::RegimeMarkovChain>(two_regime_weather(0.7, 0.6));
  const ClimatologicalTransport expected(network, weather);
  Matrix t;
  std::vector<double> b;
  expected.over(Date::from_ymd(2013, 1, 1), 365, t, b);

  const std::vector<double> emission = {20000, 5000, 8000, 1000};
  std::vector<double> predicted = b;
  for (std::size_t i = 0; i < 4; ++i) {
    for (std::size_t j = 0; j < 4; ++j) predicted[j] += t(i, j) * emission[i];
  }
  std::vector<double> x = network->steady_state(0, emission), sum(4, 0.0);
  int regime_now = -1;
  const int days = 200000;
  for (int d = 0; d < days; ++d) {
    RandomStream stream(5, 0, 0, static_cast<std::uint64_t>(d), Purpose::weather);
    regime_now = weather->next_regime(regime_now, Date::from_ymd(2013, 1, 1) + (d % 365), stream);
    network->step(regime_now, emission, x);
    for (std::size_t j = 0; j < 4; ++j) sum[j] += x[j];
  }
  for (std::size_t j = 0; j < 4; ++j) {
    // Persistent regimes make days correlated: 200,000 days give a relative error near 0.5 %.
    EXPECT_NEAR(sum[j] / days, predicted[j], 0.02 * predicted[j]) << "box " << j;
  }
}

}  // namespace
}  // namespace airgov::transport
