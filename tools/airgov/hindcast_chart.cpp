#include "tools/airgov/hindcast_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <utility>

namespace airgov::cli::hindcast {
namespace {

std::string escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

constexpr int kFirstYear = 2013, kLastYear = 2023;
constexpr double kPanelW = 300, kPanelH = 220, kLeft = 50, kTop = 80, kGap = 30, kPlotW = 240, kPlotH = 170;

// One panel at (ox, oy): fitted and held-out years shaded, grid every `step` up to y_max, the
// simulated mean and 90 % band of `value` over the simulated years, the observed as dots.
template <class Value, class Observation>
std::string panel(const std::string& label, const std::map<int, SeriesYear>& years, const Result& result, double ox,
                  double oy, double y_max, double step, Value value, Observation observation) {
  auto x = [&](double year) { return ox + (year - kFirstYear) / (kLastYear - kFirstYear) * kPlotW; };
  auto y = [&](double v) { return oy + kPlotH - v / y_max * kPlotH; };
  std::string svg = fmt::format("<g>\n<text x=\"{:.1f}\" y=\"{:.1f}\" font-weight=\"bold\">{}</text>\n", ox,
                                oy - 4, escape(label));
  svg += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"#dbe9f6\"/>\n",
                     x(kFitFirst - 0.5), oy, x(kFitLast + 0.5) - x(kFitFirst - 0.5), kPlotH);
  svg += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"#fde6cf\"/>\n",
                     x(kHeldFirst - 0.5), oy, x(kHeldLast + 0.5) - x(kHeldFirst - 0.5), kPlotH);
  // Axes and grid.
  for (double v = 0; v <= y_max + 1e-9; v += step) {
    svg += fmt::format("<line x1=\"{0:.1f}\" x2=\"{1:.1f}\" y1=\"{2:.1f}\" y2=\"{2:.1f}\" stroke=\"#ccc\"/>"
                       "<text x=\"{3:.1f}\" y=\"{4:.1f}\" text-anchor=\"end\">{5:.0f}</text>\n",
                       ox, ox + kPlotW, y(v), ox - 4, y(v) + 4, v);
  }
  for (int year = kFirstYear; year <= kLastYear; year += 2) {
    svg += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>\n", x(year),
                       oy + kPlotH + 14, year);
  }
  // Band and mean of the simulated years.
  std::string upper, lower, line;
  for (int year : result.years) {
    auto sy = years.find(year);
    if (sy == years.end()) continue;
    const Interval& v = value(sy->second);
    upper += fmt::format("{:.1f},{:.1f} ", x(year), y(v.p95));
    lower = fmt::format("{:.1f},{:.1f} ", x(year), y(v.p05)) + lower;
    line += fmt::format("{:.1f},{:.1f} ", x(year), y(v.mean));
  }
  if (!line.empty()) {
    svg += fmt::format("<polygon points=\"{}{}\" fill=\"#3b6fb6\" fill-opacity=\"0.25\" stroke=\"none\"/>\n", upper,
                       lower);
    svg += fmt::format("<polyline points=\"{}\" fill=\"none\" stroke=\"#3b6fb6\" stroke-width=\"2\"/>\n", line);
  }
  for (const auto& [year, sy] : years) {
    const std::optional<double> observed = observation(sy);
    if (!observed || year < kFirstYear || year > kLastYear) continue;
    svg += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3.5\" fill=\"#c0392b\"/>\n", x(year), y(*observed));
  }
  return svg + "</g>\n";
}

// A round axis top: the next multiple of `step` above the largest value, at least one step.
double axis_top(double largest, double step) { return std::max(step, std::ceil(largest / step) * step); }

// The series whose attainment days with the ozone proxy get a panel: Beijing, on which the
// proxy is set, and Hebei, which did not set it.
const std::array<const char*, 2> kAttainmentSeries = {"beijing", "hebei"};

bool has_proxy(const std::map<int, SeriesYear>& years) {
  return std::any_of(years.begin(), years.end(), [](const auto& y) { return y.second.attainment_days_o3_proxy; });
}

}  // namespace

std::string chart_svg(const std::string& title, const Result& result) {
  double pm25_max = 0, heavy_max = 0, attainment_max = 0;
  std::size_t panels = 0;
  for (const auto& [name, years] : result.series) {
    ++panels;
    const bool attainment_panel =
        has_proxy(years) && std::find(kAttainmentSeries.begin(), kAttainmentSeries.end(), name) != kAttainmentSeries.end();
    panels += (name == "beijing" ? 1 : 0) + (attainment_panel ? 1 : 0);
    for (const auto& [year, sy] : years) {
      pm25_max = std::max({pm25_max, sy.pm25.p95, sy.observed.pm25_ugm3.value_or(0)});
      if (name == "beijing") heavy_max = std::max({heavy_max, sy.heavy_days.p95, sy.observed.heavy_days.value_or(0)});
      if (attainment_panel && sy.attainment_days_o3_proxy) {
        attainment_max = std::max({attainment_max, sy.attainment_days_o3_proxy->p95, sy.observed.attainment_days.value_or(0)});
      }
    }
  }
  pm25_max = axis_top(pm25_max, 20);
  heavy_max = axis_top(heavy_max, 20);
  attainment_max = axis_top(attainment_max, 60);
  const std::size_t columns = 3;
  const double width = kLeft + static_cast<double>(columns) * (kPanelW + kGap);
  const double height =
      kTop + static_cast<double>((std::max<std::size_t>(panels, 1) + columns - 1) / columns) * (kPanelH + kGap) + 20;
  std::string svg = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0:.0f}\" height=\"{1:.0f}\" viewBox=\"0 0 {0:.0f} {1:.0f}\" "
      "font-family=\"sans-serif\" font-size=\"11\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
      "<text x=\"{2}\" y=\"22\" font-size=\"14\" font-weight=\"bold\">{3}</text>\n"
      "<text x=\"{2}\" y=\"38\">Annual mean PM2.5 (ug/m3), Beijing's heavy-pollution days, and attainment days "
      "with the ozone proxy against the official counts (last panels):</text>\n<text x=\"{2}\" y=\"52\">"
      "simulated mean (line) and 90 % band over {4} replicates; observed (dots).</text>\n<text x=\"{2}\" y=\"66\">"
      "Shaded: fitted 2013-2016 (blue), held out 2017-2018 (orange); later years are projections.</text>\n",
      width, height, kLeft, escape(title), result.replicates);
  std::size_t k = 0;
  const auto origin = [&](std::size_t slot) {
    return std::pair{kLeft + static_cast<double>(slot % columns) * (kPanelW + kGap),
                     kTop + static_cast<double>(slot / columns) * (kPanelH + kGap) + 10};
  };
  for (const auto& name : kSeries) {
    auto it = result.series.find(name);
    if (it == result.series.end()) continue;
    const auto [ox, oy] = origin(k++);
    svg += panel(
        name, it->second, result, ox, oy, pm25_max, 40, [](const SeriesYear& sy) -> const Interval& { return sy.pm25; },
        [](const SeriesYear& sy) { return sy.observed.pm25_ugm3; });
  }
  if (auto it = result.series.find("beijing"); it != result.series.end()) {
    const auto [ox, oy] = origin(k++);
    svg += panel(
        "beijing: heavy-pollution days (AQI > 200)", it->second, result, ox, oy, heavy_max, heavy_max > 100 ? 40 : 20,
        [](const SeriesYear& sy) -> const Interval& { return sy.heavy_days; },
        [](const SeriesYear& sy) { return sy.observed.heavy_days; });
  }
  for (const char* name : kAttainmentSeries) {
    auto it = result.series.find(name);
    if (it == result.series.end() || !has_proxy(it->second)) continue;
    const auto [ox, oy] = origin(k++);
    static const Interval kNone{};
    svg += panel(
        std::string(name) + ": attainment days with the ozone proxy", it->second, result, ox, oy, attainment_max, 60,
        [](const SeriesYear& sy) -> const Interval& {
          return sy.attainment_days_o3_proxy ? *sy.attainment_days_o3_proxy : kNone;
        },
        [](const SeriesYear& sy) { return sy.observed.attainment_days; });
  }
  svg += "</svg>\n";
  return svg;
}

}  // namespace airgov::cli::hindcast
