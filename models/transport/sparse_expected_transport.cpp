#include "models/transport/sparse_expected_transport.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

#include "models/weather/stationary_distribution.hpp"

namespace airgov::transport {

SparseSourceReceptor weighted_sum(const std::vector<const SparseSourceReceptor*>& parts,
                                  const std::vector<double>& weight) {
  if (parts.empty() || parts.size() != weight.size()) throw std::invalid_argument("weighted_sum: no parts or weights");
  const std::size_t n = parts.front()->size();
  for (const auto* p : parts) {
    if (p->size() != n) throw std::invalid_argument("weighted_sum: parts of different sizes");
  }
  SparseSourceReceptor out;
  out.row_start.reserve(n + 1);
  out.row_start.push_back(0);
  out.dropped_ugm3_per_t_per_year.assign(n, 0.0);
  std::vector<std::pair<std::uint32_t, double>> row;
  for (std::size_t i = 0; i < n; ++i) {
    row.clear();
    for (std::size_t k = 0; k < parts.size(); ++k) {
      if (weight[k] == 0.0) continue;
      const auto receptors = parts[k]->receptors(i);
      const auto values = parts[k]->coefficients(i);
      for (std::size_t e = 0; e < receptors.size(); ++e) row.emplace_back(receptors[e], weight[k] * values[e]);
      out.dropped_ugm3_per_t_per_year[i] += weight[k] * parts[k]->dropped_ugm3_per_t_per_year[i];
    }
    // Stable: equal receptors keep the parts' order, so the sums are the same every run.
    std::stable_sort(row.begin(), row.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t e = 0; e < row.size();) {
      const std::uint32_t j = row[e].first;
      double v = 0.0;
      for (; e < row.size() && row[e].first == j; ++e) v += row[e].second;
      out.receptor.push_back(j);
      out.ugm3_per_t_per_year.push_back(v);
    }
    out.row_start.push_back(out.receptor.size());
  }
  return out;
}

SparseExpectedTransport::SparseExpectedTransport(std::shared_ptr<const std::vector<SparseSourceReceptor>> regime_t,
                                                 std::vector<std::vector<double>> regime_background,
                                                 std::shared_ptr<const WeatherModel> weather)
    : weather_(std::move(weather)) {
  if (!regime_t || regime_t->empty() || regime_t->size() != regime_background.size()) {
    throw std::invalid_argument("SparseExpectedTransport: one T and one background per regime needed");
  }
  const std::size_t regimes = regime_t->size();
  std::vector<const SparseSourceReceptor*> parts;
  for (const auto& t : *regime_t) parts.push_back(&t);
  auto season = [&](const std::vector<double>& pi) {
    Season s{weighted_sum(parts, pi), std::vector<double>(regime_background.front().size(), 0.0)};
    for (std::size_t m = 0; m < regimes; ++m) {
      for (std::size_t j = 0; j < s.background.size(); ++j) s.background[j] += pi[m] * regime_background[m][j];
    }
    return s;
  };
  if (weather_ && weather_->season_count() > 0) {
    for (int s = 0; s < weather_->season_count(); ++s) {
      const Matrix& p = weather_->season_transition(s);
      if (p.rows() != regimes) throw std::invalid_argument("SparseExpectedTransport: transition does not match the regimes");
      seasons_.push_back(season(weather::stationary_distribution(p)));
    }
  } else {
    std::vector<double> only(regimes, 0.0);
    only[0] = 1.0;
    seasons_.push_back(season(only));
    weather_.reset();
  }
}

void SparseExpectedTransport::over_sparse(Date first, int days, SparseSourceReceptor& source_receptor,
                                          std::vector<double>& background_ugm3) const {
  std::vector<double> share(seasons_.size(), 0.0);
  for (int d = 0; d < days; ++d) {
    share[weather_ ? static_cast<std::size_t>(weather_->season_of(first + d)) : 0] += 1.0 / days;
  }
  std::vector<const SparseSourceReceptor*> parts;
  for (const auto& s : seasons_) parts.push_back(&s.t);
  source_receptor = weighted_sum(parts, share);
  const std::size_t n = seasons_.front().background.size();
  background_ugm3.assign(n, 0.0);
  for (std::size_t s = 0; s < seasons_.size(); ++s) {
    for (std::size_t j = 0; j < n; ++j) background_ugm3[j] += share[s] * seasons_[s].background[j];
  }
}

void SparseExpectedTransport::over(Date first, int days, Matrix& source_receptor,
                                   std::vector<double>& background_ugm3) const {
  SparseSourceReceptor t;
  over_sparse(first, days, t, background_ugm3);
  const std::size_t n = t.size();
  source_receptor = Matrix(n, n);
  for (std::size_t i = 0; i < n; ++i) {
    const auto receptors = t.receptors(i);
    const auto values = t.coefficients(i);
    for (std::size_t e = 0; e < receptors.size(); ++e) source_receptor(i, receptors[e]) = values[e];
  }
}

}  // namespace airgov::transport
