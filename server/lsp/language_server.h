// The language server: LSP's requests and notifications on one side, the
// engine on the other. Three layers, as clangd has them: protocol/ (framing,
// JSON-RPC, the lifecycle), this class (what each message means), and
// AnalysisScheduler (when the engine runs, on which snapshot).
//
// Capabilities advertised are only what works: full and incremental
// document sync, push diagnostics as the engine streams them (the edited
// file's crate first), pull diagnostics with result ids; the position
// encoding negotiated (utf-8 when the client offers it, else utf-16).
//
// Thread-safety: handlers run on the endpoint's receiving thread; the
// scheduler's worker publishes through the endpoint (thread-safe sends).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "protocol/endpoint.h"
#include "protocol/lifecycle.h"
#include "server/engine/overlay_file_system.h"
#include "server/lsp/analysis.h"
#include "server/lsp/diagnostics_publisher.h"
#include "server/lsp/documents.h"

namespace sluice::lsp {

struct LanguageServerOptions {
  AnalysisOptions analysis;  // `disk` must be set
  std::function<void(int exit_code)> on_exit;
};

class LanguageServer {
 public:
  LanguageServer(protocol::Endpoint& endpoint, LanguageServerOptions options);
  ~LanguageServer();

  // Runs completed so far (tests wait on it).
  uint64_t completed_runs() const { return scheduler_->completed_runs(); }
  // `shutdown` was received (the exit code at the end of input depends on it).
  bool shut_down() const { return lifecycle_->state() != protocol::Lifecycle::State::running &&
                                  lifecycle_->state() != protocol::Lifecycle::State::uninitialized; }

 private:
  protocol::RequestResult initialize(const protocol::InitializeParams& params);
  void register_handlers();
  void log(const std::string& message) const;
  std::optional<std::string> path_of(const std::string& uri);
  void send_status(bool quiescent, const std::string& problem);
  void begin_progress();

  protocol::Endpoint& endpoint_;
  LanguageServerOptions options_;
  DocumentOverlay overlay_;
  Documents documents_{overlay_};
  std::unique_ptr<DiagnosticsPublisher> publisher_;
  std::unique_ptr<AnalysisScheduler> scheduler_;
  std::unique_ptr<protocol::Lifecycle> lifecycle_;
  PositionEncoding encoding_ = PositionEncoding::Utf16;
  std::vector<std::string> roots_;
  bool client_progress_ = false;
  // Work-done progress for the first load: created, begun, ended.
  std::mutex progress_mutex_;
  bool progress_ready_ = false;
  bool progress_open_ = false;
  bool first_run_done_ = false;
  std::optional<protocol::ServerStatusParams> last_status_;
};

}  // namespace sluice::lsp
