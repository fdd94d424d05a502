// An in-process client for an Endpoint, for tests: synchronous, no threads,
// no pipes, no framing. send() hands a message to the endpoint's receive()
// and returns once every handler that answers inline has run; whatever the
// endpoint wrote (responses, notifications, its own requests) is collected
// for take_messages(). Server-layer tests script LSP transcripts with it:
//
//   LoopbackClient client;
//   Lifecycle lifecycle(client.endpoint(), hooks);
//   RequestId id = client.request("initialize", params);
//   auto response = client.take_response(id);
//
// Thread-safety: the collected messages are guarded by a mutex, so a handler
// may answer from another thread; everything else belongs to the test thread.
#pragma once

#include <mutex>
#include <optional>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "protocol/endpoint.h"

namespace sluice::protocol {

class LoopbackClient {
 public:
  explicit LoopbackClient(EndpointOptions options = {});
  LoopbackClient(const LoopbackClient&) = delete;
  LoopbackClient& operator=(const LoopbackClient&) = delete;

  // The endpoint under test (the "server" side).
  Endpoint& endpoint() { return endpoint_; }

  // Sends a request with the next client id (1, 2, ...); returns that id.
  RequestId request(std::string_view method, nlohmann::json params = nullptr);
  void notify(std::string_view method, nlohmann::json params = nullptr);
  // Any message, well-formed or not.
  void send(const nlohmann::json& message);
  // A raw body, for bodies that are not JSON at all.
  void send_text(std::string_view body);
  // Answers a request the endpoint sent, by the id in `server_request`.
  void respond(const nlohmann::json& server_request, nlohmann::json result);

  // Everything the endpoint wrote since the last take, in order.
  std::vector<nlohmann::json> take_messages();
  // Removes and returns the response with this id, if the endpoint wrote one.
  std::optional<nlohmann::json> take_response(const RequestId& id);

 private:
  void collect(const nlohmann::json& message);

  std::mutex mutex_;
  std::vector<nlohmann::json> written_;  // guarded by mutex_
  Endpoint endpoint_;
  int64_t next_id_ = 1;
};

}  // namespace sluice::protocol
