#include "sim/scenario/document_source.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace airgov {

std::string DocumentSource::resolve(const std::string& referring_document, const std::string& relative) const {
  const std::filesystem::path target(relative);
  if (target.is_absolute()) return target.lexically_normal().string();
  return (std::filesystem::path(referring_document).parent_path() / target).lexically_normal().string();
}

std::optional<std::string> FileSystemSource::read(const std::string& path) const {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace airgov
