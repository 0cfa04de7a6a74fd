#include "sim/record/atomic_output.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "sim/core/errors.hpp"

namespace airgov {
namespace fs = std::filesystem;

namespace {
std::string unique_suffix() { return fmt::format(".tmp-{}", static_cast<long>(::getpid())); }
}  // namespace

void write_file_atomically(const fs::path& target, std::string_view content) {
  const fs::path temporary = target.string() + unique_suffix();
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw CannotWriteError(fmt::format("{}: cannot create file", target.string()));
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      std::error_code ignore;
      fs::remove(temporary, ignore);
      throw CannotWriteError(fmt::format("{}: write failed", target.string()));
    }
  }
  std::error_code error;
  fs::rename(temporary, target, error);
  if (error) {
    fs::remove(temporary, error);
    throw CannotWriteError(fmt::format("{}: cannot write: {}", target.string(), error.message()));
  }
}

AtomicDirectory::AtomicDirectory(fs::path target, bool replace) : target_(std::move(target)), replace_(replace) {
  std::error_code error;
  if (fs::exists(target_, error) && !replace_) {
    throw CannotWriteError(fmt::format("{}: already exists (use --force to replace it)", target_.string()));
  }
  const fs::path parent = target_.has_parent_path() ? target_.parent_path() : fs::path(".");
  if (!fs::is_directory(parent, error)) {
    throw CannotWriteError(fmt::format("{}: parent folder {} does not exist", target_.string(), parent.string()));
  }
  staging_ = target_.string() + unique_suffix();
  fs::remove_all(staging_, error);
  if (!fs::create_directory(staging_, error)) {
    throw CannotWriteError(fmt::format("{}: cannot create folder: {}", staging_.string(), error.message()));
  }
}

AtomicDirectory::~AtomicDirectory() {
  if (!committed_) {
    std::error_code ignore;
    fs::remove_all(staging_, ignore);
  }
}

void AtomicDirectory::commit() {
  std::error_code error;
  if (fs::exists(target_, error)) {
    // Replacing: move the old one aside first, so a failure never leaves a half-written target.
    const fs::path old = target_.string() + ".old" + unique_suffix();
    fs::rename(target_, old, error);
    if (error) throw CannotWriteError(fmt::format("{}: cannot replace: {}", target_.string(), error.message()));
    fs::rename(staging_, target_, error);
    if (error) {
      fs::rename(old, target_, error);
      throw CannotWriteError(fmt::format("{}: cannot write", target_.string()));
    }
    fs::remove_all(old, error);
  } else {
    fs::rename(staging_, target_, error);
    if (error) throw CannotWriteError(fmt::format("{}: cannot write: {}", target_.string(), error.message()));
  }
  committed_ = true;
}

}  // namespace airgov
