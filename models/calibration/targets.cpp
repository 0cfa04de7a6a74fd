#include "models/calibration/targets.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

namespace airgov::calibration {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

bool starts_with(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

// The group an observation's region names, if any: "jjj13" or "2p26".
std::optional<std::string> group_named(const std::string& region) {
  const std::string l = lower(region);
  if (starts_with(l, "jjj 13") || starts_with(l, "jjj-13") || starts_with(l, "jjj13")) return "jjj13";
  if (starts_with(l, "2+26")) return "2p26";
  return std::nullopt;
}

constexpr const char* kProvinceSuffix = " (province average)";

}  // namespace

int prefecture_cities(const std::string& province) {
  static const std::map<std::string, int> kCount = {{"Beijing", 1}, {"Tianjin", 1}, {"Hebei", 11},
                                                    {"Shanxi", 11}, {"Shandong", 16}, {"Henan", 17}};
  const auto it = kCount.find(province);
  return it == kCount.end() ? 0 : it->second;
}

int group_size(const std::string& group) {
  if (group == "jjj13") return 13;
  if (group == "2p26") return 28;
  return 0;
}

CalibrationSetup match_observations(const RegionSpec& region, const std::vector<Observation>& observations, int year) {
  CalibrationSetup setup;
  setup.year = year;
  const auto& js = region.jurisdictions;
  const std::size_t n = js.size();
  std::vector<bool> observed(n, false);
  std::map<std::string, bool> province_target;
  for (const auto& o : observations) {
    if (o.year != year) continue;
    Target t{o.region, "", {}, o.pm25_ugm3, o.status, o.source, o.line};
    const std::string l = lower(o.region);
    // A city: the region's jurisdiction of that name.
    for (std::size_t j = 0; j < n; ++j) {
      if (lower(js[j].name) == l || lower(js[j].id) == l) t.kind = "city", t.members = {j};
    }
    if (t.kind == "city") {
      if (observed[t.members[0]]) {
        setup.skipped.push_back({o.region, o.line, "a second value for a city already matched (the first is kept)"});
        continue;
      }
      observed[t.members[0]] = true;
      setup.targets.push_back(std::move(t));
      continue;
    }
    if (o.region.size() > std::string(kProvinceSuffix).size() &&
        o.region.substr(o.region.size() - std::string(kProvinceSuffix).size()) == kProvinceSuffix) {
      const std::string province = o.region.substr(0, o.region.size() - std::string(kProvinceSuffix).size());
      for (std::size_t j = 0; j < n; ++j) {
        if (js[j].province == province) t.members.push_back(j);
      }
      const int whole = prefecture_cities(province);
      if (t.members.empty() || static_cast<int>(t.members.size()) != whole) {
        setup.skipped.push_back({o.region, o.line,
                                 fmt::format("the region holds {} of {}'s {} prefecture cities", t.members.size(),
                                             province, whole > 0 ? std::to_string(whole) : std::string("?"))});
        continue;
      }
      t.kind = "province";
      province_target[province] = true;
      setup.targets.push_back(std::move(t));
      continue;
    }
    if (const auto group = group_named(o.region)) {
      for (std::size_t j = 0; j < n; ++j) {
        if (std::find(js[j].groups.begin(), js[j].groups.end(), *group) != js[j].groups.end()) t.members.push_back(j);
      }
      if (t.members.empty() || static_cast<int>(t.members.size()) != group_size(*group)) {
        setup.skipped.push_back({o.region, o.line,
                                 fmt::format("the region holds {} of the group's {} cities", t.members.size(),
                                             group_size(*group))});
        continue;
      }
      t.kind = "group";
      setup.targets.push_back(std::move(t));
      continue;
    }
    std::string reason = "not a city, a whole province or a whole group of this region";
    for (const auto& j : js) {
      if (l.rfind(lower(j.name) + " [", 0) == 0) {
        reason = fmt::format("another compilation's value for {} (the row named \"{}\" is the one fitted)", j.name, j.name);
      }
    }
    setup.skipped.push_back({o.region, o.line, reason});
  }

  // Factors: observed cities first (in region order), then the shared ones.
  setup.factor_of.assign(n, 0);
  std::map<std::string, std::size_t> shared;
  for (std::size_t j = 0; j < n; ++j) {
    if (!observed[j]) continue;
    setup.factor_of[j] = setup.factors.size();
    setup.factors.push_back(FactorGroup{js[j].id, {j}});
  }
  for (std::size_t j = 0; j < n; ++j) {
    if (observed[j]) continue;
    const std::string name =
        province_target.count(js[j].province) ? "rest of " + js[j].province : std::string("rest of region");
    auto it = shared.find(name);
    if (it == shared.end()) {
      it = shared.emplace(name, setup.factors.size()).first;
      setup.factors.push_back(FactorGroup{name, {}});
    }
    setup.factors[it->second].members.push_back(j);
    setup.factor_of[j] = it->second;
  }
  return setup;
}

}  // namespace airgov::calibration
