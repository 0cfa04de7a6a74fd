#pragma once
// Coalitions as bitmasks and the characteristic function v(S) of a cooperative game: the common
// language of the Shapley value, the Chander-Tulkens shares and the games they are computed on.
//
// Player i is bit i of a std::uint64_t, so a game has at most 64 players (the 13 JJJ cities fit
// with room to spare). v(S) is the joint payoff of coalition S, in whatever money unit the game
// uses; v(empty) need not be 0, the Shapley value only uses differences.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>

namespace airgov::fairness {

using CoalitionValue = std::function<double(std::uint64_t members)>;

inline constexpr std::size_t kMaxPlayers = 64;

inline bool contains(std::uint64_t members, std::size_t player) {
  return ((members >> player) & 1U) != 0;
}

inline std::uint64_t singleton(std::size_t player) { return std::uint64_t{1} << player; }

// Every player of an n-player game.
inline std::uint64_t grand_coalition(std::size_t n) {
  return n >= kMaxPlayers ? ~std::uint64_t{0} : (std::uint64_t{1} << n) - 1;
}

inline void require_players(std::size_t n, const char* who) {
  if (n > kMaxPlayers) {
    throw std::invalid_argument(std::string(who) + ": at most " + std::to_string(kMaxPlayers) +
                                " players fit a coalition bitmask, got " + std::to_string(n));
  }
}

}  // namespace airgov::fairness
