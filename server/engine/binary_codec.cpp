#include "server/engine/binary_codec.h"

namespace sluice {

namespace {

constexpr uint64_t kMultiplier1 = 0x9e3779b97f4a7c15ULL;
constexpr uint64_t kMultiplier2 = 0xc2b2ae3d27d4eb4fULL;

uint64_t rotate_left(uint64_t value, unsigned bits) { return (value << bits) | (value >> (64 - bits)); }

uint64_t mix_word(uint64_t state, uint64_t word) {
  return rotate_left(state ^ (word * kMultiplier1), 31) * kMultiplier2;
}

// Spreads every input bit over the whole result (MurmurHash3's finaliser).
uint64_t avalanche(uint64_t value) {
  value ^= value >> 33;
  value *= 0xff51afd7ed558ccdULL;
  value ^= value >> 33;
  value *= 0xc4ceb9fe1a85ec53ULL;
  value ^= value >> 33;
  return value;
}

// Little-endian on every host, so a hash means the same everywhere.
uint64_t load_le(const char* bytes, size_t count) {
  uint64_t word = 0;
  for (size_t i = 0; i < count; ++i) word |= uint64_t(static_cast<uint8_t>(bytes[i])) << (8 * i);
  return word;
}

}  // namespace

void StableHasher::bytes(std::string_view data) {
  const char* p = data.data();
  size_t n = data.size();
  length_ += n;
  while (n >= 8) {
    state_ = mix_word(state_, load_le(p, 8));
    p += 8;
    n -= 8;
  }
  // The tail is tagged with its length, so "a" and "a\0" differ.
  if (n > 0) state_ = mix_word(state_, load_le(p, n) ^ (uint64_t(n) << 56));
}

void StableHasher::u64(uint64_t value) {
  length_ += 8;
  state_ = mix_word(state_, value);
}

uint64_t StableHasher::finish() const { return avalanche(state_ ^ length_); }

uint64_t stable_hash(std::string_view data) {
  StableHasher hasher;
  hasher.bytes(data);
  return hasher.finish();
}

}  // namespace sluice
