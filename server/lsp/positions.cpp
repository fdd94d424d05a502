#include "server/lsp/positions.h"

namespace sluice::lsp {

PositionEncoding position_encoding_from_name(std::string_view name) {
  return name == "utf-8" ? PositionEncoding::Utf8 : PositionEncoding::Utf16;
}

protocol::Position to_position(const SourceFile& file, uint32_t offset, PositionEncoding encoding) {
  LineColumn lc = file.line_column(offset);
  protocol::Position position;
  position.line = lc.line;
  position.character = encoding == PositionEncoding::Utf8 ? lc.column : file.utf16_column(offset);
  return position;
}

protocol::Range to_range(const SourceFile& file, Span span, PositionEncoding encoding) {
  return protocol::Range{to_position(file, span.begin, encoding), to_position(file, span.end, encoding)};
}

std::optional<uint32_t> to_offset(const SourceFile& file, const protocol::Position& position,
                                  PositionEncoding encoding) {
  uint32_t line = position.line;
  // The position just past a final newline is the start of an empty last line.
  if (line >= file.line_count()) {
    bool after_final_newline = line == file.line_count() && !file.text().empty() && file.text().back() == '\n';
    if (!after_final_newline) return std::nullopt;
    return file.size();
  }
  std::string_view text = file.line_text(line);
  uint32_t start = file.line_start(line);
  uint32_t wanted = position.character;
  uint32_t units = 0;
  size_t i = 0;
  while (i < text.size() && units < wanted) {
    size_t before = i;
    char32_t c = decode_utf8(text, i);
    uint32_t width = encoding == PositionEncoding::Utf8 ? static_cast<uint32_t>(i - before) : (c >= 0x10000 ? 2 : 1);
    if (units + width > wanted) return std::nullopt;  // inside a character
    units += width;
  }
  return start + static_cast<uint32_t>(i);
}

}  // namespace sluice::lsp
