#include "tools/airgov/serve/request_body.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "sim/scenario/json_reader.hpp"
#include "tools/airgov/serve/api_error.hpp"

namespace airgov::serve {

Json parse_body(std::string_view text) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return Json::object();
  Issues issues("request body");
  auto parsed = parse_json(text, issues);  // refuses too-deep nesting before parsing
  if (!parsed) {
    const auto& issue = issues.list().front();
    throw ApiError(400, issue.pointer.empty() ? "body" : issue.pointer, "invalid JSON body: " + issue.message);
  }
  if (!parsed->is_object()) throw ApiError(400, "body", "the request body must be a JSON object, found " + describe(*parsed));
  return std::move(*parsed);
}

BodyReader::BodyReader(const Json& object, std::string pointer, std::vector<std::string> known)
    : object_(object), pointer_(std::move(pointer)), known_(std::move(known)) {
  if (!object_.is_object()) throw ApiError(400, pointer_.empty() ? "body" : pointer_, "expected an object, found " + describe(object_));
}

std::string BodyReader::pointer(const std::string& key) const { return pointer_ + "/" + key; }

const Json* BodyReader::find(const std::string& key) const {
  auto it = object_.find(key);
  if (it == object_.end() || it->is_null()) return nullptr;
  return &*it;
}

std::optional<double> BodyReader::number(const std::string& key, double min, double max) const {
  const Json* v = find(key);
  if (!v) return std::nullopt;
  if (!v->is_number()) throw ApiError(400, pointer(key), fmt::format("expected a number in [{}, {}], found {}", min, max, describe(*v)));
  const double x = v->get<double>();
  if (!std::isfinite(x) || x < min || x > max)
    throw ApiError(400, pointer(key), fmt::format("{} is outside [{}, {}]", describe(*v), min, max));
  return x;
}

std::optional<long long> BodyReader::integer(const std::string& key, long long min, long long max) const {
  const Json* v = find(key);
  if (!v) return std::nullopt;
  if (!v->is_number_integer()) throw ApiError(400, pointer(key), fmt::format("expected a whole number in [{}, {}], found {}", min, max, describe(*v)));
  // A seed may exceed the signed range: read unsigned values as such before the range check.
  if (v->is_number_unsigned() && v->get<unsigned long long>() > static_cast<unsigned long long>(max))
    throw ApiError(400, pointer(key), fmt::format("{} is outside [{}, {}]", describe(*v), min, max));
  const long long x = v->get<long long>();
  if (x < min || x > max) throw ApiError(400, pointer(key), fmt::format("{} is outside [{}, {}]", describe(*v), min, max));
  return x;
}

std::optional<std::string> BodyReader::string(const std::string& key, std::size_t max_length) const {
  const Json* v = find(key);
  if (!v) return std::nullopt;
  if (!v->is_string()) throw ApiError(400, pointer(key), "expected a string, found " + describe(*v));
  auto s = v->get<std::string>();
  if (s.size() > max_length) throw ApiError(400, pointer(key), fmt::format("longer than {} bytes", max_length));
  return s;
}

std::optional<std::string> BodyReader::choice(const std::string& key, const std::vector<std::string>& choices) const {
  auto s = string(key, 200);
  if (!s) return s;
  if (std::find(choices.begin(), choices.end(), *s) != choices.end()) return s;
  std::string list;
  for (const auto& c : choices) list += (list.empty() ? "" : ", ") + c;
  std::string hint;
  if (auto m = did_you_mean(*s, choices)) hint = fmt::format(" (did you mean \"{}\"?)", *m);
  throw ApiError(400, pointer(key), fmt::format("unknown value \"{}\"{}; expected one of {}", *s, hint, list));
}

const Json* BodyReader::object(const std::string& key) const {
  const Json* v = find(key);
  if (v && !v->is_object()) throw ApiError(400, pointer(key), "expected an object, found " + describe(*v));
  return v;
}

void BodyReader::finish() const {
  for (const auto& [key, value] : object_.items()) {
    if (std::find(known_.begin(), known_.end(), key) != known_.end()) continue;
    std::string hint;
    if (auto m = did_you_mean(key, known_)) hint = fmt::format(" (did you mean \"{}\"?)", *m);
    std::string list;
    for (const auto& k : known_) list += (list.empty() ? "" : ", ") + k;
    throw ApiError(400, pointer(key), fmt::format("unknown member \"{}\"{}; expected {}", key, hint, list));
  }
}

Levers read_levers(const Json& levers, const std::string& pointer, Levers base) {
  std::vector<std::string> names(kLeverNames.begin(), kLeverNames.end());
  BodyReader reader(levers, pointer, names);
  reader.finish();
  for (std::size_t k = 0; k < names.size(); ++k)
    if (auto v = reader.number(names[k], 0, 1)) lever(base, k) = *v;
  return base;
}

std::string checked_id(const std::string& name, const std::string& value) {
  const bool ok = !value.empty() && value.size() <= 64 && std::all_of(value.begin(), value.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
  if (!ok) throw ApiError(400, name, "expected an id of 1 to 64 letters, digits, '_' or '-'");
  return value;
}

}  // namespace airgov::serve
