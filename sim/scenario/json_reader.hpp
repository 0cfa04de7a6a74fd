#pragma once
// Reading a JSON document into typed values while collecting every problem at once, each with the
// JSON Pointer of the offending value, what was found and what was expected. Unknown keys are
// reported with a "did you mean" suggestion. Used by every loader of user input.
#include <nlohmann/json.hpp>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "sim/core/errors.hpp"

namespace airgov {

using Json = nlohmann::json;

// Limits checked before parsing (README, "Input limits").
inline constexpr std::size_t kMaxInputBytes = 64u << 20;
inline constexpr int kMaxJsonDepth = 64;

class Issues {
 public:
  explicit Issues(std::string file) : file_(std::move(file)) {}
  void add(const std::string& pointer, const std::string& message);
  bool empty() const { return list_.empty(); }
  const std::vector<InputIssue>& list() const { return list_; }
  void append(const std::vector<InputIssue>& more) { list_.insert(list_.end(), more.begin(), more.end()); }
  void throw_if_any() const;  // InvalidInputError with every issue
  const std::string& file() const { return file_; }

 private:
  std::string file_;
  std::vector<InputIssue> list_;
};

// Parses text as JSON; syntax errors become an issue with line and column, too-deep nesting and
// oversized text are refused before the parser sees them. Returns nullopt after adding the issue.
std::optional<Json> parse_json(std::string_view text, Issues& issues);

// An input document read and parsed: its text (for the provenance hash) and its JSON. Throws
// MissingFileError (exit 66) when there is no such document and InvalidInputError (exit 65) on
// a syntax error or a refused size or depth.
class DocumentSource;
struct ParsedDocument {
  std::string text;
  Json json;
};
ParsedDocument read_document(const std::string& path, const DocumentSource& source);

// A short, printable rendering of a value for messages ("\"abc\"", "12", "an object").
std::string describe(const Json& value);

// The closest candidate by edit distance, when it is close enough to be a plausible typo.
std::optional<std::string> did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

struct Range {
  double min = -1e300;
  double max = 1e300;
  bool min_exclusive = false;
  bool max_exclusive = false;
  static Range at_least(double v) { return {v, 1e300, false, false}; }
  static Range positive() { return {0.0, 1e300, true, false}; }
  static Range unit() { return {0.0, 1.0, false, false}; }
  static Range between(double lo, double hi) { return {lo, hi, false, false}; }
  std::string describe() const;
  bool contains(double v) const;
};

// Reads the members of one JSON object. Every key read is remembered; finish() reports the rest
// as unknown. A member of the wrong type or out of range adds an issue and yields nullopt.
class ObjectReader {
 public:
  ObjectReader(const Json& node, std::string pointer, Issues& issues);
  ~ObjectReader() = default;
  ObjectReader(const ObjectReader&) = delete;
  ObjectReader& operator=(const ObjectReader&) = delete;

  bool ok() const { return object_ != nullptr; }
  bool has(std::string_view key) const;
  std::string pointer(std::string_view key) const;
  const std::string& pointer() const { return pointer_; }

  std::optional<double> number(std::string_view key, Range range, bool required);
  double number_or(std::string_view key, double fallback, Range range);
  std::optional<long long> integer(std::string_view key, long long min, long long max, bool required);
  std::optional<std::string> string(std::string_view key, bool required);
  std::optional<std::string> choice(std::string_view key, const std::vector<std::string>& allowed,
                                    bool required);
  std::optional<bool> boolean(std::string_view key, bool required);
  // A member that must be an object or an array; nullptr (and an issue) otherwise.
  const Json* object(std::string_view key, bool required);
  const Json* array(std::string_view key, bool required);
  // Any member, type unchecked (for members that may be a string or an object).
  const Json* any(std::string_view key, bool required);

  // Reports unknown keys. Call once after reading every member.
  void finish();

 private:
  const Json* get(std::string_view key, bool required);
  const Json* object_ = nullptr;
  std::string pointer_;
  Issues& issues_;
  std::set<std::string, std::less<>> known_;
};

// Checks a bare value (array element) and returns it when valid.
std::optional<double> read_number(const Json& value, const std::string& pointer, Range range, Issues& issues);
std::string escape_pointer_token(std::string_view token);

}  // namespace airgov
