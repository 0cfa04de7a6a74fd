#pragma once
// Interface: each day's emissions. Implemented in models/emissions/.
#include <span>

#include "sim/core/date.hpp"

namespace airgov {

class EmissionModel {
 public:
  virtual ~EmissionModel() = default;
  // PM2.5-equivalent emission rate (t/yr: primary PM2.5 plus the sulfate and nitrate its SO2 and
  // NOx form) of each jurisdiction on `day` at the given abatement effort (fraction in [0, 1]).
  virtual void pm25_equivalent(Date day, std::span<const double> effort,
                               std::span<double> emission_t_per_year) const = 0;
};

}  // namespace airgov
