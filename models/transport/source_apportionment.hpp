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
#include <span>
#include <vector>

#include "sim/core/matrix.hpp"
#include "sim/interfaces/transport_model.hpp"

namespace airgov::transport {

struct ApportionmentSummary {
  std::vector<double> mean_ugm3;                // annual mean X_j
  std::vector<double> regional_share;           // 1 - local share, annual
  std::vector<double> regional_share_heavy;     // on the receptor's heavy days (X_j > threshold); NaN if none
  std::vector<int> heavy_days;
  std::vector<double> imports_ugm3;
  std::vector<double> exports_ugm3;
};

class SourceApportionment {
 public:
  // `initial` = the concentration the run starts from; its split is taken from `initial_split`
  // (receptor x (sources + 1)), e.g. the steady state under the expected transport.
  SourceApportionment(const TransportModel& transport, const Matrix& initial_split, double heavy_threshold_ugm3);
  // One day under `regime` with the day's emissions (t/yr).
  void step(int regime, std::span<const double> emission_t_per_year);
  // Contribution of source s (s == n: background) to receptor j today.
  double contribution(std::size_t receptor, std::size_t source) const { return split_(receptor, source); }
  ApportionmentSummary summary() const;
  // Starts new sums (e.g. at a new year); the state carries on.
  void reset_sums();

 private:
  const TransportModel& transport_;
  double heavy_threshold_;
  Matrix split_;            // receptor x (sources + 1), today
  Matrix scratch_;
  Matrix sum_;              // receptor x (sources + 1), summed over days
  Matrix heavy_sum_;        // the same over each receptor's heavy days
  std::vector<int> heavy_days_;
  int days_ = 0;
};

// The steady split under a source-receptor matrix and background: column s of receptor j is
// T(s, j) E_s, the last column B_j.
Matrix steady_split(const Matrix& source_receptor, std::span<const double> background_ugm3,
                    std::span<const double> emission_t_per_year);

}  // namespace airgov::transport
