// Token kind names, editions and keyword recognition.
#include <array>
#include <bit>
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

// Keywords are looked up by hashing the identifier's bytes, packed into a
// 64-bit integer (no keyword is longer than 8 bytes), into a table with one
// keyword per slot: one multiply and one compare per identifier, with no
// data-dependent branch until the final "is it this keyword?".
struct KeywordSlot {
  uint64_t packed = 0;  // 0: empty (no identifier packs to 0)
  TokenKind kind = TokenKind::Ident;
  Edition since = Edition::E2015;
};

constexpr size_t kKeywordSlotBits = 8;  // 256 slots for about 50 keywords

struct KeywordTable {
  uint64_t multiplier = 0;
  std::array<KeywordSlot, size_t{1} << kKeywordSlotBits> slots{};

  constexpr size_t slot_of(uint64_t packed) const { return static_cast<size_t>((packed * multiplier) >> (64 - kKeywordSlotBits)); }
};

constexpr uint64_t pack_word(std::string_view word) {
  uint64_t packed = 0;
  for (size_t i = 0; i < word.size(); ++i) packed |= uint64_t(static_cast<unsigned char>(word[i])) << (8 * i);
  return packed;
}

constexpr Edition keyword_since(TokenKind kind) {
  switch (kind) {
    case TokenKind::KwAsync:
    case TokenKind::KwAwait:
    case TokenKind::KwDyn:
    case TokenKind::KwTry: return Edition::E2018;
    case TokenKind::KwGen: return Edition::E2024;
    default: return Edition::E2015;
  }
}

// Tries multipliers until every keyword has a slot of its own; evaluated by
// the compiler, so a keyword added to token_kinds.def that collides only
// makes it try further (and a table that cannot be built fails to compile).
constexpr KeywordTable make_keyword_table() {
  constexpr size_t kFirst = size_t(TokenKind::KwAs), kCount = size_t(TokenKind::KwGen) - kFirst + 1;
  std::array<uint64_t, kCount> packed{};
  for (size_t i = 0; i < kCount; ++i) {
    std::string_view spelling = kTokenKindInfos[kFirst + i].spelling;
    if (spelling.size() > 8) throw "a keyword longer than 8 bytes";
    packed[i] = pack_word(spelling);
  }
  uint64_t candidate = 0x9E3779B97F4A7C15ULL;
  for (int attempt = 0; attempt < 20000; ++attempt) {
    KeywordTable table;
    table.multiplier = candidate | 1;
    bool collision = false;
    for (size_t i = 0; i < kCount && !collision; ++i) {
      KeywordSlot& slot = table.slots[table.slot_of(packed[i])];
      collision = slot.packed != 0;
      TokenKind kind = static_cast<TokenKind>(kFirst + i);
      slot = KeywordSlot{packed[i], kind, keyword_since(kind)};
    }
    if (!collision) return table;
    candidate = candidate * 6364136223846793005ULL + 1442695040888963407ULL;
  }
  throw "no collision-free keyword table";  // not constant: a compile error
}

constexpr KeywordTable kKeywordTable = make_keyword_table();

}  // namespace

TokenKind keyword_kind(std::string_view word, Edition edition, bool eight_bytes_readable) {
  if (word.size() - 2 > 6) return TokenKind::Ident;  // keywords have 2 to 8 bytes
  uint64_t packed;
  if (eight_bytes_readable && std::endian::native == std::endian::little) {
    std::memcpy(&packed, word.data(), 8);
    packed &= ~uint64_t{0} >> (64 - 8 * word.size());
  } else {
    packed = pack_word(word);
  }
  const KeywordSlot& slot = kKeywordTable.slots[kKeywordTable.slot_of(packed)];
  if (slot.packed != packed) return TokenKind::Ident;
  return edition >= slot.since ? slot.kind : TokenKind::Ident;
}

}  // namespace lex_detail
}  // namespace sluice
