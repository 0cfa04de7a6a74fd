#include "sim/record/json_output.hpp"

#include "sim/record/finite_guard.hpp"

namespace airgov {

std::string json_text(const nlohmann::json& document, int indent, const std::string& what) {
  require_finite(document, what);
  return document.dump(indent);
}

std::string json_text(const nlohmann::ordered_json& document, int indent, const std::string& what) {
  require_finite(document, what);
  return document.dump(indent);
}

}  // namespace airgov
