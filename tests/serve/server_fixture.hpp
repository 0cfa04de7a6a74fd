#pragma once
// One airgov web server for a test suite, on a free loopback port, served from a thread; and a
// client that speaks to it. The presets (the built-in library) are loaded once.
#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <thread>

#include "tools/airgov/serve/presets.hpp"
#include "tools/airgov/serve/web_server.hpp"

namespace airgov::testing {

class ServerFixture : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    presets_ = std::make_shared<const serve::PresetLibrary>();
    server_ = std::make_unique<serve::WebServer>(presets_);
    port_ = server_->bind("127.0.0.1", 0);
    ASSERT_GT(port_, 0);
    thread_ = std::thread([] { server_->listen(); });
  }
  static void TearDownTestSuite() {
    server_->stop();
    thread_.join();
    server_.reset();
    presets_.reset();
  }
  static httplib::Client client() {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(60, 0);
    return c;
  }
  static nlohmann::json post(const std::string& path, const nlohmann::json& body, int expected_status) {
    auto c = client();
    auto res = c.Post(path.c_str(), body.dump(), "application/json");
    EXPECT_TRUE(res) << path;
    if (!res) return {};
    EXPECT_EQ(res->status, expected_status) << path << ": " << res->body;
    return nlohmann::json::parse(res->body);
  }
  static nlohmann::json get(const std::string& path, int expected_status) {
    auto c = client();
    auto res = c.Get(path.c_str());
    EXPECT_TRUE(res) << path;
    if (!res) return {};
    EXPECT_EQ(res->status, expected_status) << path << ": " << res->body;
    return nlohmann::json::parse(res->body);
  }

  static inline std::shared_ptr<const serve::PresetLibrary> presets_;
  static inline std::unique_ptr<serve::WebServer> server_;
  static inline std::thread thread_;
  static inline int port_ = 0;
};

}  // namespace airgov::testing
