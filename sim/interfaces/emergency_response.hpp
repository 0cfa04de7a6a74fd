#pragma once
// Interface: joint heavy-pollution warnings and the temporary emission cuts they trigger.
// Implemented in models/institutions/.
#include <span>

namespace airgov {

// What the warning system may know on a given day.
struct WarningInputs {
  int day = 0;
  std::span<const int> regimes;                  // the run's regime of every day (a perfect forecast)
  std::span<const double> emission_t_per_year;   // today's emissions before any emergency cut
  std::span<const double> yesterday_pm25_ugm3;   // observed
  double lead_days = 0;                          // warning lead time from the information platform
};

class EmergencyResponse {
 public:
  virtual ~EmergencyResponse() = default;
  // Today's emergency cut of each jurisdiction (fraction of emissions), given the alert state it
  // keeps in `alert_days` (consecutive days each jurisdiction has been on alert).
  virtual void cuts(const WarningInputs& inputs, std::span<int> alert_days, std::span<double> cut) const = 0;
};

}  // namespace airgov
