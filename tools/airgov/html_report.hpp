#pragma once
// Self-contained HTML reports (`airgov run --report FILE`, `airgov compare --report FILE`): one
// file with the results as JSON, the chart library, the scripts and styles inlined, so that it
// opens offline and can be sent as it is. The page draws the map (SVG), the time charts (uPlot)
// and the bar charts from the inlined data with the same scripts as the live app (tools/web).
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "sim/record/recorder.hpp"
#include "sim/scenario/scenario.hpp"
#include "tools/airgov/compare_report.hpp"
#include "tools/airgov/run_report.hpp"

namespace airgov::cli {

// What a run report shows over time, recorded as the run goes: per day the date, the regional
// mean PM2.5 and the share of jurisdictions in each AQI class; per decision period the effort of
// every jurisdiction. A few numbers per day: fine for any horizon the engine accepts.
class ReportSeries final : public Recorder {
 public:
  void on_day(const DayRecord& day) override;
  void on_period(const PeriodRecord& period) override;
  nlohmann::json to_json() const;

 private:
  std::vector<std::string> dates_;
  std::vector<double> region_pm25_;
  std::vector<std::vector<double>> class_share_;  // [class][day]
  std::vector<std::string> period_starts_;
  std::vector<std::vector<double>> period_effort_;  // [period][jurisdiction]
};

// The run's report: the scenario (name, description, rule, seed, levers), summary.json, the
// series, and the region's coordinates and ties for the map.
std::string run_report_html(const RunResult& result, const ReportSeries& series);

// The comparison's report: compare's JSON and the first scenario's region for the map.
std::string compare_report_html(const Comparison& comparison);

// CannotWriteError (exit 73) when the report's folder does not exist: checked before any work.
void check_report_folder(const std::string& path);

// Writes the report atomically (CannotWriteError, exit 73, when it cannot).
void write_report(const std::string& path, const std::string& html);

}  // namespace airgov::cli
