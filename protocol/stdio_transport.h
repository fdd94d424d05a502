// The language server's byte transport: framed messages in from one file
// descriptor, framed messages out to another, integrated with an Asio event
// loop. `sluice lsp --stdio` uses it on the process's stdin and stdout.
//
// Threads (why): reading uses one blocking reader thread with poll(2) and
// read(2) rather than asio::posix::stream_descriptor, because the latter
// relies on epoll, which refuses regular files (EPERM): a client or a test
// that redirects stdin from a file must work as well as a pipe, a socket or a
// terminal. poll() also watches a private wake-up pipe, so stop() can
// interrupt a blocked read. Writing uses one writer thread draining a
// mutex-guarded queue with blocking write(2), for the same reason, and so that
// a slow client never blocks the threads that produce messages; it is the only
// code that writes the output descriptor. SIGPIPE is blocked in the writer
// thread and a broken pipe turns into output_failed() instead of killing the
// process.
//
// Delivery: each body, framing error and the final end-of-input is posted to
// the given io_context through a strand, in stream order, so handlers run one
// at a time even when several threads run the context. While the reader runs
// it holds a work guard on the context, so io_context::run() returns only
// after end of input has been delivered (or stop()).
//
// Thread-safety: send() and output_failed() may be called from any thread.
// start() and stop() are called by the owner, one at a time; calling stop()
// from a handler on the io_context is fine, since callbacks never run on the
// transport's own threads.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include <asio/io_context.hpp>
#include <asio/strand.hpp>

#include "protocol/framing.h"

namespace sluice::protocol {

struct TransportCallbacks {
  std::function<void(std::string body)> on_message;
  // A framing problem the decoder recovered from (see FrameDecoder); there is
  // no one to answer, so the server logs it.
  std::function<void(std::string error)> on_frame_error;
  // The input ended (end of file, or a read error); delivered after every
  // message. Not delivered after stop().
  std::function<void()> on_end_of_input;
};

struct StdioTransportOptions {
  FrameDecoderOptions framing;
  // Whether stop() closes the two descriptors (take_over_process_stdio's duplicates are owned).
  bool owns_descriptors = false;
};

class StdioTransport {
 public:
  StdioTransport(asio::io_context& io, int input_fd, int output_fd, TransportCallbacks callbacks,
                 StdioTransportOptions options = {});
  ~StdioTransport();  // stop()
  StdioTransport(const StdioTransport&) = delete;
  StdioTransport& operator=(const StdioTransport&) = delete;

  // Moves the process's stdin and stdout to private descriptors and points
  // fd 0 at /dev/null and fd 1 at stderr, so that nothing else in the process
  // (a stray printf, a library's diagnostics) can read the client's messages
  // or corrupt the output stream. Returns null and sets `error` on failure.
  static std::unique_ptr<StdioTransport> take_over_process_stdio(asio::io_context& io, TransportCallbacks callbacks,
                                                                 std::string& error,
                                                                 StdioTransportOptions options = {});

  // Starts the reader and writer threads. Call once.
  void start();
  // Frames `body` and queues it for the writer. Never blocks on I/O. Ignored
  // after stop() or once the output failed.
  void send(std::string body);
  // Stops reading (pending deliveries already posted still run), writes
  // everything queued, then joins both threads. Idempotent. Blocks while the
  // client is not reading its end of a full pipe.
  void stop();
  // True once a write failed (the client closed its end).
  bool output_failed() const;

 private:
  void reader_loop();
  void writer_loop();
  void deliver_frame(DecodedFrame frame);
  void deliver_end_of_input();
  bool write_all(std::string_view bytes);

  asio::io_context& io_;
  asio::strand<asio::io_context::executor_type> strand_;
  std::shared_ptr<const TransportCallbacks> callbacks_;
  StdioTransportOptions options_;
  int input_fd_;
  int output_fd_;
  // The reader polls this; stop() writes a byte to the other end. Should the
  // pipe fail to open, stop() waits for the input to end instead.
  int wake_read_fd_ = -1;
  int wake_write_fd_ = -1;
  std::thread reader_;
  std::thread writer_;

  mutable std::mutex mutex_;
  std::condition_variable writer_wakeup_;
  std::deque<std::string> queue_;  // guarded by mutex_
  bool stopping_ = false;          // guarded by mutex_: the writer drains and exits
  bool output_failed_ = false;     // guarded by mutex_
  bool started_ = false;           // owner's thread only
  bool stopped_ = false;           // owner's thread only
};

}  // namespace sluice::protocol
