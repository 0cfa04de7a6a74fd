// The region: jurisdictions with their data and provenance, and institutional ties.
#include <fmt/format.h>

#include <cmath>
#include <set>

#include "sim/scenario/load.hpp"

namespace airgov {
namespace {

// Sector split of each tracer, used where a jurisdiction gives only a total.
std::array<SectorValues, kTracerCount> read_sector_shares(const Json* node, const std::string& pointer,
                                                          Issues& issues) {
  std::array<SectorValues, kTracerCount> shares{};
  for (auto& s : shares) s = {1.0, 0.0, 0.0, 0.0};  // all industry unless said otherwise
  if (!node) return shares;
  ObjectReader reader(*node, pointer, issues);
  for (int t = 0; t < kTracerCount; ++t) {
    const Json* tracer = reader.object(kTracerNames[t], true);
    if (!tracer) continue;
    ObjectReader split(*tracer, reader.pointer(kTracerNames[t]), issues);
    double sum = 0;
    for (int s = 0; s < kSectorCount; ++s) {
      shares[t][s] = split.number(kSectorNames[s], Range::unit(), true).value_or(0.0);
      sum += shares[t][s];
    }
    split.finish();
    if (split.ok() && std::abs(sum - 1.0) > 1e-6) {
      issues.add(reader.pointer(kTracerNames[t]), fmt::format("sector shares sum to {}, expected 1", sum));
    }
  }
  reader.finish();
  return shares;
}

// At most 1e9 t/yr of a tracer from one jurisdiction (about ten times the world's anthropogenic
// SO2): beyond it concentrations leave the range the air-quality index can represent.
const Range kEmissionRange = Range::between(0, 1e9);

TracerSectorValues read_emissions(const Json& node, const std::string& pointer,
                                  const std::array<SectorValues, kTracerCount>& shares, Issues& issues) {
  TracerSectorValues out{};
  ObjectReader reader(node, pointer, issues);
  for (int t = 0; t < kTracerCount; ++t) {
    const Json* value = reader.any(kTracerNames[t], true);
    if (!value) continue;
    const std::string p = reader.pointer(kTracerNames[t]);
    if (value->is_object()) {
      ObjectReader by_sector(*value, p, issues);
      for (int s = 0; s < kSectorCount; ++s) out[t][s] = by_sector.number_or(kSectorNames[s], 0.0, kEmissionRange);
      by_sector.finish();
    } else if (auto total = read_number(*value, p, kEmissionRange, issues)) {
      for (int s = 0; s < kSectorCount; ++s) out[t][s] = *total * shares[t][s];
    }
  }
  reader.finish();
  return out;
}

JurisdictionSpec read_jurisdiction(const Json& node, const std::string& pointer,
                                   const std::array<SectorValues, kTracerCount>& shares, Issues& issues) {
  JurisdictionSpec j;
  ObjectReader reader(node, pointer, issues);
  const auto id = reader.string("id", true);
  j.id = id.value_or("");
  j.name = reader.string("name", true).value_or(j.id);
  j.name_zh = reader.string("name_zh", false).value_or(j.name);
  j.province = reader.string("province", false).value_or("");
  j.lat_deg = reader.number("lat", Range::between(-90, 90), true).value_or(0);
  j.lon_deg = reader.number("lon", Range::between(-180, 180), true).value_or(0);
  j.population_million = reader.number("population_million", Range::at_least(0), true).value_or(0);
  j.gdp_billion_cny = reader.number("gdp_billion_cny", Range::at_least(0), false).value_or(0);
  j.area_km2 = reader.number("area_km2", Range::positive(), true).value_or(1);
  if (const Json* e = reader.object("emissions_t_per_year", true)) {
    j.emissions_t_per_year = read_emissions(*e, reader.pointer("emissions_t_per_year"), shares, issues);
  }
  j.abatement_cost_multiplier = reader.number_or("abatement_cost_multiplier", 1.0, Range::positive());
  if (const Json* groups = reader.array("groups", false)) {
    for (std::size_t g = 0; g < groups->size(); ++g) {
      if ((*groups)[g].is_string()) j.groups.push_back((*groups)[g].get<std::string>());
      else issues.add(reader.pointer("groups") + "/" + std::to_string(g), "expected a string");
    }
  }
  j.source = reader.string("source", false).value_or("");
  reader.string("status", false);  // provenance label, kept in the file for readers
  reader.string("adcode", false);
  reader.finish();
  if (id && id->empty()) issues.add(reader.pointer("id"), "an id must not be empty");
  if (!j.id.empty() && j.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_-") != std::string::npos) {
    issues.add(reader.pointer("id"), fmt::format("\"{}\": ids use lower-case letters, digits, '_' and '-'", j.id));
  }
  return j;
}

}  // namespace

RegionSpec read_region(const Json& node, const std::string& pointer, Issues& issues) {
  RegionSpec region;
  ObjectReader reader(node, pointer, issues);
  check_schema_version(reader, issues, DocumentKind::region);
  region.name = reader.string("name", false).value_or("");
  reader.string("description", false);
  reader.any("sources", false);
  const auto shares = read_sector_shares(reader.object("sector_shares", false), reader.pointer("sector_shares"), issues);
  if (const Json* list = reader.array("jurisdictions", true)) {
    if (list->empty()) issues.add(reader.pointer("jurisdictions"), "a region needs at least one jurisdiction");
    if (list->size() > static_cast<std::size_t>(kMaxJurisdictions)) {
      issues.add(reader.pointer("jurisdictions"),
                 fmt::format("{} jurisdictions; the limit is {}", list->size(), kMaxJurisdictions));
    } else {
      std::set<std::string> seen;
      for (std::size_t k = 0; k < list->size(); ++k) {
        const std::string p = reader.pointer("jurisdictions") + "/" + std::to_string(k);
        region.jurisdictions.push_back(read_jurisdiction((*list)[k], p, shares, issues));
        const auto& id = region.jurisdictions.back().id;
        if (!id.empty() && !seen.insert(id).second) issues.add(p + "/id", fmt::format("duplicate id \"{}\"", id));
      }
    }
  }
  std::vector<std::string> ids;
  for (const auto& j : region.jurisdictions) ids.push_back(j.id);
  const std::set<std::string> id_set(ids.begin(), ids.end());
  if (const Json* ties = reader.array("ties", false)) {
    for (std::size_t k = 0; k < ties->size(); ++k) {
      const std::string p = reader.pointer("ties") + "/" + std::to_string(k);
      ObjectReader tie(ties->at(k), p, issues);
      InstitutionalTie t;
      const auto from = tie.string("from", true), to = tie.string("to", true);
      t.from = from.value_or("");
      t.to = to.value_or("");
      t.kind = tie.string("kind", false).value_or("agreement");
      tie.finish();
      for (const auto& [end, key] : {std::pair{from, "from"}, std::pair{to, "to"}}) {
        if (!end || id_set.count(*end)) continue;  // missing or not a string: already reported
        std::string message = fmt::format("unknown jurisdiction \"{}\"", *end);
        if (auto guess = did_you_mean(*end, ids)) message += fmt::format(" (did you mean \"{}\"?)", *guess);
        issues.add(p + "/" + key, message);
      }
      region.ties.push_back(t);
    }
  }
  reader.finish();
  return region;
}

}  // namespace airgov
