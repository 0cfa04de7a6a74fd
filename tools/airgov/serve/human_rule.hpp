#pragma once
// Participatory play: the people in the room decide for some governments, the chosen rule for
// the rest. Wraps the rule: it decides for everyone, then each seat's effort replaces the rule's
// (clamped to [0, max_effort], the game's feasible range).
#include <map>
#include <memory>

#include "sim/interfaces/game.hpp"

namespace airgov::serve {

class HumanOverrideRule final : public DecisionRule {
 public:
  explicit HumanOverrideRule(std::unique_ptr<DecisionRule> inner) : inner_(std::move(inner)) {}
  std::string name() const override { return inner_->name(); }
  void decide(const DecisionContext& context, std::span<double> effort) override;
  // Jurisdiction index -> effort for the next periods; an index absent is the rule's.
  void set_overrides(std::map<std::size_t, double> overrides) { overrides_ = std::move(overrides); }

 private:
  std::unique_ptr<DecisionRule> inner_;
  std::map<std::size_t, double> overrides_;
};

}  // namespace airgov::serve
