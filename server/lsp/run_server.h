// `sluice lsp --stdio`: the language server on the process's stdin/stdout.
#pragma once

#include <string>

namespace sluice::lsp {

struct LspOptions {
  bool stdio = false;
  std::string log_file;  // empty: stderr
  std::string log_level = "info";
  unsigned jobs = 0;     // 0: one thread per core
};

// Serves until `exit` (or the end of input); returns the exit code LSP
// asks for: 0 after `shutdown`, 1 otherwise.
int run_language_server(const LspOptions& options);

}  // namespace sluice::lsp
