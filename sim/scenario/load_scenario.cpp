// The scenario document: run settings, and the region and weather either inline or as files.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "sim/core/sha256.hpp"
#include "sim/scenario/load.hpp"

namespace airgov {

Levers read_levers(const Json& node, const std::string& pointer, Levers base, Issues& issues) {
  ObjectReader reader(node, pointer, issues);
  for (std::size_t k = 0; k < kLeverNames.size(); ++k) {
    lever(base, k) = reader.number_or(kLeverNames[k], lever(base, k), Range::unit());
  }
  // Funding also as a yearly amount (CNY): kFullFundingCnyPerYear counts as 1, more is capped.
  if (auto amount = reader.number("funding_cny_per_year", Range::at_least(0), false)) {
    if (reader.has("funding")) {
      issues.add(reader.pointer("funding_cny_per_year"), "give either funding or funding_cny_per_year, not both");
    }
    base.funding = std::min(1.0, *amount / kFullFundingCnyPerYear);
  }
  reader.finish();
  return base;
}

namespace {

// A section given inline, or as a path (relative to the scenario) to a file holding it.
template <typename Reader>
auto read_section(ObjectReader& reader, const char* key, const std::string& scenario_path,
                  const DocumentSource& source, Issues& issues, Reader read) -> decltype(read(Json(), "", issues)) {
  const Json* node = reader.any(key, true);
  if (!node) return {};
  if (!node->is_string()) return read(*node, reader.pointer(key), issues);
  const std::string path = source.resolve(scenario_path, node->get<std::string>());
  const auto text = source.read(path);
  if (!text) {
    throw MissingFileError(fmt::format("{}: {}: file not found: {}", scenario_path, reader.pointer(key), path));
  }
  Issues file_issues(path);
  decltype(read(Json(), "", issues)) result{};
  if (auto json = parse_json(*text, file_issues)) result = read(*json, "", file_issues);
  issues.append(file_issues.list());
  return result;
}

std::pair<int, int> read_month_day(ObjectReader& reader, const char* key, std::pair<int, int> fallback, Issues& issues) {
  const auto text = reader.string(key, false);
  if (!text) return fallback;
  const auto date = Date::parse("2000-" + *text);  // a leap year, so 02-29 is accepted
  if (!date) {
    issues.add(reader.pointer(key), fmt::format("\"{}\" is not a day of the year: expected \"MM-DD\"", *text));
    return fallback;
  }
  return {date->month(), date->day()};
}

EmissionsSpec read_emissions_spec(const Json* node, const std::string& pointer, Issues& issues) {
  EmissionsSpec e;
  if (!node) return e;
  ObjectReader reader(*node, pointer, issues);
  e.base_year = static_cast<int>(reader.integer("base_year", 1900, 2200, false).value_or(e.base_year));
  std::tie(e.heating_start_month, e.heating_start_day) =
      read_month_day(reader, "heating_start", {e.heating_start_month, e.heating_start_day}, issues);
  std::tie(e.heating_end_month, e.heating_end_day) =
      read_month_day(reader, "heating_end", {e.heating_end_month, e.heating_end_day}, issues);
  e.residential_heating_factor = reader.number_or("residential_heating_factor", 1.0, Range::positive());
  e.trend_per_year = reader.number_or("trend_per_year", 0.0, Range::between(-0.5, 1.0));
  reader.finish();
  return e;
}

EconomicsSpec read_economics(const Json* node, const std::string& pointer, Issues& issues) {
  EconomicsSpec e;
  if (!node) return e;
  ObjectReader reader(*node, pointer, issues);
  e.marginal_abatement_cost_cny_per_t = reader.number_or("marginal_abatement_cost_cny_per_t", 0, Range::positive());
  e.reference_effort = reader.number_or("reference_effort", e.reference_effort, {0, 1, true, false});
  e.max_effort = reader.number_or("max_effort", e.max_effort, Range::unit());
  e.damage_cny_per_person_per_ugm3 = reader.number_or("damage_cny_per_person_per_ugm3", 0, Range::at_least(0));
  e.tau_max = reader.number_or("tau_max", e.tau_max, {0, 1, false, true});
  reader.string("source", false);
  reader.finish();
  return e;
}

std::vector<double> read_vector(const Json* node, const std::string& pointer, std::size_t size, Range range, Issues& issues) {
  std::vector<double> out;
  if (!node) return out;
  if (node->size() != size) {
    issues.add(pointer, fmt::format("expected {} values (one per jurisdiction), found {}", size, node->size()));
    return out;
  }
  for (std::size_t k = 0; k < size; ++k) {
    out.push_back(read_number((*node)[k], pointer + "/" + std::to_string(k), range, issues).value_or(0));
  }
  return out;
}

TransportSpec read_transport(const Json* node, const std::string& pointer, std::size_t n, Issues& issues) {
  TransportSpec t;
  if (!node) return t;
  ObjectReader reader(*node, pointer, issues);
  const auto method = reader.choice("method", {"box_network", "matrix"}, true);
  if (method == "matrix") {
    t.method = TransportMethod::matrix;
    t.units = reader.choice("units", {"ugm3_per_t_per_year"}, true).value_or("");
    if (const Json* rows = reader.array("source_receptor", true)) {
      const std::string p = reader.pointer("source_receptor");
      if (rows->size() != n) {
        issues.add(p, fmt::format("expected {} rows (one per source jurisdiction), found {}", n, rows->size()));
      } else {
        t.source_receptor = Matrix(n, n);
        for (std::size_t i = 0; i < n; ++i) {
          const std::string rp = p + "/" + std::to_string(i);
          if (!(*rows)[i].is_array()) {
            issues.add(rp, "expected an array");
            continue;
          }
          const auto row = read_vector(&(*rows)[i], rp, n, Range::at_least(0), issues);
          for (std::size_t j = 0; j < row.size(); ++j) t.source_receptor(i, j) = row[j];
        }
      }
    }
    t.background_ugm3 = read_vector(reader.array("background_ugm3", true), reader.pointer("background_ugm3"), n,
                                    Range::at_least(0), issues);
  } else {
    t.truncated_daily_step = reader.choice("daily_step", {"exact", "truncated"}, false).value_or("exact") == "truncated";
    t.truncation_threshold = reader.number_or("truncation_threshold", t.truncation_threshold, Range::between(1e-9, 0.1));
    if (const auto k = reader.integer("truncation_max_per_column", 1, 100000, false)) {
      t.truncation_max_per_column = static_cast<int>(*k);
    }
  }
  reader.finish();
  return t;
}

std::optional<Date> read_date(ObjectReader& reader, const char* key, bool required, Issues& issues) {
  const auto text = reader.string(key, required);
  if (!text) return std::nullopt;
  if (auto date = Date::parse(*text)) return date;
  issues.add(reader.pointer(key), fmt::format("\"{}\" is not a date: expected \"YYYY-MM-DD\"", *text));
  return std::nullopt;
}

CentralGovernmentSpec read_central_government(const Json* node, Issues& issues) {
  CentralGovernmentSpec c;
  if (!node) return c;
  ObjectReader reader(*node, "/central_government", issues);
  c.enabled = reader.boolean("enabled", false).value_or(true);
  if (const Json* list = reader.array("inspection_campaigns", false)) {
    for (std::size_t k = 0; k < list->size(); ++k) {
      ObjectReader r((*list)[k], reader.pointer("inspection_campaigns") + "/" + std::to_string(k), issues);
      InspectionCampaign campaign;
      campaign.name = r.string("name", false).value_or("");
      r.string("source", false);
      campaign.start = read_date(r, "start", true, issues).value_or(Date{});
      campaign.end = read_date(r, "end", true, issues).value_or(Date{});
      campaign.detection_boost = r.number("detection_boost", Range::unit(), true).value_or(0);
      if (campaign.end < campaign.start) issues.add(r.pointer("end"), "ends before it starts");
      r.finish();
      c.campaigns.push_back(campaign);
    }
  }
  reader.finish();
  return c;
}

EmergencySpec read_emergency(const Json* node, Issues& issues) {
  EmergencySpec e;
  if (!node) return e;
  ObjectReader reader(*node, "/emergency", issues);
  e.enabled = reader.boolean("enabled", false).value_or(true);
  e.emission_cut = reader.number_or("emission_cut", e.emission_cut, Range::unit());
  e.min_heavy_days = static_cast<int>(reader.integer("min_heavy_days", 1, 30, false).value_or(e.min_heavy_days));
  e.response_days = static_cast<int>(reader.integer("response_days", 0, 30, false).value_or(e.response_days));
  reader.string("source", false);
  reader.finish();
  return e;
}

std::vector<TransferSpec> read_transfers(const Json* node, const RegionSpec& region, Issues& issues) {
  std::vector<TransferSpec> out;
  if (!node) return out;
  std::vector<std::string> ids;
  for (const auto& j : region.jurisdictions) ids.push_back(j.id);
  for (std::size_t k = 0; k < node->size(); ++k) {
    const std::string p = "/transfers/" + std::to_string(k);
    ObjectReader r((*node)[k], p, issues);
    TransferSpec t;
    t.from = r.string("from", true).value_or("");
    t.to = r.string("to", true).value_or("");
    t.cny_per_year = r.number("cny_per_year", Range::at_least(0), true).value_or(0);
    t.start = read_date(r, "start", true, issues).value_or(Date{});
    t.end = read_date(r, "end", true, issues).value_or(Date{});
    r.string("source", false);
    r.string("name", false);
    for (const auto& [end, key] : {std::pair{t.from, "from"}, std::pair{t.to, "to"}}) {
      if (end.empty() || std::find(ids.begin(), ids.end(), end) != ids.end()) continue;
      std::string message = fmt::format("unknown jurisdiction \"{}\"", end);
      if (auto guess = did_you_mean(end, ids)) message += fmt::format(" (did you mean \"{}\"?)", *guess);
      issues.add(p + "/" + key, message);
    }
    if (!t.from.empty() && t.from == t.to) issues.add(p + "/to", "a transfer needs two different jurisdictions");
    r.finish();
    out.push_back(t);
  }
  return out;
}

HealthSpec read_health(const Json* node, Issues& issues) {
  HealthSpec h;
  if (!node) return h;
  ObjectReader reader(*node, "/health", issues);
  h.function = reader.choice("function", {"gemm", "log_linear"}, false).value_or(h.function);
  h.baseline_mortality_per_1000 = reader.number("baseline_mortality_per_1000", {0, 1000, true, false}, true).value_or(0);
  h.adult_share = reader.number("adult_share", {0, 1, true, false}, true).value_or(0);
  h.source = reader.string("source", true).value_or("");
  reader.finish();
  return h;
}

}  // namespace

ScenarioDescription load_scenario(const std::string& path, const DocumentSource& source) {
  const ParsedDocument document = read_document(path, source);
  Issues issues(path);

  ScenarioDescription s;
  s.file = path;
  s.sha256 = sha256_hex(document.text);
  ObjectReader reader(document.json, "", issues);
  check_schema_version(reader, issues, DocumentKind::scenario);
  s.name = reader.string("name", true).value_or("");
  s.description = reader.string("description", false).value_or("");
  reader.string("question", false);
  bool horizon_known = false;  // start date and length both valid: events can be checked against them
  if (auto start = reader.string("start_date", true)) {
    if (auto date = Date::parse(*start)) {
      s.start_date = *date;
      horizon_known = true;
    } else {
      issues.add("/start_date", fmt::format("\"{}\" is not a date: expected \"YYYY-MM-DD\"", *start));
    }
  }
  const auto days = reader.integer("days", 0, kMaxDays, true);
  s.days = static_cast<int>(days.value_or(0));
  horizon_known = horizon_known && days.has_value();
  s.seed = static_cast<unsigned long long>(reader.integer("seed", 0, (1LL << 53), true).value_or(0));
  s.region = read_section(reader, "region", path, source, issues, read_region);
  s.weather = read_section(reader, "weather", path, source, issues, read_weather);
  const std::size_t n = s.region.jurisdictions.size();
  s.transport = read_transport(reader.object("transport", false), "/transport", n, issues);
  if (const Json* chem = reader.object("chemistry", false)) {
    ObjectReader c(*chem, "/chemistry", issues);
    s.chemistry.sulfate_yield = c.number_or("sulfate_yield", 0, Range::between(0, 1.5));
    s.chemistry.nitrate_yield = c.number_or("nitrate_yield", 0, Range::between(0, 1.35));
    c.string("source", false);
    c.finish();
  }
  s.emissions = read_emissions_spec(reader.object("emissions", false), "/emissions", issues);
  const Json* economics = reader.object("economics", true);
  s.economics = read_economics(economics, "/economics", issues);
  if (const Json* game = reader.object("game", false)) {
    ObjectReader g(*game, "/game", issues);
    ExplicitGame explicit_game;
    explicit_game.cost_coefficient = read_vector(g.array("cost_coefficient", true), "/game/cost_coefficient", n, Range::positive(), issues);
    explicit_game.damage_weight = read_vector(g.array("damage_weight", true), "/game/damage_weight", n, Range::at_least(0), issues);
    g.finish();
    s.game = explicit_game;
  }
  if (const Json* decision = reader.object("decision", false)) {
    ObjectReader d(*decision, "/decision", issues);
    s.decision.rule = d.choice("rule", kRuleNames, false).value_or(s.decision.rule);
    s.decision.period = d.choice("period", {"month", "year", "horizon"}, false).value_or(s.decision.period);
    s.decision.implementation_lag_days = d.number_or("implementation_lag_days", 0, Range::between(0, 3650));
    s.decision.initial_cooperators = d.number_or("initial_cooperators", s.decision.initial_cooperators, Range::unit());
    s.decision.imitation_noise = d.number_or("imitation_noise", 0, Range::at_least(0));
    s.decision.reciprocity_beta = d.number_or("reciprocity_beta", s.decision.reciprocity_beta, Range::unit());
    d.finish();
  }
  s.central_government = read_central_government(reader.object("central_government", false), issues);
  s.emergency = read_emergency(reader.object("emergency", false), issues);
  s.transfers = read_transfers(reader.array("transfers", false), s.region, issues);
  s.health = read_health(reader.object("health", false), issues);
  if (const Json* levers = reader.object("levers", false)) s.levers = read_levers(*levers, "/levers", s.levers, issues);
  std::vector<bool> event_dated;  // the event's own date was valid
  if (const Json* events = reader.array("events", false)) {
    for (std::size_t k = 0; k < events->size(); ++k) {
      const std::string p = "/events/" + std::to_string(k);
      ObjectReader e((*events)[k], p, issues);
      PolicyEvent event;
      bool dated = false;
      event.name = e.string("name", true).value_or("");
      e.string("source", false);
      if (auto date = e.string("date", true)) {
        if (auto parsed = Date::parse(*date)) {
          event.date = *parsed;
          dated = true;
        } else {
          issues.add(p + "/date", fmt::format("\"{}\" is not a date: expected \"YYYY-MM-DD\"", *date));
        }
      }
      // An event moves levers, takes emission measures, or both.
      const bool has_measures = e.has("measures");
      if (const Json* levers = e.object("levers", !has_measures)) {
        ObjectReader l(*levers, p + "/levers", issues);
        for (const char* key : kLeverNames) {
          if (auto v = l.number(key, Range::unit(), false)) event.levers[key] = *v;
        }
        l.finish();
      }
      if (const Json* measures = e.array("measures", false)) {
        event.measures = read_measures(*measures, p + "/measures", s.region, issues);
      }
      e.finish();
      s.events.push_back(event);
      event_dated.push_back(dated);
    }
  }
  reader.finish();

  // Checks across sections.
  if (s.transport.method == TransportMethod::box_network && s.weather.regimes.empty() && issues.empty()) {
    issues.add("/weather", "the box network needs at least one weather regime");
  }
  // Only events with a valid date, in a valid horizon: a broken date is reported once, where it is.
  for (std::size_t k = 0; k < s.events.size() && horizon_known; ++k) {
    const auto& e = s.events[k];
    if (!event_dated[k]) continue;
    if (e.date < s.start_date || e.date - s.start_date >= s.days) {
      issues.add(fmt::format("/events/{}/date", k),
                 fmt::format("{} is outside the horizon {} .. {}", e.date.iso(), s.start_date.iso(),
                             (s.start_date + std::max(0, s.days - 1)).iso()));
    }
  }
  if (economics && s.economics.marginal_abatement_cost_cny_per_t <= 0 && !s.game) {
    issues.add("/economics/marginal_abatement_cost_cny_per_t", "required (> 0) unless /game gives the cost coefficients");
  }
  issues.throw_if_any();
  return s;
}

}  // namespace airgov
