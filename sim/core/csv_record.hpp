#pragma once
// One CSV record (RFC 4180 quoting: fields in double quotes may hold commas, "" is a quote; no
// newlines inside fields) split into its fields. The one splitter for the CSV files airgov reads
// (observations, the cities table) and for tests that read its CSV output.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace airgov {

// The fields of `line` (a trailing '\r' is dropped; "a," has two fields, the second empty);
// nullopt if a quoted field is not closed.
std::optional<std::vector<std::string>> split_csv_record(std::string_view line);

}  // namespace airgov
