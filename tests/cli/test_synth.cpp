// airgov synth: a valid, reproducible synthetic region, and a scenario that uses it and runs.
#include <gtest/gtest.h>

#include "cli_runner.hpp"

namespace airgov::testing {
namespace {

TEST(Synth, WritesAValidReproducibleRegionAndScenario) {
  TempDir dir;
  const std::string region = (dir / "region.json").string(), scenario = (dir / "scenario.json").string();
  const CliResult made = run_airgov("synth --jurisdictions 40 --seed 3 --out '" + region + "' --scenario '" + scenario + "'");
  ASSERT_EQ(made.exit_code, 0) << made.err;
  const CliResult valid = run_airgov("validate '" + scenario + "'");
  EXPECT_EQ(valid.exit_code, 0) << valid.out << valid.err;
  EXPECT_NE(valid.out.find("40 jurisdictions"), std::string::npos) << valid.out;
  // Same seed, same bytes; another seed, another region.
  const CliResult again = run_airgov("synth --jurisdictions 40 --seed 3");
  ASSERT_EQ(again.exit_code, 0);
  EXPECT_EQ(again.out, read_file(region));
  EXPECT_NE(run_airgov("synth --jurisdictions 40 --seed 4").out, again.out);
  const CliResult ran = run_airgov("run '" + scenario + "' --days 40 --format csv");
  EXPECT_EQ(ran.exit_code, 0) << ran.err;
}

// Above 2000 jurisdictions only nash and planner run; validate and compare say so, as run does
// (exit 65); airgov transport refuses such a region with exit 65 too.
TEST(Synth, ValidateRefusesARuleThatCannotRunAtTheRegionsSize) {
  TempDir dir;
  const std::string region = (dir / "region.json").string(), scenario = (dir / "scenario.json").string();
  ASSERT_EQ(run_airgov("synth --jurisdictions 2001 --out '" + region + "' --scenario '" + scenario + "'").exit_code, 0);
  std::string text = read_file(scenario);
  const auto rule = text.find("\"rule\": \"nash\"");
  ASSERT_NE(rule, std::string::npos) << "the synthetic scenario's rule is expected to be nash";
  EXPECT_EQ(run_airgov("validate '" + scenario + "'").exit_code, 0);
  // The exact source apportionment is dense: airgov transport says so rather than failing inside.
  const CliResult transport = run_airgov("transport '" + scenario + "'");
  EXPECT_EQ(transport.exit_code, 65) << transport.err;
  EXPECT_NE(transport.err.find("/region"), std::string::npos) << transport.err;
  text.replace(rule, std::string("\"rule\": \"nash\"").size(), "\"rule\": \"evolutionary\"");
  dir.write("scenario.json", text);
  const CliResult valid = run_airgov("validate '" + scenario + "'");
  EXPECT_EQ(valid.exit_code, 65) << valid.out << valid.err;
  EXPECT_NE(valid.err.find("/decision/rule"), std::string::npos) << valid.err;
  EXPECT_NE(valid.err.find("nash or planner"), std::string::npos) << valid.err;
  EXPECT_EQ(run_airgov("run '" + scenario + "' --days 1").exit_code, 65);
  // compare loads its files as validate checks them: refused before any run.
  const CliResult compared = run_airgov("compare scenarios/default.json '" + scenario + "' --replicates 1");
  EXPECT_EQ(compared.exit_code, 65) << compared.err;
  EXPECT_NE(compared.err.find("/decision/rule"), std::string::npos) << compared.err;
}

TEST(Synth, RejectsBadArguments) {
  EXPECT_EQ(run_airgov("synth").exit_code, 64);
  EXPECT_EQ(run_airgov("synth --jurisdictions 0").exit_code, 64);
  EXPECT_EQ(run_airgov("synth --jurisdictions 10 --scenario x.json").exit_code, 64);
}

}  // namespace
}  // namespace airgov::testing
