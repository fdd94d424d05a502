#include "protocol/stdio_transport.h"

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <asio/executor_work_guard.hpp>
#include <asio/post.hpp>

namespace sluice::protocol {

namespace {

constexpr size_t read_chunk_bytes = 64 * 1024;

// Write failures on a pipe whose reader is gone raise SIGPIPE, whose default
// action kills the process. Blocking it in the writer thread turns it into
// EPIPE; the signal then stays pending on this thread and is consumed here.
void block_sigpipe_in_this_thread() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

void consume_pending_sigpipe() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGPIPE);
  timespec no_wait{0, 0};
  while (sigtimedwait(&set, nullptr, &no_wait) == SIGPIPE) {
  }
}

// Waits until `fd` is writable; for an output descriptor left non-blocking by the client.
void wait_writable(int fd) {
  pollfd entry{fd, POLLOUT, 0};
  while (poll(&entry, 1, -1) < 0 && errno == EINTR) {
  }
}

}  // namespace

StdioTransport::StdioTransport(asio::io_context& io, int input_fd, int output_fd, TransportCallbacks callbacks,
                               StdioTransportOptions options)
    : io_(io),
      strand_(asio::make_strand(io)),
      callbacks_(std::make_shared<const TransportCallbacks>(std::move(callbacks))),
      options_(options),
      input_fd_(input_fd),
      output_fd_(output_fd) {}

StdioTransport::~StdioTransport() { stop(); }

std::unique_ptr<StdioTransport> StdioTransport::take_over_process_stdio(asio::io_context& io,
                                                                        TransportCallbacks callbacks,
                                                                        std::string& error,
                                                                        StdioTransportOptions options) {
  int input = fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 3);
  int output = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
  int null_input = open("/dev/null", O_RDONLY | O_CLOEXEC);
  // Nothing buffered in stdout is flushed first: it would land in the
  // protocol stream. Whatever is flushed later goes to stderr instead.
  bool redirected = input >= 0 && output >= 0 && null_input >= 0 && dup2(null_input, STDIN_FILENO) >= 0 &&
                    dup2(STDERR_FILENO, STDOUT_FILENO) >= 0;
  int saved_errno = errno;
  if (null_input >= 0) close(null_input);
  if (!redirected) {
    error = std::string("cannot take over stdin/stdout: ") + std::strerror(saved_errno);
    if (input >= 0) close(input);
    if (output >= 0) close(output);
    return nullptr;
  }
  options.owns_descriptors = true;
  return std::make_unique<StdioTransport>(io, input, output, std::move(callbacks), options);
}

void StdioTransport::start() {
  if (started_) return;
  started_ = true;
  int wake[2];
  if (pipe2(wake, O_CLOEXEC) == 0) {
    wake_read_fd_ = wake[0];
    wake_write_fd_ = wake[1];
  }
  // The guard keeps io_context::run() going until end of input is delivered.
  reader_ = std::thread([this, guard = asio::make_work_guard(io_)]() mutable {
    reader_loop();
    guard.reset();
  });
  writer_ = std::thread([this] { writer_loop(); });
}

void StdioTransport::reader_loop() {
  FrameDecoder decoder(options_.framing);
  std::string chunk(read_chunk_bytes, '\0');
  while (true) {
    pollfd watched[2] = {{input_fd_, POLLIN, 0}, {wake_read_fd_, POLLIN, 0}};
    if (poll(watched, wake_read_fd_ >= 0 ? 2 : 1, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (watched[1].revents != 0) return;  // stop(): no end-of-input delivery
    ssize_t count = read(input_fd_, chunk.data(), chunk.size());
    if (count < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (count <= 0) break;
    decoder.feed(std::string_view(chunk.data(), size_t(count)));
    while (std::optional<DecodedFrame> frame = decoder.next()) deliver_frame(std::move(*frame));
  }
  if (!decoder.at_message_boundary()) {
    deliver_frame(DecodedFrame{DecodedFrame::Kind::error, "the input ended inside a message"});
  }
  deliver_end_of_input();
}

// The lambdas hold the callbacks by shared_ptr, not `this`: a posted delivery
// may outlive the transport if the io_context runs after it is destroyed.
void StdioTransport::deliver_frame(DecodedFrame frame) {
  asio::post(strand_, [callbacks = callbacks_, frame = std::move(frame)]() mutable {
    if (frame.is_error()) {
      if (callbacks->on_frame_error) callbacks->on_frame_error(std::move(frame.text));
    } else if (callbacks->on_message) {
      callbacks->on_message(std::move(frame.text));
    }
  });
}

void StdioTransport::deliver_end_of_input() {
  asio::post(strand_, [callbacks = callbacks_] {
    if (callbacks->on_end_of_input) callbacks->on_end_of_input();
  });
}

void StdioTransport::send(std::string body) {
  std::string framed = frame_message(body);
  {
    std::lock_guard lock(mutex_);
    if (stopping_ || output_failed_) return;
    queue_.push_back(std::move(framed));
  }
  writer_wakeup_.notify_one();
}

void StdioTransport::writer_loop() {
  block_sigpipe_in_this_thread();
  while (true) {
    std::deque<std::string> batch;
    {
      std::unique_lock lock(mutex_);
      writer_wakeup_.wait(lock, [&] { return !queue_.empty() || stopping_; });
      if (queue_.empty()) return;  // stopping, and everything is written
      batch.swap(queue_);
    }
    for (const std::string& framed : batch) {
      if (write_all(framed)) continue;
      std::lock_guard lock(mutex_);
      output_failed_ = true;
      queue_.clear();
      break;
    }
  }
}

bool StdioTransport::write_all(std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t written = write(output_fd_, bytes.data(), bytes.size());
    if (written >= 0) {
      bytes.remove_prefix(size_t(written));
    } else if (errno == EAGAIN) {
      wait_writable(output_fd_);
    } else if (errno != EINTR) {
      if (errno == EPIPE) consume_pending_sigpipe();
      return false;
    }
  }
  return true;
}

void StdioTransport::stop() {
  if (stopped_) return;
  stopped_ = true;
  if (reader_.joinable()) {
    char byte = 0;
    if (wake_write_fd_ >= 0) (void)!write(wake_write_fd_, &byte, 1);
    reader_.join();
  }
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  writer_wakeup_.notify_one();
  if (writer_.joinable()) writer_.join();
  for (int fd : {wake_read_fd_, wake_write_fd_}) {
    if (fd >= 0) close(fd);
  }
  if (options_.owns_descriptors) {
    close(input_fd_);
    close(output_fd_);
  }
}

bool StdioTransport::output_failed() const {
  std::lock_guard lock(mutex_);
  return output_failed_;
}

}  // namespace sluice::protocol
