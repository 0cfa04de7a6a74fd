#include "models/decision/rule_factory.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

namespace airgov::decision {
namespace {

TEST(RuleFactory, MakesEveryKnownRule) {
  for (const std::string& name : rule_names()) {
    const auto rule = make_rule(name);
    ASSERT_NE(rule, nullptr);
    EXPECT_EQ(rule->name(), name);
  }
  EXPECT_EQ(rule_names(), (std::vector<std::string>{"nash", "planner", "coalition", "evolutionary", "reciprocity"}));
}

TEST(RuleFactory, UnknownRuleListsTheKnownOnes) {
  try {
    make_rule("selfish");
    FAIL() << "expected std::invalid_argument";
  } catch (const std::invalid_argument& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("selfish"), std::string::npos) << message;
    EXPECT_NE(message.find("nash, planner, coalition, evolutionary, reciprocity"), std::string::npos) << message;
  }
}

}  // namespace
}  // namespace airgov::decision
