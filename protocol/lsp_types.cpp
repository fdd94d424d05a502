#include "protocol/lsp_types.h"

#include "protocol/json_fields.h"

namespace sluice::protocol {

using nlohmann::json;

json integer_or_string_to_json(const IntegerOrString& value) {
  return std::visit([](const auto& alternative) { return json(alternative); }, value);
}

IntegerOrString integer_or_string_from_json(const json& in) {
  if (in.is_string()) return in.get<std::string>();
  if (in.is_number_integer()) return in.get<int32_t>();
  throw json::type_error::create(302, std::string("expected an integer or a string, not ") + in.type_name(), &in);
}

void to_json(json& out, const Position& value) { out = json{{"line", value.line}, {"character", value.character}}; }

void from_json(const json& in, Position& value) {
  expect_object(in, "Position");
  read_field(in, "line", value.line);
  read_field(in, "character", value.character);
}

void to_json(json& out, const Range& value) { out = json{{"start", value.start}, {"end", value.end}}; }

void from_json(const json& in, Range& value) {
  expect_object(in, "Range");
  read_field(in, "start", value.start);
  read_field(in, "end", value.end);
}

void to_json(json& out, const Location& value) { out = json{{"uri", value.uri}, {"range", value.range}}; }

void from_json(const json& in, Location& value) {
  expect_object(in, "Location");
  read_field(in, "uri", value.uri);
  read_field(in, "range", value.range);
}

void to_json(json& out, const TextDocumentIdentifier& value) { out = json{{"uri", value.uri}}; }

void from_json(const json& in, TextDocumentIdentifier& value) {
  expect_object(in, "TextDocumentIdentifier");
  read_field(in, "uri", value.uri);
}

void to_json(json& out, const VersionedTextDocumentIdentifier& value) {
  out = json{{"uri", value.uri}, {"version", value.version}};
}

void from_json(const json& in, VersionedTextDocumentIdentifier& value) {
  expect_object(in, "VersionedTextDocumentIdentifier");
  read_field(in, "uri", value.uri);
  read_field(in, "version", value.version);
}

void to_json(json& out, const TextDocumentItem& value) {
  out = json{{"uri", value.uri}, {"languageId", value.languageId}, {"version", value.version}, {"text", value.text}};
}

void from_json(const json& in, TextDocumentItem& value) {
  expect_object(in, "TextDocumentItem");
  read_field(in, "uri", value.uri);
  read_field(in, "languageId", value.languageId);
  read_field(in, "version", value.version);
  read_field(in, "text", value.text);
}

void to_json(json& out, const TextDocumentContentChangeEvent& value) {
  out = json{{"text", value.text}};
  write_optional(out, "range", value.range);
  write_optional(out, "rangeLength", value.rangeLength);
}

void from_json(const json& in, TextDocumentContentChangeEvent& value) {
  expect_object(in, "TextDocumentContentChangeEvent");
  read_optional(in, "range", value.range);
  read_optional(in, "rangeLength", value.rangeLength);
  read_field(in, "text", value.text);
}

void to_json(json& out, const DidOpenTextDocumentParams& value) { out = json{{"textDocument", value.textDocument}}; }

void from_json(const json& in, DidOpenTextDocumentParams& value) {
  expect_object(in, "DidOpenTextDocumentParams");
  read_field(in, "textDocument", value.textDocument);
}

void to_json(json& out, const DidChangeTextDocumentParams& value) {
  out = json{{"textDocument", value.textDocument}, {"contentChanges", value.contentChanges}};
}

void from_json(const json& in, DidChangeTextDocumentParams& value) {
  expect_object(in, "DidChangeTextDocumentParams");
  read_field(in, "textDocument", value.textDocument);
  read_field(in, "contentChanges", value.contentChanges);
}

void to_json(json& out, const DidSaveTextDocumentParams& value) {
  out = json{{"textDocument", value.textDocument}};
  write_optional(out, "text", value.text);
}

void from_json(const json& in, DidSaveTextDocumentParams& value) {
  expect_object(in, "DidSaveTextDocumentParams");
  read_field(in, "textDocument", value.textDocument);
  read_optional(in, "text", value.text);
}

void to_json(json& out, const DidCloseTextDocumentParams& value) { out = json{{"textDocument", value.textDocument}}; }

void from_json(const json& in, DidCloseTextDocumentParams& value) {
  expect_object(in, "DidCloseTextDocumentParams");
  read_field(in, "textDocument", value.textDocument);
}

void to_json(json& out, const FileEvent& value) {
  out = json{{"uri", value.uri}, {"type", static_cast<int32_t>(value.type)}};
}

void from_json(const json& in, FileEvent& value) {
  expect_object(in, "FileEvent");
  read_field(in, "uri", value.uri);
  // Unknown future change types are carried as numbers; the server decides.
  value.type = static_cast<FileChangeType>(in.at("type").get<int32_t>());
}

void to_json(json& out, const DidChangeWatchedFilesParams& value) { out = json{{"changes", value.changes}}; }

void from_json(const json& in, DidChangeWatchedFilesParams& value) {
  expect_object(in, "DidChangeWatchedFilesParams");
  read_field(in, "changes", value.changes);
}

void to_json(json& out, const CancelParams& value) { out = json{{"id", integer_or_string_to_json(value.id)}}; }

void from_json(const json& in, CancelParams& value) {
  expect_object(in, "CancelParams");
  value.id = integer_or_string_from_json(in.at("id"));
}

void to_json(json& out, const WorkDoneProgressCreateParams& value) {
  out = json{{"token", integer_or_string_to_json(value.token)}};
}

void from_json(const json& in, WorkDoneProgressCreateParams& value) {
  expect_object(in, "WorkDoneProgressCreateParams");
  value.token = integer_or_string_from_json(in.at("token"));
}

void to_json(json& out, const WorkDoneProgressBegin& value) {
  out = json{{"kind", "begin"}, {"title", value.title}};
  write_optional(out, "cancellable", value.cancellable);
  write_optional(out, "message", value.message);
  write_optional(out, "percentage", value.percentage);
}

void from_json(const json& in, WorkDoneProgressBegin& value) {
  expect_object(in, "WorkDoneProgressBegin");
  read_field(in, "title", value.title);
  read_optional(in, "cancellable", value.cancellable);
  read_optional(in, "message", value.message);
  read_optional(in, "percentage", value.percentage);
}

void to_json(json& out, const WorkDoneProgressReport& value) {
  out = json{{"kind", "report"}};
  write_optional(out, "cancellable", value.cancellable);
  write_optional(out, "message", value.message);
  write_optional(out, "percentage", value.percentage);
}

void from_json(const json& in, WorkDoneProgressReport& value) {
  expect_object(in, "WorkDoneProgressReport");
  read_optional(in, "cancellable", value.cancellable);
  read_optional(in, "message", value.message);
  read_optional(in, "percentage", value.percentage);
}

void to_json(json& out, const WorkDoneProgressEnd& value) {
  out = json{{"kind", "end"}};
  write_optional(out, "message", value.message);
}

void from_json(const json& in, WorkDoneProgressEnd& value) {
  expect_object(in, "WorkDoneProgressEnd");
  read_optional(in, "message", value.message);
}

void to_json(json& out, const WorkDoneProgressParams& value) {
  out = json{{"token", integer_or_string_to_json(value.token)}};
  std::visit([&](const auto& progress) { out["value"] = progress; }, value.value);
}

void from_json(const json& in, WorkDoneProgressParams& value) {
  expect_object(in, "WorkDoneProgressParams");
  value.token = integer_or_string_from_json(in.at("token"));
  const json& progress = in.at("value");
  std::string kind = progress.at("kind").get<std::string>();
  if (kind == "begin") {
    value.value = progress.get<WorkDoneProgressBegin>();
  } else if (kind == "report") {
    value.value = progress.get<WorkDoneProgressReport>();
  } else if (kind == "end") {
    value.value = progress.get<WorkDoneProgressEnd>();
  } else {
    throw json::type_error::create(302, "unknown work-done progress kind \"" + kind + "\"", &progress);
  }
}

namespace {

const char* health_name(ServerHealth health) {
  switch (health) {
    case ServerHealth::ok: return "ok";
    case ServerHealth::warning: return "warning";
    case ServerHealth::error: return "error";
  }
  return "error";
}

}  // namespace

void to_json(json& out, const ServerStatusParams& value) {
  out = json{{"health", health_name(value.health)}, {"quiescent", value.quiescent}};
  write_optional(out, "message", value.message);
}

void from_json(const json& in, ServerStatusParams& value) {
  expect_object(in, "ServerStatusParams");
  std::string health = in.at("health").get<std::string>();
  std::optional<ServerHealth> known = health == "ok"        ? std::optional(ServerHealth::ok)
                                      : health == "warning" ? std::optional(ServerHealth::warning)
                                      : health == "error"   ? std::optional(ServerHealth::error)
                                                            : std::nullopt;
  if (!known) throw json::type_error::create(302, "unknown server health \"" + health + "\"", &in);
  value.health = *known;
  read_field(in, "quiescent", value.quiescent);
  read_optional(in, "message", value.message);
}

}  // namespace sluice::protocol
