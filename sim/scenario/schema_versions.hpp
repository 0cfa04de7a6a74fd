#pragma once
// The history of the input formats, and what a file of an older or newer schema_version gets.
//
// Every input document (scenario, region, weather, design) carries "schema_version". When a format
// changes, its version goes up by one and the change is added to the table of format_changes()
// (schema_versions.cpp), with what changed and how to update an older file. A file of an older
// version then either loads (the change is marked `migrated` and the loader converts the old form;
// it gets the file's version from check_schema_version) or is refused with a message naming every
// change between its version and the current one and how to make each. A newer version is refused
// with "use a newer airgov". Version 1 is the first published format of every kind, so the table
// is empty today; the tests inject entries to check the messages.
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "sim/scenario/json_reader.hpp"

namespace airgov {

enum class DocumentKind { scenario, region, weather, design };
std::string_view kind_name(DocumentKind kind);

// One change of a format: a `kind` file at schema_version `from` needs it to become `from + 1`.
struct FormatChange {
  DocumentKind kind = DocumentKind::scenario;
  int from = 1;
  std::string change;         // what changed, e.g. "economics/max_effort was renamed effort_cap"
  std::string how_to_update;  // what to edit in an older file
  bool migrated = false;      // the loader still reads `from` files: they load as they are
};

// Every change since version 1, oldest first (empty: version 1 is the only format so far).
std::span<const FormatChange> format_changes();

// The version this airgov reads natively: 1 + the changes of the kind (they must be numbered
// 1, 2, ... in order; a test checks the shipped table).
int current_schema_version(DocumentKind kind, std::span<const FormatChange> changes = format_changes());

// nullopt when a `kind` file at `version` loads; otherwise what to tell its author.
std::optional<std::string> schema_version_problem(DocumentKind kind, long long version,
                                                  std::span<const FormatChange> changes = format_changes());

// Reads the required "schema_version" of a document and adds an issue at its pointer when the
// version does not load. Returns the version when it loads (the loader migrates by it).
std::optional<int> check_schema_version(ObjectReader& reader, Issues& issues, DocumentKind kind);

}  // namespace airgov
