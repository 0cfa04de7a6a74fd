#include "tools/airgov/hindcast.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "models/airquality/ozone_proxy.hpp"
#include "models/assembly/models.hpp"
#include "sim/core/errors.hpp"
#include "sim/scenario/json_reader.hpp"
#include "sim/simulation/simulation.hpp"
#include "tools/airgov/cli_common.hpp"

namespace airgov::cli::hindcast {
namespace {

int days_in_year(int year) { return Date::from_ymd(year + 1, 1, 1) - Date::from_ymd(year, 1, 1); }

// Accumulates each jurisdiction's days by calendar year; keeps only complete years.
class YearlyRecorder final : public Recorder {
 public:
  explicit YearlyRecorder(std::size_t n) : n_(n) {}
  void on_day(const DayRecord& day) override {
    const int year = day.date.year();
    if (year != year_) start(year);
    ++days_;
    const bool season = airquality::in_ozone_season(day.date);
    for (std::size_t j = 0; j < n_; ++j) {
      sum_[j] += day.pm25_ugm3[j];
      const int aqi = day.air_quality[j].aqi_pm25;
      heavy_[j] += aqi > 200 ? 1 : 0;
      attain_[j] += aqi <= 100 ? 1 : 0;
      attain_season_[j] += aqi <= 100 && season ? 1 : 0;
    }
  }
  CityYears finish() {
    close();
    return std::move(out_);
  }

 private:
  void start(int year) {
    close();
    year_ = year;
    days_ = 0;
    sum_.assign(n_, 0.0);
    heavy_.assign(n_, 0.0);
    attain_.assign(n_, 0.0);
    attain_season_.assign(n_, 0.0);
  }
  void close() {
    if (year_ == 0 || days_ != days_in_year(year_)) return;  // a partial year has no annual figure
    std::vector<double> mean(n_);
    for (std::size_t j = 0; j < n_; ++j) mean[j] = sum_[j] / days_;
    out_.years.push_back(year_);
    out_.pm25.push_back(mean);
    out_.heavy.push_back(heavy_);
    out_.attainment.push_back(attain_);
    out_.attainment_ozone_season.push_back(attain_season_);
    year_ = 0;
  }
  std::size_t n_;
  int year_ = 0, days_ = 0;
  std::vector<double> sum_, heavy_, attain_, attain_season_;
  CityYears out_;
};

class TeeRecorder final : public Recorder {
 public:
  TeeRecorder(Recorder& a, Recorder* b) : a_(a), b_(b) {}
  void on_day(const DayRecord& d) override {
    a_.on_day(d);
    if (b_) b_->on_day(d);
  }
  void on_period(const PeriodRecord& p) override {
    a_.on_period(p);
    if (b_) b_->on_period(p);
  }

 private:
  Recorder& a_;
  Recorder* b_;
};

double mean_over(const std::vector<double>& values, const std::vector<std::size_t>& members) {
  double sum = 0;
  for (auto j : members) sum += values[j];
  return sum / static_cast<double>(members.size());
}

// The proxy's p from Beijing's values ([year index][metric][replicate]; empty when Beijing is
// not in the region): its ozone-only days over its mean attaining season days over the years
// kOzoneFitFirst..kOzoneFitLast that were run.
std::optional<double> ozone_probability(const std::vector<int>& years,
                                        const std::vector<std::array<std::vector<double>, 4>>& beijing) {
  double sum = 0;
  std::size_t count = 0;
  for (std::size_t y = 0; y < years.size() && y < beijing.size(); ++y) {
    if (years[y] < kOzoneFitFirst || years[y] > kOzoneFitLast) continue;
    for (double v : beijing[y][3]) sum += v, ++count;
  }
  if (count == 0) return std::nullopt;
  return airquality::ozone_failure_probability(airquality::kBeijingOzoneOnlyDaysPerYear, sum / static_cast<double>(count));
}

std::string cell(double v, int digits) { return std::isfinite(v) ? fmt::format("{:.{}f}", v, digits) : ""; }
std::string cell(const std::optional<double>& v, int digits) { return v ? cell(*v, digits) : ""; }

}  // namespace

std::vector<std::vector<std::size_t>> series_members(const RegionSpec& region) {
  std::vector<std::vector<std::size_t>> out(kSeries.size());
  for (std::size_t j = 0; j < region.jurisdictions.size(); ++j) {
    const auto& c = region.jurisdictions[j];
    auto in_group = [&](const char* g) { return std::find(c.groups.begin(), c.groups.end(), g) != c.groups.end(); };
    if (c.id == "beijing") out[0].push_back(j);
    if (c.id == "tianjin") out[1].push_back(j);
    if (c.province == "Hebei") out[2].push_back(j);
    if (in_group("jjj13")) out[3].push_back(j);
    if (in_group("2p26")) out[4].push_back(j);
  }
  return out;
}

Observations load_observations(const std::string& path, const DocumentSource& source) {
  const ParsedDocument document = read_document(path, source);
  Issues issues(path);
  Observations out;
  ObjectReader top(document.json, "", issues);
  top.string("description", false);
  if (const Json* series = top.object("series", true)) {
    ObjectReader s(*series, "/series", issues);
    for (const auto& name : kSeries) {
      const Json* metrics = s.object(name, false);
      if (!metrics) continue;
      ObjectReader m(*metrics, s.pointer(name), issues);
      for (const char* metric : {"pm25_ugm3", "heavy_days", "attainment_days"}) {
        const Json* years = m.object(metric, false);
        if (!years) continue;
        for (const auto& [year_text, entry] : years->items()) {
          const std::string p = m.pointer(metric) + "/" + escape_pointer_token(year_text);
          int year = 0;
          try {
            year = std::stoi(year_text);
          } catch (const std::exception&) {
          }
          if (year < 1900 || year > 2200 || std::to_string(year) != year_text) {
            issues.add(p, fmt::format("\"{}\" is not a year: expected a key like \"2013\"", year_text));
            continue;
          }
          ObjectReader e(entry, p, issues);
          const auto value = e.number("value", Range::at_least(0), true);
          e.string("status", false);
          e.string("source", false);
          e.finish();
          if (!value) continue;
          Observed& o = out[name][year];
          (std::string(metric) == "pm25_ugm3" ? o.pm25_ugm3 : std::string(metric) == "heavy_days" ? o.heavy_days
                                                                                                   : o.attainment_days) = *value;
        }
      }
      m.finish();
    }
    s.finish();
  }
  top.finish();
  issues.throw_if_any();
  return out;
}

Result run(const ScenarioDescription& scenario, const Observations& observed, const Options& options) {
  if (options.replicates < 1) throw UsageError("--replicates must be at least 1");
  const auto models = assembly::build_models(scenario);
  const std::size_t n = scenario.region.jurisdictions.size();
  const auto members = series_members(scenario.region);
  Result result;
  result.replicates = options.replicates;
  result.seed = options.seed;
  // [series][year index][metric][replicate]; metrics: PM2.5, heavy, attaining, attaining in season
  std::vector<std::vector<std::array<std::vector<double>, 4>>> values(kSeries.size());
  for (int r = 0; r < options.replicates; ++r) {
    if (options.progress) options.progress(r);
    YearlyRecorder yearly(n);
    std::optional<transport::SourceApportionment> apportionment;
    std::optional<ApportionmentRecorder> apportioner;
    if (options.apportion && r == 0) {
      apportionment.emplace(start_apportionment(scenario, models));
      apportioner.emplace(*apportionment, scenario.days, scenario.start_date);
    }
    TeeRecorder tee(yearly, apportioner ? &*apportioner : nullptr);
    Simulation simulation(scenario, assembly::plugins_for(models, scenario.decision.rule, scenario.decision),
                          RunOptions{options.seed, static_cast<std::uint64_t>(r)});
    simulation.run(tee);
    const CityYears years = yearly.finish();
    if (r == 0) {
      result.years = years.years;
      if (apportioner) result.transport = std::move(apportioner->reports);
      for (auto& v : values) v.resize(years.years.size());
    }
    for (std::size_t s = 0; s < kSeries.size(); ++s) {
      if (members[s].empty()) continue;
      for (std::size_t y = 0; y < years.years.size(); ++y) {
        values[s][y][0].push_back(mean_over(years.pm25[y], members[s]));
        values[s][y][1].push_back(mean_over(years.heavy[y], members[s]));
        values[s][y][2].push_back(mean_over(years.attainment[y], members[s]));
        values[s][y][3].push_back(mean_over(years.attainment_ozone_season[y], members[s]));
      }
    }
  }
  result.ozone_failure_probability = ozone_probability(result.years, values[0]);
  for (std::size_t s = 0; s < kSeries.size(); ++s) {
    if (members[s].empty()) continue;
    auto& out = result.series[kSeries[s]];
    for (std::size_t y = 0; y < result.years.size(); ++y) {
      SeriesYear sy;
      sy.pm25 = interval_of(values[s][y][0]);
      sy.heavy_days = interval_of(values[s][y][1]);
      sy.attainment_days = interval_of(values[s][y][2]);
      if (const auto p = result.ozone_failure_probability) {
        std::vector<double> with_proxy;
        for (std::size_t r = 0; r < values[s][y][2].size(); ++r) {
          with_proxy.push_back(airquality::attainment_with_ozone_proxy(values[s][y][2][r], values[s][y][3][r], *p));
        }
        sy.attainment_days_o3_proxy = interval_of(with_proxy);
      }
      out[result.years[y]] = sy;
    }
    // Observed values, also for years not simulated (the CSV shows them).
    if (auto it = observed.find(kSeries[s]); it != observed.end()) {
      for (const auto& [year, o] : it->second) out[year].observed = o;
    }
  }
  return result;
}

namespace {
const SeriesYear* find(const Result& result, const std::string& series, int year) {
  auto s = result.series.find(series);
  if (s == result.series.end()) return nullptr;
  auto y = s->second.find(year);
  if (y == s->second.end()) return nullptr;
  return &y->second;
}
bool simulated(const Result& result, int year) {
  return std::find(result.years.begin(), result.years.end(), year) != result.years.end();
}
}  // namespace

std::optional<double> mape(const Result& result, const std::string& series, int first, int last, Metric metric) {
  double sum = 0;
  int count = 0;
  for (int year = first; year <= last; ++year) {
    const SeriesYear* sy = find(result, series, year);
    if (!sy || !simulated(result, year)) continue;
    const std::optional<double> observed =
        metric == Metric::pm25 ? sy->observed.pm25_ugm3 : sy->observed.attainment_days;
    std::optional<double> simulated_value;
    if (metric == Metric::pm25) simulated_value = sy->pm25.mean;
    if (metric == Metric::attainment_days_pm25) simulated_value = sy->attainment_days.mean;
    if (metric == Metric::attainment_days_o3_proxy && sy->attainment_days_o3_proxy) {
      simulated_value = sy->attainment_days_o3_proxy->mean;
    }
    if (!observed || !simulated_value) continue;
    sum += std::abs(*simulated_value - *observed) / *observed;
    ++count;
  }
  if (count == 0) return std::nullopt;
  return sum / count;
}

Checks checks(const Result& result) {
  Checks c;
  const SeriesYear* a = find(result, "jjj13", 2013);
  const SeriesYear* b = find(result, "jjj13", 2017);
  if (a && b && simulated(result, 2013) && simulated(result, 2017)) {
    c.jjj13_decline_2013_2017_sim = 1.0 - b->pm25.mean / a->pm25.mean;
  }
  if (a && b && a->observed.pm25_ugm3 && b->observed.pm25_ugm3) {
    c.jjj13_decline_2013_2017_obs = 1.0 - *b->observed.pm25_ugm3 / *a->observed.pm25_ugm3;
  }
  double sim = 0, obs = 0;
  bool sim_ok = true, obs_ok = true;
  for (int year = 2013; year <= 2017; ++year) {
    const SeriesYear* sy = find(result, "beijing", year);
    if (sy && simulated(result, year)) sim += sy->heavy_days.mean; else sim_ok = false;
    if (sy && sy->observed.heavy_days) obs += *sy->observed.heavy_days; else obs_ok = false;
  }
  if (sim_ok) c.beijing_heavy_days_2013_2017_sim = sim;
  if (obs_ok) c.beijing_heavy_days_2013_2017_obs = obs;
  return c;
}

std::string csv(const Result& result, int first, int last) {
  std::string out = "series,year,simulated_pm25,simulated_pm25_p05,simulated_pm25_p95,observed_pm25,"
                    "simulated_heavy_days,observed_heavy_days,simulated_attainment_days_pm25,observed_attainment_days,"
                    "simulated_attainment_days_o3_proxy\n";
  for (const auto& name : kSeries) {
    for (int year = first; year <= last; ++year) {
      const SeriesYear* sy = find(result, name, year);
      const bool sim = sy && simulated(result, year);
      const Observed o = sy ? sy->observed : Observed{};
      const bool proxy = sim && sy->attainment_days_o3_proxy;
      out += fmt::format("{},{},{},{},{},{},{},{},{},{},{}\n", name, year, sim ? cell(sy->pm25.mean, 2) : "",
                         sim ? cell(sy->pm25.p05, 2) : "", sim ? cell(sy->pm25.p95, 2) : "", cell(o.pm25_ugm3, 1),
                         sim ? cell(sy->heavy_days.mean, 2) : "", cell(o.heavy_days, 0),
                         sim ? cell(sy->attainment_days.mean, 2) : "", cell(o.attainment_days, 1),
                         proxy ? cell(sy->attainment_days_o3_proxy->mean, 2) : "");
    }
  }
  return out;
}

std::string transport_csv(const ScenarioDescription& scenario, const Result& result) {
  std::string out = "jurisdiction,year,regional_share,regional_share_heavy_days,imports_ugm3,exports_ugm3\n";
  auto share = [](double v) { return std::isfinite(v) ? fmt::format("{:.4f}", v) : std::string(); };
  for (const auto& report : result.transport) {
    const auto& r = report.summary;
    for (std::size_t j = 0; j < scenario.region.jurisdictions.size(); ++j) {
      out += fmt::format("{},{},{},{},{:.3f},{:.3f}\n", scenario.region.jurisdictions[j].id, report.year,
                         share(r.regional_share[j]), share(r.regional_share_heavy[j]), r.imports_ugm3[j],
                         r.exports_ugm3[j]);
    }
  }
  return out;
}

std::string table(const ScenarioDescription& scenario, const Result& result) {
  std::string out = fmt::format("Hindcast of {} ({} replicates, seed {}): simulated mean [90 % band] vs observed.\n"
                                "Fitted years {}-{}, held out {}-{}, later years are projections. Attainment days "
                                "PM2.5-only (attain*: official counts include ozone and are lower) and with an ozone "
                                "proxy (+ozone**).\n\n",
                                scenario.name, result.replicates, result.seed, kFitFirst, kFitLast, kHeldFirst,
                                kHeldLast);
  for (const auto& name : kSeries) {
    if (!result.series.count(name)) continue;
    out += fmt::format("{}\n{:<6} {:>7} {:>17} {:>8}  {:>6} {:>6}  {:>9} {:>8} {:>6}  {}\n", name, "year", "PM2.5",
                       "90 % band", "observed", "heavy", "obs", "attain*", "+ozone**", "obs", "");
    for (int year : result.years) {
      const SeriesYear* sy = find(result, name, year);
      if (!sy) continue;
      const char* role = year <= kFitLast ? "fitted" : year <= kHeldLast ? "held out" : "projection";
      const std::string proxy = sy->attainment_days_o3_proxy ? cell(sy->attainment_days_o3_proxy->mean, 1) : "-";
      out += fmt::format("{:<6} {:>7.1f} {:>17} {:>8}  {:>6.1f} {:>6}  {:>9.1f} {:>8} {:>6}  {}\n", year, sy->pm25.mean,
                         fmt::format("[{:.1f}, {:.1f}]", sy->pm25.p05, sy->pm25.p95),
                         cell(sy->observed.pm25_ugm3, 1), sy->heavy_days.mean, cell(sy->observed.heavy_days, 0),
                         sy->attainment_days.mean, proxy, cell(sy->observed.attainment_days, 0), role);
    }
    out += "\n";
  }
  out += "Mean absolute percentage error of annual PM2.5 (simulated mean vs observed):\n";
  out += fmt::format("{:<8} {:>16} {:>18}\n", "series", "fitted 2013-2016", "held out 2017-2018");
  for (const auto& name : kSeries) {
    if (!result.series.count(name)) continue;
    auto pct = [](const std::optional<double>& v) { return v ? fmt::format("{:.1f} %", 100 * *v) : std::string("-"); };
    out += fmt::format("{:<8} {:>16} {:>18}\n", name, pct(mape(result, name, kFitFirst, kFitLast)),
                       pct(mape(result, name, kHeldFirst, kHeldLast)));
  }
  out += "Attainment days against the official counts (which include ozone): the same error, PM2.5-only / with "
         "the ozone proxy:\n";
  out += fmt::format("{:<8} {:>20} {:>20}\n", "series", "fitted 2013-2016", "held out 2017-2018");
  for (const auto& name : kSeries) {
    if (!result.series.count(name)) continue;
    auto pair = [&](int first, int last) {
      const auto a = mape(result, name, first, last, Metric::attainment_days_pm25);
      const auto b = mape(result, name, first, last, Metric::attainment_days_o3_proxy);
      if (!a) return std::string("-");
      return fmt::format("{:.1f} / {}", 100 * *a, b ? fmt::format("{:.1f} %", 100 * *b) : std::string("-"));
    };
    out += fmt::format("{:<8} {:>20} {:>20}\n", name, pair(kFitFirst, kFitLast), pair(kHeldFirst, kHeldLast));
  }
  const Checks c = checks(result);
  if (c.jjj13_decline_2013_2017_sim && c.jjj13_decline_2013_2017_obs) {
    out += fmt::format("JJJ-13 decline 2013-2017: simulated {:.1f} %, observed {:.1f} %.\n",
                       100 * *c.jjj13_decline_2013_2017_sim, 100 * *c.jjj13_decline_2013_2017_obs);
  }
  if (c.beijing_heavy_days_2013_2017_sim && c.beijing_heavy_days_2013_2017_obs) {
    out += fmt::format("Beijing heavy-pollution days 2013-2017: simulated {:.0f}, observed {:.0f}.\n",
                       *c.beijing_heavy_days_2013_2017_sim, *c.beijing_heavy_days_2013_2017_obs);
  }
  out += "* attain: PM2.5-only attainment days (AQI(PM2.5) <= 100).\n";
  if (const auto p = result.ozone_failure_probability) {
    out += wrap(fmt::format("** + ozone: the same with an ozone proxy, each PM2.5-attaining day of May-September "
                            "failing on ozone with p = {:.3f}, set so that Beijing loses {:.0f} days a year over "
                            "{}-{} (its ozone-only exceedances 2014-2017, recalled); a proxy without photochemistry, "
                            "the same p for every city.",
                            *p, airquality::kBeijingOzoneOnlyDaysPerYear, kOzoneFitFirst, kOzoneFitLast),
                96);
  } else {
    out += "** + ozone: no proxy (it is set on Beijing over 2014-2016, which this run does not cover).\n";
  }
  return out;
}

}  // namespace airgov::cli::hindcast
