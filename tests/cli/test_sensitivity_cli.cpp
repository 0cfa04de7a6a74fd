// airgov sensitivity end to end, as a SALib user scripts it: sample, evaluate the model (Ishigami,
// here in the test), analyze; and the exit codes of bad input.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "models/sensitivity/test_functions.hpp"
#include "tests/cli/cli_runner.hpp"

namespace airgov::testing {
namespace {

const char* kIshigamiProblem = "# Ishigami test function\nx1 -3.141592653589793 3.141592653589793\n"
                               "x2 -3.141592653589793 3.141592653589793\nx3 -3.141592653589793 3.141592653589793\n";

std::string q(const std::filesystem::path& path) { return fmt::format("'{}'", path.string()); }

// Evaluates `f` on every row of a sample file, one output per line.
template <class F>
std::string evaluate_file(const std::filesystem::path& sample, std::size_t* rows, F f) {
  std::ifstream in(sample);
  std::string line, out;
  *rows = 0;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::vector<double> x;
    for (double v; fields >> v;) x.push_back(v);
    out += fmt::format("{}\n", f(x));
    ++*rows;
  }
  return out;
}

// The CSV as rows of fields.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::vector<std::string> fields;
    std::istringstream cells(line);
    for (std::string cell; std::getline(cells, cell, ',');) fields.push_back(cell);
    rows.push_back(fields);
  }
  return rows;
}

TEST(SensitivityCli, SaltelliSampleEvaluateAnalyzeIshigami) {
  TempDir dir;
  dir.write("problem.txt", kIshigamiProblem);
  auto r = run_airgov("sensitivity sample saltelli -p " + q(dir / "problem.txt") + " -n 4096 --seed 3 -o " +
                      q(dir / "sample.txt"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::size_t rows = 0;
  dir.write("y.txt", evaluate_file(dir / "sample.txt", &rows, [](const std::vector<double>& x) {
              return sensitivity::ishigami(x);
            }));
  EXPECT_EQ(rows, 4096u * 8u);

  r = run_airgov("sensitivity analyze sobol -p " + q(dir / "problem.txt") + " -Y " + q(dir / "y.txt") + " -o " +
                 q(dir / "result.csv"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string csv = read_file(dir / "result.csv");
  const std::string s2 = read_file(dir / "result.S2.csv");
  EXPECT_EQ(r.out, csv + "\n" + s2);  // the same tables are printed
  const auto table = parse_csv(csv);
  ASSERT_EQ(table.size(), 4u) << csv;
  EXPECT_EQ(table[0], (std::vector<std::string>{"parameter", "S1", "S1_conf", "ST", "ST_conf"}));
  const auto exact = sensitivity::ishigami_indices();
  for (std::size_t j = 0; j < 3; ++j) {
    ASSERT_EQ(table[j + 1].size(), 5u);
    EXPECT_EQ(table[j + 1][0], fmt::format("x{}", j + 1));
    EXPECT_NEAR(std::stod(table[j + 1][1]), exact.s1[j], 0.04) << csv;
    EXPECT_NEAR(std::stod(table[j + 1][3]), exact.st[j], 0.04) << csv;
  }
  const auto pairs = parse_csv(s2);
  ASSERT_EQ(pairs.size(), 4u) << s2;
  EXPECT_EQ(pairs[0], (std::vector<std::string>{"parameter_1", "parameter_2", "S2", "S2_conf"}));
  EXPECT_EQ(pairs[2][0] + pairs[2][1], "x1x3");
  EXPECT_NEAR(std::stod(pairs[2][2]), exact.s13, 0.07) << s2;

  // The same command gives the same bytes.
  auto again = run_airgov("sensitivity sample saltelli -p " + q(dir / "problem.txt") + " -n 4096 --seed 3 -o " +
                          q(dir / "again.txt"));
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(read_file(dir / "again.txt"), read_file(dir / "sample.txt"));
}

TEST(SensitivityCli, MorrisSampleEvaluateAnalyze) {
  TempDir dir;
  dir.write("problem.txt", kIshigamiProblem);
  auto r = run_airgov("sensitivity sample morris -p " + q(dir / "problem.txt") + " -n 50 --levels 4 -o " +
                      q(dir / "x.txt"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::size_t rows = 0;
  dir.write("y.txt", evaluate_file(dir / "x.txt", &rows, [](const std::vector<double>& x) {
              return sensitivity::ishigami(x);
            }));
  EXPECT_EQ(rows, 50u * 4u);
  r = run_airgov("sensitivity analyze morris -p " + q(dir / "problem.txt") + " -X " + q(dir / "x.txt") + " -Y " +
                 q(dir / "y.txt") + " -o " + q(dir / "morris.csv"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto table = parse_csv(read_file(dir / "morris.csv"));
  ASSERT_EQ(table.size(), 4u);
  EXPECT_EQ(table[0], (std::vector<std::string>{"parameter", "mu", "mu_star", "sigma", "mu_star_conf"}));
  EXPECT_EQ(r.out, read_file(dir / "morris.csv"));
}

TEST(SensitivityCli, NotAPowerOfTwoIsAUsageError) {
  TempDir dir;
  dir.write("problem.txt", kIshigamiProblem);
  const auto r = run_airgov("sensitivity sample saltelli -p " + q(dir / "problem.txt") + " -n 1000 -o " +
                            q(dir / "sample.txt"));
  EXPECT_EQ(r.exit_code, 64) << r.err;
  EXPECT_NE(r.err.find("N must be a power of two"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("512 or 1024"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "sample.txt"));
  EXPECT_EQ(run_airgov("sensitivity sample saltelli -p " + q(dir / "problem.txt") + " -n 8 --max-order 3 -o " +
                       q(dir / "sample.txt"))
                .exit_code,
            64);
}

TEST(SensitivityCli, MissingProblemFileIs66) {
  TempDir dir;
  const auto r = run_airgov("sensitivity sample saltelli -p " + q(dir / "absent.txt") + " -n 8 -o " +
                            q(dir / "sample.txt"));
  EXPECT_EQ(r.exit_code, 66) << r.err;
  EXPECT_NE(r.err.find("absent.txt"), std::string::npos) << r.err;
}

TEST(SensitivityCli, MalformedProblemLineIs65NamingTheLine) {
  TempDir dir;
  dir.write("problem.txt", "# two parameters\na 0 1\nb 2\n");
  const auto r = run_airgov("sensitivity sample morris -p " + q(dir / "problem.txt") + " -n 4 -o " +
                            q(dir / "sample.txt"));
  EXPECT_EQ(r.exit_code, 65) << r.err;
  EXPECT_NE(r.err.find("problem.txt: line 3:"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "sample.txt"));
}

TEST(SensitivityCli, OutputsThatDoNotFitTheSampleAre65) {
  TempDir dir;
  dir.write("problem.txt", kIshigamiProblem);
  dir.write("y.txt", "1\n2\n3\n");
  const auto r = run_airgov("sensitivity analyze sobol -p " + q(dir / "problem.txt") + " -Y " + q(dir / "y.txt"));
  EXPECT_EQ(r.exit_code, 65) << r.err;
  EXPECT_NE(r.err.find("y.txt"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace airgov::testing
