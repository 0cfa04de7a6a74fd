#pragma once
// A sensitivity-analysis problem in SALib's text format: one parameter per line,
// `name lower upper`, separated by spaces or tabs; `#` starts a comment (to the end of the line);
// blank lines are skipped. Names are unique, bounds finite, lower < upper. SALib's optional 4th
// (group) and 5th (distribution) columns are refused: groups and non-uniform inputs are not
// supported, and every parameter is sampled uniformly between its bounds.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace airgov::sensitivity {

struct Parameter {
  std::string name;
  double lower = 0.0;
  double upper = 1.0;
};

struct Problem {
  std::vector<Parameter> parameters;

  std::size_t dimension() const { return parameters.size(); }
  // lower + u (upper - lower) for u in [0, 1]: a unit-cube coordinate of parameter j in its bounds.
  double scale(std::size_t j, double u) const;
};

// Parses problem text; `file` only names the source in messages. Every problem found is reported
// at once as an InvalidInputError (exit 65) whose issues name the line ("line 3: ...").
Problem parse_problem(std::string_view text, const std::string& file = "<problem>");

// Reads and parses a problem file: MissingFileError (exit 66) when it cannot be read,
// InvalidInputError (exit 65) when it is malformed (or larger than 64 MiB).
Problem read_problem(const std::filesystem::path& file);

}  // namespace airgov::sensitivity
