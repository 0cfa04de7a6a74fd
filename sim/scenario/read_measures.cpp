// Dated emission measures of a policy event (scenario.hpp, EmissionMeasure): which tracers, which
// sectors, how much, where. Names are checked against the region with a "did you mean".
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "sim/scenario/load.hpp"

namespace airgov {
namespace {

// A non-empty array of distinct names from `allowed`; returns their indices.
std::vector<std::size_t> read_names(ObjectReader& reader, const char* key, const std::vector<std::string>& allowed,
                                    bool required, Issues& issues) {
  std::vector<std::size_t> out;
  const Json* list = reader.array(key, required);
  if (!list) return out;
  const std::string p = reader.pointer(key);
  if (list->empty()) issues.add(p, "expected at least one name");
  std::set<std::size_t> seen;
  for (std::size_t k = 0; k < list->size(); ++k) {
    const std::string ep = p + "/" + std::to_string(k);
    const Json& item = (*list)[k];
    if (!item.is_string()) {
      issues.add(ep, "expected a string");
      continue;
    }
    const std::string name = item.get<std::string>();
    const auto it = std::find(allowed.begin(), allowed.end(), name);
    if (it == allowed.end()) {
      std::string message = fmt::format("unknown name \"{}\"", name);
      if (allowed.size() <= 8) {
        std::string names;
        for (const auto& a : allowed) names += (names.empty() ? "" : ", ") + ("\"" + a + "\"");
        message = fmt::format("\"{}\" is not one of {}", name, names);
      }
      if (auto guess = did_you_mean(name, allowed)) message += fmt::format(" (did you mean \"{}\"?)", *guess);
      issues.add(ep, message);
      continue;
    }
    const auto index = static_cast<std::size_t>(it - allowed.begin());
    if (!seen.insert(index).second) {
      issues.add(ep, fmt::format("\"{}\" is named twice", name));
      continue;
    }
    out.push_back(index);
  }
  return out;
}

std::vector<std::string> names_of(const std::vector<std::size_t>& indices, const std::vector<std::string>& all) {
  std::vector<std::string> out;
  for (auto k : indices) out.push_back(all[k]);
  return out;
}

}  // namespace

std::vector<EmissionMeasure> read_measures(const Json& node, const std::string& pointer, const RegionSpec& region,
                                           Issues& issues) {
  std::vector<EmissionMeasure> out;
  if (!node.is_array()) {
    issues.add(pointer, "expected an array of measures");
    return out;
  }
  const std::vector<std::string> tracers(kTracerNames.begin(), kTracerNames.end());
  const std::vector<std::string> sectors(kSectorNames.begin(), kSectorNames.end());
  std::vector<std::string> ids, provinces, groups;
  for (const auto& j : region.jurisdictions) {
    ids.push_back(j.id);
    if (std::find(provinces.begin(), provinces.end(), j.province) == provinces.end()) provinces.push_back(j.province);
    for (const auto& g : j.groups) {
      if (std::find(groups.begin(), groups.end(), g) == groups.end()) groups.push_back(g);
    }
  }
  for (std::size_t k = 0; k < node.size(); ++k) {
    ObjectReader r(node[k], pointer + "/" + std::to_string(k), issues);
    if (!r.ok()) continue;
    EmissionMeasure m;
    m.name = r.string("name", false).value_or("");
    r.string("source", false);
    for (auto t : read_names(r, "tracers", tracers, true, issues)) m.tracers.push_back(static_cast<Tracer>(t));
    for (auto s : read_names(r, "sectors", sectors, true, issues)) m.sectors.push_back(static_cast<Sector>(s));
    m.cut = r.number("cut", Range::unit(), true).value_or(0);
    // Coverage names are only checked when the region loaded (else every name would look unknown).
    if (!ids.empty()) {
      m.jurisdictions = names_of(read_names(r, "jurisdictions", ids, false, issues), ids);
      m.provinces = names_of(read_names(r, "provinces", provinces, false, issues), provinces);
      m.groups = names_of(read_names(r, "groups", groups, false, issues), groups);
    } else {
      for (const char* key : {"jurisdictions", "provinces", "groups"}) r.array(key, false);
    }
    r.finish();
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace airgov
