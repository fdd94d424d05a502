// The headless check: load a workspace, run the stages over every crate, and
// report diagnostics as rustc/cargo would. The language server will drive
// the same stages through the engine; this is its command-line face.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "analysis/lex/lex.h"

#include "server/engine/engine.h"

namespace sluice {

enum class MessageFormat { Human, Json };
enum class ColorChoice { Auto, Always, Never };
enum class Stage { Parse, Interface, Check };

struct CheckOptions {
  std::string path;  // directory, Cargo.toml or .rs file
  MessageFormat format = MessageFormat::Human;
  ColorChoice color = ColorChoice::Auto;
  unsigned jobs = 0;  // 0: one thread per core
  std::optional<Edition> edition;  // for a single .rs file
  Stage stop_after = Stage::Check;
  bool quiet = false;
  bool stats = false;
  CheckOrder order = CheckOrder::RootFirst;  // --order root-first|deps
  std::vector<std::string> packages;         // -p: the crates of interest (and all that is checked)
  bool cache = true;  // read and write target/sluice/meta (--no-cache: neither)
  bool timings_html = false;  // --timings: target/sluice/timings.html
  bool timings_json = false;  // --timings=json: target/sluice/timings.json
};

// Exit codes of `sluice check`.
constexpr int kExitClean = 0;
constexpr int kExitErrors = 1;
constexpr int kExitUsageOrIo = 2;

// Runs the check, writing diagnostics and status to stdout/stderr as the
// options say, and returns the exit code.
int run_check(const CheckOptions& options);

}  // namespace sluice
