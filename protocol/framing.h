// The LSP base protocol's framing: a header block of "Name: value\r\n" fields
// ("Content-Length" required, "Content-Type" optional), a blank "\r\n", then
// exactly Content-Length bytes of UTF-8 JSON. Pure code, no I/O: the
// transports feed bytes in and write the strings this produces.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace sluice::protocol {

struct FrameDecoderOptions {
  // Bodies above this size are refused (and skipped, see FrameDecoder).
  size_t max_content_length = size_t(64) << 20;
  // A header block longer than this without its blank line is garbage.
  size_t max_header_bytes = 8 << 10;
};

// One result of decoding: a complete message body, or a framing error.
struct DecodedFrame {
  enum class Kind { body, error };
  Kind kind = Kind::body;
  std::string text;  // the body's bytes, or the error message

  bool is_error() const { return kind == Kind::error; }
};

// Splits a byte stream into message bodies, whatever the chunking.
//
// Errors never stop the decoder; each is reported once, then it resynchronises:
// - The header block parsed and gave a usable length, but the body is refused
//   (too large, or a charset other than UTF-8): the body's bytes are skipped
//   without being buffered, and decoding continues after them.
// - The length is unknown (no Content-Length, a malformed value, a malformed
//   header line, an over-long header block): everything up to the next
//   "Content-Length:" (any case, anywhere, since a body need not end with a
//   newline) is discarded. The next well-formed message is decoded normally.
// Guarded by the "framing" tests in tests/unit/protocol_test.cpp.
//
// Not thread-safe: one reader owns it.
class FrameDecoder {
 public:
  explicit FrameDecoder(FrameDecoderOptions options = {});

  // Appends bytes read from the stream.
  void feed(std::string_view bytes);
  // The next complete body or error, or nothing when more bytes are needed.
  std::optional<DecodedFrame> next();
  // True when no partial message is buffered: the stream may end here
  // without losing anything.
  bool at_message_boundary() const;

 private:
  enum class State { header, body, skip_body, resync };

  std::optional<DecodedFrame> decode_header();
  std::optional<DecodedFrame> decode_body();
  void skip_body_bytes();
  void resynchronise();
  std::string_view pending() const { return std::string_view(buffer_).substr(start_); }
  void consume(size_t count);
  DecodedFrame fail(std::string message, State next_state);

  FrameDecoderOptions options_;
  State state_ = State::header;
  std::string buffer_;
  size_t start_ = 0;           // bytes of buffer_ before this are consumed
  size_t content_length_ = 0;  // in State::body and State::skip_body: bytes still expected
};

// "Content-Length: N\r\n\r\n" followed by `body`.
std::string frame_message(std::string_view body);
// Compact JSON text for a message. Invalid UTF-8 in strings is replaced by
// U+FFFD instead of throwing, so a bad file name can never break the writer.
std::string serialize_message(const nlohmann::json& message);

}  // namespace sluice::protocol
