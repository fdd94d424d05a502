#include "protocol/uri.h"

#include <optional>

namespace sluice::protocol {

namespace {

UriConversion failure(std::string message) { return UriConversion{"", std::move(message)}; }

// RFC 3986 unreserved characters, plus the path separator.
bool kept_verbatim(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~' || c == '/';
}

std::optional<int> hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return std::nullopt;
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

UriConversion percent_decode(std::string_view encoded) {
  std::string decoded;
  decoded.reserve(encoded.size());
  for (size_t i = 0; i < encoded.size(); ++i) {
    if (encoded[i] != '%') {
      decoded.push_back(encoded[i]);
      continue;
    }
    std::optional<int> high = i + 1 < encoded.size() ? hex_value(encoded[i + 1]) : std::nullopt;
    std::optional<int> low = i + 2 < encoded.size() ? hex_value(encoded[i + 2]) : std::nullopt;
    if (!high || !low) return failure("malformed percent-escape in URI path");
    char byte = char(*high * 16 + *low);
    if (byte == '\0') return failure("URI path contains an encoded NUL byte");
    decoded.push_back(byte);
    i += 2;
  }
  return UriConversion{std::move(decoded), ""};
}

}  // namespace

UriConversion path_from_file_uri(std::string_view uri) {
  if (!starts_with_ignoring_case(uri, "file:")) return failure("not a file URI: " + std::string(uri));
  std::string_view rest = uri.substr(5);
  if (rest.find_first_of("?#") != std::string_view::npos) return failure("file URI with a query or fragment");
  if (rest.substr(0, 2) == "//") {
    rest.remove_prefix(2);
    size_t path_start = rest.find('/');
    std::string_view host = rest.substr(0, path_start);
    bool local = host.empty() || (host.size() == 9 && starts_with_ignoring_case(host, "localhost"));
    if (!local) return failure("file URI names a remote host: " + std::string(host));
    if (path_start == std::string_view::npos) return failure("file URI without a path");
    rest.remove_prefix(path_start);
  }
  // RFC 8089 also allows "file:/path" without an authority.
  if (rest.empty() || rest.front() != '/') return failure("file URI without an absolute path");
  return percent_decode(rest);
}

UriConversion file_uri_from_path(std::string_view absolute_path) {
  if (absolute_path.empty() || absolute_path.front() != '/') {
    return failure("not an absolute path: " + std::string(absolute_path));
  }
  static constexpr char hex_digits[] = "0123456789ABCDEF";
  std::string uri = "file://";
  for (unsigned char c : absolute_path) {
    if (kept_verbatim(c)) {
      uri.push_back(char(c));
    } else {
      uri.push_back('%');
      uri.push_back(hex_digits[c >> 4]);
      uri.push_back(hex_digits[c & 15]);
    }
  }
  return UriConversion{std::move(uri), ""};
}

}  // namespace sluice::protocol
