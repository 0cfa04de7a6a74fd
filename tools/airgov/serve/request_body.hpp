#pragma once
// Reading a request's JSON body strictly: every member is checked for type and range, unknown
// members are refused (with a "did you mean"), and each problem names its JSON Pointer. The body
// size is capped by the server before this sees it; nesting depth is capped here before parsing
// (nlohmann_json parses recursively).
#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/scenario/scenario.hpp"

namespace airgov::serve {

using Json = nlohmann::json;

// Request bodies larger than this are refused with 413 before they are read.
inline constexpr std::size_t kMaxBodyBytes = 64 * 1024;

// Parses a body that must be a JSON object (empty text = {}); throws ApiError 400 otherwise.
Json parse_body(std::string_view text);

// The members of one object; each getter throws ApiError(400) naming the pointer.
class BodyReader {
 public:
  // `known`: every member this request accepts (others are refused by finish()).
  BodyReader(const Json& object, std::string pointer, std::vector<std::string> known);
  std::optional<double> number(const std::string& key, double min, double max) const;
  std::optional<long long> integer(const std::string& key, long long min, long long max) const;
  std::optional<std::string> string(const std::string& key, std::size_t max_length) const;
  // A string that must be one of `choices`.
  std::optional<std::string> choice(const std::string& key, const std::vector<std::string>& choices) const;
  const Json* object(const std::string& key) const;
  // Refuses members not in `known`.
  void finish() const;
  std::string pointer(const std::string& key) const;

 private:
  const Json* find(const std::string& key) const;
  const Json& object_;
  std::string pointer_;
  std::vector<std::string> known_;
};

// A partial set of levers {"laws_regulations": 0.4, ...} over `base`, each in [0, 1].
Levers read_levers(const Json& levers, const std::string& pointer, Levers base);

// Path and query parameters: an id made of [A-Za-z0-9_-], at most 64 characters.
std::string checked_id(const std::string& name, const std::string& value);

}  // namespace airgov::serve
