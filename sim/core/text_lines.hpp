#pragma once
// A text walked line by line: lines end at '\n', a trailing '\r' is dropped (files written on
// Windows read the same), and lines are numbered from 1 so that every line-based reader (the
// observations CSV, the sensitivity problem file) reports "line N" alike.
#include <string_view>

namespace airgov {

class TextLines {
 public:
  explicit TextLines(std::string_view text) : text_(text) {}

  // The next line into `line`; false when the text is used up (a final '\n' ends the last line
  // and starts no new one).
  bool next(std::string_view& line) {
    if (start_ >= text_.size()) return false;
    std::size_t end = text_.find('\n', start_);
    if (end == std::string_view::npos) end = text_.size();
    line = text_.substr(start_, end - start_);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    start_ = end + 1;
    ++number_;
    return true;
  }

  // The number of the line last returned by next(), from 1; 0 before the first.
  int number() const { return number_; }

 private:
  std::string_view text_;
  std::size_t start_ = 0;
  int number_ = 0;
};

}  // namespace airgov
