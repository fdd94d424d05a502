#include "protocol/loopback.h"

#include "protocol/framing.h"

namespace sluice::protocol {

using nlohmann::json;

LoopbackClient::LoopbackClient(EndpointOptions options)
    : endpoint_([this](const json& message) { collect(message); }, std::move(options)) {}

void LoopbackClient::collect(const json& message) {
  std::lock_guard lock(mutex_);
  written_.push_back(message);
}

RequestId LoopbackClient::request(std::string_view method, json params) {
  RequestId id = next_id_++;
  send(make_request(id, method, std::move(params)));
  return id;
}

void LoopbackClient::notify(std::string_view method, json params) {
  send(make_notification(method, std::move(params)));
}

// Through the same text path as a real transport, so serialisation is covered too.
void LoopbackClient::send(const json& message) { send_text(serialize_message(message)); }

void LoopbackClient::send_text(std::string_view body) { endpoint_.receive(body); }

void LoopbackClient::respond(const json& server_request, json result) {
  send(json{{"jsonrpc", "2.0"}, {"id", server_request.at("id")}, {"result", std::move(result)}});
}

std::vector<json> LoopbackClient::take_messages() {
  std::lock_guard lock(mutex_);
  return std::exchange(written_, {});
}

std::optional<json> LoopbackClient::take_response(const RequestId& id) {
  json wanted = request_id_to_json(id);
  std::lock_guard lock(mutex_);
  for (auto it = written_.begin(); it != written_.end(); ++it) {
    if (!it->contains("method") && it->value("id", json()) == wanted) {
      json response = std::move(*it);
      written_.erase(it);
      return response;
    }
  }
  return std::nullopt;
}

}  // namespace sluice::protocol
