#include "protocol/json_rpc.h"

#include <limits>

namespace sluice::protocol {

using nlohmann::json;

void to_json(json& out, const ResponseError& error) {
  out = json{{"code", error.code}, {"message", error.message}};
  if (error.data) out["data"] = *error.data;
}

void from_json(const json& in, ResponseError& error) {
  in.at("code").get_to(error.code);
  in.at("message").get_to(error.message);
  error.data.reset();
  if (auto data = in.find("data"); data != in.end()) error.data = *data;
}

json request_id_to_json(const RequestId& id) {
  return std::visit([](const auto& value) { return json(value); }, id);
}

std::optional<RequestId> request_id_from_json(const json& in) {
  if (in.is_string()) return RequestId(in.get<std::string>());
  if (in.is_number_integer() && !in.is_number_unsigned()) return RequestId(in.get<int64_t>());
  // Positive integers parse as unsigned; ids beyond int64 are not worth supporting.
  if (in.is_number_unsigned() && in.get<uint64_t>() <= uint64_t(std::numeric_limits<int64_t>::max())) {
    return RequestId(static_cast<int64_t>(in.get<uint64_t>()));
  }
  return std::nullopt;
}

std::string request_id_to_string(const RequestId& id) { return request_id_to_json(id).dump(); }

// JSON-RPC lets "params" be omitted; a null params value means "none".
static void put_params(json& message, json params) {
  if (!params.is_null()) message["params"] = std::move(params);
}

json make_request(const RequestId& id, std::string_view method, json params) {
  json message{{"jsonrpc", "2.0"}, {"id", request_id_to_json(id)}, {"method", method}};
  put_params(message, std::move(params));
  return message;
}

json make_notification(std::string_view method, json params) {
  json message{{"jsonrpc", "2.0"}, {"method", method}};
  put_params(message, std::move(params));
  return message;
}

json make_result_response(const RequestId& id, json result) {
  return json{{"jsonrpc", "2.0"}, {"id", request_id_to_json(id)}, {"result", std::move(result)}};
}

json make_error_response(const std::optional<RequestId>& id, const ResponseError& error) {
  return json{{"jsonrpc", "2.0"}, {"id", id ? request_id_to_json(*id) : json(nullptr)}, {"error", error}};
}

}  // namespace sluice::protocol
