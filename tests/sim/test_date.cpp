#include "sim/core/date.hpp"

#include <gtest/gtest.h>

namespace airgov {
namespace {

TEST(Date, EpochIsDayZero) {
  const Date epoch = Date::from_ymd(1970, 1, 1);
  EXPECT_EQ(epoch.days_since_epoch, 0);
  EXPECT_EQ(epoch.iso(), "1970-01-01");
  EXPECT_EQ(Date{}.iso(), "1970-01-01");
}

TEST(Date, KnownDayNumbers) {
  EXPECT_EQ(Date::from_ymd(2013, 1, 1).days_since_epoch, 15706);
  EXPECT_EQ(Date::from_ymd(2000, 1, 1).days_since_epoch, 10957);
  EXPECT_EQ(Date::from_ymd(1969, 12, 31).days_since_epoch, -1);
  EXPECT_EQ(Date{15706}.year(), 2013);
  EXPECT_EQ(Date{15706}.month(), 1);
  EXPECT_EQ(Date{15706}.day(), 1);
}

TEST(Date, ParsesValidDates) {
  const auto d = Date::parse("2013-01-01");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->days_since_epoch, 15706);

  const auto leap = Date::parse("2016-02-29");
  ASSERT_TRUE(leap.has_value());
  EXPECT_EQ(leap->year(), 2016);
  EXPECT_EQ(leap->month(), 2);
  EXPECT_EQ(leap->day(), 29);
  EXPECT_TRUE(Date::parse("2000-02-29").has_value());  // divisible by 400: leap
}

TEST(Date, RejectsMalformedOrImpossibleDates) {
  EXPECT_FALSE(Date::parse("2013-02-29").has_value());  // not a leap year
  EXPECT_FALSE(Date::parse("1900-02-29").has_value());  // divisible by 100, not 400
  EXPECT_FALSE(Date::parse("2013-02-30").has_value());
  EXPECT_FALSE(Date::parse("2013-04-31").has_value());
  EXPECT_FALSE(Date::parse("2013-13-01").has_value());
  EXPECT_FALSE(Date::parse("2013-00-10").has_value());
  EXPECT_FALSE(Date::parse("2013-01-00").has_value());
  EXPECT_FALSE(Date::parse("2013-1-01").has_value());
  EXPECT_FALSE(Date::parse("2013-01-1").has_value());
  EXPECT_FALSE(Date::parse("2013/01/01").has_value());
  EXPECT_FALSE(Date::parse("2013-01-01 ").has_value());
  EXPECT_FALSE(Date::parse(" 2013-01-01").has_value());
  EXPECT_FALSE(Date::parse("+013-01-01").has_value());
  EXPECT_FALSE(Date::parse("2013-0a-01").has_value());
  EXPECT_FALSE(Date::parse("").has_value());
}

TEST(Date, DayOfYear) {
  EXPECT_EQ(Date::from_ymd(2013, 1, 1).day_of_year(), 1);
  EXPECT_EQ(Date::from_ymd(2013, 12, 31).day_of_year(), 365);
  EXPECT_EQ(Date::from_ymd(2016, 12, 31).day_of_year(), 366);
  EXPECT_EQ(Date::from_ymd(2016, 3, 1).day_of_year(), 61);
  EXPECT_EQ(Date::from_ymd(2013, 3, 1).day_of_year(), 60);
}

TEST(Date, Arithmetic) {
  const Date a = Date::from_ymd(2013, 1, 1);
  const Date b = Date::from_ymd(2014, 1, 1);
  EXPECT_EQ(b - a, 365);
  EXPECT_EQ((a + 365), b);
  EXPECT_LT(a, b);
  EXPECT_EQ((Date::from_ymd(2016, 2, 28) + 1).iso(), "2016-02-29");
  EXPECT_EQ((Date::from_ymd(2013, 2, 28) + 1).iso(), "2013-03-01");
}

TEST(Date, IsoRoundTripOverACentury) {
  const Date first = Date::from_ymd(1950, 1, 1);
  const Date last = Date::from_ymd(2050, 1, 1);
  int previous_day_of_year = 0;
  for (Date d = first; d < last; d = d + 1) {
    const std::string text = d.iso();
    const auto back = Date::parse(text);
    ASSERT_TRUE(back.has_value()) << text;
    ASSERT_EQ(back->days_since_epoch, d.days_since_epoch) << text;
    ASSERT_EQ(Date::from_ymd(d.year(), d.month(), d.day()), d) << text;
    const int doy = d.day_of_year();
    ASSERT_TRUE(doy == previous_day_of_year + 1 || (doy == 1 && d.month() == 1 && d.day() == 1)) << text;
    previous_day_of_year = doy;
  }
  EXPECT_EQ(last - first, 36525);  // 100 years with 25 leap days (2000 is a leap year)
}

}  // namespace
}  // namespace airgov
