// split_csv_record against hand-split records: quoting, doubled quotes, empty fields, CRLF; and
// read_csv_table's rows, line numbers and collected problems.
#include <gtest/gtest.h>

#include <utility>

#include "sim/core/csv_record.hpp"
#include "sim/core/errors.hpp"

namespace airgov {
namespace {

using Fields = std::vector<std::string>;

TEST(CsvRecord, SplitsPlainAndQuotedFields) {
  EXPECT_EQ(split_csv_record("a,b,c"), (Fields{"a", "b", "c"}));
  EXPECT_EQ(split_csv_record("\"Handan, Xingtai\",2015,0.37"), (Fields{"Handan, Xingtai", "2015", "0.37"}));
  EXPECT_EQ(split_csv_record("\"say \"\"hi\"\"\",x"), (Fields{"say \"hi\"", "x"}));
}

TEST(CsvRecord, KeepsEmptyFieldsAndDropsTheCarriageReturn) {
  EXPECT_EQ(split_csv_record(""), (Fields{""}));
  EXPECT_EQ(split_csv_record("a,,"), (Fields{"a", "", ""}));
  EXPECT_EQ(split_csv_record("a,b\r"), (Fields{"a", "b"}));
}

TEST(CsvRecord, RefusesAnUnterminatedQuote) {
  EXPECT_FALSE(split_csv_record("a,\"b"));
  EXPECT_FALSE(split_csv_record("\"a,b\r"));
}

const Fields kHeader = {"x", "y"};

std::vector<std::pair<int, Fields>> rows_of(std::string_view text) {
  std::vector<std::pair<int, Fields>> rows;
  read_csv_table(text, "t.csv", kHeader, [&](const Fields& f, int line, const CsvIssue&) { rows.emplace_back(line, f); });
  return rows;
}

std::vector<InputIssue> issues_of(std::string_view text) {
  try {
    read_csv_table(text, "t.csv", kHeader, [](const Fields& f, int, const CsvIssue& issue) {
      if (f[0] == "bad") issue("x is bad");
    });
  } catch (const InvalidInputError& e) {
    return e.issues();
  }
  return {};
}

TEST(CsvTable, RowsCarryTheirLineNumbersAndBlankLinesAreSkipped) {
  const auto rows = rows_of("\nx,y\r\n1,2\n\n\"3,5\",4\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], (std::pair<int, Fields>{3, {"1", "2"}}));
  EXPECT_EQ(rows[1], (std::pair<int, Fields>{5, {"3,5", "4"}}));
}

TEST(CsvTable, EveryProblemIsReportedWithItsLine) {
  const auto issues = issues_of("x,y\nbad,1\n1,2,3\n\"open,1\nok,2\n");
  ASSERT_EQ(issues.size(), 3u);
  EXPECT_EQ(issues[0].pointer, "line 2");
  EXPECT_EQ(issues[0].message, "x is bad");
  EXPECT_EQ(issues[1].pointer, "line 3");
  EXPECT_EQ(issues[1].message, "expected 2 fields (x,y), found 3");
  EXPECT_EQ(issues[2].pointer, "line 4");
  EXPECT_EQ(issues[2].message, "unterminated quoted field");
  EXPECT_EQ(issues[0].file, "t.csv");
}

TEST(CsvTable, AWrongHeaderStopsTheReadingAndAnEmptyTextIsAnError) {
  const auto wrong = issues_of("y,x\nbad,1\n");
  ASSERT_EQ(wrong.size(), 1u);
  EXPECT_EQ(wrong[0].message, "expected the header `x,y`");
  const auto empty = issues_of(" \n");
  ASSERT_EQ(empty.size(), 1u);
  EXPECT_EQ(empty[0].pointer, "line 1");
  EXPECT_EQ(empty[0].message, "empty file: expected the header `x,y`");
}

}  // namespace
}  // namespace airgov
