#include "tools/airgov/compare_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <numeric>

#include "tools/airgov/cli_common.hpp"

namespace airgov::cli {
namespace {

using Json = nlohmann::ordered_json;

std::string letter(std::size_t k) {
  return k < 26 ? std::string(1, static_cast<char>('A' + k)) : fmt::format("S{}", k + 1);
}

double mean_of(const std::vector<double>& v) {
  return v.empty() ? 0.0 : std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
}

// A regional outcome per replicate (nullopt: not defined for this scenario).
struct Metric {
  const char* key;
  const char* label;
  int digits;
  double scale;  // printed value = value x scale
  std::function<std::optional<double>(const Comparison&, std::size_t scenario, std::size_t replicate)> value;
};

double years_of(const ScenarioRuns& s) { return std::max(s.scenario.days, 1) / 365.0; }

std::optional<double> total_deaths(const ReplicateOutcome& r) {
  if (r.deaths.empty()) return std::nullopt;
  return std::accumulate(r.deaths.begin(), r.deaths.end(), 0.0);
}

// Extra abatement cost per year of scenario s over A in replicate r.
double extra_cost_per_year(const Comparison& c, std::size_t s, std::size_t r) {
  return c.scenarios[s].replicates[r].region.abatement_cost_cny / years_of(c.scenarios[s]) -
         c.scenarios[0].replicates[r].region.abatement_cost_cny / years_of(c.scenarios[0]);
}

std::optional<double> deaths_avoided_vs_first(const Comparison& c, std::size_t s, std::size_t r) {
  if (!c.comparable || s == 0) return std::nullopt;
  const auto before = total_deaths(c.scenarios[0].replicates[r]), after = total_deaths(c.scenarios[s].replicates[r]);
  if (!before || !after) return std::nullopt;
  return *before - *after;
}

std::optional<double> positive_ratio(double numerator, std::optional<double> denominator) {
  if (!denominator || !(*denominator > 0)) return std::nullopt;
  return numerator / *denominator;
}

const std::vector<Metric>& metrics() {
  using R = std::optional<double>;
  static const std::vector<Metric> list = {
      {"pm25_annual_mean_ugm3", "PM2.5 ug/m3, city mean", 1, 1,
       [](const Comparison& c, std::size_t s, std::size_t r) -> R {
         return c.scenarios[s].replicates[r].region.pm25_mean_ugm3;
       }},
      {"pm25_population_weighted_ugm3", "PM2.5 ug/m3, pop.-weighted", 1, 1,
       [](const Comparison& c, std::size_t s, std::size_t r) -> R {
         return c.scenarios[s].replicates[r].pm25_population_weighted_ugm3;
       }},
      {"attainment_days", "attainment days", 1, 1,
       [](const Comparison& c, std::size_t s, std::size_t r) -> R {
         return c.scenarios[s].replicates[r].region.attainment_days;
       }},
      {"heavy_days", "heavy-pollution days", 1, 1,
       [](const Comparison& c, std::size_t s, std::size_t r) -> R {
         return c.scenarios[s].replicates[r].region.heavy_days;
       }},
      {"abatement_cost_cny", "abatement cost bn CNY", 2, 1e-9,
       [](const Comparison& c, std::size_t s, std::size_t r) -> R {
         return c.scenarios[s].replicates[r].region.abatement_cost_cny;
       }},
      {"abatement_cost_share_of_gdp", "cost, % of GDP", 3, 100,
       [](const Comparison& c, std::size_t s, std::size_t r) -> R {
         double gdp = 0;
         for (const auto& j : c.scenarios[s].scenario.region.jurisdictions) gdp += j.gdp_billion_cny * 1e9;
         if (!(gdp > 0)) return std::nullopt;
         return c.scenarios[s].replicates[r].region.abatement_cost_cny / years_of(c.scenarios[s]) / gdp;
       }},
      {"payoff_cny", "payoff bn CNY", 2, 1e-9,
       [](const Comparison& c, std::size_t s, std::size_t r) -> R {
         return c.scenarios[s].replicates[r].region.payoff_cny;
       }},
      {"gain_vs_first_cny", "gain vs A bn CNY", 2, 1e-9,
       [](const Comparison& c, std::size_t s, std::size_t r) -> R {
         if (!c.comparable || s == 0) return std::nullopt;
         return c.scenarios[s].replicates[r].region.payoff_cny - c.scenarios[0].replicates[r].region.payoff_cny;
       }},
      {"attributable_deaths", "deaths per year", 0, 1,
       [](const Comparison& c, std::size_t s, std::size_t r) -> R { return total_deaths(c.scenarios[s].replicates[r]); }},
      {"deaths_avoided_vs_first", "deaths avoided vs A", 0, 1,
       [](const Comparison& c, std::size_t s, std::size_t r) -> R { return deaths_avoided_vs_first(c, s, r); }},
      {"cost_per_ugm3_reduced_vs_first_cny", "M CNY/yr per ug/m3 cut", 1, 1e-6,
       [](const Comparison& c, std::size_t s, std::size_t r) -> R {
         if (!c.comparable || s == 0) return std::nullopt;
         return positive_ratio(extra_cost_per_year(c, s, r), c.scenarios[0].replicates[r].pm25_population_weighted_ugm3 -
                                                                 c.scenarios[s].replicates[r].pm25_population_weighted_ugm3);
       }},
      {"cost_per_death_avoided_vs_first_cny", "M CNY per death avoided", 3, 1e-6,
       [](const Comparison& c, std::size_t s, std::size_t r) -> R {
         if (s == 0) return std::nullopt;
         return positive_ratio(extra_cost_per_year(c, s, r), deaths_avoided_vs_first(c, s, r));
       }},
  };
  return list;
}

// The metric's value in every replicate, or nothing when it is undefined in any.
std::optional<std::vector<double>> series(const Comparison& c, const Metric& m, std::size_t s) {
  std::vector<double> out;
  for (std::size_t r = 0; r < c.scenarios[s].replicates.size(); ++r) {
    const auto v = m.value(c, s, r);
    if (!v) return std::nullopt;
    out.push_back(*v);
  }
  if (out.empty()) return std::nullopt;
  return out;
}

Json interval_json(const std::vector<double>& values, bool with_replicates) {
  const Interval i = interval_of(values);
  Json j = {{"mean", i.mean}, {"p05", i.p05}, {"p95", i.p95}};
  if (with_replicates) j["replicates"] = values;
  return j;
}

// Per jurisdiction j of scenario s, the replicates' values of `field`.
std::vector<double> per_replicate(const ScenarioRuns& s, std::size_t j, double OutcomeTotals::*field) {
  std::vector<double> out;
  for (const auto& r : s.replicates) out.push_back(r.jurisdictions[j].*field);
  return out;
}

std::vector<double> gains_vs_first(const Comparison& c, std::size_t s, std::size_t j) {
  std::vector<double> out;
  for (std::size_t r = 0; r < c.scenarios[s].replicates.size(); ++r) {
    out.push_back(c.scenarios[s].replicates[r].jurisdictions[j].payoff_cny -
                  c.scenarios[0].replicates[r].jurisdictions[j].payoff_cny);
  }
  return out;
}

std::optional<double> mean_deaths(const ScenarioRuns& s, std::size_t j) {
  std::vector<double> v;
  for (const auto& r : s.replicates) {
    if (r.deaths.empty()) return std::nullopt;
    v.push_back(r.deaths[j]);
  }
  return mean_of(v);
}

// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char ch : text) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return out + "\"";
}

const char* verdict(double gain) { return gain > 0 ? "gains" : gain < 0 ? "loses" : "even"; }

std::string scenario_label(const ScenarioRuns& s) { return s.scenario.name.empty() ? s.file : s.scenario.name; }

constexpr const char* kCommonRandomNumbers =
    "replicate r of every scenario runs with the same (seed, r), hence the same weather (common random numbers)";

constexpr const char* kTransferMethod =
    "gains and transfers in moving every government from the first scenario's outcome to the last's (means over "
    "replicates, CNY over the run). Shapley: the Shapley value of the switching game, where v(S) is the joint gain "
    "of S when the members of S switch and the others do not (damage spared by others' extra abatement from the "
    "last scenario's expected transport and damage weights); it is exact for any number of governments, and the "
    "transfer pays each government half of what its extra abatement spares the others minus half of what theirs "
    "spares it. Chander-Tulkens: each government ends with its payoff in the first scenario plus a share of the "
    "total gain proportional to its damage weight, so everyone gains whenever the total gain is positive.";

}  // namespace

ReplicateOutcome replicate_outcome(const ScenarioDescription& scenario, const RunSummary& summary) {
  ReplicateOutcome out;
  out.jurisdictions = summary.jurisdictions();
  out.region = summary.region();
  out.pm25_population_weighted_ugm3 = summary.population_weighted_pm25(scenario.region);
  out.deaths = attributable_deaths(scenario, pm25_means(out.jurisdictions));
  return out;
}

void analyse_comparison(Comparison& c, const GameParameters& last_game) {
  c.comparable = !c.scenarios.empty();
  const auto& first = c.scenarios.front().scenario;
  for (const auto& s : c.scenarios) {
    const auto& a = first.region.jurisdictions;
    const auto& b = s.scenario.region.jurisdictions;
    bool same = a.size() == b.size() && s.scenario.start_date == first.start_date && s.scenario.days == first.days;
    for (std::size_t j = 0; same && j < a.size(); ++j) same = a[j].id == b[j].id;
    c.comparable = c.comparable && same && !s.replicates.empty();
  }
  c.transfers.reset();
  if (!c.comparable || c.scenarios.size() < 2) return;
  const ScenarioRuns& from = c.scenarios.front();
  const ScenarioRuns& to = c.scenarios.back();
  const std::size_t n = first.region.jurisdictions.size();
  auto mean_outcome = [n](const ScenarioRuns& s) {
    Outcome o{std::vector<double>(n), std::vector<double>(n)};
    for (std::size_t j = 0; j < n; ++j) {
      o.payoff_cny[j] = mean_of(per_replicate(s, j, &OutcomeTotals::payoff_cny));
      o.abatement_t_per_year[j] = mean_of(per_replicate(s, j, &OutcomeTotals::abatement_t_per_year));
    }
    return o;
  };
  const double years = std::max(to.scenario.days, 1) / 365.0;
  c.transfers = switching_fairness(last_game, mean_outcome(from), mean_outcome(to), years);
}

Json compare_json(const Comparison& c) {
  Json out;
  out["provenance"] = {{"tool_version", AIRGOV_VERSION},
                       {"seed", c.seed},
                       {"replicates", c.replicates},
                       {"common_random_numbers", kCommonRandomNumbers},
                       {"interval", kIntervalNote}};
  Json scenarios = Json::array();
  for (std::size_t s = 0; s < c.scenarios.size(); ++s) {
    const auto& runs = c.scenarios[s];
    const auto& sc = runs.scenario;
    Json item;
    item["label"] = letter(s);
    item["file"] = runs.file;
    item["name"] = sc.name;
    item["scenario_sha256"] = sc.sha256;
    item["rule"] = sc.decision.rule;
    item["start_date"] = sc.start_date.iso();
    item["days"] = sc.days;
    item["health_function"] = health_configured(sc.health) ? Json(sc.health.function) : Json(nullptr);
    Json region;
    for (const auto& m : metrics()) {
      const auto values = series(c, m, s);
      region[m.key] = values ? interval_json(*values, true) : Json(nullptr);
    }
    item["region"] = region;
    if (c.comparable) {
      Json list = Json::array();
      for (std::size_t j = 0; j < sc.region.jurisdictions.size(); ++j) {
        Json jj;
        jj["id"] = sc.region.jurisdictions[j].id;
        jj["pm25_annual_mean_ugm3"] = mean_of(per_replicate(runs, j, &OutcomeTotals::pm25_mean_ugm3));
        jj["attainment_days"] = mean_of(per_replicate(runs, j, &OutcomeTotals::attainment_days));
        jj["heavy_days"] = mean_of(per_replicate(runs, j, &OutcomeTotals::heavy_days));
        jj["abatement_cost_cny"] = mean_of(per_replicate(runs, j, &OutcomeTotals::abatement_cost_cny));
        jj["payoff_cny"] = mean_of(per_replicate(runs, j, &OutcomeTotals::payoff_cny));
        const auto deaths = mean_deaths(runs, j);
        jj["attributable_deaths"] = deaths ? Json(*deaths) : Json(nullptr);
        jj["gain_vs_first_cny"] = interval_json(gains_vs_first(c, s, j), false);
        list.push_back(jj);
      }
      item["jurisdictions"] = list;
    }
    scenarios.push_back(item);
  }
  out["scenarios"] = scenarios;
  if (c.transfers) {
    const auto& t = *c.transfers;
    const auto& region = c.scenarios.front().scenario.region;
    Json list = Json::array();
    bool shapley_all = true, ct_all = true;
    for (std::size_t j = 0; j < t.gain.size(); ++j) {
      const double after_ct = t.gain[j] + t.chander_tulkens_transfer[j];
      shapley_all = shapley_all && t.shapley_value[j] >= 0;
      ct_all = ct_all && after_ct >= 0;
      list.push_back({{"id", region.jurisdictions[j].id},
                      {"gain_cny", t.gain[j]},
                      {"outcome", verdict(t.gain[j])},
                      {"shapley_transfer_cny", t.shapley_transfer[j]},
                      {"gain_after_shapley_cny", t.shapley_value[j]},
                      {"chander_tulkens_transfer_cny", t.chander_tulkens_transfer[j]},
                      {"gain_after_chander_tulkens_cny", after_ct}});
    }
    out["transfers"] = {{"from", letter(0)},
                        {"to", letter(c.scenarios.size() - 1)},
                        {"method", kTransferMethod},
                        {"total_gain_cny", t.total_gain},
                        {"everyone_gains_with_shapley", shapley_all},
                        {"everyone_gains_with_chander_tulkens", ct_all},
                        {"jurisdictions", list}};
  } else {
    out["transfers"] = nullptr;
  }
  return out;
}

std::string format_compare_table(const Comparison& c) {
  std::string out = fmt::format("airgov {}  compare  seed {}  {} replicate{}\n", AIRGOV_VERSION, c.seed, c.replicates,
                                c.replicates == 1 ? "" : "s");
  out += fmt::format("Replicate r of every scenario runs with (seed {}, r): the same weather (common random numbers).\n\n",
                     c.seed);
  for (std::size_t s = 0; s < c.scenarios.size(); ++s) {
    const auto& sc = c.scenarios[s].scenario;
    out += fmt::format("{} = {}\n    {}, rule {}, {} + {} days\n", letter(s), c.scenarios[s].file,
                       scenario_label(c.scenarios[s]), sc.decision.rule, sc.start_date.iso(), sc.days);
  }

  // Regional outcomes, three scenarios per block so that lines stay within 100 columns.
  constexpr std::size_t kPerBlock = 3;
  out += fmt::format("\nRegional outcomes: mean [5th, 95th percentile] over {} replicate{}\n", c.replicates,
                     c.replicates == 1 ? "" : "s");
  for (std::size_t first = 0; first < c.scenarios.size(); first += kPerBlock) {
    const std::size_t last = std::min(first + kPerBlock, c.scenarios.size());
    out += fmt::format("{:<25}", "");
    for (std::size_t s = first; s < last; ++s) out += fmt::format(" {:>24}", letter(s));
    out += "\n";
    for (const auto& m : metrics()) {
      out += fmt::format("{:<25}", m.label);
      for (std::size_t s = first; s < last; ++s) {
        const auto values = series(c, m, s);
        std::string cell = "-";
        if (values) {
          const Interval i = interval_of(*values);
          cell = fmt::format("{:.{}f} [{:.{}f}, {:.{}f}]", i.mean * m.scale, m.digits, i.p05 * m.scale, m.digits,
                             i.p95 * m.scale, m.digits);
        }
        out += fmt::format(" {:>24}", cell);
      }
      out += "\n";
    }
    if (last < c.scenarios.size()) out += "\n";
  }
  out += wrap("Intervals: 5th and 95th percentiles over the replicates, interpolated between order statistics "
              "(type 7, as NumPy and R); below 20 replicates their ends lie between the two most extreme values. "
              "Money over the run; cost per ug/m3 (population-weighted) and per death avoided: extra abatement "
              "cost per year over A.",
              100);
  bool any_without_health = false;
  for (const auto& s : c.scenarios) any_without_health = any_without_health || !health_configured(s.scenario.health);
  if (any_without_health) out += "Deaths \"-\": health not configured in that scenario (no health section).\n";

  if (!c.comparable) {
    out += "\nThe scenarios differ in jurisdictions, start date or horizon: no per-jurisdiction gains or transfers.\n";
    return out;
  }

  // Per jurisdiction, means over replicates.
  const auto& region = c.scenarios.front().scenario.region;
  out += "\nPer jurisdiction, means over replicates: PM2.5 ug/m3, deaths per year, gain vs A (payoff\n"
         "difference, M CNY)\n";
  for (std::size_t first = 0; first < c.scenarios.size(); first += kPerBlock) {
    const std::size_t last = std::min(first + kPerBlock, c.scenarios.size());
    out += fmt::format("{:<14}", "jurisdiction");
    for (std::size_t s = first; s < last; ++s) {
      out += fmt::format(" | {:>6} {:>7} {:>9}", "PM2.5", "deaths", s == 0 ? "" : "gain vs A");
    }
    out += "\n";
    out += fmt::format("{:<14}", "");
    for (std::size_t s = first; s < last; ++s) out += fmt::format(" | {:<24}", letter(s));
    out += "\n";
    for (std::size_t j = 0; j < region.jurisdictions.size(); ++j) {
      out += fmt::format("{:<14}", region.jurisdictions[j].id);
      for (std::size_t s = first; s < last; ++s) {
        const auto& runs = c.scenarios[s];
        const auto deaths = mean_deaths(runs, j);
        out += fmt::format(" | {:>6.1f} {:>7} {:>9}", mean_of(per_replicate(runs, j, &OutcomeTotals::pm25_mean_ugm3)),
                           deaths ? fmt::format("{:.0f}", *deaths) : "-",
                           s == 0 ? "" : fmt::format("{:+.1f}", mean_of(gains_vs_first(c, s, j)) / 1e6));
      }
      out += "\n";
    }
    if (last < c.scenarios.size()) out += "\n";
  }

  if (!c.transfers) return out;
  const auto& t = *c.transfers;
  const std::string to = letter(c.scenarios.size() - 1);
  out += fmt::format("\nWho gains, who pays: {} vs A (M CNY over the run, means over replicates;\n"
                     "transfers that would make everyone gain: + received, - paid)\n",
                     to);
  out += fmt::format("{:<14} {:>10} {:<6} | {:>10} {:>10} | {:>10} {:>10}\n", "jurisdiction", "gain vs A", "",
                     "Shapley", "gain after", "Chander-", "gain after");
  out += fmt::format("{:<14} {:>10} {:<6} | {:>10} {:>10} | {:>10} {:>10}\n", "", "", "", "transfer", "Shapley",
                     "Tulkens", "C-T");
  double sum_s = 0, sum_ct = 0;
  for (std::size_t j = 0; j < t.gain.size(); ++j) {
    out += fmt::format("{:<14} {:>+10.1f} {:<6} | {:>+10.1f} {:>+10.1f} | {:>+10.1f} {:>+10.1f}\n",
                       region.jurisdictions[j].id, t.gain[j] / 1e6, verdict(t.gain[j]), t.shapley_transfer[j] / 1e6,
                       t.shapley_value[j] / 1e6, t.chander_tulkens_transfer[j] / 1e6,
                       (t.gain[j] + t.chander_tulkens_transfer[j]) / 1e6);
    sum_s += t.shapley_transfer[j];
    sum_ct += t.chander_tulkens_transfer[j];
  }
  out += fmt::format("{:<14} {:>+10.1f} {:<6} | {:>+10.1f} {:>+10.1f} | {:>+10.1f} {:>+10.1f}\n", "total",
                     t.total_gain / 1e6, "", sum_s / 1e6, t.total_gain / 1e6, sum_ct / 1e6, t.total_gain / 1e6);
  std::vector<std::string> losers, shapley_short;
  for (std::size_t j = 0; j < t.gain.size(); ++j) {
    if (t.gain[j] < 0) losers.push_back(region.jurisdictions[j].id);
    if (t.shapley_value[j] < 0) shapley_short.push_back(region.jurisdictions[j].id);
  }
  std::string note;
  if (t.total_gain <= 0) {
    note = "The total gain is not positive: no transfers can make every government gain; the transfers share the "
           "loss.";
  } else {
    note = fmt::format("Without transfers {} of {} governments lose ({}). With the Chander-Tulkens transfers everyone "
                       "gains; with the Shapley transfers {}.",
                       losers.size(), t.gain.size(), losers.empty() ? "none" : fmt::format("{}", fmt::join(losers, ", ")),
                       shapley_short.empty() ? "everyone gains too"
                                             : fmt::format("{} still lose{}", fmt::join(shapley_short, ", "),
                                                           shapley_short.size() == 1 ? "s" : ""));
  }
  note += " Shapley: each government is paid half of the damage its extra abatement spares the others and pays half "
          "of what theirs spares it (the Shapley value of the switching game, exact). Chander-Tulkens: each keeps its "
          "payoff in A plus a share of the total gain proportional to its damage weight (population x damage per "
          "person and ug/m3).";
  out += wrap(note, 100);
  return out;
}

std::string format_compare_csv(const Comparison& c) {
  std::string out = "scenario,file,jurisdiction,metric,mean,p05,p95\n";
  auto row = [&](std::size_t s, const std::string& jurisdiction, const std::string& metric, const Interval& i) {
    out += fmt::format("{},{},{},{},{},{},{}\n", letter(s), csv_field(c.scenarios[s].file), jurisdiction, metric, i.mean, i.p05,
                       i.p95);
  };
  for (std::size_t s = 0; s < c.scenarios.size(); ++s) {
    for (const auto& m : metrics()) {
      if (const auto values = series(c, m, s)) row(s, "region", m.key, interval_of(*values));
    }
    if (!c.comparable) continue;
    const auto& runs = c.scenarios[s];
    const auto& list = runs.scenario.region.jurisdictions;
    for (std::size_t j = 0; j < list.size(); ++j) {
      row(s, list[j].id, "pm25_annual_mean_ugm3", interval_of(per_replicate(runs, j, &OutcomeTotals::pm25_mean_ugm3)));
      row(s, list[j].id, "abatement_cost_cny", interval_of(per_replicate(runs, j, &OutcomeTotals::abatement_cost_cny)));
      row(s, list[j].id, "payoff_cny", interval_of(per_replicate(runs, j, &OutcomeTotals::payoff_cny)));
      if (mean_deaths(runs, j)) {
        std::vector<double> deaths;
        for (const auto& r : runs.replicates) deaths.push_back(r.deaths[j]);
        row(s, list[j].id, "attributable_deaths", interval_of(deaths));
      }
      if (s > 0) row(s, list[j].id, "gain_vs_first_cny", interval_of(gains_vs_first(c, s, j)));
    }
  }
  if (c.transfers) {
    const std::size_t s = c.scenarios.size() - 1;
    const auto& list = c.scenarios.front().scenario.region.jurisdictions;
    for (std::size_t j = 0; j < list.size(); ++j) {
      for (const auto& [metric, value] : {std::pair{"shapley_transfer_cny", c.transfers->shapley_transfer[j]},
                                          std::pair{"chander_tulkens_transfer_cny", c.transfers->chander_tulkens_transfer[j]}}) {
        out += fmt::format("{},{},{},{},{},,\n", letter(s), csv_field(c.scenarios[s].file), list[j].id, metric, value);
      }
    }
  }
  return out;
}

}  // namespace airgov::cli
