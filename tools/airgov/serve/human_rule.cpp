#include "tools/airgov/serve/human_rule.hpp"

#include <algorithm>

namespace airgov::serve {

void HumanOverrideRule::decide(const DecisionContext& context, std::span<double> effort) {
  inner_->decide(context, effort);
  for (const auto& [j, value] : overrides_)
    if (j < effort.size()) effort[j] = std::clamp(value, 0.0, context.game.max_effort);
}

}  // namespace airgov::serve
