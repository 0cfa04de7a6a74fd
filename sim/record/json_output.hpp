#pragma once
// The one way airgov turns a JSON document into the text it writes (files and stdout). nlohmann_json
// prints NaN and infinity as null, which would pass a numerical failure off as "no value": every
// document is walked first and refused (InternalError, exit 70) naming the JSON Pointer of the
// first non-finite number. A value that legitimately does not exist is written as an explicit
// null by the report code, never as a NaN left for the printer to turn into one.
#include <nlohmann/json.hpp>

#include <string>

namespace airgov {

// The document as text (dump(indent); -1 = compact), after the finite check. `what` names the
// output in the error (e.g. "summary.json").
std::string json_text(const nlohmann::json& document, int indent, const std::string& what);
std::string json_text(const nlohmann::ordered_json& document, int indent, const std::string& what);

}  // namespace airgov
