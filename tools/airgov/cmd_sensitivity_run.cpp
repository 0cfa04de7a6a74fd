// airgov sensitivity run DESIGN: a Saltelli or Morris design swept (as `airgov sweep`), then each
// regional outcome analysed (Sobol S1/ST, or Morris mu*/sigma) with models/sensitivity, written as
// CSV and as an SVG bar chart per outcome.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "models/sensitivity/morris.hpp"
#include "models/sensitivity/sobol_analysis.hpp"
#include "sim/core/errors.hpp"
#include "sim/ensemble/results_table.hpp"
#include "sim/record/atomic_output.hpp"
#include "tools/airgov/cli_common.hpp"
#include "tools/airgov/commands.hpp"
#include "tools/airgov/sweep_runner.hpp"

namespace airgov::cli {
namespace {

namespace fs = std::filesystem;

struct SensitivityRunArguments {
  SweepOptions sweep;
  std::string out;
};

// Two bars per parameter (first and second series), values clipped to [0, max].
std::string bar_chart(const std::string& title, const std::vector<std::string>& names, const std::string& a_name,
                      const std::vector<double>& a, const std::string& b_name, const std::vector<double>& b) {
  double top = 1e-12;
  for (double v : a) top = std::max(top, std::isfinite(v) ? v : 0.0);
  for (double v : b) top = std::max(top, std::isfinite(v) ? v : 0.0);
  const double width = 80.0 * static_cast<double>(names.size()) + 120, height = 320, base = 260, plot = 210;
  std::string svg = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" font-family=\"sans-serif\" "
      "font-size=\"12\">\n<text x=\"10\" y=\"20\" font-size=\"14\">{}</text>\n"
      "<line x1=\"60\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"black\"/>\n"
      "<text x=\"55\" y=\"{}\" text-anchor=\"end\">{:.3g}</text><text x=\"55\" y=\"{}\" text-anchor=\"end\">0</text>\n",
      width, height, title, base, width - 20, base, base - plot + 4, top, base + 4);
  for (std::size_t k = 0; k < names.size(); ++k) {
    const double x = 70 + 80.0 * static_cast<double>(k);
    const double ha = std::max(0.0, std::isfinite(a[k]) ? a[k] : 0.0) / top * plot;
    const double hb = std::max(0.0, std::isfinite(b[k]) ? b[k] : 0.0) / top * plot;
    svg += fmt::format("<rect x=\"{}\" y=\"{:.2f}\" width=\"30\" height=\"{:.2f}\" fill=\"#0072B2\"><title>{} {}: {:.4g}</title></rect>\n",
                       x, base - ha, ha, names[k], a_name, a[k]);
    svg += fmt::format("<rect x=\"{}\" y=\"{:.2f}\" width=\"30\" height=\"{:.2f}\" fill=\"#E69F00\"><title>{} {}: {:.4g}</title></rect>\n",
                       x + 32, base - hb, hb, names[k], b_name, b[k]);
    svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", x + 31, base + 18, names[k]);
  }
  svg += fmt::format("<rect x=\"{}\" y=\"30\" width=\"12\" height=\"12\" fill=\"#0072B2\"/><text x=\"{}\" y=\"41\">{}</text>\n"
                     "<rect x=\"{}\" y=\"48\" width=\"12\" height=\"12\" fill=\"#E69F00\"/><text x=\"{}\" y=\"59\">{}</text>\n</svg>\n",
                     width - 110, width - 94, a_name, width - 110, width - 94, b_name);
  return svg;
}

int sensitivity_run(SensitivityRunArguments& args) {
  const auto design = ensemble::load_design(args.sweep.design, ScenarioSource());
  if (design.method != ensemble::SamplingMethod::saltelli && design.method != ensemble::SamplingMethod::morris) {
    throw InvalidInputError({InputIssue{design.file, "/sampling/method",
                                        "sensitivity run needs \"saltelli\" or \"morris\" sampling (use sweep for others)"}});
  }
  const fs::path dir = args.out.empty() ? fs::path(design.name + "-sensitivity") : fs::path(args.out);
  fs::create_directories(dir);
  args.sweep.out = (dir / "runs.csv").string();
  const int swept = run_sweep(args.sweep);
  if (swept != kExitOk) {
    spdlog::error("some runs failed (see {}): no indices", ensemble::manifest_path(args.sweep.out).string());
    return swept;
  }
  const auto plan = make_plan(design);
  sensitivity::Problem problem;
  std::vector<std::string> names;
  for (const auto& p : design.parameters) {
    problem.parameters.push_back({p.name, p.lower, p.upper});
    names.push_back(p.name);
  }
  // Outputs per point: the mean over its replicates (rows are in run-id order, point-major).
  const std::size_t first = 4 + design.parameters.size();
  std::vector<std::vector<double>> outputs(design.outcomes.size(), std::vector<double>(plan.points(), 0.0));
  {
    std::ifstream in(args.sweep.out, std::ios::binary);
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
      std::istringstream cells(line);
      std::string cell;
      std::size_t point = 0;
      for (std::size_t k = 0; std::getline(cells, cell, ','); ++k) {
        if (k == 1) point = std::stoull(cell);
        if (k >= first && k < first + design.outcomes.size()) {
          outputs[k - first][point] += (cell.empty() ? std::nan("") : std::stod(cell)) / design.replicates;
        }
      }
    }
  }
  sensitivity::Rows samples;
  for (std::size_t i = 0; i < plan.points(); ++i) {
    std::vector<double> row;
    for (std::size_t k = 0; k < names.size(); ++k) row.push_back(plan.value(i, k));
    samples.push_back(row);
  }
  for (std::size_t o = 0; o < design.outcomes.size(); ++o) {
    const std::string& outcome = design.outcomes[o];
    try {
      if (design.method == ensemble::SamplingMethod::saltelli) {
        sensitivity::SobolOptions options;
        options.max_order = design.max_order;
        options.seed = design.seed;
        const auto indices = sensitivity::sobol_analyze(problem, outputs[o], options);
        write_file_atomically(dir / (outcome + ".csv"), sensitivity::sobol_first_total_csv(problem, indices));
        if (design.max_order == 2) {
          write_file_atomically(dir / (outcome + ".S2.csv"), sensitivity::sobol_second_order_csv(problem, indices));
        }
        write_file_atomically(dir / (outcome + ".svg"),
                              bar_chart("Sobol indices of " + outcome, names, "S1", indices.s1, "ST", indices.st));
      } else {
        sensitivity::MorrisOptions options;
        options.seed = design.seed;
        const auto indices = sensitivity::morris_analyze(problem, samples, outputs[o], options);
        write_file_atomically(dir / (outcome + ".csv"), sensitivity::morris_csv(problem, indices));
        write_file_atomically(dir / (outcome + ".svg"), bar_chart("Morris elementary effects of " + outcome, names,
                                                                  "mu_star", indices.mu_star, "sigma", indices.sigma));
      }
      spdlog::info("{}: {}.csv and {}.svg", dir.string(), outcome, outcome);
    } catch (const std::invalid_argument& e) {
      spdlog::warn("{}: no indices: {}", outcome, e.what());
    }
  }
  return kExitOk;
}

}  // namespace

void add_sensitivity_run_command(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<SensitivityRunArguments>();
  auto* parent = app.get_subcommand("sensitivity");
  auto* sub = parent->add_subcommand("run", "Sweep a Saltelli or Morris design and write each outcome's indices "
                                            "(CSV) and an SVG bar chart (S1/ST, or mu*/sigma) into a folder");
  sub->add_option("DESIGN", args->sweep.design, "Design file with \"saltelli\" or \"morris\" sampling")->required();
  sub->add_option("--out", args->out, "Folder for runs.csv (+ manifest), OUTCOME.csv and OUTCOME.svg "
                                      "(default: <design name>-sensitivity)");
  sub->add_option("--threads", args->sweep.threads, "Worker threads (default: all cores)")->check(CLI::Range(1u, 4096u));
  sub->add_flag("--resume", args->sweep.resume, "Continue an interrupted run table");
  sub->add_flag("--force", args->sweep.force, "Replace an existing run table");
  sub->callback([args, &chosen] { chosen = [args] { return sensitivity_run(*args); }; });
}

}  // namespace airgov::cli
