#pragma once
// Errors that reach the user, each with its sysexits code (see README, "Exit codes").
#include <stdexcept>
#include <string>
#include <vector>

namespace airgov {

enum ExitCode : int {
  kExitOk = 0,
  kExitUsage = 64,        // EX_USAGE: bad command line
  kExitInvalidInput = 65, // EX_DATAERR: input file exists but is not valid
  kExitMissingFile = 66,  // EX_NOINPUT: input file missing or unreadable
  kExitInternal = 70,     // EX_SOFTWARE: a bug, or a run that failed numerically
  kExitCannotWrite = 73,  // EX_CANTCREAT: output cannot be written
};

// One problem in an input file: where (file + JSON Pointer, or line:column for syntax) and what.
struct InputIssue {
  std::string file;
  std::string pointer;   // RFC 6901, "" for the whole document
  std::string message;   // what is wrong and what was expected
  std::string format() const;
};

class AirgovError : public std::runtime_error {
 public:
  AirgovError(ExitCode code, const std::string& what) : std::runtime_error(what), code_(code) {}
  ExitCode code() const { return code_; }

 private:
  ExitCode code_;
};

class UsageError : public AirgovError {
 public:
  explicit UsageError(const std::string& what) : AirgovError(kExitUsage, what) {}
};

class MissingFileError : public AirgovError {
 public:
  explicit MissingFileError(const std::string& what) : AirgovError(kExitMissingFile, what) {}
};

class CannotWriteError : public AirgovError {
 public:
  explicit CannotWriteError(const std::string& what) : AirgovError(kExitCannotWrite, what) {}
};

class InternalError : public AirgovError {
 public:
  explicit InternalError(const std::string& what) : AirgovError(kExitInternal, what) {}
};

// All problems found in one pass over an input.
class InvalidInputError : public AirgovError {
 public:
  explicit InvalidInputError(std::vector<InputIssue> issues);
  const std::vector<InputIssue>& issues() const { return issues_; }

 private:
  std::vector<InputIssue> issues_;
};

}  // namespace airgov
