#pragma once
// The built-in default scenario and its models, loaded once per test suite.
#include <gtest/gtest.h>

#include "models/assembly/models.hpp"
#include "tools/airgov/cli_common.hpp"

namespace airgov::testing {

class DefaultScenarioFixture : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scenario_ = new ScenarioDescription(cli::load(""));
    models_ = new assembly::ScenarioModels(assembly::build_models(*scenario_));
  }
  static void TearDownTestSuite() {
    delete models_;
    delete scenario_;
    models_ = nullptr;
    scenario_ = nullptr;
  }
  inline static ScenarioDescription* scenario_ = nullptr;
  inline static assembly::ScenarioModels* models_ = nullptr;
};

}  // namespace airgov::testing
