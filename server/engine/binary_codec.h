// The pieces of sluice's on-disk formats (target/sluice/meta/*.smeta): a
// stable 64-bit content hash, and a byte writer and reader for compact
// little-endian records. The reader never trusts its input: every read is
// bounds-checked, a failed read sets `failed()` and yields zero or empty
// values, and lengths are checked against the bytes left before anything
// is allocated, so a truncated or corrupted file costs a rebuild, never a
// crash or a huge allocation.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace sluice {

// A 64-bit hash with the same value on every run and machine (unlike
// std::hash): fingerprints and interface hashes are compared across runs.
// Not cryptographic; collisions among a workspace's few thousand inputs
// are negligible at 64 bits.
class StableHasher {
 public:
  void bytes(std::string_view data);
  void u64(uint64_t value);
  // Length-prefixed: ("ab","c") and ("a","bc") hash differently.
  void string(std::string_view text) {
    u64(text.size());
    bytes(text);
  }
  uint64_t finish() const;

 private:
  uint64_t state_ = 0x243f6a8885a308d3ULL;
  uint64_t length_ = 0;
};

uint64_t stable_hash(std::string_view data);

// Appends to a string buffer. Integers are LEB128 varints (small values, the
// common case, take one byte).
class ByteWriter {
 public:
  void u8(uint8_t value) { out_.push_back(static_cast<char>(value)); }
  void varint(uint64_t value) {
    while (value >= 0x80) {
      out_.push_back(static_cast<char>((value & 0x7f) | 0x80));
      value >>= 7;
    }
    out_.push_back(static_cast<char>(value));
  }
  // An optional index: UINT32_MAX (none) is written as 0, i as i + 1.
  void index(uint32_t value) { varint(value == UINT32_MAX ? 0 : uint64_t(value) + 1); }
  void fixed64(uint64_t value) {
    char bytes[8];
    for (int i = 0; i < 8; ++i) bytes[i] = static_cast<char>((value >> (8 * i)) & 0xff);
    out_.append(bytes, 8);
  }
  void string(std::string_view text) {
    varint(text.size());
    out_.append(text);
  }
  std::string& buffer() { return out_; }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view data) : data_(data) {}

  bool failed() const { return failed_; }
  bool at_end() const { return position_ == data_.size(); }
  size_t remaining() const { return data_.size() - position_; }
  size_t position() const { return position_; }
  void fail() { failed_ = true; position_ = data_.size(); }

  uint8_t u8() {
    if (remaining() < 1) return fail(), 0;
    return static_cast<uint8_t>(data_[position_++]);
  }
  uint64_t varint() {
    uint64_t value = 0;
    for (unsigned shift = 0; shift < 64; shift += 7) {
      uint8_t byte = u8();
      if (failed_) return 0;
      value |= uint64_t(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return value;
    }
    return fail(), 0;
  }
  uint32_t u32() {
    uint64_t value = varint();
    if (value > UINT32_MAX) return fail(), 0;
    return static_cast<uint32_t>(value);
  }
  uint32_t index() {
    uint64_t value = varint();
    if (value > UINT32_MAX) return fail(), 0;
    return value == 0 ? UINT32_MAX : static_cast<uint32_t>(value - 1);
  }
  uint64_t fixed64() {
    if (remaining() < 8) return fail(), 0;
    uint64_t value = 0;
    for (int i = 0; i < 8; ++i) value |= uint64_t(static_cast<uint8_t>(data_[position_ + i])) << (8 * i);
    position_ += 8;
    return value;
  }
  // A view into the input: valid as long as the input is.
  std::string_view string() {
    uint64_t size = varint();
    if (size > remaining()) return fail(), std::string_view();
    std::string_view text = data_.substr(position_, size);
    position_ += size;
    return text;
  }
  // A count of elements each at least `min_bytes` long: more than the bytes
  // left could hold means corruption (checked before anything is reserved).
  size_t count(size_t min_bytes = 1) {
    uint64_t n = varint();
    if (n > remaining() / (min_bytes == 0 ? 1 : min_bytes)) return fail(), 0;
    return static_cast<size_t>(n);
  }

 private:
  std::string_view data_;
  size_t position_ = 0;
  bool failed_ = false;
};

}  // namespace sluice
