// Tests of protocol/: framing, JSON-RPC dispatch, the LSP lifecycle, LSP
// types, file URIs and the stdio transport.
#include <fcntl.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <string>
#include <vector>

#include <asio/io_context.hpp>
#include <nlohmann/json.hpp>

#include "protocol/endpoint.h"
#include "protocol/framing.h"
#include "protocol/json_rpc.h"
#include "protocol/lifecycle.h"
#include "protocol/loopback.h"
#include "protocol/lsp_diagnostics.h"
#include "protocol/lsp_initialize.h"
#include "protocol/lsp_types.h"
#include "protocol/stdio_transport.h"
#include "protocol/uri.h"

namespace sluice::protocol {
namespace {

using nlohmann::json;

// ---------------------------------------------------------------- framing

struct DecodeLog {
  std::vector<std::string> bodies;
  std::vector<std::string> errors;
};

void drain(FrameDecoder& decoder, DecodeLog& log) {
  while (auto frame = decoder.next()) (frame->is_error() ? log.errors : log.bodies).push_back(frame->text);
}

DecodeLog decode_all(std::string_view stream, FrameDecoderOptions options = {}) {
  FrameDecoder decoder(options);
  DecodeLog log;
  decoder.feed(stream);
  drain(decoder, log);
  return log;
}

// Two bytes of "é", four of the emoji: Content-Length counts bytes, not characters.
const std::string multibyte_body = R"({"jsonrpc":"2.0","method":"x","params":{"text":"é🙂"}})";
const std::string plain_body = R"({"jsonrpc":"2.0","id":1,"method":"shutdown"})";

TEST_CASE("framing: the writer counts bytes of UTF-8 bodies", "[protocol][framing]") {
  REQUIRE(multibyte_body.size() == 57);  // 53 characters
  CHECK(frame_message(multibyte_body) == "Content-Length: 57\r\n\r\n" + multibyte_body);
  CHECK(frame_message("") == "Content-Length: 0\r\n\r\n");
}

TEST_CASE("framing: a two-message stream decodes at every split point", "[protocol][framing]") {
  std::string stream = frame_message(plain_body) + frame_message(multibyte_body);
  for (size_t split = 0; split <= stream.size(); ++split) {
    CAPTURE(split);
    FrameDecoder decoder;
    DecodeLog log;
    decoder.feed(std::string_view(stream).substr(0, split));
    drain(decoder, log);
    decoder.feed(std::string_view(stream).substr(split));
    drain(decoder, log);
    CHECK(log.errors.empty());
    CHECK(log.bodies == std::vector<std::string>{plain_body, multibyte_body});
    CHECK(decoder.at_message_boundary());
  }
}

TEST_CASE("framing: byte-at-a-time input decodes the same messages", "[protocol][framing]") {
  std::string stream = "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n" + frame_message(multibyte_body) +
                       frame_message(plain_body);
  FrameDecoder decoder;
  DecodeLog log;
  for (char byte : stream) {
    decoder.feed(std::string_view(&byte, 1));
    drain(decoder, log);
  }
  CHECK(log.errors.empty());
  CHECK(log.bodies == std::vector<std::string>{multibyte_body, plain_body});
}

TEST_CASE("framing: header names are case-insensitive and utf8 is accepted", "[protocol][framing]") {
  DecodeLog log = decode_all("content-length:  2\r\nCONTENT-TYPE: application/vscode-jsonrpc; charset=utf8\r\n\r\n{}");
  CHECK(log.errors.empty());
  CHECK(log.bodies == std::vector<std::string>{"{}"});
}

TEST_CASE("framing: a body cut short is not delivered and not at a boundary", "[protocol][framing]") {
  FrameDecoder decoder;
  decoder.feed("Content-Length: 10\r\n\r\n{}");
  CHECK_FALSE(decoder.next().has_value());
  CHECK_FALSE(decoder.at_message_boundary());
}

TEST_CASE("framing: bad headers are reported once and decoding resynchronises", "[protocol][framing]") {
  std::string good = frame_message("{}");
  struct Case {
    std::string stream;
    std::string error_mentions;
  };
  std::vector<Case> cases = {
      {"Content-Type: application/json\r\n\r\n{\"a\":1}" + good, "missing Content-Length"},
      {"Content-Length: abc\r\n\r\n{\"a\":1}" + good, "not a decimal"},
      {"Content-Length: -5\r\n\r\n{\"a\":1}" + good, "not a decimal"},
      {"Content-Length: 12x\r\n\r\n{\"a\":1}" + good, "not a decimal"},
      {"Content-Length: 99999999999999999999999\r\n\r\n" + good, "not a decimal"},
      {"Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}" + good, "conflicting"},
      {"hello there\n" + good, "not terminated"},
      {"garbage without colon\r\n\r\n" + good, "malformed header line"},
  };
  for (const Case& test : cases) {
    CAPTURE(test.stream);
    DecodeLog log = decode_all(test.stream);
    REQUIRE(log.errors.size() == 1);
    CHECK_THAT(log.errors[0], Catch::Contains(test.error_mentions));
    CHECK(log.bodies == std::vector<std::string>{"{}"});
  }
}

TEST_CASE("framing: an over-long header block is refused", "[protocol][framing]") {
  FrameDecoderOptions options;
  options.max_header_bytes = 64;
  DecodeLog log = decode_all("X-Padding: " + std::string(100, 'x'), options);
  REQUIRE(log.errors.size() == 1);
  CHECK_THAT(log.errors[0], Catch::Contains("header block longer than 64 bytes"));
}

TEST_CASE("framing: bodies over 64 MiB are refused; their bytes are skipped", "[protocol][framing]") {
  DecodeLog log = decode_all("Content-Length: 67108865\r\n\r\n{\"a\"");
  REQUIRE(log.errors.size() == 1);
  CHECK_THAT(log.errors[0], Catch::Contains("67108865 exceeds the limit of 67108864"));
  CHECK(log.bodies.empty());
  CHECK(decode_all("Content-Length: 67108864\r\n\r\n").errors.empty());  // the limit itself is allowed

  // With a small limit, the skipped body is followed by a decoded message.
  FrameDecoderOptions options;
  options.max_content_length = 4;
  std::string stream = frame_message("[1,2,3]") + frame_message("{}");
  for (size_t split = 0; split <= stream.size(); ++split) {
    FrameDecoder decoder(options);
    DecodeLog split_log;
    decoder.feed(std::string_view(stream).substr(0, split));
    drain(decoder, split_log);
    decoder.feed(std::string_view(stream).substr(split));
    drain(decoder, split_log);
    CHECK(split_log.errors.size() == 1);
    CHECK(split_log.bodies == std::vector<std::string>{"{}"});
  }
  // Skipped by length, not by searching: a header-like text inside the
  // refused body is not mistaken for a message.
  DecodeLog skipped = decode_all(frame_message("[\"Content-Length: 2\r\n\r\n[]\"]") + frame_message("{}"), options);
  CHECK(skipped.errors.size() == 1);
  CHECK(skipped.bodies == std::vector<std::string>{"{}"});
}

TEST_CASE("framing: a charset other than utf-8 is refused and its body skipped", "[protocol][framing]") {
  DecodeLog log =
      decode_all("Content-Length: 2\r\nContent-Type: text/plain; charset=latin1\r\n\r\n{}" + frame_message("[]"));
  REQUIRE(log.errors.size() == 1);
  CHECK_THAT(log.errors[0], Catch::Contains("charset"));
  CHECK(log.bodies == std::vector<std::string>{"[]"});
}

TEST_CASE("framing: serialize_message replaces invalid UTF-8 instead of throwing", "[protocol][framing]") {
  json message{{"text", std::string("a\xff")}};
  CHECK(serialize_message(message) == "{\"text\":\"a\xEF\xBF\xBD\"}");
}

// ---------------------------------------------------------------- dispatch

json error_of(const json& response) { return response.at("error"); }
int error_code(const json& response) { return response.at("error").at("code").get<int>(); }

// Sends `body` and returns the one message the endpoint wrote.
json only_reply(LoopbackClient& client, std::string_view body) {
  client.send_text(body);
  std::vector<json> written = client.take_messages();
  REQUIRE(written.size() == 1);
  CHECK(written[0].at("jsonrpc") == "2.0");
  return written[0];
}

TEST_CASE("dispatch: malformed JSON is a ParseError with a null id", "[protocol][dispatch]") {
  LoopbackClient client;
  for (std::string body : {std::string("{\"jsonrpc\":\"2.0\",\"id\":1,"), std::string(""),
                           std::string("{\"a\":\"\xff\"}"), std::string(300, '[') + std::string(300, ']')}) {
    CAPTURE(body);
    json reply = only_reply(client, body);
    CHECK(error_code(reply) == -32700);
    CHECK(reply.at("id").is_null());
  }
}

TEST_CASE("dispatch: structurally invalid messages are InvalidRequest", "[protocol][dispatch]") {
  LoopbackClient client;
  struct Case {
    std::string body;
    json expected_id;
  };
  std::vector<Case> cases = {
      {R"([{"jsonrpc":"2.0","id":1,"method":"a"}])", nullptr},  // batches are not used by LSP
      {R"([])", nullptr},
      {R"(42)", nullptr},
      {R"("text")", nullptr},
      {R"({"id":7,"method":"a"})", 7},                              // no "jsonrpc"
      {R"({"jsonrpc":"1.0","id":"seven","method":"a"})", "seven"},  // wrong version, string id echoed
      {R"({"jsonrpc":"2.0","id":true,"method":"a"})", nullptr},     // bad id types
      {R"({"jsonrpc":"2.0","id":1.5,"method":"a"})", nullptr},
      {R"({"jsonrpc":"2.0","id":{},"method":"a"})", nullptr},
      {R"({"jsonrpc":"2.0","id":null,"method":"a"})", nullptr},
      {R"({"jsonrpc":"2.0","id":3,"method":5})", 3},
      {R"({"jsonrpc":"2.0","id":4,"method":"a","params":"x"})", 4},
      {R"({"jsonrpc":"2.0","id":5})", 5},  // neither a request nor a response
  };
  for (const Case& test : cases) {
    CAPTURE(test.body);
    json reply = only_reply(client, test.body);
    CHECK(error_code(reply) == -32600);
    CHECK(reply.at("id") == test.expected_id);
  }
}

TEST_CASE("dispatch: unknown requests are MethodNotFound, unknown notifications ignored", "[protocol][dispatch]") {
  LoopbackClient client;
  json by_number = only_reply(client, R"({"jsonrpc":"2.0","id":12,"method":"nope"})");
  CHECK(error_code(by_number) == -32601);
  CHECK(by_number.at("id") == 12);
  json by_string = only_reply(client, R"({"jsonrpc":"2.0","id":"r-1","method":"$/nope"})");
  CHECK(error_code(by_string) == -32601);
  CHECK(by_string.at("id") == "r-1");

  client.notify("nope", json::object());
  client.notify("$/setTrace", {{"value", "off"}});
  client.notify("$/cancelRequest", {{"id", 99}});  // nothing in flight: nothing to do
  CHECK(client.take_messages().empty());
}

TEST_CASE("dispatch: results echo the request id", "[protocol][dispatch]") {
  LoopbackClient client;
  client.endpoint().on_request(
      "echo", [](const json& params, const RequestContext&) -> RequestResult { return params.at("value"); });
  json reply = only_reply(client, R"({"jsonrpc":"2.0","id":"abc","method":"echo","params":{"value":[1,2]}})");
  CHECK(reply == json{{"jsonrpc", "2.0"}, {"id", "abc"}, {"result", {1, 2}}});
  reply = only_reply(client, R"({"jsonrpc":"2.0","id":-3,"method":"echo","params":{"value":null}})");
  CHECK(reply == json{{"jsonrpc", "2.0"}, {"id", -3}, {"result", nullptr}});
}

TEST_CASE("dispatch: typed params that do not decode are InvalidParams", "[protocol][dispatch]") {
  LoopbackClient client;
  bool called = false;
  client.endpoint().on_request<TextDocumentIdentifier>(
      "typed", [&](const TextDocumentIdentifier&, const RequestContext&) -> RequestResult {
        called = true;
        return nullptr;
      });
  for (std::string params : {R"({"uri":5})", R"({})", R"([])"}) {
    CAPTURE(params);
    json reply = only_reply(client, R"({"jsonrpc":"2.0","id":1,"method":"typed","params":)" + params + "}");
    CHECK(error_code(reply) == -32602);
    CHECK(reply.at("id") == 1);
  }
  json missing = only_reply(client, R"({"jsonrpc":"2.0","id":2,"method":"typed"})");
  CHECK(error_code(missing) == -32602);
  CHECK_FALSE(called);
  json ok = only_reply(client, R"({"jsonrpc":"2.0","id":3,"method":"typed","params":{"uri":"file:///a"}})");
  CHECK(ok.contains("result"));
  CHECK(called);
}

TEST_CASE("dispatch: a throwing handler is an InternalError; a throwing notification is logged",
          "[protocol][dispatch]") {
  std::vector<std::string> log;
  LoopbackClient client(EndpointOptions{[&](std::string_view line) { log.emplace_back(line); }});
  client.endpoint().on_request(
      "boom", [](const json&, const RequestContext&) -> RequestResult { throw std::runtime_error("kaboom"); });
  client.endpoint().on_notification("boom", [](const json&) { throw std::runtime_error("quiet kaboom"); });
  json reply = only_reply(client, R"({"jsonrpc":"2.0","id":9,"method":"boom"})");
  CHECK(error_code(reply) == -32603);
  CHECK_THAT(error_of(reply).at("message").get<std::string>(), Catch::Contains("kaboom"));
  CHECK(reply.at("id") == 9);
  client.notify("boom");
  CHECK(client.take_messages().empty());
  REQUIRE(log.size() == 2);
  CHECK_THAT(log[1], Catch::Contains("quiet kaboom"));
  CHECK(client.endpoint().in_flight_request_count() == 0);
}

TEST_CASE("dispatch: LSP error codes have the spec's values", "[protocol][dispatch]") {
  CHECK(int(ErrorCode::server_not_initialized) == -32002);
  CHECK(int(ErrorCode::request_cancelled) == -32800);
  CHECK(int(ErrorCode::content_modified) == -32801);
  CHECK(int(ErrorCode::request_failed) == -32803);
  LoopbackClient client;
  client.endpoint().on_request("stale", [](const json&, const RequestContext&) -> RequestResult {
    return ResponseError(ErrorCode::content_modified, "the document changed");
  });
  json reply = only_reply(client, R"({"jsonrpc":"2.0","id":1,"method":"stale"})");
  CHECK(error_of(reply) == json{{"code", -32801}, {"message", "the document changed"}});
}

TEST_CASE("dispatch: $/cancelRequest marks the in-flight request's token", "[protocol][dispatch]") {
  LoopbackClient client;
  std::vector<Reply> held;
  client.endpoint().on_async_request("slow", [&](const json&, Reply reply) { held.push_back(std::move(reply)); });
  RequestId first = client.request("slow");
  RequestId second = client.request("slow");
  REQUIRE(held.size() == 2);
  CHECK(client.endpoint().in_flight_request_count() == 2);
  CHECK(client.take_messages().empty());

  client.notify("$/cancelRequest", {{"id", request_id_to_json(second)}});
  CHECK_FALSE(held[0].context().cancellation.is_cancelled());
  CHECK(held[1].context().cancellation.is_cancelled());
  CHECK(client.take_messages().empty());  // cancelling answers nothing by itself

  held[1](ResponseError(ErrorCode::request_cancelled, "cancelled"));
  held[0](json("done"));
  held[0](json("twice"));  // a second answer is ignored
  auto cancelled = client.take_response(second);
  REQUIRE(cancelled);
  CHECK(error_code(*cancelled) == -32800);
  auto done = client.take_response(first);
  REQUIRE(done);
  CHECK(done->at("result") == "done");
  CHECK(client.take_messages().empty());
  CHECK(client.endpoint().in_flight_request_count() == 0);

  // Cancelling an answered request is harmless.
  client.notify("$/cancelRequest", {{"id", request_id_to_json(first)}});
  CHECK(client.take_messages().empty());
}

TEST_CASE("dispatch: string ids are cancelled too, and a duplicate in-flight id is refused", "[protocol][dispatch]") {
  LoopbackClient client;
  std::vector<Reply> held;
  client.endpoint().on_async_request("slow", [&](const json&, Reply reply) { held.push_back(std::move(reply)); });
  client.send_text(R"({"jsonrpc":"2.0","id":"s","method":"slow"})");
  json duplicate = only_reply(client, R"({"jsonrpc":"2.0","id":"s","method":"slow"})");
  CHECK(error_code(duplicate) == -32600);
  CHECK(duplicate.at("id") == "s");
  REQUIRE(held.size() == 1);
  client.notify("$/cancelRequest", {{"id", "s"}});
  CHECK(held[0].context().cancellation.is_cancelled());
}

TEST_CASE("dispatch: a dropped Reply answers InternalError; replying after the endpoint is gone is safe",
          "[protocol][dispatch]") {
  std::optional<Reply> outlives;
  {
    LoopbackClient client;
    client.endpoint().on_async_request("drop", [](const json&, Reply) {});
    json reply = only_reply(client, R"({"jsonrpc":"2.0","id":1,"method":"drop"})");
    CHECK(error_code(reply) == -32603);
    client.endpoint().on_async_request("keep", [&](const json&, Reply reply) { outlives.emplace(std::move(reply)); });
    client.request("keep");
  }
  REQUIRE(outlives);
  (*outlives)(json(1));  // the endpoint is destroyed: nothing happens
  outlives.reset();
}

TEST_CASE("dispatch: responses to server requests reach their callbacks by id", "[protocol][dispatch]") {
  std::vector<std::string> log;
  LoopbackClient client(EndpointOptions{[&](std::string_view line) { log.emplace_back(line); }});
  std::vector<RequestResult> results;
  auto remember = [&](RequestResult result) { results.push_back(std::move(result)); };
  RequestId create = client.endpoint().send_request(method::work_done_progress_create,
                                                    WorkDoneProgressCreateParams{"sluice/indexing"}, remember);
  RequestId other = client.endpoint().send_request("workspace/configuration", json::object(), remember);
  std::vector<json> sent = client.take_messages();
  REQUIRE(sent.size() == 2);
  CHECK(sent[0].at("method") == "window/workDoneProgress/create");
  CHECK(sent[0].at("params") == json{{"token", "sluice/indexing"}});
  CHECK(sent[0].at("id") == request_id_to_json(create));
  CHECK(client.endpoint().pending_outgoing_request_count() == 2);

  // Answered out of order: matched by id, not by position.
  client.send(
      {{"jsonrpc", "2.0"}, {"id", request_id_to_json(other)}, {"error", {{"code", -32601}, {"message", "no"}}}});
  client.respond(sent[0], nullptr);
  REQUIRE(results.size() == 2);
  REQUIRE(std::holds_alternative<ResponseError>(results[0]));
  CHECK(std::get<ResponseError>(results[0]).has_code(ErrorCode::method_not_found));
  REQUIRE(std::holds_alternative<json>(results[1]));
  CHECK(std::get<json>(results[1]).is_null());
  CHECK(client.endpoint().pending_outgoing_request_count() == 0);

  // A response nobody waits for is logged, never answered.
  client.send({{"jsonrpc", "2.0"}, {"id", 4242}, {"result", 1}});
  CHECK(client.take_messages().empty());
  REQUIRE_FALSE(log.empty());
  CHECK_THAT(log.back(), Catch::Contains("unknown request 4242"));
  CHECK(results.size() == 2);
}

TEST_CASE("dispatch: notifications are written without an id", "[protocol][dispatch]") {
  LoopbackClient client;
  client.endpoint().send_notification(method::server_status, ServerStatusParams{ServerHealth::warning, false, "busy"});
  std::vector<json> sent = client.take_messages();
  REQUIRE(sent.size() == 1);
  CHECK(sent[0] == json::parse(R"({"jsonrpc":"2.0","method":"sluice/serverStatus",
                                   "params":{"health":"warning","quiescent":false,"message":"busy"}})"));
}

// ---------------------------------------------------------------- lifecycle

struct LifecycleFixture {
  LoopbackClient client;
  std::optional<int> exit_code;
  int shutdowns = 0;
  std::vector<std::string> opened;
  Lifecycle lifecycle{client.endpoint(), hooks()};

  LifecycleHooks hooks() {
    auto initialize = [](const InitializeParams& params) -> RequestResult {
      InitializeResult result;
      result.capabilities.positionEncoding =
          negotiate_position_encoding(params.capabilities, {position_encoding::utf8});
      return result;
    };
    return LifecycleHooks{initialize, [this] { ++shutdowns; }, [this](int code) { exit_code = code; }};
  }

  LifecycleFixture() {
    client.endpoint().on_notification<DidOpenTextDocumentParams>(
        method::did_open,
        [this](const DidOpenTextDocumentParams& params) { opened.push_back(params.textDocument.uri); });
    client.endpoint().on_request("sluice/ping",
                                 [](const json&, const RequestContext&) -> RequestResult { return json("pong"); });
  }

  json initialize() {
    RequestId id =
        client.request(method::initialize, {{"processId", nullptr},
                                            {"rootUri", nullptr},
                                            {"capabilities", {{"general", {{"positionEncodings", {"utf-8"}}}}}}});
    auto response = client.take_response(id);
    REQUIRE(response);
    return *response;
  }

  json call(std::string_view method) {
    RequestId id = client.request(method);
    auto response = client.take_response(id);
    REQUIRE(response);
    CHECK(response->at("id") == request_id_to_json(id));
    return *response;
  }

  void open(std::string uri) {
    client.notify(method::did_open, DidOpenTextDocumentParams{TextDocumentItem{std::move(uri), "rust", 1, ""}});
  }
};

TEST_CASE("lifecycle: before initialize, requests are ServerNotInitialized and notifications dropped",
          "[protocol][lifecycle]") {
  LifecycleFixture fixture;
  CHECK(error_code(fixture.call("sluice/ping")) == -32002);
  CHECK(error_code(fixture.call("shutdown")) == -32002);
  CHECK(error_code(fixture.call("$/unknown")) == -32002);
  fixture.open("file:///a.rs");
  CHECK(fixture.opened.empty());
  CHECK(fixture.client.take_messages().empty());
  CHECK(fixture.lifecycle.state() == Lifecycle::State::uninitialized);
}

TEST_CASE("lifecycle: initialize enables requests, once", "[protocol][lifecycle]") {
  LifecycleFixture fixture;
  json response = fixture.initialize();
  CHECK(response.at("result") == json::parse(R"({"capabilities":{"positionEncoding":"utf-8"}})"));
  CHECK(fixture.lifecycle.state() == Lifecycle::State::running);
  CHECK(fixture.call("sluice/ping").at("result") == "pong");
  fixture.open("file:///a.rs");
  CHECK(fixture.opened == std::vector<std::string>{"file:///a.rs"});
  CHECK(error_code(fixture.call("initialize")) == -32600);
  CHECK(error_code(fixture.call("nope")) == -32601);
}

TEST_CASE("lifecycle: initialize with params of the wrong type is InvalidParams and initializes nothing",
          "[protocol][lifecycle]") {
  LifecycleFixture fixture;
  RequestId id = fixture.client.request(method::initialize, {{"processId", "not a number"}, {"capabilities", {}}});
  auto response = fixture.client.take_response(id);
  REQUIRE(response);
  CHECK(error_code(*response) == -32602);
  CHECK(fixture.lifecycle.state() == Lifecycle::State::uninitialized);
  CHECK(error_code(fixture.call("sluice/ping")) == -32002);
}

TEST_CASE("lifecycle: after shutdown, requests are InvalidRequest; exit then exits 0", "[protocol][lifecycle]") {
  LifecycleFixture fixture;
  fixture.initialize();
  json shutdown = fixture.call("shutdown");
  CHECK(shutdown.contains("result"));
  CHECK(shutdown.at("result").is_null());
  CHECK(fixture.shutdowns == 1);
  CHECK(error_code(fixture.call("sluice/ping")) == -32600);
  CHECK(error_code(fixture.call("shutdown")) == -32600);
  CHECK(fixture.shutdowns == 1);
  fixture.open("file:///late.rs");
  CHECK(fixture.opened.empty());
  CHECK_FALSE(fixture.lifecycle.exit_code());
  fixture.client.notify(method::exit);
  CHECK(fixture.exit_code == 0);
  CHECK(fixture.lifecycle.exit_code() == 0);
  CHECK(fixture.lifecycle.state() == Lifecycle::State::exited);
  CHECK(fixture.client.take_messages().empty());
}

TEST_CASE("lifecycle: exit without shutdown exits 1", "[protocol][lifecycle]") {
  SECTION("before initialize") {
    LifecycleFixture fixture;
    fixture.client.notify(method::exit);
    CHECK(fixture.exit_code == 1);
  }
  SECTION("while running") {
    LifecycleFixture fixture;
    fixture.initialize();
    fixture.client.notify(method::exit);
    CHECK(fixture.exit_code == 1);
    CHECK(fixture.lifecycle.exit_code() == 1);
  }
}

// ---------------------------------------------------------------- types

template <class T>
void check_round_trip(const T& value, const json& expected) {
  json written = value;
  CHECK(written == expected);
  CHECK(expected.get<T>() == value);
}

TEST_CASE("types: positions, ranges, locations and documents use the spec's names", "[protocol][types]") {
  Range range{{1, 2}, {3, 4}};
  json range_json = json::parse(R"({"start":{"line":1,"character":2},"end":{"line":3,"character":4}})");
  check_round_trip(range, range_json);
  check_round_trip(Location{"file:///a.rs", range}, {{"uri", "file:///a.rs"}, {"range", range_json}});
  check_round_trip(TextDocumentItem{"file:///a.rs", "rust", 3, "fn main() {}"},
                   json::parse(R"({"uri":"file:///a.rs","languageId":"rust","version":3,"text":"fn main() {}"})"));
  check_round_trip(DidCloseTextDocumentParams{{"file:///a.rs"}},
                   json::parse(R"({"textDocument":{"uri":"file:///a.rs"}})"));
  check_round_trip(DidSaveTextDocumentParams{{"file:///a.rs"}, "text"},
                   json::parse(R"({"textDocument":{"uri":"file:///a.rs"},"text":"text"})"));
  check_round_trip(DidSaveTextDocumentParams{{"file:///a.rs"}, std::nullopt},
                   json::parse(R"({"textDocument":{"uri":"file:///a.rs"}})"));
}

TEST_CASE("types: content changes are incremental with a range and full without", "[protocol][types]") {
  DidChangeTextDocumentParams change{{"file:///a.rs", 7},
                                     {TextDocumentContentChangeEvent{Range{{0, 1}, {0, 2}}, std::nullopt, "x"},
                                      TextDocumentContentChangeEvent{std::nullopt, std::nullopt, "whole"}}};
  check_round_trip(change, json::parse(R"({
    "textDocument":{"uri":"file:///a.rs","version":7},
    "contentChanges":[
      {"range":{"start":{"line":0,"character":1},"end":{"line":0,"character":2}},"text":"x"},
      {"text":"whole"}]})"));
  auto read = json::parse(R"({"range":{"start":{"line":0,"character":1},"end":{"line":0,"character":2}},
                              "rangeLength":1,"text":""})")
                  .get<TextDocumentContentChangeEvent>();
  CHECK(read.rangeLength == 1u);
}

TEST_CASE("types: Diagnostic writes every LSP field by its exact name", "[protocol][types]") {
  Diagnostic diagnostic;
  diagnostic.range = Range{{0, 4}, {0, 5}};
  diagnostic.severity = DiagnosticSeverity::warning;
  diagnostic.code = "unused_variables";
  diagnostic.codeDescription = CodeDescription{"https://doc.rust-lang.org/rustc/lints/listing/warn-by-default.html"};
  diagnostic.source = "sluice";
  diagnostic.message = "unused variable: `x`";
  diagnostic.tags = {DiagnosticTag::unnecessary, DiagnosticTag::deprecated};
  diagnostic.relatedInformation = {{Location{"file:///b.rs", Range{{1, 0}, {1, 1}}}, "defined here"}};
  diagnostic.data = json{{"fix", 1}};
  check_round_trip(diagnostic, json::parse(R"({
    "range":{"start":{"line":0,"character":4},"end":{"line":0,"character":5}},
    "severity":2,
    "code":"unused_variables",
    "codeDescription":{"href":"https://doc.rust-lang.org/rustc/lints/listing/warn-by-default.html"},
    "source":"sluice",
    "message":"unused variable: `x`",
    "tags":[1,2],
    "relatedInformation":[{"location":{"uri":"file:///b.rs",
                                       "range":{"start":{"line":1,"character":0},"end":{"line":1,"character":1}}},
                           "message":"defined here"}],
    "data":{"fix":1}})"));

  Diagnostic minimal{Range{}, std::nullopt, std::nullopt, std::nullopt, std::nullopt, "m", {}, {}, std::nullopt};
  check_round_trip(minimal, json::parse(R"({"range":{"start":{"line":0,"character":0},
                                                    "end":{"line":0,"character":0}},"message":"m"})"));
  // Integer codes from a client read as text.
  auto integer_code = json::parse(R"({"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},
                                      "message":"m","code":308})")
                          .get<Diagnostic>();
  CHECK(integer_code.code == "308");
}

TEST_CASE("types: publish and pull diagnostics", "[protocol][types]") {
  check_round_trip(PublishDiagnosticsParams{"file:///a.rs", 4, {}},
                   json::parse(R"({"uri":"file:///a.rs","version":4,"diagnostics":[]})"));
  check_round_trip(PublishDiagnosticsParams{"file:///a.rs", std::nullopt, {}},
                   json::parse(R"({"uri":"file:///a.rs","diagnostics":[]})"));
  check_round_trip(DocumentDiagnosticParams{{"file:///a.rs"}, std::nullopt, "r1"},
                   json::parse(R"({"textDocument":{"uri":"file:///a.rs"},"previousResultId":"r1"})"));

  DocumentDiagnosticReport full = FullDocumentDiagnosticReport{"r2", {}};
  json full_json = json::parse(R"({"kind":"full","resultId":"r2","items":[]})");
  CHECK(document_diagnostic_report_to_json(full) == full_json);
  CHECK(document_diagnostic_report_from_json(full_json) == full);
  DocumentDiagnosticReport unchanged = UnchangedDocumentDiagnosticReport{"r2"};
  json unchanged_json = json::parse(R"({"kind":"unchanged","resultId":"r2"})");
  CHECK(document_diagnostic_report_to_json(unchanged) == unchanged_json);
  CHECK(document_diagnostic_report_from_json(unchanged_json) == unchanged);
  CHECK_THROWS_AS(document_diagnostic_report_from_json(json::parse(R"({"kind":"partial"})")), json::type_error);
}

TEST_CASE("types: InitializeParams read leniently, wrong types fail", "[protocol][types]") {
  json vscode_like = json::parse(R"({
    "processId": 1234, "clientInfo": {"name": "Visual Studio Code", "version": "1.90"},
    "locale": "en", "rootPath": "/w", "rootUri": "file:///w", "trace": "off",
    "workspaceFolders": [{"uri": "file:///w", "name": "w"}],
    "initializationOptions": {"checkOnSave": true},
    "capabilities": {
      "general": {"positionEncodings": ["utf-16", "utf-8"], "markdown": {"parser": "marked"}},
      "window": {"workDoneProgress": true, "showMessage": {}},
      "workspace": {"workspaceFolders": true,
                    "didChangeWatchedFiles": {"dynamicRegistration": true, "relativePatternSupport": true}},
      "textDocument": {
        "publishDiagnostics": {"relatedInformation": true, "versionSupport": false,
                               "tagSupport": {"valueSet": [1, 2]}, "codeDescriptionSupport": true,
                               "dataSupport": true},
        "diagnostic": {"dynamicRegistration": true, "relatedDocumentSupport": false},
        "hover": {"contentFormat": ["markdown"]}}}})");
  auto params = vscode_like.get<InitializeParams>();
  CHECK(params.processId == 1234);
  CHECK(params.clientInfo->name == "Visual Studio Code");
  CHECK(params.rootUri == "file:///w");
  CHECK(params.rootPath == "/w");
  REQUIRE(params.workspaceFolders);
  CHECK(params.workspaceFolders->at(0) == WorkspaceFolder{"file:///w", "w"});
  CHECK(params.initializationOptions == json{{"checkOnSave", true}});
  CHECK(params.capabilities.general.positionEncodings == std::vector<std::string>{"utf-16", "utf-8"});
  CHECK(params.capabilities.window.workDoneProgress);
  CHECK(params.capabilities.workspace.didChangeWatchedFiles->relativePatternSupport);
  REQUIRE(params.capabilities.textDocument.publishDiagnostics);
  const auto& publish = *params.capabilities.textDocument.publishDiagnostics;
  CHECK(publish.relatedInformation);
  CHECK_FALSE(publish.versionSupport);
  CHECK(publish.tagSupport == std::vector<DiagnosticTag>{DiagnosticTag::unnecessary, DiagnosticTag::deprecated});
  CHECK(params.capabilities.textDocument.diagnostic.has_value());
  CHECK(json(params).get<InitializeParams>() == params);

  // The smallest legal message, and one with the nulls the spec allows.
  auto minimal = json::parse(R"({"processId":null,"rootUri":null,"capabilities":{}})").get<InitializeParams>();
  CHECK_FALSE(minimal.processId);
  CHECK_FALSE(minimal.capabilities.window.workDoneProgress);
  CHECK(minimal.capabilities.general.positionEncodings.empty());
  CHECK(json(minimal) == json::parse(R"({"processId":null,"rootUri":null,"capabilities":{
        "workspace":{"workspaceFolders":false},"textDocument":{},"window":{"workDoneProgress":false},
        "general":{"positionEncodings":[]}}})"));
  CHECK_NOTHROW(json::object().get<InitializeParams>());

  CHECK_THROWS_AS(json::parse(R"({"processId":"1"})").get<InitializeParams>(), json::type_error);
  CHECK_THROWS_AS(json::parse(R"({"capabilities":{"window":{"workDoneProgress":"yes"}}})").get<InitializeParams>(),
                  json::type_error);
  CHECK_THROWS_AS(json::parse(R"({"capabilities":{"general":{"positionEncodings":"utf-8"}}})").get<InitializeParams>(),
                  json::type_error);
}

TEST_CASE("types: position encoding negotiation carries names only", "[protocol][types]") {
  ClientCapabilities client;
  CHECK(negotiate_position_encoding(client, {position_encoding::utf8}) == "utf-16");
  client.general.positionEncodings = {"utf-32", "utf-8", "utf-16"};
  CHECK(negotiate_position_encoding(client, {position_encoding::utf8, position_encoding::utf16}) == "utf-8");
  CHECK(negotiate_position_encoding(client, {"utf-7"}) == "utf-16");
}

TEST_CASE("types: InitializeResult and ServerCapabilities", "[protocol][types]") {
  InitializeResult result;
  result.capabilities.positionEncoding = "utf-8";
  result.capabilities.textDocumentSync =
      TextDocumentSyncOptions{true, TextDocumentSyncKind::incremental, SaveOptions{false}};
  result.capabilities.diagnosticProvider = DiagnosticOptions{"sluice", true, false};
  result.serverInfo = ServerInfo{"sluice", "0.1.0"};
  check_round_trip(result, json::parse(R"({
    "capabilities":{"positionEncoding":"utf-8",
                    "textDocumentSync":{"openClose":true,"change":2,"save":{"includeText":false}},
                    "diagnosticProvider":{"identifier":"sluice","interFileDependencies":true,
                                          "workspaceDiagnostics":false}},
    "serverInfo":{"name":"sluice","version":"0.1.0"}})"));
  // The spec's shorthands: a bare sync kind, and `save: true`.
  auto shorthand = json::parse(R"({"textDocumentSync":1})").get<ServerCapabilities>();
  CHECK(shorthand.textDocumentSync == TextDocumentSyncOptions{true, TextDocumentSyncKind::full, std::nullopt});
  auto save_true = json::parse(R"({"save":true})").get<TextDocumentSyncOptions>();
  CHECK(save_true.save == SaveOptions{});
}

TEST_CASE("types: watched files, progress, cancel and server status", "[protocol][types]") {
  check_round_trip(DidChangeWatchedFilesParams{{{"file:///Cargo.toml", FileChangeType::changed},
                                                {"file:///src/new.rs", FileChangeType::created},
                                                {"file:///src/old.rs", FileChangeType::deleted}}},
                   json::parse(R"({"changes":[{"uri":"file:///Cargo.toml","type":2},
                                              {"uri":"file:///src/new.rs","type":1},
                                              {"uri":"file:///src/old.rs","type":3}]})"));
  check_round_trip(CancelParams{7}, json{{"id", 7}});
  check_round_trip(CancelParams{"x"}, json{{"id", "x"}});
  check_round_trip(WorkDoneProgressParams{"t", WorkDoneProgressBegin{"Checking", true, "crate a", 0}},
                   json::parse(R"({"token":"t","value":{"kind":"begin","title":"Checking","cancellable":true,
                                                        "message":"crate a","percentage":0}})"));
  check_round_trip(WorkDoneProgressParams{3, WorkDoneProgressReport{std::nullopt, "crate b", 50}},
                   json::parse(R"({"token":3,"value":{"kind":"report","message":"crate b","percentage":50}})"));
  check_round_trip(WorkDoneProgressParams{3, WorkDoneProgressEnd{std::nullopt}},
                   json::parse(R"({"token":3,"value":{"kind":"end"}})"));
  check_round_trip(ServerStatusParams{ServerHealth::ok, true, std::nullopt},
                   json::parse(R"({"health":"ok","quiescent":true})"));
  check_round_trip(ServerStatusParams{ServerHealth::error, false, "Cargo.toml: bad"},
                   json::parse(R"({"health":"error","quiescent":false,"message":"Cargo.toml: bad"})"));
  CHECK_THROWS_AS(json::parse(R"({"health":"fine","quiescent":true})").get<ServerStatusParams>(), json::type_error);
  CHECK_THROWS_AS(json::parse(R"({"token":true,"value":{"kind":"end"}})").get<WorkDoneProgressParams>(),
                  json::type_error);
}

TEST_CASE("types: ResponseError and wire messages", "[protocol][types]") {
  ResponseError error(ErrorCode::request_failed, "failed");
  error.data = json{{"detail", 1}};
  CHECK(json(error) == json::parse(R"({"code":-32803,"message":"failed","data":{"detail":1}})"));
  CHECK(json(error).get<ResponseError>().data == error.data);
  CHECK(make_request(RequestId("a"), "shutdown", nullptr) ==
        json::parse(R"({"jsonrpc":"2.0","id":"a","method":"shutdown"})"));
  CHECK(make_notification("exit", nullptr) == json::parse(R"({"jsonrpc":"2.0","method":"exit"})"));
  CHECK(request_id_from_json(json(5)) == RequestId(int64_t(5)));
  CHECK(request_id_from_json(json("5")) == RequestId(std::string("5")));
  CHECK_FALSE(request_id_from_json(json(5.0)));
  CHECK_FALSE(request_id_from_json(json(nullptr)));
}

// ---------------------------------------------------------------- URIs

TEST_CASE("uri: paths with spaces and non-ASCII round-trip", "[protocol][uri]") {
  UriConversion uri = file_uri_from_path("/home/u/a b/é.rs");
  REQUIRE(uri.ok());
  CHECK(uri.value == "file:///home/u/a%20b/%C3%A9.rs");
  UriConversion path = path_from_file_uri(uri.value);
  REQUIRE(path.ok());
  CHECK(path.value == "/home/u/a b/é.rs");

  std::string awkward = "/tmp/100% #1?&=+;,@!$'()[]:~-._/x";
  UriConversion encoded = file_uri_from_path(awkward);
  REQUIRE(encoded.ok());
  CHECK(encoded.value.find_first_of("#? []") == std::string::npos);
  CHECK_THAT(encoded.value, Catch::Contains("/100%25%20%231%3F%26") && Catch::Contains("%3A~-._/x"));
  CHECK(path_from_file_uri(encoded.value).value == awkward);
}

TEST_CASE("uri: lenient decoding of what editors send", "[protocol][uri]") {
  CHECK(path_from_file_uri("file:///a%20b/%c3%a9.rs").value == "/a b/é.rs");  // lowercase hex
  CHECK(path_from_file_uri("FILE:///x").value == "/x");
  CHECK(path_from_file_uri("file://localhost/x").value == "/x");
  CHECK(path_from_file_uri("file:/x/y").value == "/x/y");
  CHECK(path_from_file_uri("file:///c%3A/src/main.rs").value == "/c:/src/main.rs");  // drive letters: no meaning here
  CHECK(path_from_file_uri("file:///raw é").value == "/raw é");
}

TEST_CASE("uri: non-file and malformed URIs are errors", "[protocol][uri]") {
  for (std::string bad :
       {"untitled:Untitled-1", "https://example.com/a.rs", "file://server/share/a.rs", "file:///a%2", "file:///a%zz",
        "file:///a%00b", "file:///a.rs#L3", "file:///a?x", "file://", "file:relative/a.rs", ""}) {
    CAPTURE(bad);
    UriConversion result = path_from_file_uri(bad);
    CHECK_FALSE(result.ok());
    CHECK(result.value.empty());
  }
  CHECK_FALSE(file_uri_from_path("relative/a.rs").ok());
  CHECK_FALSE(file_uri_from_path("").ok());
}

// ---------------------------------------------------------------- stdio transport

struct TransportLog {
  std::vector<std::string> messages;
  std::vector<std::string> errors;
  int ends = 0;

  TransportCallbacks callbacks() {
    return TransportCallbacks{[this](std::string body) { messages.push_back(std::move(body)); },
                              [this](std::string error) { errors.push_back(std::move(error)); }, [this] { ++ends; }};
  }
};

struct Pipe {
  int read_end = -1;
  int write_end = -1;
  Pipe() {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    read_end = fds[0];
    write_end = fds[1];
  }
  ~Pipe() {
    close_read();
    close_write();
  }
  void close_read() {
    if (read_end >= 0) close(read_end);
    read_end = -1;
  }
  void close_write() {
    if (write_end >= 0) close(write_end);
    write_end = -1;
  }
  void write_all(std::string_view bytes) const {
    while (!bytes.empty()) {
      ssize_t written = write(write_end, bytes.data(), bytes.size());
      REQUIRE(written > 0);
      bytes.remove_prefix(size_t(written));
    }
  }
  std::string read_to_end() const {
    std::string all;
    char chunk[4096];
    ssize_t count;
    while ((count = read(read_end, chunk, sizeof chunk)) > 0) all.append(chunk, size_t(count));
    return all;
  }
};

TEST_CASE("transport: a pipe's messages arrive in order, then end of input; replies are framed",
          "[protocol][transport]") {
  Pipe input;
  Pipe output;
  input.write_all(frame_message(plain_body) + "Content-Length: nope\r\n\r\n" + frame_message(multibyte_body));
  input.close_write();

  asio::io_context io;
  TransportLog log;
  StdioTransport transport(io, input.read_end, output.write_end, log.callbacks());
  transport.start();
  io.run();  // returns once end of input is delivered: the reader's work guard is gone
  CHECK(log.messages == std::vector<std::string>{plain_body, multibyte_body});
  REQUIRE(log.errors.size() == 1);
  CHECK_THAT(log.errors[0], Catch::Contains("Content-Length"));
  CHECK(log.ends == 1);

  transport.send(R"({"jsonrpc":"2.0","id":1,"result":null})");
  transport.send(multibyte_body);
  transport.stop();  // drains the queue
  CHECK_FALSE(transport.output_failed());
  output.close_write();
  CHECK(output.read_to_end() ==
        frame_message(R"({"jsonrpc":"2.0","id":1,"result":null})") + frame_message(multibyte_body));
}

TEST_CASE("transport: a regular file works as input (epoll would refuse it)", "[protocol][transport]") {
  FILE* file = std::tmpfile();
  REQUIRE(file != nullptr);
  std::string stream = frame_message(plain_body) + "Content-Length: 10\r\n\r\n{}";  // cut short at the end
  REQUIRE(std::fwrite(stream.data(), 1, stream.size(), file) == stream.size());
  std::fflush(file);
  std::rewind(file);
  Pipe output;
  asio::io_context io;
  TransportLog log;
  StdioTransport transport(io, fileno(file), output.write_end, log.callbacks());
  transport.start();
  io.run();
  CHECK(log.messages == std::vector<std::string>{plain_body});
  REQUIRE(log.errors.size() == 1);
  CHECK_THAT(log.errors[0], Catch::Contains("ended inside a message"));
  CHECK(log.ends == 1);
  transport.stop();
  std::fclose(file);
}

TEST_CASE("transport: stop() interrupts a blocked read without an end-of-input", "[protocol][transport]") {
  Pipe input;  // the write end stays open: the reader blocks
  Pipe output;
  asio::io_context io;
  TransportLog log;
  StdioTransport transport(io, input.read_end, output.write_end, log.callbacks());
  transport.start();
  input.write_all(frame_message("{}"));
  // Deliveries are posted to the context; run until the message has arrived.
  while (log.messages.empty()) io.run_one();
  transport.stop();
  io.restart();
  io.run();
  CHECK(log.messages == std::vector<std::string>{"{}"});
  CHECK(log.ends == 0);
}

TEST_CASE("transport: a closed output pipe fails the writer, not the process", "[protocol][transport]") {
  Pipe input;
  Pipe output;
  output.close_read();
  asio::io_context io;
  TransportLog log;
  StdioTransport transport(io, input.read_end, output.write_end, log.callbacks());
  transport.start();
  transport.send("{}");
  input.close_write();
  io.run();
  transport.stop();
  CHECK(transport.output_failed());
  transport.send("{}");  // ignored
}

TEST_CASE("transport and endpoint together answer a framed request", "[protocol][transport]") {
  Pipe input;
  Pipe output;
  input.write_all(frame_message(R"({"jsonrpc":"2.0","id":1,"method":"ping"})") + frame_message("not json"));
  input.close_write();
  asio::io_context io;
  std::unique_ptr<StdioTransport> transport;
  Endpoint endpoint([&](const json& message) { transport->send(serialize_message(message)); });
  endpoint.on_request("ping", [](const json&, const RequestContext&) -> RequestResult { return json("pong"); });
  transport = std::make_unique<StdioTransport>(
      io, input.read_end, output.write_end,
      TransportCallbacks{[&](std::string body) { endpoint.receive(body); }, nullptr, nullptr});
  transport->start();
  io.run();
  transport->stop();
  output.close_write();
  FrameDecoder decoder;
  decoder.feed(output.read_to_end());
  DecodeLog log;
  drain(decoder, log);
  REQUIRE(log.bodies.size() == 2);
  CHECK(json::parse(log.bodies[0]) == json::parse(R"({"jsonrpc":"2.0","id":1,"result":"pong"})"));
  CHECK(json::parse(log.bodies[1]).at("error").at("code") == -32700);
}

}  // namespace
}  // namespace sluice::protocol
