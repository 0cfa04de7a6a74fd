#include "sim/simulation/simulation.hpp"

#include <algorithm>
#include <cmath>

#include "sim/core/errors.hpp"

namespace airgov {

namespace {

// The scenario's shared set-up when it was built for these models and this scenario (sweeps
// patch scenarios and swap models), else a set-up of the run's own.
std::shared_ptr<const ScenarioSetup> setup_for(const ScenarioDescription& scenario, const Plugins& plugins) {
  if (!plugins.transport || !plugins.expected || !plugins.emissions || !plugins.air_quality || !plugins.game || !plugins.rule) {
    throw InternalError("simulation built without all of its models");
  }
  if (plugins.setup &&
      plugins.setup->fits(scenario, plugins.transport.get(), plugins.expected.get(), plugins.emissions.get())) {
    return plugins.setup;
  }
  return std::make_shared<const ScenarioSetup>(scenario,
                                               SetupModels{plugins.transport, plugins.expected, plugins.emissions});
}

}  // namespace

Simulation::Simulation(const ScenarioDescription& scenario, Plugins plugins, RunOptions options)
    : scenario_(scenario),
      plugins_(std::move(plugins)),
      options_(options),
      setup_(setup_for(scenario, plugins_)),
      region_(setup_->region()),
      calendar_(setup_->calendar()),
      levers_(scenario.levers) {
  const std::size_t n = region_.size();
  for (const auto& e : scenario_.events) events_.push_back(&e);
  neighbours_ = setup_->neighbours();
  std::stable_sort(events_.begin(), events_.end(), [](auto* a, auto* b) { return a->date < b->date; });
  effort_.assign(n, 0.0);
  decided_effort_.assign(n, 0.0);
  period_effort_sum_.assign(n, 0.0);
  combined_effort_.assign(n, 0.0);
  emergency_cut_.assign(n, 0.0);
  alert_days_.assign(n, 0);
  yesterday_pm25_.assign(n, 0.0);
  for (const auto& t : scenario_.transfers) {
    const auto from = region_.index_of(t.from), to = region_.index_of(t.to);
    if (from && to) transfers_.push_back(ResolvedTransfer{*from, *to, &t});
  }
  draw_weather();
  emission_t_per_year_.assign(n, 0.0);
  // The expected steady state without abatement, so the first days need no spin-up.
  const auto initial = setup_->initial_concentration_ugm3();
  concentration_ugm3_.assign(initial.begin(), initial.end());
  air_quality_.assign(n, DailyAirQuality{});
  period_pm25_sum_.assign(n, 0.0);
}

void Simulation::draw_weather() {
  regimes_.assign(static_cast<std::size_t>(calendar_.days()), 0);
  if (!plugins_.weather) return;
  int previous = -1;
  for (int day = 0; day < calendar_.days(); ++day) {
    RandomStream stream(options_.seed, options_.replicate, 0, static_cast<std::uint64_t>(day), Purpose::weather);
    previous = plugins_.weather->next_regime(previous, calendar_.date(day), stream);
    regimes_[static_cast<std::size_t>(day)] = previous;
  }
}

std::vector<double> Simulation::compensation(const DecisionPeriod& period) const {
  std::vector<double> received(region_.size(), 0.0);
  const Date last = period.start + (period.days - 1);
  for (const auto& t : transfers_) {
    const Date first_day = std::max(period.start, t.spec->start), last_day = std::min(last, t.spec->end);
    if (last_day < first_day) continue;
    // An annual rate over the part of the period the transfer covers.
    const double rate = t.spec->cny_per_year * static_cast<double>(last_day - first_day + 1) / period.days;
    received[t.from] -= rate;
    received[t.to] += rate;
  }
  return received;
}

void Simulation::expected_transport(const DecisionPeriod& period, Matrix& t, std::vector<double>& background) const {
  plugins_.expected->over(period.start, period.days, t, background);
}

void Simulation::apply_events(Date today) {
  while (next_event_ < events_.size() && events_[next_event_]->date <= today) {
    for (const auto& [key, value] : events_[next_event_]->levers) set_lever(levers_, key, value);
    ++next_event_;
  }
}

void Simulation::start_period(const DecisionPeriod& period) {
  const std::size_t n = region_.size();
  Matrix t;
  std::vector<double> background;
  std::shared_ptr<SparseSourceReceptor> sparse;
  if (plugins_.expected->sparse()) {
    // Above the dense limit the game carries the sparse T and an empty dense one.
    sparse = std::make_shared<SparseSourceReceptor>();
    plugins_.expected->over_sparse(period.start, period.days, *sparse, background);
  } else {
    expected_transport(period, t, background);
  }
  // Baseline: the period's mean emission rate without abatement.
  std::vector<double> baseline(n, 0.0), today(n, 0.0);
  const std::vector<double> no_effort(n, 0.0);
  for (int d = 0; d < period.days; ++d) {
    plugins_.emissions->pm25_equivalent(period.start + d, no_effort, today);
    for (std::size_t i = 0; i < n; ++i) baseline[i] += today[i] / period.days;
  }
  game_ = plugins_.game->game(levers_, t, background, baseline);
  if (sparse) game_.sparse_source_receptor = std::move(sparse);
  if (plugins_.central) plugins_.central->prepare(game_, period.start, period.days);
  const std::vector<double> previous = effort_;
  plugins_.rule->decide(DecisionContext{game_, period.index, previous, neighbours_, options_.seed, options_.replicate},
                        decided_effort_);
  std::fill(period_pm25_sum_.begin(), period_pm25_sum_.end(), 0.0);
  std::fill(period_effort_sum_.begin(), period_effort_sum_.end(), 0.0);
}

void Simulation::close_period(const DecisionPeriod& period, Recorder& recorder) {
  const std::size_t n = region_.size();
  std::vector<double> mean(n), effort(n);
  for (std::size_t j = 0; j < n; ++j) {
    mean[j] = period_pm25_sum_[j] / period.days;
    effort[j] = period_effort_sum_[j] / period.days;  // the period's mean effort in force
  }
  // X = B + T^T E at the period's expected transport and the efforts in force.
  std::vector<double> expected = game_.background_ugm3;
  for (std::size_t i = 0; i < n; ++i) {
    const double emission = game_.baseline_t_per_year[i] * (1.0 - effort[i]);
    if (game_.sparse_source_receptor) {
      const auto receptors = game_.sparse_source_receptor->receptors(i);
      const auto values = game_.sparse_source_receptor->coefficients(i);
      for (std::size_t e = 0; e < receptors.size(); ++e) expected[receptors[e]] += values[e] * emission;
      continue;
    }
    for (std::size_t j = 0; j < n; ++j) expected[j] += game_.source_receptor(i, j) * emission;
  }
  PeriodAccount account = plugins_.game->account(game_, effort, mean);
  PeriodAccount expected_account = plugins_.game->account(game_, effort, expected);
  // With a central government, its inspections' real fines and the fund's rewards replace the
  // expected ones in what happened; eco-compensation moves money in both accounts.
  if (plugins_.central) {
    plugins_.central->assess(game_, effort, period.index, options_.seed, options_.replicate, account.transfer_cny);
  }
  const std::vector<double> compensated = compensation(period);
  for (auto* a : {&account, &expected_account}) {
    for (std::size_t i = 0; i < n; ++i) {
      a->transfer_cny[i] += compensated[i];
      a->payoff_cny[i] = -(a->abatement_cost_cny[i] + a->damage_cny[i]) + a->transfer_cny[i];
    }
  }
  // Accounts are annual rates; the period's share of them is what the period costs.
  const double share = period.days / 365.0;
  for (auto* a : {&account, &expected_account}) {
    for (auto* v : {&a->abatement_cost_cny, &a->damage_cny, &a->transfer_cny, &a->payoff_cny}) {
      for (double& x : *v) x *= share;
    }
  }
  recorder.on_period(PeriodRecord{period, effort, mean, account, expected_account, game_});
}

void Simulation::run(Recorder& recorder) {
  while (step(recorder)) {
  }
}

bool Simulation::step(Recorder& recorder) {
  if (done()) return false;
  const std::size_t n = region_.size();
  const auto& periods = calendar_.periods();
  const int day = day_;
  const Date today = calendar_.date(day);
  apply_events(today);
  if (period_ < periods.size() && periods[period_].first_day == day) start_period(periods[period_]);

  const int regime = regimes_[static_cast<std::size_t>(day)];
  // Capacity takes time: effort approaches the decided level with the implementation lag.
  const double lag = scenario_.decision.implementation_lag_days;
  const double approach = lag > 0 ? 1.0 - std::exp(-1.0 / lag) : 1.0;
  for (std::size_t i = 0; i < n; ++i) effort_[i] += (decided_effort_[i] - effort_[i]) * approach;
  plugins_.emissions->pm25_equivalent(today, effort_, emission_t_per_year_);
  std::copy(effort_.begin(), effort_.end(), combined_effort_.begin());
  if (plugins_.emergency) {
    const WarningInputs inputs{day, regimes_, emission_t_per_year_, yesterday_pm25_, game_.institutions.warning_lead_days};
    plugins_.emergency->cuts(inputs, alert_days_, emergency_cut_);
    for (std::size_t i = 0; i < n; ++i) combined_effort_[i] = 1.0 - (1.0 - effort_[i]) * (1.0 - emergency_cut_[i]);
    plugins_.emissions->pm25_equivalent(today, combined_effort_, emission_t_per_year_);
  }
  // Emergency cuts are abatement too: the period is charged for the mean effort actually in
  // force, emergencies included (the quadratic cost of the mean understates peaky cuts a little).
  for (std::size_t i = 0; i < n; ++i) period_effort_sum_[i] += combined_effort_[i];
  plugins_.transport->step(regime, emission_t_per_year_, concentration_ugm3_);
  plugins_.air_quality->assess_pm25_all(concentration_ugm3_, air_quality_);
  for (std::size_t j = 0; j < n; ++j) {
    period_pm25_sum_[j] += concentration_ugm3_[j];
    yesterday_pm25_[j] = concentration_ugm3_[j];
  }
  recorder.on_day(DayRecord{day, today, regime, concentration_ugm3_, air_quality_, emission_t_per_year_, effort_,
                            emergency_cut_});

  const auto& p = periods[period_];
  if (day == p.first_day + p.days - 1) {
    close_period(p, recorder);
    ++period_;
  }
  ++day_;
  return true;
}

}  // namespace airgov
