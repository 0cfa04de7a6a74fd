#pragma once
// A request the server refuses: HTTP status, the parameter at fault (a JSON Pointer into the
// request body, or the name of a path or query parameter) and what was expected. Sent as
// {"error": {"status", "parameter", "message"}} so that a script or the page can show it.
#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

namespace airgov::serve {

class ApiError : public std::runtime_error {
 public:
  ApiError(int status, std::string parameter, const std::string& message)
      : std::runtime_error(message), status_(status), parameter_(std::move(parameter)) {}
  int status() const { return status_; }
  const std::string& parameter() const { return parameter_; }
  nlohmann::json to_json() const {
    return {{"error", {{"status", status_}, {"parameter", parameter_}, {"message", what()}}}};
  }

 private:
  int status_;
  std::string parameter_;
};

}  // namespace airgov::serve
