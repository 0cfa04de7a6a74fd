#pragma once
// Participatory play (README, "Web app and reports"): a teacher opens a classroom on a preset;
// students join from other tabs or machines, each taking one government (a seat); every round is
// one decision period in which each seated student sets the effort of his or her government,
// while the chosen rule plays the others. When every seated student has submitted, when the
// round's timer runs out, or when the teacher ends the round, the period is simulated and the
// class sees the map, each government's payoff and the regional outcome.
// Not thread-safe: the registry locks a classroom while it is used.
#include <nlohmann/json.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "tools/airgov/serve/live_session.hpp"

namespace airgov::serve {

inline constexpr int kMaxRoundSeconds = 3600;
inline constexpr std::size_t kMaxNameBytes = 40;

class Classroom {
 public:
  using Clock = std::chrono::steady_clock;
  Classroom(SessionSettings settings, int round_seconds);

  const std::string& teacher_token() const { return teacher_token_; }
  // Takes the seat of `jurisdiction` (an id of the region) and returns the student's token;
  // ApiError 400 for an unknown id, 409 when the seat is taken or the game is over.
  std::string join(const std::string& jurisdiction, const std::string& name);
  // The effort of the token's government for the current round, in [0, max_effort].
  void submit(const std::string& token, double effort);
  // The teacher ends the round now (ApiError 403 for a wrong token, 409 when the game is over).
  void advance(const std::string& teacher_token);
  // Plays the round when its timer has run out.
  void tick(Clock::time_point now);
  // What every participant sees: seats (who, submitted or not), the round, seconds left, the
  // results of every round played and the run's monitors. `token` (optional) marks "your" seat.
  nlohmann::json state(const std::string& token) const;

 private:
  struct Seat {
    std::string name;
    std::string token;  // empty: a computer agent plays it
    std::optional<double> submitted;  // this round
    std::optional<double> last;       // last submitted effort (kept when a round passes without one)
  };
  void open_round();
  void play_round();
  std::size_t seat_of(const std::string& token) const;

  LiveSession session_;
  int round_seconds_;
  std::string teacher_token_;
  std::vector<Seat> seats_;
  int round_ = 1;
  Clock::time_point deadline_;
  nlohmann::json rounds_ = nlohmann::json::array();
};

}  // namespace airgov::serve
