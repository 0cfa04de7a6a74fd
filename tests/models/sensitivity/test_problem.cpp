// SALib problem files: parsing, comments, and every malformed line reported with its number.
#include "models/sensitivity/problem.hpp"

#include <gtest/gtest.h>

#include "models/sensitivity/sample_io.hpp"
#include "sim/core/errors.hpp"
#include "tests/sim/temp_dir.hpp"

namespace airgov::sensitivity {
namespace {

TEST(Problem, ParsesNamesAndBoundsSkippingCommentsAndBlankLines) {
  const Problem p = parse_problem("# levers\nfunding 0 1\n\n  tech\t0.5  2.5e0 # comment\r\nx3 -3.14 +3.14\n");
  ASSERT_EQ(p.dimension(), 3u);
  EXPECT_EQ(p.parameters[0].name, "funding");
  EXPECT_EQ(p.parameters[1].name, "tech");
  EXPECT_DOUBLE_EQ(p.parameters[1].lower, 0.5);
  EXPECT_DOUBLE_EQ(p.parameters[1].upper, 2.5);
  EXPECT_DOUBLE_EQ(p.parameters[2].upper, 3.14);
  EXPECT_DOUBLE_EQ(p.scale(1, 0.5), 1.5);
}

TEST(Problem, ReportsEveryMalformedLineWithItsNumber) {
  try {
    parse_problem("a 0 1\nb 0\nc 1 0\nd 0 x\na 0 2\ne 0 1 group1\n", "p.txt");
    FAIL() << "expected InvalidInputError";
  } catch (const InvalidInputError& e) {
    const std::string what = e.what();
    EXPECT_EQ(e.issues().size(), 5u) << what;
    EXPECT_NE(what.find("p.txt: line 2: expected `name lower upper`, found 2 fields"), std::string::npos) << what;
    EXPECT_NE(what.find("p.txt: line 3: c: lower bound 1 must be below upper bound 0"), std::string::npos) << what;
    EXPECT_NE(what.find("p.txt: line 4: d: upper bound `x` is not a finite number"), std::string::npos) << what;
    EXPECT_NE(what.find("p.txt: line 5: parameter `a` is defined twice"), std::string::npos) << what;
    EXPECT_NE(what.find("p.txt: line 6:"), std::string::npos) << what;
    EXPECT_NE(what.find("group"), std::string::npos) << what;
    EXPECT_EQ(e.code(), kExitInvalidInput);
  }
}

TEST(Problem, RefusesAnEmptyProblemAndNonFiniteBounds) {
  EXPECT_THROW(parse_problem("# nothing\n\n"), InvalidInputError);
  EXPECT_THROW(parse_problem("a 0 inf\n"), InvalidInputError);
  EXPECT_THROW(parse_problem("a nan 1\n"), InvalidInputError);
}

TEST(Problem, MissingFileIsExit66) {
  test::TempDir dir;
  try {
    read_problem(dir / "absent.txt");
    FAIL();
  } catch (const MissingFileError& e) {
    EXPECT_EQ(e.code(), kExitMissingFile);
    EXPECT_NE(std::string(e.what()).find("absent.txt"), std::string::npos);
  }
  const auto file = dir.write("p.txt", "x 0 1\ny 2 3\n");
  EXPECT_EQ(read_problem(file).dimension(), 2u);
}

TEST(SampleIo, RowsRoundTripExactly) {
  test::TempDir dir;
  const Rows rows = {{0.1, -1e-300, 3.0}, {1.0 / 3.0, 2.5e10, -0.0}};
  const auto file = dir.write("s.txt", format_rows(rows));
  EXPECT_EQ(test::read_text(file), "0.1 -1e-300 3\n0.3333333333333333 25000000000 -0\n");
  EXPECT_EQ(read_rows(file, 3), rows);
  try {
    read_rows(file, 2);
    FAIL();
  } catch (const InvalidInputError& e) {
    EXPECT_NE(std::string(e.what()).find("line 1: expected 2 values"), std::string::npos) << e.what();
  }
}

TEST(SampleIo, OutputsOneValuePerLineOrAChosenColumn) {
  test::TempDir dir;
  const auto file = dir.write("y.txt", "1.5 7\n# c\n\n-2 8\n");
  EXPECT_EQ(read_outputs(file), (std::vector<double>{1.5, -2.0}));
  EXPECT_EQ(read_outputs(file, 1), (std::vector<double>{7.0, 8.0}));
  const auto bad = dir.write("bad.txt", "1\nabc\n3\n");
  try {
    read_outputs(bad);
    FAIL();
  } catch (const InvalidInputError& e) {
    EXPECT_NE(std::string(e.what()).find("bad.txt: line 2: `abc` is not a finite number"), std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace airgov::sensitivity
