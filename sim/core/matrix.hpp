#pragma once
// A small dense row-major matrix: the daily step works on flat arrays, never on graph iterators.
#include <cstddef>
#include <initializer_list>
#include <span>
#include <stdexcept>
#include <vector>

namespace airgov {

class Matrix {
 public:
  Matrix() = default;
  Matrix(std::size_t rows, std::size_t cols, double fill = 0.0)
      : rows_(rows), cols_(cols), data_(rows * cols, fill) {}

  static Matrix identity(std::size_t n) {
    Matrix m(n, n);
    for (std::size_t i = 0; i < n; ++i) m(i, i) = 1.0;
    return m;
  }

  // From literal rows, {{1, 2}, {3, 4}}: for closed-form cases written as in the text. Every row
  // must have as many values as the first.
  static Matrix from_rows(std::initializer_list<std::initializer_list<double>> rows) {
    Matrix m(rows.size(), rows.size() == 0 ? 0 : rows.begin()->size());
    std::size_t i = 0;
    for (const auto& r : rows) {
      if (r.size() != m.cols_) throw std::invalid_argument("Matrix::from_rows: rows of different lengths");
      std::size_t j = 0;
      for (double v : r) m(i, j++) = v;
      ++i;
    }
    return m;
  }

  double& operator()(std::size_t r, std::size_t c) { return data_[r * cols_ + c]; }
  double operator()(std::size_t r, std::size_t c) const { return data_[r * cols_ + c]; }
  std::size_t rows() const { return rows_; }
  std::size_t cols() const { return cols_; }
  std::span<double> row(std::size_t r) { return {data_.data() + r * cols_, cols_}; }
  std::span<const double> row(std::size_t r) const { return {data_.data() + r * cols_, cols_}; }
  std::vector<double>& data() { return data_; }
  const std::vector<double>& data() const { return data_; }

 private:
  std::size_t rows_ = 0;
  std::size_t cols_ = 0;
  std::vector<double> data_;
};

}  // namespace airgov
