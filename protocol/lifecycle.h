// The LSP lifecycle as a reusable gate in front of an Endpoint:
//
//   uninitialized --initialize ok--> running --shutdown--> shut_down --exit--> exited
//
// - Before a successful `initialize`, every other request is answered
//   ServerNotInitialized and every notification except `exit` is dropped.
// - A second `initialize` is answered InvalidRequest.
// - After `shutdown`, every request (a second `shutdown` too) is answered
//   InvalidRequest and every notification except `exit` is dropped.
// - `exit` ends the session with exit code 0 if `shutdown` came first, else 1
//   (the spec's rule), in any state.
// Guarded by the "lifecycle" tests in tests/unit/protocol_test.cpp.
//
// Thread-safety: construct it before the endpoint receives anything; its
// handlers and admission policy then run on the endpoint's receiving thread.
// state() and exit_code() may be read from any thread.
#pragma once

#include <atomic>
#include <functional>
#include <optional>

#include "protocol/endpoint.h"
#include "protocol/lsp_initialize.h"

namespace sluice::protocol {

struct LifecycleHooks {
  // Answers `initialize`; an error result leaves the server uninitialized.
  std::function<RequestResult(const InitializeParams& params)> initialize;
  // Called on `shutdown`, before the null result is sent: stop background work here.
  std::function<void()> shutdown;
  // Called on `exit` with the process exit code the spec asks for.
  std::function<void(int exit_code)> exit;
};

class Lifecycle {
 public:
  enum class State { uninitialized, running, shut_down, exited };

  // Registers `initialize`, `shutdown` and `exit` on `endpoint` and installs
  // the admission policy. They refer to this object, so it must outlive the
  // endpoint's last receive() (the server owns both side by side).
  Lifecycle(Endpoint& endpoint, LifecycleHooks hooks);
  Lifecycle(const Lifecycle&) = delete;
  Lifecycle& operator=(const Lifecycle&) = delete;

  State state() const { return state_.load(std::memory_order_acquire); }
  // Set once `exit` has arrived.
  std::optional<int> exit_code() const;

 private:
  Admission admit(std::string_view method, bool is_request) const;
  RequestResult handle_initialize(const InitializeParams& params);
  RequestResult handle_shutdown();
  void handle_exit();

  LifecycleHooks hooks_;
  std::atomic<State> state_ = State::uninitialized;
  std::atomic<int> exit_code_ = -1;
};

}  // namespace sluice::protocol
