#include "protocol/framing.h"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace sluice::protocol {

namespace {

constexpr std::string_view content_length_prefix = "content-length:";

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return ascii_lower(x) == ascii_lower(y); });
}

size_t find_ignoring_case(std::string_view haystack, std::string_view needle) {
  auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                        [](char x, char y) { return ascii_lower(x) == ascii_lower(y); });
  return it == haystack.end() ? std::string_view::npos : size_t(it - haystack.begin());
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// Decimal digits only: no sign, no spaces inside, no overflow.
std::optional<uint64_t> parse_content_length(std::string_view text) {
  if (text.empty() || text.size() > 20) return std::nullopt;
  uint64_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    uint64_t digit = uint64_t(c - '0');
    if (value > (std::numeric_limits<uint64_t>::max() - digit) / 10) return std::nullopt;
    value = value * 10 + digit;
  }
  return value;
}

// The spec allows only UTF-8 (and, for old clients, "utf8"); a missing
// charset means the default, UTF-8.
bool content_type_is_utf8(std::string_view value) {
  size_t charset = find_ignoring_case(value, "charset=");
  if (charset == std::string_view::npos) return true;
  std::string_view name = value.substr(charset + 8);
  name = trim(name.substr(0, name.find(';')));
  if (name.size() >= 2 && name.front() == '"' && name.back() == '"') name = name.substr(1, name.size() - 2);
  return equals_ignoring_case(name, "utf-8") || equals_ignoring_case(name, "utf8");
}

// What one header block says, or where it went wrong.
struct HeaderBlock {
  std::optional<uint64_t> content_length;
  bool utf8 = true;
  std::string error;          // set when the block is malformed
  size_t error_line_end = 0;  // bytes of the block up to and including the bad line
};

// Applies one "Name: value" line to `block`; returns an error message or "".
std::string apply_header_line(std::string_view line, HeaderBlock& block) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0) return "malformed header line (expected \"Name: value\")";
  std::string_view name = line.substr(0, colon);
  if (name.find_first_of(" \t") != std::string_view::npos) return "malformed header name";
  std::string_view value = trim(line.substr(colon + 1));
  if (equals_ignoring_case(name, "Content-Length")) {
    std::optional<uint64_t> length = parse_content_length(value);
    if (!length) return "Content-Length is not a decimal byte count: \"" + std::string(value.substr(0, 40)) + "\"";
    if (block.content_length && *block.content_length != *length) return "conflicting Content-Length headers";
    block.content_length = length;
  } else if (equals_ignoring_case(name, "Content-Type")) {
    block.utf8 = content_type_is_utf8(value);
  }
  // Other fields are allowed by the spec's HTTP-like structure and ignored.
  return "";
}

// `text` is a complete header block, ending with its blank line.
HeaderBlock parse_header_block(std::string_view text) {
  HeaderBlock block;
  size_t line_start = 0;
  while (true) {
    size_t newline = text.find('\n', line_start);
    std::string_view line = text.substr(line_start, newline - line_start);
    block.error_line_end = newline + 1;
    if (line.empty() || line.back() != '\r') {
      block.error = "header line not terminated by \\r\\n";
      return block;
    }
    line.remove_suffix(1);
    if (line.empty()) break;  // the blank line ends the block
    if (std::string error = apply_header_line(line, block); !error.empty()) {
      block.error = std::move(error);
      return block;
    }
    line_start = newline + 1;
  }
  if (!block.content_length) block.error = "missing Content-Length header";
  return block;
}

}  // namespace

FrameDecoder::FrameDecoder(FrameDecoderOptions options) : options_(options) {}

void FrameDecoder::feed(std::string_view bytes) { buffer_.append(bytes); }

bool FrameDecoder::at_message_boundary() const {
  return (state_ == State::header || state_ == State::resync) && pending().empty();
}

std::optional<DecodedFrame> FrameDecoder::next() {
  // Each step either yields a frame, or consumes bytes / changes state, or
  // needs more input; loop until one of the first or the last happens.
  while (true) {
    State state_before = state_;
    size_t start_before = start_;
    std::optional<DecodedFrame> frame;
    switch (state_) {
      case State::header: frame = decode_header(); break;
      case State::body: frame = decode_body(); break;
      case State::skip_body: skip_body_bytes(); break;
      case State::resync: resynchronise(); break;
    }
    if (frame) return frame;
    if (state_ == state_before && start_ == start_before) return std::nullopt;
  }
}

std::optional<DecodedFrame> FrameDecoder::decode_header() {
  std::string_view bytes = pending();
  size_t blank_line = bytes.find("\r\n\r\n");
  if (blank_line == std::string_view::npos) {
    if (bytes.size() <= options_.max_header_bytes) return std::nullopt;
    consume(bytes.size());
    return fail("header block longer than " + std::to_string(options_.max_header_bytes) + " bytes", State::resync);
  }
  size_t block_size = blank_line + 4;
  HeaderBlock block = parse_header_block(bytes.substr(0, block_size));
  if (!block.error.empty()) {
    // The body's length is unknown: drop only the bad line, so that a real
    // header later in this block can still be found by resynchronising.
    consume(block.error_line_end);
    return fail(block.error, State::resync);
  }
  consume(block_size);
  content_length_ = size_t(std::min<uint64_t>(*block.content_length, std::numeric_limits<size_t>::max()));
  if (content_length_ > options_.max_content_length) {
    return fail("Content-Length " + std::to_string(*block.content_length) + " exceeds the limit of " +
                    std::to_string(options_.max_content_length) + " bytes; the body is skipped",
                State::skip_body);
  }
  if (!block.utf8) return fail("Content-Type charset is not utf-8; the body is skipped", State::skip_body);
  state_ = State::body;
  return std::nullopt;
}

std::optional<DecodedFrame> FrameDecoder::decode_body() {
  std::string_view bytes = pending();
  if (bytes.size() < content_length_) return std::nullopt;
  DecodedFrame frame{DecodedFrame::Kind::body, std::string(bytes.substr(0, content_length_))};
  consume(content_length_);
  state_ = State::header;
  return frame;
}

void FrameDecoder::skip_body_bytes() {
  size_t count = std::min(pending().size(), content_length_);
  consume(count);
  content_length_ -= count;
  if (content_length_ == 0) state_ = State::header;
}

void FrameDecoder::resynchronise() {
  std::string_view bytes = pending();
  size_t header = find_ignoring_case(bytes, content_length_prefix);
  if (header != std::string_view::npos) {
    consume(header);
    state_ = State::header;
    return;
  }
  // Keep a tail that may be the start of a "Content-Length:" split by the chunking.
  size_t keep = std::min(bytes.size(), content_length_prefix.size() - 1);
  consume(bytes.size() - keep);
}

void FrameDecoder::consume(size_t count) {
  start_ += count;
  if (start_ == buffer_.size()) {
    buffer_.clear();
    start_ = 0;
  } else if (start_ > 4096 && start_ > buffer_.size() / 2) {
    // Compact now and then, so a stream of many small messages stays linear.
    buffer_.erase(0, start_);
    start_ = 0;
  }
}

DecodedFrame FrameDecoder::fail(std::string message, State next_state) {
  state_ = next_state;
  return DecodedFrame{DecodedFrame::Kind::error, std::move(message)};
}

std::string frame_message(std::string_view body) {
  std::string framed = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  framed.append(body);
  return framed;
}

std::string serialize_message(const nlohmann::json& message) {
  return message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace sluice::protocol
