// airgov sweep and merge end to end through the binary: the reproducibility promise (README,
// "Sweeps and clusters"): the same design gives byte-identical tables (and manifests apart from
// date and shard) for any --threads, any shard split after merge, any MPI rank count, and with or
// without an interruption and resume.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include <nlohmann/json.hpp>

#include "sim/core/sha256.hpp"
#include "tests/cli/cli_runner.hpp"

namespace airgov::testing {
namespace {

namespace fs = std::filesystem;

const std::string kTiny = std::string(AIRGOV_SOURCE_DIR) + "/scenarios/designs/tiny.json";

std::string hash_of(const fs::path& p) { return sha256_hex(read_file(p)); }

// The manifest without the fields the promise leaves out.
std::string stable_manifest(const fs::path& table) {
  auto j = nlohmann::json::parse(read_file(table.string() + ".manifest.json"));
  j.erase("date");
  j.erase("shard");
  return j.dump();
}

// Single-quoted for the shell (built with append: GCC 12 warns falsely on "'" + string).
std::string q(const fs::path& p) {
  std::string quoted = "'";
  quoted.append(p.string()).append("'");
  return quoted;
}

class Sweep : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    reference_ = new TempDir();
    const auto r = run_airgov("sweep " + q(kTiny) + " --threads 1 --no-progress --out " + q(*reference_ / "one.csv"));
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() { delete reference_; }
  static fs::path reference() { return *reference_ / "one.csv"; }
  static TempDir* reference_;
};
TempDir* Sweep::reference_ = nullptr;

TEST_F(Sweep, TableHasOneRowPerRunWithNamedColumns) {
  const std::string table = read_file(reference());
  const std::string header = table.substr(0, table.find('\n'));
  EXPECT_EQ(header,
            "run_id,point_id,replicate,seed,funding,rule,pm25_mean,heavy_days,cost,payoff,deaths,cooperation_index,"
            "pm25_mean.beijing,heavy_days.beijing,cost.beijing,payoff.beijing,deaths.beijing");
  EXPECT_EQ(std::count(table.begin(), table.end(), '\n'), 13);
  EXPECT_NE(table.find("\n11,3,2,"), std::string::npos);
  const auto manifest = nlohmann::json::parse(read_file(reference().string() + ".manifest.json"));
  EXPECT_EQ(manifest["runs_total"], 12);
  EXPECT_EQ(manifest["complete"], true);
  EXPECT_TRUE(manifest["failed"].empty());
}

TEST_F(Sweep, ThreadCountDoesNotChangeTheBytes) {
  TempDir dir;
  const auto r = run_airgov("sweep " + q(kTiny) + " --threads 2 --no-progress --out " + q(dir / "two.csv"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(hash_of(dir / "two.csv"), hash_of(reference()));
  EXPECT_EQ(stable_manifest(dir / "two.csv"), stable_manifest(reference()));
}

TEST_F(Sweep, ShardsMergedGiveTheSingleProcessBytes) {
  TempDir dir;
  fs::create_directories(dir / "shards");
  for (int i = 0; i < 3; ++i) {
    const auto r = run_airgov("sweep " + q(kTiny) + " --threads 1 --no-progress --shard " + std::to_string(i) +
                              "/3 --out " + q(dir / "shards" / ("s" + std::to_string(i) + ".csv")));
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  // A gap is refused unless --allow-partial.
  fs::rename(dir / "shards" / "s2.csv", dir / "s2.csv");
  fs::rename(dir / "shards" / "s2.csv.manifest.json", dir / "s2.csv.manifest.json");
  auto r = run_airgov("merge " + q(dir / "shards") + " --out " + q(dir / "merged.csv"));
  EXPECT_EQ(r.exit_code, 65) << r.err;
  EXPECT_NE(r.err.find("missing"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "merged.csv"));
  r = run_airgov("merge " + q(dir / "shards") + " --out " + q(dir / "partial.csv") + " --allow-partial");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  fs::rename(dir / "s2.csv", dir / "shards" / "s2.csv");
  fs::rename(dir / "s2.csv.manifest.json", dir / "shards" / "s2.csv.manifest.json");
  fs::remove(dir / "partial.csv");
  fs::remove(dir / "partial.csv.manifest.json");
  r = run_airgov("merge " + q(dir / "shards") + " --out " + q(dir / "merged.csv"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(hash_of(dir / "merged.csv"), hash_of(reference()));
  EXPECT_EQ(stable_manifest(dir / "merged.csv"), stable_manifest(reference()));
}

TEST_F(Sweep, MergeRefusesAShardOfAnotherDesign) {
  TempDir dir;
  std::string other = read_file(kTiny);
  other.replace(other.find("\"seed\": 7"), 9, "\"seed\": 8");
  const fs::path source = fs::path(AIRGOV_SOURCE_DIR) / "scenarios" / "designs";
  dir.write("other.json", other);
  // The copy names the scenario relative to itself: point it at the real one.
  std::string text = read_file(dir / "other.json");
  text.replace(text.find("../default.json"), 15, (source / ".." / "default.json").string());
  dir.write("other.json", text);
  fs::create_directories(dir / "shards");
  auto r = run_airgov("sweep " + q(kTiny) + " --threads 1 --no-progress --shard 0/2 --out " + q(dir / "shards" / "a.csv"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = run_airgov("sweep " + q(dir / "other.json") + " --threads 1 --no-progress --shard 1/2 --out " +
                 q(dir / "shards" / "b.csv"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = run_airgov("merge " + q(dir / "shards") + " --out " + q(dir / "merged.csv"));
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find("different design"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "merged.csv"));
}

TEST_F(Sweep, KilledThenResumedGivesTheSameBytes) {
  TempDir dir;
  const fs::path out = dir / "resumed.csv";
  // Start a sweep in the background and kill it once some rows are on disk.
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    ::execl(AIRGOV_BINARY, AIRGOV_BINARY, "sweep", kTiny.c_str(), "--threads", "1", "--no-progress", "-q", "--out",
            out.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  bool killed = false;
  for (int k = 0; k < 6000; ++k) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    const std::string partial = fs::exists(out) ? read_file(out) : "";
    if (std::count(partial.begin(), partial.end(), '\n') >= 4) {
      ::kill(child, SIGKILL);
      killed = true;
      break;
    }
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  ASSERT_TRUE(killed) << "the sweep ended before it could be interrupted";
  // Simulate a torn last line, as a kill in the middle of a write leaves.
  { std::ofstream(out, std::ios::binary | std::ios::app) << "9,3,0,12345,0.5,nas"; }
  EXPECT_EQ(run_airgov("sweep " + q(kTiny) + " --threads 2 --no-progress --out " + q(out)).exit_code, 73);
  const auto r = run_airgov("sweep " + q(kTiny) + " --threads 2 --no-progress --resume --out " + q(out));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(hash_of(out), hash_of(reference()));
  EXPECT_EQ(stable_manifest(out), stable_manifest(reference()));
}

TEST_F(Sweep, ResumeAfterScatteredRunsSortsTheTable) {
  TempDir dir;
  // Rows 0, 5 and 9 only (as after failures): the resumed table must still come out in order.
  const std::string table = read_file(reference());
  std::istringstream lines(table);
  std::string line, kept;
  int n = 0;
  while (std::getline(lines, line)) {
    if (n == 0 || n == 1 || n == 6 || n == 10) kept += line + "\n";
    ++n;
  }
  dir.write("t.csv", kept);
  const auto r = run_airgov("sweep " + q(kTiny) + " --threads 2 --no-progress --resume --out " + q(dir / "t.csv"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(hash_of(dir / "t.csv"), hash_of(reference()));
}

TEST_F(Sweep, InvalidDesignExits65WithPointers) {
  TempDir dir;
  dir.write("bad.json", R"({"schema_version": 1, "name": "bad", "scenario": ")" + std::string(AIRGOV_SOURCE_DIR) +
                            R"(/scenarios/default.json", "parameters": [{"name": "f", "pointer": "/levers/fundng",
                            "lower": 0, "upper": 1}], "outcomes": ["pm25"]})");
  const auto r = run_airgov("sweep " + q(dir / "bad.json") + " --out " + q(dir / "t.csv"));
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find("/parameters/0/pointer"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("/levers/funding"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("/outcomes/0"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "t.csv"));
}

TEST_F(Sweep, SaltelliDesignRunsTheRowsOfSensitivitySample) {
  TempDir dir;
  dir.write("s.json", R"({"schema_version": 1, "name": "s", "scenario": ")" + std::string(AIRGOV_SOURCE_DIR) +
                          R"(/scenarios/default.json", "seed": 5, "fixed": {"/days": 5},
      "parameters": [{"name": "funding", "pointer": "/levers/funding", "lower": 0, "upper": 1},
                     {"name": "technology", "pointer": "/levers/technology", "lower": 0, "upper": 1}],
      "sampling": {"method": "saltelli", "points": 4}, "outcomes": ["pm25_mean"]})");
  dir.write("p.txt", "funding 0 1\ntechnology 0 1\n");
  auto r = run_airgov("sweep " + q(dir / "s.json") + " --no-progress --out " + q(dir / "s.csv"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = run_airgov("sensitivity sample saltelli -p " + q(dir / "p.txt") + " -n 4 --seed 5 -o " + q(dir / "x.txt"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream table(read_file(dir / "s.csv"));
  std::string line, rows;
  std::getline(table, line);
  while (std::getline(table, line)) {
    std::istringstream cells(line);
    std::string cell, row;
    for (int k = 0; std::getline(cells, cell, ','); ++k) {
      if (k == 4) row = cell;
      if (k == 5) row += " " + cell;
    }
    rows += row + "\n";
  }
  EXPECT_EQ(rows, read_file(dir / "x.txt"));  // N(2D+2) = 24 rows in SALib's order
  // sensitivity run: the same sweep, then the indices and a chart per outcome.
  r = run_airgov("sensitivity run " + q(dir / "s.json") + " --out " + q(dir / "sens"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(read_file(dir / "sens" / "runs.csv"), read_file(dir / "s.csv"));
  EXPECT_EQ(read_file(dir / "sens" / "pm25_mean.csv").rfind("parameter,S1,S1_conf,ST,ST_conf\nfunding,", 0), 0u);
  EXPECT_NE(read_file(dir / "sens" / "pm25_mean.svg").find("<svg"), std::string::npos);
  EXPECT_TRUE(fs::exists(dir / "sens" / "pm25_mean.S2.csv"));
}

TEST_F(Sweep, MpirunGivesTheSingleProcessBytes) {
#ifndef AIRGOV_MPIEXEC
  GTEST_SKIP() << "airgov was built without MPI";
#else
  TempDir dir;
  const std::string command = std::string("cd '") + AIRGOV_SOURCE_DIR + "' && OMPI_ALLOW_RUN_AS_ROOT=1 "
                              "OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 OMPI_MCA_rmaps_base_oversubscribe=1 '" AIRGOV_MPIEXEC
                              "' -np 2 '" + std::string(AIRGOV_BINARY) + "' sweep " + q(kTiny) +
                              " --threads 1 --no-progress -q --out " + q(dir / "mpi.csv") + " > '" +
                              (dir / "log").string() + "' 2>&1";
  const int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << read_file(dir / "log");
  EXPECT_EQ(hash_of(dir / "mpi.csv"), hash_of(reference()));
  EXPECT_EQ(stable_manifest(dir / "mpi.csv"), stable_manifest(reference()));
  EXPECT_FALSE(fs::exists(dir / "mpi.csv.ranks"));
#endif
}

}  // namespace
}  // namespace airgov::testing
