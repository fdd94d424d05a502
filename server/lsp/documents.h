// The documents the editor has open: their text and version, edited by
// didChange (whole or by ranges, in the negotiated position encoding), and
// mirrored into the DocumentOverlay the engine reads.
//
// Thread-safety: used by the protocol thread only; the overlay it feeds is
// thread-safe.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "protocol/lsp_types.h"
#include "server/engine/overlay_file_system.h"
#include "server/lsp/positions.h"

namespace sluice::lsp {

class Documents {
 public:
  explicit Documents(DocumentOverlay& overlay) : overlay_(overlay) {}

  void open(const std::string& path, int32_t version, std::string text);
  // Applies the changes in order. A version not newer than the current one,
  // a document not open, or a range outside the text rejects the whole
  // notification: false, `error` says why, the document is unchanged.
  bool change(const std::string& path, int32_t version,
              const std::vector<protocol::TextDocumentContentChangeEvent>& changes, PositionEncoding encoding,
              std::string& error);
  void close(const std::string& path);
  bool is_open(const std::string& path) const { return documents_.count(path) != 0; }
  const std::string* text(const std::string& path) const;

 private:
  struct Document {
    int32_t version = 0;
    std::string text;
  };

  DocumentOverlay& overlay_;
  std::map<std::string, Document> documents_;
};

}  // namespace sluice::lsp
