// LSP 3.17 diagnostics: the Diagnostic structure, push
// (textDocument/publishDiagnostics) and pull (textDocument/diagnostic)
// messages. Same conventions as lsp_types.h. Plain values: thread-safe to
// copy and read.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "protocol/lsp_types.h"

namespace sluice::protocol {

enum class DiagnosticSeverity : int32_t { error = 1, warning = 2, information = 3, hint = 4 };
enum class DiagnosticTag : int32_t { unnecessary = 1, deprecated = 2 };

struct CodeDescription {
  std::string href;  // a URI, e.g. the error index page for the code
  bool operator==(const CodeDescription&) const = default;
};
void to_json(nlohmann::json& json, const CodeDescription& value);
void from_json(const nlohmann::json& json, CodeDescription& value);

struct DiagnosticRelatedInformation {
  Location location;
  std::string message;
  bool operator==(const DiagnosticRelatedInformation&) const = default;
};
void to_json(nlohmann::json& json, const DiagnosticRelatedInformation& value);
void from_json(const nlohmann::json& json, DiagnosticRelatedInformation& value);

struct Diagnostic {
  Range range;
  std::optional<DiagnosticSeverity> severity;
  // The spec allows `integer | string`; sluice's codes are strings ("E0308").
  // An integer from a client is read as its decimal text.
  std::optional<std::string> code;
  std::optional<CodeDescription> codeDescription;
  std::optional<std::string> source;
  std::string message;
  std::vector<DiagnosticTag> tags;                               // written only when non-empty
  std::vector<DiagnosticRelatedInformation> relatedInformation;  // written only when non-empty
  std::optional<nlohmann::json> data;                            // echoed back by the client in code actions
  bool operator==(const Diagnostic&) const = default;
};
void to_json(nlohmann::json& json, const Diagnostic& value);
void from_json(const nlohmann::json& json, Diagnostic& value);

struct PublishDiagnosticsParams {
  DocumentUri uri;
  std::optional<int32_t> version;  // the document version the diagnostics were computed for
  std::vector<Diagnostic> diagnostics;
  bool operator==(const PublishDiagnosticsParams&) const = default;
};
void to_json(nlohmann::json& json, const PublishDiagnosticsParams& value);
void from_json(const nlohmann::json& json, PublishDiagnosticsParams& value);

struct DocumentDiagnosticParams {
  TextDocumentIdentifier textDocument;
  std::optional<std::string> identifier;        // from the server's DiagnosticOptions
  std::optional<std::string> previousResultId;  // the resultId of the last report the client holds
  bool operator==(const DocumentDiagnosticParams&) const = default;
};
void to_json(nlohmann::json& json, const DocumentDiagnosticParams& value);
void from_json(const nlohmann::json& json, DocumentDiagnosticParams& value);

struct FullDocumentDiagnosticReport {  // "kind": "full"
  std::optional<std::string> resultId;
  std::vector<Diagnostic> items;
  bool operator==(const FullDocumentDiagnosticReport&) const = default;
};
void to_json(nlohmann::json& json, const FullDocumentDiagnosticReport& value);
void from_json(const nlohmann::json& json, FullDocumentDiagnosticReport& value);

// The client's copy (named by previousResultId) is still right.
struct UnchangedDocumentDiagnosticReport {  // "kind": "unchanged"
  std::string resultId;
  bool operator==(const UnchangedDocumentDiagnosticReport&) const = default;
};
void to_json(nlohmann::json& json, const UnchangedDocumentDiagnosticReport& value);
void from_json(const nlohmann::json& json, UnchangedDocumentDiagnosticReport& value);

// The result of textDocument/diagnostic. Named functions: ADL does not look
// inside std::variant for to_json.
using DocumentDiagnosticReport = std::variant<FullDocumentDiagnosticReport, UnchangedDocumentDiagnosticReport>;
nlohmann::json document_diagnostic_report_to_json(const DocumentDiagnosticReport& report);
// Throws a type error for an unknown "kind".
DocumentDiagnosticReport document_diagnostic_report_from_json(const nlohmann::json& json);

}  // namespace sluice::protocol
