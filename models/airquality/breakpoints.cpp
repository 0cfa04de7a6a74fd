#include "models/airquality/breakpoints.hpp"

#include <array>

namespace airgov::airquality {
namespace {

constexpr std::array<Breakpoint, 8> kPm25 = {{
    {0, 0}, {35, 50}, {75, 100}, {115, 150}, {150, 200}, {250, 300}, {350, 400}, {500, 500}}};
constexpr std::array<Breakpoint, 8> kPm10 = {{
    {0, 0}, {50, 50}, {150, 100}, {250, 150}, {350, 200}, {420, 300}, {500, 400}, {600, 500}}};
constexpr std::array<Breakpoint, 8> kSo2 = {{
    {0, 0}, {50, 50}, {150, 100}, {475, 150}, {800, 200}, {1600, 300}, {2100, 400}, {2620, 500}}};
constexpr std::array<Breakpoint, 8> kNo2 = {{
    {0, 0}, {40, 50}, {80, 100}, {180, 150}, {280, 200}, {565, 300}, {750, 400}, {940, 500}}};
constexpr std::array<Breakpoint, 8> kCo = {{  // mg/m3
    {0, 0}, {2, 50}, {4, 100}, {14, 150}, {24, 200}, {36, 300}, {48, 400}, {60, 500}}};
constexpr std::array<Breakpoint, 6> kO3_8h = {{
    {0, 0}, {100, 50}, {160, 100}, {215, 150}, {265, 200}, {800, 300}}};
constexpr std::array<Breakpoint, 8> kO3_1h = {{
    {0, 0}, {160, 50}, {200, 100}, {300, 150}, {400, 200}, {800, 300}, {1000, 400}, {1200, 500}}};

}  // namespace

std::span<const Breakpoint> breakpoints(Pollutant p) {
  switch (p) {
    case Pollutant::pm25_24h: return kPm25;
    case Pollutant::pm10_24h: return kPm10;
    case Pollutant::so2_24h: return kSo2;
    case Pollutant::no2_24h: return kNo2;
    case Pollutant::co_24h: return kCo;
    case Pollutant::o3_8h: return kO3_8h;
    case Pollutant::o3_1h: return kO3_1h;
  }
  return {};
}

}  // namespace airgov::airquality
