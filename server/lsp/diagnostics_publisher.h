// Turns the engine's stream of per-crate updates into per-file
// textDocument/publishDiagnostics notifications: each file's diagnostics are
// the union of what the crates that report in it said last; a file whose
// diagnostics went away gets an empty list (so the editor clears it). It
// also answers pull requests (textDocument/diagnostic) from the same state,
// with a result id that changes whenever a file's diagnostics do.
//
// Thread-safety: one mutex; updates come from engine threads (one at a
// time per run), pulls from the protocol thread.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "protocol/lsp_diagnostics.h"

namespace sluice::lsp {

struct FileDiagnostics {
  std::string path;  // absolute
  std::vector<protocol::Diagnostic> diagnostics;
};

class DiagnosticsPublisher {
 public:
  using Send = std::function<void(const protocol::PublishDiagnosticsParams&)>;
  // `uri_of(path)`; `version_of(path)`: the document version the run read
  // (none for files not open).
  DiagnosticsPublisher(Send send, std::function<std::string(const std::string&)> uri_of)
      : send_(std::move(send)), uri_of_(std::move(uri_of)) {}

  // What `crate_key` reports now, by file (files with none may be left
  // out). Publishes every file whose list changed. A complete update
  // replaces the crate's lists (files it no longer reports in are cleared);
  // an early one (root-first, some paths still indeterminate) only adds to
  // them: what it lacks may still come, and taking it away would flicker.
  void update(const std::string& crate_key, const std::vector<FileDiagnostics>& files,
              const std::map<std::string, int32_t>& versions, bool complete = true);
  // Clears every crate's diagnostics in `path` (a buffer closed that has no
  // file on disk: nothing will report in it again).
  void clear(const std::string& path);

  struct Pulled {
    std::vector<protocol::Diagnostic> diagnostics;
    std::string result_id;
  };
  Pulled pull(const std::string& path) const;

 private:
  struct FileState {
    std::map<std::string, std::vector<protocol::Diagnostic>> by_crate;
    uint64_t result_id = 0;
  };
  std::vector<protocol::Diagnostic> merged(const FileState& state) const;
  std::vector<protocol::Diagnostic> added_to(const std::string& path, const std::string& crate_key,
                                             const std::vector<protocol::Diagnostic>& early) const;

  Send send_;
  std::function<std::string(const std::string&)> uri_of_;
  mutable std::mutex mutex_;
  std::map<std::string, FileState> files_;
  uint64_t next_result_id_ = 1;
};

}  // namespace sluice::lsp
