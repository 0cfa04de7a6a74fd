#include "tools/airgov/run_report.hpp"

#include <fmt/format.h>

#include "sim/interfaces/air_quality_model.hpp"

namespace airgov::cli {
namespace {

using Json = nlohmann::ordered_json;

Json outcome_json(const OutcomeTotals& o) {
  Json j;
  j["pm25_annual_mean_ugm3"] = o.pm25_mean_ugm3;
  j["attainment_days"] = o.attainment_days;
  j["heavy_days"] = o.heavy_days;
  Json classes = Json::object();
  for (int c = 0; c < kAqiClassCount; ++c) classes[std::string(kAqiClassNames[c])] = o.days_by_class[c];
  j["days_by_class"] = classes;
  j["mean_effort"] = o.mean_effort;
  j["abatement_t_per_year"] = o.abatement_t_per_year;
  j["abatement_cost_cny"] = o.abatement_cost_cny;
  j["damage_cny"] = o.damage_cny;
  j["payoff_cny"] = o.payoff_cny;
  return j;
}

std::vector<std::size_t> members_of(const RegionSpec& region, const std::string& group) {
  std::vector<std::size_t> out;
  for (std::size_t j = 0; j < region.jurisdictions.size(); ++j) {
    const auto& g = region.jurisdictions[j].groups;
    if (std::find(g.begin(), g.end(), group) != g.end()) out.push_back(j);
  }
  return out;
}

std::vector<std::string> group_names(const RegionSpec& region) {
  std::vector<std::string> out;
  for (const auto& j : region.jurisdictions) {
    for (const auto& g : j.groups) {
      if (std::find(out.begin(), out.end(), g) == out.end()) out.push_back(g);
    }
  }
  return out;
}

double price_of_anarchy(const Benchmarks& b) {
  return b.planner_social_cost_cny > 0 ? b.nash_social_cost_cny / b.planner_social_cost_cny : 0.0;
}

}  // namespace

Json summary_json(const RunResult& r) {
  const auto& s = r.scenario;
  Json out;
  out["provenance"] = {{"tool_version", AIRGOV_VERSION},
                       {"scenario", s.name},
                       {"scenario_file", s.file},
                       {"scenario_sha256", s.sha256},
                       {"seed", r.seed},
                       {"rule", r.rule},
                       {"start_date", s.start_date.iso()},
                       {"days", r.summary.days()}};
  Json list = Json::array();
  const auto outcomes = r.summary.jurisdictions();
  for (std::size_t j = 0; j < outcomes.size(); ++j) {
    const auto& spec = s.region.jurisdictions[j];
    Json item;
    item["id"] = spec.id;
    item["name"] = spec.name;
    item["name_zh"] = spec.name_zh;
    item["province"] = spec.province;
    item["population_million"] = spec.population_million;
    item.update(outcome_json(outcomes[j]));
    list.push_back(item);
  }
  out["jurisdictions"] = list;
  Json region = outcome_json(r.summary.region());
  region["pm25_population_weighted_ugm3"] = r.summary.population_weighted_pm25(s.region);
  region["social_cost_cny"] = r.summary.social_cost_cny();
  region["realised_social_cost_cny"] = r.summary.realised_social_cost_cny();
  region["jurisdiction_count"] = outcomes.size();
  out["region"] = region;
  Json groups = Json::object();
  for (const auto& g : group_names(s.region)) groups[g] = outcome_json(r.summary.region(members_of(s.region, g)));
  if (!groups.empty()) out["groups"] = groups;
  if (r.benchmarks) {
    const auto& b = *r.benchmarks;
    out["benchmarks"] = {{"nash", {{"social_cost_cny", b.nash_social_cost_cny}, {"pm25_annual_mean_ugm3", b.nash_pm25_ugm3}}},
                         {"planner", {{"social_cost_cny", b.planner_social_cost_cny}, {"pm25_annual_mean_ugm3", b.planner_pm25_ugm3}}},
                         {"price_of_anarchy", price_of_anarchy(b)},
                         {"cooperation_gain_cny", b.nash_social_cost_cny - b.planner_social_cost_cny}};
  }
  return out;
}

std::string format_table(const RunResult& r) {
  const auto& s = r.scenario;
  std::string out = fmt::format("airgov {}  scenario {}  rule {}  seed {}  {} + {} days\n\n", AIRGOV_VERSION, s.name,
                                r.rule, r.seed, s.start_date.iso(), r.summary.days());
  out += fmt::format("{:<14} {:>7} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>7} {:>6} {:>7} {:>11}\n", "jurisdiction",
                     "PM2.5", "exc", "good", "light", "mod", "heavy", "sev", "attain", "heavy", "effort", "cost M CNY");
  out += fmt::format("{:<14} {:>7} {:>35} {:>7} {:>6} {:>7} {:>11}\n", "", "ug/m3", "days per AQI(PM2.5) class", "days",
                     "days", "mean", "");
  auto row = [&](const std::string& label, const OutcomeTotals& o, const char* number) {
    out += fmt::format("{:<14} {:>7.1f}", label, o.pm25_mean_ugm3);
    for (int c = 0; c < kAqiClassCount; ++c) out += fmt::format(fmt::runtime(number), o.days_by_class[c]);
    out += fmt::format(fmt::runtime(std::string(" ") + number + " " + number), o.attainment_days, o.heavy_days);
    out += fmt::format(" {:>7.3f} {:>11.1f}\n", o.mean_effort, o.abatement_cost_cny / 1e6);
  };
  const auto outcomes = r.summary.jurisdictions();
  for (std::size_t j = 0; j < outcomes.size(); ++j) row(s.region.jurisdictions[j].id, outcomes[j], " {:>5.0f}");
  out += "\n";
  for (const auto& g : group_names(s.region)) row("mean " + g, r.summary.region(members_of(s.region, g)), " {:>5.1f}");
  row("mean (all)", r.summary.region(), " {:>5.1f}");
  out += fmt::format("\nRegional PM2.5: {:.1f} ug/m3 (arithmetic mean of the {} jurisdictions), {:.1f} ug/m3 "
                     "population-weighted.\n",
                     r.summary.region().pm25_mean_ugm3, outcomes.size(), r.summary.population_weighted_pm25(s.region));
  out += fmt::format("Social cost (abatement + damage as the governments value it): {:.3f} bn CNY expected, {:.3f} bn "
                     "CNY in this year's weather.\n",
                     r.summary.social_cost_cny() / 1e9, r.summary.realised_social_cost_cny() / 1e9);
  if (r.benchmarks) {
    const auto& b = *r.benchmarks;
    out += fmt::format("Nash vs planner, same weather (seed {}): social cost {:.3f} vs {:.3f} bn CNY, price of anarchy "
                       "{:.4f}; regional PM2.5 {:.1f} vs {:.1f} ug/m3.\n",
                       r.seed, b.nash_social_cost_cny / 1e9, b.planner_social_cost_cny / 1e9, price_of_anarchy(b),
                       b.nash_pm25_ugm3, b.planner_pm25_ugm3);
  }
  out += "AQI classes here count PM2.5 only; official AQI also counts O3 and dust, so official attainment days are "
         "fewer.\n";
  return out;
}

std::string format_csv(const RunResult& r) {
  std::string out = "jurisdiction,pm25_annual_mean_ugm3,attainment_days,heavy_days";
  for (auto name : kAqiClassNames) out += fmt::format(",days_{}", name);
  out += ",mean_effort,abatement_t_per_year,abatement_cost_cny,damage_cny,payoff_cny\n";
  auto row = [&](const std::string& label, const OutcomeTotals& o) {
    out += fmt::format("{},{},{},{}", label, o.pm25_mean_ugm3, o.attainment_days, o.heavy_days);
    for (double d : o.days_by_class) out += fmt::format(",{}", d);
    out += fmt::format(",{},{},{},{},{}\n", o.mean_effort, o.abatement_t_per_year, o.abatement_cost_cny, o.damage_cny,
                       o.payoff_cny);
  };
  const auto outcomes = r.summary.jurisdictions();
  for (std::size_t j = 0; j < outcomes.size(); ++j) row(r.scenario.region.jurisdictions[j].id, outcomes[j]);
  row("region", r.summary.region());
  return out;
}

}  // namespace airgov::cli
