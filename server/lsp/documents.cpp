#include "server/lsp/documents.h"

namespace sluice::lsp {

namespace {

// Applies one ranged edit to `text`; false when the range is not in it.
bool apply_edit(std::string& text, const protocol::Range& range, const std::string& replacement,
                PositionEncoding encoding) {
  SourceFile file(FileId(0), "", text);
  std::optional<uint32_t> begin = to_offset(file, range.start, encoding);
  std::optional<uint32_t> end = to_offset(file, range.end, encoding);
  if (!begin || !end || *begin > *end) return false;
  text.replace(*begin, *end - *begin, replacement);
  return true;
}

}  // namespace

void Documents::open(const std::string& path, int32_t version, std::string text) {
  overlay_.set(path, text, version);
  documents_[path] = Document{version, std::move(text)};
}

bool Documents::change(const std::string& path, int32_t version,
                       const std::vector<protocol::TextDocumentContentChangeEvent>& changes,
                       PositionEncoding encoding, std::string& error) {
  auto found = documents_.find(path);
  if (found == documents_.end()) {
    error = "didChange for a document that is not open: " + path;
    return false;
  }
  if (version <= found->second.version) {
    error = "didChange version " + std::to_string(version) + " is not newer than " +
            std::to_string(found->second.version) + " for " + path;
    return false;
  }
  std::string text = found->second.text;
  for (size_t i = 0; i < changes.size(); ++i) {
    const protocol::TextDocumentContentChangeEvent& change = changes[i];
    if (!change.range) {
      text = change.text;
      continue;
    }
    if (!apply_edit(text, *change.range, change.text, encoding)) {
      error = "didChange edit " + std::to_string(i) + " has a range outside " + path + " (version " +
              std::to_string(version) + ")";
      return false;
    }
  }
  found->second = Document{version, text};
  overlay_.set(path, std::move(text), version);
  return true;
}

void Documents::close(const std::string& path) {
  documents_.erase(path);
  overlay_.remove(path);
}

const std::string* Documents::text(const std::string& path) const {
  auto found = documents_.find(path);
  return found == documents_.end() ? nullptr : &found->second.text;
}

}  // namespace sluice::lsp
