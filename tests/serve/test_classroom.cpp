// Participatory play through the HTTP API: a teacher opens a classroom, two students join from
// "other machines" (other clients), submit their efforts, and the round is played when both
// have: the seated governments cut exactly what their students chose, the others what the rule
// chose; wrong tokens, taken seats and out-of-range efforts are refused with the parameter named.
#include "tests/serve/server_fixture.hpp"

namespace airgov::testing {
namespace {

class Classroom : public ServerFixture {};

TEST_F(Classroom, TwoStudentsPlayARound) {
  const auto opened = post("/api/classrooms", {{"preset", "territorial"}, {"round_seconds", 0}}, 201);
  const std::string code = opened["code"];
  const std::string teacher = opened["teacher_token"];
  EXPECT_EQ(code.size(), 6u);
  const auto a = post("/api/classrooms/" + code + "/join", {{"jurisdiction", "beijing"}, {"name", "Ana"}}, 200);
  const auto b = post("/api/classrooms/" + code + "/join", {{"jurisdiction", "langfang"}, {"name", "Bo"}}, 200);
  const std::string ta = a["token"], tb = b["token"];
  // Taken seat, unknown jurisdiction, bad token, effort out of range.
  auto e = post("/api/classrooms/" + code + "/join", {{"jurisdiction", "beijing"}}, 409);
  EXPECT_EQ(e["error"]["parameter"], "/jurisdiction");
  e = post("/api/classrooms/" + code + "/join", {{"jurisdiction", "bejing"}}, 400);
  EXPECT_NE(e["error"]["message"].get<std::string>().find("did you mean \"beijing\""), std::string::npos);
  e = post("/api/classrooms/" + code + "/submit", {{"token", "0000"}, {"effort", 0.3}}, 403);
  EXPECT_EQ(e["error"]["parameter"], "/token");
  e = post("/api/classrooms/" + code + "/submit", {{"token", ta}, {"effort", 0.95}}, 400);
  EXPECT_EQ(e["error"]["parameter"], "/effort");
  e = post("/api/classrooms/" + code + "/advance", {{"token", ta}}, 403);  // a student is not the teacher

  // One submission: the round waits for the other.
  auto st = post("/api/classrooms/" + code + "/submit", {{"token", ta}, {"effort", 0.6}}, 200);
  EXPECT_EQ(st["round"], 1);
  EXPECT_TRUE(st["rounds"].empty());
  st = post("/api/classrooms/" + code + "/submit", {{"token", tb}, {"effort", 0.25}}, 200);
  EXPECT_EQ(st["round"], 2);
  ASSERT_EQ(st["rounds"].size(), 1u);
  const auto& round = st["rounds"][0];
  EXPECT_EQ(round["first_date"], "2013-01-01");
  EXPECT_EQ(round["last_date"], "2013-01-31");
  const auto region = get("/api/region?preset=territorial", 200);
  std::size_t bj = 0, lf = 0;
  for (std::size_t j = 0; j < region["jurisdictions"].size(); ++j) {
    if (region["jurisdictions"][j]["id"] == "beijing") bj = j;
    if (region["jurisdictions"][j]["id"] == "langfang") lf = j;
  }
  EXPECT_NEAR(round["period"]["effort"][bj].get<double>(), 0.6, 1e-4);
  EXPECT_NEAR(round["period"]["effort"][lf].get<double>(), 0.25, 1e-4);
  EXPECT_TRUE(round["humans"][bj].get<bool>());
  // A computer government (nash, no lever) cuts less than Beijing's student.
  std::size_t other = bj == 0 ? 1 : 0;
  if (other == lf) other = 2;
  EXPECT_LT(round["period"]["effort"][other].get<double>(), 0.6);
  EXPECT_EQ(round["period"]["payoff_cny"].size(), region["jurisdictions"].size());
  // Everyone sees the same state; "yours" marks the asker's seat only.
  const auto seen = get("/api/classrooms/" + code + "?token=" + tb, 200);
  EXPECT_TRUE(seen["seats"][lf]["yours"].get<bool>());
  EXPECT_FALSE(seen["seats"][bj]["yours"].get<bool>());
  EXPECT_EQ(seen["seats"][bj]["name"], "Ana");
  // The teacher ends round 2 without waiting; students who did not submit keep their last effort.
  st = post("/api/classrooms/" + code + "/advance", {{"token", teacher}}, 200);
  ASSERT_EQ(st["rounds"].size(), 2u);
  EXPECT_NEAR(st["rounds"][1]["period"]["effort"][bj].get<double>(), 0.6, 1e-4);
  EXPECT_EQ(st["rounds"][1]["first_date"], "2013-02-01");
}

TEST_F(Classroom, ATimerPlaysTheRound) {
  const auto opened = post("/api/classrooms", {{"preset", "classroom-free-rider"}, {"round_seconds", 1}}, 201);
  const std::string code = opened["code"];
  post("/api/classrooms/" + code + "/join", {{"jurisdiction", "tianjin"}}, 200);
  std::this_thread::sleep_for(std::chrono::milliseconds(1300));
  const auto st = get("/api/classrooms/" + code, 200);
  EXPECT_GE(st["rounds"].size(), 1u);
  const auto bad = post("/api/classrooms", {{"round_seconds", 99999}}, 400);
  EXPECT_EQ(bad["error"]["parameter"], "/round_seconds");
  const auto missing = get("/api/classrooms/ZZZZZZ", 404);
  EXPECT_EQ(missing["error"]["parameter"], "classroom");
}

}  // namespace
}  // namespace airgov::testing
