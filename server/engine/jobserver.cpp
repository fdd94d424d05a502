// The GNU make jobserver client (jobserver.h). POSIX, tested on Linux.
//
// Reading tokens without blocking: make's pipe read end is one open file
// description shared with make and every sibling job, so setting O_NONBLOCK on
// it would change their reads too, and a poll() followed by a blocking read()
// can block when a sibling takes the byte in between. For the pipe form we
// therefore open /proc/self/fd/R, which gives this process its own description
// of the same pipe, and make that one non-blocking; a fifo is opened by path,
// which gives the same. Only when /proc is missing do we fall back to poll()
// then a one-byte read() on make's fd, with that small race.
//
// Writing tokens back from a signal handler: the bytes live in a TokenStore, a
// fixed array with an atomic count; the handler takes the whole count with one
// exchange, so a byte is written back either by the handler or by the owner,
// never by both. The owner blocks the covered signals on its own thread while
// it moves a byte between the pipe and the store.
#include "server/engine/jobserver.h"

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <utility>
#include <vector>

namespace sluice {

// ---------------------------------------------------------------- MAKEFLAGS

namespace {

// MAKEFLAGS words are separated by blanks; a backslash escapes the next
// character (make writes a blank inside a word as "\ ").
std::vector<std::string> split_makeflags(std::string_view makeflags) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  for (size_t i = 0; i < makeflags.size(); ++i) {
    char c = makeflags[i];
    if (c == ' ' || c == '\t' || c == '\n') {
      if (in_word) words.push_back(std::move(word));
      word.clear();
      in_word = false;
      continue;
    }
    if (c == '\\' && i + 1 < makeflags.size()) c = makeflags[++i];
    word.push_back(c);
    in_word = true;
  }
  if (in_word) words.push_back(std::move(word));
  return words;
}

bool parse_fd(std::string_view text, int& fd) {
  const char* end = text.data() + text.size();
  auto [rest, error] = std::from_chars(text.data(), end, fd);
  return error == std::errc() && rest == end && !text.empty();
}

bool parse_fd_pair(std::string_view value, JobserverAuth& auth) {
  size_t comma = value.find(',');
  if (comma == std::string_view::npos) return false;
  return parse_fd(value.substr(0, comma), auth.read_fd) && parse_fd(value.substr(comma + 1), auth.write_fd);
}

JobserverAuth parse_auth_value(std::string_view option, std::string_view value, bool fifo_allowed) {
  JobserverAuth auth;
  constexpr std::string_view fifo_prefix = "fifo:";
  if (fifo_allowed && value.starts_with(fifo_prefix) && value.size() > fifo_prefix.size()) {
    auth.kind = JobserverAuth::Kind::fifo;
    auth.fifo_path = std::string(value.substr(fifo_prefix.size()));
    return auth;
  }
  if (parse_fd_pair(value, auth)) {
    auth.kind = JobserverAuth::Kind::pipe;
    return auth;
  }
  auth = JobserverAuth();
  auth.kind = JobserverAuth::Kind::malformed;
  auth.error = "unrecognised jobserver option '" + std::string(option) + std::string(value) + "' in MAKEFLAGS";
  return auth;
}

}  // namespace

JobserverAuth parse_jobserver_auth(std::string_view makeflags) {
  constexpr std::string_view auth_option = "--jobserver-auth=";
  constexpr std::string_view fds_option = "--jobserver-fds=";
  JobserverAuth result;
  for (const std::string& word_string : split_makeflags(makeflags)) {
    std::string_view word = word_string;
    if (word == "--") break;  // command-line variable definitions follow
    if (word.starts_with(auth_option)) {
      result = parse_auth_value(auth_option, word.substr(auth_option.size()), true);
    } else if (word.starts_with(fds_option)) {
      result = parse_auth_value(fds_option, word.substr(fds_option.size()), false);
    }
  }
  return result;
}

// ---------------------------------------------------------------- tokens

namespace {

// Writes one token, retrying on EINTR. Async-signal-safe (write, poll). The
// write fd may be make's blocking one or ours; EAGAIN (a full pipe, which the
// tokens we took cannot cause) is waited out a bounded number of times.
bool write_token(int fd, char byte) {
  for (int full_pipe_waits = 0; full_pipe_waits < 100;) {
    ssize_t written = write(fd, &byte, 1);
    if (written == 1) return true;
    if (written < 0 && errno == EINTR) continue;
    if (written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      pollfd ready{fd, POLLOUT, 0};
      poll(&ready, 1, 100);
      ++full_pipe_waits;
      continue;
    }
    return false;
  }
  return false;
}

static_assert(std::atomic<unsigned>::is_always_lock_free, "the signal handler needs a lock-free count");
static_assert(std::atomic<bool>::is_always_lock_free, "the signal handler needs a lock-free flag");

}  // namespace

struct Jobserver::TokenStore {
  explicit TokenStore(int fd) : write_fd(fd) {}

  // Records a byte just read. If a signal handler has already released this
  // store, the byte goes straight back instead (nobody else would write it).
  void push(char byte) {
    if (signalled.load()) {
      // Not into the array, which the handler may be reading. (A handler that
      // starts on another thread between this check and the store below may
      // write this byte's value for an older token: the count stays right.)
      write_token(write_fd, byte);
      return;
    }
    unsigned count_before = count.load();
    bytes[count_before] = byte;
    if (!count.compare_exchange_strong(count_before, count_before + 1)) {
      // Only the handler changes the count behind the owner's back: it took
      // the older bytes and never saw this one.
      write_token(write_fd, byte);
      return;
    }
    if (!signalled.load()) return;
    // The handler ran or is running; whatever it has not taken goes back now.
    char back;
    while (pop(back)) write_token(write_fd, back);
  }

  // Takes the newest byte for writing back; false when none is left.
  bool pop(char& byte) {
    unsigned current = count.load();
    while (current > 0 && !count.compare_exchange_weak(current, current - 1)) {
    }
    if (current == 0) return false;
    byte = bytes[current - 1];
    return true;
  }

  // From a signal handler: only atomics and write().
  void release_from_signal() {
    signalled.store(true);
    unsigned taken = count.exchange(0);
    for (unsigned i = 0; i < taken; ++i) write_token(write_fd, bytes[i]);
  }

  const int write_fd;
  std::atomic<unsigned> count{0};
  std::atomic<bool> signalled{false};  // set by the handler; acquiring stops
  char bytes[max_tokens] = {};
};

// ---------------------------------------------------------------- signals

namespace {

constexpr int kCoveredSignals[] = {SIGINT, SIGTERM, SIGHUP};
constexpr size_t kCoveredSignalCount = std::size(kCoveredSignals);

std::atomic<Jobserver::TokenStore*> g_covered_store{nullptr};
struct sigaction g_previous_actions[kCoveredSignalCount];
std::once_flag g_handlers_installed;

size_t covered_signal_slot(int signal_number) {
  for (size_t i = 0; i < kCoveredSignalCount; ++i) {
    if (kCoveredSignals[i] == signal_number) return i;
  }
  return 0;
}

// Runs the action the signal had before ours: a handler is called, the
// default action is re-raised (it happens when this handler returns, as the
// signal is blocked while it runs).
void run_previous_action(int signal_number, siginfo_t* info, void* context) {
  const struct sigaction& previous = g_previous_actions[covered_signal_slot(signal_number)];
  if (previous.sa_flags & SA_SIGINFO) {
    previous.sa_sigaction(signal_number, info, context);
    return;
  }
  if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN) {
    previous.sa_handler(signal_number);
    return;
  }
  struct sigaction default_action {};
  default_action.sa_handler = SIG_DFL;
  sigemptyset(&default_action.sa_mask);
  sigaction(signal_number, &default_action, nullptr);
  raise(signal_number);
}

extern "C" void release_tokens_on_signal(int signal_number, siginfo_t* info, void* context) {
  int saved_errno = errno;
  if (Jobserver::TokenStore* store = g_covered_store.load()) store->release_from_signal();
  errno = saved_errno;
  run_previous_action(signal_number, info, context);
  errno = saved_errno;
}

// Hooks every covered signal that is not ignored (a process started under
// nohup keeps ignoring SIGHUP).
void install_signal_handlers() {
  for (size_t i = 0; i < kCoveredSignalCount; ++i) {
    sigaction(kCoveredSignals[i], nullptr, &g_previous_actions[i]);
    bool ignored = !(g_previous_actions[i].sa_flags & SA_SIGINFO) && g_previous_actions[i].sa_handler == SIG_IGN;
    if (ignored) continue;
    struct sigaction ours {};
    ours.sa_sigaction = release_tokens_on_signal;
    ours.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&ours.sa_mask);
    sigaction(kCoveredSignals[i], &ours, nullptr);
  }
}

// Blocks the covered signals on this thread while the owner moves a byte
// between the pipe and the store, so its own thread's handler never runs with
// a byte in neither place. Does nothing for an uncovered store.
class CoveredSignalsBlocked {
 public:
  explicit CoveredSignalsBlocked(const Jobserver::TokenStore* store) {
    active_ = store != nullptr && g_covered_store.load() == store;
    if (!active_) return;
    sigset_t blocked;
    sigemptyset(&blocked);
    for (int signal_number : kCoveredSignals) sigaddset(&blocked, signal_number);
    pthread_sigmask(SIG_BLOCK, &blocked, &previous_);
  }
  ~CoveredSignalsBlocked() {
    if (active_) pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
  }
  CoveredSignalsBlocked(const CoveredSignalsBlocked&) = delete;
  CoveredSignalsBlocked& operator=(const CoveredSignalsBlocked&) = delete;

 private:
  bool active_ = false;
  sigset_t previous_;
};

}  // namespace

// ---------------------------------------------------------------- connecting

namespace {

std::string errno_text() { return std::strerror(errno); }

bool is_fifo(int fd) {
  struct stat status;
  return fstat(fd, &status) == 0 && S_ISFIFO(status.st_mode);
}

}  // namespace

Jobserver::Jobserver() = default;

Jobserver Jobserver::from_environment() {
  const char* makeflags = std::getenv("MAKEFLAGS");
  return from_makeflags(makeflags != nullptr ? makeflags : "");
}

Jobserver Jobserver::from_makeflags(std::string_view makeflags) {
  JobserverAuth auth = parse_jobserver_auth(makeflags);
  Jobserver jobserver;
  jobserver.requested_ = auth.kind != JobserverAuth::Kind::none;
  std::string& reason = jobserver.unavailable_reason_;
  switch (auth.kind) {
    case JobserverAuth::Kind::none: break;
    case JobserverAuth::Kind::malformed: reason = auth.error; break;
    case JobserverAuth::Kind::fifo: reason = jobserver.connect_fifo(auth.fifo_path); break;
    case JobserverAuth::Kind::pipe: reason = jobserver.connect_pipe(auth.read_fd, auth.write_fd); break;
  }
  return jobserver;
}

std::string Jobserver::connect_fifo(const std::string& path) {
  int read_fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (read_fd < 0) return "cannot open the jobserver fifo " + path + ": " + errno_text();
  if (!is_fifo(read_fd)) {
    close(read_fd);
    return "the jobserver path " + path + " is not a fifo";
  }
  // We hold a reader, so opening for writing neither blocks nor fails with
  // ENXIO; the description is ours, so making it blocking again is harmless.
  int write_fd = open(path.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
  if (write_fd < 0) {
    std::string reason = "cannot open the jobserver fifo " + path + " for writing: " + errno_text();
    close(read_fd);
    return reason;
  }
  fcntl(write_fd, F_SETFL, fcntl(write_fd, F_GETFL) & ~O_NONBLOCK);
  read_fd_ = read_fd;
  owns_read_fd_ = owns_write_fd_ = true;
  store_ = std::make_unique<TokenStore>(write_fd);
  return "";
}

std::string Jobserver::connect_pipe(int read_fd, int write_fd) {
  std::string fds = std::to_string(read_fd) + "," + std::to_string(write_fd);
  if (read_fd < 0 || write_fd < 0) return "make passed no jobserver fds (" + fds + ")";
  if (fcntl(read_fd, F_GETFD) == -1 || fcntl(write_fd, F_GETFD) == -1) {
    return "the jobserver fds " + fds + " are not open (is the make rule marked '+' or does it use $(MAKE)?)";
  }
  if (!is_fifo(read_fd) || !is_fifo(write_fd)) return "the jobserver fds " + fds + " are not a pipe";
  std::string private_path = "/proc/self/fd/" + std::to_string(read_fd);
  int private_read_fd = open(private_path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (private_read_fd >= 0) {
    read_fd_ = private_read_fd;
    owns_read_fd_ = true;
  } else {
    read_fd_ = read_fd;
    read_fd_shared_ = true;
  }
  store_ = std::make_unique<TokenStore>(write_fd);
  return "";
}

// ---------------------------------------------------------------- the object

Jobserver::Jobserver(Jobserver&& other) noexcept { *this = std::move(other); }

Jobserver& Jobserver::operator=(Jobserver&& other) noexcept {
  if (this == &other) return *this;
  release_and_close();
  requested_ = std::exchange(other.requested_, false);
  unavailable_reason_ = std::exchange(other.unavailable_reason_, std::string());
  read_fd_ = std::exchange(other.read_fd_, -1);
  read_fd_shared_ = std::exchange(other.read_fd_shared_, false);
  owns_read_fd_ = std::exchange(other.owns_read_fd_, false);
  owns_write_fd_ = std::exchange(other.owns_write_fd_, false);
  store_ = std::move(other.store_);
  return *this;
}

Jobserver::~Jobserver() { release_and_close(); }

void Jobserver::release_and_close() {
  release_all();
  if (store_ == nullptr) return;
  TokenStore* ours = store_.get();
  g_covered_store.compare_exchange_strong(ours, nullptr);
  if (owns_write_fd_) close(store_->write_fd);
  if (owns_read_fd_) close(read_fd_);
  store_.reset();
  read_fd_ = -1;
  owns_read_fd_ = owns_write_fd_ = false;
}

bool Jobserver::available() const { return store_ != nullptr; }

unsigned Jobserver::held() const { return store_ != nullptr ? store_->count.load() : 0; }

unsigned Jobserver::acquire_up_to(unsigned wanted, std::chrono::milliseconds wait) {
  if (store_ == nullptr || store_->signalled.load()) return 0;
  wanted = std::min(wanted, max_tokens - held());
  CoveredSignalsBlocked blocked(store_.get());
  auto deadline = std::chrono::steady_clock::now() + wait;
  unsigned got = 0;
  while (got < wanted) {
    if (!read_fd_shared_) {
      unsigned taken = read_available_tokens(wanted - got);
      got += taken;
      if (taken > 0) continue;
    }
    if (!wait_until_readable(deadline)) break;
    if (read_fd_shared_) {
      unsigned taken = read_available_tokens(1);
      if (taken == 0) break;
      got += taken;
    }
  }
  return got;
}

// Reads at most `limit` bytes now and stores them. On make's shared fd this is
// called only after poll() said readable, and reads one byte (see the top).
unsigned Jobserver::read_available_tokens(unsigned limit) {
  char buffer[64];
  size_t size = std::min<size_t>(limit, sizeof buffer);
  for (;;) {
    ssize_t count = read(read_fd_, buffer, size);
    if (count < 0 && errno == EINTR) continue;
    if (count <= 0) return 0;  // EAGAIN: none now; 0: no writer left
    for (ssize_t i = 0; i < count; ++i) store_->push(buffer[i]);
    return static_cast<unsigned>(count);
  }
}

// Waits until the read fd is readable or the deadline passes.
bool Jobserver::wait_until_readable(std::chrono::steady_clock::time_point deadline) {
  constexpr long long longest_poll_ms = 60'000;
  for (;;) {
    long long left = std::chrono::ceil<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
    left = std::max<long long>(left, 0);
    pollfd ready{read_fd_, POLLIN, 0};
    int result = poll(&ready, 1, static_cast<int>(std::min(left, longest_poll_ms)));
    if (result < 0 && errno == EINTR) continue;
    if (result < 0) return false;
    // POLLHUP without POLLIN: no writer is left; POLLERR, POLLNVAL: unusable.
    if (result > 0) return (ready.revents & POLLIN) != 0;
    if (left <= longest_poll_ms) return false;
  }
}

void Jobserver::release_all() {
  if (store_ == nullptr) return;
  CoveredSignalsBlocked blocked(store_.get());
  char byte;
  while (store_->pop(byte)) write_token(store_->write_fd, byte);
}

bool Jobserver::install_release_on_signal() {
  if (store_ == nullptr) return false;
  TokenStore* expected = nullptr;
  if (!g_covered_store.compare_exchange_strong(expected, store_.get()) && expected != store_.get()) return false;
  std::call_once(g_handlers_installed, install_signal_handlers);
  return true;
}

unsigned threads_with_jobserver(Jobserver& jobserver, unsigned max_threads, std::chrono::milliseconds wait) {
  if (!jobserver.available()) return max_threads;
  if (max_threads <= 1) return 1;
  return 1 + jobserver.acquire_up_to(max_threads - 1, wait);
}

}  // namespace sluice
