// The published apportionments file (scenarios/observations/transport-shares.csv): every row of
// the shipped copy classed as a share, a status list or not comparable, and bad files refused with
// the line.
#include "models/calibration/published_shares.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "sim/core/errors.hpp"

namespace airgov::calibration {
namespace {

std::string shipped() {
  std::ifstream in(std::string(AIRGOV_SOURCE_DIR) + "/scenarios/observations/transport-shares.csv");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const std::string kHeader = "receptor,period,regional_share_low,regional_share_high,condition,method,source\n";

TEST(PublishedShares, TheShippedFileIsReadRowByRow) {
  const auto p = parse_published_apportionment(shipped(), "transport-shares.csv");
  ASSERT_EQ(p.shares.size(), 7u);  // Beijing 2013 (3), Beijing 2017 (3), Tianjin 2014
  const PublishedShare& annual = p.shares[0];
  EXPECT_EQ(annual.receptor, "Beijing");
  EXPECT_EQ(annual.year, 2013);
  EXPECT_EQ(annual.day_class, DayClass::annual);
  EXPECT_DOUBLE_EQ(*annual.low, 0.28);
  EXPECT_DOUBLE_EQ(*annual.high, 0.36);
  EXPECT_EQ(annual.line, 2);
  const PublishedShare& episodes = p.shares[1];
  EXPECT_EQ(episodes.day_class, DayClass::heavy);
  EXPECT_DOUBLE_EQ(*episodes.low, 0.50);
  EXPECT_FALSE(episodes.high);  // "above 50 %"
  EXPECT_EQ(p.shares[2].day_class, DayClass::good);
  EXPECT_EQ(p.shares[3].year, 2017);
  EXPECT_EQ(p.shares[5].day_class, DayClass::polluted);  // "moderate days"
  EXPECT_EQ(p.shares[6].receptor, "Tianjin");
  EXPECT_EQ(p.shares[6].year, 2014);

  ASSERT_EQ(p.statuses.size(), 13u);  // 5 receivers, 6 sources, 2 balanced (Wang Y. et al. 2017)
  int receivers = 0, sources = 0, balanced = 0;
  for (const auto& s : p.statuses) {
    EXPECT_EQ(s.year, 2015);
    receivers += s.status == "net_receiver";
    sources += s.status == "net_source";
    balanced += s.status == "balanced";
  }
  EXPECT_EQ(receivers, 5);
  EXPECT_EQ(sources, 6);
  EXPECT_EQ(balanced, 2);
  EXPECT_EQ(p.statuses.front().receptor, "Langfang");
  EXPECT_EQ(p.statuses.back().receptor, "Baoding");
  // A range over the JJJ-13 cities, a winter, a month and a set of episodes.
  ASSERT_EQ(p.not_compared.size(), 4u);
  EXPECT_EQ(p.not_compared.front().first, 9);
}

TEST(PublishedShares, BadRowsAreReportedWithTheirLines) {
  const std::string text = kHeader + "Beijing,2013,0.4,0.3,annual mean,m,s\n" + "Beijing,sometime,0.2,0.3,annual mean,m,s\n" +
                           "Beijing,2013,1.5,,annual mean,m,s\n" + "Beijing,2013,x,,annual mean,m,s\n" + "Beijing,2013\n";
  try {
    parse_published_apportionment(text, "f.csv");
    FAIL() << "accepted";
  } catch (const InvalidInputError& e) {
    ASSERT_EQ(e.issues().size(), 5u);
    EXPECT_EQ(e.issues()[0].pointer, "line 2");
    EXPECT_NE(e.issues()[0].message.find("above regional_share_high"), std::string::npos);
    EXPECT_EQ(e.issues()[1].pointer, "line 3");
    EXPECT_NE(e.issues()[1].message.find("names no year"), std::string::npos);
    EXPECT_NE(e.issues()[2].message.find("`1.5` is not a share"), std::string::npos);
    EXPECT_NE(e.issues()[3].message.find("`x` is not a share"), std::string::npos);
    EXPECT_NE(e.issues()[4].message.find("expected 7 fields (receptor,period,"), std::string::npos);
    EXPECT_NE(e.issues()[4].message.find("found 2"), std::string::npos);
  }
  EXPECT_THROW(parse_published_apportionment("receptor,period\n", "f.csv"), InvalidInputError);
  EXPECT_THROW(parse_published_apportionment("", "f.csv"), InvalidInputError);
}

TEST(PublishedShares, StatusListsAreSplitAndTrimmed) {
  const auto p = parse_published_apportionment(kHeader + "\"A, B ,C\",2015,,,net sources (export more),m,s\r\n", "f");
  ASSERT_EQ(p.statuses.size(), 3u);
  EXPECT_EQ(p.statuses[1].receptor, "B");
  EXPECT_EQ(p.statuses[2].receptor, "C");
  EXPECT_EQ(p.statuses[0].status, "net_source");
  EXPECT_EQ(p.statuses[0].line, 2);
}

}  // namespace
}  // namespace airgov::calibration
