#include "sim/scenario/schema_versions.hpp"

#include <fmt/format.h>

#include <vector>

namespace airgov {

std::string_view kind_name(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::scenario: return "scenario";
    case DocumentKind::region: return "region";
    case DocumentKind::weather: return "weather";
    case DocumentKind::design: return "design";
  }
  return "document";
}

std::span<const FormatChange> format_changes() {
  // Append a change here when a format changes (and raise the schema's "const" to match):
  //   {DocumentKind::scenario, 1, "what changed", "how to update a version-1 file", migrated?},
  static const std::vector<FormatChange> changes = {};
  return changes;
}

int current_schema_version(DocumentKind kind, std::span<const FormatChange> changes) {
  int version = 1;
  for (const auto& c : changes) {
    if (c.kind == kind) ++version;
  }
  return version;
}

std::optional<std::string> schema_version_problem(DocumentKind kind, long long version,
                                                  std::span<const FormatChange> changes) {
  const int current = current_schema_version(kind, changes);
  const std::string_view name = kind_name(kind);
  if (version > current) {
    return fmt::format("schema_version {} is not supported: it is newer than this airgov, which reads {} files up "
                       "to version {}; use a newer airgov (README, \"Schemas and validation\")",
                       version, name, current);
  }
  if (version < 1) {
    return fmt::format("schema_version {} is not supported: version 1 is the first airgov format (nothing older "
                       "exists); set \"schema_version\": {} and check the file with `airgov validate` "
                       "(`airgov schema {}` prints the format)",
                       version, current, name);
  }
  // From the file's version up: every change the loader does not make by itself.
  std::vector<std::string> steps;
  for (const auto& c : changes) {
    if (c.kind != kind || c.from < version || c.migrated) continue;
    steps.push_back(fmt::format("version {}: {}; to update: {}", c.from + 1, c.change, c.how_to_update));
  }
  if (steps.empty()) return std::nullopt;
  return fmt::format("schema_version {} is an older {} format that this airgov no longer reads (it reads version {}). "
                     "What changed since: {}. Then set \"schema_version\": {} and check the file with `airgov validate`",
                     version, name, current, fmt::join(steps, "; "), current);
}

std::optional<int> check_schema_version(ObjectReader& reader, Issues& issues, DocumentKind kind) {
  const auto version = reader.integer("schema_version", 0, 1000000, true);
  if (!version) return std::nullopt;
  if (auto problem = schema_version_problem(kind, *version)) {
    issues.add(reader.pointer("schema_version"), *problem);
    return std::nullopt;
  }
  return static_cast<int>(*version);
}

}  // namespace airgov
