#include "sim/record/atomic_output.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <vector>

#include "sim/core/errors.hpp"
#include "temp_dir.hpp"

namespace airgov {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

std::vector<std::string> entries(const fs::path& folder) {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(folder)) out.push_back(entry.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(AtomicDirectory, FilesAppearOnlyAfterCommit) {
  TempDir dir;
  const fs::path target = dir / "run";
  {
    AtomicDirectory out(target, false);
    EXPECT_TRUE(fs::is_directory(out.staging()));
    EXPECT_NE(out.staging(), target);
    EXPECT_EQ(out.staging().parent_path(), target.parent_path());  // same file system: rename is atomic
    EXPECT_EQ(out.path("daily.csv"), out.staging() / "daily.csv");
    write_file_atomically(out.path("daily.csv"), "a,b\n1,2\n");
    write_file_atomically(out.path("summary.json"), "{}");
    EXPECT_FALSE(fs::exists(target));
    out.commit();
    EXPECT_FALSE(fs::exists(out.staging()));
  }
  ASSERT_TRUE(fs::is_directory(target));
  EXPECT_EQ(entries(target), (std::vector<std::string>{"daily.csv", "summary.json"}));
  EXPECT_EQ(test::read_text(target / "daily.csv"), "a,b\n1,2\n");
  EXPECT_EQ(entries(dir.path()), std::vector<std::string>{"run"});  // nothing left beside it
}

TEST(AtomicDirectory, DestroyedWithoutCommitLeavesNothing) {
  TempDir dir;
  const fs::path target = dir / "run";
  fs::path staging;
  {
    AtomicDirectory out(target, false);
    staging = out.staging();
    write_file_atomically(out.path("daily.csv"), "partial");
  }
  EXPECT_FALSE(fs::exists(target));
  EXPECT_FALSE(fs::exists(staging));
  EXPECT_TRUE(entries(dir.path()).empty());
}

TEST(AtomicDirectory, ExistingTargetIsRefusedUnlessReplace) {
  TempDir dir;
  const fs::path target = dir / "run";
  fs::create_directory(target);
  dir.write("run/old.csv", "old");
  try {
    AtomicDirectory out(target, false);
    FAIL() << "expected CannotWriteError";
  } catch (const CannotWriteError& error) {
    EXPECT_EQ(error.code(), kExitCannotWrite);
  }
  EXPECT_EQ(entries(dir.path()), std::vector<std::string>{"run"});  // no staging folder left

  {
    AtomicDirectory out(target, true);
    write_file_atomically(out.path("new.csv"), "new");
    EXPECT_EQ(entries(target), std::vector<std::string>{"old.csv"});  // untouched until commit
    out.commit();
  }
  EXPECT_EQ(entries(target), std::vector<std::string>{"new.csv"});
  EXPECT_EQ(entries(dir.path()), std::vector<std::string>{"run"});  // the old copy is gone
}

TEST(AtomicDirectory, ReplaceWithoutCommitKeepsTheOldTarget) {
  TempDir dir;
  const fs::path target = dir / "run";
  fs::create_directory(target);
  dir.write("run/old.csv", "old");
  {
    AtomicDirectory out(target, true);
    write_file_atomically(out.path("new.csv"), "new");
  }
  EXPECT_EQ(entries(target), std::vector<std::string>{"old.csv"});
  EXPECT_EQ(entries(dir.path()), std::vector<std::string>{"run"});
}

TEST(AtomicDirectory, MissingParentIsRefused) {
  TempDir dir;
  EXPECT_THROW(AtomicDirectory(dir / "no/such/run", false), CannotWriteError);
  EXPECT_FALSE(fs::exists(dir / "no"));
}

TEST(WriteFileAtomically, WritesAndReplacesWithoutLeftovers) {
  TempDir dir;
  const fs::path target = dir / "out.txt";
  write_file_atomically(target, "first");
  EXPECT_EQ(test::read_text(target), "first");
  write_file_atomically(target, std::string("second\0binary", 13));
  EXPECT_EQ(test::read_text(target), std::string("second\0binary", 13));
  write_file_atomically(target, "");
  EXPECT_EQ(test::read_text(target), "");
  EXPECT_EQ(entries(dir.path()), std::vector<std::string>{"out.txt"});
}

TEST(WriteFileAtomically, UnwritableTargetThrows) {
  TempDir dir;
  EXPECT_THROW(write_file_atomically(dir / "missing-folder/out.txt", "x"), CannotWriteError);
  fs::create_directory(dir / "a-folder");
  dir.write("a-folder/inside.txt", "keep");
  // Renaming a file over a non-empty folder fails: the folder stays and no temporary is left.
  EXPECT_THROW(write_file_atomically(dir / "a-folder", "x"), CannotWriteError);
  EXPECT_EQ(entries(dir.path()), std::vector<std::string>{"a-folder"});
  EXPECT_EQ(test::read_text(dir / "a-folder/inside.txt"), "keep");
}

}  // namespace
}  // namespace airgov
