// airgov serve [SCENARIO] [--port P] [--host H]: the live web app (README, "Web app and reports").
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <csignal>
#include <iostream>
#include <thread>

#include "sim/core/errors.hpp"
#include "tools/airgov/commands.hpp"
#include "tools/airgov/serve/presets.hpp"
#include "tools/airgov/serve/web_server.hpp"

namespace airgov::cli {
namespace {

struct ServeArguments {
  std::string scenario;
  std::string host = "127.0.0.1";
  int port = 8080;
};

serve::WebServer* running = nullptr;
extern "C" void on_signal(int) {
  if (running) running->stop();
}

int serve_command(const ServeArguments& args) {
  auto presets = std::make_shared<const serve::PresetLibrary>(args.scenario);
  serve::WebServer server(presets);
  const int port = server.bind(args.host, args.port);
  if (port < 0) throw UsageError(fmt::format("cannot listen on {}:{} (in use, or not an address of this machine)", args.host, args.port));
  // Printed on stdout so that scripts (the browser tests) can read the port when --port 0.
  std::cout << fmt::format("airgov serve: http://{}:{}/ ({} presets; Ctrl-C stops)", args.host, port,
                           presets->all().size())
            << std::endl;
  if (args.host != "127.0.0.1" && args.host != "localhost" && args.host != "::1")
    spdlog::warn("serving beyond this machine on {}: anyone who can reach it can use it", args.host);
  running = &server;
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  const bool ok = server.listen();
  running = nullptr;
  return ok ? kExitOk : kExitInternal;
}

}  // namespace

void add_serve_command(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<ServeArguments>();
  auto* sub = app.add_subcommand("serve", "Serve the live web app (map, levers, charts, classroom play) at "
                                          "http://HOST:PORT/, offline");
  sub->add_option("SCENARIO", args->scenario,
                  "Scenario file (JSON) offered as preset \"custom\" and opened first; the built-in library is always offered");
  sub->add_option("--port", args->port, "TCP port (0: any free port, printed)")->check(CLI::Range(0, 65535))->capture_default_str();
  sub->add_option("--host", args->host, "Address to listen on; anything but loopback exposes the app to the network")
      ->capture_default_str();
  sub->callback([args, &chosen] { chosen = [args] { return serve_command(*args); }; });
}

}  // namespace airgov::cli
