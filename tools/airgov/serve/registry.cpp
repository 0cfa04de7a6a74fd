#include "tools/airgov/serve/registry.hpp"

#include <fmt/format.h>

#include <random>

namespace airgov::serve {

std::string random_token() {
  static std::mutex mutex;
  static std::random_device device;
  std::lock_guard lock(mutex);
  std::string out;
  for (int k = 0; k < 4; ++k) out += fmt::format("{:08x}", static_cast<unsigned>(device()));
  return out;
}

std::string random_code(std::size_t length) {
  static constexpr char kAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  static std::mutex mutex;
  static std::random_device device;
  std::lock_guard lock(mutex);
  std::string out;
  for (std::size_t k = 0; k < length; ++k) out += kAlphabet[device() % (sizeof(kAlphabet) - 1)];
  return out;
}

}  // namespace airgov::serve
