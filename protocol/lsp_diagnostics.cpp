#include "protocol/lsp_diagnostics.h"

#include "protocol/json_fields.h"

namespace sluice::protocol {

using nlohmann::json;

void to_json(json& out, const CodeDescription& value) { out = json{{"href", value.href}}; }

void from_json(const json& in, CodeDescription& value) {
  expect_object(in, "CodeDescription");
  read_field(in, "href", value.href);
}

void to_json(json& out, const DiagnosticRelatedInformation& value) {
  out = json{{"location", value.location}, {"message", value.message}};
}

void from_json(const json& in, DiagnosticRelatedInformation& value) {
  expect_object(in, "DiagnosticRelatedInformation");
  read_field(in, "location", value.location);
  read_field(in, "message", value.message);
}

void to_json(json& out, const Diagnostic& value) {
  out = json{{"range", value.range}, {"message", value.message}};
  if (value.severity) out["severity"] = static_cast<int32_t>(*value.severity);
  write_optional(out, "code", value.code);
  write_optional(out, "codeDescription", value.codeDescription);
  write_optional(out, "source", value.source);
  if (!value.tags.empty()) out["tags"] = value.tags;
  if (!value.relatedInformation.empty()) out["relatedInformation"] = value.relatedInformation;
  write_optional(out, "data", value.data);
}

static std::optional<std::string> read_diagnostic_code(const json& in) {
  auto code = in.find("code");
  if (code == in.end() || code->is_null()) return std::nullopt;
  if (code->is_number_integer()) return std::to_string(code->get<int64_t>());
  return code->get<std::string>();
}

void from_json(const json& in, Diagnostic& value) {
  expect_object(in, "Diagnostic");
  read_field(in, "range", value.range);
  value.severity.reset();
  if (auto severity = in.find("severity"); severity != in.end() && !severity->is_null()) {
    value.severity = static_cast<DiagnosticSeverity>(severity->get<int32_t>());
  }
  value.code = read_diagnostic_code(in);
  read_optional(in, "codeDescription", value.codeDescription);
  read_optional(in, "source", value.source);
  read_field(in, "message", value.message);
  value.tags.clear();
  read_or_keep(in, "tags", value.tags);
  value.relatedInformation.clear();
  read_or_keep(in, "relatedInformation", value.relatedInformation);
  value.data.reset();
  if (auto data = in.find("data"); data != in.end()) value.data = *data;
}

void to_json(json& out, const PublishDiagnosticsParams& value) {
  out = json{{"uri", value.uri}, {"diagnostics", value.diagnostics}};
  write_optional(out, "version", value.version);
}

void from_json(const json& in, PublishDiagnosticsParams& value) {
  expect_object(in, "PublishDiagnosticsParams");
  read_field(in, "uri", value.uri);
  read_optional(in, "version", value.version);
  read_field(in, "diagnostics", value.diagnostics);
}

void to_json(json& out, const DocumentDiagnosticParams& value) {
  out = json{{"textDocument", value.textDocument}};
  write_optional(out, "identifier", value.identifier);
  write_optional(out, "previousResultId", value.previousResultId);
}

void from_json(const json& in, DocumentDiagnosticParams& value) {
  expect_object(in, "DocumentDiagnosticParams");
  read_field(in, "textDocument", value.textDocument);
  read_optional(in, "identifier", value.identifier);
  read_optional(in, "previousResultId", value.previousResultId);
}

void to_json(json& out, const FullDocumentDiagnosticReport& value) {
  out = json{{"kind", "full"}, {"items", value.items}};
  write_optional(out, "resultId", value.resultId);
}

void from_json(const json& in, FullDocumentDiagnosticReport& value) {
  expect_object(in, "FullDocumentDiagnosticReport");
  read_optional(in, "resultId", value.resultId);
  read_field(in, "items", value.items);
}

void to_json(json& out, const UnchangedDocumentDiagnosticReport& value) {
  out = json{{"kind", "unchanged"}, {"resultId", value.resultId}};
}

void from_json(const json& in, UnchangedDocumentDiagnosticReport& value) {
  expect_object(in, "UnchangedDocumentDiagnosticReport");
  read_field(in, "resultId", value.resultId);
}

json document_diagnostic_report_to_json(const DocumentDiagnosticReport& report) {
  return std::visit([](const auto& alternative) { return json(alternative); }, report);
}

DocumentDiagnosticReport document_diagnostic_report_from_json(const json& in) {
  expect_object(in, "DocumentDiagnosticReport");
  std::string kind = in.at("kind").get<std::string>();
  if (kind == "full") return in.get<FullDocumentDiagnosticReport>();
  if (kind == "unchanged") return in.get<UnchangedDocumentDiagnosticReport>();
  throw json::type_error::create(302, "unknown document diagnostic report kind \"" + kind + "\"", &in);
}

}  // namespace sluice::protocol
