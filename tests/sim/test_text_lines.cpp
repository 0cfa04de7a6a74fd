#include "sim/core/text_lines.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace airgov {
namespace {

std::vector<std::string> all_lines(std::string_view text) {
  TextLines lines(text);
  std::vector<std::string> out;
  std::string_view line;
  while (lines.next(line)) {
    EXPECT_EQ(lines.number(), static_cast<int>(out.size()) + 1);
    out.emplace_back(line);
  }
  return out;
}

TEST(TextLines, SplitsAtNewlinesAndNumbersFromOne) {
  EXPECT_EQ(all_lines("a,b\nc\n\nd"), (std::vector<std::string>{"a,b", "c", "", "d"}));
}

TEST(TextLines, AFinalNewlineStartsNoLineAndCarriageReturnsAreDropped) {
  EXPECT_EQ(all_lines("x\r\ny\r\n"), (std::vector<std::string>{"x", "y"}));
  EXPECT_EQ(all_lines("only\r"), (std::vector<std::string>{"only"}));
}

TEST(TextLines, EmptyTextHasNoLine) {
  TextLines lines("");
  std::string_view line;
  EXPECT_FALSE(lines.next(line));
  EXPECT_EQ(lines.number(), 0);
  EXPECT_EQ(all_lines("\n"), (std::vector<std::string>{""}));
}

}  // namespace
}  // namespace airgov
