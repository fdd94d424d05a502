// JSON-RPC 2.0 values shared by every part of the protocol layer: request ids,
// error codes (JSON-RPC's and LSP 3.17's), error objects and handler results.
// Plain values; thread-safe to copy and read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include <nlohmann/json.hpp>

namespace sluice::protocol {

// Error codes from JSON-RPC 2.0 and the LSP 3.17 "ErrorCodes"/"LSPErrorCodes".
enum class ErrorCode : int32_t {
  parse_error = -32700,
  invalid_request = -32600,
  method_not_found = -32601,
  invalid_params = -32602,
  internal_error = -32603,
  server_not_initialized = -32002,
  unknown_error_code = -32001,
  request_failed = -32803,
  server_cancelled = -32802,
  content_modified = -32801,
  request_cancelled = -32800,
};

// A response's "error" member. `code` stays an integer so that a client's
// unknown codes survive a round trip.
struct ResponseError {
  int32_t code = static_cast<int32_t>(ErrorCode::internal_error);
  std::string message;
  std::optional<nlohmann::json> data;

  ResponseError() = default;
  ResponseError(ErrorCode error_code, std::string error_message)
      : code(static_cast<int32_t>(error_code)), message(std::move(error_message)) {}
  bool has_code(ErrorCode error_code) const { return code == static_cast<int32_t>(error_code); }
};
void to_json(nlohmann::json& json, const ResponseError& error);
void from_json(const nlohmann::json& json, ResponseError& error);

// A request id: LSP allows `integer | string`. JSON-RPC's null id is not an
// id (it only appears in error responses to unidentifiable requests).
using RequestId = std::variant<int64_t, std::string>;
nlohmann::json request_id_to_json(const RequestId& id);
// Empty when `json` is not an integer or a string (fractional numbers and
// booleans are not ids).
std::optional<RequestId> request_id_from_json(const nlohmann::json& json);
// For log messages: `7` or `"abc"`.
std::string request_id_to_string(const RequestId& id);

// What a request handler produces: the response's "result" or its "error".
// A struct with a to_json converts implicitly to the json alternative.
using RequestResult = std::variant<nlohmann::json, ResponseError>;

// The wire messages, built as JSON objects with "jsonrpc": "2.0".
nlohmann::json make_request(const RequestId& id, std::string_view method, nlohmann::json params);
nlohmann::json make_notification(std::string_view method, nlohmann::json params);
nlohmann::json make_result_response(const RequestId& id, nlohmann::json result);
// `id` empty means the request's id could not be determined: "id": null.
nlohmann::json make_error_response(const std::optional<RequestId>& id, const ResponseError& error);

}  // namespace sluice::protocol
