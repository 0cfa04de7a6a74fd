#pragma once
// SHA-256 (FIPS 180-4), for provenance hashes of scenarios and designs.
#include <string>
#include <string_view>

namespace airgov {

std::string sha256_hex(std::string_view data);

}  // namespace airgov
