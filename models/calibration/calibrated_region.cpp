#include "models/calibration/calibrated_region.hpp"

#include <fmt/format.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "sim/record/json_output.hpp"

namespace airgov::calibration {
namespace {

using OrderedJson = nlohmann::ordered_json;

double scaled(double value, double factor) { return std::round(value * factor * 10.0) / 10.0; }

// Replaces the `emissions:...` field of a `key:value|key:value` status (or appends one); `label`
// holds "@prior@" where the old value goes. The field runs to the end of the status: its value
// may itself hold '|' inside parentheses.
std::string with_emission_status(const std::string& status, std::string label) {
  const std::string key = "emissions:";
  std::size_t start = status.rfind("|" + key);
  start = start != std::string::npos ? start + 1 : (status.rfind(key, 0) == 0 ? 0 : std::string::npos);
  const std::string old = start == std::string::npos ? std::string("none") : status.substr(start + key.size());
  label.replace(label.find("@prior@"), 7, old);
  if (start == std::string::npos) return status.empty() ? key + label : status + "|" + key + label;
  return status.substr(0, start) + key + label;
}

}  // namespace

std::string calibrated_region_json(const std::string& region_text, const std::vector<std::string>& ids,
                                   const std::vector<double>& factor, const CalibrationNote& note) {
  OrderedJson doc = OrderedJson::parse(region_text);
  auto& list = doc.at("jurisdictions");
  if (!list.is_array() || list.size() != ids.size()) {
    throw std::invalid_argument("calibrated region: the prior document's jurisdictions differ from the scenario's");
  }
  for (std::size_t j = 0; j < ids.size(); ++j) {
    auto& jd = list[j];
    if (jd.value("id", std::string()) != ids[j]) {
      throw std::invalid_argument(fmt::format("calibrated region: jurisdiction {} is not \"{}\"", j, ids[j]));
    }
    const bool fitted = j < note.fitted.size() ? note.fitted[j] : true;
    if (!fitted) continue;  // kept at the prior: nothing changes
    for (auto& [tracer, value] : jd.at("emissions_t_per_year").items()) {
      if (value.is_object()) {
        for (auto& [sector, v] : value.items()) v = scaled(v.get<double>(), factor[j]);
      } else {
        value = scaled(value.get<double>(), factor[j]);
      }
    }
    const std::string group = j < note.group_of.size() ? note.group_of[j] : ids[j];
    const std::string label = fmt::format(
        "derived(airgov calibrate: prior x {:.4f}, factor of {}, fitted to observed {} annual PM2.5; prior @prior@)",
        factor[j], group, note.year);
    jd["status"] = with_emission_status(jd.value("status", std::string()), label);
    jd["source"] = jd.value("source", std::string()) +
                   fmt::format(";emissions calibrated: the prior above x {:.4f} (factor of {}, non-negative least "
                               "squares on observed {} annual means; sources.calibration)",
                               factor[j], group, note.year);
  }
  if (!doc.contains("sources") || !doc["sources"].is_object()) doc["sources"] = OrderedJson::object();
  doc["sources"]["calibration"] = note.summary;
  if (doc.contains("description") && doc["description"].is_string()) {
    doc["description"] = doc["description"].get<std::string>() +
                         fmt::format(" Emissions calibrated to the observed {} annual means by airgov calibrate "
                                     "(sources.calibration).",
                                     note.year);
  }
  return json_text(doc, 1, "the calibrated region") + "\n";
}

}  // namespace airgov::calibration
