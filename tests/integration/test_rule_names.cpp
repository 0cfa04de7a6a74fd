// The loader (sim/, which cannot include models/) keeps its own list of rule names: it must be
// exactly the rule factory's.
#include <gtest/gtest.h>

#include "models/decision/rule_factory.hpp"
#include "sim/scenario/load.hpp"

namespace airgov {
namespace {

TEST(RuleNames, LoaderAndFactoryAgree) {
  EXPECT_EQ(kRuleNames, decision::rule_names());
  for (const auto& name : kRuleNames) EXPECT_EQ(decision::make_rule(name)->name(), name);
}

}  // namespace
}  // namespace airgov
