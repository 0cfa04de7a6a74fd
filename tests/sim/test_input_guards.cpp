// Guards at both ends: the parser refuses what would overflow or hang it (numbers beyond a double,
// deep nesting, oversized text) as issues rather than exceptions; the recorders refuse to pass on
// a NaN or an infinity.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "sim/core/errors.hpp"
#include "sim/record/finite_guard.hpp"
#include "sim/scenario/json_reader.hpp"

namespace airgov {
namespace {

TEST(ParseGuards, ANumberBeyondADoubleIsAnIssueWithItsLineAndColumn) {
  Issues issues("f.json");
  EXPECT_FALSE(parse_json("{\n  \"days\": 1e400\n}", issues));
  ASSERT_EQ(issues.list().size(), 1u);
  EXPECT_NE(issues.list()[0].message.find("line 2, column 11"), std::string::npos) << issues.list()[0].message;
  EXPECT_NE(issues.list()[0].message.find("1e400"), std::string::npos) << issues.list()[0].message;
}

TEST(ParseGuards, DeepNestingIsRefusedBeforeParsing) {
  Issues issues("f.json");
  EXPECT_FALSE(parse_json(std::string(1000000, '['), issues));
  ASSERT_EQ(issues.list().size(), 1u);
  EXPECT_NE(issues.list()[0].message.find("nesting deeper than 64"), std::string::npos);
  Issues fine("g.json");
  EXPECT_TRUE(parse_json(std::string(64, '[') + std::string(64, ']'), fine));
}

TEST(ParseGuards, NanAndInfinityAreNotNumbers) {
  for (const char* text : {"{\"a\": NaN}", "{\"a\": Infinity}", "{\"a\": -Infinity}", "{\"a\": nan}"}) {
    Issues issues("f.json");
    EXPECT_FALSE(parse_json(text, issues)) << text;
    EXPECT_EQ(issues.list().size(), 1u) << text;
  }
}

TEST(ParseGuards, RangesRejectNonFiniteValues) {
  EXPECT_FALSE(Range::at_least(0).contains(std::numeric_limits<double>::infinity()));
  EXPECT_FALSE(Range{}.contains(std::nan("")));
}

TEST(FiniteGuard, RefusesNaNAndInfinityNamingTheSeries) {
  const std::vector<double> fine = {0.0, 1e300, -5.0};
  EXPECT_NO_THROW(require_finite(fine, "PM2.5", "day 1"));
  const std::vector<double> bad = {1.0, std::nan("")};
  try {
    require_finite(bad, "PM2.5", "day 3, 2013-01-03");
    FAIL() << "no error";
  } catch (const InternalError& e) {
    EXPECT_EQ(e.code(), kExitInternal);
    EXPECT_NE(std::string(e.what()).find("PM2.5 of jurisdiction #1 is nan (day 3, 2013-01-03)"), std::string::npos)
        << e.what();
  }
  const std::vector<double> infinite = {std::numeric_limits<double>::infinity()};
  EXPECT_THROW(require_finite(infinite, "effort", "x"), InternalError);
}

TEST(FiniteGuard, RefusesANonFiniteNumberInAJsonDocumentByPointer) {
  nlohmann::json document = {{"region", {{"pm25", 3.5}, {"list", {1.0, 2.0}}}}};
  EXPECT_NO_THROW(require_finite(document, "summary"));
  document["region"]["list"][1] = std::numeric_limits<double>::infinity();
  try {
    require_finite(document, "summary");
    FAIL() << "no error";
  } catch (const InternalError& e) {
    EXPECT_NE(std::string(e.what()).find("summary at /region/list/1 is inf"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace airgov
