// `sluice`: the command line. Everything here is argument handling; the work
// is in server/driver.
#include <cstdio>
#include <string>
#include <vector>

#include "codegen/codegen.h"
#include "server/cli/command_line.h"

using namespace sluice;

static int report_not_available(const char* what) {
  std::fprintf(stderr,
               "error: `sluice %s` is not available yet: this release checks code (`sluice check`); "
               "building comes with the codegen stage\n",
               what);
  return kExitUsageOrIo;
}

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  Command command = parse_command_line(args);
  if (!command.error.empty()) {
    std::fprintf(stderr, "error: %s\n\nFor more information, try `sluice help`.\n", command.error.c_str());
    return kExitUsageOrIo;
  }
  switch (command.kind) {
    case CommandKind::Version:
      std::printf("sluice %s (LLVM %s, %s)\n", SLUICE_VERSION, llvm_version().c_str(),
                  llvm_default_target_triple().c_str());
      return 0;
    case CommandKind::Help:
      std::fputs(usage_text(command.help_topic).c_str(), stdout);
      return 0;
    case CommandKind::Check:
      return run_check(command.check);
    case CommandKind::Build: return report_not_available("build");
    case CommandKind::Run: return report_not_available("run");
    case CommandKind::Lsp: return report_not_available("lsp");
  }
  return 0;
}
