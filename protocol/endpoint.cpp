#include "protocol/endpoint.h"

#include <map>
#include <mutex>
#include <unordered_map>
#include <variant>

namespace sluice::protocol {

using nlohmann::json;

namespace {

// nlohmann's parser is iterative but dump() and our handlers' traversals are
// not, so a message nested deeper than any LSP message is refused up front.
constexpr int max_json_nesting = 256;

bool nesting_exceeds(std::string_view text, int limit) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;  // skip the escaped character
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

// A malformed error object from the client still reaches the callback as an error.
ResponseError error_from_response(const json& error) {
  if (!error.is_object() || !error.contains("code") || !error["code"].is_number_integer()) {
    return ResponseError(ErrorCode::internal_error, "malformed error response: " + error.dump());
  }
  ResponseError result;
  result.code = error["code"].get<int32_t>();
  if (auto message = error.find("message"); message != error.end() && message->is_string()) result.message = *message;
  if (auto data = error.find("data"); data != error.end()) result.data = *data;
  return result;
}

}  // namespace

namespace detail {

// The state shared by the Endpoint and its outstanding Reply objects.
struct EndpointCore : std::enable_shared_from_this<EndpointCore> {
  using AnyRequestHandler = std::variant<RequestHandler, AsyncRequestHandler>;

  MessageSink sink;
  EndpointOptions options;
  // Written only before the first receive(), then read-only.
  std::unordered_map<std::string, AnyRequestHandler> request_handlers;
  std::unordered_map<std::string, NotificationHandler> notification_handlers;
  AdmissionPolicy admission;

  mutable std::mutex mutex;
  std::map<RequestId, CancellationToken> in_flight;  // guarded by mutex
  std::map<RequestId, ResponseCallback> pending;     // guarded by mutex
  int64_t next_outgoing_id = 1;                      // guarded by mutex

  void log(std::string_view message) const {
    if (options.log) options.log(message);
  }

  void send_error(const std::optional<RequestId>& id, ErrorCode code, std::string message) {
    sink(make_error_response(id, ResponseError(code, std::move(message))));
  }

  // Sends the response unless the request was already answered.
  void finish_request(const RequestId& id, RequestResult result) {
    {
      std::lock_guard lock(mutex);
      if (in_flight.erase(id) == 0) return;
    }
    if (auto* error = std::get_if<ResponseError>(&result)) {
      sink(make_error_response(id, *error));
    } else {
      sink(make_result_response(id, std::move(std::get<json>(result))));
    }
  }

  void handle_message(const json& message);
  void handle_request(const RequestId& id, const std::string& method, const json& params);
  void handle_notification(const std::string& method, const json& params);
  void handle_response(const json& message);
  void handle_cancel(const json& params);
  void call_request_handler(const AnyRequestHandler& handler, const json& params, const RequestContext& context);
  Admission admit(const std::string& method, bool is_request) const {
    return admission ? admission(method, is_request) : Admission::dispatch();
  }
};

void EndpointCore::handle_message(const json& message) {
  if (message.is_array()) {
    return send_error(std::nullopt, ErrorCode::invalid_request, "batch messages are not used by LSP");
  }
  if (!message.is_object()) {
    return send_error(std::nullopt, ErrorCode::invalid_request, "a message must be an object");
  }
  auto id_field = message.find("id");
  bool has_id = id_field != message.end();
  std::optional<RequestId> id = has_id ? request_id_from_json(*id_field) : std::nullopt;
  auto method = message.find("method");
  if (method == message.end() && (message.contains("result") || message.contains("error"))) {
    return handle_response(message);
  }
  auto version = message.find("jsonrpc");
  if (version == message.end() || *version != "2.0") {
    return send_error(id, ErrorCode::invalid_request, "\"jsonrpc\" must be \"2.0\"");
  }
  if (method == message.end() || !method->is_string()) {
    return send_error(id, ErrorCode::invalid_request, "\"method\" must be a string");
  }
  if (has_id && !id) {
    return send_error(std::nullopt, ErrorCode::invalid_request, "\"id\" must be an integer or a string");
  }
  json params = message.value("params", json());
  if (!params.is_null() && !params.is_object() && !params.is_array()) {
    return send_error(id, ErrorCode::invalid_request, "\"params\" must be an object or an array");
  }
  if (id) return handle_request(*id, method->get<std::string>(), params);
  handle_notification(method->get<std::string>(), params);
}

void EndpointCore::handle_request(const RequestId& id, const std::string& method, const json& params) {
  Admission admission = admit(method, /*is_request=*/true);
  if (admission.verdict == Admission::Verdict::reject) return sink(make_error_response(id, admission.error));
  if (admission.verdict == Admission::Verdict::drop) return;
  auto handler = request_handlers.find(method);
  if (handler == request_handlers.end()) return send_error(id, ErrorCode::method_not_found, "unknown method " + method);
  RequestContext context{id, CancellationToken()};
  {
    std::lock_guard lock(mutex);
    if (!in_flight.emplace(id, context.cancellation).second) {
      return send_error(id, ErrorCode::invalid_request, "request id " + request_id_to_string(id) + " is in flight");
    }
  }
  call_request_handler(handler->second, params, context);
}

// The boundary where handler exceptions stop: they become InternalError.
// A throwing async handler's Reply is destroyed while unwinding and answers
// first (the message then says the request was dropped); the log has the cause.
void EndpointCore::call_request_handler(const AnyRequestHandler& handler, const json& params,
                                        const RequestContext& context) {
  try {
    if (auto* sync = std::get_if<RequestHandler>(&handler)) {
      finish_request(context.id, (*sync)(params, context));
    } else {
      std::get<AsyncRequestHandler>(handler)(params, Reply(weak_from_this(), context));
    }
  } catch (const std::exception& failure) {
    log("request " + request_id_to_string(context.id) + " failed: " + failure.what());
    finish_request(context.id,
                   ResponseError(ErrorCode::internal_error, std::string("internal error: ") + failure.what()));
  } catch (...) {
    log("request " + request_id_to_string(context.id) + " failed with a non-standard exception");
    finish_request(context.id, ResponseError(ErrorCode::internal_error, "internal error"));
  }
}

void EndpointCore::handle_notification(const std::string& method, const json& params) {
  if (admit(method, /*is_request=*/false).verdict != Admission::Verdict::dispatch) return;
  if (method == "$/cancelRequest") return handle_cancel(params);
  auto handler = notification_handlers.find(method);
  if (handler == notification_handlers.end()) return;  // unknown notifications are ignored, as LSP asks
  try {
    handler->second(params);
  } catch (const std::exception& failure) {
    log("notification " + method + " failed: " + failure.what());
  } catch (...) {
    log("notification " + method + " failed with a non-standard exception");
  }
}

void EndpointCore::handle_cancel(const json& params) {
  std::optional<RequestId> id =
      params.is_object() && params.contains("id") ? request_id_from_json(params["id"]) : std::nullopt;
  if (!id) return log("$/cancelRequest without a valid id");
  std::lock_guard lock(mutex);
  // An unknown id is normal: the request may have been answered already.
  if (auto request = in_flight.find(*id); request != in_flight.end()) request->second.cancel();
}

void EndpointCore::handle_response(const json& message) {
  std::optional<RequestId> id = message.contains("id") ? request_id_from_json(message["id"]) : std::nullopt;
  if (!id) return log("response without a usable id: " + message.dump(-1, ' ', false, json::error_handler_t::replace));
  ResponseCallback callback;
  {
    std::lock_guard lock(mutex);
    auto request = pending.find(*id);
    if (request == pending.end()) return log("response to unknown request " + request_id_to_string(*id));
    callback = std::move(request->second);
    pending.erase(request);
  }
  RequestResult result = message.contains("error") ? RequestResult(error_from_response(message["error"]))
                                                   : RequestResult(message["result"]);
  if (!callback) return;
  try {
    callback(std::move(result));
  } catch (const std::exception& failure) {
    log("response callback for " + request_id_to_string(*id) + " failed: " + failure.what());
  } catch (...) {
    log("response callback for " + request_id_to_string(*id) + " failed with a non-standard exception");
  }
}

}  // namespace detail

Reply::Reply(std::weak_ptr<detail::EndpointCore> core, RequestContext context)
    : core_(std::move(core)), context_(std::move(context)) {}

Reply::Reply(Reply&& other) noexcept
    : core_(std::move(other.core_)), context_(std::move(other.context_)), answered_(other.answered_) {
  other.answered_ = true;  // a moved-from Reply never answers
}

Reply& Reply::operator=(Reply&& other) noexcept {
  if (this == &other) return *this;
  if (!answered_) (*this)(ResponseError(ErrorCode::internal_error, "the request was dropped without a reply"));
  core_ = std::move(other.core_);
  context_ = std::move(other.context_);
  answered_ = other.answered_;
  other.answered_ = true;
  return *this;
}

Reply::~Reply() {
  if (!answered_) (*this)(ResponseError(ErrorCode::internal_error, "the request was dropped without a reply"));
}

void Reply::operator()(RequestResult result) {
  if (answered_) return;
  answered_ = true;
  if (auto core = core_.lock()) core->finish_request(context_.id, std::move(result));
}

Endpoint::Endpoint(MessageSink sink, EndpointOptions options) : core_(std::make_shared<detail::EndpointCore>()) {
  core_->sink = std::move(sink);
  core_->options = std::move(options);
}

Endpoint::~Endpoint() = default;

void Endpoint::on_request(std::string method, RequestHandler handler) {
  core_->request_handlers.insert_or_assign(std::move(method), std::move(handler));
}

void Endpoint::on_async_request(std::string method, AsyncRequestHandler handler) {
  core_->request_handlers.insert_or_assign(std::move(method), std::move(handler));
}

void Endpoint::on_notification(std::string method, NotificationHandler handler) {
  core_->notification_handlers.insert_or_assign(std::move(method), std::move(handler));
}

void Endpoint::set_admission_policy(AdmissionPolicy policy) { core_->admission = std::move(policy); }

void Endpoint::receive(std::string_view body) {
  if (nesting_exceeds(body, max_json_nesting)) {
    return core_->send_error(std::nullopt, ErrorCode::parse_error,
                             "JSON nested deeper than " + std::to_string(max_json_nesting) + " levels");
  }
  json message = json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (message.is_discarded()) {
    return core_->send_error(std::nullopt, ErrorCode::parse_error, "the body is not valid JSON");
  }
  core_->handle_message(message);
}

void Endpoint::send_notification(std::string_view method, json params) {
  core_->sink(make_notification(method, std::move(params)));
}

RequestId Endpoint::send_request(std::string_view method, json params, ResponseCallback on_response) {
  RequestId id;
  {
    std::lock_guard lock(core_->mutex);
    id = core_->next_outgoing_id++;
    // Registered before sending, so a fast answer always finds its callback.
    core_->pending.emplace(id, std::move(on_response));
  }
  core_->sink(make_request(id, method, std::move(params)));
  return id;
}

size_t Endpoint::in_flight_request_count() const {
  std::lock_guard lock(core_->mutex);
  return core_->in_flight.size();
}

size_t Endpoint::pending_outgoing_request_count() const {
  std::lock_guard lock(core_->mutex);
  return core_->pending.size();
}

void Endpoint::log_problem(std::string_view message) const { core_->log(message); }

std::optional<ResponseError> decode_params(const json& params, const std::function<void(const json&)>& decode) {
  try {
    decode(params);
    return std::nullopt;
  } catch (const json::exception& failure) {
    return ResponseError(ErrorCode::invalid_params, std::string("invalid params: ") + failure.what());
  }
}

}  // namespace sluice::protocol
