#pragma once
// What every run of one scenario shares and no run changes: the calendar, the region graph with
// the border ties the transport implies and its atmospheric layer, each government's
// institutional neighbours (what the rules read), and the expected steady state the first day
// starts from. None of it depends on the seed or the rule. Rebuilding it for every run was more
// than a tenth of a run (Boost.Graph edges, the expected transport of the whole horizon, the
// calendar's dates); models/assembly builds it once per scenario and every run of that scenario
// (the rules of `airgov run`, replicates, sweep rows) reads it. It is immutable once built, so
// threads share it without locks.
#include <memory>
#include <span>
#include <vector>

#include "sim/interfaces/emission_model.hpp"
#include "sim/interfaces/transport_model.hpp"
#include "sim/region/region.hpp"
#include "sim/scenario/scenario.hpp"
#include "sim/schedule/calendar.hpp"

namespace airgov {

// The models the set-up is computed from; it keeps them alive, so `fits` can compare addresses.
struct SetupModels {
  std::shared_ptr<const TransportModel> transport;
  std::shared_ptr<const ExpectedTransport> expected;
  std::shared_ptr<const EmissionModel> emissions;
};

class ScenarioSetup {
 public:
  // Throws InternalError when a model is missing or the transport's size is not the region's.
  ScenarioSetup(const ScenarioDescription& scenario, SetupModels models);

  const Calendar& calendar() const { return calendar_; }
  const Region& region() const { return region_; }
  // Institutional neighbours of each jurisdiction, sorted, without duplicates.
  std::span<const std::vector<std::size_t>> neighbours() const { return neighbours_; }
  // X_j = B_j + sum_i T(i, j) E_i(start, no effort) with T and B expected over the whole
  // horizon; zeros when the horizon is empty.
  std::span<const double> initial_concentration_ugm3() const { return initial_; }

  // True when this set-up is the one `scenario` with these models would build: the same models
  // (by address), start date, horizon, decision period, jurisdiction ids and ties. A sweep that
  // patches any of these gets a fresh set-up for its run instead of a stale one.
  bool fits(const ScenarioDescription& scenario, const TransportModel* transport, const ExpectedTransport* expected,
            const EmissionModel* emissions) const;

 private:
  SetupModels models_;
  Date start_;
  int days_ = 0;
  std::string period_;
  std::vector<std::string> ids_;
  std::vector<InstitutionalTie> ties_;
  Calendar calendar_;
  Region region_;
  std::vector<std::vector<std::size_t>> neighbours_;
  std::vector<double> initial_;
};

}  // namespace airgov
