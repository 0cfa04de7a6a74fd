// The box network on the 31 cities of shared/data/cities.csv with several regimes: mass is
// conserved at steady state, box by box and for the region, and the daily step conserves mass
// within a day and converges to the steady state.
#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <cmath>
#include <iostream>
#include <memory>
#include <numeric>
#include <string>
#include <vector>

#include "cities_csv.hpp"
#include "four_regimes.hpp"
#include "models/transport/box_network.hpp"
#include "models/transport/dense_ops.hpp"
#include "models/transport/matrix_exponential.hpp"
#include "models/transport/units.hpp"

namespace airgov::transport {
namespace {

constexpr double kRel = 1e-9;

std::vector<RegimeSpec> regimes() {
  return {
      // Clean north-westerly: strong wind from NW, WNW, NNW.
      test::make_regime("nw_clean", 4.0, 1000.0, 15.0, {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 6, 3},
                  0.002, 0.0, 0.0),
      // Southerly transport: mostly from S and SW, some from the east.
      test::make_regime("southerly", 2.5, 700.0, 40.0, {0, 0, 0, 0, 1, 1, 2, 4, 6, 4, 3, 1, 0, 0, 0, 0},
                  0.001, 0.0, 2e-6),
      // Stagnant: weak wind from all sides, shallow mixed layer, polluted surroundings.
      test::make_regime("stagnant", 0.8, 300.0, 60.0, {1, 2, 1, 1, 2, 1, 1, 3, 2, 1, 1, 1, 2, 1, 1, 1},
                  0.0005, 0.0, 0.0),
      // Easterly with rain.
      test::make_regime("easterly_wet", 3.0, 900.0, 25.0, {0, 1, 3, 6, 5, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0},
                  0.001, 2e-5, 0.0),
  };
}

struct Network {
  std::vector<test::City> cities;
  std::vector<double> emissions;  // t/yr
  std::unique_ptr<BoxNetwork> net;
};

const Network& network() {
  static const Network n = [] {
    Network out;
    out.cities = test::read_cities();
    std::vector<BoxSpec> boxes;
    for (std::size_t i = 0; i < out.cities.size(); ++i) {
      boxes.push_back(out.cities[i].box);
      out.emissions.push_back(20000.0 + 3000.0 * static_cast<double>(i % 7));  // PM2.5-eq t/yr
    }
    out.net = std::make_unique<BoxNetwork>(boxes, regimes());
    return out;
  }();
  return n;
}

TEST(BoxNetworkCities, MassConservedAtSteadyStateForTheRegion) {
  const Network& n = network();
  ASSERT_EQ(n.net->size(), 31u);
  ASSERT_EQ(n.net->regime_count(), 4);
  for (int m = 0; m < n.net->regime_count(); ++m) {
    const std::vector<double> x = n.net->steady_state(m, n.emissions);
    const MassBudget b = n.net->mass_budget(m, n.emissions, x);
    EXPECT_GT(b.imported_g_s, 0.0);
    EXPECT_GT(b.exported_g_s, 0.0);
    EXPECT_NEAR(b.sources_g_s(), b.sinks_g_s(), kRel * b.sources_g_s()) << "regime " << m;
  }
}

TEST(BoxNetworkCities, MassAndVolumeConservedBoxByBox) {
  const Network& n = network();
  const std::size_t size = n.net->size();
  for (int m = 0; m < n.net->regime_count(); ++m) {
    const RegimeFluxes& f = n.net->fluxes(m);
    const std::vector<double> x = n.net->steady_state(m, n.emissions);
    std::vector<double> air_in(size), air_out(size), mass_in(size);
    for (std::size_t j = 0; j < size; ++j) {
      air_in[j] = f.inflow_bg_m3_s[j];
      air_out[j] = f.outflow_m3_s[j] + f.vent_top_m3_s[j];
      mass_in[j] = n.emissions[j] * kGramsPerSecondPerTonnePerYear * kMicrogramsPerGram +
                   f.inflow_bg_m3_s[j] * f.background_ugm3;
    }
    for (const AirLink& link : f.links) {
      air_in[link.to] += link.flow_m3_s;
      air_out[link.from] += link.flow_m3_s;
      mass_in[link.to] += link.flow_m3_s * x[link.from];
    }
    for (std::size_t j = 0; j < size; ++j) {
      EXPECT_NEAR(air_in[j], air_out[j], 1e-12 * air_in[j]) << "regime " << m << " box " << j;
      EXPECT_NEAR(air_out[j], f.throughflow_m3_s[j], 1e-12 * air_in[j]);
      const double mass_out = (f.throughflow_m3_s[j] + f.loss_per_s[j] * f.volume_m3[j]) * x[j];
      EXPECT_NEAR(mass_in[j], mass_out, kRel * mass_in[j]) << "regime " << m << " box " << j;
    }
  }
}

TEST(BoxNetworkCities, SourceReceptorIsNonNegativeAndLocalDominates) {
  const Network& n = network();
  for (int m = 0; m < n.net->regime_count(); ++m) {
    const Matrix& t = n.net->source_receptor(m);
    for (std::size_t i = 0; i < n.net->size(); ++i) {
      for (std::size_t j = 0; j < n.net->size(); ++j) {
        EXPECT_GE(t(i, j), 0.0);
        // Air from i reaches j diluted and depleted: never more than i's own effect.
        EXPECT_LE(t(i, j), t(i, i));
      }
      const double b = n.net->background_ugm3(m)[i];
      EXPECT_GT(b, 0.0);
      EXPECT_LE(b, n.net->regime_spec(m).background_ugm3);
    }
  }
}

TEST(BoxNetworkCities, DailyStepsConvergeToTheSteadyState) {
  const Network& n = network();
  for (int m = 0; m < n.net->regime_count(); ++m) {
    const std::vector<double> x = n.net->steady_state(m, n.emissions);
    std::vector<double> c(n.net->size(), 0.0);
    for (int day = 0; day < 2000; ++day) n.net->step(m, n.emissions, c);
    for (std::size_t j = 0; j < c.size(); ++j) {
      EXPECT_NEAR(c[j], x[j], kRel * x[j]) << "regime " << m << " box " << j;
    }
  }
}

TEST(BoxNetworkCities, StoredMassChangeOverADayEqualsIntegratedNetFlux) {
  // Start away from equilibrium; the exact solution C(t) = X* + exp(-M t)(C0 - X*) sampled
  // every dt/2000 and integrated by Simpson gives the day's mean state; the budget is linear in
  // C, so the integrated net flux is the budget of that mean state times one day.
  const Network& n = network();
  constexpr int kIntervals = 2000;
  const double dt = BoxNetwork::kStepSeconds;
  for (int m = 0; m < n.net->regime_count(); ++m) {
    const std::size_t size = n.net->size();
    const std::vector<double> x = n.net->steady_state(m, n.emissions);
    std::vector<double> c0(size);
    for (std::size_t j = 0; j < size; ++j) c0[j] = (j % 3 == 0 ? 2.5 : 0.2) * x[j];
    std::vector<double> c1 = c0;
    n.net->step(m, n.emissions, c1);

    Matrix sub = n.net->system_matrix(m);
    for (double& v : sub.data()) v *= -dt / kIntervals;
    const Matrix phi_sub = expm(sub);
    std::vector<double> dev(size), next(size), mean(size, 0.0);
    for (std::size_t j = 0; j < size; ++j) dev[j] = c0[j] - x[j];
    for (int k = 0; k <= kIntervals; ++k) {
      const double w = (k == 0 || k == kIntervals) ? 1.0 : (k % 2 == 1 ? 4.0 : 2.0);
      for (std::size_t j = 0; j < size; ++j) mean[j] += w * (x[j] + dev[j]);
      multiply(phi_sub, dev, next);
      dev.swap(next);
    }
    for (double& v : mean) v /= 3.0 * kIntervals;

    const MassBudget b = n.net->mass_budget(m, n.emissions, mean);
    double stored_change_g = 0.0;
    for (std::size_t j = 0; j < size; ++j) {
      stored_change_g += n.net->fluxes(m).volume_m3[j] * (c1[j] - c0[j]) / kMicrogramsPerGram;
    }
    EXPECT_NEAR(stored_change_g, b.storage_change_g_s() * dt, kRel * b.sources_g_s() * dt)
        << "regime " << m;
  }
}

TEST(BoxNetworkCities, FromScenarioMatchesTheDirectConstructor) {
  const Network& n = network();
  RegionSpec region;
  for (const auto& c : n.cities) {
    JurisdictionSpec j;
    j.id = c.id;
    j.lat_deg = c.box.centre.lat_deg;
    j.lon_deg = c.box.centre.lon_deg;
    j.area_km2 = c.box.area_km2;
    region.jurisdictions.push_back(j);
  }
  WeatherSpec weather;
  weather.regimes = regimes();
  const BoxNetwork built = BoxNetwork::from_scenario(region, weather);
  ASSERT_EQ(built.regime_count(), n.net->regime_count());
  for (int m = 0; m < built.regime_count(); ++m) {
    EXPECT_EQ(built.source_receptor(m).data(), n.net->source_receptor(m).data());
  }
}

TEST(BoxNetworkCities, ConstructionAndStepTimes) {
  // Informative: recorded, asserted only loosely (the machine is shared).
  const Network& n = network();
  std::vector<BoxSpec> boxes;
  for (const auto& c : n.cities) boxes.push_back(c.box);
  const auto t0 = std::chrono::steady_clock::now();
  const BoxNetwork net(boxes, regimes());
  const auto t1 = std::chrono::steady_clock::now();
  std::vector<double> c(net.size(), 0.0);
  constexpr int kSteps = 100000;
  for (int k = 0; k < kSteps; ++k) net.step(k % 4, n.emissions, c);
  const auto t2 = std::chrono::steady_clock::now();
  const double build_ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
  const double step_us = std::chrono::duration<double, std::micro>(t2 - t1).count() / kSteps;
  RecordProperty("construct_31_boxes_4_regimes_ms", std::to_string(build_ms));
  RecordProperty("step_31_boxes_us", std::to_string(step_us));
  std::cout << "31 boxes, 4 regimes: construct " << build_ms << " ms, step " << step_us << " us\n";
  EXPECT_TRUE(std::isfinite(c[0]));
}

}  // namespace
}  // namespace airgov::transport
