#pragma once
// Unit conversions of the transport model, in one place (MODEL.md section 3).
namespace airgov::transport {

inline constexpr double kSecondsPerDay = 86400.0;
// Julian year, as in MODEL.md: 1 t/yr = 1e6 / (365.25 x 86400) g/s = 0.0317 g/s.
inline constexpr double kSecondsPerYear = 365.25 * kSecondsPerDay;
inline constexpr double kGramsPerSecondPerTonnePerYear = 1.0e6 / kSecondsPerYear;
inline constexpr double kMicrogramsPerGram = 1.0e6;
inline constexpr double kMetresPerKm = 1000.0;
inline constexpr double kSquareMetresPerKm2 = 1.0e6;

}  // namespace airgov::transport
