// LSP 3.17 basic structures and document-synchronisation messages, as plain
// structs with nlohmann-style to_json/from_json beside each (found by ADL).
// Field names are the spec's; "key?:" fields are std::optional and are left
// out of the JSON when empty. Reading is lenient about absent optional fields
// and strict about types (a type error becomes InvalidParams at the endpoint).
// Positions are carried in whatever encoding was negotiated
// (InitializeResult's positionEncoding); this layer never converts them.
// Plain values: thread-safe to copy and read.
//
// Adding a type: declare the struct and its two functions here (or in the
// header for its feature), define them in the matching .cpp, and add a
// round-trip test with the spec's exact field names.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

namespace sluice::protocol {

// The spec's DocumentUri / URI: a string, see protocol/uri.h for file paths.
using DocumentUri = std::string;

// `integer | string`, as in ProgressToken. Named functions rather than
// to_json/from_json: ADL would not find those for a std::variant.
using IntegerOrString = std::variant<int32_t, std::string>;
nlohmann::json integer_or_string_to_json(const IntegerOrString& value);
IntegerOrString integer_or_string_from_json(const nlohmann::json& json);  // throws a type error otherwise

struct Position {
  uint32_t line = 0;
  uint32_t character = 0;  // in the negotiated position encoding
  bool operator==(const Position&) const = default;
};
void to_json(nlohmann::json& json, const Position& value);
void from_json(const nlohmann::json& json, Position& value);

struct Range {
  Position start;
  Position end;
  bool operator==(const Range&) const = default;
};
void to_json(nlohmann::json& json, const Range& value);
void from_json(const nlohmann::json& json, Range& value);

struct Location {
  DocumentUri uri;
  Range range;
  bool operator==(const Location&) const = default;
};
void to_json(nlohmann::json& json, const Location& value);
void from_json(const nlohmann::json& json, Location& value);

struct TextDocumentIdentifier {
  DocumentUri uri;
  bool operator==(const TextDocumentIdentifier&) const = default;
};
void to_json(nlohmann::json& json, const TextDocumentIdentifier& value);
void from_json(const nlohmann::json& json, TextDocumentIdentifier& value);

struct VersionedTextDocumentIdentifier {
  DocumentUri uri;
  int32_t version = 0;
  bool operator==(const VersionedTextDocumentIdentifier&) const = default;
};
void to_json(nlohmann::json& json, const VersionedTextDocumentIdentifier& value);
void from_json(const nlohmann::json& json, VersionedTextDocumentIdentifier& value);

struct TextDocumentItem {
  DocumentUri uri;
  std::string languageId;
  int32_t version = 0;
  std::string text;
  bool operator==(const TextDocumentItem&) const = default;
};
void to_json(nlohmann::json& json, const TextDocumentItem& value);
void from_json(const nlohmann::json& json, TextDocumentItem& value);

// With a range: an incremental change replacing that range. Without: the
// whole new text of the document.
struct TextDocumentContentChangeEvent {
  std::optional<Range> range;
  std::optional<uint32_t> rangeLength;  // deprecated by the spec; carried, never needed
  std::string text;
  bool operator==(const TextDocumentContentChangeEvent&) const = default;
};
void to_json(nlohmann::json& json, const TextDocumentContentChangeEvent& value);
void from_json(const nlohmann::json& json, TextDocumentContentChangeEvent& value);

struct DidOpenTextDocumentParams {
  TextDocumentItem textDocument;
  bool operator==(const DidOpenTextDocumentParams&) const = default;
};
void to_json(nlohmann::json& json, const DidOpenTextDocumentParams& value);
void from_json(const nlohmann::json& json, DidOpenTextDocumentParams& value);

struct DidChangeTextDocumentParams {
  VersionedTextDocumentIdentifier textDocument;
  std::vector<TextDocumentContentChangeEvent> contentChanges;  // applied in order
  bool operator==(const DidChangeTextDocumentParams&) const = default;
};
void to_json(nlohmann::json& json, const DidChangeTextDocumentParams& value);
void from_json(const nlohmann::json& json, DidChangeTextDocumentParams& value);

struct DidSaveTextDocumentParams {
  TextDocumentIdentifier textDocument;
  std::optional<std::string> text;  // only when the server asked for includeText
  bool operator==(const DidSaveTextDocumentParams&) const = default;
};
void to_json(nlohmann::json& json, const DidSaveTextDocumentParams& value);
void from_json(const nlohmann::json& json, DidSaveTextDocumentParams& value);

struct DidCloseTextDocumentParams {
  TextDocumentIdentifier textDocument;
  bool operator==(const DidCloseTextDocumentParams&) const = default;
};
void to_json(nlohmann::json& json, const DidCloseTextDocumentParams& value);
void from_json(const nlohmann::json& json, DidCloseTextDocumentParams& value);

// workspace/didChangeWatchedFiles
enum class FileChangeType : int32_t { created = 1, changed = 2, deleted = 3 };

struct FileEvent {
  DocumentUri uri;
  FileChangeType type = FileChangeType::changed;
  bool operator==(const FileEvent&) const = default;
};
void to_json(nlohmann::json& json, const FileEvent& value);
void from_json(const nlohmann::json& json, FileEvent& value);

struct DidChangeWatchedFilesParams {
  std::vector<FileEvent> changes;
  bool operator==(const DidChangeWatchedFilesParams&) const = default;
};
void to_json(nlohmann::json& json, const DidChangeWatchedFilesParams& value);
void from_json(const nlohmann::json& json, DidChangeWatchedFilesParams& value);

// $/cancelRequest
struct CancelParams {
  IntegerOrString id;
  bool operator==(const CancelParams&) const = default;
};
void to_json(nlohmann::json& json, const CancelParams& value);
void from_json(const nlohmann::json& json, CancelParams& value);

// Work-done progress: the server asks window/workDoneProgress/create for a
// token, then sends $/progress notifications whose value is one of the three
// WorkDoneProgress kinds below.
using ProgressToken = IntegerOrString;

struct WorkDoneProgressCreateParams {
  ProgressToken token;
  bool operator==(const WorkDoneProgressCreateParams&) const = default;
};
void to_json(nlohmann::json& json, const WorkDoneProgressCreateParams& value);
void from_json(const nlohmann::json& json, WorkDoneProgressCreateParams& value);

struct WorkDoneProgressBegin {  // "kind": "begin"
  std::string title;
  std::optional<bool> cancellable;
  std::optional<std::string> message;
  std::optional<uint32_t> percentage;  // 0 to 100
  bool operator==(const WorkDoneProgressBegin&) const = default;
};
void to_json(nlohmann::json& json, const WorkDoneProgressBegin& value);
void from_json(const nlohmann::json& json, WorkDoneProgressBegin& value);

struct WorkDoneProgressReport {  // "kind": "report"
  std::optional<bool> cancellable;
  std::optional<std::string> message;
  std::optional<uint32_t> percentage;
  bool operator==(const WorkDoneProgressReport&) const = default;
};
void to_json(nlohmann::json& json, const WorkDoneProgressReport& value);
void from_json(const nlohmann::json& json, WorkDoneProgressReport& value);

struct WorkDoneProgressEnd {  // "kind": "end"
  std::optional<std::string> message;
  bool operator==(const WorkDoneProgressEnd&) const = default;
};
void to_json(nlohmann::json& json, const WorkDoneProgressEnd& value);
void from_json(const nlohmann::json& json, WorkDoneProgressEnd& value);

using WorkDoneProgressValue = std::variant<WorkDoneProgressBegin, WorkDoneProgressReport, WorkDoneProgressEnd>;

// $/progress for work-done progress (partial results are not used yet).
struct WorkDoneProgressParams {
  ProgressToken token;
  WorkDoneProgressValue value;
  bool operator==(const WorkDoneProgressParams&) const = default;
};
void to_json(nlohmann::json& json, const WorkDoneProgressParams& value);
// Throws a type error for an unknown "kind".
void from_json(const nlohmann::json& json, WorkDoneProgressParams& value);

// sluice/serverStatus, sluice's own notification (modelled on
// rust-analyzer's experimental/serverStatus): the editor's status item.
enum class ServerHealth { ok, warning, error };

struct ServerStatusParams {
  ServerHealth health = ServerHealth::ok;  // "ok" | "warning" | "error"
  bool quiescent = true;                   // no analysis is running or queued
  std::optional<std::string> message;
  bool operator==(const ServerStatusParams&) const = default;
};
void to_json(nlohmann::json& json, const ServerStatusParams& value);
void from_json(const nlohmann::json& json, ServerStatusParams& value);

// Method names, so that typos fail to compile.
namespace method {
inline constexpr const char* initialize = "initialize";
inline constexpr const char* initialized = "initialized";
inline constexpr const char* shutdown = "shutdown";
inline constexpr const char* exit = "exit";
inline constexpr const char* cancel_request = "$/cancelRequest";
inline constexpr const char* progress = "$/progress";
inline constexpr const char* did_open = "textDocument/didOpen";
inline constexpr const char* did_change = "textDocument/didChange";
inline constexpr const char* did_save = "textDocument/didSave";
inline constexpr const char* did_close = "textDocument/didClose";
inline constexpr const char* publish_diagnostics = "textDocument/publishDiagnostics";
inline constexpr const char* document_diagnostic = "textDocument/diagnostic";
inline constexpr const char* did_change_watched_files = "workspace/didChangeWatchedFiles";
inline constexpr const char* work_done_progress_create = "window/workDoneProgress/create";
inline constexpr const char* server_status = "sluice/serverStatus";
}  // namespace method

}  // namespace sluice::protocol
