// The GNU make jobserver client (server/engine/jobserver.h): MAKEFLAGS
// parsing, then acquiring and releasing tokens on a real pipe and a real fifo
// made here, and releasing from a signal handler in a forked child. The hidden
// cases at the end run under a real make (tests/jobserver/make_check.sh).
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include "server/engine/jobserver.h"

using namespace sluice;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

// A pipe standing in for make's: the test holds both ends, as make does.
struct TokenPipe {
  int read_fd = -1;
  int write_fd = -1;

  explicit TokenPipe(const std::string& tokens) {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    read_fd = fds[0];
    write_fd = fds[1];
    REQUIRE(write(write_fd, tokens.data(), tokens.size()) == static_cast<ssize_t>(tokens.size()));
  }
  ~TokenPipe() {
    close(read_fd);
    close(write_fd);
  }
  std::string makeflags() const {
    return " -j4 --jobserver-auth=" + std::to_string(read_fd) + "," + std::to_string(write_fd);
  }
};

// A fifo standing in for make 4.4's, in its own temporary directory; the test
// holds a reader and a writer open, as make does.
struct TokenFifo {
  fs::path dir;
  fs::path path;
  int read_fd = -1;
  int write_fd = -1;

  explicit TokenFifo(const std::string& tokens) {
    std::string pattern = (fs::temp_directory_path() / "sluice-jobserver-test-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    dir = pattern;
    path = dir / "fifo";
    REQUIRE(mkfifo(path.c_str(), 0600) == 0);
    read_fd = open(path.c_str(), O_RDONLY | O_NONBLOCK);
    REQUIRE(read_fd >= 0);
    write_fd = open(path.c_str(), O_WRONLY);
    REQUIRE(write_fd >= 0);
    fcntl(read_fd, F_SETFL, fcntl(read_fd, F_GETFL) & ~O_NONBLOCK);  // make's reads block
    REQUIRE(write(write_fd, tokens.data(), tokens.size()) == static_cast<ssize_t>(tokens.size()));
  }
  ~TokenFifo() {
    close(read_fd);
    close(write_fd);
    std::error_code ignored;
    fs::remove_all(dir, ignored);
  }
  std::string makeflags() const { return "-j4 --jobserver-auth=fifo:" + path.string(); }
};

// Every byte waiting in the pipe now, sorted (tokens are a multiset), read
// without blocking and without changing the test's own description for long.
std::string drain_sorted(int read_fd) {
  int flags = fcntl(read_fd, F_GETFL);
  fcntl(read_fd, F_SETFL, flags | O_NONBLOCK);
  std::string bytes;
  char buffer[64];
  for (ssize_t count; (count = read(read_fd, buffer, sizeof buffer)) > 0;) bytes.append(buffer, count);
  fcntl(read_fd, F_SETFL, flags);
  std::sort(bytes.begin(), bytes.end());
  return bytes;
}

std::string sorted(std::string bytes) {
  std::sort(bytes.begin(), bytes.end());
  return bytes;
}

// Runs `child` in a forked process and returns its wait status.
template <typename Child>
int run_in_child(Child child) {
  pid_t pid = fork();
  if (pid == 0) {
    child();
    _exit(100);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

// The same acquire/release checks for a pipe and a fifo.
template <typename Tokens>
void check_acquire_and_release() {
  const std::string tokens = "+ab";

  SECTION("acquire takes every token there is, without blocking, and release writes the same bytes back") {
    Tokens make_side(tokens);
    Jobserver jobserver = Jobserver::from_makeflags(make_side.makeflags());
    INFO(jobserver.unavailable_reason());
    REQUIRE(jobserver.available());
    auto start = std::chrono::steady_clock::now();
    CHECK(jobserver.acquire_up_to(5, 200ms) == 3);
    CHECK(std::chrono::steady_clock::now() - start < 5s);
    CHECK(jobserver.held() == 3);
    CHECK(drain_sorted(make_side.read_fd).empty());
    jobserver.release_all();
    CHECK(jobserver.held() == 0);
    CHECK(drain_sorted(make_side.read_fd) == sorted(tokens));
    jobserver.release_all();  // a second release writes nothing
    CHECK(drain_sorted(make_side.read_fd).empty());
  }

  SECTION("acquire takes no more than asked; the rest stay with make") {
    Tokens make_side(tokens);
    Jobserver jobserver = Jobserver::from_makeflags(make_side.makeflags());
    REQUIRE(jobserver.available());
    CHECK(jobserver.acquire_up_to(2, 0ms) == 2);
    CHECK(drain_sorted(make_side.read_fd).size() == 1);
  }

  SECTION("the destructor releases what was not released") {
    Tokens make_side(tokens);
    {
      Jobserver jobserver = Jobserver::from_makeflags(make_side.makeflags());
      REQUIRE(jobserver.available());
      REQUIRE(jobserver.acquire_up_to(3, 100ms) == 3);
    }
    CHECK(drain_sorted(make_side.read_fd) == sorted(tokens));
  }

  SECTION("a moved jobserver releases once, from its new owner") {
    Tokens make_side(tokens);
    std::string released;
    {
      Jobserver first = Jobserver::from_makeflags(make_side.makeflags());
      REQUIRE(first.acquire_up_to(3, 100ms) == 3);
      Jobserver second = std::move(first);
      CHECK_FALSE(first.available());
      CHECK(first.held() == 0);
      CHECK(second.held() == 3);
      first.release_all();
      CHECK(drain_sorted(make_side.read_fd).empty());
      Jobserver third;
      third = std::move(second);
      CHECK(third.held() == 3);
    }
    CHECK(drain_sorted(make_side.read_fd) == sorted(tokens));
  }

  SECTION("with no tokens, acquire returns 0 after the wait") {
    Tokens make_side("");
    Jobserver jobserver = Jobserver::from_makeflags(make_side.makeflags());
    REQUIRE(jobserver.available());
    CHECK(jobserver.acquire_up_to(4, 20ms) == 0);
    CHECK(jobserver.acquire_up_to(4, 0ms) == 0);
    jobserver.release_all();
    CHECK(drain_sorted(make_side.read_fd).empty());
  }

  SECTION("make's read description stays blocking") {
    Tokens make_side(tokens);
    int flags_before = fcntl(make_side.read_fd, F_GETFL);
    Jobserver jobserver = Jobserver::from_makeflags(make_side.makeflags());
    jobserver.acquire_up_to(5, 10ms);
    CHECK(fcntl(make_side.read_fd, F_GETFL) == flags_before);
    CHECK((flags_before & O_NONBLOCK) == 0);
  }
}

}  // namespace

TEST_CASE("MAKEFLAGS: the jobserver options of each make version", "[jobserver]") {
  JobserverAuth fifo = parse_jobserver_auth("-j4 --jobserver-auth=fifo:/tmp/GMfifo123");
  CHECK(fifo.kind == JobserverAuth::Kind::fifo);
  CHECK(fifo.fifo_path == "/tmp/GMfifo123");

  JobserverAuth pipe = parse_jobserver_auth(" -j3 --jobserver-auth=3,4");
  CHECK(pipe.kind == JobserverAuth::Kind::pipe);
  CHECK(pipe.read_fd == 3);
  CHECK(pipe.write_fd == 4);

  JobserverAuth old_pipe = parse_jobserver_auth("kw -j --jobserver-fds=5,6");
  CHECK(old_pipe.kind == JobserverAuth::Kind::pipe);
  CHECK(old_pipe.read_fd == 5);
  CHECK(old_pipe.write_fd == 6);

  JobserverAuth escaped = parse_jobserver_auth("--jobserver-auth=fifo:/tmp/a\\ b/fifo -k");
  CHECK(escaped.kind == JobserverAuth::Kind::fifo);
  CHECK(escaped.fifo_path == "/tmp/a b/fifo");
}

TEST_CASE("MAKEFLAGS: the last jobserver option wins", "[jobserver]") {
  JobserverAuth fifo_last = parse_jobserver_auth("--jobserver-fds=5,6 --jobserver-auth=7,8 --jobserver-auth=fifo:/x");
  CHECK(fifo_last.kind == JobserverAuth::Kind::fifo);
  CHECK(fifo_last.fifo_path == "/x");

  JobserverAuth pipe_last = parse_jobserver_auth("--jobserver-auth=fifo:/x --jobserver-auth=7,8");
  CHECK(pipe_last.kind == JobserverAuth::Kind::pipe);
  CHECK(pipe_last.read_fd == 7);
  CHECK(pipe_last.fifo_path.empty());

  JobserverAuth good_last = parse_jobserver_auth("--jobserver-auth=abc --jobserver-auth=7,8");
  CHECK(good_last.kind == JobserverAuth::Kind::pipe);
  CHECK(good_last.error.empty());

  // Command-line variable definitions after "--" are not options.
  JobserverAuth variables = parse_jobserver_auth("-j2 --jobserver-auth=7,8 -- X=--jobserver-auth=9,10");
  CHECK(variables.read_fd == 7);
}

TEST_CASE("MAKEFLAGS without a jobserver: not requested, no error", "[jobserver]") {
  for (const char* makeflags : {"", " ", "-k", " -j4", "-j -- FOO=bar"}) {
    INFO(makeflags);
    CHECK(parse_jobserver_auth(makeflags).kind == JobserverAuth::Kind::none);
    Jobserver jobserver = Jobserver::from_makeflags(makeflags);
    CHECK_FALSE(jobserver.requested());
    CHECK_FALSE(jobserver.available());
    CHECK(jobserver.unavailable_reason().empty());
    CHECK(jobserver.acquire_up_to(4, 0ms) == 0);
    CHECK(threads_with_jobserver(jobserver, 6) == 6);
  }
}

TEST_CASE("MAKEFLAGS with a malformed jobserver option: unavailable, with the reason", "[jobserver]") {
  for (const char* makeflags : {"--jobserver-auth=abc", "--jobserver-auth=3,",
                                "--jobserver-auth=fifo:", "--jobserver-fds=fifo:/tmp/x", "--jobserver-auth=3,4x"}) {
    INFO(makeflags);
    JobserverAuth auth = parse_jobserver_auth(makeflags);
    CHECK(auth.kind == JobserverAuth::Kind::malformed);
    Jobserver jobserver = Jobserver::from_makeflags(makeflags);
    CHECK(jobserver.requested());
    CHECK_FALSE(jobserver.available());
    CHECK_THAT(jobserver.unavailable_reason(), Catch::Contains("unrecognised jobserver option"));
    CHECK(jobserver.acquire_up_to(4, 0ms) == 0);
  }
  CHECK_THAT(Jobserver::from_makeflags("--jobserver-auth=abc").unavailable_reason(), Catch::Contains("abc"));
}

TEST_CASE("Jobserver fds that are closed or not a pipe: unavailable, with the reason", "[jobserver]") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  close(fds[0]);
  close(fds[1]);
  std::string closed = "--jobserver-auth=" + std::to_string(fds[0]) + "," + std::to_string(fds[1]);
  Jobserver closed_fds = Jobserver::from_makeflags(closed);
  CHECK(closed_fds.requested());
  CHECK_FALSE(closed_fds.available());
  CHECK_THAT(closed_fds.unavailable_reason(), Catch::Contains("not open"));

  int null_fd = open("/dev/null", O_RDWR);
  REQUIRE(null_fd >= 0);
  std::string null_flags = "--jobserver-auth=" + std::to_string(null_fd) + "," + std::to_string(null_fd);
  Jobserver not_pipe = Jobserver::from_makeflags(null_flags);
  CHECK_FALSE(not_pipe.available());
  CHECK_THAT(not_pipe.unavailable_reason(), Catch::Contains("not a pipe"));
  close(null_fd);

  Jobserver negative = Jobserver::from_makeflags("--jobserver-auth=-2,-2");
  CHECK(negative.requested());
  CHECK_FALSE(negative.available());
  CHECK_FALSE(negative.unavailable_reason().empty());

  Jobserver no_fifo = Jobserver::from_makeflags("--jobserver-auth=fifo:/nonexistent/sluice-fifo");
  CHECK(no_fifo.requested());
  CHECK_FALSE(no_fifo.available());
  CHECK_THAT(no_fifo.unavailable_reason(), Catch::Contains("/nonexistent/sluice-fifo"));
}

TEST_CASE("Jobserver on a pipe (make 4.3's R,W form)", "[jobserver]") { check_acquire_and_release<TokenPipe>(); }

TEST_CASE("Jobserver on a fifo (make 4.4's fifo:PATH form)", "[jobserver]") { check_acquire_and_release<TokenFifo>(); }

TEST_CASE("threads_with_jobserver: the implicit token plus what could be acquired", "[jobserver]") {
  TokenPipe make_side("+++");
  {
    Jobserver jobserver = Jobserver::from_makeflags(make_side.makeflags());
    CHECK(threads_with_jobserver(jobserver, 8) == 4);
  }
  CHECK(drain_sorted(make_side.read_fd) == "+++");
  REQUIRE(write(make_side.write_fd, "+++", 3) == 3);
  {
    Jobserver jobserver = Jobserver::from_makeflags(make_side.makeflags());
    CHECK(threads_with_jobserver(jobserver, 2) == 2);
    CHECK(jobserver.held() == 1);
    CHECK(threads_with_jobserver(jobserver, 1) == 1);
    CHECK(jobserver.held() == 1);
  }
  CHECK(drain_sorted(make_side.read_fd) == "+++");
}

TEST_CASE("Jobserver tokens go back when SIGTERM ends the process", "[jobserver]") {
  TokenPipe make_side("+ab");
  int status = run_in_child([&] {
    signal(SIGTERM, SIG_DFL);  // not Catch's handler, which reports a failure
    Jobserver jobserver = Jobserver::from_makeflags(make_side.makeflags());
    if (jobserver.acquire_up_to(5, 100ms) != 3 || !jobserver.install_release_on_signal()) _exit(1);
    raise(SIGTERM);
    _exit(2);  // not reached: SIGTERM's default action ends the child
  });
  REQUIRE(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGTERM);
  CHECK(drain_sorted(make_side.read_fd) == "+ab");
}

namespace {
volatile sig_atomic_t g_interrupted = 0;
extern "C" void note_interrupt(int) { g_interrupted = 1; }
}  // namespace

TEST_CASE("Jobserver tokens go back on SIGINT before a handler installed earlier runs", "[jobserver]") {
  TokenPipe make_side("+ab");
  int status = run_in_child([&] {
    signal(SIGINT, note_interrupt);
    Jobserver jobserver = Jobserver::from_makeflags(make_side.makeflags());
    if (jobserver.acquire_up_to(5, 100ms) != 3 || !jobserver.install_release_on_signal()) _exit(1);
    Jobserver other = Jobserver::from_makeflags(make_side.makeflags());
    if (other.install_release_on_signal()) _exit(2);  // one covered object at a time
    raise(SIGINT);
    if (!g_interrupted) _exit(3);
    if (jobserver.held() != 0) _exit(4);
    if (jobserver.acquire_up_to(5, 0ms) != 0) _exit(5);  // a process being interrupted takes no more
    jobserver.release_all();                             // must not write the tokens a second time
    _exit(0);
  });
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(drain_sorted(make_side.read_fd) == "+ab");
}

// Run by tests/jobserver/make_check.sh from a recipe of a real `make -j3`:
// takes every token make offers, says how many, and gives them back.
TEST_CASE("jobserver child: tokens from the make that runs this", "[.jobserver-child]") {
  Jobserver jobserver = Jobserver::from_environment();
  INFO("MAKEFLAGS=" << (std::getenv("MAKEFLAGS") ? std::getenv("MAKEFLAGS") : "(unset)"));
  INFO(jobserver.unavailable_reason());
  REQUIRE(jobserver.available());
  REQUIRE(jobserver.install_release_on_signal());
  unsigned acquired = jobserver.acquire_up_to(8, 200ms);
  std::cout << "jobserver tokens acquired: " << acquired << std::endl;
  jobserver.release_all();
  CHECK(jobserver.held() == 0);
}

// The script's self-test: a client that loses its tokens (exits without
// unwinding), which make must notice.
TEST_CASE("jobserver thief: takes tokens and never gives them back", "[.jobserver-thief]") {
  Jobserver jobserver = Jobserver::from_environment();
  REQUIRE(jobserver.available());
  unsigned acquired = jobserver.acquire_up_to(8, 200ms);
  std::cout << "jobserver tokens stolen: " << acquired << std::endl;
  std::_Exit(0);
}
