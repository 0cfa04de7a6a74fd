#pragma once
// Where input documents come from: the file system, or (tools/airgov) the scenario library
// compiled into the binary. Relative references inside a document resolve against the folder of
// the document that names them.
#include <optional>
#include <string>

namespace airgov {

class DocumentSource {
 public:
  virtual ~DocumentSource() = default;
  // The document's text, or nullopt when there is no such document.
  virtual std::optional<std::string> read(const std::string& path) const = 0;
  // `relative` as named inside `referring_document`.
  virtual std::string resolve(const std::string& referring_document, const std::string& relative) const;
};

class FileSystemSource : public DocumentSource {
 public:
  std::optional<std::string> read(const std::string& path) const override;
};

}  // namespace airgov
