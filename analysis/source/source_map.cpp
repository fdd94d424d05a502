#include <algorithm>
#include <cstring>

#include "analysis/source/source.h"

namespace sluice {

SourceFile::SourceFile(FileId id, std::string path, std::string text)
    : id_(id), path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  line_starts_.reserve(text_.size() / 32 + 1);
  // As in rustc, a newline at the very end starts no line: the end of the
  // file stays on the last line ("11:3", not "12:1").
  const char* begin = text_.data();
  const char* end = begin + text_.size();
  for (const char* p = begin; p < end;) {
    const void* found = std::memchr(p, '\n', static_cast<size_t>(end - p));
    if (found == nullptr) break;
    p = static_cast<const char*>(found) + 1;
    if (p < end) line_starts_.push_back(static_cast<uint32_t>(p - begin));
  }
}

LineColumn SourceFile::line_column(uint32_t offset) const {
  offset = std::min(offset, size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  uint32_t line = static_cast<uint32_t>(it - line_starts_.begin()) - 1;
  return {line, offset - line_starts_[line]};
}

std::string_view SourceFile::line_text(uint32_t line) const {
  if (line >= line_count()) return {};
  uint32_t begin = line_starts_[line];
  uint32_t end = line + 1 < line_count() ? line_starts_[line + 1] : size();
  if (end > begin && text_[end - 1] == '\n') --end;
  if (end > begin && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(begin, end - begin);
}

static bool is_utf8_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

uint32_t SourceFile::char_column(uint32_t offset) const {
  offset = std::min(offset, size());
  uint32_t begin = line_starts_[line_column(offset).line];
  uint32_t count = 0;
  for (uint32_t i = begin; i < offset; ++i) {
    if (!is_utf8_continuation(static_cast<unsigned char>(text_[i]))) ++count;
  }
  return count;
}

uint32_t SourceFile::utf16_column(uint32_t offset) const {
  offset = std::min(offset, size());
  uint32_t begin = line_starts_[line_column(offset).line];
  uint32_t units = 0;
  for (uint32_t i = begin; i < offset; ++i) {
    auto c = static_cast<unsigned char>(text_[i]);
    if (is_utf8_continuation(c)) continue;
    units += (c >= 0xF0) ? 2 : 1;  // four-byte sequences are surrogate pairs
  }
  return units;
}

uint32_t SourceFile::offset_from_utf16(uint32_t line, uint32_t utf16_column) const {
  if (line >= line_count()) return size();
  std::string_view text = line_text(line);
  uint32_t begin = line_starts_[line];
  uint32_t units = 0;
  uint32_t i = 0;
  while (i < text.size() && units < utf16_column) {
    auto c = static_cast<unsigned char>(text[i]);
    uint32_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    units += length == 4 ? 2 : 1;
    i = std::min<uint32_t>(i + length, static_cast<uint32_t>(text.size()));
  }
  return begin + i;
}

uint32_t SourceFile::offset_from_utf8(uint32_t line, uint32_t byte_column) const {
  if (line >= line_count()) return size();
  uint32_t length = static_cast<uint32_t>(line_text(line).size());
  return line_starts_[line] + std::min(byte_column, length);
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

char32_t decode_utf8(std::string_view text, size_t& i) {
  auto c = static_cast<unsigned char>(text[i]);
  size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  if (i + length > text.size()) length = 1;
  char32_t value = length == 1 ? c : length == 2 ? (c & 0x1F) : length == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < length; ++k) value = (value << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  i += length;
  return value;
}

bool is_valid_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size(), i = 0;
  while (i < n) {
    // Fast path: sixteen ASCII bytes at a time (source is mostly ASCII).
    if (i + 16 <= n) {
      uint64_t a, b;
      std::memcpy(&a, bytes + i, 8);
      std::memcpy(&b, bytes + i + 8, 8);
      if (((a | b) & 0x8080808080808080ull) == 0) {
        i += 16;
        continue;
      }
    }
    unsigned char c = bytes[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t length = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (length == 0 || i + length > n) return false;
    uint32_t code = c & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
    for (size_t k = 1; k < length; ++k) {
      if ((bytes[i + k] & 0xC0) != 0x80) return false;
      code = (code << 6) | (bytes[i + k] & 0x3F);
    }
    static constexpr uint32_t kMinimum[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < kMinimum[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
    i += length;
  }
  return true;
}

FileId SourceMap::add(std::string path, std::string text) {
  std::lock_guard lock(mutex_);
  FileId id(static_cast<uint32_t>(files_.size()));
  files_.push_back(std::make_unique<SourceFile>(id, std::move(path), std::move(text)));
  by_path_[files_.back()->path()] = id;
  return id;
}

FileId SourceMap::find(std::string_view path) const {
  std::lock_guard lock(mutex_);
  auto found = by_path_.find(path);
  return found == by_path_.end() ? FileId::none() : found->second;
}

const SourceFile& SourceMap::file(FileId id) const {
  std::lock_guard lock(mutex_);
  return *files_[id.index];
}

size_t SourceMap::size() const {
  std::lock_guard lock(mutex_);
  return files_.size();
}

}  // namespace sluice
