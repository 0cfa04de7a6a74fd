// airgov sensitivity: SALib's sample and analyze commands, with SALib's flags and file formats so
// that scripts carry over.
//   sensitivity sample saltelli -p PROBLEM -n N [--max-order 1|2] [--seed S] -o SAMPLE
//   sensitivity sample morris   -p PROBLEM -n N [--levels L] [--seed S] -o SAMPLE
//   sensitivity analyze sobol   -p PROBLEM -Y OUTPUTS [--max-order 1|2] [-o RESULT.csv]
//   sensitivity analyze morris  -p PROBLEM -X SAMPLE -Y OUTPUTS [-o RESULT.csv]
// The science is in models/sensitivity/.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <iostream>
#include <memory>
#include <stdexcept>

#include "models/sensitivity/morris.hpp"
#include "models/sensitivity/problem.hpp"
#include "models/sensitivity/saltelli.hpp"
#include "models/sensitivity/sample_io.hpp"
#include "models/sensitivity/sobol_analysis.hpp"
#include "sim/core/errors.hpp"
#include "sim/record/atomic_output.hpp"
#include "tools/airgov/commands.hpp"

namespace airgov::cli {

namespace {

namespace sa = airgov::sensitivity;

struct SensitivityArgs {
  std::string problem;
  std::string output;
  std::string inputs;   // -X: the sample the outputs were computed on (Morris)
  std::string outputs;  // -Y: model outputs
  std::size_t n = 0;
  int max_order = 2;
  int levels = sa::kDefaultMorrisLevels;
  std::uint64_t seed = 0;
  std::size_t column = 0;
  std::size_t resamples = sa::kDefaultResamples;
};

void add_problem_option(CLI::App* sub, SensitivityArgs& args) {
  sub->add_option("-p,--paramfile", args.problem,
                  "Problem file (SALib format): one `name lower upper` line per parameter, `#` comments")
      ->required();
}

void add_seed_option(CLI::App* sub, SensitivityArgs& args, const char* what) {
  sub->add_option("-s,--seed", args.seed, what)->capture_default_str();
}

void add_output_options(CLI::App* sub, SensitivityArgs& args) {
  sub->add_option("-Y,--model-output-file", args.outputs,
                  "Model outputs: one row per sample row, in the sample's order")
      ->required();
  sub->add_option("-c,--column", args.column, "Column of the output file to analyse (from 0)")->capture_default_str();
  sub->add_option("-r,--resamples", args.resamples, "Bootstrap resamples for the confidence intervals")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{2}, std::size_t{100000}));
  add_seed_option(sub, args, "Seed of the bootstrap");
  sub->add_option("-o,--output", args.output, "Also write the table to this CSV file");
}

// A library refusal of the data read from `file`, as exit 65.
[[noreturn]] void invalid(const std::string& file, const std::invalid_argument& e) {
  throw InvalidInputError({InputIssue{file, "", e.what()}});
}

void write_sample(const std::string& file, const sa::Rows& rows) {
  write_file_atomically(file, sa::format_rows(rows));
  spdlog::info("wrote {} rows to {}", rows.size(), file);
}

// RESULT.csv -> RESULT.S2.csv (any other name gets .S2.csv appended).
std::string second_order_path(const std::string& result) {
  const std::string suffix = ".csv";
  const bool has_suffix = result.size() > suffix.size() && result.ends_with(suffix);
  return (has_suffix ? result.substr(0, result.size() - suffix.size()) : result) + ".S2.csv";
}

int sample_saltelli(const SensitivityArgs& args) {
  const sa::Problem problem = sa::read_problem(args.problem);
  if (const std::string error = sa::saltelli_size_error(args.n, problem.dimension(), args.max_order); !error.empty()) {
    throw UsageError(error);
  }
  write_sample(args.output, sa::saltelli_sample(problem, args.n, args.max_order, args.seed));
  return kExitOk;
}

int sample_morris(const SensitivityArgs& args) {
  const sa::Problem problem = sa::read_problem(args.problem);
  if (const std::string error = sa::morris_size_error(args.n, problem.dimension(), args.levels); !error.empty()) {
    throw UsageError(error);
  }
  write_sample(args.output, sa::morris_sample(problem, args.n, args.levels, args.seed));
  return kExitOk;
}

int analyze_sobol(const SensitivityArgs& args) {
  const sa::Problem problem = sa::read_problem(args.problem);
  const std::vector<double> y = sa::read_outputs(args.outputs, args.column);
  sa::SobolIndices indices;
  try {
    indices = sa::sobol_analyze(problem, y, sa::SobolOptions{args.max_order, args.resamples, args.seed});
  } catch (const std::invalid_argument& e) {
    invalid(args.outputs, e);
  }
  const std::string first = sa::sobol_first_total_csv(problem, indices);
  const std::string second = args.max_order == 2 ? sa::sobol_second_order_csv(problem, indices) : "";
  if (!args.output.empty()) {
    write_file_atomically(args.output, first);
    if (!second.empty()) write_file_atomically(second_order_path(args.output), second);
  }
  std::cout << first;
  if (!second.empty()) std::cout << '\n' << second;
  return kExitOk;
}

int analyze_morris(const SensitivityArgs& args) {
  const sa::Problem problem = sa::read_problem(args.problem);
  const sa::Rows x = sa::read_rows(args.inputs, problem.dimension());
  const std::vector<double> y = sa::read_outputs(args.outputs, args.column);
  sa::MorrisIndices indices;
  try {
    indices = sa::morris_analyze(problem, x, y, sa::MorrisOptions{args.resamples, args.seed});
  } catch (const std::invalid_argument& e) {
    invalid(x.size() == y.size() ? args.inputs : args.outputs, e);
  }
  const std::string table = sa::morris_csv(problem, indices);
  if (!args.output.empty()) write_file_atomically(args.output, table);
  std::cout << table;
  return kExitOk;
}

// Registers a leaf command whose options fill a fresh SensitivityArgs and whose action runs `run`.
CLI::App* add_leaf(CLI::App* parent, const std::string& name, const std::string& description, Action& chosen,
                   int (*run)(const SensitivityArgs&), const std::shared_ptr<SensitivityArgs>& args) {
  auto* sub = parent->add_subcommand(name, description);
  sub->callback([args, run, &chosen] { chosen = [args, run] { return run(*args); }; });
  return sub;
}

}  // namespace

void add_sensitivity_command(CLI::App& app, Action& chosen) {
  auto* sensitivity = app.add_subcommand(
      "sensitivity", "Global sensitivity analysis with SALib's commands and files: sample, run your model, analyze");
  sensitivity->require_subcommand(1);
  auto* sample = sensitivity->add_subcommand("sample", "Write a sample: one row per model evaluation");
  sample->require_subcommand(1);
  auto* analyze = sensitivity->add_subcommand("analyze", "Sensitivity indices from the model outputs of a sample");
  analyze->require_subcommand(1);

  {
    auto args = std::make_shared<SensitivityArgs>();
    auto* sub = add_leaf(sample, "saltelli",
                         "Saltelli sample for Sobol indices: N(2D+2) rows (N(D+2) with --max-order 1), in SALib's "
                         "order; points N..2N-1 of a Sobol sequence, digitally shifted by the seed",
                         chosen, sample_saltelli, args);
    add_problem_option(sub, *args);
    sub->add_option("-n,--samples", args->n, "Base sample size N, a power of two")->required();
    sub->add_option("--max-order", args->max_order, "2: also the rows for second-order indices")
        ->capture_default_str()
        ->check(CLI::IsMember({1, 2}));
    add_seed_option(sub, *args, "Seed of the digital shift");
    sub->add_option("-o,--output", args->output, "Sample file to write")->required();
  }
  {
    auto args = std::make_shared<SensitivityArgs>();
    auto* sub = add_leaf(sample, "morris",
                         "Morris sample: N trajectories of D+1 rows on a grid of --levels levels", chosen,
                         sample_morris, args);
    add_problem_option(sub, *args);
    sub->add_option("-n,--samples", args->n, "Number of trajectories N")->required();
    sub->add_option("-l,--levels", args->levels, "Levels of the grid (even)")->capture_default_str();
    add_seed_option(sub, *args, "Seed of the trajectories");
    sub->add_option("-o,--output", args->output, "Sample file to write")->required();
  }
  {
    auto args = std::make_shared<SensitivityArgs>();
    auto* sub = add_leaf(analyze, "sobol",
                         "Sobol indices S1, ST (and S2 into RESULT.S2.csv) from the outputs of a Saltelli sample",
                         chosen, analyze_sobol, args);
    add_problem_option(sub, *args);
    sub->add_option("--max-order", args->max_order, "As the sample was drawn; 2 also computes S2")
        ->capture_default_str()
        ->check(CLI::IsMember({1, 2}));
    add_output_options(sub, *args);
  }
  {
    auto args = std::make_shared<SensitivityArgs>();
    auto* sub = add_leaf(analyze, "morris", "Morris mu, mu_star, sigma from a Morris sample and its outputs", chosen,
                         analyze_morris, args);
    add_problem_option(sub, *args);
    sub->add_option("-X,--model-input-file", args->inputs, "The Morris sample the outputs were computed on")
        ->required();
    add_output_options(sub, *args);
  }
}

}  // namespace airgov::cli
