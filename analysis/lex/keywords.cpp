// Token kind names, editions and keyword recognition.
#include <array>
#include <cstring>

#include "analysis/lex/lex.h"
#include "analysis/lex/lexer.h"

namespace sluice {

namespace {

struct TokenKindInfo {
  std::string_view name;
  std::string_view spelling;
};

constexpr std::array<TokenKindInfo, static_cast<size_t>(TokenKind::Count)> kTokenKindInfos = {{
#define SLUICE_TOKEN(name, spelling) {#name, spelling},
#include "analysis/lex/token_kinds.def"
#undef SLUICE_TOKEN
}};

}  // namespace

std::string_view token_kind_name(TokenKind kind) {
  size_t index = static_cast<size_t>(kind);
  return index < kTokenKindInfos.size() ? kTokenKindInfos[index].name : "Count";
}

std::string_view token_kind_spelling(TokenKind kind) {
  size_t index = static_cast<size_t>(kind);
  return index < kTokenKindInfos.size() ? kTokenKindInfos[index].spelling : "";
}

bool is_keyword(TokenKind kind) { return kind >= TokenKind::KwAs && kind <= TokenKind::KwGen; }

bool is_literal(TokenKind kind) { return kind >= TokenKind::IntLiteral && kind <= TokenKind::RawCStrLiteral; }

namespace lex_detail {

namespace {

// Compares a candidate identifier with a keyword of the same length.
template <size_t N>
inline bool equals(const char* text, const char (&keyword)[N]) {
  return std::memcmp(text, keyword, N - 1) == 0;
}

TokenKind edition_keyword(TokenKind kind, Edition edition, Edition since) {
  return edition >= since ? kind : TokenKind::Ident;
}

}  // namespace

// A switch on length and first letter, then one memcmp: identifiers are the
// most common token, so this is on the hot path.
TokenKind keyword_kind(std::string_view word, Edition edition) {
  const char* s = word.data();
  switch (word.size()) {
    case 2:
      switch (s[0]) {
        case 'a': return equals(s, "as") ? TokenKind::KwAs : TokenKind::Ident;
        case 'd': return equals(s, "do") ? TokenKind::KwDo : TokenKind::Ident;
        case 'f': return equals(s, "fn") ? TokenKind::KwFn : TokenKind::Ident;
        case 'i':
          if (s[1] == 'f') return TokenKind::KwIf;
          if (s[1] == 'n') return TokenKind::KwIn;
          return TokenKind::Ident;
      }
      return TokenKind::Ident;
    case 3:
      switch (s[0]) {
        case 'b': return equals(s, "box") ? TokenKind::KwBox : TokenKind::Ident;
        case 'd':
          return equals(s, "dyn") ? edition_keyword(TokenKind::KwDyn, edition, Edition::E2018) : TokenKind::Ident;
        case 'f': return equals(s, "for") ? TokenKind::KwFor : TokenKind::Ident;
        case 'g':
          return equals(s, "gen") ? edition_keyword(TokenKind::KwGen, edition, Edition::E2024) : TokenKind::Ident;
        case 'l': return equals(s, "let") ? TokenKind::KwLet : TokenKind::Ident;
        case 'm':
          if (equals(s, "mod")) return TokenKind::KwMod;
          if (equals(s, "mut")) return TokenKind::KwMut;
          return TokenKind::Ident;
        case 'p': return equals(s, "pub") ? TokenKind::KwPub : TokenKind::Ident;
        case 'r': return equals(s, "ref") ? TokenKind::KwRef : TokenKind::Ident;
        case 't':
          return equals(s, "try") ? edition_keyword(TokenKind::KwTry, edition, Edition::E2018) : TokenKind::Ident;
        case 'u': return equals(s, "use") ? TokenKind::KwUse : TokenKind::Ident;
      }
      return TokenKind::Ident;
    case 4:
      switch (s[0]) {
        case 'S': return equals(s, "Self") ? TokenKind::KwSelfType : TokenKind::Ident;
        case 'e':
          if (equals(s, "else")) return TokenKind::KwElse;
          if (equals(s, "enum")) return TokenKind::KwEnum;
          return TokenKind::Ident;
        case 'i': return equals(s, "impl") ? TokenKind::KwImpl : TokenKind::Ident;
        case 'l': return equals(s, "loop") ? TokenKind::KwLoop : TokenKind::Ident;
        case 'm': return equals(s, "move") ? TokenKind::KwMove : TokenKind::Ident;
        case 'p': return equals(s, "priv") ? TokenKind::KwPriv : TokenKind::Ident;
        case 's': return equals(s, "self") ? TokenKind::KwSelfValue : TokenKind::Ident;
        case 't':
          if (equals(s, "true")) return TokenKind::KwTrue;
          if (equals(s, "type")) return TokenKind::KwType;
          return TokenKind::Ident;
      }
      return TokenKind::Ident;
    case 5:
      switch (s[0]) {
        case 'a':
          if (equals(s, "async")) return edition_keyword(TokenKind::KwAsync, edition, Edition::E2018);
          if (equals(s, "await")) return edition_keyword(TokenKind::KwAwait, edition, Edition::E2018);
          return TokenKind::Ident;
        case 'b': return equals(s, "break") ? TokenKind::KwBreak : TokenKind::Ident;
        case 'c':
          if (equals(s, "const")) return TokenKind::KwConst;
          if (equals(s, "crate")) return TokenKind::KwCrate;
          return TokenKind::Ident;
        case 'f':
          if (equals(s, "false")) return TokenKind::KwFalse;
          if (equals(s, "final")) return TokenKind::KwFinal;
          return TokenKind::Ident;
        case 'm':
          if (equals(s, "macro")) return TokenKind::KwMacro;
          if (equals(s, "match")) return TokenKind::KwMatch;
          return TokenKind::Ident;
        case 's': return equals(s, "super") ? TokenKind::KwSuper : TokenKind::Ident;
        case 't': return equals(s, "trait") ? TokenKind::KwTrait : TokenKind::Ident;
        case 'w':
          if (equals(s, "where")) return TokenKind::KwWhere;
          if (equals(s, "while")) return TokenKind::KwWhile;
          return TokenKind::Ident;
        case 'y': return equals(s, "yield") ? TokenKind::KwYield : TokenKind::Ident;
      }
      return TokenKind::Ident;
    case 6:
      switch (s[0]) {
        case 'b': return equals(s, "become") ? TokenKind::KwBecome : TokenKind::Ident;
        case 'e': return equals(s, "extern") ? TokenKind::KwExtern : TokenKind::Ident;
        case 'r': return equals(s, "return") ? TokenKind::KwReturn : TokenKind::Ident;
        case 's':
          if (equals(s, "static")) return TokenKind::KwStatic;
          if (equals(s, "struct")) return TokenKind::KwStruct;
          return TokenKind::Ident;
        case 't': return equals(s, "typeof") ? TokenKind::KwTypeof : TokenKind::Ident;
        case 'u': return equals(s, "unsafe") ? TokenKind::KwUnsafe : TokenKind::Ident;
      }
      return TokenKind::Ident;
    case 7:
      switch (s[0]) {
        case 'u': return equals(s, "unsized") ? TokenKind::KwUnsized : TokenKind::Ident;
        case 'v': return equals(s, "virtual") ? TokenKind::KwVirtual : TokenKind::Ident;
      }
      return TokenKind::Ident;
    case 8:
      switch (s[0]) {
        case 'a': return equals(s, "abstract") ? TokenKind::KwAbstract : TokenKind::Ident;
        case 'c': return equals(s, "continue") ? TokenKind::KwContinue : TokenKind::Ident;
        case 'o': return equals(s, "override") ? TokenKind::KwOverride : TokenKind::Ident;
      }
      return TokenKind::Ident;
  }
  return TokenKind::Ident;
}

}  // namespace lex_detail
}  // namespace sluice
