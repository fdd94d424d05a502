// The `sluice` command line: parsing argv into a Command value. Parsing never
// prints or exits; main() decides what to do with errors (exit code 2).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "server/driver/check.h"
#include "server/lsp/run_server.h"

namespace sluice {

enum class CommandKind { Check, Build, Run, Lsp, Version, Help };

struct Command {
  CommandKind kind = CommandKind::Help;
  CheckOptions check;              // for check (and later build/run)
  lsp::LspOptions lsp;             // for lsp
  std::vector<std::string> program_args;  // after `--` for run
  std::string help_topic;          // `sluice help check`
  std::string error;               // non-empty: a usage error to report
};

Command parse_command_line(const std::vector<std::string>& args);
std::string usage_text(const std::string& topic);

}  // namespace sluice
