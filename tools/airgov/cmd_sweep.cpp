// airgov sweep DESIGN: every run of a design (points x replicates), in parallel threads, streamed
// to a CSV table with a sidecar manifest. With --shard i/N (or a Slurm array) only that share of
// run ids; under mpirun (MPI build) the ranks split the run ids and rank 0 writes the table.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <filesystem>
#include <thread>

#include "sim/core/errors.hpp"
#include "tools/airgov/cli_common.hpp"
#include "tools/airgov/commands.hpp"
#include "tools/airgov/sweep_runner.hpp"

#ifdef AIRGOV_WITH_MPI
#include <mpi.h>
#endif

namespace airgov::cli {
namespace {

struct SweepArguments {
  SweepOptions options;
  std::string shard;
  bool no_progress = false;
};

#ifdef AIRGOV_WITH_MPI
// Under mpirun: rank r runs the run ids with run_id % K == r (shard r/K, its own table beside
// --out), then rank 0 merges the K tables into --out, exactly the bytes of a one-process sweep.
// The ranks must share the folder of --out (as on a cluster's shared file system).
int env_int(const char* name) {
  const char* v = std::getenv(name);
  return v ? std::atoi(v) : 0;
}

bool under_mpirun() { return env_int("OMPI_COMM_WORLD_SIZE") > 1 || env_int("PMI_SIZE") > 1; }

int sweep_mpi(SweepOptions options) {
  MPI_Init(nullptr, nullptr);
  int rank = 0, size = 1;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &size);
  int code = kExitOk;
  std::filesystem::path out;
  std::filesystem::path rank_dir;
  try {
    const auto design = ensemble::load_design(options.design, ScenarioSource());
    out = options.out.empty() ? default_out(design, Shard{}) : std::filesystem::path(options.out);
    rank_dir = out.string() + ".ranks";
    std::filesystem::create_directories(rank_dir);
    SweepOptions mine = options;
    mine.shard = Shard{static_cast<std::uint64_t>(rank), static_cast<std::uint64_t>(size)};
    mine.out = (rank_dir / fmt::format("rank-{}-of-{}.csv", rank, size)).string();
    mine.progress = options.progress && rank == 0;
    if (options.threads == 0) {
      const int local = std::max(1, env_int("OMPI_COMM_WORLD_LOCAL_SIZE"));
      mine.threads = std::max(1u, std::thread::hardware_concurrency() / static_cast<unsigned>(local));
    }
    code = run_sweep(mine);
  } catch (const AirgovError& e) {
    spdlog::error("rank {}: {}", rank, e.what());
    code = e.code();
  } catch (const std::exception& e) {
    spdlog::error("rank {}: internal error: {}", rank, e.what());
    code = kExitInternal;
  }
  int worst = 0;
  MPI_Allreduce(&code, &worst, 1, MPI_INT, MPI_MAX, MPI_COMM_WORLD);
  if (rank == 0 && (worst == kExitOk || worst == kExitInternal)) {
    try {
      const int merged = merge_shards(tables_in(rank_dir, {}), out, false);
      std::error_code ec;
      std::filesystem::remove_all(rank_dir, ec);
      worst = std::max(worst, merged);
    } catch (const AirgovError& e) {
      spdlog::error("{}", e.what());
      worst = e.code();
    }
  }
  MPI_Bcast(&worst, 1, MPI_INT, 0, MPI_COMM_WORLD);
  MPI_Finalize();
  return worst;
}
#endif

int sweep(SweepArguments& args) {
  if (!args.shard.empty()) {
    args.options.shard = parse_shard(args.shard);
  } else if (auto slurm = shard_from_slurm()) {
    args.options.shard = *slurm;
    spdlog::info("shard {}/{} from the Slurm array", slurm->index, slurm->count);
  }
  args.options.progress = !args.no_progress;
#ifdef AIRGOV_WITH_MPI
  if (under_mpirun()) {
    if (!args.shard.empty()) throw UsageError("--shard and mpirun do not mix: the MPI ranks are the shards");
    return sweep_mpi(args.options);
  }
#endif
  return run_sweep(args.options);
}

}  // namespace

void add_sweep_command(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<SweepArguments>();
  auto* sub = app.add_subcommand("sweep", "Run every point x replicate of a design file in parallel and stream one "
                                          "CSV row per run (plus FILE.manifest.json)");
  sub->add_option("DESIGN", args->options.design, "Design file (JSON; see scenarios/designs/)")->required();
  sub->add_option("--threads", args->options.threads, "Worker threads (default: all cores)")
      ->check(CLI::Range(1u, 4096u));
  sub->add_option("--out", args->options.out, "Table to write (default: <design name>.csv in this folder)");
  sub->add_flag("--resume", args->options.resume,
                "Continue an interrupted sweep: drop a torn last line, skip the run ids already in --out");
  sub->add_flag("--force", args->options.force, "Replace --out if it exists");
  sub->add_option("--shard", args->shard,
                  "Run only shard i of N (run ids with id % N == i), i from 0; default from a Slurm array "
                  "(SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN of SLURM_ARRAY_TASK_COUNT)");
  sub->add_flag("--no-progress", args->no_progress, "No progress on stderr");
  sub->callback([args, &chosen] { chosen = [args] { return sweep(*args); }; });
}

}  // namespace airgov::cli
