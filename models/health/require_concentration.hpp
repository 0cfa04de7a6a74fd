#pragma once
// Shared argument check of the concentration-response functions.
namespace airgov::health {

// Throws std::invalid_argument unless pm25_ugm3 is finite and >= 0.
void require_concentration(double pm25_ugm3);

}  // namespace airgov::health
