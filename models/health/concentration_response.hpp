#pragma once
// The one concentration-response function a report uses, with its parameters.
#include "models/health/gemm.hpp"
#include "models/health/log_linear.hpp"
#include "models/health/response_function.hpp"

namespace airgov::health {

struct ConcentrationResponse {
  // A constructor rather than designated initialisers, which GCC 12 flags with
  // -Wmissing-field-initializers when the parameter structs are left out.
  explicit ConcentrationResponse(ResponseFunction f = ResponseFunction::gemm,
                                 LogLinearParams log_linear_params = {},
                                 GemmParams gemm_params = {})
      : function(f), log_linear(log_linear_params), gemm(gemm_params) {}

  ResponseFunction function;
  LogLinearParams log_linear;  // used when function == log_linear
  GemmParams gemm;             // used when function == gemm

  // RR (log-linear) or HR (GEMM) at an annual mean exposure; 1 at or below the counterfactual.
  double relative_risk(double pm25_annual_ugm3) const;
};

}  // namespace airgov::health
