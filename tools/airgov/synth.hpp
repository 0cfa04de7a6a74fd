#pragma once
// Synthetic regions for scale tests and demonstrations (`airgov synth`, the benchmarks): N
// jurisdictions on the North China Plain bounding box with plausible positions, populations,
// GDP and emissions, seeded. Not data: every figure is drawn, only the totals are anchored on the
// 31 jurisdictions of scenarios/regions/jjj-2p26.json (206.9 million people, 14.8 trillion CNY,
// 2.0 / 3.3 / 3.9 Mt/yr of primary PM2.5 / SO2 / NOx).
#include <cstdint>

#include "sim/scenario/json_reader.hpp"

namespace airgov::cli {

// Bounding box of the 31 cities (lat 34.76-40.98, lon 112.55-119.59), slightly widened.
inline constexpr double kSynthLatMin = 34.5, kSynthLatMax = 41.0;
inline constexpr double kSynthLonMin = 112.5, kSynthLonMax = 119.6;

// The region document (schema of scenarios/regions/jjj-2p26.json). Positions: a jittered grid
// (cell centres moved by up to 0.3 cell, uniformly) so boxes tile the bounding box without
// coinciding; area = the box's area / N each; population lognormal (sigma 0.8) around the mean;
// GDP per person lognormal (sigma 0.4); emissions per tracer in proportion to
// (population share + GDP share) / 2 times a lognormal industry factor (sigma 0.6), scaled to
// the totals. Randomness: RandomStream(seed, 0, jurisdiction, 0, Purpose::sampling).
Json synthetic_region(int jurisdictions, std::uint64_t seed);

}  // namespace airgov::cli
