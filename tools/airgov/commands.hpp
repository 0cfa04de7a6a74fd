#pragma once
// Each subcommand registers itself on the CLI11 app; its action returns the exit code.
#include <CLI/CLI.hpp>

#include <functional>

namespace airgov::cli {

using Action = std::function<int()>;

// Each adds a subcommand whose callback stores its action in `chosen`.
void add_run_command(CLI::App& app, Action& chosen);
void add_validate_command(CLI::App& app, Action& chosen);
void add_transport_command(CLI::App& app, Action& chosen);
void add_calibrate_command(CLI::App& app, Action& chosen);
void add_hindcast_command(CLI::App& app, Action& chosen);
void add_compare_command(CLI::App& app, Action& chosen);
void add_sweep_command(CLI::App& app, Action& chosen);
void add_merge_command(CLI::App& app, Action& chosen);
// Adds `run` under `sensitivity` (call after add_sensitivity_command).
void add_sensitivity_run_command(CLI::App& app, Action& chosen);
void add_synth_command(CLI::App& app, Action& chosen);
void add_schema_command(CLI::App& app, Action& chosen);
void add_sensitivity_command(CLI::App& app, Action& chosen);
void add_serve_command(CLI::App& app, Action& chosen);

// The whole program, as main() runs it (also callable in-process).
int main(int argc, char** argv);

}  // namespace airgov::cli
