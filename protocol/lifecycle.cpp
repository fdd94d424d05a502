#include "protocol/lifecycle.h"

#include "protocol/lsp_types.h"

namespace sluice::protocol {

Lifecycle::Lifecycle(Endpoint& endpoint, LifecycleHooks hooks) : hooks_(std::move(hooks)) {
  endpoint.on_request<InitializeParams>(
      method::initialize,
      [this](const InitializeParams& params, const RequestContext&) { return handle_initialize(params); });
  endpoint.on_request(method::shutdown,
                      [this](const nlohmann::json&, const RequestContext&) { return handle_shutdown(); });
  endpoint.on_notification(method::exit, [this](const nlohmann::json&) { handle_exit(); });
  endpoint.set_admission_policy([this](std::string_view method, bool is_request) { return admit(method, is_request); });
}

std::optional<int> Lifecycle::exit_code() const {
  int code = exit_code_.load(std::memory_order_acquire);
  return code < 0 ? std::nullopt : std::optional<int>(code);
}

Admission Lifecycle::admit(std::string_view method, bool is_request) const {
  if (method == method::exit && !is_request) return Admission::dispatch();
  switch (state()) {
    case State::uninitialized:
      if (method == method::initialize) return Admission::dispatch();
      if (!is_request) return Admission::drop();
      return Admission::reject(ResponseError(ErrorCode::server_not_initialized, "the server is not initialized"));
    case State::running:
      if (method == method::initialize && is_request) {
        return Admission::reject(ResponseError(ErrorCode::invalid_request, "the server is already initialized"));
      }
      return Admission::dispatch();
    case State::shut_down:
    case State::exited:
      if (!is_request) return Admission::drop();
      return Admission::reject(ResponseError(ErrorCode::invalid_request, "the server is shutting down"));
  }
  return Admission::drop();
}

RequestResult Lifecycle::handle_initialize(const InitializeParams& params) {
  RequestResult result = hooks_.initialize ? hooks_.initialize(params) : RequestResult(InitializeResult{});
  if (std::holds_alternative<nlohmann::json>(result)) state_.store(State::running, std::memory_order_release);
  return result;
}

RequestResult Lifecycle::handle_shutdown() {
  state_.store(State::shut_down, std::memory_order_release);
  if (hooks_.shutdown) hooks_.shutdown();
  return nlohmann::json(nullptr);
}

void Lifecycle::handle_exit() {
  if (state() == State::exited) return;  // the first exit decided the code
  int code = state() == State::shut_down ? 0 : 1;
  state_.store(State::exited, std::memory_order_release);
  exit_code_.store(code, std::memory_order_release);
  if (hooks_.exit) hooks_.exit(code);
}

}  // namespace sluice::protocol
