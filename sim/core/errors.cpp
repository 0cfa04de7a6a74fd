#include "sim/core/errors.hpp"

namespace airgov {

std::string InputIssue::format() const {
  std::string out = file.empty() ? std::string("<input>") : file;
  out += ": ";
  if (!pointer.empty()) out += pointer + ": ";
  out += message;
  return out;
}

namespace {
std::string join(const std::vector<InputIssue>& issues) {
  std::string out;
  for (const auto& issue : issues) {
    if (!out.empty()) out += '\n';
    out += issue.format();
  }
  return out;
}
}  // namespace

InvalidInputError::InvalidInputError(std::vector<InputIssue> issues)
    : AirgovError(kExitInvalidInput, join(issues)), issues_(std::move(issues)) {}

}  // namespace airgov
