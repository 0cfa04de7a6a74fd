#pragma once
// Plain-text tables as SALib reads and writes them: one row per line, numbers separated by spaces
// or tabs, `#` comments and blank lines skipped. Numbers are written in shortest round-trip form,
// so reading a written file gives back the same doubles.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace airgov::sensitivity {

// A row-major table: rows[r][j] is parameter j of evaluation r.
using Rows = std::vector<std::vector<double>>;

// The whitespace-separated fields of one line.
std::vector<std::string_view> split_fields(std::string_view line);
// A finite decimal number filling the whole field (C locale); nullopt otherwise.
std::optional<double> parse_number(std::string_view field);

// The whole file: MissingFileError (exit 66) when it cannot be read, InvalidInputError (exit 65)
// when larger than `max_bytes`.
std::string read_text_file(const std::filesystem::path& file, std::size_t max_bytes = std::size_t{64} << 20);

// One line per row, values separated by one space, each in shortest round-trip form.
std::string format_rows(const Rows& rows);

// Reads a sample file whose every row has `columns` numbers. Exit 66 when missing; exit 65
// listing the lines at fault (the first 20) when a row is malformed.
Rows read_rows(const std::filesystem::path& file, std::size_t columns);

// Reads model outputs: one row per evaluation, the value taken from field `column` (from 0) of
// each row. Exit 66 when missing, exit 65 naming the lines at fault.
std::vector<double> read_outputs(const std::filesystem::path& file, std::size_t column = 0);

}  // namespace airgov::sensitivity
