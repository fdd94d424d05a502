// JSON-RPC 2.0 dispatch for one connection, as LSP uses it: incoming requests
// and notifications go to registered handlers, replies and outgoing messages
// go to a MessageSink, responses to our own requests go to their callbacks.
//
// Error behaviour (each guarded by a test in tests/unit/protocol_test.cpp):
// - body is not JSON (or nests deeper than 256)  -> ParseError, "id": null
// - a batch (array), not an object, "jsonrpc" not "2.0", a bad "method" or
//   "params" type, an id that is not an integer or string
//                                                   -> InvalidRequest; the id echoed when it is valid, else null
// - a request for an unregistered method (including "$/..." ones)
//                                                   -> MethodNotFound
// - a notification for an unregistered method    -> ignored
// - typed params that do not decode               -> InvalidParams
// - a handler that throws                         -> InternalError (endpoint.cpp is the one place that
//                                                    catches exceptions: handlers, callbacks, params decoding)
// - a request whose id is still in flight         -> InvalidRequest
// "$/cancelRequest" is built in: it marks the in-flight request's
// CancellationToken; the handler decides whether to answer RequestCancelled.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "protocol/json_rpc.h"

namespace sluice::protocol {

// Receives every message the endpoint sends, as a JSON object. Called from
// whichever thread replies or sends, so it must be thread-safe (the stdio
// transport's send() is; the loopback collector is).
using MessageSink = std::function<void(const nlohmann::json& message)>;

// Lets a handler notice that the client cancelled its request. Cheap to copy;
// thread-safe (an atomic flag shared by the copies).
class CancellationToken {
 public:
  CancellationToken() : flag_(std::make_shared<std::atomic<bool>>(false)) {}
  bool is_cancelled() const { return flag_->load(std::memory_order_acquire); }
  void cancel() const { flag_->store(true, std::memory_order_release); }

 private:
  std::shared_ptr<std::atomic<bool>> flag_;
};

struct RequestContext {
  RequestId id;
  CancellationToken cancellation;
};

namespace detail {
struct EndpointCore;
}

// The one-shot way to answer a request later, possibly from another thread.
// Movable, not copyable. Thread-safe: reply() may be called from any thread.
// Destroying it unanswered answers InternalError, so that a dropped request
// never leaves the client waiting. Replying after the endpoint is gone does
// nothing.
class Reply {
 public:
  Reply(std::weak_ptr<detail::EndpointCore> core, RequestContext context);
  Reply(Reply&& other) noexcept;
  Reply& operator=(Reply&& other) noexcept;
  Reply(const Reply&) = delete;
  Reply& operator=(const Reply&) = delete;
  ~Reply();

  void operator()(RequestResult result);
  const RequestContext& context() const { return context_; }

 private:
  std::weak_ptr<detail::EndpointCore> core_;
  RequestContext context_;
  bool answered_ = false;
};

// `params` is null when the message had none.
using RequestHandler = std::function<RequestResult(const nlohmann::json& params, const RequestContext& context)>;
using AsyncRequestHandler = std::function<void(const nlohmann::json& params, Reply reply)>;
using NotificationHandler = std::function<void(const nlohmann::json& params)>;
// Receives the client's answer to one of our requests.
using ResponseCallback = std::function<void(RequestResult result)>;

// What the lifecycle (or any other policy) decides about an incoming request
// or notification before it reaches a handler.
struct Admission {
  enum class Verdict { dispatch, drop, reject };
  Verdict verdict = Verdict::dispatch;
  ResponseError error;  // for Verdict::reject (requests only; notifications are dropped)

  static Admission dispatch() { return {}; }
  static Admission drop() { return {Verdict::drop, {}}; }
  static Admission reject(ResponseError error) { return {Verdict::reject, std::move(error)}; }
};
using AdmissionPolicy = std::function<Admission(std::string_view method, bool is_request)>;

struct EndpointOptions {
  // Where protocol problems that cannot be answered go (a response to an
  // unknown id, a throwing notification handler). May be empty.
  std::function<void(std::string_view message)> log;
};

// Thread-safety: handler registration and set_admission_policy() happen
// before the first receive(). receive() is called by one thread at a time
// (the transport's delivery strand, or the test); handlers run on that
// thread. reply, send_request and send_notification may be called from any
// thread; the in-flight and pending tables are guarded by a mutex, and no
// lock is held while a handler, a callback or the sink runs.
class Endpoint {
 public:
  explicit Endpoint(MessageSink sink, EndpointOptions options = {});
  ~Endpoint();
  Endpoint(const Endpoint&) = delete;
  Endpoint& operator=(const Endpoint&) = delete;

  void on_request(std::string method, RequestHandler handler);
  void on_async_request(std::string method, AsyncRequestHandler handler);
  void on_notification(std::string method, NotificationHandler handler);
  // Typed handlers: params are decoded with Params's from_json; a decoding
  // failure answers InvalidParams (requests) or is logged and dropped
  // (notifications, which have no answer).
  template <class Params>
  void on_request(std::string method, std::function<RequestResult(const Params&, const RequestContext&)> handler);
  template <class Params>
  void on_notification(std::string method, std::function<void(const Params&)> handler);
  void set_admission_policy(AdmissionPolicy policy);

  // Handles one message body (the JSON text between frames).
  void receive(std::string_view body);

  void send_notification(std::string_view method, nlohmann::json params);
  // Sends a request to the client; `on_response` runs on the receiving
  // thread when the answer arrives. Returns the id used.
  RequestId send_request(std::string_view method, nlohmann::json params, ResponseCallback on_response);

  size_t in_flight_request_count() const;
  size_t pending_outgoing_request_count() const;

 private:
  void log_problem(std::string_view message) const;

  std::shared_ptr<detail::EndpointCore> core_;
};

// Decodes `params` into `out`; a JSON type error or missing field becomes an
// InvalidParams error. Used by the typed handlers.
std::optional<ResponseError> decode_params(const nlohmann::json& params,
                                           const std::function<void(const nlohmann::json&)>& decode);

template <class Params>
void Endpoint::on_request(std::string method,
                          std::function<RequestResult(const Params&, const RequestContext&)> handler) {
  on_request(
      std::move(method),
      [handler = std::move(handler)](const nlohmann::json& params, const RequestContext& context) -> RequestResult {
        Params decoded{};
        if (auto error = decode_params(params, [&](const nlohmann::json& json) { json.get_to(decoded); }))
          return *error;
        return handler(decoded, context);
      });
}

template <class Params>
void Endpoint::on_notification(std::string method, std::function<void(const Params&)> handler) {
  // `this` outlives the handler: handlers only run inside this->receive().
  std::string name = method;
  on_notification(std::move(method), [this, name, handler = std::move(handler)](const nlohmann::json& params) {
    Params decoded{};
    if (auto error = decode_params(params, [&](const nlohmann::json& json) { json.get_to(decoded); })) {
      log_problem("dropped notification " + name + ": " + error->message);
      return;
    }
    handler(decoded);
  });
}

}  // namespace sluice::protocol
