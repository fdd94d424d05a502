// LSP transcript tests: every tests/lsp/NAME.transcript is a script of client
// messages; the runner plays it against an in-process LanguageServer
// (synchronous analysis, one thread, no cache) and compares everything the
// server wrote with tests/lsp/NAME.expected. The format is documented in
// tests/lsp/README.md; SLUICE_UPDATE_GOLDEN=1 rewrites the expected files.
//
// A second test runs the real `sluice lsp --stdio` once with framed input:
// the transcripts cover everything above the transport, this covers the
// process's own wiring (Content-Length frames on stdout, nothing else there,
// the exit code).
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "protocol/loopback.h"
#include "protocol/uri.h"
#include "server/engine/real_file_system.h"
#include "server/lsp/language_server.h"
#include "tests/unit/test_support.h"

namespace sluice {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// One entry of a transcript: a client message or a directive.
struct Step {
  enum class Kind { call, notify, raw, respond, workspace };
  Kind kind = Kind::call;
  int line = 0;
  std::string method;   // call, notify
  std::string payload;  // params JSON (call, notify), body (raw), result JSON (respond), name (workspace)
};

struct ParsedTranscript {
  std::vector<Step> steps;
  std::string error;  // a line the runner does not understand
};

bool starts_with(const std::string& text, std::string_view prefix) { return text.rfind(prefix, 0) == 0; }

std::string trim(const std::string& text) {
  size_t begin = text.find_first_not_of(" \t");
  if (begin == std::string::npos) return "";
  return text.substr(begin, text.find_last_not_of(" \t") - begin + 1);
}

// "METHOD rest" -> the step's method and payload.
Step message_step(Step::Kind kind, int line, const std::string& rest) {
  Step step{kind, line, {}, {}};
  size_t space = rest.find(' ');
  step.method = rest.substr(0, space);
  if (space != std::string::npos) step.payload = trim(rest.substr(space + 1));
  return step;
}

std::optional<Step> parse_step_line(const std::string& text, int line) {
  if (starts_with(text, "--> call ")) return message_step(Step::Kind::call, line, text.substr(9));
  if (starts_with(text, "--> notify ")) return message_step(Step::Kind::notify, line, text.substr(11));
  if (starts_with(text, "--> raw:")) return Step{Step::Kind::raw, line, {}, trim(text.substr(8))};
  if (starts_with(text, "## respond")) return Step{Step::Kind::respond, line, {}, trim(text.substr(10))};
  if (starts_with(text, "## workspace ")) return Step{Step::Kind::workspace, line, {}, trim(text.substr(13))};
  return std::nullopt;
}

// Indented lines continue the step above (multi-line JSON); `#` lines are
// comments; blank lines separate nothing.
ParsedTranscript parse_transcript(const std::string& text) {
  ParsedTranscript parsed;
  std::istringstream in(text);
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (trim(line).empty()) continue;
    if (line[0] == ' ' || line[0] == '\t') {
      if (parsed.steps.empty()) parsed.error = "line " + std::to_string(number) + ": continuation of nothing";
      else parsed.steps.back().payload += "\n" + line;
      continue;
    }
    if (auto step = parse_step_line(line, number)) {
      parsed.steps.push_back(*step);
    } else if (line[0] != '#' || starts_with(line, "##")) {
      parsed.error = "line " + std::to_string(number) + ": not a step: " + line;
      return parsed;
    }
  }
  return parsed;
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); !from.empty() && at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// The session's temporary root: $ROOT in the transcript and the output.
class Placeholders {
 public:
  explicit Placeholders(fs::path root)
      : root_(std::move(root)), root_uri_(protocol::file_uri_from_path(root_.string()).value) {}

  const fs::path& root() const { return root_; }

  // $URI(rel), $TEXT(rel) (the file's content as a JSON string), $ROOT_URI, $ROOT.
  std::string substitute(std::string text) const {
    text = replace_calls(text, "$URI(", [&](const std::string& rel) { return root_uri_ + "/" + rel; });
    text = replace_calls(text, "$TEXT(", [&](const std::string& rel) {
      return json(testing::read_text_file(root_ / rel)).dump();
    });
    return replace_all(replace_all(text, "$ROOT_URI", root_uri_), "$ROOT", root_.string());
  }

  // Machine paths back to placeholders: a URI below the root runs to the
  // closing quote of its JSON string.
  std::string restore(std::string text) const {
    std::string prefix = root_uri_ + "/";
    for (size_t at = text.find(prefix); at != std::string::npos; at = text.find(prefix, at)) {
      size_t end = text.find('"', at);
      if (end == std::string::npos) end = text.size();
      std::string rel = text.substr(at + prefix.size(), end - at - prefix.size());
      text.replace(at, end - at, "$URI(" + rel + ")");
    }
    return replace_all(replace_all(text, root_uri_, "$ROOT_URI"), root_.string(), "$ROOT");
  }

 private:
  template <class Expand>
  static std::string replace_calls(std::string text, const std::string& opener, Expand expand) {
    for (size_t at = text.find(opener); at != std::string::npos; at = text.find(opener, at)) {
      size_t close = text.find(')', at);
      if (close == std::string::npos) break;
      std::string value = expand(text.substr(at + opener.size(), close - at - opener.size()));
      text.replace(at, close + 1 - at, value);
      at += value.size();
    }
    return text;
  }

  fs::path root_;
  std::string root_uri_;
};

// What changes from build to build or run to run: the server's version in
// the initialize result ($VERSION) and durations in log lines (N ms).
json without_version(json message) {
  json* result = message.contains("result") && message["result"].is_object() ? &message["result"] : nullptr;
  if (result != nullptr && result->contains("serverInfo") && (*result)["serverInfo"].contains("version")) {
    (*result)["serverInfo"]["version"] = "$VERSION";
  }
  return message;
}

std::string without_timings(const std::string& line) {
  static const std::regex duration("[0-9]+(\\.[0-9]+)? ms\\b");
  return std::regex_replace(line, duration, "N ms");
}

fs::path fresh_root(const std::string& name) {
  // Per process, so two test runs at once do not share it; canonical, so the
  // server's paths and ours agree even if the temp directory is a symlink.
  fs::path dir = fs::temp_directory_path() / ("sluice-lsp-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return fs::canonical(dir);
}

// Plays one transcript and renders what happened.
class TranscriptSession {
 public:
  explicit TranscriptSession(Placeholders placeholders)
      : placeholders_(std::move(placeholders)),
        client_(protocol::EndpointOptions{[this](std::string_view m) { note("## log: " + std::string(m)); }}) {
    lsp::LanguageServerOptions options;
    options.analysis.threads = 1;
    options.analysis.use_cache = false;
    options.analysis.synchronous = true;
    options.analysis.disk = &disk_;
    options.analysis.log = [this](const std::string& m) { note("## log: " + m); };
    options.on_exit = [this](int code) { note("## exit code " + std::to_string(code)); };
    server_ = std::make_unique<lsp::LanguageServer>(client_.endpoint(), options);
  }

  // Empty when the step ran; otherwise why it could not.
  std::string play(const Step& step) {
    std::string error = send(step);
    if (!error.empty()) return "line " + std::to_string(step.line) + ": " + error;
    for (const json& message : client_.take_messages()) record(message);
    for (const std::string& note : notes_) out_ << placeholders_.restore(without_timings(note)) << "\n";
    notes_.clear();
    return "";
  }

  std::string output() const { return out_.str(); }

 private:
  void note(std::string line) { notes_.push_back(std::move(line)); }

  // Prints a message the server wrote; remembers what `## respond` and $RESULT_ID need.
  void record(const json& message) {
    if (message.contains("method") && message.contains("id")) last_server_request_ = message;
    auto result = message.find("result");
    if (result != message.end() && result->is_object()) {
      auto result_id = result->find("resultId");
      if (result_id != result->end() && result_id->is_string()) last_result_id_ = result_id->get<std::string>();
    }
    out_ << placeholders_.restore("<-- " + without_version(message).dump(2)) << "\n";
  }

  std::optional<json> parse_json(const std::string& text, const std::string& fallback, std::string& error) {
    std::string source = replace_all(placeholders_.substitute(text.empty() ? fallback : text), "$RESULT_ID",
                                     last_result_id_);
    json value = json::parse(source, nullptr, /*allow_exceptions=*/false);
    if (value.is_discarded()) error = "not JSON: " + source;
    return value.is_discarded() ? std::nullopt : std::optional<json>(value);
  }

  std::string send(const Step& step) {
    std::string error;
    switch (step.kind) {
      case Step::Kind::call: {
        auto params = parse_json(step.payload, "null", error);
        if (!params) return error;
        protocol::RequestId id = client_.request(step.method, *params);
        out_ << "--> call " << step.method << " #" << protocol::request_id_to_string(id) << "\n";
        return "";
      }
      case Step::Kind::notify: {
        auto params = parse_json(step.payload, "null", error);
        if (!params) return error;
        out_ << "--> notify " << step.method << "\n";
        client_.notify(step.method, *params);
        return "";
      }
      case Step::Kind::raw:
        out_ << "--> raw: " << step.payload << "\n";
        client_.send_text(placeholders_.substitute(step.payload));
        return "";
      case Step::Kind::respond:
        return respond(step);
      case Step::Kind::workspace:
        return copy_workspace(step.payload);
    }
    return "unknown step";
  }

  std::string respond(const Step& step) {
    if (last_server_request_.is_null()) return "## respond, but the server sent no request";
    std::string error;
    auto result = parse_json(step.payload, "null", error);
    if (!result) return error;
    out_ << "## respond #" << last_server_request_["id"].dump() << " " << result->dump() << "\n";
    client_.respond(last_server_request_, *result);
    return "";
  }

  std::string copy_workspace(const std::string& name) {
    fs::path from = testing::source_dir() / "tests/lsp/workspaces" / name;
    if (!fs::is_directory(from)) return "no workspace fixture " + from.string();
    fs::copy(from, placeholders_.root(), fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    out_ << "## workspace " << name << "\n";
    return "";
  }

  Placeholders placeholders_;
  std::vector<std::string> notes_;  // log lines and the exit code, printed after the step's messages
  RealFileSystem disk_;
  protocol::LoopbackClient client_;
  std::unique_ptr<lsp::LanguageServer> server_;
  json last_server_request_;
  std::string last_result_id_;  // $RESULT_ID: the last resultId a response carried
  std::ostringstream out_;
};

// Plays every step; the rendered output, or why a step could not run.
std::string play_all(const std::vector<Step>& steps, const fs::path& root, std::string& error) {
  TranscriptSession session{Placeholders(root)};
  for (const Step& step : steps) {
    error = session.play(step);
    if (!error.empty()) return "";
  }
  return session.output();
}

// Empty on a match; otherwise the difference (or why the script is bad).
std::string run_transcript(const fs::path& transcript) {
  ParsedTranscript parsed = parse_transcript(testing::read_text_file(transcript));
  if (!parsed.error.empty()) return transcript.string() + ": " + parsed.error;
  fs::path root = fresh_root(transcript.stem().string());
  std::string error;
  std::string output = play_all(parsed.steps, root, error);
  fs::remove_all(root);
  if (!error.empty()) return transcript.string() + ": " + error;
  fs::path expected = transcript;
  expected.replace_extension(".expected");
  return testing::check_golden(expected, output);
}

TEST_CASE("every LSP transcript produces its expected messages", "[lsp]") {
  std::vector<fs::path> transcripts = testing::files_with_suffix(testing::source_dir() / "tests/lsp", ".transcript");
  REQUIRE(transcripts.size() >= 7);
  for (const fs::path& transcript : transcripts) {
    std::string difference = run_transcript(transcript);
    INFO(transcript.filename().string() << ": " << difference);
    CHECK(difference.empty());
  }
}

std::string frame(const json& message) {
  std::string body = message.dump();
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

// Splits a byte stream into frame bodies; `rest` gets what is not a whole,
// well-formed frame (empty for a clean stream).
std::vector<json> unframe(const std::string& stream, std::string& rest) {
  std::vector<json> messages;
  size_t at = 0;
  while (at < stream.size()) {
    size_t header_end = stream.find("\r\n\r\n", at);
    if (header_end == std::string::npos || !starts_with(stream.substr(at), "Content-Length: ")) break;
    size_t length = std::stoul(stream.substr(at + 16, header_end - at - 16));
    if (header_end + 4 + length > stream.size()) break;
    messages.push_back(json::parse(stream.substr(header_end + 4, length), nullptr, false));
    at = header_end + 4 + length;
  }
  rest = stream.substr(at);
  return messages;
}

// The one test of the real process: framed input from a file (as a pipe
// would bring it, all at once), framed output and nothing else on stdout,
// exit code 0 after shutdown and exit.
TEST_CASE("sluice lsp --stdio answers framed messages and exits 0 after shutdown", "[lsp]") {
  fs::path dir = fresh_root("stdio");
  json initialize_params = {{"processId", nullptr}, {"rootUri", nullptr}, {"capabilities", json::object()}};
  std::string input = frame({{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"}, {"params", initialize_params}}) +
                      frame({{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", json::object()}}) +
                      frame({{"jsonrpc", "2.0"}, {"id", 2}, {"method", "no/such/method"}}) +
                      frame({{"jsonrpc", "2.0"}, {"id", 3}, {"method", "shutdown"}}) +
                      frame({{"jsonrpc", "2.0"}, {"method", "exit"}});
  std::ofstream(dir / "input.bin", std::ios::binary) << input;
  testing::CommandResult result = testing::run_command("sh -c 'exec \"" + testing::sluice_binary().string() +
                                                       "\" lsp --stdio < \"" + (dir / "input.bin").string() + "\"'");
  fs::remove_all(dir);
  INFO("stderr: " << result.err);
  CHECK(result.exit_code == 0);
  std::string rest;
  std::vector<json> messages = unframe(result.out, rest);
  CHECK(rest.empty());
  REQUIRE(messages.size() == 3);
  CHECK(messages[0]["id"] == 1);
  CHECK(messages[0]["result"]["capabilities"]["textDocumentSync"]["change"] == 2);
  CHECK(messages[1]["id"] == 2);
  CHECK(messages[1]["error"]["code"] == -32601);
  CHECK(messages[2] == json{{"jsonrpc", "2.0"}, {"id", 3}, {"result", nullptr}});
}

}  // namespace
}  // namespace sluice
