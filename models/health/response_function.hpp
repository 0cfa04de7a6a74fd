#pragma once
// Which concentration-response function a health report uses. One per report, never both
// added: they estimate overlapping deaths (MODEL.md section 7).
#include <optional>
#include <string_view>

namespace airgov::health {

enum class ResponseFunction { log_linear, gemm };

std::string_view response_function_name(ResponseFunction f);  // "log_linear" / "gemm"
std::optional<ResponseFunction> parse_response_function(std::string_view name);

}  // namespace airgov::health
