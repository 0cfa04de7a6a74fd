// split_csv_record against hand-split records: quoting, doubled quotes, empty fields, CRLF.
#include <gtest/gtest.h>

#include "sim/core/csv_record.hpp"

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

}  // namespace
}  // namespace airgov
