#pragma once
// Source apportionment of the box network (MODEL.md section 3, "Definitions for reports"): the
// daily step is linear, so the concentration of every receptor splits exactly into the part each
// source's emissions caused and the part the background brought in. The apportionment carries one
// column per source (plus one for the background) through the same daily operators as the run.
//
//   local share of j     = own contribution to X_j / X_j  (annual: ratio of annual means)
//   regional share of j  = 1 - local share (neighbours and background both count as transported)
//   imports of j         = sum_{i != j} contribution of i to j   (ug/m3, annual mean)
//   exports of i         = sum_{j != i} contribution of i to j   (ug/m3 summed over receptors)
//   a net receiver imports more than it exports.
// The shares are also given by the receptor's class of day, as the published apportionments
// are (Beijing EPB 2014: good days, annual mean, heavy episodes): good days (X_j at most the
// 24-hour Grade II limit, AQI <= 100), polluted days (above it, up to the heavy threshold) and
// heavy days (above the heavy threshold, AQI > 200). Each is a ratio of the sums over those days.
// And by weather regime, to see which weather carries a receptor's imported and local PM2.5.
#include <array>
#include <span>
#include <vector>

#include "sim/core/matrix.hpp"
#include "sim/interfaces/transport_model.hpp"

namespace airgov::transport {

// Bounds of the classes of day (ug/m3 of the receptor's daily PM2.5).
struct DayClassBounds {
  double good_at_most_ugm3;  // e.g. 75, GB 3095-2012 Grade II 24-hour limit (AQI <= 100)
  double heavy_above_ugm3;   // e.g. 150, AQI > 200 (HJ 633-2012)
};

// One weather regime's days of the period (NaN where the regime did not occur).
struct RegimeShares {
  int days = 0;
  std::vector<double> mean_ugm3;       // per receptor, mean X_j over the regime's days
  std::vector<double> regional_share;  // 1 - own / total over those days
  std::vector<double> background_share;
  std::vector<double> mass_fraction;   // the regime's days' part of the receptor's period total
};

struct ApportionmentSummary {
  std::vector<double> mean_ugm3;                // annual mean X_j
  std::vector<double> regional_share;           // 1 - local share, annual
  std::vector<double> regional_share_heavy;     // on the receptor's heavy days (X_j > threshold); NaN if none
  std::vector<int> heavy_days;
  std::vector<double> regional_share_good;      // on its good days; NaN if none
  std::vector<int> good_days;
  std::vector<double> regional_share_polluted;  // on its polluted (neither good nor heavy) days; NaN if none
  std::vector<int> polluted_days;
  std::vector<double> imports_ugm3;
  std::vector<double> exports_ugm3;
  std::vector<RegimeShares> by_regime;          // index = regime (up to the largest one met)
};

// Net receiver (imports more than it exports), net source, or balanced: imports and exports
// within 10 % of the larger (the band is an assumption of the reports; MODEL.md section 3 defines
// receiver and source). Returns "net_receiver", "net_source" or "balanced".
const char* net_status(double imports_ugm3, double exports_ugm3);

class SourceApportionment {
 public:
  // `initial` = the concentration the run starts from; its split is taken from `initial_split`
  // (receptor x (sources + 1)), e.g. the steady state under the expected transport.
  SourceApportionment(const TransportModel& transport, const Matrix& initial_split, DayClassBounds bounds);
  // One day under `regime` with the day's emissions (t/yr).
  void step(int regime, std::span<const double> emission_t_per_year);
  // Contribution of source s (s == n: background) to receptor j today.
  double contribution(std::size_t receptor, std::size_t source) const { return split_(receptor, source); }
  ApportionmentSummary summary() const;
  // Starts new sums (e.g. at a new year); the state carries on.
  void reset_sums();

 private:
  enum DayClass { kGood, kPolluted, kHeavy, kClassCount };
  DayClass day_class(double total_ugm3) const;

  const TransportModel& transport_;
  DayClassBounds bounds_;
  Matrix split_;            // receptor x (sources + 1), today
  Matrix scratch_;
  Matrix sum_;              // receptor x (sources + 1), summed over days
  std::array<Matrix, kClassCount> class_sum_;             // the same over each receptor's days of a class
  std::array<std::vector<int>, kClassCount> class_days_;  // receptor's days of each class
  std::vector<Matrix> regime_sum_;  // per regime: receptor x (total, own, background), summed over its days
  std::vector<int> regime_days_;
  int days_ = 0;
};

// The steady split under a source-receptor matrix and background: column s of receptor j is
// T(s, j) E_s, the last column B_j.
Matrix steady_split(const Matrix& source_receptor, std::span<const double> background_ugm3,
                    std::span<const double> emission_t_per_year);

}  // namespace airgov::transport
