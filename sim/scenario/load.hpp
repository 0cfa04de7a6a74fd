#pragma once
// Loading and validating scenarios. Every problem in a document (and in the region and weather
// files it names) is collected and reported together: InvalidInputError (exit 65), or
// MissingFileError (exit 66) when the scenario or a file it names does not exist.
#include <string>
#include <vector>

#include "sim/scenario/document_source.hpp"
#include "sim/scenario/json_reader.hpp"
#include "sim/scenario/scenario.hpp"
#include "sim/scenario/schema_versions.hpp"

namespace airgov {

// The version every kind is at today (schema_versions.hpp keeps the history; a test checks they agree).
inline constexpr int kScenarioSchemaVersion = 1;
inline constexpr int kMaxJurisdictions = 200000;
inline constexpr int kMaxDays = 36600;  // a century
// Decision rules a scenario may name (models/decision/rule_factory.cpp builds them; a test
// checks the two lists agree).
inline const std::vector<std::string> kRuleNames = {"nash", "planner", "coalition", "evolutionary", "reciprocity"};

ScenarioDescription load_scenario(const std::string& path, const DocumentSource& source);

// Parts, for loaders of other documents (designs) and for tests.
RegionSpec read_region(const Json& node, const std::string& pointer, Issues& issues);
WeatherSpec read_weather(const Json& node, const std::string& pointer, Issues& issues);
Levers read_levers(const Json& node, const std::string& pointer, Levers base, Issues& issues);
// The "measures" of a policy event: tracers, sectors, cut and coverage, names checked against the region.
std::vector<EmissionMeasure> read_measures(const Json& node, const std::string& pointer, const RegionSpec& region,
                                           Issues& issues);

}  // namespace airgov
