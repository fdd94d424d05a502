// Source files and positions. A file is interned once in a SourceMap and named
// by its FileId from then on; its text never changes (a new revision of a
// file is a new FileId). Offsets are UTF-8 byte offsets into the text.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/base/id.h"

namespace sluice {

struct FileTag;
using FileId = Id<FileTag>;

// A half-open byte range [begin, end) in one file.
struct Span {
  FileId file;
  uint32_t begin = 0;
  uint32_t end = 0;
  bool is_none() const { return file.is_none(); }
  uint32_t length() const { return end - begin; }
  bool contains(const Span& inner) const { return inner.file == file && inner.begin >= begin && inner.end <= end; }
  bool operator==(const Span&) const = default;
};

// Zero-based line; column in UTF-8 bytes from the line start.
struct LineColumn {
  uint32_t line = 0;
  uint32_t column = 0;
};

// One immutable source text with its line index. Thread-safe: never mutated
// after construction.
class SourceFile {
 public:
  SourceFile(FileId id, std::string path, std::string text);

  FileId id() const { return id_; }
  // The path as the user should see it in diagnostics (relative where possible).
  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  uint32_t size() const { return static_cast<uint32_t>(text_.size()); }
  uint32_t line_count() const { return static_cast<uint32_t>(line_starts_.size()); }

  // Offsets past the end clamp to the end of the text.
  LineColumn line_column(uint32_t offset) const;
  uint32_t line_start(uint32_t line) const { return line_starts_[line]; }
  // The line's text without its terminating "\n" or "\r\n".
  std::string_view line_text(uint32_t line) const;

  // Columns counted in Unicode scalar values (rustc's 1-based "column" in JSON
  // counts these) and in UTF-16 code units (the LSP default).
  uint32_t char_column(uint32_t offset) const;
  uint32_t utf16_column(uint32_t offset) const;
  // The byte offset of a UTF-16 position; a column past the end of the line
  // clamps to the line end, a line past the end clamps to the end of the text.
  uint32_t offset_from_utf16(uint32_t line, uint32_t utf16_column) const;
  uint32_t offset_from_utf8(uint32_t line, uint32_t byte_column) const;

 private:
  FileId id_;
  std::string path_;
  std::string text_;
  std::vector<uint32_t> line_starts_;
};

// Interns files. Thread-safe: files are added from parallel parse tasks as
// `mod m;` declarations are discovered. References returned by file() stay
// valid for the map's lifetime.
class SourceMap {
 public:
  FileId add(std::string path, std::string text);
  const SourceFile& file(FileId id) const;
  // The file last added under `path`; none if there is none.
  FileId find(std::string_view path) const;
  size_t size() const;

 private:
  mutable std::mutex mutex_;
  std::deque<std::unique_ptr<SourceFile>> files_;
  std::unordered_map<std::string_view, FileId> by_path_;  // views the files' own paths
};

// Appends the UTF-8 encoding of a code point.
void append_utf8(std::string& out, char32_t code_point);
// Decodes the code point at `index` and advances past it; a byte that starts
// no valid sequence decodes as itself, so nothing is ever lost.
char32_t decode_utf8(std::string_view text, size_t& index);

// Whether `text` is well-formed UTF-8 (no overlongs, surrogates or values
// past U+10FFFF), as Rust's String requires of source files.
bool is_valid_utf8(std::string_view text);

}  // namespace sluice
