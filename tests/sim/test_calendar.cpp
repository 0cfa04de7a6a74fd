#include "sim/schedule/calendar.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace airgov {
namespace {

std::vector<int> lengths(const Calendar& calendar) {
  std::vector<int> out;
  for (const auto& p : calendar.periods()) out.push_back(p.days);
  return out;
}

// Periods are numbered in order, tile the horizon without gaps, and start on their first day.
void expect_tiling(const Calendar& calendar) {
  int next = 0;
  for (std::size_t k = 0; k < calendar.periods().size(); ++k) {
    const auto& p = calendar.periods()[k];
    EXPECT_EQ(p.index, static_cast<int>(k));
    EXPECT_EQ(p.first_day, next);
    EXPECT_GT(p.days, 0);
    EXPECT_EQ(p.start, calendar.date(p.first_day));
    next += p.days;
  }
  EXPECT_EQ(next, calendar.days());
}

TEST(Calendar, MonthsOf2013) {
  const Calendar calendar(Date::from_ymd(2013, 1, 1), 365, "month");
  EXPECT_EQ(lengths(calendar), (std::vector<int>{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}));
  expect_tiling(calendar);
  EXPECT_EQ(calendar.periods()[1].start.iso(), "2013-02-01");
  EXPECT_EQ(calendar.periods()[11].start.iso(), "2013-12-01");
  EXPECT_EQ(calendar.periods()[11].first_day, 334);
}

TEST(Calendar, MonthsOfALeapYear) {
  const Calendar calendar(Date::from_ymd(2016, 1, 1), 366, "month");
  ASSERT_EQ(calendar.periods().size(), 12u);
  EXPECT_EQ(calendar.periods()[1].days, 29);
  expect_tiling(calendar);
}

TEST(Calendar, PartialMonthsAtBothEnds) {
  const Calendar calendar(Date::from_ymd(2013, 1, 20), 30, "month");  // Jan 20 .. Feb 18
  EXPECT_EQ(lengths(calendar), (std::vector<int>{12, 18}));
  expect_tiling(calendar);
}

TEST(Calendar, YearsFromMidYear) {
  const Calendar calendar(Date::from_ymd(2015, 7, 1), 731, "year");
  EXPECT_EQ(lengths(calendar), (std::vector<int>{184, 366, 181}));
  expect_tiling(calendar);
  EXPECT_EQ(calendar.periods()[1].start.iso(), "2016-01-01");
  EXPECT_EQ(calendar.periods()[2].start.iso(), "2017-01-01");
  EXPECT_EQ(calendar.date(730).iso(), "2017-06-30");
}

TEST(Calendar, HorizonIsOnePeriod) {
  const Calendar calendar(Date::from_ymd(2013, 1, 1), 365, "horizon");
  ASSERT_EQ(calendar.periods().size(), 1u);
  EXPECT_EQ(calendar.periods()[0].days, 365);
  EXPECT_EQ(calendar.periods()[0].first_day, 0);
  expect_tiling(calendar);
}

TEST(Calendar, SingleDay) {
  for (const char* period : {"month", "year", "horizon"}) {
    const Calendar calendar(Date::from_ymd(2013, 1, 31), 1, period);
    EXPECT_EQ(lengths(calendar), std::vector<int>{1}) << period;
  }
}

TEST(Calendar, NoDaysNoPeriods) {
  const Calendar calendar(Date::from_ymd(2013, 1, 1), 0, "month");
  EXPECT_TRUE(calendar.periods().empty());
  EXPECT_EQ(calendar.days(), 0);
}

TEST(Calendar, Dates) {
  const Calendar calendar(Date::from_ymd(2013, 1, 1), 365, "month");
  EXPECT_EQ(calendar.start(), Date::from_ymd(2013, 1, 1));
  EXPECT_EQ(calendar.date(0).iso(), "2013-01-01");
  EXPECT_EQ(calendar.date(364).iso(), "2013-12-31");
}

}  // namespace
}  // namespace airgov
