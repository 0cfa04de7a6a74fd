// The box network on small cases with closed forms: MODEL.md section 6 "Mass balance", the
// wind convention, the exact daily step, calm weather and input checks.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "models/transport/box_network.hpp"
#include "models/transport/units.hpp"

namespace airgov::transport {
namespace {

constexpr double kRel = 1e-9;
// 100 g/s expressed in t/yr.
constexpr double kHundredGramsPerSecond = 100.0 / kGramsPerSecondPerTonnePerYear;

RegimeSpec regime_from(int sector, double background = 0.0) {
  RegimeSpec r;
  r.name = "test";
  r.wind_speed_ms = 2.0;
  r.mixing_height_m = 600.0;
  r.wind_from_frequency = {};
  r.wind_from_frequency[static_cast<std::size_t>(sector)] = 1.0;
  r.background_ugm3 = background;
  r.deposition_velocity_ms = 0.0;
  r.wet_removal_per_s = 0.0;
  r.venting_per_s = 1e-5;
  return r;
}

// Two 100 km x 100 km boxes on the equator, box 1 due west of box 2, face 100 km, wind from the
// west (sector 12): air goes 1 -> 2 -> out of the region.
BoxNetwork two_boxes_in_series() {
  const std::vector<BoxSpec> boxes = {{{0.0, 0.0}, 1e4}, {{0.0, 0.9}, 1e4}};
  return BoxNetwork(boxes, std::vector<NeighbourSpec>{{0, 1, 100.0}}, {regime_from(12)});
}

void expect_rel(double actual, double expected, double rel = kRel) {
  EXPECT_NEAR(actual, expected, rel * std::fabs(expected)) << "expected " << expected;
}

TEST(BoxNetwork, ModelReferenceTwoBoxesInSeriesSteadyState) {
  const BoxNetwork net = two_boxes_in_series();
  const std::vector<double> e = {kHundredGramsPerSecond, 0.0};
  const std::vector<double> x = net.steady_state(0, e);
  expect_rel(x[0], 5.0 / 9.0);
  expect_rel(x[1], 10.0 / 27.0);
  EXPECT_EQ(net.background_ugm3(0)[0], 0.0);  // clean inflow
  EXPECT_EQ(net.background_ugm3(0)[1], 0.0);
  // Box 2 never affects box 1: it is downwind.
  EXPECT_EQ(net.source_receptor(0)(1, 0), 0.0);
  expect_rel(net.source_receptor(0)(1, 1) * kHundredGramsPerSecond, 5.0 / 9.0);

  const MassBudget b = net.mass_budget(0, e, x);
  expect_rel(b.emitted_g_s, 100.0);
  EXPECT_EQ(b.imported_g_s, 0.0);
  expect_rel(b.exported_g_s, 400.0 / 9.0);
  expect_rel(b.removed_g_s, 500.0 / 9.0);
  EXPECT_EQ(b.vented_g_s, 0.0);
  EXPECT_NEAR(b.storage_change_g_s(), 0.0, 1e-12 * 100.0);
}

TEST(BoxNetwork, ModelReferenceFluxes) {
  const BoxNetwork net = two_boxes_in_series();
  const RegimeFluxes& f = net.fluxes(0);
  ASSERT_EQ(f.links.size(), 1u);
  EXPECT_EQ(f.links[0].from, 0u);
  EXPECT_EQ(f.links[0].to, 1u);
  expect_rel(f.links[0].flow_m3_s, 2.0 * 600.0 * 1e5);  // u H L
  EXPECT_EQ(f.outflow_m3_s[0], 0.0);
  expect_rel(f.outflow_m3_s[1], 2.0 * 600.0 * 1e5);     // u H W
  expect_rel(f.inflow_bg_m3_s[0], 2.0 * 600.0 * 1e5);   // box 1 is fed by outside air
  EXPECT_EQ(f.inflow_bg_m3_s[1], 0.0);
  expect_rel(f.volume_m3[0], 1e10 * 600.0);
  expect_rel(f.loss_per_s[0], 1e-5);
}

TEST(BoxNetwork, DailyStepIsTheExactSolutionOfTheTwoBoxSystem) {
  // From clean air: C1 = a (1 - e^-lt), C2 = (m a / l)(1 - e^-lt) - m a t e^-lt with
  // l = 3e-5 /s (flushing 2e-5 + loss 1e-5), m = 2e-5 /s, a = 5/9 (a repeated eigenvalue).
  const BoxNetwork net = two_boxes_in_series();
  const std::vector<double> e = {kHundredGramsPerSecond, 0.0};
  std::vector<double> c = {0.0, 0.0};
  const double a = 5.0 / 9.0, l = 3e-5, m = 2e-5;
  for (int day = 1; day <= 3; ++day) {
    net.step(0, e, c);
    const double t = day * 86400.0;
    expect_rel(c[0], a * (1 - std::exp(-l * t)), 1e-12);
    expect_rel(c[1], m * a / l * (1 - std::exp(-l * t)) - m * a * t * std::exp(-l * t), 1e-12);
  }
  for (int day = 0; day < 60; ++day) net.step(0, e, c);
  expect_rel(c[0], 5.0 / 9.0);
  expect_rel(c[1], 10.0 / 27.0);
}

TEST(BoxNetwork, NortherlyWindCarriesNorthToSouthNeverTheReverse) {
  // Box 0 north of box 1 on the same meridian; Delaunay pairs them.
  const std::vector<BoxSpec> boxes = {{{40.0, 116.0}, 1e4}, {{39.0, 116.0}, 1.5e4}};
  const BoxNetwork net(boxes, {regime_from(0, 20.0), regime_from(8, 20.0)});
  ASSERT_EQ(net.neighbours().size(), 1u);
  const Matrix& northerly = net.source_receptor(0);
  EXPECT_GT(northerly(0, 1), 0.0);
  EXPECT_EQ(northerly(1, 0), 0.0);
  EXPECT_EQ(net.daily_propagator(0)(0, 1), 0.0);  // receptor north, source south
  const Matrix& southerly = net.source_receptor(1);
  EXPECT_GT(southerly(1, 0), 0.0);
  EXPECT_EQ(southerly(0, 1), 0.0);
  EXPECT_EQ(net.daily_propagator(1)(1, 0), 0.0);

  // A day of southern emissions under a northerly wind leaves the north at its background.
  std::vector<double> c(net.background_ugm3(0).begin(), net.background_ugm3(0).end());
  const double north_before = c[0];
  net.step(0, std::vector<double>{0.0, 1e5}, c);
  EXPECT_NEAR(c[0], north_before, 1e-14 * north_before);
  EXPECT_GT(c[1], net.background_ugm3(0)[1]);
}

TEST(BoxNetwork, CrossWindLeavesTheRegionWithoutExchange) {
  // Easterly wind over a north-south pair: no neighbour within 45 deg of west, no exchange.
  const std::vector<BoxSpec> boxes = {{{40.0, 116.0}, 1e4}, {{39.0, 116.0}, 1e4}};
  const BoxNetwork net(boxes, {regime_from(4)});
  EXPECT_TRUE(net.fluxes(0).links.empty());
  EXPECT_EQ(net.source_receptor(0)(0, 1), 0.0);
  EXPECT_EQ(net.source_receptor(0)(1, 0), 0.0);
  // Each box alone: C = Q / (V (u W / W... ) ) = Q / (u H W + k V).
  const double q = 1e6 * kGramsPerSecondPerTonnePerYear;  // ug/s per t/yr
  expect_rel(net.source_receptor(0)(0, 0), q / (2.0 * 600.0 * 1e5 + 1e-5 * 1e10 * 600.0));
}

TEST(BoxNetwork, CalmWeatherKeepsEachBoxToItself) {
  RegimeSpec calm = regime_from(0, 30.0);
  calm.wind_speed_ms = 0.0;
  calm.wind_from_frequency = {};  // directions are irrelevant when nothing moves
  calm.deposition_velocity_ms = 0.0006;
  const std::vector<BoxSpec> boxes = {{{40.0, 116.0}, 1e4}, {{39.0, 116.0}, 2e4}};
  const BoxNetwork net(boxes, {calm});
  const double k = 0.0006 / 600.0 + 1e-5;
  const double q = 1e6 * kGramsPerSecondPerTonnePerYear;
  expect_rel(net.source_receptor(0)(1, 1), q / (k * 2e10 * 600.0));
  EXPECT_EQ(net.source_receptor(0)(0, 1), 0.0);
  EXPECT_EQ(net.background_ugm3(0)[0], 0.0);  // no outside air comes in
  // The step decays exactly as exp(-k dt).
  std::vector<double> c = {100.0, 50.0};
  net.step(0, std::vector<double>{0.0, 0.0}, c);
  expect_rel(c[0], 100.0 * std::exp(-k * 86400.0), 1e-13);
  expect_rel(c[1], 50.0 * std::exp(-k * 86400.0), 1e-13);
}

TEST(BoxNetwork, BackgroundOnlyStaysBelowTheInflowConcentration) {
  RegimeSpec r = regime_from(12, 40.0);
  const std::vector<BoxSpec> boxes = {{{0.0, 0.0}, 1e4}, {{0.0, 0.9}, 1e4}};
  const BoxNetwork net(boxes, std::vector<NeighbourSpec>{{0, 1, 100.0}}, {r});
  // Box 1: 40 * flushing / (flushing + loss) = 40 * 2/3; box 2 fed by box 1 only: * 2/3 again.
  expect_rel(net.background_ugm3(0)[0], 40.0 * 2.0 / 3.0);
  expect_rel(net.background_ugm3(0)[1], 40.0 * 4.0 / 9.0);
  const std::vector<double> zero = {0.0, 0.0};
  const MassBudget b = net.mass_budget(0, zero, net.steady_state(0, zero));
  EXPECT_NEAR(b.storage_change_g_s(), 0.0, 1e-12 * b.imported_g_s);
}

TEST(BoxNetwork, ExcessInflowVentsThroughTheTop) {
  // A wide face feeds a small box: more air arrives than the wind carries on out of it.
  RegimeSpec r = regime_from(12);
  const std::vector<BoxSpec> boxes = {{{0.0, 0.0}, 1e4}, {{0.0, 0.9}, 2.5e3}};
  const BoxNetwork net(boxes, std::vector<NeighbourSpec>{{0, 1, 100.0}}, {r});
  const RegimeFluxes& f = net.fluxes(0);
  // In: 1.2e8 from box 0; out: u H W = 2 * 600 * 5e4 = 6e7; the other 6e7 leaves at the top.
  expect_rel(f.vent_top_m3_s[1], 6e7);
  const std::vector<double> e = {1000.0, 500.0};
  const MassBudget b = net.mass_budget(0, e, net.steady_state(0, e));
  EXPECT_GT(b.vented_g_s, 0.0);
  EXPECT_NEAR(b.storage_change_g_s(), 0.0, 1e-12 * b.sources_g_s());
}

TEST(BoxNetwork, FacesDefaultToTheSmallerSide) {
  const std::vector<BoxSpec> boxes = {{{0.0, 0.0}, 1e4}, {{0.0, 0.9}, 2.5e3}};
  const BoxNetwork net(boxes, std::vector<NeighbourSpec>{{1, 0, std::nullopt}}, {regime_from(12)});
  ASSERT_EQ(net.neighbours().size(), 1u);
  EXPECT_EQ(net.neighbours()[0].i, 0u);
  EXPECT_EQ(net.neighbours()[0].j, 1u);
  EXPECT_DOUBLE_EQ(*net.neighbours()[0].face_km, 50.0);
}

TEST(BoxNetwork, RejectsBadInput) {
  const std::vector<BoxSpec> boxes = {{{0.0, 0.0}, 1e4}, {{0.0, 0.9}, 1e4}};
  RegimeSpec r = regime_from(12);
  EXPECT_THROW(BoxNetwork(boxes, std::vector<RegimeSpec>{}), std::invalid_argument);
  EXPECT_THROW(BoxNetwork({}, {r}), std::invalid_argument);
  EXPECT_THROW(BoxNetwork(boxes, std::vector<NeighbourSpec>{{0, 2, {}}}, {r}), std::invalid_argument);
  EXPECT_THROW(BoxNetwork(boxes, std::vector<NeighbourSpec>{{0, 1, {}}, {1, 0, {}}}, {r}),
               std::invalid_argument);
  EXPECT_THROW(BoxNetwork(boxes, std::vector<NeighbourSpec>{{0, 1, -3.0}}, {r}),
               std::invalid_argument);
  RegimeSpec bad = r;
  bad.wind_from_frequency[0] = 0.5;  // sums to 1.5
  EXPECT_THROW(BoxNetwork(boxes, {bad}), std::invalid_argument);
  bad = r;
  bad.mixing_height_m = 0.0;
  EXPECT_THROW(BoxNetwork(boxes, {bad}), std::invalid_argument);
  bad = r;  // no wind and no loss: no steady state
  bad.wind_speed_ms = 0.0;
  bad.venting_per_s = 0.0;
  EXPECT_THROW(BoxNetwork(boxes, {bad}), std::invalid_argument);
  std::vector<BoxSpec> zero_area = boxes;
  zero_area[1].area_km2 = 0.0;
  EXPECT_THROW(BoxNetwork(zero_area, {r}), std::invalid_argument);

  const BoxNetwork net(boxes, {r});
  std::vector<double> c = {0.0, 0.0};
  EXPECT_THROW(net.step(1, std::vector<double>{0.0, 0.0}, c), std::out_of_range);
  EXPECT_THROW(net.step(0, std::vector<double>{0.0}, c), std::invalid_argument);
}

TEST(BoxNetwork, SingleBox) {
  const BoxNetwork net(std::vector<BoxSpec>{{{39.9, 116.4}, 1e4}}, {regime_from(0, 10.0)});
  EXPECT_EQ(net.size(), 1u);
  EXPECT_TRUE(net.neighbours().empty());
  // All wind leaves: C = (Q + F C_bg) / (F + k V) with F = u H W.
  const double f = 2.0 * 600.0 * 1e5, v = 1e10 * 600.0, k = 1e-5;
  expect_rel(net.background_ugm3(0)[0], f * 10.0 / (f + k * v));
  expect_rel(net.source_receptor(0)(0, 0), 1e6 * kGramsPerSecondPerTonnePerYear / (f + k * v));
}

}  // namespace
}  // namespace airgov::transport
