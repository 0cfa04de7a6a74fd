#include "tools/airgov/serve/web_assets.hpp"

#include <string>

#include "sim/core/errors.hpp"

namespace airgov::serve {
namespace {

std::string_view content_type_of(std::string_view name) {
  auto ends = [&](std::string_view ext) { return name.size() >= ext.size() && name.substr(name.size() - ext.size()) == ext; };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".js") || ends(".mjs")) return "text/javascript; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".json")) return "application/json";
  if (ends(".png")) return "image/png";
  return "text/plain; charset=utf-8";
}

}  // namespace

std::optional<Asset> find_asset(std::string_view path) {
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  if (path.empty()) path = "index.html";
  for (const auto& file : embedded::web_files())
    if (file.path == path) return Asset{file.content, content_type_of(path)};
  return std::nullopt;
}

std::string_view asset_text(std::string_view name) {
  if (auto a = find_asset(name)) return a->content;
  throw InternalError("web asset " + std::string(name) + " is not built into airgov");
}

}  // namespace airgov::serve
