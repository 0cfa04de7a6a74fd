#include "sim/core/csv_record.hpp"

#include <fmt/format.h>

#include "sim/core/errors.hpp"
#include "sim/core/text_lines.hpp"

namespace airgov {

std::optional<std::vector<std::string>> split_csv_record(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t k = 0; k < line.size(); ++k) {
    const char c = line[k];
    if (quoted) {
      if (c == '"' && k + 1 < line.size() && line[k + 1] == '"') {
        fields.back() += '"';
        ++k;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  if (quoted) return std::nullopt;
  return fields;
}

void read_csv_table(std::string_view text, const std::string& file, const std::vector<std::string>& header,
                    const std::function<void(const std::vector<std::string>& fields, int line, const CsvIssue& issue)>& on_row) {
  std::string header_text;
  for (const auto& h : header) header_text += (header_text.empty() ? "" : ",") + h;
  std::vector<InputIssue> issues;
  TextLines lines(text);
  const CsvIssue issue = [&](const std::string& message) {
    issues.push_back(InputIssue{file, fmt::format("line {}", lines.number()), message});
  };
  bool header_seen = false;
  std::string_view line;
  while (lines.next(line)) {
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    const auto record = split_csv_record(line);
    if (!record) {
      issue("unterminated quoted field");
      continue;
    }
    if (!header_seen) {
      header_seen = true;
      if (*record != header) {
        issue(fmt::format("expected the header `{}`", header_text));
        break;  // the rest cannot be read without knowing the columns
      }
      continue;
    }
    if (record->size() != header.size()) {
      issue(fmt::format("expected {} fields ({}), found {}", header.size(), header_text, record->size()));
      continue;
    }
    on_row(*record, lines.number(), issue);
  }
  if (!header_seen) {
    issues.push_back(InputIssue{file, "line 1", fmt::format("empty file: expected the header `{}`", header_text)});
  }
  if (!issues.empty()) throw InvalidInputError(std::move(issues));
}

}  // namespace airgov
