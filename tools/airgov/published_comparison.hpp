#pragma once
// `airgov transport`'s simulated regional shares and net statuses beside the published source
// apportionments (models/calibration/published_shares.hpp, scenarios/observations/
// transport-shares.csv): which published figure the run reproduces and which it does not.
#include <string>
#include <vector>

#include "models/calibration/published_shares.hpp"
#include "sim/scenario/scenario.hpp"
#include "tools/airgov/apportionment_recorder.hpp"

namespace airgov::cli {

struct ShareComparison {
  calibration::PublishedShare published;
  std::string jurisdiction;  // id
  int simulated_year = 0;
  double simulated = 0;      // NaN when the run had no day of that class
  bool inside = false;       // within [low, high] (an open end does not bound)
};

struct StatusComparison {
  calibration::PublishedStatus published;
  std::string jurisdiction;
  int simulated_year = 0;
  std::string simulated;  // net_receiver, net_source or balanced
};

struct PublishedComparison {
  std::vector<ShareComparison> shares;
  std::vector<StatusComparison> statuses;
  std::vector<std::string> not_compared;  // "line N: why"
};

// Each published figure against the simulated year of the same year or, when the run covers a
// single year, against that year (the run's conditions stand for the published period).
// Receptors are matched to jurisdictions by name or id, ignoring case; the others, and years the
// run does not cover, are listed as not compared.
PublishedComparison compare_with_published(const ScenarioDescription& scenario, const std::vector<YearReport>& reports,
                                           const calibration::PublishedApportionment& published);

// Net receivers and net sources reproduced, of those published for jurisdictions of the run
// (the balanced ones are not counted: the "9 of the 11").
struct StatusScore {
  int matched = 0, compared = 0;
};
StatusScore receiver_source_score(const PublishedComparison& comparison);

// The comparison as text, after the shares table of `airgov transport`.
std::string published_table(const PublishedComparison& comparison, const std::string& file);

}  // namespace airgov::cli
