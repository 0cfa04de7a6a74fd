#include "models/health/response_function.hpp"

namespace airgov::health {

std::string_view response_function_name(ResponseFunction f) {
  switch (f) {
    case ResponseFunction::log_linear: return "log_linear";
    case ResponseFunction::gemm: return "gemm";
  }
  return "unknown";
}

std::optional<ResponseFunction> parse_response_function(std::string_view name) {
  if (name == "log_linear") return ResponseFunction::log_linear;
  if (name == "gemm") return ResponseFunction::gemm;
  return std::nullopt;
}

}  // namespace airgov::health
