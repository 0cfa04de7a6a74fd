#include "models/calibration/annual_response.hpp"

#include <limits>
#include <stdexcept>

#include "models/transport/source_apportionment.hpp"
#include "sim/simulation/simulation.hpp"

namespace airgov::calibration {
namespace {

// The regimes a run draws (they do not depend on efforts or emissions).
struct RegimeRecorder : Recorder {
  std::vector<int> regimes;
  void on_day(const DayRecord& day) override { regimes.push_back(day.regime); }
};

}  // namespace

AnnualResponse annual_response(const ScenarioDescription& scenario, const assembly::ScenarioModels& models,
                               unsigned long long seed, int replicates, int year) {
  if (replicates < 1) throw std::invalid_argument("annual response: at least one replicate");
  const std::size_t n = scenario.region.jurisdictions.size();
  AnnualResponse out;
  out.year = year;
  out.replicates = replicates;
  out.contribution = Matrix(n, n);
  out.background.assign(n, 0.0);
  for (int d = 0; d < scenario.days; ++d) out.days += (scenario.start_date + d).year() == year ? 1 : 0;
  if (out.days == 0) throw std::invalid_argument("annual response: the horizon has no day of the calibration year");

  // The run's initial state: the expected steady state of the unabated start-day emissions.
  const std::vector<double> zero(n, 0.0);
  Matrix t;
  std::vector<double> background, emission(n, 0.0);
  models.expected->over(scenario.start_date, scenario.days, t, background);
  models.emissions->pm25_equivalent(scenario.start_date, zero, emission);
  const Matrix initial = transport::steady_split(t, background, emission);

  for (int r = 0; r < replicates; ++r) {
    RegimeRecorder regimes;
    Simulation simulation(scenario, assembly::plugins_for(models, scenario.decision.rule, scenario.decision),
                          RunOptions{seed, static_cast<std::uint64_t>(r)});
    simulation.run(regimes);
    // Only the daily contributions are read here: one class of day is enough.
    constexpr double kNoBound = std::numeric_limits<double>::infinity();
    transport::SourceApportionment split(*models.transport, initial, transport::DayClassBounds{kNoBound, kNoBound});
    for (int d = 0; d < scenario.days; ++d) {
      const Date day = scenario.start_date + d;
      models.emissions->pm25_equivalent(day, zero, emission);
      split.step(regimes.regimes[static_cast<std::size_t>(d)], emission);
      if (day.year() > year) break;
      if (day.year() != year) continue;
      for (std::size_t j = 0; j < n; ++j) {
        for (std::size_t i = 0; i < n; ++i) out.contribution(j, i) += split.contribution(j, i);
        out.background[j] += split.contribution(j, n);
      }
    }
  }
  const double count = static_cast<double>(out.days) * replicates;
  for (double& v : out.contribution.data()) v /= count;
  for (double& v : out.background) v /= count;
  return out;
}

std::vector<double> annual_means(const AnnualResponse& response, const std::vector<double>& factor) {
  std::vector<double> x = response.background;
  const std::size_t n = x.size();
  for (std::size_t j = 0; j < n; ++j) {
    for (std::size_t i = 0; i < n; ++i) x[j] += factor[i] * response.contribution(j, i);
  }
  return x;
}

}  // namespace airgov::calibration
