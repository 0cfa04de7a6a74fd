#pragma once
// Outputs appear whole or not at all. A file is written under a temporary name in its folder and
// renamed over the target; a directory of outputs is filled under a temporary name and renamed
// at the end. Failures raise CannotWriteError (exit 73).
#include <filesystem>
#include <string>
#include <string_view>

namespace airgov {

void write_file_atomically(const std::filesystem::path& target, std::string_view content);

class AtomicDirectory {
 public:
  // Refuses (CannotWriteError) when `target` exists and `replace` is false.
  AtomicDirectory(std::filesystem::path target, bool replace);
  ~AtomicDirectory();  // removes the temporary folder unless committed
  AtomicDirectory(const AtomicDirectory&) = delete;
  AtomicDirectory& operator=(const AtomicDirectory&) = delete;

  // Where to write the files now.
  const std::filesystem::path& staging() const { return staging_; }
  std::filesystem::path path(const std::string& file) const { return staging_ / file; }
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path staging_;
  bool replace_;
  bool committed_ = false;
};

}  // namespace airgov
