// A client of the GNU make jobserver, so `sluice check` run from a recipe of
// `make -jN` shares make's N job slots instead of adding its own threads.
//
// make hands a job slot to every recipe it starts (the "implicit token": sluice
// holds it by running at all and never reads or writes it) and keeps the other
// free slots as one byte each in a pipe or fifo named in MAKEFLAGS:
//   --jobserver-auth=fifo:PATH   make 4.4 and later
//   --jobserver-auth=R,W         make 4.2 and 4.3 (inherited pipe fds)
//   --jobserver-fds=R,W          make before 4.2
// A client reads one byte per extra thread and must write the very same bytes
// back before it exits, or make ends with "INTERNAL: Exiting with N jobserver
// tokens available; should be M!" (tests/jobserver/make_check.sh checks this
// with the real make).
//
// Tokens go back on: release_all(), the destructor (so a normal return and an
// exception unwinding past the owner), and SIGINT/SIGTERM/SIGHUP once
// install_release_on_signal() was called. Not covered: SIGKILL, other fatal
// signals (SIGSEGV, SIGABRT) and _exit() without unwinding; then make loses
// those slots for the rest of its run (it still finishes, with a warning).
//
// Ownership and threads: one owner (the driver, at start-up); a Jobserver is
// not thread-safe, but the signal handler may run on any thread at any time
// and the token store is written so that every byte is written back once.
// Create it early, before sluice opens files: make's fds for the pipe form are
// plain numbers, and a closed one may be reused by an unrelated file (a fd that
// is not a pipe is refused, which catches most such cases).
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <string_view>

namespace sluice {

// What MAKEFLAGS asks for, before any fd or path is checked.
struct JobserverAuth {
  enum class Kind { none, fifo, pipe, malformed };
  Kind kind = Kind::none;
  std::string fifo_path;  // kind == fifo
  int read_fd = -1;       // kind == pipe
  int write_fd = -1;      // kind == pipe
  std::string error;      // kind == malformed: why
};

// Reads the jobserver options of a MAKEFLAGS value. The last one wins (a
// sub-make appends its own); words after a lone "--" are command-line variable
// definitions and are ignored.
JobserverAuth parse_jobserver_auth(std::string_view makeflags);

class Jobserver {
 public:
  // Each byte read is kept in a fixed buffer (so a signal handler can write it
  // back), which bounds the tokens held at once.
  static constexpr unsigned max_tokens = 1024;

  // No jobserver: not requested, not available.
  Jobserver();
  // Connects to the jobserver that `makeflags` names, if any. Never blocks and
  // never fails hard: on any problem the result is unavailable with a reason.
  static Jobserver from_makeflags(std::string_view makeflags);
  // from_makeflags(getenv("MAKEFLAGS")).
  static Jobserver from_environment();

  Jobserver(Jobserver&& other) noexcept;
  Jobserver& operator=(Jobserver&& other) noexcept;
  Jobserver(const Jobserver&) = delete;
  Jobserver& operator=(const Jobserver&) = delete;
  // release_all(), then closes the fds this object opened.
  ~Jobserver();

  // MAKEFLAGS named a jobserver (usable or not).
  bool requested() const { return requested_; }
  // Tokens can be acquired.
  bool available() const;
  // Why a requested jobserver is not available ("" otherwise); sluice logs it
  // as a warning and falls back to -j.
  const std::string& unavailable_reason() const { return unavailable_reason_; }

  // Reads up to `wanted` more tokens, waiting at most about `wait` in total for
  // them (0 waits not at all); returns how many it got; 0 when unavailable.
  // Never blocks past the wait, even when other processes read the same pipe
  // (only without /proc can a sibling's read race it: see jobserver.cpp).
  unsigned acquire_up_to(unsigned wanted, std::chrono::milliseconds wait);
  // Tokens held now (the implicit token not counted).
  unsigned held() const;
  // Writes back every byte acquired, the same bytes; a second call does
  // nothing. Retries on EINTR.
  void release_all();

  // From now on SIGINT, SIGTERM and SIGHUP write this object's tokens back
  // (with write() only) before the signal's previous action runs: the default
  // action is re-raised, a handler installed before is called, an ignored
  // signal stays ignored (and is not hooked). One object at a time is covered;
  // false when unavailable or another object is covered. Coverage ends with
  // the object's destruction.
  bool install_release_on_signal();

  struct TokenStore;  // private; public only for the signal handler's sake

 private:
  // Each returns "" on success, else why the jobserver is unavailable.
  std::string connect_fifo(const std::string& path);
  std::string connect_pipe(int read_fd, int write_fd);
  void release_and_close();
  unsigned read_available_tokens(unsigned limit);
  bool wait_until_readable(std::chrono::steady_clock::time_point deadline);

  bool requested_ = false;
  std::string unavailable_reason_;
  int read_fd_ = -1;             // non-blocking unless read_fd_shared_
  bool read_fd_shared_ = false;  // make's own description: poll, then read (see acquire)
  bool owns_read_fd_ = false;
  bool owns_write_fd_ = false;
  std::unique_ptr<TokenStore> store_;  // the bytes held and the write fd; null when unavailable
};

// The thread count for a run allowed up to `max_threads`: 1 (the implicit
// token) plus the tokens that could be acquired within a few milliseconds, at
// most max_threads - 1. sluice sizes its thread pool once, at start, so it
// asks once. max_threads (plain -j) when the jobserver is not available.
unsigned threads_with_jobserver(Jobserver& jobserver, unsigned max_threads,
                                std::chrono::milliseconds wait = std::chrono::milliseconds(5));

}  // namespace sluice
