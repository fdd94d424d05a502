#include "server/lsp/language_server.h"

#include "protocol/uri.h"

namespace sluice::lsp {

namespace {

constexpr const char* kLoadProgressToken = "sluice/load";

protocol::ServerCapabilities capabilities(const std::string& encoding) {
  protocol::ServerCapabilities caps;
  caps.positionEncoding = encoding;
  protocol::TextDocumentSyncOptions sync;
  sync.openClose = true;
  sync.change = protocol::TextDocumentSyncKind::incremental;
  sync.save = protocol::SaveOptions{};
  caps.textDocumentSync = sync;
  protocol::DiagnosticOptions diagnostics;
  diagnostics.identifier = "sluice";
  diagnostics.interFileDependencies = true;  // an edit in a dependency changes its dependents' diagnostics
  diagnostics.workspaceDiagnostics = false;
  caps.diagnosticProvider = diagnostics;
  return caps;
}

}  // namespace

LanguageServer::LanguageServer(protocol::Endpoint& endpoint, LanguageServerOptions options)
    : endpoint_(endpoint), options_(std::move(options)) {
  publisher_ = std::make_unique<DiagnosticsPublisher>(
      [this](const protocol::PublishDiagnosticsParams& params) {
        endpoint_.send_notification(protocol::method::publish_diagnostics, params);
      },
      [](const std::string& path) { return protocol::file_uri_from_path(path).value; });
  AnalysisOptions analysis = options_.analysis;
  analysis.log = [this](const std::string& message) { log(message); };
  analysis.on_status = [this](bool quiescent, const std::string& problem) { send_status(quiescent, problem); };
  scheduler_ = std::make_unique<AnalysisScheduler>(analysis, overlay_, *publisher_);
  protocol::LifecycleHooks hooks;
  hooks.initialize = [this](const protocol::InitializeParams& params) { return initialize(params); };
  hooks.shutdown = [this] { scheduler_->stop(); };
  hooks.exit = [this](int code) {
    scheduler_->stop();
    if (options_.on_exit) options_.on_exit(code);
  };
  lifecycle_ = std::make_unique<protocol::Lifecycle>(endpoint_, hooks);
  register_handlers();
}

LanguageServer::~LanguageServer() { scheduler_->stop(); }

void LanguageServer::log(const std::string& message) const {
  if (options_.analysis.log) options_.analysis.log(message);
}

std::optional<std::string> LanguageServer::path_of(const std::string& uri) {
  protocol::UriConversion path = protocol::path_from_file_uri(uri);
  if (!path.ok()) {
    log("ignored a document that is not a local file: " + uri + " (" + path.error + ")");
    return std::nullopt;
  }
  return path.value;
}

protocol::RequestResult LanguageServer::initialize(const protocol::InitializeParams& params) {
  std::string encoding = protocol::negotiate_position_encoding(params.capabilities, {"utf-8", "utf-16"});
  encoding_ = position_encoding_from_name(encoding);
  scheduler_->set_encoding(encoding_);
  client_progress_ = params.capabilities.window.workDoneProgress;
  if (params.workspaceFolders) {
    for (const protocol::WorkspaceFolder& folder : *params.workspaceFolders) {
      if (auto path = path_of(folder.uri)) roots_.push_back(*path);
    }
  } else if (params.rootUri) {
    if (auto path = path_of(*params.rootUri)) roots_.push_back(*path);
  } else if (params.rootPath && !params.rootPath->empty()) {
    roots_.push_back(*params.rootPath);
  }
  protocol::InitializeResult result;
  result.capabilities = capabilities(encoding);
  result.serverInfo = protocol::ServerInfo{"sluice", SLUICE_VERSION};
  return nlohmann::json(result);
}

void LanguageServer::register_handlers() {
  endpoint_.on_notification(protocol::method::initialized, [this](const nlohmann::json&) {
    if (roots_.empty()) return;
    if (!client_progress_) return scheduler_->request(roots_);
    // The first load reports progress; the token exists once the client
    // answered (its answer, even an error, starts the load).
    endpoint_.send_request(protocol::method::work_done_progress_create,
                           protocol::WorkDoneProgressCreateParams{std::string(kLoadProgressToken)},
                           [this](const protocol::RequestResult& result) {
                             if (std::holds_alternative<nlohmann::json>(result)) begin_progress();
                             scheduler_->request(roots_);
                           });
  });
  endpoint_.on_notification<protocol::DidOpenTextDocumentParams>(
      protocol::method::did_open, std::function([this](const protocol::DidOpenTextDocumentParams& p) {
        auto path = path_of(p.textDocument.uri);
        if (!path) return;
        documents_.open(*path, p.textDocument.version, p.textDocument.text);
        scheduler_->request({*path});
      }));
  endpoint_.on_notification<protocol::DidChangeTextDocumentParams>(
      protocol::method::did_change, std::function([this](const protocol::DidChangeTextDocumentParams& p) {
        auto path = path_of(p.textDocument.uri);
        if (!path) return;
        std::string error;
        if (!documents_.change(*path, p.textDocument.version, p.contentChanges, encoding_, error)) {
          return log("rejected: " + error);
        }
        scheduler_->request({*path});
      }));
  endpoint_.on_notification<protocol::DidCloseTextDocumentParams>(
      protocol::method::did_close, std::function([this](const protocol::DidCloseTextDocumentParams& p) {
        auto path = path_of(p.textDocument.uri);
        if (!path) return;
        documents_.close(*path);
        // A buffer that was never saved: nothing reports in it any more.
        if (!options_.analysis.disk->is_file(*path)) return publisher_->clear(*path);
        scheduler_->request({*path});  // the file on disk may differ from the buffer
      }));
  // Saving changes nothing the server does not know (it reads the buffer).
  endpoint_.on_notification(protocol::method::did_save, [](const nlohmann::json&) {});
  endpoint_.on_notification<protocol::DidChangeWatchedFilesParams>(
      protocol::method::did_change_watched_files, std::function([this](const protocol::DidChangeWatchedFilesParams& p) {
        std::vector<std::string> paths;
        for (const protocol::FileEvent& event : p.changes) {
          auto path = path_of(event.uri);
          // An open document's buffer wins over the disk.
          if (path && !documents_.is_open(*path)) paths.push_back(*path);
        }
        if (!paths.empty()) scheduler_->request(paths);
      }));
  endpoint_.on_request<protocol::DocumentDiagnosticParams>(
      protocol::method::document_diagnostic,
      std::function([this](const protocol::DocumentDiagnosticParams& p,
                           const protocol::RequestContext&) -> protocol::RequestResult {
        auto path = path_of(p.textDocument.uri);
        if (!path) return protocol::ResponseError(protocol::ErrorCode::invalid_params, "not a file URI: " + p.textDocument.uri);
        DiagnosticsPublisher::Pulled pulled = publisher_->pull(*path);
        if (p.previousResultId && *p.previousResultId == pulled.result_id) {
          return protocol::document_diagnostic_report_to_json(protocol::UnchangedDocumentDiagnosticReport{pulled.result_id});
        }
        return protocol::document_diagnostic_report_to_json(
            protocol::FullDocumentDiagnosticReport{pulled.result_id, std::move(pulled.diagnostics)});
      }));
}

void LanguageServer::begin_progress() {
  std::lock_guard lock(progress_mutex_);
  if (first_run_done_) return;
  progress_open_ = true;
  protocol::WorkDoneProgressBegin begin;
  begin.title = "sluice";
  begin.message = "checking the workspace";
  endpoint_.send_notification(protocol::method::progress,
                              protocol::WorkDoneProgressParams{std::string(kLoadProgressToken), begin});
}

void LanguageServer::send_status(bool quiescent, const std::string& problem) {
  if (quiescent) {
    std::lock_guard lock(progress_mutex_);
    first_run_done_ = true;
    if (progress_open_) {
      progress_open_ = false;
      endpoint_.send_notification(protocol::method::progress,
                                  protocol::WorkDoneProgressParams{std::string(kLoadProgressToken),
                                                                   protocol::WorkDoneProgressEnd{}});
    }
  }
  protocol::ServerStatusParams status;
  status.quiescent = quiescent;
  if (!problem.empty()) {
    status.health = protocol::ServerHealth::warning;
    status.message = problem;
  }
  {
    // The same status twice in a row says nothing new (and redraws a status line).
    std::lock_guard lock(progress_mutex_);
    if (last_status_ && *last_status_ == status) return;
    last_status_ = status;
  }
  endpoint_.send_notification(protocol::method::server_status, status);
}

}  // namespace sluice::lsp
