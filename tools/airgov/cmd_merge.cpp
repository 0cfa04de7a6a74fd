// airgov merge DIR --out FILE: the tables of a sharded sweep (each with its manifest) merged into
// exactly the bytes a single-process sweep writes.
#include <filesystem>

#include "tools/airgov/commands.hpp"
#include "tools/airgov/sweep_runner.hpp"

namespace airgov::cli {
namespace {

struct MergeArguments {
  std::string dir;
  std::string out;
  bool allow_partial = false;
};

}  // namespace

void add_merge_command(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<MergeArguments>();
  auto* sub = app.add_subcommand("merge", "Merge the shard tables of a sweep (every FILE with FILE.manifest.json in "
                                          "DIR) into one table, in run-id order");
  sub->add_option("DIR", args->dir, "Folder holding the shards' tables and manifests")->required();
  sub->add_option("--out", args->out, "Merged table to write (and its manifest)")->required();
  sub->add_flag("--allow-partial", args->allow_partial, "Merge even when run ids or shards are missing");
  sub->callback([args, &chosen] {
    chosen = [args] {
      return merge_shards(tables_in(args->dir, args->out), args->out, args->allow_partial);
    };
  });
}

}  // namespace airgov::cli
