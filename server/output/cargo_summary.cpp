#include "server/output/cargo_summary.h"

#include <algorithm>
#include <cstdio>

#include "analysis/diag/render_human.h"

namespace sluice {

namespace {

constexpr std::string_view kBoldGreen = "\x1b[1m\x1b[92m";
constexpr std::string_view kBoldRed = "\x1b[1m\x1b[91m";
constexpr std::string_view kBoldYellow = "\x1b[1m\x1b[33m";
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kReset = "\x1b[0m";

std::string plural(uint32_t n, std::string_view word) {
  std::string out = std::to_string(n) + " " + std::string(word);
  if (n != 1) out += "s";
  return out;
}

std::string styled(std::string_view text, std::string_view escape, bool color) {
  if (!color) return std::string(text);
  return std::string(escape) + std::string(text) + std::string(kReset);
}

// `error: message` / `warning: message`: cargo colours only the level word.
std::string cargo_message(std::string_view level, std::string_view escape, std::string_view message, bool color) {
  return styled(level, escape, color) + ": " + std::string(message) + "\n";
}

bool is_explained_code(std::string_view code) {
  return code.size() == 5 && code[0] == 'E' &&
         std::all_of(code.begin() + 1, code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string cargo_target_description(const CargoTargetInfo& target) {
  if (target.kind == CargoTargetKind::Lib) return "(lib)";
  return "(bin \"" + target.target_name + "\")";
}

std::string cargo_status_line(std::string_view verb, std::string_view message, bool color) {
  std::string padded(verb.size() < 12 ? 12 - verb.size() : 0, ' ');
  padded += verb;
  return styled(padded, kBoldGreen, color) + " " + std::string(message) + "\n";
}

std::string cargo_checking_line(const CargoTargetInfo& target, bool color) {
  return cargo_status_line(
      "Checking", target.package_name + " v" + target.package_version + " (" + target.package_dir + ")", color);
}

std::string cargo_finished_line(double seconds, bool release, bool color) {
  char time[32];
  std::snprintf(time, sizeof time, "%.2fs", seconds);
  std::string profile = release ? "`release` profile [optimized]" : "`dev` profile [unoptimized + debuginfo]";
  return cargo_status_line("Finished", profile + " target(s) in " + time, color);
}

CrateSummaryInput summarize_for_cargo(const std::vector<Diagnostic>& diagnostics) {
  CrateSummaryInput summary;
  summary.counts = count_diagnostics(diagnostics);
  for (const Diagnostic& d : diagnostics) {
    if (d.level != Level::Warning) continue;
    for (const SubDiagnostic& child : d.children) {
      if (child.replacement && child.applicability == Applicability::MachineApplicable) {
        ++summary.machine_applicable_fixes;
      }
    }
  }
  return summary;
}

std::string cargo_crate_summary(const CargoTargetInfo& target, const CrateSummaryInput& summary, bool color) {
  std::string name = "`" + target.package_name + "` " + cargo_target_description(target);
  std::string out;
  const DiagnosticCounts& counts = summary.counts;
  if (counts.warnings > 0) {
    std::string message = name + " generated " + plural(counts.warnings, "warning");
    if (counts.errors == 0 && summary.machine_applicable_fixes > 0) {
      std::string which = target.kind == CargoTargetKind::Lib ? "--lib" : "--bin \"" + target.target_name + "\"";
      message += " (run `cargo fix " + which + " -p " + target.package_name + "` to apply " +
                 plural(summary.machine_applicable_fixes, "suggestion") + ")";
    }
    out += cargo_message("warning", kBoldYellow, message, color);
  }
  if (counts.errors > 0) {
    std::string message = "could not compile " + name + " due to " + plural(counts.errors, "previous error");
    if (counts.warnings > 0) message += "; " + plural(counts.warnings, "warning") + " emitted";
    out += cargo_message("error", kBoldRed, message, color);
  }
  return out;
}

std::string rustc_aborting_text(DiagnosticCounts counts) {
  if (counts.errors > 0) {
    std::string text = "aborting due to " + plural(counts.errors, "previous error");
    if (counts.warnings > 0) text += "; " + plural(counts.warnings, "warning") + " emitted";
    return text;
  }
  if (counts.warnings > 0) return plural(counts.warnings, "warning") + " emitted";
  return "";
}

std::string rustc_aborting_message(DiagnosticCounts counts, bool color) {
  if (counts.errors == 0 && counts.warnings == 0) return "";
  Diagnostic summary;
  summary.level = counts.errors > 0 ? Level::Error : Level::Warning;
  summary.message = rustc_aborting_text(counts);
  SourceMap no_sources;
  return render_human(summary, no_sources, {.color = color});
}

std::vector<std::string> explained_codes(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> codes;
  for (const Diagnostic& d : diagnostics) {
    if (is_explained_code(d.code)) codes.push_back(d.code);
  }
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  return codes;
}

std::vector<std::string> rustc_explain_lines(const std::vector<std::string>& codes) {
  if (codes.empty()) return {};
  if (codes.size() == 1) return {"For more information about this error, try `rustc --explain " + codes[0] + "`."};
  // rustc names nine codes at most, then `...` in place of the full stop.
  constexpr size_t kListed = 9;
  std::string list;
  for (size_t i = 0; i < codes.size() && i < kListed; ++i) list += (i == 0 ? "" : ", ") + codes[i];
  list += codes.size() > kListed ? "..." : ".";
  return {"Some errors have detailed explanations: " + list,
          "For more information about an error, try `rustc --explain " + codes[0] + "`."};
}

std::string rustc_explain_text(const std::vector<std::string>& codes, bool color) {
  std::string out;
  for (const std::string& line : rustc_explain_lines(codes)) out += styled(line, kBold, color) + "\n";
  return out;
}

}  // namespace sluice
