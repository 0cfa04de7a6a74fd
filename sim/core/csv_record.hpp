#pragma once
// One CSV record (RFC 4180 quoting: fields in double quotes may hold commas, "" is a quote; no
// newlines inside fields) split into its fields, and a table of such records under a fixed
// header. The one splitter and walker for the CSV files airgov reads (observations, published
// apportionments, the cities table) and for tests that read its CSV output.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace airgov {

// The fields of `line` (a trailing '\r' is dropped; "a," has two fields, the second empty);
// nullopt if a quoted field is not closed.
std::optional<std::vector<std::string>> split_csv_record(std::string_view line);

// Reports a problem of the current row ("line N" of the file).
using CsvIssue = std::function<void(const std::string& message)>;

// Walks a CSV table whose first non-blank line must be `header`: calls on_row with the fields and
// line number of every later non-blank row that has as many fields as the header. Unterminated
// quotes, a wrong header (the rest is not read), a wrong number of fields, an empty text and what
// on_row reports are collected with "line N" and thrown at the end, all at once, as
// InvalidInputError (exit 65) naming `file`.
void read_csv_table(std::string_view text, const std::string& file, const std::vector<std::string>& header,
                    const std::function<void(const std::vector<std::string>& fields, int line, const CsvIssue& issue)>& on_row);

}  // namespace airgov
