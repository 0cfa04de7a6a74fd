#pragma once
// The HTTP side of `airgov serve`: the embedded page and its assets, and the JSON API of live
// sessions and classrooms (README, "Web app and reports"). cpp-httplib serves each connection
// from a fixed pool of threads, sized for kThreads concurrent clients; bodies above
// kMaxBodyBytes are refused (413); every parameter is checked, and a refusal is a JSON error
// naming it. Only embedded files are served: no request reaches the file system.
#include <memory>
#include <string>

#include "tools/airgov/serve/presets.hpp"

namespace httplib {
class Server;
}

namespace airgov::serve {

// 50 concurrent clients (the load test) with keep-alive connections, plus room for the page's
// own parallel requests.
inline constexpr std::size_t kThreads = 64;
inline constexpr std::size_t kMaxSessions = 512;
inline constexpr std::size_t kMaxClassrooms = 64;
// Connections waiting to be accepted: a whole class connecting at once.
inline constexpr int kListenBacklog = 256;

class WebServer {
 public:
  explicit WebServer(std::shared_ptr<const PresetLibrary> presets);
  ~WebServer();
  WebServer(const WebServer&) = delete;
  WebServer& operator=(const WebServer&) = delete;

  // Binds to host:port (port 0: any free port) and returns the port, or -1 when it cannot.
  int bind(const std::string& host, int port);
  // Serves until stop() (blocks); false when the server failed.
  bool listen();
  void stop();

 private:
  struct State;
  std::unique_ptr<State> state_;
  std::unique_ptr<httplib::Server> server_;
  int listen_socket_ = -1;
};

}  // namespace airgov::serve
