#pragma once
// The hindcast chart (SVG, written here, no library): one panel per series, simulated annual
// PM2.5 (mean line and 90 % band over the replicates) against the observed values (dots), with
// the fitted, held-out and projection years shaded.
#include <string>

#include "tools/airgov/hindcast.hpp"

namespace airgov::cli::hindcast {

std::string chart_svg(const std::string& title, const Result& result);

}  // namespace airgov::cli::hindcast
