// Load: 50 concurrent clients, each with its own session, stepping simulations (and moving a
// lever now and then) on loopback for AIRGOV_SERVE_LOAD_SECONDS seconds (3 in the test suite;
// README: 30 for the acceptance figure), with no failed request. Prints the figures.
#include <atomic>
#include <cstdlib>
#include <vector>

#include "tests/serve/server_fixture.hpp"

namespace airgov::testing {
namespace {

class Load : public ServerFixture {};

TEST_F(Load, FiftyClientsSteppingSimulations) {
  const char* env = std::getenv("AIRGOV_SERVE_LOAD_SECONDS");
  const double seconds = env ? std::atof(env) : 3.0;
  constexpr int kClients = 50;
  std::atomic<long> requests{0}, days{0}, failures{0};
  std::atomic<bool> stop{false};
  std::vector<std::thread> clients;
  std::vector<std::string> errors(kClients);
  const auto start = std::chrono::steady_clock::now();
  for (int k = 0; k < kClients; ++k) {
    clients.emplace_back([&, k] {
      httplib::Client c("127.0.0.1", port_);
      c.set_keep_alive(true);
      c.set_read_timeout(30, 0);
      const nlohmann::json settings = {{"preset", k % 2 ? "default" : "classroom-free-rider"}, {"seed", k}, {"days", 3660}};
      auto created = c.Post("/api/sessions", settings.dump(), "application/json");
      ++requests;
      if (!created || created->status != 201) {
        ++failures;
        errors[k] = created ? created->body : httplib::to_string(created.error());
        return;
      }
      const std::string id = nlohmann::json::parse(created->body)["id"];
      int n = 0;
      while (!stop) {
        std::string path = "/api/sessions/" + id + "/step", body = "{\"days\": 5}";
        if (++n % 10 == 0) {
          path = "/api/sessions/" + id + "/levers";
          body = nlohmann::json{{"levers", {{"laws_regulations", (n % 20) / 20.0}}}}.dump();
        }
        auto res = c.Post(path.c_str(), body, "application/json");
        ++requests;
        if (!res || res->status != 200) {
          ++failures;
          errors[k] = "request " + std::to_string(n) + " " + path + ": " + (res ? res->body : httplib::to_string(res.error()));
          return;
        }
        if (n % 10 != 0) {
          const auto reply = nlohmann::json::parse(res->body);
          days += static_cast<long>(reply["frames"].size());
          if (reply["state"]["done"].get<bool>()) return;
        }
      }
      c.Delete(("/api/sessions/" + id).c_str());
    });
  }
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
  stop = true;
  for (auto& t : clients) t.join();
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  for (int k = 0; k < kClients; ++k) EXPECT_TRUE(errors[k].empty()) << "client " << k << ": " << errors[k];
  EXPECT_EQ(failures.load(), 0);
  EXPECT_GT(requests.load(), kClients * 2);
  const auto r = static_cast<double>(requests.load()), d = static_cast<double>(days.load());
  std::printf("load: %d clients, %.1f s, %.0f requests (%.0f/s), %.0f simulated days (%.0f/s), %ld failures\n", kClients,
              elapsed, r, r / elapsed, d, d / elapsed, failures.load());
}

}  // namespace
}  // namespace airgov::testing
