#include "tools/airgov/serve/web_server.hpp"

#include <httplib.h>
#include <sys/socket.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <set>

#include "models/decision/rule_factory.hpp"
#include "sim/record/json_output.hpp"
#include "tools/airgov/serve/api_error.hpp"
#include "tools/airgov/serve/classroom.hpp"
#include "tools/airgov/serve/live_session.hpp"
#include "tools/airgov/serve/registry.hpp"
#include "tools/airgov/serve/request_body.hpp"
#include "tools/airgov/serve/web_assets.hpp"

namespace airgov::serve {

using namespace std::chrono_literals;

struct WebServer::State {
  explicit State(std::shared_ptr<const PresetLibrary> p) : presets(std::move(p)) {}
  std::shared_ptr<const PresetLibrary> presets;
  Registry<LiveSession> sessions{kMaxSessions, 30min, "session"};
  Registry<Classroom> classrooms{kMaxClassrooms, 4h, "classroom", 6};
};

namespace {

void send_json(httplib::Response& res, const nlohmann::json& body, int status = 200) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(json_text(body, -1, "the response"), "application/json");
}

// Query parameters: only those listed are accepted, each at most once. Read from the URL itself
// (httplib also puts form-encoded bodies into req.params, and bodies must be JSON).
void check_query(const httplib::Request& req, const std::set<std::string>& allowed) {
  const auto q = req.target.find('?');
  if (q == std::string::npos) return;
  httplib::Params params;
  httplib::detail::parse_query_text(req.target.substr(q + 1), params);
  for (const auto& [key, value] : params) {
    if (!allowed.count(key)) throw ApiError(400, key, "unknown query parameter \"" + key + "\"");
    if (params.count(key) > 1) throw ApiError(400, key, "query parameter given more than once");
  }
}

// The JSON body of a POST: any other content type is refused (415) rather than misread.
Json json_body(const httplib::Request& req) {
  if (!req.body.empty() && req.get_header_value("Content-Type").rfind("application/json", 0) != 0)
    throw ApiError(415, "body", "send the body as JSON, with Content-Type: application/json");
  return parse_body(req.body);
}

// Wraps a handler: ApiError -> its status and JSON; anything else -> 500 with a generic message
// (logged), so no request can bring the server down.
template <class F>
httplib::Server::Handler guarded(F f) {
  return [f](const httplib::Request& req, httplib::Response& res) {
    try {
      f(req, res);
    } catch (const ApiError& e) {
      send_json(res, e.to_json(), e.status());
    } catch (const std::exception& e) {
      spdlog::error("serve: {} {}: {}", req.method, req.path, e.what());
      send_json(res, ApiError(500, "", std::string("internal error: ") + e.what()).to_json(), 500);
    }
  };
}

}  // namespace

WebServer::WebServer(std::shared_ptr<const PresetLibrary> presets)
    : state_(std::make_unique<State>(std::move(presets))), server_(std::make_unique<httplib::Server>()) {
  auto& svr = *server_;
  State& st = *state_;
  svr.new_task_queue = [] { return new httplib::ThreadPool(kThreads); };
  // Remember the listening socket: cpp-httplib 0.11 listens with a backlog of 5, which drops
  // connections when a class of 50 connects at once; bind() widens it.
  svr.set_socket_options([this](socket_t sock) {
    httplib::default_socket_options(sock);
    listen_socket_ = sock;
  });
  svr.set_payload_max_length(kMaxBodyBytes);
  svr.set_read_timeout(10s);
  svr.set_write_timeout(10s);
  svr.set_keep_alive_timeout(5);
  // Everything the page needs is served from here: a strict policy makes that checkable.
  svr.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                           {"Content-Security-Policy",
                            "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                            "connect-src 'self'; frame-ancestors 'none'"}});

  svr.Get("/api/health", guarded([&st](const httplib::Request& req, httplib::Response& res) {
    check_query(req, {});
    send_json(res, {{"ok", true}, {"sessions", st.sessions.size()}, {"classrooms", st.classrooms.size()}});
  }));
  svr.Get("/api/presets", guarded([&st](const httplib::Request& req, httplib::Response& res) {
    check_query(req, {});
    nlohmann::json levers = nlohmann::json::array();
    for (const char* l : kLeverNames) levers.push_back(l);
    send_json(res, {{"presets", st.presets->list_json()},
                    {"default", st.presets->default_id()},
                    {"rules", decision::rule_names()},
                    {"levers", levers},
                    {"limits", {{"max_days", kMaxSessionDays}, {"max_step_days", kMaxStepDays},
                                {"max_round_seconds", kMaxRoundSeconds}, {"max_body_bytes", kMaxBodyBytes}}}});
  }));
  svr.Get("/api/region", guarded([&st](const httplib::Request& req, httplib::Response& res) {
    check_query(req, {"preset"});
    const std::string id = req.has_param("preset") ? req.get_param_value("preset") : st.presets->default_id();
    send_json(res, region_json(st.presets->find(checked_id("preset", id), "preset")->scenario.region));
  }));

  // ---- Live sessions.
  svr.Post("/api/sessions", guarded([&st](const httplib::Request& req, httplib::Response& res) {
    check_query(req, {});
    auto session = std::make_unique<LiveSession>(read_settings(json_body(req), *st.presets));
    nlohmann::json state = session->state();
    const std::string id = st.sessions.add(std::move(session));
    send_json(res, {{"id", id}, {"state", state}}, 201);
  }));
  svr.Get(R"(/api/sessions/([^/]+))", guarded([&st](const httplib::Request& req, httplib::Response& res) {
    check_query(req, {});
    const std::string id = checked_id("session", req.matches[1]);
    send_json(res, st.sessions.with(id, "session", [](LiveSession& s) { return s.state(); }));
  }));
  svr.Delete(R"(/api/sessions/([^/]+))", guarded([&st](const httplib::Request& req, httplib::Response& res) {
    check_query(req, {});
    const std::string id = checked_id("session", req.matches[1]);
    if (!st.sessions.remove(id)) throw ApiError(404, "session", "no session \"" + id + "\"");
    send_json(res, {{"deleted", id}});
  }));
  svr.Post(R"(/api/sessions/([^/]+)/step)", guarded([&st](const httplib::Request& req, httplib::Response& res) {
    check_query(req, {});
    const std::string id = checked_id("session", req.matches[1]);
    const auto body = json_body(req);
    BodyReader reader(body, "", {"days"});
    reader.finish();
    const int days = static_cast<int>(reader.integer("days", 1, kMaxStepDays).value_or(1));
    send_json(res, st.sessions.with(id, "session", [days](LiveSession& s) { return s.step(days); }));
  }));
  svr.Post(R"(/api/sessions/([^/]+)/levers)", guarded([&st](const httplib::Request& req, httplib::Response& res) {
    check_query(req, {});
    const std::string id = checked_id("session", req.matches[1]);
    const auto body = json_body(req);
    BodyReader reader(body, "", {"levers"});
    reader.finish();
    const auto* levers = reader.object("levers");
    if (!levers) throw ApiError(400, "/levers", "missing: an object of lever values in [0, 1]");
    send_json(res, st.sessions.with(id, "session", [&](LiveSession& s) {
      s.set_levers(read_levers(*levers, "/levers", s.settings().levers));
      return s.state();
    }));
  }));

  // ---- Classrooms (participatory play).
  svr.Post("/api/classrooms", guarded([&st](const httplib::Request& req, httplib::Response& res) {
    check_query(req, {});
    auto body = json_body(req);
    int round_seconds = 0;
    {
      BodyReader reader(body, "", {"preset", "rule", "seed", "days", "levers", "round_seconds"});
      reader.finish();
      round_seconds = static_cast<int>(reader.integer("round_seconds", 0, kMaxRoundSeconds).value_or(0));
    }
    body.erase("round_seconds");
    auto classroom = std::make_unique<Classroom>(read_settings(body, *st.presets), round_seconds);
    const std::string teacher = classroom->teacher_token();
    nlohmann::json state = classroom->state("");
    const std::string code = st.classrooms.add(std::move(classroom));
    send_json(res, {{"code", code}, {"teacher_token", teacher}, {"state", state}}, 201);
  }));
  svr.Get(R"(/api/classrooms/([^/]+))", guarded([&st](const httplib::Request& req, httplib::Response& res) {
    check_query(req, {"token"});
    const std::string code = checked_id("classroom", req.matches[1]);
    const std::string token = req.has_param("token") ? checked_id("token", req.get_param_value("token")) : "";
    send_json(res, st.classrooms.with(code, "classroom", [&](Classroom& c) {
      c.tick(Classroom::Clock::now());
      return c.state(token);
    }));
  }));
  svr.Post(R"(/api/classrooms/([^/]+)/join)", guarded([&st](const httplib::Request& req, httplib::Response& res) {
    check_query(req, {});
    const std::string code = checked_id("classroom", req.matches[1]);
    const auto body = json_body(req);
    BodyReader reader(body, "", {"jurisdiction", "name"});
    reader.finish();
    const auto jurisdiction = reader.string("jurisdiction", 64);
    if (!jurisdiction) throw ApiError(400, "/jurisdiction", "missing: the id of the government to play");
    const std::string name = reader.string("name", kMaxNameBytes).value_or("");
    send_json(res, st.classrooms.with(code, "classroom", [&](Classroom& c) {
      const std::string token = c.join(*jurisdiction, name);
      return nlohmann::json{{"token", token}, {"jurisdiction", *jurisdiction}, {"state", c.state(token)}};
    }));
  }));
  svr.Post(R"(/api/classrooms/([^/]+)/submit)", guarded([&st](const httplib::Request& req, httplib::Response& res) {
    check_query(req, {});
    const std::string code = checked_id("classroom", req.matches[1]);
    const auto body = json_body(req);
    BodyReader reader(body, "", {"token", "effort"});
    reader.finish();
    const auto token = reader.string("token", 64);
    if (!token) throw ApiError(400, "/token", "missing: the token returned by join");
    const auto effort = reader.number("effort", 0, 1);
    if (!effort) throw ApiError(400, "/effort", "missing: the effort (fraction of emissions cut)");
    send_json(res, st.classrooms.with(code, "classroom", [&](Classroom& c) {
      c.submit(*token, *effort);
      return c.state(*token);
    }));
  }));
  svr.Post(R"(/api/classrooms/([^/]+)/advance)", guarded([&st](const httplib::Request& req, httplib::Response& res) {
    check_query(req, {});
    const std::string code = checked_id("classroom", req.matches[1]);
    const auto body = json_body(req);
    BodyReader reader(body, "", {"token"});
    reader.finish();
    const std::string token = reader.string("token", 64).value_or("");
    send_json(res, st.classrooms.with(code, "classroom", [&](Classroom& c) {
      c.advance(token);
      return c.state("");
    }));
  }));

  // ---- Anything else: an embedded asset, or a JSON 404.
  svr.Get(".*", guarded([](const httplib::Request& req, httplib::Response& res) {
    if (req.path.rfind("/api/", 0) == 0) throw ApiError(404, "path", "no API endpoint " + req.path);
    const auto asset = find_asset(req.path);
    if (!asset) throw ApiError(404, "path", "no such file: " + req.path);
    res.set_content(std::string(asset->content), std::string(asset->content_type).c_str());
  }));
  svr.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    const std::string message = res.status == 413   ? "request body larger than " + std::to_string(kMaxBodyBytes) + " bytes"
                                : res.status == 404 ? "no such endpoint: " + req.method + " " + req.path
                                                    : "request refused";
    send_json(res, ApiError(res.status, res.status == 413 ? "body" : "path", message).to_json(), res.status);
  });
}

WebServer::~WebServer() { stop(); }

int WebServer::bind(const std::string& host, int port) {
  const int bound = port == 0 ? server_->bind_to_any_port(host) : (server_->bind_to_port(host, port) ? port : -1);
  // Calling listen() again on a listening socket sets its backlog (Linux, POSIX).
  if (bound > 0 && listen_socket_ >= 0) ::listen(listen_socket_, kListenBacklog);
  return bound;
}

bool WebServer::listen() { return server_->listen_after_bind(); }

void WebServer::stop() {
  if (server_ && server_->is_running()) server_->stop();
}

}  // namespace airgov::serve
