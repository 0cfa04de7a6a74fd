#pragma once
// What the inversion fits and which scale factor each jurisdiction gets.
//
// Targets: the observed annual means of one year that the region can reproduce:
//   - a city row ("Xingtai") matching a jurisdiction's name;
//   - a province average ("Hebei (province average)") when the region holds every prefecture
//     city of that province (so the mean of the region's members is the official mean);
//   - a group average ("JJJ 13 cities", "2+26 cities ...") when the region holds the whole group.
// Rows that fit none (a national average, a province only partly in the region, a second
// compilation of a city already matched) are listed as skipped with the reason.
//
// Factors: one per observed city; the unobserved cities of a province whose average is a target
// share one "rest of <province>" factor (fixed by that average); every other unobserved city
// shares the "rest of region" factor (fixed by the group averages). A factor no target touches
// keeps the prior (1) and is reported as unconstrained.
#include <string>
#include <vector>

#include "models/calibration/observations.hpp"
#include "sim/scenario/scenario.hpp"

namespace airgov::calibration {

struct Target {
  std::string label;                 // the observation's region as written
  std::string kind;                  // "city", "province", "group"
  std::vector<std::size_t> members;  // jurisdictions whose arithmetic mean is observed
  double observed_ugm3 = 0;
  std::string status;
  std::string source;
  int line = 0;
};

struct Skipped {
  std::string label;
  int line = 0;
  std::string reason;
};

struct FactorGroup {
  std::string name;                  // "beijing", "rest of Hebei", "rest of region"
  std::vector<std::size_t> members;
};

struct CalibrationSetup {
  int year = 0;
  std::vector<Target> targets;
  std::vector<Skipped> skipped;
  std::vector<FactorGroup> factors;
  std::vector<std::size_t> factor_of;  // per jurisdiction, an index into `factors`
};

// Prefecture-level cities per province (administrative divisions as of 2013; recalled, stable
// since 1996 for these six): a province average is a target only if the region holds them all.
int prefecture_cities(const std::string& province);
// Members of the official groups (JJJ-13: Beijing, Tianjin and Hebei's 11; "2+26": 28 cities).
int group_size(const std::string& group);

CalibrationSetup match_observations(const RegionSpec& region, const std::vector<Observation>& observations, int year);

}  // namespace airgov::calibration
