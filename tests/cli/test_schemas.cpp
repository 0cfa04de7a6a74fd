// The JSON Schemas (sim/scenario/schemas/, built into the binary): `airgov schema KIND` prints
// them; every shipped scenario, region and weather file validates against them with valijson
// (Draft 7, nlohmann adapter); the bad-input corpus fails them wherever a schema can express the
// rule; and each property a schema lists is one the loader accepts (no "unknown key").
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <set>

#include "sim/scenario/load.hpp"
#include "tests/cli/cli_runner.hpp"
#include "tools/airgov/embedded.hpp"

namespace airgov::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
const fs::path kRoot = AIRGOV_SOURCE_DIR;
const std::vector<std::string> kKinds = {"scenario", "region", "weather", "design"};

json schema_text(const std::string& kind) {
  for (const auto& file : embedded::schema_files()) {
    if (file.path == "sim/scenario/schemas/" + kind + ".schema.json") return json::parse(file.content);
  }
  ADD_FAILURE() << "no embedded schema " << kind;
  return json::object();
}

class Schemas : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    for (const auto& kind : kKinds) {
      documents_[kind] = schema_text(kind);
      auto schema = std::make_unique<valijson::Schema>();
      valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
      valijson::adapters::NlohmannJsonAdapter adapter(documents_[kind]);
      parser.populateSchema(adapter, *schema);
      schemas_[kind] = std::move(schema);
    }
  }
  // Problems as "/pointer: description", empty when valid.
  static std::vector<std::string> problems(const std::string& kind, const json& document) {
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target(document);
    std::vector<std::string> out;
    if (validator.validate(*schemas_.at(kind), target, &results)) return out;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
      std::string where;
      for (const auto& c : error.context) where += c;
      out.push_back(where + ": " + error.description);
    }
    return out;
  }
  // A scenario with its inline region and weather checked against their own schemas.
  static std::vector<std::string> scenario_problems(const json& document) {
    auto out = problems("scenario", document);
    for (const char* part : {"region", "weather"}) {
      if (document.is_object() && document.contains(part) && document[part].is_object()) {
        for (auto& p : problems(part, document[part])) out.push_back(std::string("/") + part + p);
      }
    }
    return out;
  }
  static inline std::map<std::string, json> documents_;
  static inline std::map<std::string, std::unique_ptr<valijson::Schema>> schemas_;
};

TEST_F(Schemas, AirgovSchemaPrintsEachKindAndRefusesOthers) {
  for (const auto& kind : kKinds) {
    const auto r = run_airgov("schema " + kind);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto printed = json::parse(r.out);
    EXPECT_EQ(printed, documents_.at(kind));
    EXPECT_EQ(printed.at("$schema"), "http://json-schema.org/draft-07/schema#");
    EXPECT_EQ(printed.at("properties").at("schema_version").at("const"), kScenarioSchemaVersion);
  }
  EXPECT_EQ(run_airgov("schema sceanrio").exit_code, 64);
}

TEST_F(Schemas, EveryShippedFileValidates) {
  std::size_t checked = 0;
  for (const auto& entry : fs::recursive_directory_iterator(kRoot / "scenarios")) {
    if (entry.path().extension() != ".json") continue;
    const json document = json::parse(read_file(entry.path()));
    if (!document.is_object() || !document.contains("schema_version")) continue;
    const std::string kind = document.contains("jurisdictions") ? "region"
                             : document.contains("regimes")     ? "weather"
                             : document.contains("parameters")  ? "design"
                                                                : "scenario";
    const auto found = kind == "scenario" ? scenario_problems(document) : problems(kind, document);
    std::string all;
    for (const auto& p : found) all += "\n  " + p;
    EXPECT_TRUE(found.empty()) << entry.path() << " against " << kind << ".schema.json:" << all;
    ++checked;
  }
  EXPECT_GE(checked, 5u);
}

// Rules no JSON Schema states: references between members, sums, dates, sizes, other files.
const std::set<std::string> kSemanticOnly = {
    "dangling_tie",           "dangling_transfer",          "duplicate_id",          "game_vector_length",
    "matrix_rows",            "event_outside_horizon",      "event_impossible_date", "campaign_ends_before_start",
    "range_sector_shares_sum", "weather_file_transition_sum", "weather_file_month_twice", "region_file_syntax",
    "missing_region_file",    "measure_unknown_jurisdiction", "truncated_step_small_region"};

TEST_F(Schemas, TheBadCorpusFailsTheSchemaWhereASchemaCanSayIt) {
  std::size_t checked = 0;
  for (const auto& entry : fs::directory_iterator(kRoot / "tests/corpus/bad")) {
    if (entry.path().extension() != ".json") continue;
    const std::string name = entry.path().stem().string();
    json document;
    try {
      document = json::parse(read_file(entry.path()));
    } catch (const json::exception&) {
      continue;  // not JSON: refused before any schema
    }
    const bool fails = !scenario_problems(document).empty();
    if (kSemanticOnly.count(name)) {
      EXPECT_FALSE(fails) << name << " fails the schema: remove it from kSemanticOnly";
    } else {
      EXPECT_TRUE(fails) << name << " passes scenario.schema.json: the schema misses a rule the loader has";
    }
    ++checked;
  }
  EXPECT_GE(checked, 30u);
}

// Loads a variant of a small valid scenario in memory and returns every message.
std::string load_messages(const json& document) {
  struct Source : FileSystemSource {
    std::string text;
    std::optional<std::string> read(const std::string& path) const override {
      return path == "mem.json" ? std::optional<std::string>(text) : FileSystemSource::read(path);
    }
  } source;
  source.text = document.dump();
  try {
    load_scenario("mem.json", source);
  } catch (const AirgovError& e) {
    return e.what();
  }
  return "";
}

TEST_F(Schemas, EveryPropertyTheSchemaListsIsAKeyTheLoaderKnows) {
  const json base = json::parse(read_file(kRoot / "tests/corpus/bad/unknown_key_top.json"));
  // (object pointer in the scenario, its schema) for the scenario's object members.
  const json& top = documents_.at("scenario");
  std::vector<std::pair<std::string, json>> objects = {{"", top}};
  for (const auto& [key, sub] : top.at("properties").items()) {
    if (sub.value("type", "") == "object" && sub.contains("properties")) objects.emplace_back("/" + key, sub);
  }
  objects.emplace_back("/region", documents_.at("region"));
  objects.emplace_back("/region/jurisdictions/0", documents_.at("region")["properties"]["jurisdictions"]["items"]);
  for (const auto& [pointer, schema] : objects) {
    for (const auto& [key, sub] : schema.at("properties").items()) {
      json document = base;
      json& parent = document[json::json_pointer(pointer)];
      if (!parent.is_object()) parent = json::object();
      if (!parent.contains(key)) parent[key] = nullptr;
      const std::string messages = load_messages(document);
      EXPECT_EQ(messages.find("unknown key \"" + key + "\""), std::string::npos)
          << pointer << "/" << key << " is in the schema but the loader does not know it:\n" << messages;
    }
  }
}

}  // namespace
}  // namespace airgov::testing
