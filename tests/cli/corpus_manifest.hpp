#pragma once
// The manifest of a bad-input corpus folder (tests/corpus/bad/expected.tsv and
// tests/corpus/bad/designs/expected.tsv): one tab-separated row per file with its expected exit
// code, the JSON Pointer (or "line L, column C"; "-" for the whole document) and words the message
// must contain. Comment lines start with '#'.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace airgov::testing {

struct CorpusCase {
  std::string file;  // as listed, relative to the corpus folder
  int code = 65;
  std::string location;
  std::string words;
};

inline std::vector<CorpusCase> read_corpus_manifest(const std::filesystem::path& folder) {
  std::vector<CorpusCase> cases;
  std::ifstream in(folder / "expected.tsv");
  if (!in) ADD_FAILURE() << "cannot read " << (folder / "expected.tsv");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream row(line);
    for (std::string f; std::getline(row, f, '\t');) fields.push_back(f);
    if (fields.size() != 4) {
      ADD_FAILURE() << (folder / "expected.tsv") << ": bad row: " << line;
      continue;
    }
    cases.push_back({fields[0], std::stoi(fields[1]), fields[2], fields[3]});
  }
  return cases;
}

}  // namespace airgov::testing
