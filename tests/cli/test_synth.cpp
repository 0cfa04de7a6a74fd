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

TEST(Synth, RejectsBadArguments) {
  EXPECT_EQ(run_airgov("synth").exit_code, 64);
  EXPECT_EQ(run_airgov("synth --jurisdictions 0").exit_code, 64);
  EXPECT_EQ(run_airgov("synth --jurisdictions 10 --scenario x.json").exit_code, 64);
}

}  // namespace
}  // namespace airgov::testing
