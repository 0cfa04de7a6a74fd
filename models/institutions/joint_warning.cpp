#include "models/institutions/joint_warning.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace airgov::institutions {

void JointWarning::cuts(const WarningInputs& in, std::span<int> alert_days, std::span<double> cut) const {
  const std::size_t n = cut.size();
  const int lead = static_cast<int>(std::floor(in.lead_days + 1e-9));
  const int last_day = static_cast<int>(in.regimes.size()) - 1;
  std::vector<int> heavy_forecasts(n, 0);
  if (lead >= 1) {
    for (int k = 0; k <= lead && in.day + k <= last_day; ++k) {
      const int regime = in.regimes[static_cast<std::size_t>(in.day + k)];
      const auto b = transport_->background_ugm3(regime);
      if (sparse_regime_t_) {
        const SparseSourceReceptor& t = sparse_regime_t_->at(static_cast<std::size_t>(regime));
        std::vector<double> x(b.begin(), b.end());
        for (std::size_t i = 0; i < n; ++i) {
          const auto receptors = t.receptors(i);
          const auto values = t.coefficients(i);
          for (std::size_t e = 0; e < receptors.size(); ++e) x[receptors[e]] += values[e] * in.emission_t_per_year[i];
        }
        for (std::size_t j = 0; j < n; ++j) {
          if (x[j] > kHeavyPm25Ugm3) ++heavy_forecasts[j];
        }
        continue;
      }
      const Matrix& t = transport_->source_receptor(regime);
      for (std::size_t j = 0; j < n; ++j) {
        double x = b[j];
        for (std::size_t i = 0; i < n; ++i) x += t(i, j) * in.emission_t_per_year[i];
        if (x > kHeavyPm25Ugm3) ++heavy_forecasts[j];
      }
    }
  }
  const int needed = std::min(spec_.min_heavy_days, lead + 1);
  for (std::size_t j = 0; j < n; ++j) {
    const bool observed = in.day > 0 && in.yesterday_pm25_ugm3[j] > kHeavyPm25Ugm3;
    const bool forecast = lead >= 1 && heavy_forecasts[j] >= needed;
    alert_days[j] = (observed || forecast) ? alert_days[j] + 1 : 0;
    const double ramp = spec_.response_days <= 0 ? 1.0 : std::min(1.0, static_cast<double>(alert_days[j]) / spec_.response_days);
    cut[j] = alert_days[j] > 0 ? spec_.emission_cut * ramp : 0.0;
  }
}

}  // namespace airgov::institutions
