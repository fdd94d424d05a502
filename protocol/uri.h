// `file://` URIs <-> file system paths (RFC 8089, as editors write them).
// Paths are POSIX byte strings (UTF-8 on every system sluice targets); a
// path's bytes outside the RFC 3986 unreserved set and '/' are
// percent-encoded, so "a b/é.rs" becomes "a%20b/%C3%A9.rs". Pure functions,
// thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace sluice::protocol {

// A conversion's value, or why there is none.
struct UriConversion {
  std::string value;  // the path or the URI; empty on error
  std::string error;  // empty on success

  bool ok() const { return error.empty(); }
};

// Accepts "file:///abs/path" and "file://localhost/abs/path" (any case of the
// scheme and of the hex digits). Errors: another scheme, a remote host, a
// query or fragment, a malformed or NUL percent-escape.
UriConversion path_from_file_uri(std::string_view uri);

// `absolute_path` must start with '/'; a relative path is an error rather
// than a guess about the working directory.
UriConversion file_uri_from_path(std::string_view absolute_path);

}  // namespace sluice::protocol
