#pragma once
// Feeds a run's days into the exact source apportionment (models/transport/
// source_apportionment.hpp) and closes a report at each calendar year's end. Shared by
// `airgov transport` and `airgov hindcast` (transport.csv).
#include <string>
#include <vector>

#include "models/airquality/grade2_exceedance.hpp"
#include "models/assembly/models.hpp"
#include "models/institutions/joint_warning.hpp"
#include "models/transport/source_apportionment.hpp"
#include "sim/core/errors.hpp"
#include "sim/record/recorder.hpp"

namespace airgov::cli {

struct YearReport {
  int year;
  transport::ApportionmentSummary summary;
};

class ApportionmentRecorder : public Recorder {
 public:
  ApportionmentRecorder(transport::SourceApportionment& apportionment, int days, Date start)
      : apportionment_(apportionment), days_(days), start_(start) {}
  void on_day(const DayRecord& day) override {
    apportionment_.step(day.regime, day.emission_t_per_year);
    const bool year_ends = day.day == days_ - 1 || (day.date + 1).year() != day.date.year();
    if (year_ends) {
      reports.push_back(YearReport{day.date.year(), apportionment_.summary()});
      apportionment_.reset_sums();
    }
  }
  std::vector<YearReport> reports;

 private:
  transport::SourceApportionment& apportionment_;
  int days_;
  Date start_;
};

// The apportionment of a run of the scenario: it starts from the expected steady state without
// abatement, as the simulation does (sim/simulation), split by source.
// The apportionment is exact and dense (receptor x source, stepped with the n x n daily
// operator), so it is limited to the regions the dense box network serves.
inline transport::SourceApportionment start_apportionment(const ScenarioDescription& scenario,
                                                          const assembly::ScenarioModels& models) {
  const std::size_t n = scenario.region.jurisdictions.size();
  if (n > assembly::kSparseTransportAbove) {
    throw InvalidInputError({InputIssue{scenario.file, "/region",
                                        "the source apportionment (airgov transport, hindcast transport.csv) is "
                                        "limited to " + std::to_string(assembly::kSparseTransportAbove) +
                                            " jurisdictions (this region has " + std::to_string(n) + ")"}});
  }
  Matrix t;
  std::vector<double> background, emission(n, 0.0);
  models.expected->over(scenario.start_date, scenario.days, t, background);
  models.emissions->pm25_equivalent(scenario.start_date, std::vector<double>(n, 0.0), emission);
  return transport::SourceApportionment(
      *models.transport, transport::steady_split(t, background, emission),
      transport::DayClassBounds{airquality::kPm25Grade2Limit24hUgm3, institutions::kHeavyPm25Ugm3});
}

}  // namespace airgov::cli
