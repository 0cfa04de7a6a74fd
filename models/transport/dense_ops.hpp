#pragma once
// The few dense matrix operations the box network needs, on airgov::Matrix (row-major). Plain
// loops: n is at most a few thousand and each is done once per regime, at construction.
#include <cstddef>
#include <span>

#include "sim/core/matrix.hpp"

namespace airgov::transport {

// A * B. Sizes must agree (std::invalid_argument otherwise).
Matrix multiply(const Matrix& a, const Matrix& b);

// y = A x, written into y (no allocation: the daily step calls it). y must not alias x.
void multiply(const Matrix& a, std::span<const double> x, std::span<double> y);

// Maximum absolute column sum, the norm the matrix exponential selects its approximant by.
double norm1(const Matrix& a);

// a * x + y, element-wise on equally sized matrices.
Matrix axpy(double a, const Matrix& x, const Matrix& y);

}  // namespace airgov::transport
