#include "server/lsp/run_server.h"

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <asio.hpp>
#include <atomic>
#include <thread>

#include "protocol/stdio_transport.h"
#include "server/engine/real_file_system.h"
#include "server/engine/thread_pool_warm_up.h"
#include "server/lsp/language_server.h"

namespace sluice::lsp {

namespace {

// Logs go to the file asked for, else to stderr: never to stdout, which
// carries the protocol.
std::shared_ptr<spdlog::logger> make_logger(const LspOptions& options, std::string& error) {
  std::shared_ptr<spdlog::logger> logger;
  try {
    if (options.log_file.empty()) logger = spdlog::stderr_color_mt("sluice-lsp");
    else logger = spdlog::basic_logger_mt("sluice-lsp", options.log_file);
  } catch (const spdlog::spdlog_ex& e) {  // the log file cannot be opened: say so, log to stderr
    error = e.what();
    logger = spdlog::stderr_color_mt("sluice-lsp-fallback");
  }
  logger->set_level(spdlog::level::from_str(options.log_level));
  logger->flush_on(spdlog::level::info);
  return logger;
}

}  // namespace

int run_language_server(const LspOptions& options) {
  std::string log_error;
  std::shared_ptr<spdlog::logger> logger = make_logger(options, log_error);
  if (!log_error.empty()) logger->warn("cannot open the log file `{}`: {}", options.log_file, log_error);

  ThreadPoolWarmUp warm_up;  // while the client sends initialize
  asio::io_context io;
  std::atomic<int> exit_code{1};  // end of input without `exit`: 1, as after an exit without shutdown
  std::unique_ptr<protocol::StdioTransport> transport;
  protocol::Endpoint endpoint([&](const nlohmann::json& message) { transport->send(message.dump()); },
                              protocol::EndpointOptions{[&](std::string_view m) { logger->warn("{}", m); }});
  RealFileSystem disk;
  LanguageServerOptions server_options;
  server_options.analysis.disk = &disk;
  unsigned cores = std::thread::hardware_concurrency();
  server_options.analysis.threads = options.jobs != 0 ? options.jobs : (cores == 0 ? 1 : cores);
  server_options.analysis.log = [&](const std::string& m) { logger->info("{}", m); };
  server_options.on_exit = [&](int code) {
    exit_code = code;
    io.stop();
  };
  LanguageServer server(endpoint, server_options);

  protocol::TransportCallbacks callbacks;
  callbacks.on_message = [&](std::string body) { endpoint.receive(body); };
  callbacks.on_frame_error = [&](const std::string& error) { logger->error("bad frame: {}", error); };
  callbacks.on_end_of_input = [&] {
    logger->info("end of input");
    if (server.shut_down()) exit_code = 0;
    io.stop();
  };
  std::string error;
  transport = protocol::StdioTransport::take_over_process_stdio(io, callbacks, error);
  if (!transport) {
    logger->error("cannot take over stdin/stdout: {}", error);
    return 1;
  }
  logger->info("sluice {} language server started", SLUICE_VERSION);
  transport->start();
  io.run();
  transport->stop();
  return exit_code;
}

}  // namespace sluice::lsp
