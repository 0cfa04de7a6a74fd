#include "tools/airgov/html_report.hpp"

#include <fmt/format.h>

#include <cmath>
#include <filesystem>

#include "sim/core/errors.hpp"
#include "sim/interfaces/air_quality_model.hpp"
#include "sim/record/atomic_output.hpp"
#include "sim/record/json_output.hpp"
#include "tools/airgov/serve/presets.hpp"
#include "tools/airgov/serve/web_assets.hpp"

namespace airgov::cli {
namespace {

using Json = nlohmann::json;

// JSON inside <script>: "</" would end the element early; "<\/" is the same JSON string.
std::string script_safe(const std::string& json) {
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    if (json[i] == '<' && i + 1 < json.size() && json[i + 1] == '/') out += "<\\";
    else out += json[i];
  }
  return out;
}

std::string html_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// The page: styles and scripts inlined from the embedded web assets, data as a JSON island.
std::string page(const std::string& title, const Json& data) {
  using serve::asset_text;
  std::string html = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  html += "<title>" + html_escape(title) + "</title>\n";
  html += "<style>\n" + std::string(asset_text("vendor/uPlot.min.css")) + "\n" + std::string(asset_text("report.css")) + "\n</style>\n";
  html += "<script type=\"application/json\" id=\"airgov-data\">" + script_safe(json_text(data, -1, "the report's data")) + "</script>\n";
  for (const char* script : {"vendor/uPlot.iife.min.js", "js/aqi.js", "js/map.js", "js/bars.js", "js/report.js"})
    html += "<script>\n" + std::string(asset_text(script)) + "\n</script>\n";
  html += "</head>\n<body>\n<main id=\"report\"><h1>" + html_escape(title) +
          "</h1><noscript>This report draws its charts with JavaScript.</noscript></main>\n</body>\n</html>\n";
  return html;
}

}  // namespace

void ReportSeries::on_day(const DayRecord& day) {
  if (class_share_.empty()) class_share_.resize(kAqiClassCount);
  dates_.push_back(day.date.iso());
  double sum = 0;
  std::vector<int> count(kAqiClassCount, 0);
  for (std::size_t j = 0; j < day.pm25_ugm3.size(); ++j) {
    sum += day.pm25_ugm3[j];
    ++count[static_cast<std::size_t>(day.air_quality[j].aqi_class)];
  }
  const double n = day.pm25_ugm3.empty() ? 1.0 : static_cast<double>(day.pm25_ugm3.size());
  region_pm25_.push_back(std::round(sum / n * 100) / 100);
  for (int c = 0; c < kAqiClassCount; ++c) class_share_[static_cast<std::size_t>(c)].push_back(count[static_cast<std::size_t>(c)] / n);
}

void ReportSeries::on_period(const PeriodRecord& period) {
  period_starts_.push_back(period.period.start.iso());
  period_effort_.emplace_back(period.effort.begin(), period.effort.end());
}

Json ReportSeries::to_json() const {
  Json classes = Json::object();
  for (std::size_t c = 0; c < class_share_.size(); ++c) classes[std::string(kAqiClassNames[c])] = class_share_[c];
  return {{"dates", dates_},
          {"region_pm25_ugm3", region_pm25_},
          {"aqi_class_share", classes},
          {"period_starts", period_starts_},
          {"period_effort", period_effort_}};
}

std::string run_report_html(const RunResult& result, const ReportSeries& series) {
  const auto& s = result.scenario;
  Json data = {{"kind", "run"},
               {"scenario", {{"name", s.name}, {"description", s.description}, {"file", s.file},
                             {"rule", result.rule}, {"seed", result.seed}, {"start_date", s.start_date.iso()},
                             {"days", s.days}, {"max_effort", s.economics.max_effort},
                             {"levers", levers_json(s.levers)}, {"events", s.events.size()}}},
               {"summary", summary_json(result)},
               {"series", series.to_json()},
               {"region", serve::region_json(s.region)}};
  return page(fmt::format("airgov report: {} ({}, seed {})", s.name, result.rule, result.seed), data);
}

std::string compare_report_html(const Comparison& comparison) {
  Json scenarios = Json::array();
  for (const auto& run : comparison.scenarios)
    scenarios.push_back({{"name", run.scenario.name}, {"file", run.file}, {"description", run.scenario.description},
                         {"rule", run.scenario.decision.rule}, {"levers", levers_json(run.scenario.levers)}});
  Json data = {{"kind", "compare"},
               {"scenarios", scenarios},
               {"comparison", compare_json(comparison)},
               {"region", comparison.scenarios.empty() ? Json(nullptr)
                                                       : serve::region_json(comparison.scenarios.front().scenario.region)}};
  std::string title = "airgov comparison:";
  for (std::size_t k = 0; k < comparison.scenarios.size(); ++k)
    title += (k ? " vs " : " ") + comparison.scenarios[k].scenario.name;
  return page(title, data);
}

void check_report_folder(const std::string& path) {
  const auto parent = std::filesystem::absolute(path).parent_path();
  if (!std::filesystem::is_directory(parent))
    throw CannotWriteError(fmt::format("{}: folder {} does not exist", path, parent.string()));
}

void write_report(const std::string& path, const std::string& html) {
  check_report_folder(path);
  write_file_atomically(path, html);
}

}  // namespace airgov::cli
