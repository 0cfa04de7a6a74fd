// The bad-input corpus (tests/corpus/bad/, listed with what is expected in expected.tsv), plus
// inputs generated here because they are too big or too odd to commit: binary garbage, NUL bytes,
// 100,000 levels of nesting, a 70 MB file, too many jurisdictions. Each must give its exit code
// and a message naming the file and the JSON Pointer (or line and column), within a time limit,
// through both `validate` and `run --out`, and write nothing.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/cli/cli_runner.hpp"
#include "tests/cli/corpus_manifest.hpp"

namespace airgov::testing {
namespace {

const std::filesystem::path kCorpus = std::filesystem::path(AIRGOV_SOURCE_DIR) / "tests/corpus/bad";

// The cases with the path of each file.
std::vector<CorpusCase> manifest() {
  auto cases = read_corpus_manifest(kCorpus);
  for (auto& c : cases) c.file = (kCorpus / c.file).string();
  return cases;
}

// Under a time limit: a hang fails as exit 124; a crash never exits 65.
CliResult run_limited(const std::string& arguments) { return run_airgov(arguments, AIRGOV_SOURCE_DIR, 60); }

void expect_refused(const CorpusCase& c) {
  SCOPED_TRACE(c.file);
  TempDir out;
  for (const std::string& command :
       {"validate '" + c.file + "'", "run --quiet '" + c.file + "' --out '" + (out / "result").string() + "'"}) {
    const auto r = run_limited(command);
    EXPECT_EQ(r.exit_code, c.code) << command << "\n" << r.err;
    // The file named is the one holding the problem: the input, or a region or weather it names.
    const bool names_file = r.err.find(c.file) != std::string::npos ||
                            r.err.find((kCorpus / "parts").string()) != std::string::npos;
    EXPECT_TRUE(names_file) << "file not named:\n" << r.err;
    if (c.location != "-") {
      EXPECT_NE(r.err.find(c.location), std::string::npos) << "location not named:\n" << r.err;
    }
    EXPECT_NE(r.err.find(c.words), std::string::npos) << "expected words \"" << c.words << "\":\n" << r.err;
    EXPECT_EQ(r.err.find("internal error"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty() || command.rfind("run", 0) != 0) << r.out;
  }
  EXPECT_TRUE(std::filesystem::is_empty(out.path())) << "something was written";
}

TEST(BadInputCorpus, HasAtLeastFortyCasesAndEveryFileIsListed) {
  const auto cases = manifest();
  EXPECT_GE(cases.size(), 40u);
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kCorpus)) files += entry.path().extension() == ".json";
  EXPECT_EQ(files, cases.size()) << "every tests/corpus/bad/*.json needs a row in expected.tsv";
}

TEST(BadInputCorpus, EachGivesItsExitCodeAndPointerAndWritesNothing) {
  for (const auto& c : manifest()) expect_refused(c);
}

class GeneratedBadInput : public ::testing::Test {
 protected:
  std::string write(const std::string& name, const std::string& content) {
    dir_.write(name, content);
    return (dir_ / name).string();
  }
  TempDir dir_;
};

TEST_F(GeneratedBadInput, BinaryGarbage) {
  std::string bytes(4096, '\0');
  unsigned state = 12345;
  for (char& b : bytes) {
    state = state * 1103515245u + 12345u;
    b = static_cast<char>(state >> 16);
  }
  expect_refused({write("garbage.json", bytes), 65, "line 1, column", "invalid JSON"});
}

TEST_F(GeneratedBadInput, NulBytesInsideADocument) {
  expect_refused({write("nul.json", std::string("{\"schema_version\": 1,\0\0\0}", 27)), 65, "line 1, column",
                  "invalid JSON"});
}

TEST_F(GeneratedBadInput, HundredThousandNestedArrays) {
  expect_refused({write("deep.json", std::string(100000, '[') + std::string(100000, ']')), 65, "-",
                  "nesting deeper than 64"});
}

TEST_F(GeneratedBadInput, HundredThousandNestedObjectsUnclosed) {
  std::string text;
  for (int k = 0; k < 100000; ++k) text += "{\"a\":";
  expect_refused({write("deep-objects.json", text), 65, "-", "nesting deeper than 64"});
}

TEST_F(GeneratedBadInput, NestingOneLevelPastTheLimitInsideAMember) {
  const std::string deep = std::string(64, '[') + std::string(64, ']');
  expect_refused({write("deep-member.json", "{\"schema_version\": 1, \"name\": " + deep + "}"), 65, "-",
                  "nesting deeper than 64"});
}

TEST_F(GeneratedBadInput, SeventyMegabyteFile) {
  std::string text = "{\"schema_version\": 1, \"name\": \"";
  text.append(70u << 20, 'x');
  text += "\"}";
  expect_refused({write("huge.json", text), 65, "-", "the limit is 67108864 bytes"});
}

TEST_F(GeneratedBadInput, TooManyJurisdictions) {
  std::string list;
  for (int k = 0; k <= 200000; ++k) list += k ? ",{}" : "{}";
  const std::string root = AIRGOV_SOURCE_DIR;
  const std::string text = R"({"schema_version": 1, "name": "many", "start_date": "2013-01-01", "days": 1, "seed": 1,
    "weather": ")" + root + R"(/scenarios/weather/north-china-plain.json",
    "economics": {"marginal_abatement_cost_cny_per_t": 1},
    "region": {"schema_version": 1, "jurisdictions": [)" + list + "]}}";
  expect_refused({write("many.json", text), 65, "/region/jurisdictions", "the limit is 200000"});
}

}  // namespace
}  // namespace airgov::testing
