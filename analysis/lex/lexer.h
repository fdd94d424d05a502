// Private to analysis/lex/: the lexer's state machine, shared by lex.cpp
// (dispatch, trivia, identifiers, punctuation) and literals.cpp (numbers,
// quoted literals, escapes, suffixes). Users include lex.h only.
//
// The lexer follows rustc_lexer's token boundaries exactly (so `1.foo`,
// `'a'`/`'a`, `r#"..."#` split as in rustc) and reports the errors that rustc
// reports from its lexer *and* those it reports later about literals
// (suffixes, too-large integers), with rustc 1.95's messages and spans.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "analysis/diag/diagnostic.h"
#include "analysis/lex/lex.h"
#include "analysis/source/source.h"

namespace sluice::lex_detail {

// `eight_bytes_readable`: the 8 bytes at word.data() may be read (the word
// is followed by more text), which makes the lookup branch-free.
TokenKind keyword_kind(std::string_view word, Edition edition, bool eight_bytes_readable = false);

// ---- Characters -----------------------------------------------------------

// Returned for a byte that does not start valid UTF-8; never a real scalar.
inline constexpr uint32_t kInvalidCodepoint = 0x110000;

struct Utf8Char {
  uint32_t codepoint = kInvalidCodepoint;
  uint32_t length = 1;  // always >= 1, so the caller always makes progress
};
// Decodes the character at `p` (p < end). Invalid UTF-8 decodes as a single
// byte with kInvalidCodepoint: the driver rejects such files, but the lexer
// must still not crash or loop on them.
Utf8Char decode_utf8(const char* p, const char* end);

bool is_xid_start(uint32_t c);     // rustc's is_id_start: `_` or XID_Start
bool is_xid_continue(uint32_t c);  // XID_Continue
bool is_emoji(uint32_t c);         // non-ASCII Emoji property
bool is_combining_mark(uint32_t c);
bool is_pattern_white_space(uint32_t c);
bool is_unicode_white_space(uint32_t c);  // Rust's char::is_whitespace
bool is_text_direction_codepoint(uint32_t c);

// rustc's `escaped_char`: printable ASCII as itself, anything else as Rust's
// char::escape_default (`\n`, `\u{301}`).
std::string escape_for_message(uint32_t c);
// `{:X}` of a value.
std::string upper_hex(uint32_t value);

// ---- ASCII classification --------------------------------------------------

enum AsciiClass : uint8_t {
  kIdStartBit = 1,
  kIdContinueBit = 2,
  kDecimalBit = 4,
  kHexBit = 8,
  kWhitespaceBit = 16,  // the ASCII part of Pattern_White_Space
};
extern const uint8_t kAsciiClass[256];

inline bool ascii_has(unsigned char c, uint8_t bit) { return (kAsciiClass[c] & bit) != 0; }

// ---- Literal modes ---------------------------------------------------------

// What a quoted literal is, which decides its escapes and its messages.
enum class QuoteMode : uint8_t { Char, Byte, Str, ByteStr, CStr, RawStr, RawByteStr, RawCStr };

inline bool is_byte_mode(QuoteMode m) {
  return m == QuoteMode::Byte || m == QuoteMode::ByteStr || m == QuoteMode::RawByteStr;
}
inline bool is_raw_mode(QuoteMode m) {
  return m == QuoteMode::RawStr || m == QuoteMode::RawByteStr || m == QuoteMode::RawCStr;
}

// ---- The lexer ---------------------------------------------------------------

// Reads the SourceFile's text in place and writes into the caller's
// TokenizedFile. Not thread-safe (one lexer per file, on one thread).
class Lexer {
 public:
  Lexer(const SourceFile& file, const LexOptions& options, TokenizedFile& out);
  void run();

 private:
  // -- lex.cpp --
  void skip_bom_and_shebang();
  void drop_diagnostics_rustc_never_reaches();
  void lex_token();
  void lex_whitespace();
  void lex_line_comment();
  void lex_block_comment();
  bool lex_plain_identifier();
  void lex_identifier_or_prefixed_literal();
  void lex_identifier(const char* start);
  void lex_raw_identifier(const char* start);
  void lex_invalid_identifier(const char* start);
  void lex_non_ascii();
  void lex_unknown(const char* start, uint32_t codepoint, uint32_t length);
  void lex_pound();
  void report_unknown_prefix(const char* start, const char* end);
  void report_emoji_identifier(const char* start, const char* end);
  // rustc's "use double quotes" fix for `'ab c'`, replacing both quotes.
  SubDiagnostic string_quotes_fix(const char* opening, const char* closing) const;
  bool char_literal_terminates(const char* quote);
  const char* find_right_double_quote(const char* from);
  void check_text_direction(uint32_t begin, uint32_t end, DiagKind kind, bool is_literal);
  // Skips identifier-continue characters; returns false (and stops) at an
  // emoji or zero-width joiner, where rustc lexes an invalid identifier.
  bool eat_identifier_continue();
  template <typename Accept>
  const char* scan_identifier_chars(const char* p, Accept accept) const;

  // -- literals.cpp --
  struct NumberShape {
    uint32_t base = 10;
    bool empty_int = false;  // `0x` with no digits
    bool is_float = false;
    bool empty_exponent = false;
    const char* digits_end = nullptr;  // the end of the integer part's digits
  };
  NumberShape scan_number_body();
  bool report_number_shape_errors(const char* start, const char* suffix, const NumberShape& shape);
  void lex_number();
  void lex_lifetime_or_char();
  void lex_quoted(const char* start, TokenKind kind, QuoteMode mode, uint32_t prefix_length);
  void lex_raw_string(const char* start, TokenKind kind, QuoteMode mode, uint32_t prefix_length);
  void lex_guarded_string(const char* start);
  bool scan_single_quoted();
  bool scan_double_quoted();
  void validate_quoted(const char* start, const char* content_begin, const char* content_end, QuoteMode mode,
                       TokenKind kind);
  void validate_char_content(const char* start, const char* content_begin, const char* content_end, QuoteMode mode);
  void report_more_than_one_codepoint(const char* start, const char* content_begin, const char* content_end,
                                      QuoteMode mode);
  void validate_string_content(const char* start, const char* content_begin, const char* content_end, QuoteMode mode);
  // Validates one escape starting at the backslash `p` and returns its end;
  // sets `value`, and `ok` to false after reporting an error.
  const char* scan_escape(const char* literal_start, const char* p, const char* content_end, QuoteMode mode,
                          uint32_t& value, bool& ok);
  const char* scan_hex_escape(const char* p, const char* content_end, QuoteMode mode, uint32_t& value, bool& ok);
  const char* scan_unicode_escape(const char* p, const char* content_end, QuoteMode mode, uint32_t& value, bool& ok);
  const char* scan_string_continuation(const char* backslash, const char* content_end);
  void report_unknown_escape(const char* literal_start, const char* backslash, const char* content_end, QuoteMode mode);
  void report_non_ascii_in_byte(const char* p, uint32_t codepoint, uint32_t length, QuoteMode mode);
  const char* eat_literal_suffix();
  void validate_number_suffix(const char* start, const char* suffix, uint32_t base, bool is_float, bool malformed);
  void validate_string_suffix(const char* start, const char* suffix, TokenKind kind);
  void check_integer_range(const char* start, const char* digits, const char* suffix, uint32_t base);
  void push_literal(TokenKind kind, const char* start, const char* suffix, uint8_t flags);

  // -- helpers --
  uint32_t offset(const char* p) const { return static_cast<uint32_t>(p - begin_); }
  Span span(const char* b, const char* e) const { return Span{file_.id(), offset(b), offset(e)}; }
  Diagnostic& report(DiagKind kind, const char* b, const char* e, std::initializer_list<std::string_view> args = {});
  // Called once per token from both lex.cpp and literals.cpp: forced inline,
  // with the rare work (a delimiter's index, a full vector) out of line so
  // the common path needs no registers saved.
  [[gnu::always_inline]] void push(TokenKind kind, const char* b, const char* e, uint8_t flags = 0,
                                   uint32_t suffix_length = 0) {
    std::vector<Token>& tokens = out_.tokens;
    uint32_t begin = offset(b);
    // last_end_ is the previous token's end (UINT32_MAX before the first), so
    // the joint test needs no look at the vector.
    if (last_end_ == begin && kind != TokenKind::Eof) tokens.back().flags |= Token::kJoint;
    flags |= newline_before_ ? Token::kPrecededByNewline : 0;
    newline_before_ = false;
    uint32_t end = offset(e);
    last_end_ = end;
    static_assert(uint8_t(TokenKind::CloseBracket) - uint8_t(TokenKind::OpenParen) == 5,
                  "the six delimiter kinds must stay contiguous in token_kinds.def");
    if (static_cast<unsigned>(kind) - static_cast<unsigned>(TokenKind::OpenParen) < 6u) note_delimiter();
    if (kind == TokenKind::Unknown) out_.has_unknown_tokens = true;
    if (tokens.size() == tokens.capacity()) [[unlikely]] grow_tokens();
    tokens.push_back(Token{kind, flags, static_cast<uint8_t>(suffix_length < 255 ? suffix_length : 255), 0, begin,
                           end - begin});
  }
  [[gnu::noinline]] void note_delimiter() { out_.delimiters.push_back(static_cast<uint32_t>(out_.tokens.size())); }
  [[gnu::noinline]] void grow_tokens() { out_.tokens.reserve(out_.tokens.capacity() * 2 + 16); }
  // A keyword's kind, or Ident. end_ itself is readable (the text's
  // terminating '\0'), so 8 bytes can be read from `b` when b + 8 <= end_ + 1.
  TokenKind word_kind(const char* b, const char* e) const {
    return keyword_kind(text(b, e), edition_, b + 8 <= end_ + 1);
  }
  std::string_view text(const char* b, const char* e) const { return std::string_view(b, static_cast<size_t>(e - b)); }

  const SourceFile& file_;
  Edition edition_;
  TokenizedFile& out_;
  // The text is read in place. It is a std::string's buffer, so `*end_` is
  // a readable '\0': the lexer reads p[i] only after seeing p[i-1] != '\0'
  // (or checking p + i <= end_), which keeps every read at or before end_.
  const char* begin_ = nullptr;
  const char* end_ = nullptr;
  const char* p_ = nullptr;
  bool newline_before_ = false;
  uint32_t last_end_ = UINT32_MAX;  // end offset of the last pushed token  // trivia since the last token contained '\n'
  // The quote of the last lifetime since a `;` or closing delimiter: an
  // unterminated character literal after it may be a misquoted string.
  const char* last_lifetime_quote_ = nullptr;
  // find_right_double_quote's cache: the last search's start and result.
  const char* right_quote_search_from_ = nullptr;
  const char* right_quote_ = nullptr;
  // Identifiers with emoji already reported, with their diagnostic's index.
  std::unordered_map<std::string_view, size_t> emoji_identifiers_;
};

}  // namespace sluice::lex_detail
