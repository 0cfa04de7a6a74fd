#pragma once
// Runs the real airgov binary as a user would, capturing exit code, stdout and stderr.
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace airgov::testing {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A fresh temporary folder, removed when the object goes.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("airgov-cli-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
  void write(const std::string& name, const std::string& content) const {
    std::ofstream(path_ / name, std::ios::binary) << content;
  }

 private:
  std::filesystem::path path_;
};

// `arguments` is passed through the shell; quote paths that need it. With a time limit, a run
// that does not end within it is stopped and fails with exit 124 (timeout(1)).
inline CliResult run_airgov(const std::string& arguments, const std::string& cwd = AIRGOV_SOURCE_DIR,
                            int time_limit_seconds = 0) {
  TempDir capture;
  const std::string limit = time_limit_seconds > 0 ? "timeout " + std::to_string(time_limit_seconds) + " " : "";
  const std::string command = "cd '" + cwd + "' && " + limit + "'" + std::string(AIRGOV_BINARY) + "' " + arguments +
                              " > '" + (capture / "out").string() + "' 2> '" + (capture / "err").string() + "'";
  const int status = std::system(command.c_str());
  CliResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_file(capture / "out");
  result.err = read_file(capture / "err");
  return result;
}

}  // namespace airgov::testing
