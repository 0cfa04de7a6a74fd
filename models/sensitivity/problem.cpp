#include "models/sensitivity/problem.hpp"

#include <fmt/format.h>

#include <set>

#include "models/sensitivity/sample_io.hpp"
#include "sim/core/errors.hpp"
#include "sim/core/text_lines.hpp"

namespace airgov::sensitivity {

double Problem::scale(std::size_t j, double u) const {
  const Parameter& p = parameters.at(j);
  return p.lower + u * (p.upper - p.lower);
}

Problem parse_problem(std::string_view text, const std::string& file) {
  Problem problem;
  std::vector<InputIssue> issues;
  std::set<std::string> names;
  TextLines lines(text);
  auto issue = [&](const std::string& message) {
    issues.push_back(InputIssue{file, fmt::format("line {}", lines.number()), message});
  };
  std::string_view line;
  while (lines.next(line)) {
    if (const auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    const std::vector<std::string_view> fields = split_fields(line);
    if (fields.empty()) continue;
    if (fields.size() < 3) {
      issue(fmt::format("expected `name lower upper`, found {} field{}", fields.size(),
                        fields.size() == 1 ? "" : "s"));
      continue;
    }
    if (fields.size() > 3) {
      issue(fmt::format("expected `name lower upper`, found {} fields (SALib's group and distribution columns "
                        "are not supported)",
                        fields.size()));
      continue;
    }
    Parameter parameter;
    parameter.name = std::string(fields[0]);
    bool ok = true;
    const auto lower = parse_number(fields[1]);
    const auto upper = parse_number(fields[2]);
    if (!lower) {
      issue(fmt::format("{}: lower bound `{}` is not a finite number", parameter.name, fields[1]));
      ok = false;
    }
    if (!upper) {
      issue(fmt::format("{}: upper bound `{}` is not a finite number", parameter.name, fields[2]));
      ok = false;
    }
    if (ok && !(*lower < *upper)) {
      issue(fmt::format("{}: lower bound {} must be below upper bound {}", parameter.name, *lower, *upper));
      ok = false;
    }
    if (!names.insert(parameter.name).second) {
      issue(fmt::format("parameter `{}` is defined twice", parameter.name));
      ok = false;
    }
    if (!ok) continue;
    parameter.lower = *lower;
    parameter.upper = *upper;
    problem.parameters.push_back(std::move(parameter));
  }
  if (issues.empty() && problem.parameters.empty()) {
    issues.push_back(InputIssue{file, "", "no parameters: expected one `name lower upper` line per parameter"});
  }
  if (!issues.empty()) throw InvalidInputError(std::move(issues));
  return problem;
}

Problem read_problem(const std::filesystem::path& file) {
  return parse_problem(read_text_file(file), file.string());
}

}  // namespace airgov::sensitivity
