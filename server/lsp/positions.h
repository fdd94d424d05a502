// LSP positions in the negotiated encoding (utf-8: bytes; utf-16: code
// units, the default) and byte offsets into a file, both ways. Only this
// layer knows LSP positions; the engine speaks byte offsets.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "analysis/source/source.h"
#include "protocol/lsp_types.h"

namespace sluice::lsp {

enum class PositionEncoding : uint8_t { Utf8, Utf16 };

// "utf-8" -> Utf8; anything else (the spec's default) -> Utf16.
PositionEncoding position_encoding_from_name(std::string_view name);

protocol::Position to_position(const SourceFile& file, uint32_t offset, PositionEncoding encoding);
protocol::Range to_range(const SourceFile& file, Span span, PositionEncoding encoding);

// The byte offset of `position` in `file`. A character past the end of its
// line means the line's end (the spec's rule); a line past the end of the
// text is an error (nullopt), as is a position inside a UTF-16 surrogate
// pair or a UTF-8 sequence.
std::optional<uint32_t> to_offset(const SourceFile& file, const protocol::Position& position,
                                  PositionEncoding encoding);

}  // namespace sluice::lsp
