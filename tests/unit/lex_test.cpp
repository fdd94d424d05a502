// Lexer tests: unit tests per token class and edition, and the golden files
// under tests/golden/lex/ (one line per token, then the diagnostics). Error
// golden files carry rustc's own verdict in a `// rustc:` header, written by
// tests/golden/lex/annotate_with_rustc.py; the golden test checks that sluice
// reports exactly those diagnostics, so the expectations come from rustc.
#include <catch2/catch.hpp>

#include <cstdio>
#include <initializer_list>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/lex/lex.h"
#include "tests/unit/test_support.h"

namespace sluice {
namespace {

struct Lexed {
  SourceFile file;
  TokenizedFile result;
};

Lexed lex_text(std::string text, Edition edition = Edition::E2021) {
  SourceFile file(FileId(0), "test.rs", std::move(text));
  TokenizedFile result = lex(file, LexOptions{edition});
  return Lexed{std::move(file), std::move(result)};
}

// Printable form of token text: control characters and quotes escaped, UTF-8 kept.
std::string escape_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20 || u == 0x7F) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\x%02X", u);
      out += buffer;
    } else {
      out += c;
    }
  }
  return out;
}

// rustc's JSON positions: 1-based line, 1-based column in characters.
std::string position(const SourceFile& file, uint32_t offset) {
  LineColumn lc = file.line_column(offset);
  return std::to_string(lc.line + 1) + ":" + std::to_string(file.char_column(offset) + 1);
}

std::string range(const SourceFile& file, Span span) {
  return position(file, span.begin) + "-" + position(file, span.end);
}

std::string render_token(const SourceFile& file, const Token& token) {
  std::string line = std::string(token_kind_name(token.kind)) + " " + std::to_string(token.offset) + ".." +
                     std::to_string(token.end()) + " \"" + escape_text(file.text().substr(token.offset, token.length)) +
                     "\"";
  if (token.flags & Token::kPrecededByNewline) line += " newline";
  if (token.flags & Token::kJoint) line += " joint";
  if (token.flags & Token::kMalformed) line += " malformed";
  if (token.flags & Token::kHasSuffix) line += " suffix=" + std::to_string(token.suffix_length);
  return line;
}

std::string render_diagnostic(const SourceFile& file, const Diagnostic& d) {
  std::string out =
      std::string(level_name(d.level)) + "[" + d.code + "]: " + d.message + " at " + range(file, d.primary.span);
  if (!d.primary.text.empty()) out += " (" + d.primary.text + ")";
  out += "\n";
  for (const Label& label : d.secondary) out += "  secondary " + range(file, label.span) + ": " + label.text + "\n";
  for (const SubDiagnostic& child : d.children) {
    out += "  " + std::string(level_name(child.level)) + ": " + child.message;
    for (const Label& label : child.spans) out += " at " + range(file, label.span);
    if (child.replacement) out += " => \"" + escape_text(*child.replacement) + "\"";
    out += "\n";
  }
  return out;
}

std::string render(const Lexed& lexed) {
  std::string out;
  for (const Token& token : lexed.result.tokens) out += render_token(lexed.file, token) + "\n";
  for (const auto& [begin, end] : lexed.result.comments) {
    out += "comment " + std::to_string(begin) + ".." + std::to_string(end) + "\n";
  }
  for (const Diagnostic& d : lexed.result.diagnostics) out += render_diagnostic(lexed.file, d);
  return out;
}

std::vector<TokenKind> kinds(const Lexed& lexed) {
  std::vector<TokenKind> out;
  for (const Token& token : lexed.result.tokens) {
    if (token.kind != TokenKind::Eof) out.push_back(token.kind);
  }
  return out;
}

std::vector<std::string> kind_names(const std::vector<TokenKind>& list) {
  std::vector<std::string> out;
  for (TokenKind kind : list) out.emplace_back(token_kind_name(kind));
  return out;
}

// The one unit-test helper: `text` lexes to exactly `expected` (Eof left out)
// with no diagnostics.
void check(const std::string& text, std::initializer_list<TokenKind> expected, Edition edition = Edition::E2021) {
  Lexed lexed = lex_text(text, edition);
  INFO("text: " << text << "\n" << render(lexed));
  CHECK(kind_names(kinds(lexed)) == kind_names(std::vector<TokenKind>(expected)));
  CHECK(lexed.result.diagnostics.empty());
}

// `text` produces exactly these diagnostic messages, in order.
void check_errors(const std::string& text, std::initializer_list<std::string> messages,
                  Edition edition = Edition::E2021) {
  Lexed lexed = lex_text(text, edition);
  std::vector<std::string> actual;
  for (const Diagnostic& d : lexed.result.diagnostics) actual.push_back(d.message);
  INFO("text: " << text << "\n" << render(lexed));
  CHECK(actual == std::vector<std::string>(messages));
}

using K = TokenKind;

}  // namespace

TEST_CASE("punctuation is one token per character, with jointness", "[lex]") {
  check("::->>>=", {K::Colon, K::Colon, K::Minus, K::Gt, K::Gt, K::Gt, K::Eq});
  Lexed lexed = lex_text("a >> b\n+c");
  const std::vector<Token>& t = lexed.result.tokens;
  REQUIRE(t.size() == 7);
  CHECK(t[1].is_joint());
  CHECK_FALSE(t[2].is_joint());
  CHECK((t[4].flags & Token::kPrecededByNewline) != 0);
  CHECK(t[4].is_joint());
  CHECK_FALSE(t[5].is_joint());  // the last token is never joint with Eof
  check(";,.(){}[]@#~?:$=!<>-&|+*/^%",
        {K::Semi,        K::Comma,        K::Dot,  K::OpenParen, K::CloseParen, K::OpenBrace, K::CloseBrace,
         K::OpenBracket, K::CloseBracket, K::At,   K::Pound,     K::Tilde,      K::Question,  K::Colon,
         K::Dollar,      K::Eq,           K::Bang, K::Lt,        K::Gt,         K::Minus,     K::And,
         K::Or,          K::Plus,         K::Star, K::Slash,     K::Caret,      K::Percent});
}

TEST_CASE("whitespace is Rust's Pattern_White_Space", "[lex]") {
  check("a\t\v\f\r\n b\u0085c\u200Ed\u200Fe\u2028f\u2029g",
        {K::Ident, K::Ident, K::Ident, K::Ident, K::Ident, K::Ident, K::Ident});
  // A no-break space is not whitespace in Rust: rustc suggests a space.
  check_errors("a\u00A0b", {"unknown start of token: \\u{a0}"});
}

TEST_CASE("comments and doc comments", "[lex]") {
  check("// plain\n/* plain */ /* a /* nested */ b */ x", {K::Ident});
  check("/// outer\n//// not doc\n//! inner\n", {K::OuterDocComment, K::InnerDocComment});
  check("/** outer */ /*** not doc */ /**/ /*! inner */", {K::OuterDocComment, K::InnerDocComment});
  Lexed lexed = lex_text("// a\n/* b */ x");
  CHECK(lexed.result.comments.size() == 2);
  CHECK(lexed.result.comments[0] == std::make_pair(0u, 4u));
  CHECK(lexed.result.comments[1] == std::make_pair(5u, 12u));
  check_errors("/* /* */", {"unterminated block comment"});
  check_errors("/** x", {"unterminated block doc-comment"});
  check_errors("/// a\rb", {"bare CR not allowed in doc-comment"});
  check("/// a\r\nfn", {K::OuterDocComment, K::KwFn});  // CRLF is a line ending, not a bare CR
}

TEST_CASE("identifiers, raw identifiers and Unicode identifiers", "[lex]") {
  check("foo _bar baz9 _ r#fn r#foo", {K::Ident, K::Ident, K::Ident, K::Ident, K::RawIdent, K::RawIdent});
  check("été Δx 变量 a\u0301", {K::Ident, K::Ident, K::Ident, K::Ident});
  check_errors(
      "r#self r#crate r#super r#Self r#_",
      {"`self` cannot be a raw identifier", "`crate` cannot be a raw identifier", "`super` cannot be a raw identifier",
       "`Self` cannot be a raw identifier", "`_` cannot be a raw identifier"});
  check_errors("a\xF0\x9F\x98\x80", {"identifiers cannot contain emoji: `a\xF0\x9F\x98\x80`"});
  check_errors("\xE2\x9E\x96", {"unknown start of token: \\u{2796}"});  // ➖ is a confusable, not an identifier
}

TEST_CASE("keywords depend on the edition", "[lex]") {
  check("async await dyn try gen", {K::Ident, K::Ident, K::Ident, K::Ident, K::Ident}, Edition::E2015);
  check("async await dyn try gen", {K::KwAsync, K::KwAwait, K::KwDyn, K::KwTry, K::Ident}, Edition::E2018);
  check("async await dyn try gen", {K::KwAsync, K::KwAwait, K::KwDyn, K::KwTry, K::Ident}, Edition::E2021);
  check("async await dyn try gen", {K::KwAsync, K::KwAwait, K::KwDyn, K::KwTry, K::KwGen}, Edition::E2024);
  check(
      "as break const continue crate else enum extern false fn for if impl in let loop match mod move mut pub "
      "ref return self Self static struct super trait true type unsafe use where while",
      {K::KwAs,     K::KwBreak,  K::KwConst,     K::KwContinue, K::KwCrate,  K::KwElse,   K::KwEnum,
       K::KwExtern, K::KwFalse,  K::KwFn,        K::KwFor,      K::KwIf,     K::KwImpl,   K::KwIn,
       K::KwLet,    K::KwLoop,   K::KwMatch,     K::KwMod,      K::KwMove,   K::KwMut,    K::KwPub,
       K::KwRef,    K::KwReturn, K::KwSelfValue, K::KwSelfType, K::KwStatic, K::KwStruct, K::KwSuper,
       K::KwTrait,  K::KwTrue,   K::KwType,      K::KwUnsafe,   K::KwUse,    K::KwWhere,  K::KwWhile});
  check("abstract become box do final macro override priv typeof unsized virtual yield",
        {K::KwAbstract, K::KwBecome, K::KwBox, K::KwDo, K::KwFinal, K::KwMacro, K::KwOverride, K::KwPriv, K::KwTypeof,
         K::KwUnsized, K::KwVirtual, K::KwYield});
  // Weak keywords are identifiers; the parser looks at their text.
  check("union macro_rules auto default raw safe", {K::Ident, K::Ident, K::Ident, K::Ident, K::Ident, K::Ident});
  // Near misses: a keyword's prefix, extension, other case or one letter off.
  check("a f fnn As SELF self_ continues continu Continue overrides abstrac mutt _as r#fn",
        {K::Ident, K::Ident, K::Ident, K::Ident, K::Ident, K::Ident, K::Ident, K::Ident, K::Ident, K::Ident,
         K::Ident, K::Ident, K::Ident, K::RawIdent});
  // A keyword ending the file is looked up without reading past the text.
  for (std::string_view word : {"fn", "continue", "Self", "virtual", "ident"}) {
    Lexed lexed = lex_text("x " + std::string(word));
    REQUIRE(lexed.result.tokens.size() == 3);
    CHECK(token_kind_spelling(lexed.result.tokens[1].kind) == (word == "ident" ? "identifier" : word));
  }
  CHECK(is_keyword(K::KwGen));
  CHECK_FALSE(is_keyword(K::Ident));
  CHECK(token_kind_spelling(K::KwSelfType) == "Self");
}

TEST_CASE("editions parse and print", "[lex]") {
  Edition edition = Edition::E2015;
  CHECK(parse_edition("2024", edition));
  CHECK(edition == Edition::E2024);
  CHECK_FALSE(parse_edition("2022", edition));
  CHECK(edition_name(Edition::E2018) == "2018");
}

TEST_CASE("lifetimes, labels and character literals", "[lex]") {
  check("'a 'static '_ 'abc_1", {K::Lifetime, K::Lifetime, K::Lifetime, K::Lifetime});
  check("'a' 'ab '\\n' '\\'' '\"' '\\u{1F600}' 'é'",
        {K::CharLiteral, K::Lifetime, K::CharLiteral, K::CharLiteral, K::CharLiteral, K::CharLiteral, K::CharLiteral});
  check("'r#a", {K::RawLifetime}, Edition::E2021);
  check("'r#a", {K::Lifetime, K::Pound, K::Ident}, Edition::E2018);
  check_errors("'1", {"lifetimes cannot start with a number"});
  check_errors("'r#self", {"`self` cannot be a raw lifetime"});
  check_errors("''", {"empty character literal"});
  check_errors("'ab'", {"character literal may only contain one codepoint"});
  check_errors("'\t'", {"character constant must be escaped: `\\t`"});
  check_errors("'\\", {"unterminated character literal"});
}

TEST_CASE("integer and float literals", "[lex]") {
  check("0 1 1_000 0x_ff 0o17 0b1010 1u8 0xffu64 1i128 1usize",
        {K::IntLiteral, K::IntLiteral, K::IntLiteral, K::IntLiteral, K::IntLiteral, K::IntLiteral, K::IntLiteral,
         K::IntLiteral, K::IntLiteral, K::IntLiteral});
  check("1.0 1e10 1.5E-3 1_000.0 1. 2.5f32 1e3_f64 1E+3",
        {K::FloatLiteral, K::FloatLiteral, K::FloatLiteral, K::FloatLiteral, K::FloatLiteral, K::FloatLiteral,
         K::FloatLiteral, K::FloatLiteral});
  check("2.f32", {K::IntLiteral, K::Dot, K::Ident});
  check("1..2", {K::IntLiteral, K::Dot, K::Dot, K::IntLiteral});
  check("x.0.1", {K::Ident, K::Dot, K::FloatLiteral});
  check("1.foo()", {K::IntLiteral, K::Dot, K::Ident, K::OpenParen, K::CloseParen});
  check("1f32", {K::IntLiteral});  // an integer token whose suffix makes it a float, as in rustc
  Lexed lexed = lex_text("0xff_u8");
  REQUIRE(lexed.result.tokens.size() == 2);
  CHECK((lexed.result.tokens[0].flags & Token::kHasSuffix) != 0);
  CHECK(lexed.result.tokens[0].suffix_length == 2);
  check_errors("1e", {"expected at least one digit in exponent"});
  check_errors("0x", {"no valid digits found for number"});
  check_errors("0b102", {"invalid digit for a base 2 literal"});
  check_errors("0x1.0", {"hexadecimal float literal is not supported"});
  check_errors("1u7", {"invalid width `7` for integer literal"});
  check_errors("1.0u8", {"invalid suffix `u8` for float literal"});
  check_errors("1foo", {"invalid suffix `foo` for float literal"});
  check_errors("1xyz", {"invalid suffix `xyz` for number literal"});
  check_errors("340282366920938463463374607431768211456", {"integer literal is too large"});
  check("340282366920938463463374607431768211455", {K::IntLiteral});
}

TEST_CASE("string-like literals", "[lex]") {
  check("\"a\\n\\\"\" b'a' b\"x\" c\"c\" r\"raw\" r#\"a \"b\"# br\"x\" cr#\"y\"#",
        {K::StrLiteral, K::ByteLiteral, K::ByteStrLiteral, K::CStrLiteral, K::RawStrLiteral, K::RawStrLiteral,
         K::RawByteStrLiteral, K::RawCStrLiteral});
  check("\"\\x7F \\u{10FFFF} \\0 \\' \\t \\r \\\\ a\\\n   b\"", {K::StrLiteral});
  check("c\"x\"", {K::Ident, K::StrLiteral}, Edition::E2018);  // C strings are 2021+
  check("\"multi\nline\"", {K::StrLiteral});
  Lexed lexed = lex_text("\"x\"suffix");
  CHECK(lexed.result.tokens[0].suffix_length == 6);
  check_errors("\"abc", {"unterminated double quote string"});
  check_errors("b\"abc", {"unterminated double quote byte string"});
  check_errors("c\"abc", {"unterminated C string"});
  check_errors("r#\"abc\"", {"unterminated raw string"});
  check_errors("b'a", {"unterminated byte constant"});
  check_errors("\"\\q\"", {"unknown character escape: `q`"});
  check_errors("b\"\\q\"", {"unknown byte escape: `q`"});
  check_errors("\"\\x8\"", {"numeric character escape is too short"});
  check_errors("\"\\xFF\"", {"out of range hex escape"});
  check_errors("\"\\u{D800}\"", {"invalid unicode character escape"});
  check_errors("b\"é\"", {"non-ASCII character in byte string literal"});
  check_errors("\"a\rb\"", {"bare CR not allowed in string, use `\\r` instead"});
  check("\"a\r\nb\"", {K::StrLiteral});
  check_errors("\"x\"suffix", {"suffixes on string literals are invalid"});
  check_errors("c\"\\0\"", {"null characters in C string literals are not supported"});
}

TEST_CASE("reserved prefixes and guarded strings", "[lex]") {
  check_errors("foo\"x\" k#x", {"prefix `foo` is unknown", "prefix `k` is unknown"});
  check_errors("foo\"x\" k#x", {}, Edition::E2018);
  check_errors("#\"x\"#", {"invalid string literal"}, Edition::E2024);
  check("#\"x\"#", {K::Pound, K::StrLiteral, K::Pound}, Edition::E2021);
  check_errors("##", {"reserved multi-hash token is forbidden"}, Edition::E2024);
  check("#![allow(x)]",
        {K::Pound, K::Bang, K::OpenBracket, K::Ident, K::OpenParen, K::Ident, K::CloseParen, K::CloseBracket});
}

TEST_CASE("shebang and byte-order mark are skipped", "[lex]") {
  check("#!/usr/bin/env rustx\nfn", {K::KwFn});
  check("\xEF\xBB\xBF#!/bin/sh\nfn", {K::KwFn});
  check("#!\n[allow(x)]",
        {K::Pound, K::Bang, K::OpenBracket, K::Ident, K::OpenParen, K::Ident, K::CloseParen, K::CloseBracket});
  Lexed lexed = lex_text(
      "\xEF\xBB\xBF"
      "fn");
  CHECK(lexed.result.tokens[0].offset == 3);
}

TEST_CASE("unknown characters", "[lex]") {
  check_errors("\\ ` \x01",
               {"unknown start of token: \\", "unknown start of token: `", "unknown start of token: \\u{1}"});
  Lexed lexed = lex_text("a\xEF\xBC\x9B");  // a fullwidth semicolon becomes `;` after the error, as in rustc
  CHECK(kind_names(kinds(lexed)) == kind_names({K::Ident, K::Semi}));
  REQUIRE(lexed.result.diagnostics.size() == 1);
  REQUIRE(lexed.result.diagnostics[0].children.size() == 1);
  CHECK(lexed.result.diagnostics[0].children[0].message ==
        "Unicode character '\xEF\xBC\x9B' (Fullwidth Semicolon) looks like ';' (Semicolon), but it is not");
}

TEST_CASE("the lexer survives arbitrary bytes", "[lex]") {
  // Deterministic pseudo-random inputs biased towards the characters that
  // start literals and comments; the test is that nothing crashes or hangs
  // and that tokens tile the text in order.
  static const char kAlphabet[] = "'\"\\/*#rbc0xe._ \n\r\t{}!u8\x00\xC3\xA9\xE2\x80\xAE\xF0\x9F\x98\x80\xFF\x80";
  const std::string alphabet(kAlphabet, sizeof kAlphabet - 1);
  uint32_t state = 12345;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    size_t length = 1 + round % 40;
    for (size_t i = 0; i < length; ++i) {
      state = state * 1103515245u + 12345u;
      text += alphabet[(state >> 16) % alphabet.size()];
    }
    for (Edition edition : {Edition::E2015, Edition::E2021, Edition::E2024}) {
      Lexed lexed = lex_text(text, edition);
      const std::vector<Token>& tokens = lexed.result.tokens;
      REQUIRE(!tokens.empty());
      REQUIRE(tokens.back().kind == TokenKind::Eof);
      REQUIRE(tokens.back().offset == text.size());
      uint32_t previous_end = 0;
      for (const Token& token : tokens) {
        REQUIRE(token.offset >= previous_end);
        REQUIRE(token.end() <= text.size());
        previous_end = token.end();
      }
    }
  }
}

namespace {

Edition edition_of(const std::string& text) {
  std::smatch match;
  Edition edition = Edition::E2021;
  if (std::regex_search(text, match, std::regex("//@ edition: (\\d+)"))) parse_edition(match[1].str(), edition);
  return edition;
}

// The `// rustc: LEVEL[CODE]: MESSAGE at LINE:COL` lines of a golden file.
std::multiset<std::string> rustc_expectations(const std::string& text) {
  std::multiset<std::string> out;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line) && line.rfind("// rustc", 0) == 0) {
    if (line.rfind("// rustc: ", 0) == 0) out.insert(line.substr(10));
  }
  return out;
}

std::multiset<std::string> our_diagnostics(const Lexed& lexed) {
  std::multiset<std::string> out;
  for (const Diagnostic& d : lexed.result.diagnostics) {
    out.insert(std::string(level_name(d.level)) + "[" + d.code + "]: " + d.message + " at " +
               position(lexed.file, d.primary.span.begin));
  }
  return out;
}

}  // namespace

TEST_CASE("golden files under tests/golden/lex", "[lex][golden]") {
  auto files = testing::files_with_suffix(testing::source_dir() / "tests/golden/lex", ".rs");
  REQUIRE(!files.empty());
  for (const auto& path : files) {
    std::string text = testing::read_text_file(path);
    Lexed lexed = lex_text(text, edition_of(text));
    INFO(path.string());
    std::string difference = testing::check_golden(path.string() + ".tokens", render(lexed));
    CHECK(difference.empty());
    if (text.rfind("// rustc", 0) == 0) CHECK(our_diagnostics(lexed) == rustc_expectations(text));
  }
}

}  // namespace sluice
