#include "sim/record/finite_guard.hpp"

#include <fmt/format.h>

#include <cmath>

#include "sim/core/errors.hpp"

namespace airgov {

void require_finite(std::span<const double> values, const char* series, const std::string& where) {
  for (std::size_t k = 0; k < values.size(); ++k) {
    if (!std::isfinite(values[k])) {
      throw InternalError(fmt::format("numerical failure: {} of jurisdiction #{} is {} ({}); nothing was written",
                                      series, k, values[k], where));
    }
  }
}

void require_finite(const DayRecord& day) {
  const std::string where = "day " + std::to_string(day.day + 1) + ", " + day.date.iso();
  require_finite(day.pm25_ugm3, "PM2.5", where);
  require_finite(day.emission_t_per_year, "emission", where);
  require_finite(day.effort, "effort", where);
  require_finite(day.emergency_cut, "emergency cut", where);
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
template <typename J>
void walk(const J& node, const std::string& pointer, const std::string& what) {
  if (node.is_number_float()) {
    const double v = node.template get<double>();
    if (!std::isfinite(v)) {
      throw InternalError(fmt::format("numerical failure: {}{} is {}; nothing was written", what,
                                      pointer.empty() ? "" : " at " + pointer, v));
    }
  } else if (node.is_object()) {
    for (auto it = node.begin(); it != node.end(); ++it) walk(it.value(), pointer + "/" + it.key(), what);
  } else if (node.is_array()) {
    for (std::size_t k = 0; k < node.size(); ++k) walk(node[k], pointer + "/" + std::to_string(k), what);
  }
}
}  // namespace

void require_finite(const nlohmann::json& document, const std::string& what) { walk(document, "", what); }
void require_finite(const nlohmann::ordered_json& document, const std::string& what) { walk(document, "", what); }

}  // namespace airgov
