#pragma once
// Writes the calibrated region: the prior region document with every jurisdiction's emissions
// (each tracer, whole or by sector) multiplied by its factor, rounded to 0.1 t/yr. Everything else
// is kept as it was, key order included. Each changed jurisdiction's status says
// `emissions:derived(...)` naming the calibration, its factor group and the prior's old label;
// its source says how the value was obtained; `sources.calibration` describes the whole fit.
#include <string>
#include <vector>

namespace airgov::calibration {

struct CalibrationNote {
  std::string summary;                      // goes to sources.calibration
  std::vector<std::string> group_of;        // per jurisdiction: its factor group's name
  std::vector<bool> fitted;                 // per jurisdiction: false when the factor was kept at 1
  int year = 0;
};

// `region_text` is the prior region document (JSON); `ids` the jurisdictions in region order and
// `factor` their factors. Throws std::invalid_argument if the document's jurisdictions differ.
std::string calibrated_region_json(const std::string& region_text, const std::vector<std::string>& ids,
                                   const std::vector<double>& factor, const CalibrationNote& note);

}  // namespace airgov::calibration
