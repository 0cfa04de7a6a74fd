#pragma once
// The web app's files, compiled into the binary (tools/web/embed_web.cmake): the page, its
// scripts and styles, and the chart library copied from node_modules. The server answers only
// with these, looked up by exact name, so no request can reach the file system.
#include <optional>
#include <string_view>
#include <vector>

#include "tools/airgov/embedded.hpp"

namespace airgov::embedded {
// Generated: "index.html", "app.js", "vendor/uPlot.iife.min.js", ...
const std::vector<File>& web_files();
}  // namespace airgov::embedded

namespace airgov::serve {

struct Asset {
  std::string_view content;
  std::string_view content_type;
};

// The embedded file at `path` ("/" is "index.html"; a leading "/" is ignored), or nullopt.
std::optional<Asset> find_asset(std::string_view path);

// The content of an embedded file that must exist (for the HTML reports); throws InternalError.
std::string_view asset_text(std::string_view name);

}  // namespace airgov::serve
