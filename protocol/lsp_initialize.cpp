#include "protocol/lsp_initialize.h"

#include <algorithm>

#include "protocol/json_fields.h"

namespace sluice::protocol {

using nlohmann::json;

void to_json(json& out, const GeneralClientCapabilities& value) {
  out = json{{"positionEncodings", value.positionEncodings}};
}

void from_json(const json& in, GeneralClientCapabilities& value) {
  expect_object(in, "GeneralClientCapabilities");
  value.positionEncodings.clear();
  read_or_keep(in, "positionEncodings", value.positionEncodings);
}

void to_json(json& out, const WindowClientCapabilities& value) {
  out = json{{"workDoneProgress", value.workDoneProgress}};
}

void from_json(const json& in, WindowClientCapabilities& value) {
  expect_object(in, "WindowClientCapabilities");
  value.workDoneProgress = false;
  read_or_keep(in, "workDoneProgress", value.workDoneProgress);
}

void to_json(json& out, const PublishDiagnosticsClientCapabilities& value) {
  out = json{{"relatedInformation", value.relatedInformation},
             {"tagSupport", {{"valueSet", value.tagSupport}}},
             {"versionSupport", value.versionSupport},
             {"codeDescriptionSupport", value.codeDescriptionSupport},
             {"dataSupport", value.dataSupport}};
}

void from_json(const json& in, PublishDiagnosticsClientCapabilities& value) {
  expect_object(in, "PublishDiagnosticsClientCapabilities");
  value = {};
  read_or_keep(in, "relatedInformation", value.relatedInformation);
  if (auto tags = in.find("tagSupport"); tags != in.end() && !tags->is_null()) {
    expect_object(*tags, "tagSupport");
    read_or_keep(*tags, "valueSet", value.tagSupport);
  }
  read_or_keep(in, "versionSupport", value.versionSupport);
  read_or_keep(in, "codeDescriptionSupport", value.codeDescriptionSupport);
  read_or_keep(in, "dataSupport", value.dataSupport);
}

void to_json(json& out, const DiagnosticClientCapabilities& value) {
  out = json{{"dynamicRegistration", value.dynamicRegistration},
             {"relatedDocumentSupport", value.relatedDocumentSupport}};
}

void from_json(const json& in, DiagnosticClientCapabilities& value) {
  expect_object(in, "DiagnosticClientCapabilities");
  value = {};
  read_or_keep(in, "dynamicRegistration", value.dynamicRegistration);
  read_or_keep(in, "relatedDocumentSupport", value.relatedDocumentSupport);
}

void to_json(json& out, const TextDocumentClientCapabilities& value) {
  out = json::object();
  write_optional(out, "publishDiagnostics", value.publishDiagnostics);
  write_optional(out, "diagnostic", value.diagnostic);
}

void from_json(const json& in, TextDocumentClientCapabilities& value) {
  expect_object(in, "TextDocumentClientCapabilities");
  read_optional(in, "publishDiagnostics", value.publishDiagnostics);
  read_optional(in, "diagnostic", value.diagnostic);
}

void to_json(json& out, const DidChangeWatchedFilesClientCapabilities& value) {
  out = json{{"dynamicRegistration", value.dynamicRegistration},
             {"relativePatternSupport", value.relativePatternSupport}};
}

void from_json(const json& in, DidChangeWatchedFilesClientCapabilities& value) {
  expect_object(in, "DidChangeWatchedFilesClientCapabilities");
  value = {};
  read_or_keep(in, "dynamicRegistration", value.dynamicRegistration);
  read_or_keep(in, "relativePatternSupport", value.relativePatternSupport);
}

void to_json(json& out, const WorkspaceClientCapabilities& value) {
  out = json{{"workspaceFolders", value.workspaceFolders}};
  write_optional(out, "didChangeWatchedFiles", value.didChangeWatchedFiles);
}

void from_json(const json& in, WorkspaceClientCapabilities& value) {
  expect_object(in, "WorkspaceClientCapabilities");
  value.workspaceFolders = false;
  read_or_keep(in, "workspaceFolders", value.workspaceFolders);
  read_optional(in, "didChangeWatchedFiles", value.didChangeWatchedFiles);
}

void to_json(json& out, const ClientCapabilities& value) {
  out = json{{"workspace", value.workspace},
             {"textDocument", value.textDocument},
             {"window", value.window},
             {"general", value.general}};
}

void from_json(const json& in, ClientCapabilities& value) {
  expect_object(in, "ClientCapabilities");
  value = {};
  read_or_keep(in, "workspace", value.workspace);
  read_or_keep(in, "textDocument", value.textDocument);
  read_or_keep(in, "window", value.window);
  read_or_keep(in, "general", value.general);
}

void to_json(json& out, const ClientInfo& value) {
  out = json{{"name", value.name}};
  write_optional(out, "version", value.version);
}

void from_json(const json& in, ClientInfo& value) {
  expect_object(in, "ClientInfo");
  read_field(in, "name", value.name);
  read_optional(in, "version", value.version);
}

void to_json(json& out, const WorkspaceFolder& value) { out = json{{"uri", value.uri}, {"name", value.name}}; }

void from_json(const json& in, WorkspaceFolder& value) {
  expect_object(in, "WorkspaceFolder");
  read_field(in, "uri", value.uri);
  read_field(in, "name", value.name);
}

void to_json(json& out, const InitializeParams& value) {
  // processId and rootUri are `T | null` in the spec, so null is written.
  out = json{{"processId", value.processId ? json(*value.processId) : json(nullptr)},
             {"rootUri", value.rootUri ? json(*value.rootUri) : json(nullptr)},
             {"capabilities", value.capabilities}};
  write_optional(out, "clientInfo", value.clientInfo);
  write_optional(out, "locale", value.locale);
  write_optional(out, "rootPath", value.rootPath);
  write_optional(out, "initializationOptions", value.initializationOptions);
  write_optional(out, "trace", value.trace);
  write_optional(out, "workspaceFolders", value.workspaceFolders);
}

void from_json(const json& in, InitializeParams& value) {
  expect_object(in, "InitializeParams");
  read_optional(in, "processId", value.processId);
  read_optional(in, "clientInfo", value.clientInfo);
  read_optional(in, "locale", value.locale);
  read_optional(in, "rootPath", value.rootPath);
  read_optional(in, "rootUri", value.rootUri);
  value.initializationOptions.reset();
  if (auto options = in.find("initializationOptions"); options != in.end() && !options->is_null()) {
    value.initializationOptions = *options;
  }
  value.capabilities = {};
  read_or_keep(in, "capabilities", value.capabilities);
  read_optional(in, "trace", value.trace);
  read_optional(in, "workspaceFolders", value.workspaceFolders);
}

std::string negotiate_position_encoding(const ClientCapabilities& client,
                                        const std::vector<std::string_view>& server_preferences) {
  const std::vector<std::string>& offered = client.general.positionEncodings;
  for (std::string_view preferred : server_preferences) {
    if (std::find(offered.begin(), offered.end(), preferred) != offered.end()) return std::string(preferred);
  }
  return std::string(position_encoding::utf16);
}

void to_json(json& out, const SaveOptions& value) {
  out = json::object();
  write_optional(out, "includeText", value.includeText);
}

void from_json(const json& in, SaveOptions& value) {
  expect_object(in, "SaveOptions");
  read_optional(in, "includeText", value.includeText);
}

void to_json(json& out, const TextDocumentSyncOptions& value) {
  out = json::object();
  write_optional(out, "openClose", value.openClose);
  if (value.change) out["change"] = static_cast<int32_t>(*value.change);
  write_optional(out, "save", value.save);
}

// The spec also allows a bare TextDocumentSyncKind number for the whole
// option; that reads as openClose plus the kind.
void from_json(const json& in, TextDocumentSyncOptions& value) {
  value = {};
  if (in.is_number_integer()) {
    value.openClose = true;
    value.change = static_cast<TextDocumentSyncKind>(in.get<int32_t>());
    return;
  }
  expect_object(in, "TextDocumentSyncOptions");
  read_optional(in, "openClose", value.openClose);
  if (auto change = in.find("change"); change != in.end() && !change->is_null()) {
    value.change = static_cast<TextDocumentSyncKind>(change->get<int32_t>());
  }
  if (auto save = in.find("save"); save != in.end() && !save->is_null()) {
    if (save->is_boolean()) {
      if (save->get<bool>()) value.save = SaveOptions{};
    } else {
      value.save = save->get<SaveOptions>();
    }
  }
}

void to_json(json& out, const DiagnosticOptions& value) {
  out = json{{"interFileDependencies", value.interFileDependencies},
             {"workspaceDiagnostics", value.workspaceDiagnostics}};
  write_optional(out, "identifier", value.identifier);
}

void from_json(const json& in, DiagnosticOptions& value) {
  expect_object(in, "DiagnosticOptions");
  read_optional(in, "identifier", value.identifier);
  read_field(in, "interFileDependencies", value.interFileDependencies);
  read_field(in, "workspaceDiagnostics", value.workspaceDiagnostics);
}

void to_json(json& out, const ServerCapabilities& value) {
  out = json::object();
  write_optional(out, "positionEncoding", value.positionEncoding);
  write_optional(out, "textDocumentSync", value.textDocumentSync);
  write_optional(out, "diagnosticProvider", value.diagnosticProvider);
}

void from_json(const json& in, ServerCapabilities& value) {
  expect_object(in, "ServerCapabilities");
  read_optional(in, "positionEncoding", value.positionEncoding);
  read_optional(in, "textDocumentSync", value.textDocumentSync);
  read_optional(in, "diagnosticProvider", value.diagnosticProvider);
}

void to_json(json& out, const ServerInfo& value) {
  out = json{{"name", value.name}};
  write_optional(out, "version", value.version);
}

void from_json(const json& in, ServerInfo& value) {
  expect_object(in, "ServerInfo");
  read_field(in, "name", value.name);
  read_optional(in, "version", value.version);
}

void to_json(json& out, const InitializeResult& value) {
  out = json{{"capabilities", value.capabilities}};
  write_optional(out, "serverInfo", value.serverInfo);
}

void from_json(const json& in, InitializeResult& value) {
  expect_object(in, "InitializeResult");
  read_field(in, "capabilities", value.capabilities);
  read_optional(in, "serverInfo", value.serverInfo);
}

}  // namespace sluice::protocol
