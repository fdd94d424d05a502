// The lexer's driver: dispatch on the first byte, trivia (whitespace and
// comments), identifiers, punctuation and characters that start no token.
// Literals live in literals.cpp. Token boundaries follow rustc_lexer; the
// diagnostics follow rustc 1.95 (see tests/golden/lex/ for each one).
#include <algorithm>
#include <array>
#include <cstring>

#include "analysis/lex/lex.h"
#include "analysis/lex/lexer.h"
#include "analysis/lex/unicode_tables.h"

namespace sluice {
namespace lex_detail {

// ---- Characters -------------------------------------------------------------

namespace {

template <size_t N>
bool in_ranges(const lex_tables::CodepointRange (&ranges)[N], uint32_t c) {
  const lex_tables::CodepointRange* it =
      std::upper_bound(std::begin(ranges), std::end(ranges), c,
                       [](uint32_t value, const lex_tables::CodepointRange& r) { return value < r.lo; });
  return it != std::begin(ranges) && c <= (it - 1)->hi;
}

constexpr std::array<uint8_t, 256> make_ascii_classes() {
  std::array<uint8_t, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[c] |= kIdStartBit | kIdContinueBit;
  for (int c = 'A'; c <= 'Z'; ++c) table[c] |= kIdStartBit | kIdContinueBit;
  table['_'] |= kIdStartBit | kIdContinueBit;
  for (int c = '0'; c <= '9'; ++c) table[c] |= kIdContinueBit | kDecimalBit | kHexBit;
  for (int c = 'a'; c <= 'f'; ++c) table[c] |= kHexBit;
  for (int c = 'A'; c <= 'F'; ++c) table[c] |= kHexBit;
  for (int c : {'\t', '\n', '\v', '\f', '\r', ' '}) table[c] |= kWhitespaceBit;
  return table;
}
constexpr std::array<uint8_t, 256> kAsciiClassArray = make_ascii_classes();

// The characters that are always a one-character token of their own, by kind
// (Eof for every other byte): the lexer's fast path takes these without
// lex_token's switch. `/` and `#` are not among them (comments, raw strings).
constexpr std::array<TokenKind, 256> make_single_char_tokens() {
  std::array<TokenKind, 256> table{};
  for (auto [c, kind] : {std::pair{';', TokenKind::Semi}, {',', TokenKind::Comma}, {'.', TokenKind::Dot},
                         {'(', TokenKind::OpenParen}, {')', TokenKind::CloseParen}, {'{', TokenKind::OpenBrace},
                         {'}', TokenKind::CloseBrace}, {'[', TokenKind::OpenBracket}, {']', TokenKind::CloseBracket},
                         {'@', TokenKind::At}, {'~', TokenKind::Tilde}, {'?', TokenKind::Question},
                         {':', TokenKind::Colon}, {'$', TokenKind::Dollar}, {'=', TokenKind::Eq},
                         {'!', TokenKind::Bang}, {'<', TokenKind::Lt}, {'>', TokenKind::Gt},
                         {'-', TokenKind::Minus}, {'&', TokenKind::And}, {'|', TokenKind::Or},
                         {'+', TokenKind::Plus}, {'*', TokenKind::Star}, {'^', TokenKind::Caret},
                         {'%', TokenKind::Percent}}) {
    table[static_cast<unsigned char>(c)] = kind;
  }
  return table;
}
constexpr std::array<TokenKind, 256> kSingleCharTokens = make_single_char_tokens();

const lex_tables::Confusable* find_confusable(uint32_t c) {
  const auto* first = std::begin(lex_tables::kConfusables);
  const auto* last = std::end(lex_tables::kConfusables);
  const auto* it =
      std::lower_bound(first, last, c, [](const lex_tables::Confusable& e, uint32_t v) { return e.codepoint < v; });
  return it != last && it->codepoint == c ? it : nullptr;
}

}  // namespace

const uint8_t kAsciiClass[256] = {
#define SLUICE_ROW(i) kAsciiClassArray[i], kAsciiClassArray[i + 1], kAsciiClassArray[i + 2], kAsciiClassArray[i + 3]
#define SLUICE_ROW16(i) SLUICE_ROW(i), SLUICE_ROW(i + 4), SLUICE_ROW(i + 8), SLUICE_ROW(i + 12)
    SLUICE_ROW16(0),   SLUICE_ROW16(16),  SLUICE_ROW16(32),  SLUICE_ROW16(48),  SLUICE_ROW16(64),  SLUICE_ROW16(80),
    SLUICE_ROW16(96),  SLUICE_ROW16(112), SLUICE_ROW16(128), SLUICE_ROW16(144), SLUICE_ROW16(160), SLUICE_ROW16(176),
    SLUICE_ROW16(192), SLUICE_ROW16(208), SLUICE_ROW16(224), SLUICE_ROW16(240),
#undef SLUICE_ROW16
#undef SLUICE_ROW
};

Utf8Char decode_utf8(const char* p, const char* end) {
  const auto* s = reinterpret_cast<const unsigned char*>(p);
  size_t available = static_cast<size_t>(end - p);
  unsigned char b0 = s[0];
  if (b0 < 0x80) return {b0, 1};
  uint32_t length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 ? 2 : 0;
  if (length == 0 || length > available || b0 > 0xF4) return {kInvalidCodepoint, 1};
  uint32_t c = b0 & (0x7F >> length);
  for (uint32_t i = 1; i < length; ++i) {
    if ((s[i] & 0xC0) != 0x80) return {kInvalidCodepoint, 1};
    c = (c << 6) | (s[i] & 0x3F);
  }
  // Reject overlong forms, surrogates and values past U+10FFFF.
  if ((length == 3 && c < 0x800) || (length == 4 && (c < 0x10000 || c > 0x10FFFF)) || (c >= 0xD800 && c < 0xE000)) {
    return {kInvalidCodepoint, 1};
  }
  return {c, length};
}


bool is_xid_start(uint32_t c) {
  if (c < 0x80) return ascii_has(static_cast<unsigned char>(c), kIdStartBit);
  return in_ranges(lex_tables::kXidStart, c);
}
bool is_xid_continue(uint32_t c) {
  if (c < 0x80) return ascii_has(static_cast<unsigned char>(c), kIdContinueBit);
  return in_ranges(lex_tables::kXidContinue, c);
}
bool is_emoji(uint32_t c) { return c >= 0x80 && in_ranges(lex_tables::kEmoji, c); }
bool is_combining_mark(uint32_t c) { return c >= 0x80 && in_ranges(lex_tables::kCombiningMark, c); }

bool is_pattern_white_space(uint32_t c) {
  switch (c) {
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case ' ':
    case 0x85:
    case 0x200E:
    case 0x200F:
    case 0x2028:
    case 0x2029: return true;
  }
  return false;
}

bool is_unicode_white_space(uint32_t c) {
  if (c <= 0x20) return c == ' ' || (c >= '\t' && c <= '\r');
  switch (c) {
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000: return true;
  }
  return c >= 0x2000 && c <= 0x200A;
}

bool is_text_direction_codepoint(uint32_t c) { return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069); }

std::string upper_hex(uint32_t value) {
  static const char kDigits[] = "0123456789ABCDEF";
  std::string out;
  do {
    out.insert(out.begin(), kDigits[value & 0xF]);
    value >>= 4;
  } while (value != 0);
  return out;
}

std::string escape_for_message(uint32_t c) {
  if (c >= 0x20 && c <= 0x7E) return std::string(1, static_cast<char>(c));
  switch (c) {
    case '\t': return "\\t";
    case '\r': return "\\r";
    case '\n': return "\\n";
  }
  if (c == kInvalidCodepoint) c = 0xFFFD;
  std::string hex = upper_hex(c);
  std::transform(hex.begin(), hex.end(), hex.begin(), [](char h) { return static_cast<char>(std::tolower(h)); });
  return "\\u{" + hex + "}";
}

// ---- Lexer: setup and output -------------------------------------------------

Lexer::Lexer(const SourceFile& file, const LexOptions& options, TokenizedFile& out)
    : file_(file), edition_(options.edition), out_(out) {
  std::string_view source = file.text();
  begin_ = source.data();
  end_ = begin_ + source.size();
  p_ = begin_;
  // Real code has about one token per four bytes; reserving a little more
  // avoids regrowing (and copying) the largest array the lexer makes.
  out_.tokens.reserve(source.size() / 3 + 16);
}

Diagnostic& Lexer::report(DiagKind kind, const char* b, const char* e, std::initializer_list<std::string_view> args) {
  out_.diagnostics.push_back(make_diagnostic(kind, span(b, e), args));
  return out_.diagnostics.back();
}

void Lexer::run() {
  skip_bom_and_shebang();
  for (;;) {
    // Most tokens follow a space or a line break: skipping those here saves
    // lex_token's dispatch (a hard-to-predict indirect jump) for each.
    const char* p = p_;
    for (;;) {
      if (*p == ' ') {
        ++p;
      } else if (*p == '\n') {
        newline_before_ = true;
        ++p;
      } else {
        break;
      }
    }
    p_ = p;
    if (p_ >= end_) break;
    unsigned char first = static_cast<unsigned char>(*p);
    TokenKind single = kSingleCharTokens[first];
    if (single == TokenKind::Eof) {
      if (ascii_has(first, kIdStartBit) && lex_plain_identifier()) continue;
      lex_token();
      continue;
    }
    // After `;` or a closing delimiter a stray `'` no longer pairs with an
    // earlier lifetime (see last_lifetime_quote_).
    bool ends_statement_or_group = single == TokenKind::Semi || single == TokenKind::CloseParen ||
                                   single == TokenKind::CloseBrace || single == TokenKind::CloseBracket;
    last_lifetime_quote_ = ends_statement_or_group ? nullptr : last_lifetime_quote_;
    p_ = p + 1;
    push(single, p, p + 1);
  }
  push(TokenKind::Eof, end_, end_);
  drop_diagnostics_rustc_never_reaches();
}

namespace {

// rustc stops compiling at these errors (they are fatal in its lexer).
bool is_fatal(DiagKind kind) {
  switch (kind) {
    case DiagKind::UnterminatedBlockComment:
    case DiagKind::UnterminatedBlockDocComment:
    case DiagKind::UnterminatedString:
    case DiagKind::UnterminatedByteString:
    case DiagKind::UnterminatedCString:
    case DiagKind::UnterminatedChar:
    case DiagKind::UnterminatedByte:
    case DiagKind::UnterminatedRawString:
    case DiagKind::RawStringInvalidDelimiter:
    case DiagKind::RawStringTooManyHashes: return true;
    default: return false;
  }
}

// Diagnostics rustc makes only after parsing: literal suffixes and ranges,
// identifiers with emoji and the text-direction lints.
bool is_reported_after_parsing(const Diagnostic& d) {
  switch (d.kind) {
    case DiagKind::InvalidNumberSuffix:
    case DiagKind::InvalidFloatSuffix:
    case DiagKind::InvalidIntegerWidth:
    case DiagKind::InvalidFloatWidth:
    case DiagKind::IntegerLiteralTooLarge:
    case DiagKind::SuffixOnQuotedLiteral:
    case DiagKind::IdentifierContainsEmoji:
    case DiagKind::TextDirectionInComment:
    case DiagKind::TextDirectionInLiteral:
    case DiagKind::TextDirectionInDocComment: return true;
    case DiagKind::UnsupportedFloatBase:
      return !d.primary.text.empty();  // the `0b1f32` form, found when the suffix is checked
    default: return false;
  }
}

}  // namespace

// After a fatal lexical error rustc reports nothing more: neither the lexer's
// errors after it nor anything found after parsing. Keeping exactly what rustc
// shows gives the same first error (tests/corpus/parse) and no noise.
void Lexer::drop_diagnostics_rustc_never_reaches() {
  std::vector<Diagnostic>& diagnostics = out_.diagnostics;
  auto fatal =
      std::find_if(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) { return is_fatal(d.kind); });
  if (fatal == diagnostics.end()) return;
  uint32_t fatal_begin = fatal->primary.span.begin;
  const Diagnostic* fatal_address = &*fatal;
  std::vector<Diagnostic> kept;
  kept.reserve(diagnostics.size());
  for (Diagnostic& d : diagnostics) {
    bool after_fatal = &d != fatal_address && d.primary.span.begin >= fatal_begin;
    if (!after_fatal && !is_reported_after_parsing(d)) kept.push_back(std::move(d));
  }
  diagnostics = std::move(kept);
}

// rustc drops a UTF-8 byte-order mark, then a first line starting with `#!`
// unless the next token after `#!` (skipping whitespace and plain comments)
// is `[`, which makes it an inner attribute.
void Lexer::skip_bom_and_shebang() {
  if (end_ - p_ >= 3 && std::memcmp(p_, "\xEF\xBB\xBF", 3) == 0) p_ += 3;
  if (end_ - p_ < 2 || p_[0] != '#' || p_[1] != '!') return;
  const char* q = p_ + 2;
  for (;;) {
    if (ascii_has(static_cast<unsigned char>(*q), kWhitespaceBit) && q < end_) {
      ++q;
    } else if (q[0] == '/' && q[1] == '/' && !(q[2] == '/' && q[3] != '/') && q[2] != '!') {
      while (q < end_ && *q != '\n') ++q;
    } else if (q[0] == '/' && q[1] == '*' && !(q[2] == '*' && q[3] != '*' && q[3] != '/') && q[2] != '!') {
      // A plain block comment; an unterminated one simply ends the search.
      int depth = 1;
      q += 2;
      while (q < end_ && depth > 0) {
        if (q[0] == '/' && q[1] == '*') {
          ++depth;
          q += 2;
        } else if (q[0] == '*' && q[1] == '/') {
          --depth;
          q += 2;
        } else
          ++q;
      }
    } else if (q < end_ && static_cast<unsigned char>(*q) >= 0x80 &&
               is_pattern_white_space(decode_utf8(q, end_).codepoint)) {
      q += decode_utf8(q, end_).length;
    } else {
      break;
    }
  }
  if (q < end_ && *q == '[') return;
  const char* line_end = static_cast<const char*>(std::memchr(p_, '\n', static_cast<size_t>(end_ - p_)));
  p_ = line_end ? line_end : end_;
}

// ---- Dispatch ------------------------------------------------------------------

// Everything but what run() takes itself (spaces and line breaks,
// one-character punctuation, plain identifiers).
void Lexer::lex_token() {
  const char* start = p_;
  unsigned char c = static_cast<unsigned char>(*p_);
  switch (c) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\v':
    case '\f': lex_whitespace(); return;
    case '/':
      if (p_[1] == '/') return lex_line_comment();
      if (p_[1] == '*') return lex_block_comment();
      ++p_;
      return push(TokenKind::Slash, start, p_);
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9': return lex_number();
    case '\'': return lex_lifetime_or_char();
    case '"': return lex_quoted(start, TokenKind::StrLiteral, QuoteMode::Str, 0);
    case '#': return lex_pound();
    default: break;
  }
  if (ascii_has(c, kIdStartBit)) return lex_identifier_or_prefixed_literal();
  if (c >= 0x80) return lex_non_ascii();
  // `\`, a backtick, or an ASCII control character (including NUL).
  lex_unknown(start, c, 1);
}

void Lexer::lex_whitespace() {
  const char* p = p_;
  for (;;) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (c == '\n') {
      newline_before_ = true;
    } else if (!ascii_has(c, kWhitespaceBit)) {
      break;
    }
    ++p;
  }
  p_ = p;
}

void Lexer::lex_non_ascii() {
  const char* start = p_;
  Utf8Char ch = decode_utf8(p_, end_);
  if (is_pattern_white_space(ch.codepoint)) {
    p_ += ch.length;
    return;
  }
  if (is_xid_start(ch.codepoint)) {
    p_ += ch.length;
    if (!eat_identifier_continue()) return lex_invalid_identifier(start);
    return lex_identifier(start);
  }
  // A lone confusable emoji such as `➖` is an unknown token with a
  // substitution, as in rustc; other emoji start an (invalid) identifier.
  if (is_emoji(ch.codepoint) && !find_confusable(ch.codepoint)) {
    p_ += ch.length;
    return lex_invalid_identifier(start);
  }
  lex_unknown(start, ch.codepoint, ch.length);
}

// ---- Comments -------------------------------------------------------------------

void Lexer::check_text_direction(uint32_t begin, uint32_t end, DiagKind kind, bool is_literal) {
  // The codepoints are U+202A..U+202E and U+2066..U+2069: E2 80 AA..AE, E2 81 A6..A9.
  const char* b = begin_ + begin;
  const char* e = begin_ + end;
  if (!std::memchr(b, '\xE2', static_cast<size_t>(e - b))) return;
  std::vector<std::pair<const char*, uint32_t>> found;
  for (const char* p = b; p + 3 <= e; ++p) {
    if (static_cast<unsigned char>(*p) != 0xE2) continue;
    Utf8Char ch = decode_utf8(p, e);
    if (is_text_direction_codepoint(ch.codepoint)) found.emplace_back(p, ch.codepoint);
  }
  if (found.empty()) return;
  static constexpr const char* kWhy =
      "these kind of unicode codepoints change the way text flows on applications that support them, but can cause "
      "confusion because they change the order of characters on the screen";
  Diagnostic& d = report(kind, b, e);
  if (kind == DiagKind::TextDirectionInDocComment) {
    d.with_label("this doc comment contains an invisible unicode text flow control codepoint");
    d.with_note(kWhy);
    d.with_note("if their presence wasn't intentional, you can remove them");
    std::string list;
    for (auto [p, c] : found) list += (list.empty() ? "'" : ", '") + escape_for_message(c) + "'";
    d.with_note("if you want to keep them but make them visible in your source code, you can escape them: " + list);
    return;
  }
  d.with_label(is_literal ? "this literal contains an invisible unicode text flow control codepoint"
                          : "this comment contains an invisible unicode text flow control codepoint");
  for (auto [p, c] : found) d.with_secondary(span(p, p + 3), "'" + escape_for_message(c) + "'");
  d.with_note(kWhy);
  // The lint's level (and its "on by default" note) comes from the crate's
  // attributes: apply_crate_level_lints().
  SubDiagnostic remove{Level::Help,
                       "if their presence wasn't intentional, you can remove them",
                       {},
                       std::string(),
                       Applicability::MachineApplicable,
                       SuggestionStyle::HideCodeAlways};
  for (auto [p, c] : found) remove.spans.push_back({span(p, p + 3), ""});
  d.children.push_back(std::move(remove));
  if (!is_literal) return;
  for (auto [p, c] : found) {
    d.with_fix(span(p, p + 3), escape_for_message(c),
               "if you want to keep them but make them visible in your source code, you can escape them");
  }
}

void Lexer::lex_line_comment() {
  const char* start = p_;
  // `///` is an outer doc comment but `////` is not; `//!` is an inner one.
  TokenKind doc_kind = TokenKind::Eof;
  if (start[2] == '/' && start[3] != '/')
    doc_kind = TokenKind::OuterDocComment;
  else if (start[2] == '!')
    doc_kind = TokenKind::InnerDocComment;
  const char* newline = static_cast<const char*>(std::memchr(start, '\n', static_cast<size_t>(end_ - start)));
  const char* end = newline ? newline : end_;
  // rustc normalises CRLF to LF before lexing: the CR is not part of the comment.
  if (end > start + 2 && end[-1] == '\r' && newline) --end;
  p_ = end;
  if (doc_kind == TokenKind::Eof) {
    out_.comments.emplace_back(offset(start), offset(end));
    check_text_direction(offset(start), offset(end), DiagKind::TextDirectionInComment, false);
    return;
  }
  for (const char* q = start + 3; q < end; ++q) {
    if (*q == '\r') report(DiagKind::BareCrInDocComment, q, q + 1);
  }
  check_text_direction(offset(start), offset(end), DiagKind::TextDirectionInDocComment, false);
  push(doc_kind, start, end);
}

void Lexer::lex_block_comment() {
  const char* start = p_;
  // `/**` is an outer doc comment unless it is `/***` or the empty `/**/`.
  TokenKind doc_kind = TokenKind::Eof;
  if (start[2] == '*' && start[3] != '*' && start[3] != '/')
    doc_kind = TokenKind::OuterDocComment;
  else if (start[2] == '!')
    doc_kind = TokenKind::InnerDocComment;
  const char* p = start + 2;
  uint32_t depth = 1;
  // For the unterminated-comment hint: the last comment nested directly in
  // the outermost one, and where it closed.
  const char* last_nested_start = nullptr;
  const char* last_nested_end = nullptr;
  bool saw_newline = false;
  while (p < end_) {
    char c = *p;
    if (c == '/' && p[1] == '*') {
      if (++depth == 2) last_nested_start = p;
      p += 2;
    } else if (c == '*' && p[1] == '/') {
      p += 2;
      if (--depth == 0) break;
      if (depth == 1) last_nested_end = p - 2;
    } else {
      saw_newline |= c == '\n';
      ++p;
    }
  }
  if (p > end_) p = end_;
  p_ = p;
  bool terminated = depth == 0;
  if (!terminated) {
    Diagnostic& d =
        report(doc_kind == TokenKind::Eof ? DiagKind::UnterminatedBlockComment : DiagKind::UnterminatedBlockDocComment,
               start, p);
    if (last_nested_start && last_nested_end && last_nested_end > last_nested_start) {
      d.with_secondary(span(start, start + 2), "unterminated block comment");
      d.with_secondary(span(last_nested_start, last_nested_start + 2),
                       "...as last nested comment starts here, maybe you want to close this instead?");
      d.with_secondary(span(last_nested_end, last_nested_end + 2), "...and last nested comment terminates here.");
    }
  }
  if (doc_kind == TokenKind::Eof) {
    // A plain comment is trivia: its newlines count as whitespace before the next token.
    newline_before_ |= saw_newline;
    out_.comments.emplace_back(offset(start), offset(p));
    check_text_direction(offset(start), offset(p), DiagKind::TextDirectionInComment, false);
    return;
  }
  const char* content_end = terminated ? p - 2 : p;
  for (const char* q = start + 3; q < content_end; ++q) {
    if (*q == '\r' && q[1] != '\n') report(DiagKind::BareCrInBlockDocComment, q, q + 1);
  }
  check_text_direction(offset(start), offset(p), DiagKind::TextDirectionInDocComment, false);
  push(doc_kind, start, p, terminated ? 0 : Token::kMalformed);
}

// ---- Identifiers -------------------------------------------------------------------

// Advances from `p` over ASCII identifier characters and the non-ASCII code
// points `accept` takes; returns where it stopped.
template <typename Accept>
const char* Lexer::scan_identifier_chars(const char* p, Accept accept) const {
  for (;;) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (ascii_has(c, kIdContinueBit)) {
      ++p;
      continue;
    }
    if (c < 0x80 || p >= end_) return p;
    Utf8Char ch = decode_utf8(p, end_);
    if (!accept(ch.codepoint)) return p;
    p += ch.length;
  }
}

bool Lexer::eat_identifier_continue() {
  p_ = scan_identifier_chars(p_, is_xid_continue);
  if (p_ >= end_ || static_cast<unsigned char>(*p_) < 0x80) return true;
  uint32_t stop = decode_utf8(p_, end_).codepoint;
  return !(is_emoji(stop) || stop == 0x200D);  // false: an emoji makes the identifier invalid
}

void Lexer::lex_identifier_or_prefixed_literal() {
  const char* start = p_;
  char c1 = p_[1];
  char c2 = c1 != '\0' ? p_[2] : '\0';
  switch (*p_) {
    case 'r':
      if (c1 == '#' && p_ + 2 < end_) {
        unsigned char b2 = static_cast<unsigned char>(c2);
        bool id_start = b2 < 0x80 ? ascii_has(b2, kIdStartBit) : is_xid_start(decode_utf8(p_ + 2, end_).codepoint);
        if (id_start) return lex_raw_identifier(start);
      }
      if (c1 == '#' || c1 == '"') return lex_raw_string(start, TokenKind::RawStrLiteral, QuoteMode::RawStr, 1);
      break;
    case 'b':
      if (c1 == '\'') return lex_quoted(start, TokenKind::ByteLiteral, QuoteMode::Byte, 1);
      if (c1 == '"') return lex_quoted(start, TokenKind::ByteStrLiteral, QuoteMode::ByteStr, 1);
      if (c1 == 'r' && (c2 == '"' || c2 == '#')) {
        return lex_raw_string(start, TokenKind::RawByteStrLiteral, QuoteMode::RawByteStr, 2);
      }
      break;
    case 'c':
      // C string literals exist from Rust 2021; before, `c"x"` is `c` then `"x"`.
      if (edition_ < Edition::E2021) break;
      if (c1 == '"') return lex_quoted(start, TokenKind::CStrLiteral, QuoteMode::CStr, 1);
      if (c1 == 'r' && (c2 == '"' || c2 == '#')) {
        return lex_raw_string(start, TokenKind::RawCStrLiteral, QuoteMode::RawCStr, 2);
      }
      break;
  }
  ++p_;
  if (!eat_identifier_continue()) return lex_invalid_identifier(start);
  lex_identifier(start);
}

// The fast path for the most common token: an ASCII identifier or keyword
// followed by ASCII other than `#`, `"` and `'` (which could make it a
// literal's prefix, a raw identifier or a reserved prefix). False, with
// nothing consumed, for anything else.
bool Lexer::lex_plain_identifier() {
  const char* start = p_;
  const char* end = start + 1;
  while (ascii_has(static_cast<unsigned char>(*end), kIdContinueBit)) ++end;  // stops at the final '\0'
  unsigned char stop = static_cast<unsigned char>(*end);
  if (stop >= 0x80 || stop == '#' || stop == '"' || stop == '\'') return false;
  p_ = end;
  push(word_kind(start, end), start, end);
  return true;
}

// `p_` is past the identifier. Keywords are recognised here; an identifier
// directly followed by `#`, `"` or `'` is a reserved prefix from Rust 2021.
void Lexer::lex_identifier(const char* start) {
  const char* end = p_;
  TokenKind kind = word_kind(start, end);
  char next = *end;
  if ((next == '#' || next == '"' || next == '\'') && end < end_) report_unknown_prefix(start, end);
  push(kind, start, end);
}

void Lexer::report_unknown_prefix(const char* start, const char* end) {
  if (edition_ < Edition::E2021) return;
  Diagnostic& d = report(DiagKind::UnknownPrefix, start, end, {text(start, end)})
                      .with_label("unknown prefix")
                      .with_note("prefixed identifiers and literals are reserved since Rust 2021");
  if (*end == '\'' && last_lifetime_quote_ && !char_literal_terminates(end)) {
    // `'ab c'`: a string written with single quotes.
    d.children.push_back(string_quotes_fix(last_lifetime_quote_, end));
  } else {
    d.with_fix(span(end, end), " ", "consider inserting whitespace here");
  }
}

// The next `”` at or after `from`, or null. Cached, so that a file full of
// unmatched `“` stays linear.
const char* Lexer::find_right_double_quote(const char* from) {
  if (right_quote_search_from_ && from >= right_quote_search_from_ && (!right_quote_ || right_quote_ >= from)) {
    return right_quote_;
  }
  size_t at = text(from, end_).find("\xE2\x80\x9D");
  right_quote_search_from_ = from;
  right_quote_ = at == std::string_view::npos ? nullptr : from + at;
  return right_quote_;
}

bool Lexer::char_literal_terminates(const char* quote) {
  const char* saved = p_;
  p_ = quote;
  bool terminated = scan_single_quoted();
  p_ = saved;
  return terminated;
}

SubDiagnostic Lexer::string_quotes_fix(const char* opening, const char* closing) const {
  SubDiagnostic fix{Level::Help,
                    "if you meant to write a string literal, use double quotes",
                    {},
                    "\"",
                    Applicability::MachineApplicable};
  fix.spans = {{span(opening, opening + 1), ""}, {span(closing, closing + 1), ""}};
  return fix;
}

// An identifier containing emoji (rustc's InvalidIdent): `p_` is at the first
// emoji or zero-width joiner, or past a leading emoji.
void Lexer::lex_invalid_identifier(const char* start) {
  const char* p = scan_identifier_chars(p_, [](uint32_t c) { return is_xid_continue(c) || is_emoji(c) || c == 0x200D; });
  p_ = p;
  char next = *p;
  if ((next == '#' || next == '"' || next == '\'') && p < end_ && edition_ >= Edition::E2021) {
    report_unknown_prefix(start, p);
  } else {
    report_emoji_identifier(start, p);
  }
  push(TokenKind::Ident, start, p);
}

// rustc reports each distinct identifier with emoji once, pointing at every use.
void Lexer::report_emoji_identifier(const char* start, const char* end) {
  std::string_view name = text(start, end);
  auto [it, inserted] = emoji_identifiers_.try_emplace(name, out_.diagnostics.size());
  if (!inserted) {
    out_.diagnostics[it->second].secondary.push_back(Label{span(start, end), "", true});
    return;
  }
  report(DiagKind::IdentifierContainsEmoji, start, end, {name});
}

void Lexer::lex_raw_identifier(const char* start) {
  const char* name = start + 2;
  p_ = name + decode_utf8(name, end_).length;
  eat_identifier_continue();
  std::string_view word = text(name, p_);
  if (word == "self" || word == "super" || word == "crate" || word == "Self" || word == "_") {
    report(DiagKind::CannotBeRawIdentifier, start, p_, {word});
  }
  push(TokenKind::RawIdent, start, p_);
}

// ---- Punctuation with edition rules ---------------------------------------------------

// From Rust 2024, `#"..."#` (guarded strings) and `##` are reserved.
void Lexer::lex_pound() {
  const char* start = p_;
  if (edition_ >= Edition::E2024) {
    const char* q = start;
    while (*q == '#' && q < end_) ++q;
    if (*q == '"' && q < end_) return lex_guarded_string(start);
    if (q - start >= 2) {
      report(DiagKind::ReservedMultiHash, start, start + 2)
          .with_note("sequences of two or more # are reserved for future use since Rust 2024")
          .with_fix(span(start + 1, start + 1), " ", "consider inserting whitespace here");
      push(TokenKind::Pound, start, start + 1, Token::kMalformed);
      push(TokenKind::Pound, start + 1, start + 2, Token::kMalformed);
      p_ = start + 2;
      return;
    }
  }
  ++p_;
  push(TokenKind::Pound, start, p_);
}

// ---- Characters that start no token -------------------------------------------------

namespace {

// The token rustc substitutes for an ASCII look-alike, or Unknown when it
// substitutes nothing (spaces and quotes are dropped).
TokenKind substitute_kind(std::string_view ascii) {
  if (ascii == "==") return TokenKind::Eq;
  if (ascii.size() != 1) return TokenKind::Unknown;
  switch (ascii[0]) {
    case '!': return TokenKind::Bang;
    case '&': return TokenKind::And;
    case '(': return TokenKind::OpenParen;
    case ')': return TokenKind::CloseParen;
    case '*': return TokenKind::Star;
    case '+': return TokenKind::Plus;
    case ',': return TokenKind::Comma;
    case '-': return TokenKind::Minus;
    case '.': return TokenKind::Dot;
    case '/': return TokenKind::Slash;
    case ':': return TokenKind::Colon;
    case ';': return TokenKind::Semi;
    case '<': return TokenKind::Lt;
    case '=': return TokenKind::Eq;
    case '>': return TokenKind::Gt;
    case '?': return TokenKind::Question;
    case '[': return TokenKind::OpenBracket;
    case ']': return TokenKind::CloseBracket;
    case '_': return TokenKind::Ident;
    case '{': return TokenKind::OpenBrace;
    case '}': return TokenKind::CloseBrace;
  }
  return TokenKind::Unknown;
}

std::string as_utf8(uint32_t c) {
  std::string out;
  append_utf8(out, c);
  return out;
}

}  // namespace

// rustc reports a run of the same unknown character once ("character
// appears 2 more times"). A confusable it replaces by a token is reported
// again at each repetition, each time with the rest of the run.
void Lexer::lex_unknown(const char* start, uint32_t codepoint, uint32_t length) {
  const char* run_end = start + length;
  uint32_t repeats = 0;
  const lex_tables::Confusable* confusable = find_confusable(codepoint);
  // A confusable's run is reported again at each character, each time with
  // the rest of the run: the cap keeps that linear (rustc has none). Any
  // other run is one report however long (100,000 NULs: one error).
  const uint32_t max_repeats = confusable != nullptr ? 16 : UINT32_MAX;
  while (repeats < max_repeats && run_end + length <= end_ && std::memcmp(run_end, start, length) == 0) {
    run_end += length;
    ++repeats;
  }
  Diagnostic& d = report(DiagKind::UnknownStartOfToken, start, run_end, {escape_for_message(codepoint)});
  // rustc explains a NUL before the repetitions, anything else after them.
  if (codepoint == 0) {
    d.with_help(
        "source files must contain UTF-8 encoded text, unexpected null bytes might occur when a different encoding "
        "is used");
  }
  if (repeats == 1) d.with_note("character appears once more");
  if (repeats > 1) d.with_note("character appears " + std::to_string(repeats) + " more times");
  TokenKind kind = TokenKind::Unknown;
  if (confusable != nullptr) {
    const lex_tables::AsciiLookalike& ascii = lex_tables::kAsciiLookalikes[confusable->ascii_index];
    const char* closing = nullptr;
    if (codepoint == 0x201C) {  // a “quoted” run: rustc offers to fix both quotes at once
      closing = find_right_double_quote(run_end);
    }
    if (closing) {
      d.with_fix(span(start, closing + 3), "\"" + std::string(text(start + length, closing)) + "\"",
                 "Unicode characters '\xE2\x80\x9C' (Left Double Quotation Mark) and '\xE2\x80\x9D' (Right Double "
                 "Quotation Mark) look like '\"' (Quotation Mark), but are not",
                 Applicability::MaybeIncorrect);
    } else {
      std::string replacement;
      for (uint32_t i = 0; i <= repeats; ++i) replacement += ascii.text;
      d.with_fix(span(start, run_end), replacement,
                 "Unicode character '" + as_utf8(codepoint) + "' (" + confusable->name + ") looks like '" + ascii.text +
                     "' (" + ascii.name + "), but it is not",
                 Applicability::MaybeIncorrect);
    }
    kind = substitute_kind(ascii.text);
  } else if (std::find(std::begin(lex_tables::kInvisibleCharacters), std::end(lex_tables::kInvisibleCharacters),
                       codepoint) != std::end(lex_tables::kInvisibleCharacters)) {
    d.with_help("invisible characters like '" + escape_for_message(codepoint) +
                "' are not usually visible in text editors");
  }
  p_ = kind == TokenKind::Unknown ? run_end : start + length;
  push(kind, start, p_, Token::kMalformed);
}

}  // namespace lex_detail

TokenizedFile lex(const SourceFile& file, const LexOptions& options) {
  TokenizedFile out;
  lex_detail::Lexer lexer(file, options, out);
  lexer.run();
  return out;
}

}  // namespace sluice
