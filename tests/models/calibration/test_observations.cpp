// The observations reader: the shipped file, and every bad line reported with its number.
#include <gtest/gtest.h>

#include "models/calibration/observations.hpp"
#include "sim/core/errors.hpp"

namespace airgov::calibration {
namespace {

const std::string kHeader = "region,year,pm25_ugm3,status,series,source,note\n";

TEST(Observations, ReadsTheShippedFile) {
  const auto rows = read_observations(std::string(AIRGOV_SOURCE_DIR) + "/scenarios/observations/pm25-annual.csv");
  bool beijing = false, xingtai = false;
  for (const auto& o : rows) {
    if (o.region == "Beijing" && o.year == 2013) {
      beijing = true;
      EXPECT_DOUBLE_EQ(o.pm25_ugm3, 89.5);
    }
    if (o.region == "Xingtai" && o.year == 2013) {
      xingtai = true;
      EXPECT_DOUBLE_EQ(o.pm25_ugm3, 155.2);
    }
  }
  EXPECT_TRUE(beijing);
  EXPECT_TRUE(xingtai);
}

TEST(Observations, QuotedFieldsKeepTheirCommas) {
  const auto rows = parse_observations(kHeader + "\"2+26 cities, channel\",2013,114,derived,MEE,\"a, b\",\"x \"\"y\"\"\"\n",
                                       "obs.csv");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].region, "2+26 cities, channel");
  EXPECT_EQ(rows[0].source, "a, b");
  EXPECT_EQ(rows[0].line, 2);
}

TEST(Observations, EveryBadLineIsReportedWithItsNumber) {
  const std::string text = kHeader + "Beijing,2013,89.5,sourced,s,src,\n" + "Tianjin,twenty,96,derived,s,src,\n" +
                           "Hebei,2013,-3,sourced,s,src,\n" + "Langfang,2013,113.8,sourced\n" + "Xingtai,2013,\"155\n";
  try {
    parse_observations(text, "obs.csv");
    FAIL() << "expected InvalidInputError";
  } catch (const InvalidInputError& e) {
    ASSERT_EQ(e.issues().size(), 4u) << e.what();
    EXPECT_EQ(e.issues()[0].pointer, "line 3");
    EXPECT_NE(e.issues()[0].message.find("twenty"), std::string::npos);
    EXPECT_EQ(e.issues()[1].pointer, "line 4");
    EXPECT_EQ(e.issues()[2].pointer, "line 5");
    EXPECT_EQ(e.issues()[3].pointer, "line 6");
    EXPECT_EQ(e.code(), kExitInvalidInput);
    EXPECT_NE(std::string(e.what()).find("obs.csv: line 3: "), std::string::npos);
  }
}

TEST(Observations, WrongHeaderAndEmptyFileAreInvalid) {
  EXPECT_THROW(parse_observations("city,year,value\nBeijing,2013,89.5\n", "obs.csv"), InvalidInputError);
  EXPECT_THROW(parse_observations("", "obs.csv"), InvalidInputError);
}

TEST(Observations, MissingFileIsExit66) {
  try {
    read_observations("/nonexistent/pm25.csv");
    FAIL() << "expected MissingFileError";
  } catch (const MissingFileError& e) {
    EXPECT_EQ(e.code(), kExitMissingFile);
  }
}

}  // namespace
}  // namespace airgov::calibration
