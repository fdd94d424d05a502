// Source files: line/column conversion in UTF-8 bytes, chars and UTF-16 code
// units (the language server needs both encodings), and UTF-8 validation.
#include <catch2/catch.hpp>

#include "analysis/source/source.h"

using namespace sluice;

TEST_CASE("line and column of ASCII text", "[source]") {
  SourceMap map;
  const SourceFile& file = map.file(map.add("a.rs", "fn main() {\n    x\n}\n"));
  CHECK(file.line_count() == 3);
  CHECK(file.line_column(0).line == 0);
  CHECK(file.line_column(16).line == 1);
  CHECK(file.line_column(16).column == 4);
  CHECK(file.line_text(1) == "    x");
  CHECK(file.line_text(2) == "}");
  CHECK(file.offset_from_utf8(1, 4) == 16);
  CHECK(file.offset_from_utf8(1, 99) == 17);  // clamps to the end of the line
}

TEST_CASE("the end of a file with a final newline stays on the last line, as rustc shows it", "[source]") {
  SourceMap map;
  const SourceFile& file = map.file(map.add("a.rs", "ab\ncd\n"));
  CHECK(file.line_count() == 2);
  LineColumn end = file.line_column(file.size());
  CHECK(end.line == 1);
  CHECK(end.column == 3);  // rustc: 2:4, one past the newline
  const SourceFile& no_newline = map.file(map.add("b.rs", "ab\ncd"));
  CHECK(no_newline.line_column(no_newline.size()).column == 2);
}

TEST_CASE("CRLF line ends are not part of the line text", "[source]") {
  SourceMap map;
  const SourceFile& file = map.file(map.add("a.rs", "a\r\nbc\r\n"));
  CHECK(file.line_text(0) == "a");
  CHECK(file.line_text(1) == "bc");
}

TEST_CASE("columns in chars and UTF-16 code units with non-ASCII text", "[source]") {
  SourceMap map;
  // "é" is 2 bytes, 1 char, 1 UTF-16 unit; "😀" is 4 bytes, 1 char, 2 UTF-16 units.
  const SourceFile& file = map.file(map.add("u.rs", "let é = \"😀\"; x\n"));
  uint32_t x = static_cast<uint32_t>(std::string_view(file.text()).find(" x") + 1);
  CHECK(x == 17);                    // bytes: "let " 4 + é 2 + " = \"" 4 + 😀 4 + "\"; " 3
  CHECK(file.char_column(x) == 13);  // l e t _ é _ = _ " 😀 " ; _
  CHECK(file.utf16_column(x) == 14);  // the same, with 😀 counted twice
  CHECK(file.offset_from_utf16(0, 14) == x);
  CHECK(file.offset_from_utf16(0, 9) == 10);   // just before 😀 (é is one unit)
  CHECK(file.offset_from_utf16(0, 11) == 14);  // just after it
  CHECK(file.offset_from_utf16(0, 10) == 14);  // inside the surrogate pair: the next character
  // A UTF-16 column inside a surrogate pair or past the end clamps sensibly.
  CHECK(file.offset_from_utf16(0, 1000) == file.line_start(0) + file.line_text(0).size());
  CHECK(file.offset_from_utf16(9, 0) == file.size());
}

TEST_CASE("UTF-8 validation follows Rust's rules", "[source]") {
  CHECK(is_valid_utf8(""));
  CHECK(is_valid_utf8("plain ASCII text that is longer than eight bytes"));
  CHECK(is_valid_utf8("é 😀 \xe2\x82\xac"));
  CHECK_FALSE(is_valid_utf8("\xff"));
  CHECK_FALSE(is_valid_utf8("abc\xc3"));              // truncated
  CHECK_FALSE(is_valid_utf8("\xc0\xaf"));             // overlong
  CHECK_FALSE(is_valid_utf8("\xed\xa0\x80"));         // surrogate
  CHECK_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));     // past U+10FFFF
  CHECK_FALSE(is_valid_utf8("12345678\x80"));         // after eight ASCII bytes
  CHECK_FALSE(is_valid_utf8("0123456789abcdef\x80"));  // after a whole sixteen-byte block
  CHECK(is_valid_utf8("0123456789abcdef\xc3\xa9"));   // é right after it
}
