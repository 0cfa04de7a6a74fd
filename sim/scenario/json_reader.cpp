#include "sim/scenario/json_reader.hpp"

#include "sim/scenario/document_source.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace airgov {

void Issues::add(const std::string& pointer, const std::string& message) {
  list_.push_back(InputIssue{file_, pointer, message});
}

void Issues::throw_if_any() const {
  if (!list_.empty()) throw InvalidInputError(list_);
}

namespace {

// Deepest nesting of arrays and objects, scanning outside strings; stops early past the limit.
int nesting_depth(std::string_view text) {
  int depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
      if (deepest > kMaxJsonDepth) return deepest;
    } else if (c == ']' || c == '}') --depth;
  }
  return deepest;
}

std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t byte) {
  std::size_t line = 1, column = 1;
  for (std::size_t k = 0; k < byte && k < text.size(); ++k) {
    if (text[k] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return {line, column};
}

std::string type_name(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return "a number";
    default: return "an unsupported value";
  }
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

}  // namespace

std::optional<Json> parse_json(std::string_view text, Issues& issues) {
  if (text.size() > kMaxInputBytes) {
    issues.add("", fmt::format("file is {} bytes; the limit is {} bytes", text.size(), kMaxInputBytes));
    return std::nullopt;
  }
  if (nesting_depth(text) > kMaxJsonDepth) {
    issues.add("", fmt::format("JSON nesting deeper than {} levels", kMaxJsonDepth));
    return std::nullopt;
  }
  try {
    return Json::parse(text);
  } catch (const Json::parse_error& error) {
    const auto [line, column] = line_and_column(text, error.byte == 0 ? 0 : error.byte - 1);
    std::string what = error.what();
    // nlohmann's message reads "[json.exception.parse_error.101] parse error at line 1, column 2:
    // syntax error while parsing value - ..."; keep the part after "syntax error".
    const auto cut = what.find("syntax error");
    if (cut != std::string::npos) what = what.substr(cut);
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) what = "the file is empty";
    issues.add("", fmt::format("line {}, column {}: invalid JSON: {}", line, column, what));
    return std::nullopt;
  } catch (const Json::exception& error) {
    // A number too large for a double (1e400) is out_of_range.406, raised without a position.
    std::string what = error.what();
    const auto cut = what.find("] ");
    if (cut != std::string::npos) what = what.substr(cut + 2);
    // Locate the number the message quotes ("number overflow parsing '1e400'").
    std::size_t at = 0;
    const auto open = what.find('\''), close = what.rfind('\'');
    if (open != std::string::npos && close > open + 1) {
      at = text.find(std::string_view(what).substr(open + 1, close - open - 1));
      if (at == std::string_view::npos) at = 0;
    }
    const auto [line, column] = line_and_column(text, at);
    issues.add("", fmt::format("line {}, column {}: invalid JSON: {} (numbers must fit a double)", line, column, what));
    return std::nullopt;
  }
}

ParsedDocument read_document(const std::string& path, const DocumentSource& source) {
  auto text = source.read(path);
  if (!text) throw MissingFileError(fmt::format("{}: file not found", path));
  Issues issues(path);
  auto json = parse_json(*text, issues);
  issues.throw_if_any();
  return ParsedDocument{std::move(*text), std::move(*json)};
}

std::string describe(const Json& value) {
  if (value.is_object()) return "an object";
  if (value.is_array()) return "an array";
  std::string text = value.dump();
  if (text.size() > 40) text = text.substr(0, 37) + "...";
  return text;
}

std::optional<std::string> did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  std::optional<std::string> best;
  std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
  for (const auto& candidate : candidates) {
    const std::size_t distance = edit_distance(word, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

std::string escape_pointer_token(std::string_view token) {
  std::string out;
  for (char c : token) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::string Range::describe() const {
  const bool has_min = min > -1e299, has_max = max < 1e299;
  if (has_min && has_max) {
    return fmt::format("a number in {}{}, {}{}", min_exclusive ? "(" : "[", min, max, max_exclusive ? ")" : "]");
  }
  if (has_min) return fmt::format("a number {} {}", min_exclusive ? ">" : ">=", min);
  if (has_max) return fmt::format("a number {} {}", max_exclusive ? "<" : "<=", max);
  return "a finite number";
}

bool Range::contains(double v) const {
  if (!std::isfinite(v)) return false;
  if (min_exclusive ? v <= min : v < min) return false;
  if (max_exclusive ? v >= max : v > max) return false;
  return true;
}

std::optional<double> read_number(const Json& value, const std::string& pointer, Range range, Issues& issues) {
  if (!value.is_number()) {
    issues.add(pointer, fmt::format("expected {}, found {}", range.describe(), type_name(value)));
    return std::nullopt;
  }
  const double v = value.get<double>();
  if (!range.contains(v)) {
    issues.add(pointer, fmt::format("{} is out of range: expected {}", describe(value), range.describe()));
    return std::nullopt;
  }
  return v;
}

ObjectReader::ObjectReader(const Json& node, std::string pointer, Issues& issues)
    : pointer_(std::move(pointer)), issues_(issues) {
  if (node.is_object()) object_ = &node;
  else issues_.add(pointer_, fmt::format("expected an object, found {}", type_name(node)));
}

bool ObjectReader::has(std::string_view key) const {
  return object_ && object_->find(key) != object_->end();
}

std::string ObjectReader::pointer(std::string_view key) const {
  return pointer_ + "/" + escape_pointer_token(key);
}

const Json* ObjectReader::get(std::string_view key, bool required) {
  if (!object_) return nullptr;
  known_.emplace(key);
  const auto it = object_->find(key);
  if (it == object_->end()) {
    if (required) issues_.add(pointer(key), "required member is missing");
    return nullptr;
  }
  return &*it;
}

std::optional<double> ObjectReader::number(std::string_view key, Range range, bool required) {
  const Json* value = get(key, required);
  if (!value) return std::nullopt;
  return read_number(*value, pointer(key), range, issues_);
}

double ObjectReader::number_or(std::string_view key, double fallback, Range range) {
  return number(key, range, false).value_or(fallback);
}

std::optional<long long> ObjectReader::integer(std::string_view key, long long min, long long max, bool required) {
  const Json* value = get(key, required);
  if (!value) return std::nullopt;
  if (!value->is_number_integer()) {
    issues_.add(pointer(key), fmt::format("expected a whole number in [{}, {}], found {}", min, max,
                                          value->is_number() ? describe(*value) : type_name(*value)));
    return std::nullopt;
  }
  if (value->is_number_unsigned() && value->get<unsigned long long>() > static_cast<unsigned long long>(max)) {
    issues_.add(pointer(key), fmt::format("{} is out of range: expected a whole number in [{}, {}]",
                                          describe(*value), min, max));
    return std::nullopt;
  }
  const long long v = value->get<long long>();
  if (v < min || v > max) {
    issues_.add(pointer(key), fmt::format("{} is out of range: expected a whole number in [{}, {}]", v, min, max));
    return std::nullopt;
  }
  return v;
}

std::optional<std::string> ObjectReader::string(std::string_view key, bool required) {
  const Json* value = get(key, required);
  if (!value) return std::nullopt;
  if (!value->is_string()) {
    issues_.add(pointer(key), fmt::format("expected a string, found {}", type_name(*value)));
    return std::nullopt;
  }
  return value->get<std::string>();
}

std::optional<std::string> ObjectReader::choice(std::string_view key, const std::vector<std::string>& allowed,
                                                bool required) {
  auto value = string(key, required);
  if (!value) return std::nullopt;
  if (std::find(allowed.begin(), allowed.end(), *value) != allowed.end()) return value;
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + ("\"" + a + "\"");
  std::string message = fmt::format("\"{}\" is not one of {}", *value, list);
  if (auto guess = did_you_mean(*value, allowed)) message += fmt::format(" (did you mean \"{}\"?)", *guess);
  issues_.add(pointer(key), message);
  return std::nullopt;
}

std::optional<bool> ObjectReader::boolean(std::string_view key, bool required) {
  const Json* value = get(key, required);
  if (!value) return std::nullopt;
  if (!value->is_boolean()) {
    issues_.add(pointer(key), fmt::format("expected true or false, found {}", type_name(*value)));
    return std::nullopt;
  }
  return value->get<bool>();
}

const Json* ObjectReader::object(std::string_view key, bool required) {
  const Json* value = get(key, required);
  if (value && !value->is_object()) {
    issues_.add(pointer(key), fmt::format("expected an object, found {}", type_name(*value)));
    return nullptr;
  }
  return value;
}

const Json* ObjectReader::array(std::string_view key, bool required) {
  const Json* value = get(key, required);
  if (value && !value->is_array()) {
    issues_.add(pointer(key), fmt::format("expected an array, found {}", type_name(*value)));
    return nullptr;
  }
  return value;
}

const Json* ObjectReader::any(std::string_view key, bool required) { return get(key, required); }

void ObjectReader::finish() {
  if (!object_) return;
  const std::vector<std::string> candidates(known_.begin(), known_.end());
  for (const auto& [key, value] : object_->items()) {
    if (known_.count(key)) continue;
    std::string message = "unknown key \"" + key + "\"";
    if (auto guess = did_you_mean(key, candidates)) message += " (did you mean \"" + *guess + "\"?)";
    issues_.add(pointer(key), message);
  }
}

}  // namespace airgov
