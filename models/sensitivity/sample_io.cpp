#include "models/sensitivity/sample_io.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

#include "sim/core/errors.hpp"

namespace airgov::sensitivity {

namespace {

constexpr std::size_t kMaxListedIssues = 20;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

// Collects per-line issues, keeping the first kMaxListedIssues and counting the rest.
class IssueList {
 public:
  explicit IssueList(std::string file) : file_(std::move(file)) {}
  void add(std::size_t line, std::string message) {
    if (issues_.size() < kMaxListedIssues) {
      issues_.push_back(InputIssue{file_, fmt::format("line {}", line), std::move(message)});
    } else {
      ++more_;
    }
  }
  void throw_if_any() {
    if (issues_.empty()) return;
    if (more_ > 0) issues_.push_back(InputIssue{file_, "", fmt::format("and {} more problem lines", more_)});
    throw InvalidInputError(std::move(issues_));
  }

 private:
  std::string file_;
  std::vector<InputIssue> issues_;
  std::size_t more_ = 0;
};

std::ifstream open_input(const std::filesystem::path& file) {
  std::error_code error;
  if (std::filesystem::is_directory(file, error)) {
    throw MissingFileError(fmt::format("{}: is a folder, not a file", file.string()));
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) throw MissingFileError(fmt::format("{}: file not found", file.string()));
  return in;
}

std::string_view strip_comment(std::string_view line) {
  const auto hash = line.find('#');
  return hash == std::string_view::npos ? line : line.substr(0, hash);
}

}  // namespace

std::vector<std::string_view> split_fields(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && is_space(line[i])) ++i;
    const std::size_t start = i;
    while (i < line.size() && !is_space(line[i])) ++i;
    if (i > start) fields.push_back(line.substr(start, i - start));
  }
  return fields;
}

std::optional<double> parse_number(std::string_view field) {
  if (!field.empty() && field.front() == '+') field.remove_prefix(1);
  double value = 0.0;
  const char* end = field.data() + field.size();
  const auto [ptr, error] = std::from_chars(field.data(), end, value);
  if (field.empty() || error != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::string read_text_file(const std::filesystem::path& file, std::size_t max_bytes) {
  std::ifstream in = open_input(file);
  std::error_code error;
  const auto size = std::filesystem::file_size(file, error);
  if (!error && size > max_bytes) {
    throw InvalidInputError({InputIssue{file.string(), "",
                                        fmt::format("file of {} bytes exceeds the limit of {} bytes", size, max_bytes)}});
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string format_rows(const Rows& rows) {
  fmt::memory_buffer out;
  for (const auto& row : rows) {
    for (std::size_t j = 0; j < row.size(); ++j) {
      if (j > 0) out.push_back(' ');
      fmt::format_to(std::back_inserter(out), "{}", row[j]);
    }
    out.push_back('\n');
  }
  return fmt::to_string(out);
}

Rows read_rows(const std::filesystem::path& file, std::size_t columns) {
  std::ifstream in = open_input(file);
  IssueList issues(file.string());
  Rows rows;
  std::string line;
  std::size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    const auto fields = split_fields(strip_comment(line));
    if (fields.empty()) continue;
    if (fields.size() != columns) {
      issues.add(line_number, fmt::format("expected {} value{} (one per parameter), found {}", columns,
                                          columns == 1 ? "" : "s", fields.size()));
      continue;
    }
    std::vector<double> row(columns);
    bool ok = true;
    for (std::size_t j = 0; j < columns; ++j) {
      const auto value = parse_number(fields[j]);
      if (!value) {
        issues.add(line_number, fmt::format("value {} `{}` is not a finite number", j + 1, fields[j]));
        ok = false;
        break;
      }
      row[j] = *value;
    }
    if (ok) rows.push_back(std::move(row));
  }
  issues.throw_if_any();
  return rows;
}

std::vector<double> read_outputs(const std::filesystem::path& file, std::size_t column) {
  std::ifstream in = open_input(file);
  IssueList issues(file.string());
  std::vector<double> values;
  std::string line;
  std::size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    const auto fields = split_fields(strip_comment(line));
    if (fields.empty()) continue;
    if (fields.size() <= column) {
      issues.add(line_number, fmt::format("no column {} (counted from 0): the line has {} value{}", column,
                                          fields.size(), fields.size() == 1 ? "" : "s"));
      continue;
    }
    const auto value = parse_number(fields[column]);
    if (!value) {
      issues.add(line_number, fmt::format("`{}` is not a finite number", fields[column]));
      continue;
    }
    values.push_back(*value);
  }
  issues.throw_if_any();
  return values;
}

}  // namespace airgov::sensitivity
