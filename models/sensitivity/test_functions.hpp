#pragma once
// Standard test functions of sensitivity analysis with known indices, for the tests and the docs.
//
// Ishigami: f(x) = sin x1 + a sin^2 x2 + b x3^4 sin x1 on [-pi, pi]^3 (Ishigami and Homma 1990).
// Sobol G-function: g(x) = prod_i (|4 x_i - 2| + a_i) / (1 + a_i) on [0, 1]^D (small a_i =
// important input); V_i = 1 / (3 (1 + a_i)^2), S_i = V_i / (prod_j (1 + V_j) - 1).
#include <cstddef>
#include <span>
#include <vector>

#include "models/sensitivity/problem.hpp"

namespace airgov::sensitivity {

double ishigami(std::span<const double> x, double a = 7.0, double b = 0.1);
// x1, x2, x3 on [-pi, pi].
Problem ishigami_problem();

struct IshigamiIndices {
  double s1[3];
  double st[3];
  double s13;  // the only non-zero second-order index
};
// Closed forms: V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2, V1 = (1 + b pi^4/5)^2 / 2, V2 = a^2/8,
// V13 = 8 b^2 pi^8 / 225.
IshigamiIndices ishigami_indices(double a = 7.0, double b = 0.1);

double g_function(std::span<const double> x, std::span<const double> a);
// x1 .. xD on [0, 1].
Problem g_function_problem(std::size_t dimension);
// S_i of the closed form above.
std::vector<double> g_function_first_order(std::span<const double> a);

}  // namespace airgov::sensitivity
