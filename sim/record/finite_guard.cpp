#include "sim/record/finite_guard.hpp"

#include <fmt/format.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <utility>

#include "sim/core/errors.hpp"

namespace airgov {
namespace {

// True when every value is finite. A double is infinite or NaN exactly when its exponent bits
// are all ones; adding one to the exponent field then carries into the sign bit. Integer
// operations without branches, so the compiler vectorises the loop: the guard runs on every
// value of every simulated day, and a failure is the rare case.
bool all_finite(std::span<const double> values) {
  constexpr std::uint64_t kExponent = 0x7ff0000000000000, kOneInExponent = 0x0010000000000000;
  std::uint64_t carried = 0;
  for (const double v : values) carried |= (std::bit_cast<std::uint64_t>(v) & kExponent) + kOneInExponent;
  return (carried >> 63) == 0;
}

[[noreturn]] void refuse(std::span<const double> values, const char* series, const std::string& where) {
  std::size_t k = 0;
  while (k < values.size() && std::isfinite(values[k])) ++k;
  throw InternalError(fmt::format("numerical failure: {} of jurisdiction #{} is {} ({}); nothing was written",
                                  series, k, values[k], where));
}

}  // namespace

void require_finite(std::span<const double> values, const char* series, const std::string& where) {
  if (!all_finite(values)) refuse(values, series, where);
}

void require_finite(const DayRecord& day) {
  const std::pair<std::span<const double>, const char*> series[] = {
      {day.pm25_ugm3, "PM2.5"}, {day.emission_t_per_year, "emission"}, {day.effort, "effort"},
      {day.emergency_cut, "emergency cut"}};
  for (const auto& [values, name] : series) {
    // The message's context (day and date) is formatted only when something is wrong: doing it
    // every day cost 8 % of a run.
    if (!all_finite(values)) refuse(values, name, "day " + std::to_string(day.day + 1) + ", " + day.date.iso());
  }
}

void require_finite(const PeriodRecord& period) {
  const std::string where = "decision period " + std::to_string(period.period.index + 1);
  require_finite(period.effort, "effort", where);
  require_finite(period.mean_pm25_ugm3, "mean PM2.5", where);
  for (const PeriodAccount* account : {&period.account, &period.expected_account}) {
    require_finite(account->abatement_cost_cny, "abatement cost", where);
    require_finite(account->damage_cny, "damage", where);
    require_finite(account->transfer_cny, "transfer", where);
    require_finite(account->payoff_cny, "payoff", where);
  }
}

namespace {
// A member name as a JSON Pointer token (RFC 6901: "~" is "~0", "/" is "~1").
std::string pointer_token(const std::string& key) {
  std::string out;
  for (const char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

template <typename J>
void walk(const J& node, const std::string& pointer, const std::string& what) {
  if (node.is_number_float()) {
    const double v = node.template get<double>();
    if (!std::isfinite(v)) {
      throw InternalError(fmt::format("numerical failure: {}{} is {}; nothing was written", what,
                                      pointer.empty() ? "" : " at " + pointer, v));
    }
  } else if (node.is_object()) {
    for (auto it = node.begin(); it != node.end(); ++it) walk(it.value(), pointer + "/" + pointer_token(it.key()), what);
  } else if (node.is_array()) {
    for (std::size_t k = 0; k < node.size(); ++k) walk(node[k], pointer + "/" + std::to_string(k), what);
  }
}
}  // namespace

void require_finite(const nlohmann::json& document, const std::string& what) { walk(document, "", what); }
void require_finite(const nlohmann::ordered_json& document, const std::string& what) { walk(document, "", what); }

}  // namespace airgov
