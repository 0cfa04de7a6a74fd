#pragma once
// The last line of defence against NaN and infinity: recorders check every number they are given
// and refuse (InternalError, exit 70) rather than write one. Because outputs are staged and renamed
// only when a run completes, a refused run leaves nothing behind.
#include <nlohmann/json.hpp>

#include <span>
#include <string>

#include "sim/record/recorder.hpp"

namespace airgov {

// Throws InternalError naming the series, the position and the date when a value is not finite.
void require_finite(std::span<const double> values, const char* series, const std::string& where);
void require_finite(const DayRecord& day);
void require_finite(const PeriodRecord& period);
// Every number in a JSON document (before it is written); names the first bad one by JSON Pointer.
void require_finite(const nlohmann::json& document, const std::string& what);
void require_finite(const nlohmann::ordered_json& document, const std::string& what);

}  // namespace airgov
