// `sluice check`: load the workspace, run the stages, print what cargo (for a
// workspace) or rustc (for a single file) would print.
#include "server/driver/check.h"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

#include "analysis/diag/render_human.h"
#include "server/driver/analyze.h"
#include "server/driver/crate_loader.h"
#include "server/driver/real_file_system.h"
#include "server/output/cargo_summary.h"
#include "server/output/json_diagnostics.h"

namespace sluice {

namespace {

using Clock = std::chrono::steady_clock;

double milliseconds_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

bool stderr_wants_color(ColorChoice choice) {
  if (choice != ColorChoice::Auto) return choice == ColorChoice::Always;
  const char* term = std::getenv("TERM");
  return ::isatty(STDERR_FILENO) && term != nullptr && std::string(term) != "dumb";
}

unsigned thread_count(unsigned requested) {
  if (requested != 0) return requested;
  unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : cores;
}

CargoTargetInfo target_info(const Workspace& workspace, CrateId id) {
  const Crate& crate = workspace.crate(id);
  const Package& package = workspace.package(crate.package);
  CargoTargetInfo info;
  info.package_name = package.name;
  info.package_version = package.version;
  info.manifest_path = package.manifest_path;
  info.package_dir = package.directory;
  info.kind = crate.kind == CrateKind::Lib ? CargoTargetKind::Lib : CargoTargetKind::Bin;
  info.target_name = crate.target_name;
  info.src_path = crate.root_file;
  info.edition = std::string(edition_name(crate.edition));
  return info;
}

void write_stats_line(const char* stage, double wall_ms, const ParseStats& stats, unsigned threads) {
  double seconds = wall_ms > 0 ? wall_ms / 1000.0 : 1e-9;
  std::fprintf(stderr,
               "sluice-stats stage=%s wall_ms=%.3f files=%llu lines=%llu bytes=%llu tokens=%llu threads=%u "
               "lines_per_s=%.0f mb_per_s=%.1f\n",
               stage, wall_ms, static_cast<unsigned long long>(stats.files),
               static_cast<unsigned long long>(stats.lines), static_cast<unsigned long long>(stats.bytes),
               static_cast<unsigned long long>(stats.tokens), threads, static_cast<double>(stats.lines) / seconds,
               static_cast<double>(stats.bytes) / seconds / 1e6);
}

// A one-line progress display on a terminal, for runs long enough to want
// one: it appears after 300 ms and is erased when the stage ends.
class ProgressLine {
 public:
  ProgressLine(bool enabled, bool color, std::atomic<uint64_t>& files)
      : files_(files), color_(color) {
    if (enabled) thread_ = std::thread([this] { run(); });
  }
  ~ProgressLine() {
    {
      std::lock_guard lock(mutex_);
      done_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
  }

 private:
  void run() {
    Clock::time_point start = Clock::now();
    bool drawn = false;
    std::unique_lock lock(mutex_);
    while (!wake_.wait_for(lock, std::chrono::milliseconds(100), [this] { return done_; })) {
      if (Clock::now() - start < std::chrono::milliseconds(300)) continue;
      std::string line = cargo_status_line("Parsing", std::to_string(files_.load()) + " files", color_);
      if (!line.empty() && line.back() == '\n') line.pop_back();
      std::fprintf(stderr, "\r%s\x1b[K", line.c_str());
      drawn = true;
    }
    if (drawn) std::fputs("\r\x1b[K", stderr);
  }

  std::atomic<uint64_t>& files_;
  bool color_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool done_ = false;
  std::thread thread_;
};

// Prints diagnostics as they are reported, in cargo's or rustc's shape.
class Reporter {
 public:
  Reporter(const CheckOptions& options, const SourceMap& sources, bool single_file)
      : options_(options), sources_(sources), single_file_(single_file), color_(stderr_wants_color(options.color)) {}

  // Manifest problems go to stderr as text in both formats, as cargo's do.
  void workspace_diagnostics(const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& d : diagnostics) {
      if (d.level == Level::Error) ++total_.errors;
      std::fputs(render_human(d, sources_, {color_}).c_str(), stderr);
    }
  }

  void crate_started(const CargoTargetInfo& target) {
    if (single_file_ || options_.quiet || options_.format == MessageFormat::Json) return;
    std::fputs(cargo_checking_line(target, color_).c_str(), stderr);
  }

  void crate_finished(const CargoTargetInfo& target, const std::vector<Diagnostic>& diagnostics) {
    DiagnosticCounts counts = count_diagnostics(diagnostics);
    total_.errors += counts.errors;
    total_.warnings += counts.warnings;
    if (options_.format == MessageFormat::Json) {
      if (single_file_) {
        for (const Diagnostic& d : diagnostics) {
          std::printf("%s\n", rustc_json(d, sources_, render_human(d, sources_, {})).dump().c_str());
        }
        // rustc ends with its "aborting due to" message (and warnings count) as JSON too.
        std::string aborting = rustc_aborting_message(counts, false);
        if (!aborting.empty()) {
          std::string level = counts.errors > 0 ? "error" : "warning";
          std::printf("%s\n", rustc_json_message(level, rustc_aborting_text(counts), aborting).dump().c_str());
        }
      } else {
        std::fputs(cargo_json_lines(target, diagnostics, sources_, false).c_str(), stdout);
      }
      return;
    }
    for (const Diagnostic& d : diagnostics) std::fputs(render_human(d, sources_, {color_}).c_str(), stderr);
    if (single_file_) {
      std::fputs(rustc_aborting_message(counts, color_).c_str(), stderr);
      if (counts.errors > 0) std::fputs(rustc_explain_text(explained_codes(diagnostics), color_).c_str(), stderr);
      return;
    }
    if (counts.errors > 0) std::fputs(rustc_explain_text(explained_codes(diagnostics), color_).c_str(), stderr);
    std::fputs(cargo_crate_summary(target, summarize_for_cargo(diagnostics), color_).c_str(), stderr);
  }

  void finished(double seconds) {
    if (options_.format == MessageFormat::Json) {
      if (!single_file_) std::printf("%s\n", cargo_build_finished_line(total_.errors == 0).c_str());
      return;
    }
    if (!single_file_ && !options_.quiet && total_.errors == 0) {
      std::fputs(cargo_finished_line(seconds, false, color_).c_str(), stderr);
    }
  }

  bool had_errors() const { return total_.errors > 0; }

 private:
  const CheckOptions& options_;
  const SourceMap& sources_;
  bool single_file_;
  bool color_;
  DiagnosticCounts total_;
};

bool is_single_file(const std::string& path) {
  return path.size() > 3 && path.compare(path.size() - 3, 3, ".rs") == 0;
}

}  // namespace

int run_check(const CheckOptions& options) {
  Clock::time_point start = Clock::now();
  RealFileSystem fs;
  std::string path = absolute_path(options.path);
  bool single_file = is_single_file(path);
  if (!fs.is_file(path) && !fs.is_directory(path)) {
    std::fprintf(stderr, "error: `%s` does not exist: expected a workspace directory, a Cargo.toml or a .rs file\n",
                 options.path.c_str());
    return kExitUsageOrIo;
  }
  SourceMap sources;
  WorkspaceOptions workspace_options;
  if (options.edition) workspace_options.single_file_edition = *options.edition;
  workspace_options.display_base_directory = absolute_path(".");
  Workspace workspace = load_workspace(path, fs, sources, workspace_options);
  double load_ms = milliseconds_since(start);

  Reporter reporter(options, sources, single_file);
  reporter.workspace_diagnostics(workspace.diagnostics);
  if (workspace.crates.empty()) {
    if (workspace.diagnostics.empty()) {
      std::fprintf(stderr, "error: no crate to check in `%s`\n", options.path.c_str());
    }
    return kExitUsageOrIo;
  }

  unsigned threads = thread_count(options.jobs);
  LoadOptions load_options;
  load_options.threads = threads;
  // Diagnostics name files relative to the workspace root, as cargo does;
  // a single file is shown relative to the current directory, as rustc shows
  // the path it was given.
  load_options.display_root =
      single_file ? (options.path[0] == '/' ? std::string() : absolute_path("."))
                  : parent_directory(workspace.root_manifest_path);
  std::atomic<uint64_t> files_parsed{0};
  load_options.files_parsed = &files_parsed;
  Clock::time_point parse_start = Clock::now();
  LoadedCrates loaded;
  {
    bool show_progress = !options.quiet && options.format == MessageFormat::Human && ::isatty(STDERR_FILENO);
    ProgressLine progress(show_progress, stderr_wants_color(options.color), files_parsed);
    loaded = load_and_parse_crates(workspace, fs, sources, load_options);
  }
  double parse_ms = milliseconds_since(parse_start);

  AnalyzedWorkspace analyzed;
  if (options.stop_after != Stage::Parse) {
    AnalyzeOptions analyze_options;
    analyze_options.threads = threads;
    analyze_options.stop_after_interface = options.stop_after == Stage::Interface;
    analyzed = analyze_workspace(workspace, sources, loaded, analyze_options);
  }

  // Report crate by crate, in dependency order, as cargo would.
  size_t next = 0;
  for (CrateId crate : workspace.crate_order) {
    CargoTargetInfo target = target_info(workspace, crate);
    reporter.crate_started(target);
    std::vector<Diagnostic> diagnostics;
    for (; next < loaded.files.size() && loaded.files[next].crate == crate; ++next) {
      for (Diagnostic& d : loaded.files[next].diagnostics) diagnostics.push_back(std::move(d));
    }
    if (crate.index < analyzed.diagnostics.size()) {
      for (Diagnostic& d : analyzed.diagnostics[crate.index]) diagnostics.push_back(std::move(d));
    }
    reporter.crate_finished(target, diagnostics);
  }
  reporter.finished(milliseconds_since(start) / 1000.0);

  if (options.stats) {
    ParseStats manifests;
    manifests.files = workspace.packages.size();
    write_stats_line("load", load_ms, manifests, 1);
    write_stats_line("parse", parse_ms, loaded.stats, threads);
    if (options.stop_after != Stage::Parse) write_stats_line("interface", analyzed.totals.interface_ms, loaded.stats, 1);
    if (options.stop_after == Stage::Check) write_stats_line("check", analyzed.totals.check_ms, loaded.stats, threads);
  }
  return reporter.had_errors() ? kExitErrors : kExitClean;
}

}  // namespace sluice
