// The lines cargo and rustc print around a crate's diagnostics: cargo's status
// lines (`    Checking name v0.1.0 (/path)`, `    Finished ...`), its per-crate
// summary (`warning: `name` (lib) generated 1 warning`, `error: could not
// compile ...`), and rustc's own closing lines (`error: aborting due to ...`,
// `For more information about this error, try ...`). Wording and colours are
// cargo/rustc 1.95's; tests/unit/render_test.cpp compares them with real output.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analysis/diag/diagnostic.h"

namespace sluice {

enum class CargoTargetKind : uint8_t { Lib, Bin };

// What the driver knows about the crate being checked, as cargo names it.
struct CargoTargetInfo {
  std::string package_name;     // "my-pkg"
  std::string package_version;  // "0.1.0"
  std::string manifest_path;    // absolute path of Cargo.toml
  std::string package_dir;      // absolute directory holding Cargo.toml
  CargoTargetKind kind = CargoTargetKind::Bin;
  std::string target_name;  // "my_pkg" for a lib, the binary's name for a bin
  std::string src_path;     // absolute path of the crate root
  std::string edition = "2021";
};

// `(lib)` or `(bin "name")`, as cargo describes a target in its summaries.
std::string cargo_target_description(const CargoTargetInfo& target);

// A status line: the verb right-aligned in 12 columns, bold green when coloured.
std::string cargo_status_line(std::string_view verb, std::string_view message, bool color);
// `    Checking name v0.1.0 (/abs/dir)`
std::string cargo_checking_line(const CargoTargetInfo& target, bool color);
// `    Finished `dev` profile [unoptimized + debuginfo] target(s) in 0.12s`
// (release: `release` profile [optimized]).
std::string cargo_finished_line(double seconds, bool release, bool color);

struct CrateSummaryInput {
  DiagnosticCounts counts;
  // Suggestions cargo fix could apply (MachineApplicable); cargo mentions
  // them only when the crate compiled.
  uint32_t machine_applicable_fixes = 0;
};
CrateSummaryInput summarize_for_cargo(const std::vector<Diagnostic>& diagnostics);

// The lines cargo prints after a crate's diagnostics: `warning: ... generated
// N warnings` (when there are warnings), then `error: could not compile ...`
// (when there are errors). Empty when there is neither.
std::string cargo_crate_summary(const CargoTargetInfo& target, const CrateSummaryInput& summary, bool color);

// rustc's `error: aborting due to 2 previous errors; 1 warning emitted` (or
// `warning: 1 warning emitted`), with its blank line; empty with no errors
// and no warnings. Cargo does not show this one.
std::string rustc_aborting_message(DiagnosticCounts counts, bool color);
// The message text alone ("aborting due to 1 previous error"), for JSON.
std::string rustc_aborting_text(DiagnosticCounts counts);

// The rustc error codes that `rustc --explain` knows (E followed by four
// digits), sorted and unique, from the diagnostics' codes.
std::vector<std::string> explained_codes(const std::vector<Diagnostic>& diagnostics);
// rustc's `Some errors have detailed explanations: ...` and `For more
// information about ... error, try `rustc --explain E0308`.` lines (the text
// of each line, without newline); empty when no code has an explanation.
std::vector<std::string> rustc_explain_lines(const std::vector<std::string>& codes);
// Those lines as rustc prints them: bold when coloured.
std::string rustc_explain_text(const std::vector<std::string>& codes, bool color);

}  // namespace sluice
