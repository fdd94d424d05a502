// The language server's own pieces, below the transcripts: positions in
// both encodings, document edits, and how per-crate updates become
// per-file publications (tests/lsp/ has the message-level transcripts).
#include <catch2/catch.hpp>

#include "server/lsp/diagnostics_publisher.h"
#include "server/lsp/documents.h"
#include "server/lsp/positions.h"

using namespace sluice;
using namespace sluice::lsp;

namespace {

// "é" is 2 bytes and 1 UTF-16 unit; "😀" is 4 bytes and 2 units.
const std::string kText = "let é = 1;\nlet s = \"😀\"; x\n";

protocol::Position pos(uint32_t line, uint32_t character) { return protocol::Position{line, character}; }

}  // namespace

TEST_CASE("positions: bytes in utf-8, code units in utf-16, both ways", "[lsp][positions]") {
  SourceFile file(FileId(0), "a.rs", kText);
  uint32_t x = static_cast<uint32_t>(kText.find(" x")) + 1;  // the `x` after the emoji
  uint32_t line_start = static_cast<uint32_t>(kText.find('\n')) + 1;
  // Line 1 is `let s = "😀"; x`: 9 bytes before the emoji (4 bytes, 2 units),
  // then `"; `: `x` is at byte 16 of the line, UTF-16 unit 14.
  CHECK(to_position(file, x, PositionEncoding::Utf8) == pos(1, 16));
  CHECK(to_position(file, x, PositionEncoding::Utf16) == pos(1, 14));
  CHECK(to_offset(file, pos(1, 16), PositionEncoding::Utf8) == x);
  CHECK(to_offset(file, pos(1, 14), PositionEncoding::Utf16) == x);
  // `=` on line 0 follows `é`: byte 7, unit 6.
  uint32_t equals = static_cast<uint32_t>(kText.find('='));
  CHECK(to_position(file, equals, PositionEncoding::Utf8) == pos(0, 7));
  CHECK(to_position(file, equals, PositionEncoding::Utf16) == pos(0, 6));
  // Inside the emoji: the middle of a surrogate pair or of a UTF-8 sequence.
  uint32_t emoji_units = 9;  // `let s = "` is 9 units
  CHECK_FALSE(to_offset(file, pos(1, emoji_units + 1), PositionEncoding::Utf16));
  CHECK_FALSE(to_offset(file, pos(1, emoji_units + 2), PositionEncoding::Utf8));
  // Past the end of a line: the line's end (the spec's rule); past the text: an error.
  CHECK(to_offset(file, pos(0, 500), PositionEncoding::Utf16) == line_start - 1);
  CHECK(to_offset(file, pos(2, 0), PositionEncoding::Utf16) == kText.size());  // after the final newline
  CHECK_FALSE(to_offset(file, pos(3, 0), PositionEncoding::Utf16));
  CHECK(position_encoding_from_name("utf-8") == PositionEncoding::Utf8);
  CHECK(position_encoding_from_name("utf-32") == PositionEncoding::Utf16);
}

TEST_CASE("documents: incremental edits, versions, rejected edits change nothing", "[lsp][documents]") {
  DocumentOverlay overlay;
  Documents documents(overlay);
  documents.open("/w/a.rs", 1, kText);
  std::string error;
  protocol::TextDocumentContentChangeEvent replace_x;
  replace_x.range = protocol::Range{pos(1, 14), pos(1, 15)};  // the `x` (UTF-16 units)
  replace_x.text = "yz";
  REQUIRE(documents.change("/w/a.rs", 2, {replace_x}, PositionEncoding::Utf16, error));
  CHECK(*documents.text("/w/a.rs") == "let é = 1;\nlet s = \"😀\"; yz\n");
  CHECK(overlay.snapshot()->documents.at("/w/a.rs") == *documents.text("/w/a.rs"));
  CHECK(overlay.snapshot()->versions.at("/w/a.rs") == 2);

  SECTION("a version that is not newer") {
    CHECK_FALSE(documents.change("/w/a.rs", 2, {replace_x}, PositionEncoding::Utf16, error));
    CHECK(error.find("not newer") != std::string::npos);
  }
  SECTION("a range outside the text rejects every change of the notification") {
    protocol::TextDocumentContentChangeEvent good = replace_x;
    protocol::TextDocumentContentChangeEvent bad;
    bad.range = protocol::Range{pos(40, 0), pos(41, 0)};
    CHECK_FALSE(documents.change("/w/a.rs", 3, {good, bad}, PositionEncoding::Utf16, error));
    CHECK(error.find("outside") != std::string::npos);
    CHECK(*documents.text("/w/a.rs") == "let é = 1;\nlet s = \"😀\"; yz\n");
  }
  SECTION("a whole-text change, then a utf-8 edit") {
    protocol::TextDocumentContentChangeEvent whole;
    whole.text = "é😀z";
    protocol::TextDocumentContentChangeEvent after_emoji;
    after_emoji.range = protocol::Range{pos(0, 6), pos(0, 6)};  // bytes: é (2) + 😀 (4)
    after_emoji.text = "_";
    REQUIRE(documents.change("/w/a.rs", 7, {whole, after_emoji}, PositionEncoding::Utf8, error));
    CHECK(*documents.text("/w/a.rs") == "é😀_z");
  }
  SECTION("a document not open") {
    CHECK_FALSE(documents.change("/w/b.rs", 9, {replace_x}, PositionEncoding::Utf16, error));
  }
  documents.close("/w/a.rs");
  CHECK(overlay.snapshot()->documents.count("/w/a.rs") == 0);
}

TEST_CASE("publisher: per-file lists from per-crate updates, cleared when they go away", "[lsp][publisher]") {
  std::vector<protocol::PublishDiagnosticsParams> sent;
  DiagnosticsPublisher publisher([&](const protocol::PublishDiagnosticsParams& p) { sent.push_back(p); },
                                 [](const std::string& path) { return "file://" + path; });
  protocol::Diagnostic e1;
  e1.message = "one";
  protocol::Diagnostic e2;
  e2.message = "two";
  publisher.update("lib", {{"/w/lib.rs", {e1}}, {"/w/m.rs", {e2}}}, {{"/w/lib.rs", 4}});
  REQUIRE(sent.size() == 2);
  CHECK(sent[0].uri == "file:///w/lib.rs");
  CHECK(sent[0].version == 4);
  CHECK_FALSE(sent[1].version.has_value());  // not open
  std::string first_id = publisher.pull("/w/lib.rs").result_id;

  // The same again: nothing to send, the result id stays.
  sent.clear();
  publisher.update("lib", {{"/w/lib.rs", {e1}}, {"/w/m.rs", {e2}}}, {});
  CHECK(sent.empty());
  CHECK(publisher.pull("/w/lib.rs").result_id == first_id);

  // m.rs is clean now: an empty list is published for it.
  publisher.update("lib", {{"/w/lib.rs", {e1}}}, {});
  REQUIRE(sent.size() == 1);
  CHECK(sent[0].uri == "file:///w/m.rs");
  CHECK(sent[0].diagnostics.empty());

  // Another crate reporting in the same file adds to its list.
  sent.clear();
  publisher.update("bin", {{"/w/lib.rs", {e2}}}, {});
  REQUIRE(sent.size() == 1);
  CHECK(sent[0].diagnostics.size() == 2);
  CHECK(publisher.pull("/w/lib.rs").result_id != first_id);
  CHECK(publisher.pull("/w/none.rs").diagnostics.empty());
}
