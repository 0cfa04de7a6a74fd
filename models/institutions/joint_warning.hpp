#pragma once
// Joint heavy-pollution warnings (2016 unified thresholds, shared/data/policy-timeline.csv) and
// the emergency cuts they trigger. A jurisdiction goes on alert on day t when
//   - yesterday's observed PM2.5 was heavy (AQI > 200, i.e. PM2.5 > 150 ug/m3), or
//   - with a warning lead time L >= 1 day (from the information platform), at least
//     min(min_heavy_days, L + 1) of the days t .. t + L are forecast heavy,
// where the forecast of day t + k is the steady state of that day's (known) weather regime at
// today's emissions. Measures ramp up linearly to the full cut over `response_days` (full effect
// 48-72 h after the start, Xue et al. 2016), so a warning given early meets the episode at full
// strength while one given on the day does not: that is how the platform's lead time matters.
#include <memory>
#include <vector>

#include "sim/interfaces/emergency_response.hpp"
#include "sim/interfaces/sparse_source_receptor.hpp"
#include "sim/interfaces/transport_model.hpp"
#include "sim/scenario/scenario.hpp"

namespace airgov::institutions {

inline constexpr double kHeavyPm25Ugm3 = 150.0;  // AQI(PM2.5) > 200 above 150 ug/m3 (HJ 633)

class JointWarning final : public EmergencyResponse {
 public:
  JointWarning(EmergencySpec spec, std::shared_ptr<const TransportModel> transport)
      : spec_(spec), transport_(std::move(transport)) {}
  // Above the dense limit: the forecasts from each regime's steady T kept sparse (one per regime).
  JointWarning(EmergencySpec spec, std::shared_ptr<const TransportModel> transport,
               std::shared_ptr<const std::vector<SparseSourceReceptor>> sparse_regime_t)
      : spec_(spec), transport_(std::move(transport)), sparse_regime_t_(std::move(sparse_regime_t)) {}
  void cuts(const WarningInputs& inputs, std::span<int> alert_days, std::span<double> cut) const override;

 private:
  EmergencySpec spec_;
  std::shared_ptr<const TransportModel> transport_;
  std::shared_ptr<const std::vector<SparseSourceReceptor>> sparse_regime_t_;  // null: dense
};

}  // namespace airgov::institutions
