// LSP 3.17 initialize: the client's InitializeParams (only the capabilities
// sluice looks at) and the server's InitializeResult. Same conventions as
// lsp_types.h; capability booleans default to false, which is what the spec
// means by an absent capability. Plain values: thread-safe to copy and read.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "protocol/lsp_diagnostics.h"
#include "protocol/lsp_types.h"

namespace sluice::protocol {

// PositionEncodingKind values.
namespace position_encoding {
inline constexpr std::string_view utf8 = "utf-8";
inline constexpr std::string_view utf16 = "utf-16";  // the default every client supports
inline constexpr std::string_view utf32 = "utf-32";
}  // namespace position_encoding

struct GeneralClientCapabilities {
  std::vector<std::string> positionEncodings;  // in the client's order of preference; empty means utf-16 only
  bool operator==(const GeneralClientCapabilities&) const = default;
};
void to_json(nlohmann::json& json, const GeneralClientCapabilities& value);
void from_json(const nlohmann::json& json, GeneralClientCapabilities& value);

struct WindowClientCapabilities {
  bool workDoneProgress = false;  // the server may ask window/workDoneProgress/create
  bool operator==(const WindowClientCapabilities&) const = default;
};
void to_json(nlohmann::json& json, const WindowClientCapabilities& value);
void from_json(const nlohmann::json& json, WindowClientCapabilities& value);

struct PublishDiagnosticsClientCapabilities {
  bool relatedInformation = false;
  std::vector<DiagnosticTag> tagSupport;  // the spec's tagSupport.valueSet
  bool versionSupport = false;
  bool codeDescriptionSupport = false;
  bool dataSupport = false;
  bool operator==(const PublishDiagnosticsClientCapabilities&) const = default;
};
void to_json(nlohmann::json& json, const PublishDiagnosticsClientCapabilities& value);
void from_json(const nlohmann::json& json, PublishDiagnosticsClientCapabilities& value);

// Present when the client can pull diagnostics (textDocument/diagnostic).
struct DiagnosticClientCapabilities {
  bool dynamicRegistration = false;
  bool relatedDocumentSupport = false;
  bool operator==(const DiagnosticClientCapabilities&) const = default;
};
void to_json(nlohmann::json& json, const DiagnosticClientCapabilities& value);
void from_json(const nlohmann::json& json, DiagnosticClientCapabilities& value);

struct TextDocumentClientCapabilities {
  std::optional<PublishDiagnosticsClientCapabilities> publishDiagnostics;
  std::optional<DiagnosticClientCapabilities> diagnostic;
  bool operator==(const TextDocumentClientCapabilities&) const = default;
};
void to_json(nlohmann::json& json, const TextDocumentClientCapabilities& value);
void from_json(const nlohmann::json& json, TextDocumentClientCapabilities& value);

struct DidChangeWatchedFilesClientCapabilities {
  bool dynamicRegistration = false;  // the server may register its own glob watchers
  bool relativePatternSupport = false;
  bool operator==(const DidChangeWatchedFilesClientCapabilities&) const = default;
};
void to_json(nlohmann::json& json, const DidChangeWatchedFilesClientCapabilities& value);
void from_json(const nlohmann::json& json, DidChangeWatchedFilesClientCapabilities& value);

struct WorkspaceClientCapabilities {
  bool workspaceFolders = false;
  std::optional<DidChangeWatchedFilesClientCapabilities> didChangeWatchedFiles;
  bool operator==(const WorkspaceClientCapabilities&) const = default;
};
void to_json(nlohmann::json& json, const WorkspaceClientCapabilities& value);
void from_json(const nlohmann::json& json, WorkspaceClientCapabilities& value);

struct ClientCapabilities {
  WorkspaceClientCapabilities workspace;
  TextDocumentClientCapabilities textDocument;
  WindowClientCapabilities window;
  GeneralClientCapabilities general;
  bool operator==(const ClientCapabilities&) const = default;
};
void to_json(nlohmann::json& json, const ClientCapabilities& value);
void from_json(const nlohmann::json& json, ClientCapabilities& value);

struct ClientInfo {
  std::string name;
  std::optional<std::string> version;
  bool operator==(const ClientInfo&) const = default;
};
void to_json(nlohmann::json& json, const ClientInfo& value);
void from_json(const nlohmann::json& json, ClientInfo& value);

struct WorkspaceFolder {
  DocumentUri uri;
  std::string name;
  bool operator==(const WorkspaceFolder&) const = default;
};
void to_json(nlohmann::json& json, const WorkspaceFolder& value);
void from_json(const nlohmann::json& json, WorkspaceFolder& value);

struct InitializeParams {
  std::optional<int32_t> processId;  // null: the client has no process, or did not say
  std::optional<ClientInfo> clientInfo;
  std::optional<std::string> locale;
  std::optional<std::string> rootPath;  // deprecated, superseded by rootUri
  std::optional<DocumentUri> rootUri;   // deprecated, superseded by workspaceFolders
  std::optional<nlohmann::json> initializationOptions;
  ClientCapabilities capabilities;
  std::optional<std::string> trace;  // "off" | "messages" | "verbose"
  std::optional<std::vector<WorkspaceFolder>> workspaceFolders;
  bool operator==(const InitializeParams&) const = default;
};
void to_json(nlohmann::json& json, const InitializeParams& value);
void from_json(const nlohmann::json& json, InitializeParams& value);

// The first of `server_preferences` that the client offers; utf-16 when none
// is (every client supports it, and it is the spec's default).
std::string negotiate_position_encoding(const ClientCapabilities& client,
                                        const std::vector<std::string_view>& server_preferences);

enum class TextDocumentSyncKind : int32_t { none = 0, full = 1, incremental = 2 };

struct SaveOptions {
  std::optional<bool> includeText;
  bool operator==(const SaveOptions&) const = default;
};
void to_json(nlohmann::json& json, const SaveOptions& value);
void from_json(const nlohmann::json& json, SaveOptions& value);

struct TextDocumentSyncOptions {
  std::optional<bool> openClose;
  std::optional<TextDocumentSyncKind> change;
  std::optional<SaveOptions> save;  // the spec's `boolean | SaveOptions`; `true` reads as {}
  bool operator==(const TextDocumentSyncOptions&) const = default;
};
void to_json(nlohmann::json& json, const TextDocumentSyncOptions& value);
void from_json(const nlohmann::json& json, TextDocumentSyncOptions& value);

struct DiagnosticOptions {
  std::optional<std::string> identifier;
  bool interFileDependencies = false;  // an edit in one file may change another's diagnostics
  bool workspaceDiagnostics = false;   // workspace/diagnostic is supported
  bool operator==(const DiagnosticOptions&) const = default;
};
void to_json(nlohmann::json& json, const DiagnosticOptions& value);
void from_json(const nlohmann::json& json, DiagnosticOptions& value);

struct ServerCapabilities {
  std::optional<std::string> positionEncoding;  // absent means utf-16
  std::optional<TextDocumentSyncOptions> textDocumentSync;
  std::optional<DiagnosticOptions> diagnosticProvider;
  bool operator==(const ServerCapabilities&) const = default;
};
void to_json(nlohmann::json& json, const ServerCapabilities& value);
void from_json(const nlohmann::json& json, ServerCapabilities& value);

struct ServerInfo {
  std::string name;
  std::optional<std::string> version;
  bool operator==(const ServerInfo&) const = default;
};
void to_json(nlohmann::json& json, const ServerInfo& value);
void from_json(const nlohmann::json& json, ServerInfo& value);

struct InitializeResult {
  ServerCapabilities capabilities;
  std::optional<ServerInfo> serverInfo;
  bool operator==(const InitializeResult&) const = default;
};
void to_json(nlohmann::json& json, const InitializeResult& value);
void from_json(const nlohmann::json& json, InitializeResult& value);

}  // namespace sluice::protocol
