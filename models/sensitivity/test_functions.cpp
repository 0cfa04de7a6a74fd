#include "models/sensitivity/test_functions.hpp"

#include <fmt/format.h>

#include <cmath>
#include <numbers>

namespace airgov::sensitivity {

double ishigami(std::span<const double> x, double a, double b) {
  const double s2 = std::sin(x[1]);
  const double x3 = x[2] * x[2];
  return std::sin(x[0]) + a * s2 * s2 + b * x3 * x3 * std::sin(x[0]);
}

Problem ishigami_problem() {
  const double pi = std::numbers::pi;
  return Problem{{{"x1", -pi, pi}, {"x2", -pi, pi}, {"x3", -pi, pi}}};
}

IshigamiIndices ishigami_indices(double a, double b) {
  const double pi4 = std::pow(std::numbers::pi, 4), pi8 = pi4 * pi4;
  const double v1 = 0.5 * (1.0 + b * pi4 / 5.0) * (1.0 + b * pi4 / 5.0);
  const double v2 = a * a / 8.0;
  const double v13 = 8.0 * b * b * pi8 / 225.0;
  const double v = a * a / 8.0 + b * pi4 / 5.0 + b * b * pi8 / 18.0 + 0.5;
  return IshigamiIndices{{v1 / v, v2 / v, 0.0}, {(v1 + v13) / v, v2 / v, v13 / v}, v13 / v};
}

double g_function(std::span<const double> x, std::span<const double> a) {
  double product = 1.0;
  for (std::size_t i = 0; i < x.size(); ++i) product *= (std::fabs(4.0 * x[i] - 2.0) + a[i]) / (1.0 + a[i]);
  return product;
}

Problem g_function_problem(std::size_t dimension) {
  Problem problem;
  for (std::size_t i = 0; i < dimension; ++i) problem.parameters.push_back({fmt::format("x{}", i + 1), 0.0, 1.0});
  return problem;
}

std::vector<double> g_function_first_order(std::span<const double> a) {
  std::vector<double> v(a.size());
  double product = 1.0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    v[i] = 1.0 / (3.0 * (1.0 + a[i]) * (1.0 + a[i]));
    product *= 1.0 + v[i];
  }
  for (auto& vi : v) vi /= product - 1.0;
  return v;
}

}  // namespace airgov::sensitivity
