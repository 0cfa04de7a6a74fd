// sim/scenario/schema_versions: what a file of each schema_version gets, for every input kind.
// The shipped table is empty (version 1 is the only format); the migration messages are checked
// on injected tables, which stand for future changes, not for formats that ever existed.
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sim/core/errors.hpp"
#include "sim/ensemble/design.hpp"
#include "sim/scenario/load.hpp"
#include "sim/scenario/schema_versions.hpp"

namespace airgov {
namespace {

const std::string kSource = AIRGOV_SOURCE_DIR;
const DocumentKind kKinds[] = {DocumentKind::scenario, DocumentKind::region, DocumentKind::weather,
                               DocumentKind::design};

bool contains(const std::optional<std::string>& text, const std::string& words) {
  return text && text->find(words) != std::string::npos;
}

TEST(SchemaVersions, TheShippedTableIsConsistentAndEveryKindIsAtVersionOne) {
  for (const auto kind : kKinds) {
    EXPECT_EQ(current_schema_version(kind), kScenarioSchemaVersion) << kind_name(kind);
    // Changes of a kind are numbered 1, 2, ... in order, so "from" is the version that lacks it.
    int expected_from = 1;
    for (const auto& c : format_changes()) {
      if (c.kind != kind) continue;
      EXPECT_EQ(c.from, expected_from++) << kind_name(kind) << ": " << c.change;
      EXPECT_FALSE(c.change.empty());
      EXPECT_FALSE(c.how_to_update.empty());
    }
  }
}

TEST(SchemaVersions, VersionOneLoadsZeroIsTheFirstFormatTwoAndLaterAreNewer) {
  for (const auto kind : kKinds) {
    const std::string name(kind_name(kind));
    EXPECT_EQ(schema_version_problem(kind, 1), std::nullopt) << name;
    const auto zero = schema_version_problem(kind, 0);
    EXPECT_TRUE(contains(zero, "schema_version 0 is not supported: version 1 is the first airgov format")) << *zero;
    EXPECT_TRUE(contains(zero, "set \"schema_version\": 1")) << *zero;
    EXPECT_TRUE(contains(zero, "`airgov schema " + name + "`")) << *zero;
    for (const long long newer : {2LL, 37LL}) {
      const auto message = schema_version_problem(kind, newer);
      EXPECT_TRUE(contains(message, "schema_version " + std::to_string(newer) + " is not supported: it is newer than "
                                    "this airgov, which reads " + name + " files up to version 1; use a newer airgov"))
          << *message;
    }
  }
}

// Two hypothetical changes of the scenario format: 1 -> 2 needs an edit, 2 -> 3 the loader makes.
const std::vector<FormatChange> kInjected = {
    {DocumentKind::scenario, 1, "economics/max_effort was renamed economics/effort_cap",
     "rename the member \"max_effort\" of \"economics\" to \"effort_cap\"", false},
    {DocumentKind::scenario, 2, "levers may be given as percentages", "nothing: version-2 files load as they are",
     true},
};

TEST(SchemaVersions, AnOlderVersionIsToldEveryChangeItNeedsAndHowToMakeIt) {
  EXPECT_EQ(current_schema_version(DocumentKind::scenario, kInjected), 3);
  EXPECT_EQ(current_schema_version(DocumentKind::region, kInjected), 1);  // other kinds unchanged
  const auto one = schema_version_problem(DocumentKind::scenario, 1, kInjected);
  ASSERT_TRUE(one);
  EXPECT_TRUE(contains(one, "schema_version 1 is an older scenario format that this airgov no longer reads (it reads "
                            "version 3)")) << *one;
  EXPECT_TRUE(contains(one, "version 2: economics/max_effort was renamed economics/effort_cap; to update: rename the "
                            "member \"max_effort\" of \"economics\" to \"effort_cap\"")) << *one;
  EXPECT_FALSE(contains(one, "percentages")) << "a change the loader makes needs no edit: " << *one;
  EXPECT_TRUE(contains(one, "set \"schema_version\": 3")) << *one;
  // Version 2 lacks only the migrated change: it loads. So does 3; 4 is newer; 0 never existed.
  EXPECT_EQ(schema_version_problem(DocumentKind::scenario, 2, kInjected), std::nullopt);
  EXPECT_EQ(schema_version_problem(DocumentKind::scenario, 3, kInjected), std::nullopt);
  EXPECT_TRUE(contains(schema_version_problem(DocumentKind::scenario, 4, kInjected), "up to version 3; use a newer"));
  EXPECT_TRUE(contains(schema_version_problem(DocumentKind::scenario, 0, kInjected), "set \"schema_version\": 3"));
  // The region format did not change: its version 1 still loads and 2 is newer.
  EXPECT_EQ(schema_version_problem(DocumentKind::region, 1, kInjected), std::nullopt);
  EXPECT_TRUE(contains(schema_version_problem(DocumentKind::region, 2, kInjected), "newer"));
}

TEST(SchemaVersions, TheCheckAddsOneIssueAtThePointerAndReturnsTheVersionThatLoads) {
  Issues issues("x.json");
  const Json ok = Json::parse(R"({"schema_version": 1})");
  ObjectReader a(ok, "/region", issues);
  EXPECT_EQ(check_schema_version(a, issues, DocumentKind::region), 1);
  EXPECT_TRUE(issues.empty());
  const Json newer = Json::parse(R"({"schema_version": 2})");
  ObjectReader b(newer, "/region", issues);
  EXPECT_EQ(check_schema_version(b, issues, DocumentKind::region), std::nullopt);
  ASSERT_EQ(issues.list().size(), 1u);
  EXPECT_EQ(issues.list()[0].pointer, "/region/schema_version");
  const Json missing = Json::parse(R"({})");
  ObjectReader c(missing, "", issues);
  EXPECT_EQ(check_schema_version(c, issues, DocumentKind::design), std::nullopt);
  ASSERT_EQ(issues.list().size(), 2u);
  EXPECT_EQ(issues.list()[1].pointer, "/schema_version");
}

// The loaders of all four kinds use the check: a wrong version in each gets the message at its
// pointer, and the file's other problems are still reported in the same pass.
// The documents of a test in memory; any other path from the file system.
class MemorySource : public FileSystemSource {
 public:
  void add(const std::string& path, std::string text) { documents_[path] = std::move(text); }
  std::optional<std::string> read(const std::string& path) const override {
    const auto it = documents_.find(path);
    return it != documents_.end() ? std::optional(it->second) : FileSystemSource::read(path);
  }

 private:
  std::map<std::string, std::string> documents_;
};

class LoaderVersions : public ::testing::Test {
 protected:
  static std::vector<InputIssue> issues_of(const std::string& name, const std::string& text, bool design = false) {
    MemorySource source;
    source.add(name, text);
    try {
      if (design) ensemble::load_design(name, source);
      else load_scenario(name, source);
    } catch (const InvalidInputError& e) {
      return e.issues();
    }
    return {};
  }
  static bool has(const std::vector<InputIssue>& issues, const std::string& pointer, const std::string& words) {
    for (const auto& i : issues) {
      if (i.pointer == pointer && i.message.find(words) != std::string::npos) return true;
    }
    return false;
  }
};

TEST_F(LoaderVersions, ScenarioRegionWeatherAndDesignLoadersAllCheckTheVersion) {
  const std::string scenario = R"({"schema_version": 2, "name": "v", "start_date": "2013-01-01", "days": 1,
    "economics": {"marginal_abatement_cost_cny_per_t": 1},
    "region": {"schema_version": 0, "jurisdictions": []},
    "weather": {"schema_version": 5, "regimes": []}})";
  const auto issues = issues_of("v.json", scenario);
  EXPECT_TRUE(has(issues, "/schema_version", "newer than this airgov, which reads scenario files up to version 1"));
  EXPECT_TRUE(has(issues, "/region/schema_version", "version 1 is the first airgov format"));
  EXPECT_TRUE(has(issues, "/weather/schema_version", "which reads weather files up to version 1"));
  const auto design = issues_of("d.json", R"({"schema_version": 3, "name": "d", "scenario": ")" + kSource +
                                       R"(/scenarios/default.json", "parameters": []})", true);
  EXPECT_TRUE(has(design, "/schema_version", "which reads design files up to version 1")) << design.size();
}

}  // namespace
}  // namespace airgov
