#include "tools/airgov/published_comparison.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>

namespace airgov::cli {
namespace {

std::string shorten(const std::string& text, std::size_t width) {
  return text.size() <= width ? text : text.substr(0, width - 3) + "...";
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::optional<std::size_t> find_jurisdiction(const RegionSpec& region, const std::string& receptor) {
  const std::string name = lower(receptor);
  for (std::size_t j = 0; j < region.jurisdictions.size(); ++j) {
    if (lower(region.jurisdictions[j].name) == name || lower(region.jurisdictions[j].id) == name) return j;
  }
  return std::nullopt;
}

const YearReport* report_for(const std::vector<YearReport>& reports, int year) {
  for (const auto& r : reports) {
    if (r.year == year) return &r;
  }
  return reports.size() == 1 ? &reports.front() : nullptr;
}

double simulated_share(const transport::ApportionmentSummary& s, calibration::DayClass c, std::size_t j) {
  switch (c) {
    case calibration::DayClass::annual: return s.regional_share[j];
    case calibration::DayClass::good: return s.regional_share_good[j];
    case calibration::DayClass::polluted: return s.regional_share_polluted[j];
    case calibration::DayClass::heavy: return s.regional_share_heavy[j];
  }
  return NAN;
}

const char* class_name(calibration::DayClass c) {
  switch (c) {
    case calibration::DayClass::annual: return "annual";
    case calibration::DayClass::good: return "good days";
    case calibration::DayClass::polluted: return "polluted days";
    case calibration::DayClass::heavy: return "heavy days";
  }
  return "";
}

std::string range(const calibration::PublishedShare& p) {
  if (p.low && p.high) return fmt::format("{:.0f}-{:.0f} %", 100 * *p.low, 100 * *p.high);
  if (p.low) return fmt::format("> {:.0f} %", 100 * *p.low);
  return fmt::format("< {:.0f} %", 100 * *p.high);
}

}  // namespace

PublishedComparison compare_with_published(const ScenarioDescription& scenario, const std::vector<YearReport>& reports,
                                           const calibration::PublishedApportionment& published) {
  PublishedComparison out;
  const auto& region = scenario.region;
  for (const auto& p : published.shares) {
    const auto j = find_jurisdiction(region, p.receptor);
    const YearReport* report = report_for(reports, p.year);
    if (!j || !report) {
      out.not_compared.push_back(fmt::format("line {}: {} {} ({})", p.line, p.receptor, p.period,
                                             !j ? "not in the region" : "a year the run does not cover"));
      continue;
    }
    const double v = simulated_share(report->summary, p.day_class, *j);
    const bool inside = std::isfinite(v) && (!p.low || v >= *p.low) && (!p.high || v <= *p.high);
    out.shares.push_back(ShareComparison{p, region.jurisdictions[*j].id, report->year, v, inside});
  }
  for (const auto& p : published.statuses) {
    const auto j = find_jurisdiction(region, p.receptor);
    const YearReport* report = report_for(reports, p.year);
    if (!j || !report) {
      out.not_compared.push_back(fmt::format("line {}: {} as {} ({})", p.line, p.receptor, p.status,
                                             !j ? "not in the region" : "a year the run does not cover"));
      continue;
    }
    const auto& s = report->summary;
    out.statuses.push_back(StatusComparison{p, region.jurisdictions[*j].id, report->year,
                                            transport::net_status(s.imports_ugm3[*j], s.exports_ugm3[*j])});
  }
  for (const auto& [line, what] : published.not_compared) {
    out.not_compared.push_back(fmt::format("line {}: {} (not one city's share by class of day)", line, shorten(what, 70)));
  }
  return out;
}

StatusScore receiver_source_score(const PublishedComparison& comparison) {
  StatusScore score;
  for (const auto& c : comparison.statuses) {
    if (c.published.status == "balanced") continue;
    ++score.compared;
    if (c.simulated == c.published.status) ++score.matched;
  }
  return score;
}

std::string published_table(const PublishedComparison& comparison, const std::string& file) {
  std::string out = fmt::format("Against the published source apportionments ({}):\n", file);
  if (!comparison.shares.empty()) {
    out += fmt::format("{:<14} {:<26} {:<13} {:>9} {:>15} {:>6}  {}\n", "jurisdiction", "published for", "days",
                       "published", "simulated", "inside", "published condition");
    for (const auto& c : comparison.shares) {
      const std::string simulated =
          std::isfinite(c.simulated) ? fmt::format("{:.1f} % ({})", 100 * c.simulated, c.simulated_year) : "no such day";
      out += fmt::format("{:<14} {:<26} {:<13} {:>9} {:>15} {:>6}  {}\n", c.jurisdiction,
                         shorten(c.published.period, 26), class_name(c.published.day_class), range(c.published),
                         simulated, c.inside ? "yes" : "no", shorten(c.published.condition, 40));
    }
    out += "simulated (year): the simulated year compared; a run of one year stands for every published period.\n";
  }
  // Statuses by published row: how many of its cities come out as published.
  std::map<int, std::vector<const StatusComparison*>> by_line;
  for (const auto& c : comparison.statuses) by_line[c.published.line].push_back(&c);
  for (const auto& [line, rows] : by_line) {
    const auto& p = rows.front()->published;
    const auto matched = std::count_if(rows.begin(), rows.end(), [](auto* c) { return c->simulated == c->published.status; });
    std::string misses;
    for (const auto* c : rows) {
      if (c->simulated != c->published.status) misses += fmt::format("{}{} {}", misses.empty() ? "" : ", ", c->jurisdiction, c->simulated);
    }
    out += fmt::format("{} ({} {}, line {}): {} of {} as published{}\n", p.status, p.year, shorten(p.method, 24), line,
                       matched, rows.size(), misses.empty() ? "" : "; simulated otherwise: " + misses);
  }
  const StatusScore score = receiver_source_score(comparison);
  if (score.compared > 0) {
    out += fmt::format("Net receivers and net sources as published: {} of {}.\n", score.matched, score.compared);
  }
  for (const auto& n : comparison.not_compared) out += "not compared: " + n + "\n";
  return out;
}

}  // namespace airgov::cli
