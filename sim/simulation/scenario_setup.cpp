#include "sim/simulation/scenario_setup.hpp"

#include <algorithm>

#include "sim/core/errors.hpp"

namespace airgov {

ScenarioSetup::ScenarioSetup(const ScenarioDescription& scenario, SetupModels models)
    : models_(std::move(models)),
      start_(scenario.start_date),
      days_(scenario.days),
      period_(scenario.decision.period),
      ties_(scenario.region.ties),
      calendar_(scenario.start_date, scenario.days, scenario.decision.period),
      region_(scenario.region) {
  const std::size_t n = region_.size();
  if (!models_.transport || !models_.expected || !models_.emissions) {
    throw InternalError("simulation built without all of its models");
  }
  if (models_.transport->size() != n) throw InternalError("transport size does not match the region");
  ids_.reserve(n);
  for (const auto& j : scenario.region.jurisdictions) ids_.push_back(j.id);
  // Neighbouring jurisdictions (sharing a face of the transport boxes) are tied by their border
  // (MODEL.md section 2), besides the ties the region file names.
  for (const auto& [i, j] : models_.transport->adjacent_pairs()) region_.add_tie(i, j, "border");
  neighbours_.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    auto successors = region_.successors(i, EdgeLayer::institutional);
    std::sort(successors.begin(), successors.end());
    successors.erase(std::unique(successors.begin(), successors.end()), successors.end());
    neighbours_.push_back(std::move(successors));
  }
  initial_.assign(n, 0.0);
  if (calendar_.periods().empty()) return;
  // Atmospheric layer of the graph, from the transport expected over the whole run.
  std::vector<double> background;
  std::vector<double> emission(n, 0.0);
  const std::vector<double> no_effort(n, 0.0);
  if (models_.expected->sparse()) {
    // Above the dense limit: the same from the sparse T (dropped coefficients are exported).
    SparseSourceReceptor sparse;
    models_.expected->over_sparse(calendar_.start(), calendar_.days(), sparse, background);
    region_.add_atmospheric_edges(sparse, 0.0);
    models_.emissions->pm25_equivalent(calendar_.start(), no_effort, emission);
    initial_ = background;
    for (std::size_t i = 0; i < n; ++i) {
      const auto receptors = sparse.receptors(i);
      const auto values = sparse.coefficients(i);
      for (std::size_t e = 0; e < receptors.size(); ++e) initial_[receptors[e]] += values[e] * emission[i];
    }
    return;
  }
  Matrix t;
  models_.expected->over(calendar_.start(), calendar_.days(), t, background);
  region_.add_atmospheric_edges(t, 0.0);
  // Start from the expected steady state without abatement, so the first days need no spin-up.
  models_.emissions->pm25_equivalent(calendar_.start(), no_effort, emission);
  for (std::size_t j = 0; j < n; ++j) {
    double x = background[j];
    for (std::size_t i = 0; i < n; ++i) x += t(i, j) * emission[i];
    initial_[j] = x;
  }
}

bool ScenarioSetup::fits(const ScenarioDescription& scenario, const TransportModel* transport,
                         const ExpectedTransport* expected, const EmissionModel* emissions) const {
  if (transport != models_.transport.get() || expected != models_.expected.get() ||
      emissions != models_.emissions.get()) {
    return false;
  }
  if (scenario.start_date != start_ || scenario.days != days_ || scenario.decision.period != period_) return false;
  const auto& jurisdictions = scenario.region.jurisdictions;
  if (jurisdictions.size() != ids_.size() || scenario.region.ties.size() != ties_.size()) return false;
  for (std::size_t k = 0; k < ids_.size(); ++k) {
    if (jurisdictions[k].id != ids_[k]) return false;
  }
  for (std::size_t k = 0; k < ties_.size(); ++k) {
    const auto& a = scenario.region.ties[k];
    const auto& b = ties_[k];
    if (a.from != b.from || a.to != b.to || a.kind != b.kind) return false;
  }
  return true;
}

}  // namespace airgov
