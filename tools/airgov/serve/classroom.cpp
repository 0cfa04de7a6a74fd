#include "tools/airgov/serve/classroom.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "sim/scenario/json_reader.hpp"
#include "tools/airgov/serve/api_error.hpp"
#include "tools/airgov/serve/registry.hpp"

namespace airgov::serve {

Classroom::Classroom(SessionSettings settings, int round_seconds)
    : session_(std::move(settings)),
      round_seconds_(round_seconds),
      teacher_token_(random_token()),
      seats_(session_.scenario().region.jurisdictions.size()) {
  open_round();
}

void Classroom::open_round() {
  deadline_ = Clock::now() + std::chrono::seconds(round_seconds_);
  for (auto& s : seats_) s.submitted.reset();
}

std::string Classroom::join(const std::string& jurisdiction, const std::string& name) {
  const auto& js = session_.scenario().region.jurisdictions;
  std::vector<std::string> ids;
  for (const auto& j : js) ids.push_back(j.id);
  auto it = std::find(ids.begin(), ids.end(), jurisdiction);
  if (it == ids.end()) {
    std::string hint;
    if (auto m = did_you_mean(jurisdiction, ids)) hint = fmt::format(" (did you mean \"{}\"?)", *m);
    throw ApiError(400, "/jurisdiction", fmt::format("unknown jurisdiction \"{}\"{}", jurisdiction, hint));
  }
  if (session_.done()) throw ApiError(409, "/jurisdiction", "the game is over");
  Seat& seat = seats_[static_cast<std::size_t>(it - ids.begin())];
  if (!seat.token.empty()) throw ApiError(409, "/jurisdiction", fmt::format("{} is already played by {}", jurisdiction, seat.name));
  seat.token = random_token();
  seat.name = name.empty() ? "player" : name;
  return seat.token;
}

std::size_t Classroom::seat_of(const std::string& token) const {
  for (std::size_t j = 0; j < seats_.size(); ++j)
    if (!token.empty() && seats_[j].token == token) return j;
  throw ApiError(403, "/token", "this token holds no seat in this classroom");
}

void Classroom::submit(const std::string& token, double effort) {
  tick(Clock::now());
  const std::size_t j = seat_of(token);
  if (session_.done()) throw ApiError(409, "/effort", "the game is over");
  const double max_effort = session_.scenario().economics.max_effort;
  if (!(effort >= 0 && effort <= max_effort))
    throw ApiError(400, "/effort", fmt::format("{} is outside [0, {}] (the scenario's max_effort)", effort, max_effort));
  seats_[j].submitted = effort;
  seats_[j].last = effort;
  const bool all = std::all_of(seats_.begin(), seats_.end(), [](const Seat& s) { return s.token.empty() || s.submitted; });
  if (all) play_round();
}

void Classroom::advance(const std::string& teacher_token) {
  if (teacher_token != teacher_token_) throw ApiError(403, "/token", "only the teacher who opened the classroom can end a round");
  if (session_.done()) throw ApiError(409, "/token", "the game is over");
  play_round();
}

void Classroom::tick(Clock::time_point now) {
  if (round_seconds_ > 0 && !session_.done() && now >= deadline_) play_round();
}

void Classroom::play_round() {
  // Seated governments play what their students chose (the last choice when they missed a
  // round); the rule plays the others and the seats that never chose.
  std::map<std::size_t, double> overrides;
  for (std::size_t j = 0; j < seats_.size(); ++j)
    if (!seats_[j].token.empty() && seats_[j].last) overrides[j] = *seats_[j].last;
  session_.set_overrides(std::move(overrides));
  nlohmann::json step = session_.step_period();
  nlohmann::json round = {{"round", round_}, {"humans", nlohmann::json::array()}};
  for (std::size_t j = 0; j < seats_.size(); ++j) round["humans"].push_back(!seats_[j].token.empty() && seats_[j].last.has_value());
  const auto& frames = step["frames"];
  if (!frames.empty()) {
    round["first_date"] = frames.front()["date"];
    round["last_date"] = frames.back()["date"];
    double sum = 0;
    for (const auto& f : frames) sum += f["region_pm25"].get<double>();
    round["region_pm25"] = std::round(sum / static_cast<double>(frames.size()) * 100) / 100;
    // Heavy-pollution days (AQI > 200) of each government in the round.
    std::vector<int> heavy(seats_.size(), 0);
    for (const auto& f : frames)
      for (std::size_t j = 0; j < seats_.size(); ++j)
        if (f["aqi_class"][j].get<int>() >= 4) ++heavy[j];
    round["heavy_days"] = heavy;
  }
  if (!step["periods"].empty()) round["period"] = step["periods"].back();
  rounds_.push_back(std::move(round));
  ++round_;
  open_round();
}

nlohmann::json Classroom::state(const std::string& token) const {
  nlohmann::json seats = nlohmann::json::array();
  for (const auto& s : seats_)
    seats.push_back({{"taken", !s.token.empty()},
                     {"name", s.token.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.name)},
                     {"submitted", s.submitted.has_value()},
                     {"yours", !token.empty() && s.token == token}});
  nlohmann::json seconds_left = nullptr;
  if (round_seconds_ > 0 && !session_.done())
    seconds_left = std::max<long long>(0, std::chrono::duration_cast<std::chrono::seconds>(deadline_ - Clock::now()).count());
  return {{"round", round_},
          {"round_seconds", round_seconds_},
          {"seconds_left", seconds_left},
          {"done", session_.done()},
          {"seats", seats},
          {"rounds", rounds_},
          {"state", session_.state()}};
}

}  // namespace airgov::serve
