// Stage 1a: lexing. One function turns a file's text into tokens plus the
// lexical diagnostics (rustc's messages and codes). Lexing never fails: bad
// input becomes Unknown tokens or literals flagged kMalformed, with a
// diagnostic, and the token stream always ends with one Eof token.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "analysis/base/edition.h"
#include "analysis/diag/diagnostic.h"
#include "analysis/source/source.h"

namespace sluice {

enum class TokenKind : uint8_t {
#define SLUICE_TOKEN(name, spelling) name,
#include "analysis/lex/token_kinds.def"
#undef SLUICE_TOKEN
  Count
};
std::string_view token_kind_name(TokenKind kind);      // "KwFn"
std::string_view token_kind_spelling(TokenKind kind);  // "fn"
bool is_keyword(TokenKind kind);
bool is_literal(TokenKind kind);

// 12 bytes; tokens of a large workspace number in the millions.
struct Token {
  static constexpr uint8_t kJoint = 1;              // the next token follows with no whitespace or comment between
  static constexpr uint8_t kPrecededByNewline = 2;  // whitespace before this token contains a newline
  static constexpr uint8_t kMalformed = 4;          // a literal or comment with a lexical error (already diagnosed)
  static constexpr uint8_t kHasSuffix = 8;          // a literal with a suffix (`1u8`, `"x"abc`)

  TokenKind kind = TokenKind::Eof;
  uint8_t flags = 0;
  // For literals with kHasSuffix: the suffix's byte length at the end of the
  // token (at most 255; longer suffixes are diagnosed and clamped).
  uint8_t suffix_length = 0;
  uint8_t reserved = 0;
  uint32_t offset = 0;  // byte offset of the first character
  uint32_t length = 0;  // in bytes, including prefix, quotes and suffix

  uint32_t end() const { return offset + length; }
  bool is_joint() const { return (flags & kJoint) != 0; }
};
static_assert(sizeof(Token) == 12, "Token is hot: keep it small");

struct LexOptions {
  Edition edition = Edition::E2021;
};

struct TokenizedFile {
  std::vector<Token> tokens;  // ends with Eof at the end of the text
  // Non-doc comments, as byte ranges [begin, end) (the language server folds them).
  std::vector<std::pair<uint32_t, uint32_t>> comments;
  // Indices of the ( ) [ ] { } tokens, in order, so the parser matches
  // delimiters without another pass over every token.
  std::vector<uint32_t> delimiters;
  bool has_unknown_tokens = false;
  std::vector<Diagnostic> diagnostics;
};

// Lexes `file`'s whole text. A leading shebang line (`#!` not followed by `[`)
// and a leading UTF-8 byte-order mark are skipped as rustc does.
TokenizedFile lex(const SourceFile& file, const LexOptions& options);

// The value of an integer literal's text (decimal, `0x`, `0o` or `0b`, with
// `_`s), its suffix of `suffix_length` bytes left out; none past 128 bits
// (the lexer has reported that).
std::optional<unsigned __int128> integer_literal_value(std::string_view text, uint32_t suffix_length);

// The code point of a char or byte literal's text (`'a'`, `b'\n'`, `'\u{1F600}'`);
// none for a malformed one (the lexer has reported that).
std::optional<uint32_t> char_literal_value(std::string_view text);

}  // namespace sluice
