// A RunPlan refers to its design (which holds the whole base scenario) instead of copying it:
// binding one to a temporary design, which would leave it dangling, must not compile, and a read
// outside the plan must be an error rather than a read of stray memory. (A ThreadSanitizer run
// once crashed in RunPlan::value on a plan whose design showed no parameters: a test binary
// linked from objects compiled against two versions of the shared headers, while they were being
// edited. The check below turns any such mismatch into a clear exception.)
#include <gtest/gtest.h>

#include <stdexcept>
#include <type_traits>

#include "sim/ensemble/design.hpp"
#include "sim/ensemble/run_plan.hpp"
#include "sim/scenario/load.hpp"

namespace airgov::ensemble {
namespace {

static_assert(!std::is_constructible_v<RunPlan, Design&&>, "a plan of a temporary design would dangle");
static_assert(!std::is_constructible_v<RunPlan, Design&&, std::vector<double>>);
static_assert(std::is_constructible_v<RunPlan, const Design&>);

TEST(RunPlanLifetime, ReadsOutsideThePlanAreErrors) {
  const Design d = load_design(std::string(AIRGOV_SOURCE_DIR) + "/scenarios/designs/tiny.json", FileSystemSource());
  const RunPlan plan(d);
  ASSERT_EQ(plan.points(), 4u);  // 2 x 2 grid
  EXPECT_EQ(plan.value(3, 0), 0.5);
  EXPECT_EQ(plan.value(3, 1), 1.0);  // "planner", the second category
  EXPECT_THROW(plan.value(4, 0), std::out_of_range);
  EXPECT_THROW(plan.value(0, 2), std::out_of_range);
  EXPECT_THROW(plan.cell(0, 2), std::out_of_range);
}

}  // namespace
}  // namespace airgov::ensemble
