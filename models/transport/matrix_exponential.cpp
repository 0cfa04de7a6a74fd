#include "models/transport/matrix_exponential.hpp"

#include <array>
#include <cmath>
#include <initializer_list>
#include <stdexcept>
#include <utility>
#include <vector>

#include "models/transport/dense_lu.hpp"
#include "models/transport/dense_ops.hpp"

namespace airgov::transport {
namespace {

// Pade coefficients b_k of r_m(x) = p_m(x) / p_m(-x), Higham (2005) Table 2.3 and eq. (2.9),
// and theta_m: the largest 1-norm for which r_m is accurate to unit roundoff (Table 2.3).
constexpr std::array<double, 4> kB3 = {120., 60., 12., 1.};
constexpr std::array<double, 6> kB5 = {30240., 15120., 3360., 420., 30., 1.};
constexpr std::array<double, 8> kB7 = {17297280., 8648640., 1995840., 277200.,
                                       25200.,    1512.,    56.,      1.};
constexpr std::array<double, 10> kB9 = {17643225600., 8821612800., 2075673600., 302702400.,
                                        30270240.,    2162160.,    110880.,     3960.,
                                        90.,          1.};
constexpr std::array<double, 14> kB13 = {
    64764752532480000., 32382376266240000., 7771770303897600., 1187353796428800.,
    129060195264000.,   10559470521600.,    670442572800.,     33522128640.,
    1323241920.,        40840800.,          960960.,           16380.,
    182.,               1.};
constexpr double kTheta3 = 1.495585217958292e-2;
constexpr double kTheta5 = 2.539398330063230e-1;
constexpr double kTheta7 = 9.504178996162932e-1;
constexpr double kTheta9 = 2.097847961257068e0;
constexpr double kTheta13 = 5.371920351148152e0;

// c0 * I + c1 * A1 + c2 * A2 + ... (terms given as pairs), the building block of U and V.
Matrix combination(std::size_t n, double c0,
                   std::initializer_list<std::pair<double, const Matrix*>> terms) {
  Matrix out = Matrix::identity(n);
  for (double& v : out.data()) v *= c0;
  for (const auto& [c, m] : terms) {
    for (std::size_t k = 0; k < out.data().size(); ++k) out.data()[k] += c * m->data()[k];
  }
  return out;
}

// r_m(A) = (V - U)^-1 (V + U), with U the odd and V the even part of p_m(A).
Matrix pade_quotient(const Matrix& u, const Matrix& v) {
  const DenseLu denominator(axpy(-1.0, u, v));
  return denominator.solve(axpy(1.0, u, v));
}

// Degrees 3..9: U = A * sum_k b_{2k+1} A^{2k}, V = sum_k b_{2k} A^{2k}, from the even powers.
template <std::size_t N>
Matrix pade_low(const Matrix& a, const std::array<double, N>& b) {
  const std::size_t n = a.rows();
  std::vector<Matrix> even;  // A^2, A^4, ...
  even.push_back(multiply(a, a));
  for (std::size_t k = 4; k < N; k += 2) even.push_back(multiply(even.back(), even.front()));
  Matrix u_inner = Matrix::identity(n);
  for (double& x : u_inner.data()) x *= b[1];
  Matrix v = Matrix::identity(n);
  for (double& x : v.data()) x *= b[0];
  for (std::size_t k = 0; k < even.size(); ++k) {
    u_inner = axpy(b[2 * k + 3], even[k], u_inner);
    v = axpy(b[2 * k + 2], even[k], v);
  }
  return pade_quotient(multiply(a, u_inner), v);
}

// Degree 13, evaluated with 6 products as in Higham (2005) eq. (2.10)-(2.11).
Matrix pade13(const Matrix& a) {
  const std::size_t n = a.rows();
  const auto& b = kB13;
  const Matrix a2 = multiply(a, a);
  const Matrix a4 = multiply(a2, a2);
  const Matrix a6 = multiply(a4, a2);
  const Matrix u_high = combination(n, 0.0, {{b[13], &a6}, {b[11], &a4}, {b[9], &a2}});
  const Matrix u_low = combination(n, b[1], {{b[7], &a6}, {b[5], &a4}, {b[3], &a2}});
  const Matrix u = multiply(a, axpy(1.0, multiply(a6, u_high), u_low));
  const Matrix v_high = combination(n, 0.0, {{b[12], &a6}, {b[10], &a4}, {b[8], &a2}});
  const Matrix v_low = combination(n, b[0], {{b[6], &a6}, {b[4], &a4}, {b[2], &a2}});
  const Matrix v = axpy(1.0, multiply(a6, v_high), v_low);
  return pade_quotient(u, v);
}

}  // namespace

Matrix expm(const Matrix& a) {
  const std::size_t n = a.rows();
  if (a.cols() != n) throw std::invalid_argument("expm: matrix is not square");
  for (double x : a.data()) {
    if (!std::isfinite(x)) throw std::invalid_argument("expm: matrix has a non-finite entry");
  }
  if (n == 0) return a;
  const double norm = norm1(a);
  if (norm <= kTheta3) return pade_low(a, kB3);
  if (norm <= kTheta5) return pade_low(a, kB5);
  if (norm <= kTheta7) return pade_low(a, kB7);
  if (norm <= kTheta9) return pade_low(a, kB9);
  // Scale A by 2^-s so that its norm is within theta_13, then square the result s times.
  int s = 0;
  if (norm > kTheta13) s = static_cast<int>(std::ceil(std::log2(norm / kTheta13)));
  Matrix scaled = a;
  const double factor = std::ldexp(1.0, -s);
  for (double& x : scaled.data()) x *= factor;
  Matrix result = pade13(scaled);
  for (int k = 0; k < s; ++k) result = multiply(result, result);
  return result;
}

}  // namespace airgov::transport
