// Literals: numbers, lifetimes versus character literals, quoted and raw
// literals, escapes and suffixes. Token boundaries follow rustc_lexer; every
// diagnostic's message, span and help follow rustc 1.95 (checked by running
// it: see the comment at the top of each tests/golden/lex/errors/*.rs file).
#include <array>
#include <cstring>

#include "analysis/lex/lexer.h"

namespace sluice::lex_detail {

namespace {

bool is_decimal(char c) { return c >= '0' && c <= '9'; }

int hex_value(uint32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}

// Bytes the string scanner must stop at: the closing quote, a backslash, and
// 0 (which may be the end of the text).
constexpr std::array<bool, 256> make_string_stops() {
  std::array<bool, 256> stops{};
  stops['"'] = stops['\\'] = stops[0] = true;
  return stops;
}
constexpr std::array<bool, 256> kStringStops = make_string_stops();

// Bytes that need a closer look inside a string's content.
constexpr std::array<bool, 256> make_content_specials() {
  std::array<bool, 256> specials{};
  specials['\\'] = specials['\r'] = specials[0] = true;
  for (int c = 0x80; c < 256; ++c) specials[c] = true;
  return specials;
}
constexpr std::array<bool, 256> kContentSpecials = make_content_specials();

std::string two_hex_digits(uint32_t byte) {
  static const char kDigits[] = "0123456789ABCDEF";
  return std::string{kDigits[(byte >> 4) & 0xF], kDigits[byte & 0xF]};
}

bool is_integer_suffix(std::string_view s) {
  return s == "i8" || s == "i16" || s == "i32" || s == "i64" || s == "i128" || s == "isize" || s == "u8" ||
         s == "u16" || s == "u32" || s == "u64" || s == "u128" || s == "usize";
}

bool is_float_suffix(std::string_view s) { return s == "f16" || s == "f32" || s == "f64" || s == "f128"; }

// `u7`, `i0`, `f3`: a width suffix with the wrong number; returns the digits.
bool width_digits(std::string_view s, std::string_view letters, std::string_view& digits) {
  if (s.size() < 2 || letters.find(s[0]) == std::string_view::npos) return false;
  for (char c : s.substr(1)) {
    if (!is_decimal(c)) return false;
  }
  digits = s.substr(1);
  return true;
}

std::string_view float_base_name(uint32_t base) { return base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary"; }

std::string_view quoted_literal_description(QuoteMode mode) {
  switch (mode) {
    case QuoteMode::Char: return "char";
    case QuoteMode::Byte: return "byte";
    case QuoteMode::Str:
    case QuoteMode::RawStr: return "string";
    case QuoteMode::ByteStr:
    case QuoteMode::RawByteStr: return "byte string";
    case QuoteMode::CStr:
    case QuoteMode::RawCStr: return "C string";
  }
  return "string";
}

}  // namespace

// ---- Shared pieces ------------------------------------------------------------

void Lexer::push_literal(TokenKind kind, const char* start, const char* suffix, uint8_t flags) {
  uint32_t suffix_length = offset(p_) - offset(suffix);
  if (suffix_length != 0) flags |= Token::kHasSuffix;
  push(kind, start, p_, flags, suffix_length);
}

// rustc eats an identifier after any literal as its suffix.
const char* Lexer::eat_literal_suffix() {
  const char* suffix = p_;
  if (p_ >= end_) return suffix;
  unsigned char c = static_cast<unsigned char>(*p_);
  if (c < 0x80) {
    if (!ascii_has(c, kIdStartBit)) return suffix;
    ++p_;
  } else {
    Utf8Char ch = decode_utf8(p_, end_);
    if (!is_xid_start(ch.codepoint)) return suffix;
    p_ += ch.length;
  }
  eat_identifier_continue();
  return suffix;
}

// ---- Numbers ---------------------------------------------------------------------

namespace {

// Skips digits of one class and `_`; says whether there was a digit.
bool eat_digits(const char*& p, uint8_t digit_bit) {
  bool has_digits = false;
  for (;;) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (c == '_') {
      ++p;
    } else if (ascii_has(c, digit_bit)) {
      has_digits = true;
      ++p;
    } else {
      return has_digits;
    }
  }
}

// `e`, an optional sign, digits; false when there are no digits.
bool eat_exponent(const char*& p) {
  ++p;
  if (*p == '-' || *p == '+') ++p;
  return eat_digits(p, kDecimalBit);
}

}  // namespace

// The digits, fraction and exponent of a number, as rustc_lexer splits them:
// `1.` is a float, `1..2` a range, `1.foo` a field or method, `2.f32` too.
Lexer::NumberShape Lexer::scan_number_body() {
  NumberShape shape;
  const char* p = p_;
  bool may_be_float = true;
  if (*p == '0') {
    ++p;
    char c = *p;
    if (c == 'b' || c == 'o' || c == 'x') {
      shape.base = c == 'b' ? 2 : c == 'o' ? 8 : 16;
      ++p;
      // Binary and octal literals take every decimal digit; the wrong ones are diagnosed later.
      shape.empty_int = !eat_digits(p, shape.base == 16 ? kHexBit : kDecimalBit);
      may_be_float = !shape.empty_int;
    } else if (is_decimal(c) || c == '_') {
      eat_digits(p, kDecimalBit);
    } else if (c != '.' && c != 'e' && c != 'E') {
      may_be_float = false;
    }
  } else {
    eat_digits(p, kDecimalBit);
  }
  shape.digits_end = p;
  if (may_be_float) {
    bool dot_starts_fraction = false;
    if (*p == '.' && p[1] != '.') {
      unsigned char next = static_cast<unsigned char>(p[1]);
      bool next_is_id_start =
          next < 0x80 ? ascii_has(next, kIdStartBit) : p + 1 < end_ && is_xid_start(decode_utf8(p + 1, end_).codepoint);
      dot_starts_fraction = !next_is_id_start || p + 1 >= end_;
    }
    if (dot_starts_fraction && p < end_) {
      shape.is_float = true;
      ++p;
      if (is_decimal(*p)) {
        eat_digits(p, kDecimalBit);
        if (*p == 'e' || *p == 'E') shape.empty_exponent = !eat_exponent(p);
      }
    } else if (*p == 'e' || *p == 'E') {
      shape.is_float = true;
      shape.empty_exponent = !eat_exponent(p);
    }
  }
  p_ = p < end_ ? p : end_;
  return shape;
}

void Lexer::lex_number() {
  const char* start = p_;
  NumberShape shape = scan_number_body();
  const char* suffix = eat_literal_suffix();
  bool malformed = report_number_shape_errors(start, suffix, shape);
  validate_number_suffix(start, suffix, shape.base, shape.is_float, malformed);
  if (!shape.is_float && !malformed) {
    check_integer_range(start, shape.base == 10 ? start : start + 2, suffix, shape.base);
  }
  push_literal(shape.is_float ? TokenKind::FloatLiteral : TokenKind::IntLiteral, start, suffix,
               malformed ? Token::kMalformed : 0);
}

// The errors rustc's lexer reports about a number's shape; true if there was one.
bool Lexer::report_number_shape_errors(const char* start, const char* suffix, const NumberShape& shape) {
  bool malformed = false;
  if (shape.empty_int) {
    report(DiagKind::NoDigitsInNumber, start, suffix);
    malformed = true;
  }
  if (shape.is_float && shape.empty_exponent) {
    report(DiagKind::EmptyExponent, start, p_);
    malformed = true;
  }
  if (shape.is_float && shape.base != 10) {
    report(DiagKind::UnsupportedFloatBase, start, suffix, {float_base_name(shape.base)});
    malformed = true;
  }
  if (!shape.is_float && !shape.empty_int && (shape.base == 2 || shape.base == 8)) {
    for (const char* d = start + 2; d < shape.digits_end; ++d) {
      if (is_decimal(*d) && static_cast<uint32_t>(*d - '0') >= shape.base) {
        report(DiagKind::InvalidDigitForBase, d, d + 1, {shape.base == 2 ? "2" : "8"});
        malformed = true;
      }
    }
  }
  return malformed;
}

// rustc checks suffixes when it lowers literals, after parsing; the messages
// and spans here are the ones it prints then.
void Lexer::validate_number_suffix(const char* start, const char* suffix, uint32_t base, bool is_float,
                                   bool malformed) {
  std::string_view s = text(suffix, p_);
  if (s.empty() || malformed) return;
  std::string_view digits;
  // A decimal integer with an `f` suffix is a float (`1f32`); in binary or octal it is unsupported.
  bool float_like = is_float || s[0] == 'f';
  if (!is_float && s[0] == 'f' && base != 10) {
    report(DiagKind::UnsupportedFloatBase, start, p_, {float_base_name(base)}).with_label("not supported");
    return;
  }
  if (!float_like) {
    if (is_integer_suffix(s)) return;
    if (width_digits(s, "iu", digits)) {
      report(DiagKind::InvalidIntegerWidth, start, p_, {digits}).with_help("valid widths are 8, 16, 32, 64 and 128");
      return;
    }
    report(DiagKind::InvalidNumberSuffix, start, p_, {s})
        .with_label("invalid suffix `" + std::string(s) + "`")
        .with_help("the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)");
    return;
  }
  if (is_float_suffix(s)) return;
  if (width_digits(s, "f", digits)) {
    report(DiagKind::InvalidFloatWidth, start, p_, {digits}).with_help("valid widths are 32 and 64");
    return;
  }
  report(DiagKind::InvalidFloatSuffix, start, p_, {s})
      .with_label("invalid suffix `" + std::string(s) + "`")
      .with_help("valid suffixes are `f32` and `f64`");
}

void Lexer::check_integer_range(const char* start, const char* digits, const char* suffix, uint32_t base) {
  // 19 decimal, 16 hex, 21 octal or 64 binary digits always fit: skip the 128-bit arithmetic.
  uint32_t safe_length = base == 10 ? 19 : base == 16 ? 16 : base == 8 ? 21 : 64;
  if (static_cast<uint32_t>(suffix - digits) <= safe_length) return;
  std::string_view s = text(suffix, p_);
  if (!s.empty() && !is_integer_suffix(s)) return;
  unsigned __int128 value = 0;
  const unsigned __int128 max = ~static_cast<unsigned __int128>(0);
  bool overflow = false;
  for (const char* d = digits; d < suffix && !overflow; ++d) {
    if (*d == '_') continue;
    unsigned digit = static_cast<unsigned>(hex_value(static_cast<unsigned char>(*d)));
    if (value > (max - digit) / base)
      overflow = true;
    else
      value = value * base + digit;
  }
  if (!overflow) return;
  std::string_view limit = base == 16  ? "0xffffffffffffffffffffffffffffffff"
                           : base == 8 ? "0o3777777777777777777777777777777777777777777"
                           : base == 2 ? ""
                                       : "340282366920938463463374607431768211455";
  std::string limit_text = base == 2 ? "0b" + std::string(128, '1') : std::string(limit);
  report(DiagKind::IntegerLiteralTooLarge, start, p_).with_note("value exceeds limit of `" + limit_text + "`");
}

// ---- Lifetimes and character literals -------------------------------------------

void Lexer::lex_lifetime_or_char() {
  const char* start = p_;
  const char* q = start + 1;
  if (q >= end_) return lex_quoted(start, TokenKind::CharLiteral, QuoteMode::Char, 0);
  Utf8Char first = decode_utf8(q, end_);
  const char* after_first = q + first.length;
  // `'x'` is surely a character; otherwise an identifier start (or a digit,
  // for a better error) makes a lifetime.
  bool can_be_lifetime = !(*after_first == '\'' && after_first < end_) &&
                         (is_xid_start(first.codepoint) || is_decimal(static_cast<char>(*q)));
  if (!can_be_lifetime) return lex_quoted(start, TokenKind::CharLiteral, QuoteMode::Char, 0);

  if (edition_ >= Edition::E2021 && q[0] == 'r' && q[1] == '#' && q + 2 < end_ &&
      is_xid_start(decode_utf8(q + 2, end_).codepoint)) {
    p_ = q + 2 + decode_utf8(q + 2, end_).length;
    eat_identifier_continue();
    std::string_view name = text(q + 2, p_);
    if (name == "self" || name == "super" || name == "crate" || name == "Self" || name == "_") {
      report(DiagKind::CannotBeRawLifetime, start, p_, {name});
    }
    return push(TokenKind::RawLifetime, start, p_);
  }

  bool starts_with_number = is_decimal(*q);
  p_ = after_first;
  eat_identifier_continue();
  if (*p_ == '\'' && p_ < end_) {
    // `'ab'`: a character literal with too many characters.
    ++p_;
    const char* content_end = p_ - 1;
    const char* suffix = eat_literal_suffix();
    validate_char_content(start, start + 1, content_end, QuoteMode::Char);
    return push_literal(TokenKind::CharLiteral, start, suffix, Token::kMalformed);
  }
  last_lifetime_quote_ = start;
  if (*p_ == '#' && p_ < end_ && !starts_with_number && edition_ >= Edition::E2021) {
    report_unknown_prefix(start, p_);
  } else if (starts_with_number) {
    report(DiagKind::LifetimeStartsWithNumber, start, p_);
  }
  push(TokenKind::Lifetime, start, p_);
}

// rustc_lexer's scan of `'...'`: one character then a quote, or else up to a
// quote, stopping (unterminated) at `/` (likely a comment), at a newline not
// followed by a quote, or at the end.
bool Lexer::scan_single_quoted() {
  const char* p = p_ + 1;
  if (p < end_ && *p != '\\') {
    const char* after = p + decode_utf8(p, end_).length;
    if (after < end_ && *after == '\'') {
      p_ = after + 1;
      return true;
    }
  }
  while (p < end_) {
    char c = *p;
    if (c == '\'') {
      p_ = p + 1;
      return true;
    }
    if (c == '/' || (c == '\n' && p[1] != '\'')) break;
    if (c == '\\') {
      ++p;
      if (p >= end_) break;
    }
    p += decode_utf8(p, end_).length;
  }
  p_ = p < end_ ? p : end_;
  return false;
}

// `p_` is at the opening quote. A backslash skips a following `\` or `"`.
bool Lexer::scan_double_quoted() {
  const char* p = p_ + 1;
  for (;;) {
    while (!kStringStops[static_cast<unsigned char>(*p)]) ++p;
    if (p >= end_) {
      p_ = end_;
      return false;
    }
    if (*p == '"') {
      p_ = p + 1;
      return true;
    }
    if (*p == '\\') {
      ++p;
      if ((*p == '\\' || *p == '"') && p < end_) ++p;
    } else {
      ++p;  // an embedded NUL byte
    }
  }
}

// ---- Quoted literals ---------------------------------------------------------------

void Lexer::lex_quoted(const char* start, TokenKind kind, QuoteMode mode, uint32_t prefix_length) {
  const char* quote = start + prefix_length;
  p_ = quote;
  bool single = mode == QuoteMode::Char || mode == QuoteMode::Byte;
  bool terminated = single ? scan_single_quoted() : scan_double_quoted();
  if (!terminated) {
    DiagKind diag = mode == QuoteMode::Char      ? DiagKind::UnterminatedChar
                    : mode == QuoteMode::Byte    ? DiagKind::UnterminatedByte
                    : mode == QuoteMode::ByteStr ? DiagKind::UnterminatedByteString
                    : mode == QuoteMode::CStr    ? DiagKind::UnterminatedCString
                                                 : DiagKind::UnterminatedString;
    Diagnostic& d = report(diag, quote, p_);
    if (mode == QuoteMode::Char && last_lifetime_quote_) {
      d.children.push_back(string_quotes_fix(last_lifetime_quote_, quote));
    }
    return push(kind, start, p_, Token::kMalformed);
  }
  const char* content_end = p_ - 1;
  eat_literal_suffix();
  validate_quoted(start, quote + 1, content_end, mode, kind);
}

void Lexer::validate_quoted(const char* start, const char* content_begin, const char* content_end, QuoteMode mode,
                            TokenKind kind) {
  size_t errors_before = out_.diagnostics.size();
  if (mode == QuoteMode::Char || mode == QuoteMode::Byte) {
    validate_char_content(start, content_begin, content_end, mode);
  } else {
    validate_string_content(start, content_begin, content_end, mode);
  }
  bool malformed = false;
  for (size_t i = errors_before; i < out_.diagnostics.size(); ++i) {
    malformed |= out_.diagnostics[i].level == Level::Error;
  }
  const char* literal_end = content_end + 1;
  while (literal_end < p_ && *literal_end == '#') ++literal_end;  // raw string closing hashes
  const char* suffix_start = literal_end;
  if (!malformed) validate_string_suffix(start, suffix_start, kind);
  check_text_direction(offset(start), offset(suffix_start), DiagKind::TextDirectionInLiteral, true);
  push_literal(kind, start, suffix_start, malformed ? Token::kMalformed : 0);
}

void Lexer::validate_string_suffix(const char* start, const char* suffix, TokenKind kind) {
  std::string_view s = text(suffix, p_);
  if (s.empty()) return;
  if (s == "_") {
    report(DiagKind::UnderscoreLiteralSuffix, suffix, p_);
    return;
  }
  QuoteMode mode = kind == TokenKind::CharLiteral         ? QuoteMode::Char
                   : kind == TokenKind::ByteLiteral       ? QuoteMode::Byte
                   : kind == TokenKind::ByteStrLiteral    ? QuoteMode::ByteStr
                   : kind == TokenKind::RawByteStrLiteral ? QuoteMode::ByteStr
                   : kind == TokenKind::CStrLiteral       ? QuoteMode::CStr
                   : kind == TokenKind::RawCStrLiteral    ? QuoteMode::CStr
                                                          : QuoteMode::Str;
  report(DiagKind::SuffixOnQuotedLiteral, start, p_, {quoted_literal_description(mode)})
      .with_label("invalid suffix `" + std::string(s) + "`");
}

void Lexer::validate_char_content(const char* start, const char* content_begin, const char* content_end,
                                  QuoteMode mode) {
  if (content_begin == content_end) {
    report(DiagKind::EmptyCharLiteral, content_begin, content_begin).with_label("empty character literal");
    return;
  }
  const char* p = content_begin;
  if (*p == '\\') {
    uint32_t value = 0;
    bool ok = true;
    p = scan_escape(start, p, content_end, mode, value, ok);
    if (!ok) return;
  } else {
    Utf8Char first = decode_utf8(p, content_end);
    uint32_t c = first.codepoint;
    if (c == '\t' || c == '\n' || c == '\r' || c == '\'') {
      std::string escaped = c == '\'' ? "\\'" : escape_for_message(c);
      report(DiagKind::CharMustBeEscaped, p, p + 1, {c == '\'' ? "'" : escaped})
          .with_fix(span(p, p + 1), escaped, "escape the character");
      return;
    }
    if (mode == QuoteMode::Byte && c >= 0x80) report_non_ascii_in_byte(p, c, first.length, mode);
    p += first.length;
  }
  if (p < content_end) report_more_than_one_codepoint(start, content_begin, content_end, mode);
}

namespace {

// Rust's char::escape_default.
std::string escape_default(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    Utf8Char ch = decode_utf8(text.data() + i, text.data() + text.size());
    uint32_t c = ch.codepoint;
    if (c == '\'' || c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else {
      out += escape_for_message(c);
    }
    i += ch.length;
  }
  return out;
}

// An approximation of "has a display width and is not whitespace" (rustc asks unicode-width).
bool is_printing(uint32_t c) {
  if (c < 0x20 || (c >= 0x7F && c < 0xA0) || is_unicode_white_space(c) || is_combining_mark(c)) return false;
  return !(c == 0xAD || (c >= 0x200B && c <= 0x200F) || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064) ||
           c == 0xFEFF);
}

}  // namespace

// rustc's help for `'ab'`: a note when the extra characters are combining
// marks or invisible, else an offer to make it a string.
void Lexer::report_more_than_one_codepoint(const char* start, const char* content_begin, const char* content_end,
                                           QuoteMode mode) {
  Diagnostic& d = report(DiagKind::CharHasMoreThanOneCodepoint, start, content_end + 1);
  std::vector<Utf8Char> chars;
  for (const char* q = content_begin; q < content_end; q += chars.back().length) {
    chars.push_back(decode_utf8(q, content_end));
  }
  bool only_marks_follow = chars.size() > 1;
  std::string marks;
  for (size_t i = 1; i < chars.size(); ++i) {
    only_marks_follow &= is_combining_mark(chars[i].codepoint);
    marks += escape_for_message(chars[i].codepoint);
  }
  Span content = span(content_begin, content_end);
  if (only_marks_follow) {
    d.with_note_at(content, "this `" + std::string(text(content_begin, content_begin + chars[0].length)) +
                                "` is followed by the combining mark" + (chars.size() > 2 ? "s" : "") + " `" + marks +
                                "`");
  } else {
    uint32_t printing_count = 0;
    uint32_t printing = 0;
    for (const Utf8Char& ch : chars) {
      if (is_printing(ch.codepoint)) {
        ++printing_count;
        printing = ch.codepoint;
      }
    }
    if (printing_count == 1) {
      std::string only;
      append_utf8(only, printing);
      d.with_note_at(content, "there are non-printing characters, the full sequence is `" +
                                  escape_default(text(content_begin, content_end)) + "`");
      d.with_fix(content, only, "consider removing the non-printing characters", Applicability::MaybeIncorrect);
      return;
    }
  }
  bool is_byte = mode == QuoteMode::Byte;
  std::string replacement = std::string(is_byte ? "b\"" : "\"") + std::string(text(content_begin, content_end)) + "\"";
  d.with_fix(span(start, content_end + 1), replacement,
             is_byte ? "if you meant to write a byte string literal, use double quotes"
                     : "if you meant to write a string literal, use double quotes",
             Applicability::MachineApplicable);
}

void Lexer::validate_string_content(const char* start, const char* content_begin, const char* content_end,
                                    QuoteMode mode) {
  const char* p = content_begin;
  bool raw = is_raw_mode(mode);
  bool bytes = is_byte_mode(mode);
  bool c_string = mode == QuoteMode::CStr || mode == QuoteMode::RawCStr;
  while (p < content_end) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (!kContentSpecials[c]) {
      ++p;
      continue;
    }
    if (c == '\\' && !raw) {
      uint32_t value = 0;
      bool ok = true;
      p = scan_escape(start, p, content_end, mode, value, ok);
      continue;
    }
    if (c == '\r') {
      // rustc sees CRLF as LF (it normalises line endings first); a lone CR is an error.
      if (p + 1 < content_end && p[1] == '\n') {
        p += 2;
        continue;
      }
      if (raw) {
        report(DiagKind::BareCrInRawString, p, p + 1);
      } else {
        report(DiagKind::BareCrInString, p, p + 1).with_fix(span(p, p + 1), "\\r", "escape the character");
      }
      ++p;
      continue;
    }
    if (c == 0) {
      if (c_string) report(DiagKind::NulInCString, p, p + 1);
      ++p;
      continue;
    }
    if (c >= 0x80) {
      Utf8Char ch = decode_utf8(p, content_end);
      if (bytes) report_non_ascii_in_byte(p, ch.codepoint, ch.length, mode);
      p += ch.length;
      continue;
    }
    ++p;
  }
}

void Lexer::report_non_ascii_in_byte(const char* p, uint32_t codepoint, uint32_t length, QuoteMode mode) {
  if (mode == QuoteMode::RawByteStr) {
    report(DiagKind::NonAsciiInRawByteString, p, p + length).with_label("must be ASCII");
    return;
  }
  std::string shown;
  append_utf8(shown, codepoint == kInvalidCodepoint ? 0xFFFD : codepoint);
  DiagKind kind = mode == QuoteMode::Byte ? DiagKind::NonAsciiInByte : DiagKind::NonAsciiInByteString;
  Diagnostic& d = report(kind, p, p + length).with_label("must be ASCII");
  if (codepoint <= 0xFF) {
    d.with_fix(span(p, p + length), "\\x" + two_hex_digits(codepoint),
               "if you meant to use the unicode code point for '" + shown + "', use a \\xHH escape",
               Applicability::MaybeIncorrect);
  } else if (mode == QuoteMode::Byte) {
    d.with_secondary(span(p, p + length), "this multibyte character does not fit into a single byte");
  } else {
    std::string escaped;
    for (uint32_t i = 0; i < length; ++i) escaped += "\\x" + two_hex_digits(static_cast<unsigned char>(p[i]));
    d.with_fix(span(p, p + length), escaped,
               "if you meant to use the UTF-8 encoding of '" + shown + "', use \\xHH escapes",
               Applicability::MaybeIncorrect);
  }
}

// ---- Escapes -----------------------------------------------------------------------

const char* Lexer::scan_escape(const char* literal_start, const char* p, const char* content_end, QuoteMode mode,
                               uint32_t& value, bool& ok) {
  const char* e = p + 1;
  if (e >= content_end) {
    ok = false;
    return content_end;
  }
  switch (*e) {
    case 'n': value = '\n'; return e + 1;
    case 'r': value = '\r'; return e + 1;
    case 't': value = '\t'; return e + 1;
    case '\\': value = '\\'; return e + 1;
    case '\'': value = '\''; return e + 1;
    case '"': value = '"'; return e + 1;
    case '0':
      value = 0;
      if (mode == QuoteMode::CStr) report(DiagKind::NulInCString, p, e + 1);
      return e + 1;
    case 'x': return scan_hex_escape(p, content_end, mode, value, ok);
    case 'u': return scan_unicode_escape(p, content_end, mode, value, ok);
    case '\n':
    case '\r':
      if (mode == QuoteMode::Str || mode == QuoteMode::ByteStr || mode == QuoteMode::CStr) {
        if (*e == '\n' || (e + 1 < content_end && e[1] == '\n')) return scan_string_continuation(p, content_end);
      }
      break;
  }
  report_unknown_escape(literal_start, p, content_end, mode);
  ok = false;
  return e + decode_utf8(e, content_end).length;
}

// `p` is at the backslash of `\x`: two hex digits, at most 7F outside byte and C strings.
const char* Lexer::scan_hex_escape(const char* p, const char* content_end, QuoteMode mode, uint32_t& value, bool& ok) {
  const char* d = p + 2;
  value = 0;
  for (int i = 0; i < 2; ++i) {
    if (d >= content_end) {
      report(DiagKind::NumericEscapeTooShort, p, d);
      ok = false;
      return d;
    }
    Utf8Char ch = decode_utf8(d, content_end);
    int digit = hex_value(ch.codepoint);
    if (digit < 0) {
      report(DiagKind::InvalidCharInNumericEscape, d, d + ch.length, {escape_for_message(ch.codepoint)})
          .with_label("invalid character in numeric character escape");
      ok = false;
      return d + ch.length;
    }
    value = value * 16 + static_cast<uint32_t>(digit);
    ++d;
  }
  if ((mode == QuoteMode::Char || mode == QuoteMode::Str) && value > 0x7F) {
    report(DiagKind::OutOfRangeHexEscape, p, d)
        .with_label("must be a character in the range [\\x00-\\x7f]")
        .with_help("if you want to write a byte literal, use `b'" + std::string(text(p, d)) + "'`")
        .with_help("if you want to write a Unicode character, use `'\\u{" + upper_hex(value) + "}'`");
    ok = false;
  } else if (mode == QuoteMode::CStr && value == 0) {
    report(DiagKind::NulInCString, p, d);
  }
  return d;
}

// `p` is at the backslash of `\u`.
const char* Lexer::scan_unicode_escape(const char* p, const char* content_end, QuoteMode mode, uint32_t& value,
                                       bool& ok) {
  const char* d = p + 2;
  ok = false;
  if (d >= content_end || *d != '{') {
    const char* error_end = d < content_end ? d + decode_utf8(d, content_end).length : d;
    const char* digits_end = d;
    while (digits_end < content_end && hex_value(static_cast<unsigned char>(*digits_end)) >= 0) ++digits_end;
    Diagnostic& diag = report(DiagKind::IncorrectUnicodeEscape, p, error_end);
    if (digits_end > d) {
      diag.with_fix(span(p, digits_end), "\\u{" + std::string(text(d, digits_end)) + "}",
                    "format of unicode escape sequences uses braces");
    } else {
      diag.with_label("incorrect unicode escape sequence")
          .with_help("format of unicode escape sequences is `\\u{...}`");
    }
    return error_end;
  }
  ++d;
  if (d < content_end && *d == '_') {
    report(DiagKind::InvalidStartOfUnicodeEscape, d, d + 1, {"_"}).with_label("invalid start of unicode escape");
    return d + 1;
  }
  if (d < content_end && *d == '}') {
    report(DiagKind::EmptyUnicodeEscape, p, d + 1).with_label("this escape must have at least 1 hex digit");
    return d + 1;
  }
  uint32_t digit_count = 0;
  value = 0;
  for (;;) {
    if (d >= content_end) {
      report(DiagKind::UnterminatedUnicodeEscape, p, content_end)
          .with_label("missing a closing `}`")
          .with_fix(span(content_end, content_end), "}", "terminate the unicode escape");
      return content_end;
    }
    Utf8Char ch = decode_utf8(d, content_end);
    if (ch.codepoint == '}') {
      ++d;
      break;
    }
    if (ch.codepoint != '_') {
      int digit = hex_value(ch.codepoint);
      if (digit < 0) {
        report(DiagKind::InvalidCharInUnicodeEscape, d, d + ch.length, {escape_for_message(ch.codepoint)})
            .with_label("invalid character in unicode escape");
        return d + ch.length;
      }
      ++digit_count;
      if (value <= 0xFFFFFF) value = value * 16 + static_cast<uint32_t>(digit);
    }
    d += ch.length;
  }
  if (digit_count > 6) {
    report(DiagKind::OverlongUnicodeEscape, p, d).with_label("must have at most 6 hex digits");
    return d;
  }
  if (is_byte_mode(mode)) {
    report(DiagKind::UnicodeEscapeInByte, p, d)
        .with_label("unicode escape in byte string")
        .with_help("unicode escape sequences cannot be used as a byte or in a byte string");
    return d;
  }
  if (value > 0x10FFFF || (value >= 0xD800 && value < 0xE000)) {
    report(DiagKind::InvalidUnicodeEscape, p, d)
        .with_label("invalid escape")
        .with_help(value > 0x10FFFF ? "unicode escape must be at most 10FFFF"
                                    : "unicode escape must not be a surrogate");
    return d;
  }
  if (mode == QuoteMode::CStr && value == 0) report(DiagKind::NulInCString, p, d);
  ok = true;
  return d;
}

// `\` at the end of a line in a string skips the newline and the following
// ASCII whitespace; rustc warns when that skips more than one line, or when
// it stops at other Unicode whitespace.
const char* Lexer::scan_string_continuation(const char* backslash, const char* content_end) {
  const char* q = backslash + 1;
  uint32_t newlines = 0;
  while (q < content_end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r')) {
    newlines += *q == '\n';
    ++q;
  }
  if (newlines > 1) {
    report(DiagKind::EscapedNewlineSkipsLines, backslash, q)
        .with_label("skipping everything up to and including this point");
  }
  if (q < content_end && static_cast<unsigned char>(*q) >= 0x80) {
    Utf8Char ch = decode_utf8(q, content_end);
    if (is_unicode_white_space(ch.codepoint)) {
      std::string shown = escape_for_message(ch.codepoint);
      report(DiagKind::EscapedNewlineWhitespaceNotSkipped, backslash, q + ch.length, {shown})
          .with_secondary(span(q, q + ch.length), "whitespace symbol '" + shown + "' is not skipped");
    }
  }
  return q;
}

void Lexer::report_unknown_escape(const char* literal_start, const char* backslash, const char* content_end,
                                  QuoteMode mode) {
  const char* e = backslash + 1;
  Utf8Char ch = decode_utf8(e, content_end);
  bool bytes = is_byte_mode(mode);
  Diagnostic& d = report(bytes ? DiagKind::UnknownByteEscape : DiagKind::UnknownCharacterEscape, e, e + ch.length,
                         {escape_for_message(ch.codepoint)})
                      .with_label(bytes ? "unknown byte escape" : "unknown character escape");
  if (ch.codepoint == '{' || ch.codepoint == '}') {
    d.with_help("if used in a formatting string, curly braces are escaped with `{{` and `}}`");
    return;
  }
  d.with_help("for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>");
  if (mode == QuoteMode::Char || mode == QuoteMode::Str) {
    const char* content_begin = literal_start + 1;
    d.with_fix(span(literal_start, content_end + 1), "r\"" + std::string(text(content_begin, content_end)) + "\"",
               "if you meant to write a literal backslash (perhaps escaping in a regular expression), consider a raw "
               "string literal",
               Applicability::MaybeIncorrect);
  }
}

// ---- Raw and guarded strings ---------------------------------------------------------

void Lexer::lex_raw_string(const char* start, TokenKind kind, QuoteMode mode, uint32_t prefix_length) {
  const char* hashes = start + prefix_length;
  const char* p = hashes;
  while (*p == '#' && p < end_) ++p;
  uint32_t hash_count = static_cast<uint32_t>(p - hashes);
  if (p >= end_ || *p != '"') {
    // At the end of the text rustc shows the character it found as `\u{0}`.
    Utf8Char bad = p < end_ ? decode_utf8(p, end_) : Utf8Char{0, 0};
    report(DiagKind::RawStringInvalidDelimiter, start, p + bad.length, {escape_for_message(bad.codepoint)});
    // rustc stops at this error. Taking a following word into the token
    // (`r#x"..."`) avoids a cascade of errors that rustc would not show;
    // punctuation such as `)` stays a token of its own.
    p_ = p;
    if (p < end_ && is_xid_continue(bad.codepoint)) eat_identifier_continue();
    return push(kind, start, p_, Token::kMalformed);
  }
  const char* content_begin = p + 1;
  const char* best_candidate = nullptr;  // the `"##` with the most (but too few) hashes
  uint32_t best_count = 0;
  const char* q = content_begin;
  for (;;) {
    const char* quote = static_cast<const char*>(std::memchr(q, '"', static_cast<size_t>(end_ - q)));
    if (!quote) break;
    uint32_t found = 0;
    while (found < hash_count && quote[1 + found] == '#' && quote + 1 + found < end_) ++found;
    if (found == hash_count) {
      p_ = quote + 1 + hash_count;
      eat_literal_suffix();
      if (hash_count > 255) {
        report(DiagKind::RawStringTooManyHashes, start, p_, {std::to_string(hash_count)});
      }
      return validate_quoted(start, content_begin, quote, mode, kind);
    }
    if (found > best_count) {
      best_candidate = quote + 1;
      best_count = found;
    }
    q = quote + 1;
  }
  Diagnostic& d = report(DiagKind::UnterminatedRawString, start, start).with_label("unterminated raw string");
  if (hash_count > 0) {
    d.with_note("this raw string should be terminated with `\"" + std::string(hash_count, '#') + "`");
  }
  if (best_candidate) {
    d.with_fix(span(best_candidate, best_candidate + best_count), std::string(hash_count, '#'),
               "consider terminating the string here");
  }
  p_ = end_;
  push(kind, start, p_, Token::kMalformed);
}

// Rust 2024 reserves `#"..."#`: rustc reports the whole guarded string once.
void Lexer::lex_guarded_string(const char* start) {
  const char* quote = start;
  while (*quote == '#') ++quote;
  uint32_t hash_count = static_cast<uint32_t>(quote - start);
  p_ = quote;
  bool terminated = scan_double_quoted();
  if (!terminated) {
    for (const char* h = start; h < quote; ++h) push(TokenKind::Pound, h, h + 1);
    report(DiagKind::UnterminatedString, quote, p_);
    return push(TokenKind::StrLiteral, quote, p_, Token::kMalformed);
  }
  const char* string_end = p_;
  const char* end = string_end;
  for (uint32_t i = 0; i < hash_count && *end == '#' && end < end_; ++i) ++end;
  report(DiagKind::ReservedGuardedString, start, end)
      .with_note("unprefixed guarded string literals are reserved for future use since Rust 2024")
      .with_fix(span(start + 1, start + 1), " ", "consider inserting whitespace here");
  for (const char* h = start; h < quote; ++h) push(TokenKind::Pound, h, h + 1, Token::kMalformed);
  push(TokenKind::StrLiteral, quote, string_end, Token::kMalformed);
  for (const char* h = string_end; h < end; ++h) push(TokenKind::Pound, h, h + 1, Token::kMalformed);
  p_ = end;
}

}  // namespace sluice::lex_detail

namespace sluice {

std::optional<unsigned __int128> integer_literal_value(std::string_view text, uint32_t suffix_length) {
  text = text.substr(0, text.size() - std::min<size_t>(suffix_length, text.size()));
  unsigned base = 10;
  if (text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'o' || text[1] == 'b')) {
    base = text[1] == 'x' ? 16 : text[1] == 'o' ? 8 : 2;
    text.remove_prefix(2);
  }
  unsigned __int128 value = 0;
  const unsigned __int128 max = ~static_cast<unsigned __int128>(0);
  for (char c : text) {
    if (c == '_') continue;
    unsigned digit = static_cast<unsigned>(lex_detail::hex_value(static_cast<unsigned char>(c)));
    if (digit >= base) break;
    if (value > (max - digit) / base) return std::nullopt;
    value = value * base + digit;
  }
  return value;
}

}  // namespace sluice

namespace sluice {

namespace {

std::optional<uint32_t> hex_digits_value(std::string_view digits) {
  uint32_t value = 0;
  size_t count = 0;
  for (char c : digits) {
    if (c == '_') continue;
    int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (digit < 0 || ++count > 6) return std::nullopt;
    value = value * 16 + uint32_t(digit);
  }
  if (count == 0) return std::nullopt;
  return value;
}

}  // namespace

std::optional<uint32_t> char_literal_value(std::string_view text) {
  size_t open = text.find('\'');
  size_t close = text.rfind('\'');
  if (open == std::string_view::npos || close <= open + 1) return std::nullopt;
  std::string_view body = text.substr(open + 1, close - open - 1);
  if (body[0] != '\\') {
    unsigned char c = static_cast<unsigned char>(body[0]);
    if (c < 0x80) return c;
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    uint32_t v = c & (0x3F >> (len - 1));
    for (int i = 1; i < len && i < int(body.size()); ++i) v = (v << 6) | (static_cast<unsigned char>(body[i]) & 0x3F);
    return v;
  }
  if (body.size() < 2) return std::nullopt;
  switch (body[1]) {
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case '0': return 0;
    case 'x': return hex_digits_value(body.substr(2, 2));
    case 'u': {
      size_t brace = body.find('{'), end = body.find('}');
      if (brace == std::string_view::npos || end == std::string_view::npos || end < brace) return std::nullopt;
      return hex_digits_value(body.substr(brace + 1, end - brace - 1));
    }
    default: return static_cast<unsigned char>(body[1]);
  }
}

}  // namespace sluice
