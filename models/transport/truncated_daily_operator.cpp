// The truncated day-long operator of SparseBoxNetwork (Options::truncated_step): construction by
// local propagation of unit columns, and the daily step as one sparse product per operator.
// Why local propagation: the day's map of the sub-stepped scheme is affine, so its column for
// source i is the scheme applied to a unit vector; the vector stays confined to the boxes the
// wind reaches in a day (~50-500 at N = 10,000, docs/performance.md), so running the scheme on
// that support only costs substeps x support instead of substeps x n, and the result is the
// sub-stepped day's column exactly, up to the pruning.
#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

#include "models/transport/sparse_box_network.hpp"

namespace airgov::transport {
namespace {

// Pruning during the propagation, as a share of the threshold: far below what is finally kept,
// so that the mass pruned early (booked as dropped at that moment) barely differs from the mass
// the full scheme would still have carried (tested: kept + dropped = the full column's mass).
constexpr double kPruneShareOfThreshold = 1e-2;

struct Entry {
  std::uint32_t box;
  double value;
  double mass;  // value x V_box / V_ref, in units of the column's reference mass
};

// Scratch state of one column's propagation: dense arrays (zero outside the support) and the
// support as a list, so one column costs O(substeps x support), never O(n).
class LocalColumn {
 public:
  explicit LocalColumn(std::size_t n) : x_(n, 0.0), p_(n, 0.0), q_(n, 0.0), in_(n, 0) {}

  void add(std::uint32_t j) {
    if (!in_[j]) {
      in_[j] = 1;
      support_.push_back(j);
    }
  }
  // Adds every box downwind of the current support.
  void expand(const std::vector<std::size_t>& down_start, const std::vector<std::uint32_t>& down) {
    const std::size_t count = support_.size();
    for (std::size_t a = 0; a < count; ++a) {
      const std::uint32_t i = support_[a];
      for (std::size_t k = down_start[i]; k < down_start[i + 1]; ++k) add(down[k]);
    }
  }
  std::vector<double>& x() { return x_; }
  std::vector<double>& p() { return p_; }
  std::vector<double>& q() { return q_; }
  std::vector<std::uint32_t>& support() { return support_; }
  void remove_at(std::size_t a) {
    in_[support_[a]] = 0;
    support_[a] = support_.back();
    support_.pop_back();
  }
  void clear() {
    for (std::uint32_t j : support_) {
      x_[j] = p_[j] = q_[j] = 0.0;
      in_[j] = 0;
    }
    support_.clear();
  }

 private:
  std::vector<double> x_, p_, q_;
  std::vector<char> in_;
  std::vector<std::uint32_t> support_;
};

}  // namespace

void SparseBoxNetwork::build_truncated(Regime& r) const {
  const std::size_t n = n_;
  // Downwind lists (CSR by source) from the upwind CSR by receptor.
  std::vector<std::size_t> down_start(n + 1, 0);
  for (std::uint32_t c : r.column) ++down_start[c + 1];
  for (std::size_t i = 0; i < n; ++i) down_start[i + 1] += down_start[i];
  std::vector<std::uint32_t> down(r.column.size());
  {
    std::vector<std::size_t> fill(down_start.begin(), down_start.end() - 1);
    for (std::size_t j = 0; j < n; ++j) {
      for (std::size_t k = r.row_start[j]; k < r.row_start[j + 1]; ++k) down[fill[r.column[k]]++] = static_cast<std::uint32_t>(j);
    }
  }
  // Volumes enter only as ratios: V_j is proportional to 1 / per_t_per_year[j].
  const std::vector<double>& per_t = r.per_t_per_year;
  const double threshold = options_.truncation_threshold;
  const std::size_t keep_at_most = options_.max_per_column;

  LocalColumn col(n);
  std::vector<Entry> entries;
  // Column i of Phi (emission = false: a unit concentration at dawn) or of H (emission = true:
  // 1 t/yr all day from zero). Returns the kept entries and the dropped share of the reference.
  auto column = [&](std::uint32_t i, bool emission, double* dropped) {
    const double source = emission ? per_t[i] : 0.0;
    // Reference mass in units of V_i x (ug/m3): the unit of air, or the day's emission.
    const double reference = emission ? source * kStepSeconds : 1.0;
    const double prune_mass = threshold * kPruneShareOfThreshold * reference;
    double pruned = 0.0;
    col.add(i);
    if (!emission) col.x()[i] = 1.0;
    std::vector<double>& x = col.x();
    std::vector<double>& p = col.p();
    std::vector<double>& q = col.q();
    for (int s = 0; s < r.substeps; ++s) {
      col.expand(down_start, down);  // the predictor reaches one box further
      for (std::uint32_t j : col.support()) {
        double sum = 0.0;
        for (std::size_t k = r.row_start[j]; k < r.row_start[j + 1]; ++k) sum += r.inflow_per_s[k] * x[r.column[k]];
        q[j] = sum;
        p[j] = r.keep[j] * x[j] + r.gain[j] * (sum + (j == i ? source : 0.0));
      }
      col.expand(down_start, down);  // and the corrector one more
      for (std::uint32_t j : col.support()) {
        double sum = 0.0;
        for (std::size_t k = r.row_start[j]; k < r.row_start[j + 1]; ++k) sum += r.inflow_per_s[k] * p[r.column[k]];
        x[j] = p[j] + (sum - q[j]) * r.second_order[j];
      }
      for (std::uint32_t j : col.support()) p[j] = q[j] = 0.0;
      if (prune_mass > 0.0) {
        for (std::size_t a = col.support().size(); a-- > 0;) {
          const std::uint32_t j = col.support()[a];
          const double mass = x[j] * per_t[i] / per_t[j];
          if (j != i && std::fabs(mass) < prune_mass) {
            pruned += mass;
            x[j] = 0.0;
            col.remove_at(a);
          }
        }
      }
    }
    entries.clear();
    for (std::uint32_t j : col.support()) {
      if (x[j] != 0.0) entries.push_back({j, x[j], x[j] * per_t[i] / per_t[j] / reference});
    }
    col.clear();
    // Largest mass first (ties by box, so the result never depends on the support's order).
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      return a.mass != b.mass ? a.mass > b.mass : a.box < b.box;
    });
    double lost = pruned / reference;
    std::size_t kept = 0;
    for (const Entry& e : entries) {
      if (kept < keep_at_most && e.mass >= threshold) {
        entries[kept++] = e;
      } else {
        lost += e.mass;
      }
    }
    entries.resize(kept);
    *dropped = lost;
  };

  struct Triplet {
    std::uint32_t row, col;
    double value;
  };
  auto build = [&](bool emission, Regime::Csr& out, std::vector<double>& dropped) {
    std::vector<Triplet> triplets;
    dropped.assign(n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
      column(static_cast<std::uint32_t>(i), emission, &dropped[i]);
      for (const Entry& e : entries) triplets.push_back({e.box, static_cast<std::uint32_t>(i), e.value});
    }
    // CSR by receptor, each row sorted by source (the sources were visited in order).
    out.row_start.assign(n + 1, 0);
    for (const Triplet& t : triplets) ++out.row_start[t.row + 1];
    for (std::size_t j = 0; j < n; ++j) out.row_start[j + 1] += out.row_start[j];
    out.column.resize(triplets.size());
    out.value.resize(triplets.size());
    std::vector<std::size_t> fill(out.row_start.begin(), out.row_start.end() - 1);
    for (const Triplet& t : triplets) {
      const std::size_t k = fill[t.row]++;
      out.column[k] = t.col;
      out.value[k] = t.value;
    }
  };
  build(false, r.propagator, r.dropped_propagator);
  build(true, r.emission_increment, r.dropped_emission);
  // g: the sub-stepped day from zero with no emission, exact (dense, once).
  r.background_increment.assign(n, 0.0);
  const std::vector<double> none(n, 0.0);
  advance(r, none, r.background_increment);
}

void SparseBoxNetwork::step_truncated(int regime, std::span<const double> emission_t_per_year,
                                      std::span<double> concentration_ugm3) const {
  const Regime& r = at(regime);
  const std::size_t n = n_;
  if (emission_t_per_year.size() != n || concentration_ugm3.size() != n) {
    throw std::invalid_argument("sparse box network: emissions and concentrations need " + std::to_string(n) +
                                " values");
  }
  thread_local std::vector<double> previous;
  previous.assign(concentration_ugm3.begin(), concentration_ugm3.end());
  const std::size_t* prow = r.propagator.row_start.data();
  const std::uint32_t* pcol = r.propagator.column.data();
  const double* pval = r.propagator.value.data();
  const std::size_t* hrow = r.emission_increment.row_start.data();
  const std::uint32_t* hcol = r.emission_increment.column.data();
  const double* hval = r.emission_increment.value.data();
  const double* x = previous.data();
  const double* e = emission_t_per_year.data();
  for (std::size_t j = 0; j < n; ++j) {
    // Two independent sums (Phi X and H E) keep two additions in flight.
    double a = 0.0, b = 0.0;
    for (std::size_t k = prow[j]; k < prow[j + 1]; ++k) a += pval[k] * x[pcol[k]];
    for (std::size_t k = hrow[j]; k < hrow[j + 1]; ++k) b += hval[k] * e[hcol[k]];
    concentration_ugm3[j] = a + b + r.background_increment[j];
  }
}

std::size_t SparseBoxNetwork::truncated_nonzeros(int regime) const {
  const Regime& r = at(regime);
  return r.propagator.value.size() + r.emission_increment.value.size();
}

double SparseBoxNetwork::dropped_fraction(int regime, std::size_t source, bool emission) const {
  const Regime& r = at(regime);
  if (!options_.truncated_step) return 0.0;
  if (source >= n_) throw std::out_of_range("sparse box network: source " + std::to_string(source));
  return emission ? r.dropped_emission[source] : r.dropped_propagator[source];
}

}  // namespace airgov::transport
