// The bad design files of tests/corpus/bad/designs/ (listed with what is expected in its
// expected.tsv): `airgov sweep` must give each its exit code and a message naming the file and
// the JSON Pointer (or line and column), and write neither the table nor its
// manifest. Scenario files are checked by test_bad_corpus.cpp.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/cli/cli_runner.hpp"
#include "tests/cli/corpus_manifest.hpp"

namespace airgov::testing {
namespace {

namespace fs = std::filesystem;
const fs::path kDesigns = fs::path(AIRGOV_SOURCE_DIR) / "tests/corpus/bad/designs";

std::vector<CorpusCase> design_cases() { return read_corpus_manifest(kDesigns); }

TEST(BadDesignCorpus, EveryFileIsListed) {
  const auto cases = design_cases();
  EXPECT_GE(cases.size(), 25u);
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(kDesigns)) files += entry.path().extension() == ".json";
  EXPECT_EQ(files, cases.size()) << "every tests/corpus/bad/designs/*.json needs a row in expected.tsv";
}

TEST(BadDesignCorpus, SweepGivesEachItsExitCodeAndPointerAndWritesNothing) {
  for (const auto& c : design_cases()) {
    const std::string file = (kDesigns / c.file).string();
    SCOPED_TRACE(file);
    TempDir out;
    const auto r = run_airgov("sweep '" + file + "' --threads 1 --no-progress --out '" + (out / "t.csv").string() +
                              "'");
    EXPECT_EQ(r.exit_code, c.code) << r.err;
    // The file named is the design, or the scenario it names when that is where the problem is.
    EXPECT_NE(r.err.find(c.code == 65 && c.file == "scenario_file_invalid.json" ? "unknown_key_top.json" : c.file),
              std::string::npos)
        << "file not named:\n" << r.err;
    if (c.location != "-") {
      EXPECT_NE(r.err.find(c.location), std::string::npos) << "location not named:\n" << r.err;
    }
    EXPECT_NE(r.err.find(c.words), std::string::npos) << "expected words \"" << c.words << "\":\n" << r.err;
    EXPECT_EQ(r.err.find("internal error"), std::string::npos) << r.err;
    EXPECT_TRUE(fs::is_empty(out.path())) << "something was written";
  }
}

}  // namespace
}  // namespace airgov::testing
