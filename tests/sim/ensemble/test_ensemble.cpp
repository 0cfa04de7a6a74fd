// sim/ensemble: scenario patching by JSON Pointer, design loading, run plans and samplers, and the
// streaming table (ordered writer, torn-line drop, k-way merge).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include "sim/core/errors.hpp"
#include "sim/ensemble/design.hpp"
#include "sim/ensemble/results_table.hpp"
#include "sim/ensemble/run_plan.hpp"
#include "sim/ensemble/scenario_patch.hpp"
#include "sim/scenario/load.hpp"

namespace airgov::ensemble {
namespace {

namespace fs = std::filesystem;

const std::string kSource = AIRGOV_SOURCE_DIR;

struct Dir {
  fs::path path;
  Dir() {
    static int counter = 0;
    path = fs::temp_directory_path() / ("airgov-ensemble-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~Dir() { fs::remove_all(path); }
  fs::path write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
    return path / name;
  }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

ScenarioDescription base() { return load_scenario(kSource + "/scenarios/default.json", FileSystemSource()); }

std::string design_text(const std::string& body) {
  return R"({"schema_version": 1, "name": "t", "scenario": ")" + kSource + R"(/scenarios/default.json", )" + body + "}";
}

std::vector<InputIssue> issues_of(const std::string& text) {
  Dir dir;
  const auto file = dir.write("d.json", text);
  try {
    load_design(file.string(), FileSystemSource());
  } catch (const InvalidInputError& e) {
    return e.issues();
  }
  return {};
}

TEST(ScenarioPatch, SetsLeversEconomicsRuleDaysAndRegionValues) {
  auto s = base();
  Issues issues("design.json");
  const auto lever = resolve_patch_target("/levers/funding", s, "/parameters/0/pointer", issues);
  const auto rule = resolve_patch_target("/decision/rule", s, "/p", issues);
  const auto days = resolve_patch_target("/days", s, "/p", issues);
  const auto mac = resolve_patch_target("/economics/marginal_abatement_cost_cny_per_t", s, "/p", issues);
  const auto beijing = resolve_patch_target("/region/jurisdictions/beijing/abatement_cost_multiplier", s, "/p", issues);
  const auto wind = resolve_patch_target("/weather/regimes/0/wind_speed_ms", s, "/p", issues);
  ASSERT_TRUE(issues.empty());
  apply_patch(s, *lever, 0.25);
  apply_patch(s, *rule, std::string("planner"));
  apply_patch(s, *days, 30.4);
  apply_patch(s, *mac, 5000.0);
  apply_patch(s, *beijing, 2.0);
  apply_patch(s, *wind, 3.5);
  EXPECT_EQ(s.levers.funding, 0.25);
  EXPECT_EQ(s.decision.rule, "planner");
  EXPECT_EQ(s.days, 30);
  EXPECT_EQ(s.economics.marginal_abatement_cost_cny_per_t, 5000.0);
  EXPECT_EQ(beijing->pointer.find("beijing"), std::string::npos);  // canonical: an index
  EXPECT_EQ(s.weather.regimes[0].wind_speed_ms, 3.5);
  EXPECT_EQ(lever->impact, ModelImpact::none);
  EXPECT_EQ(mac->impact, ModelImpact::game);
  EXPECT_EQ(wind->impact, ModelImpact::all);
  EXPECT_THROW(apply_patch(s, *lever, 1.5), std::invalid_argument);
  EXPECT_THROW(apply_patch(s, *rule, std::string("selfish")), std::invalid_argument);
}

TEST(ScenarioPatch, UnknownPointerIsAnIssueWithDidYouMean) {
  const auto s = base();
  Issues issues("design.json");
  EXPECT_FALSE(resolve_patch_target("/levers/fundng", s, "/parameters/2/pointer", issues));
  ASSERT_EQ(issues.list().size(), 1u);
  EXPECT_EQ(issues.list()[0].pointer, "/parameters/2/pointer");
  EXPECT_NE(issues.list()[0].message.find("did you mean \"/levers/funding\""), std::string::npos);
  EXPECT_FALSE(resolve_patch_target("/region/jurisdictions/bejing/abatement_cost_multiplier", s, "/x", issues));
  EXPECT_NE(issues.list()[1].message.find("beijing"), std::string::npos);
}

TEST(Design, LoadsTheShippedDesigns) {
  for (const char* name : {"tiny", "levers"}) {
    const auto d = load_design(kSource + "/scenarios/designs/" + name + ".json", FileSystemSource());
    EXPECT_FALSE(d.parameters.empty()) << name;
    const RunPlan plan(d);
    EXPECT_GT(plan.runs(), 0u);
  }
  const auto tiny = load_design(kSource + "/scenarios/designs/tiny.json", FileSystemSource());
  EXPECT_EQ(tiny.scenario.days, 30);  // fixed
  EXPECT_EQ(RunPlan(tiny).runs(), 12u);
}

TEST(Design, ReportsEveryProblemWithItsPointer) {
  const auto issues = issues_of(design_text(R"(
    "replicates": 0,
    "parameters": [{"name": "f", "pointer": "/levers/fundng", "lower": 0, "upper": 1},
                   {"name": "g", "pointer": "/levers/technology", "lower": 0, "upper": 2},
                   {"name": "r", "pointer": "/decision/rule", "values": ["nash", "planer"]}],
    "outcomes": ["pm25_mean", "heavy_dayz"], "per_jurisdiction": ["bejing"], "extra": 1)"));
  std::set<std::string> pointers;
  for (const auto& i : issues) pointers.insert(i.pointer);
  for (const char* p : {"/replicates", "/parameters/0/pointer", "/parameters/1/upper", "/parameters/2/values/1",
                        "/outcomes/1", "/per_jurisdiction/0", "/extra"}) {
    EXPECT_TRUE(pointers.count(p)) << p;
  }
}

TEST(RunPlan, RunIdsAndSeedsAreStableAndDocumented) {
  auto d = load_design(kSource + "/scenarios/designs/tiny.json", FileSystemSource());
  const RunPlan plan(d);
  const auto r = plan.run(7);
  EXPECT_EQ(r.point_id, 2u);
  EXPECT_EQ(r.replicate, 1u);
  EXPECT_EQ(r.seed, derive_seed(7, 7));
  EXPECT_LT(r.seed, std::uint64_t{1} << 53);
  EXPECT_NE(plan.run(6).seed, plan.run(7).seed);
  d.seeds = SeedPolicy::per_replicate;
  const RunPlan crn(d);
  EXPECT_EQ(crn.run(1).seed, crn.run(4).seed);  // same replicate, other point
  // Grid: the last parameter varies fastest.
  EXPECT_EQ(plan.cell(0, 0), "0");
  EXPECT_EQ(plan.cell(0, 1), "nash");
  EXPECT_EQ(plan.cell(1, 1), "planner");
  EXPECT_EQ(plan.cell(2, 0), "0.5");
  EXPECT_EQ(plan.scenario(3).decision.rule, "planner");
  EXPECT_EQ(plan.scenario(3).levers.funding, 0.5);
}

TEST(Samplers, LatinHypercubeHasOnePointPerStratum) {
  auto d = load_design(kSource + "/scenarios/designs/levers.json", FileSystemSource());
  const std::size_t n = 64;
  const auto points = latin_hypercube_points(d, n);
  const std::size_t dims = d.parameters.size();
  for (std::size_t k = 0; k < dims; ++k) {
    std::vector<int> count(n, 0);
    for (std::size_t i = 0; i < n; ++i) ++count[static_cast<std::size_t>(points[i * dims + k] * static_cast<double>(n))];
    EXPECT_TRUE(std::all_of(count.begin(), count.end(), [](int c) { return c == 1; })) << k;
  }
  EXPECT_EQ(points, latin_hypercube_points(d, n));  // reproducible
  const auto random = random_points(d, 10);
  EXPECT_EQ(random.size(), 10 * dims);
  EXPECT_TRUE(std::all_of(random.begin(), random.end(), [](double v) { return v >= 0 && v < 1; }));
}

TEST(ResultsTable, OrderedWriterWritesRunIdOrderWhateverTheFinishingOrder) {
  std::ostringstream out;
  OrderedRowWriter writer(out, {1, 3, 5, 7, 9}, 3);
  EXPECT_EQ(writer.acquire(2), 5u);
  writer.finish(2, "5\n");
  writer.finish(1, std::nullopt);  // failed: no row
  EXPECT_EQ(out.str(), "");
  writer.finish(0, "1\n");
  EXPECT_EQ(out.str(), "1\n5\n");
  std::thread late([&] { writer.finish(4, "9\n"); });
  late.join();
  writer.finish(3, "7\n");
  EXPECT_EQ(out.str(), "1\n5\n7\n9\n");
  EXPECT_EQ(writer.written(), 5u);
}

TEST(ResultsTable, ScanDropsATornLineAndSortMergesAscendingRuns) {
  Dir dir;
  const auto file = dir.write("t.csv", "run_id,x\n0,a\n2,b\n4,c\n1,d\n3,e\n5,f");
  const auto t = scan_table(file, "run_id,x\n");
  EXPECT_EQ(t.run_ids, (std::vector<std::uint64_t>{0, 2, 4, 1, 3}));
  EXPECT_FALSE(t.sorted);
  EXPECT_EQ(slurp(file), "run_id,x\n0,a\n2,b\n4,c\n1,d\n3,e\n");
  sort_table(file);
  EXPECT_EQ(slurp(file), "run_id,x\n0,a\n1,d\n2,b\n3,e\n4,c\n");
  EXPECT_THROW(scan_table(file, "run_id,y\n"), InvalidInputError);
}

TEST(ResultsTable, MergeInterleavesShardsAndRefusesDuplicates) {
  Dir dir;
  const auto a = dir.write("a.csv", "run_id,x\n0,a\n2,c\n");
  const auto b = dir.write("b.csv", "run_id,x\n1,b\n3,d\n");
  std::ostringstream out;
  merge_tables({a, b}, out);
  EXPECT_EQ(out.str(), "run_id,x\n0,a\n1,b\n2,c\n3,d\n");
  const auto c = dir.write("c.csv", "run_id,x\n2,again\n");
  std::ostringstream dup;
  EXPECT_THROW(merge_tables({a, b, c}, dup), InvalidInputError);
}

TEST(ResultsTable, ManifestRoundTrips) {
  Manifest m;
  m.tool_version = "0.1.0";
  m.design_name = "d";
  m.design_sha256 = "ab";
  m.scenario_sha256 = "cd";
  m.runs_total = 4;
  m.columns = {"run_id"};
  m.failed = {{2, 1, 0, 99, "boom"}};
  m.shard_count = 2;
  Dir dir;
  write_manifest(dir.path / "t.csv", m);
  const auto back = read_manifest(manifest_path(dir.path / "t.csv"));
  EXPECT_EQ(back.to_json().dump(), m.to_json().dump());
}

}  // namespace
}  // namespace airgov::ensemble
