// The server refuses what it should, each time with a JSON error naming the parameter: unknown
// or out-of-range values, unknown members, bad JSON, deep nesting, oversized bodies, unknown
// query parameters and ids; and it serves only its embedded files (no path traversal).
#include "tests/serve/server_fixture.hpp"
#include "tools/airgov/serve/request_body.hpp"

namespace airgov::testing {
namespace {

class Api : public ServerFixture {};

void expect_error(const nlohmann::json& reply, const std::string& parameter, const std::string& fragment) {
  ASSERT_TRUE(reply.contains("error")) << reply.dump();
  EXPECT_EQ(reply["error"]["parameter"], parameter) << reply.dump();
  EXPECT_NE(reply["error"]["message"].get<std::string>().find(fragment), std::string::npos) << reply.dump();
}

TEST_F(Api, ServesThePageAndTheBundledChartLibrary) {
  auto c = client();
  auto page = c.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->get_header_value("Content-Type").find("text/html"), std::string::npos);
  EXPECT_NE(page->body.find("vendor/uPlot.iife.min.js"), std::string::npos);
  // Nothing is fetched from elsewhere: no absolute URL in the page.
  EXPECT_EQ(page->body.find("src=\"http"), std::string::npos);
  auto lib = c.Get("/vendor/uPlot.iife.min.js");
  ASSERT_TRUE(lib);
  EXPECT_EQ(lib->status, 200);
  EXPECT_GT(lib->body.size(), 20000u);
  EXPECT_NE(lib->get_header_value("Content-Type").find("javascript"), std::string::npos);
  EXPECT_NE(lib->get_header_value("Content-Security-Policy").find("default-src 'self'"), std::string::npos);
}

TEST_F(Api, NoPathTraversal) {
  auto c = client();
  for (const char* path : {"/../CMakeLists.txt", "/js/../../README.md", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
                           "//etc/passwd", "/js/%2e%2e/index.html/../../../etc/passwd", "/tools/web/static/index.html"}) {
    auto res = c.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_TRUE(res->status == 404 || res->status == 400) << path << " gave " << res->status;
    EXPECT_EQ(res->body.find("root:"), std::string::npos) << path;
    EXPECT_EQ(res->body.find("cmake_minimum_required"), std::string::npos) << path;
  }
}

TEST_F(Api, RefusesOversizedBodies) {
  auto c = client();
  const std::string big = "{\"preset\": \"" + std::string(serve::kMaxBodyBytes + 10, 'x') + "\"}";
  auto res = c.Post("/api/sessions", big, "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  expect_error(nlohmann::json::parse(res->body), "body", "larger than");
}

TEST_F(Api, ValidatesSessionSettings) {
  expect_error(post("/api/sessions", {{"preset", "territorail"}}, 400), "/preset", "did you mean \"territorial\"");
  expect_error(post("/api/sessions", {{"rule", "nashh"}}, 400), "/rule", "did you mean \"nash\"");
  expect_error(post("/api/sessions", {{"seed", -1}}, 400), "/seed", "outside");
  expect_error(post("/api/sessions", {{"seed", 1.5}}, 400), "/seed", "whole number");
  expect_error(post("/api/sessions", {{"days", 0}}, 400), "/days", "outside");
  expect_error(post("/api/sessions", {{"days", 100000}}, 400), "/days", "outside");
  expect_error(post("/api/sessions", {{"levers", {{"laws_regulations", 2}}}}, 400), "/levers/laws_regulations", "outside [0, 1]");
  expect_error(post("/api/sessions", {{"levers", {{"law_regulations", 0.5}}}}, 400), "/levers/law_regulations",
               "did you mean \"laws_regulations\"");
  expect_error(post("/api/sessions", {{"levers", {{"funding", "a lot"}}}}, 400), "/levers/funding", "expected a number");
  expect_error(post("/api/sessions", {{"sead", 3}}, 400), "/sead", "did you mean \"seed\"");
  expect_error(post("/api/sessions", nlohmann::json::array(), 400), "body", "must be a JSON object");
}

TEST_F(Api, RefusesBadJsonAndDeepNesting) {
  auto c = client();
  auto res = c.Post("/api/sessions", "{\"seed\": ", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_NE(res->body.find("invalid JSON"), std::string::npos);
  const std::string deep = std::string(1000, '[') + std::string(1000, ']');
  res = c.Post("/api/sessions", "{\"levers\": " + deep + "}", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_NE(res->body.find("invalid JSON"), std::string::npos);
}

TEST_F(Api, ValidatesStepsIdsAndQueries) {
  const auto created = post("/api/sessions", {{"preset", "territorial"}, {"days", 30}}, 201);
  const std::string id = created["id"];
  expect_error(post("/api/sessions/" + id + "/step", {{"days", 0}}, 400), "/days", "outside");
  expect_error(post("/api/sessions/" + id + "/step", {{"days", 367}}, 400), "/days", "outside");
  expect_error(post("/api/sessions/" + id + "/step", {{"day", 3}}, 400), "/day", "did you mean \"days\"");
  expect_error(post("/api/sessions/" + id + "/levers", nlohmann::json::object(), 400), "/levers", "missing");
  expect_error(post("/api/sessions/0123456789abcdef/step", {{"days", 1}}, 404), "session", "no session");
  expect_error(post("/api/sessions/bad$id/step", {{"days", 1}}, 400), "session", "expected an id");
  expect_error(get("/api/region?preset=nope", 400), "preset", "unknown preset");
  expect_error(get("/api/presets?x=1", 400), "x", "unknown query parameter");
  expect_error(get("/api/nothing", 404), "path", "no API endpoint");
  // Stepping past the horizon stops at the horizon.
  const auto stepped = post("/api/sessions/" + id + "/step", {{"days", 366}}, 200);
  EXPECT_EQ(stepped["frames"].size(), 30u);
  EXPECT_TRUE(stepped["state"]["done"].get<bool>());
}

TEST_F(Api, ListsPresetsWithTheirLevers) {
  const auto p = get("/api/presets", 200);
  std::set<std::string> ids;
  for (const auto& x : p["presets"]) ids.insert(x["id"].get<std::string>());
  for (const char* id : {"default", "territorial", "full-cooperation", "classroom-free-rider", "recommended-package"})
    EXPECT_TRUE(ids.count(id)) << id;
  EXPECT_EQ(p["levers"].size(), 6u);
  const auto region = get("/api/region?preset=classroom-free-rider", 200);
  EXPECT_EQ(region["jurisdictions"].size(), 13u);
  EXPECT_EQ(region["jurisdictions"][0]["id"], "beijing");
  EXPECT_FALSE(region["jurisdictions"][0]["name_zh"].get<std::string>().empty());
}

}  // namespace
}  // namespace airgov::testing
