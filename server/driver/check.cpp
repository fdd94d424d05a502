// `sluice check`: load the workspace, run the stages, print what cargo (for a
// workspace) or rustc (for a single file) would print.
#include "server/driver/check.h"

#include <tbb/task_arena.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <thread>

#include "analysis/diag/render_human.h"
#include "analysis/lints/lints.h"
#include "server/engine/engine.h"
#include "server/engine/jobserver.h"
#include "server/engine/thread_pool_warm_up.h"
#include "server/engine/crate_loader.h"
#include "server/engine/real_file_system.h"
#include "server/output/cargo_summary.h"
#include "server/output/json_diagnostics.h"
#include "server/output/timings.h"

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

// Under `make -jN` (a recipe marked `+` or naming $(MAKE)), sluice runs on
// its implicit token plus the tokens it can take now, up to `-j` (default:
// the cores); the jobserver object gives them back when it goes, also on
// SIGINT/SIGTERM. The arena is sized once, so tokens are taken at the start.
unsigned threads_under_make(Jobserver& jobserver, unsigned max_threads, bool quiet) {
  if (!jobserver.requested()) return max_threads;
  if (!jobserver.available()) {
    if (!quiet) {
      std::fprintf(stderr, "warning: make's jobserver is not usable (%s); using %u threads\n",
                   jobserver.unavailable_reason().c_str(), max_threads);
    }
    return max_threads;
  }
  jobserver.install_release_on_signal();
  return threads_with_jobserver(jobserver, max_threads);
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

// Prints diagnostics in cargo's or rustc's shape, a part at a time.
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
    // Once per package, as cargo: a library and a binary of one package share the line.
    if (!started_packages_.insert(target.package_dir).second) return;
    std::fputs(cargo_checking_line(target, color_).c_str(), stderr);
  }

  void print(const CargoTargetInfo& target, const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& d : diagnostics) {
      if (options_.format == MessageFormat::Human) {
        std::fputs(render_human(d, sources_, {color_}).c_str(), stderr);
      } else if (single_file_) {
        std::printf("%s\n", rustc_json(d, sources_, render_human(d, sources_, {})).dump().c_str());
      } else {
        std::printf("%s\n", cargo_compiler_message_line(target, rustc_json(d, sources_, render_human(d, sources_, {})))
                                .c_str());
      }
    }
    std::fflush(stdout);
  }

  // After the last of a crate's diagnostics: the counts, `--explain` hints
  // and the summary line.
  void crate_finished(const CargoTargetInfo& target, const std::vector<Diagnostic>& diagnostics) {
    DiagnosticCounts counts = count_diagnostics(diagnostics);
    total_.errors += counts.errors;
    total_.warnings += counts.warnings;
    if (options_.format == MessageFormat::Json) {
      if (single_file_) {
        // rustc ends with its "aborting due to" message (and warnings count) as JSON too.
        std::string aborting = rustc_aborting_message(counts, false);
        if (!aborting.empty()) {
          std::string level = counts.errors > 0 ? "error" : "warning";
          std::printf("%s\n", rustc_json_message(level, rustc_aborting_text(counts), aborting).dump().c_str());
        }
      } else {
        std::fputs(cargo_json_lines(target, {}, sources_, false).c_str(), stdout);
        for (const std::string& text : rustc_explain_lines(explained_codes(diagnostics))) {
          std::printf("%s\n",
                      cargo_compiler_message_line(target, rustc_json_message("failure-note", text, text + "\n")).c_str());
        }
      }
      return;
    }
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
  std::set<std::string> started_packages_;  // those with their `Checking` line printed
};

// Turns the engine's stream of updates into output that is the same on every
// run and thread count, and still comes as early as it can: first each root
// crate's determinate diagnostics from its first pass (the crate the user
// cares about, before its dependencies are checked), then every crate's block
// in dependency order as soon as it and the blocks before it are complete.
// Diagnostics a root printed early are not printed again.
class StreamPrinter {
 public:
  StreamPrinter(Reporter& reporter, const Workspace& workspace, const std::vector<CrateId>& roots,
                const std::vector<uint8_t>& in_scope)
      : reporter_(reporter), workspace_(workspace), crates_(workspace.crates.size()) {
    for (CrateId root : roots) crates_[root.index].awaiting_first = true;
    roots_waiting_ = roots.size();
    for (CrateId id : workspace.crate_order) {
      if (in_scope[id.index]) order_.push_back(id);
    }
  }

  void update(const CrateUpdate& update) {
    CrateState& crate = crates_[update.crate.index];
    if (crate.awaiting_first) {
      // A root's diagnostics come first, whether its first update is partial
      // (a cold run, dependencies not settled yet) or already complete (its
      // dependencies came from the records of an earlier run): either way
      // the output starts the same.
      crate.awaiting_first = false;
      --roots_waiting_;
      print_early(update.crate, update.diagnostics);
    }
    if (update.complete) {
      crate.complete = true;
      crate.final = update.diagnostics;
    }
    flush();
  }

  // Every crate in scope is complete now (the engine sent them all, or did
  // not run): print what is left.
  void finish() {
    for (CrateId id : order_) crates_[id.index].complete = true;
    roots_waiting_ = 0;
    flush();
  }

 private:
  struct CrateState {
    std::vector<Diagnostic> final;  // stage 1's first (the engine sends them all)
    std::vector<Diagnostic> early;
    bool started = false;
    bool awaiting_first = false;
    bool complete = false;
  };

  void start(CrateId id) {
    CrateState& crate = crates_[id.index];
    if (crate.started) return;
    crate.started = true;
    reporter_.crate_started(target_info(workspace_, id));
  }

  void print_early(CrateId id, const std::vector<Diagnostic>& diagnostics) {
    start(id);
    crates_[id.index].early = diagnostics;
    reporter_.print(target_info(workspace_, id), diagnostics);
  }

  void flush() {
    if (roots_waiting_ > 0) return;
    while (next_ < order_.size() && crates_[order_[next_].index].complete) {
      CrateId id = order_[next_++];
      CrateState& crate = crates_[id.index];
      start(id);
      std::vector<Diagnostic> rest = without(crate.final, crate.early);
      reporter_.print(target_info(workspace_, id), rest);
      reporter_.crate_finished(target_info(workspace_, id), crate.final);
    }
  }

  // `all` without one occurrence of each of `printed`.
  static std::vector<Diagnostic> without(const std::vector<Diagnostic>& all, const std::vector<Diagnostic>& printed) {
    std::vector<uint8_t> used(printed.size(), 0);
    std::vector<Diagnostic> rest;
    for (const Diagnostic& d : all) {
      bool found = false;
      for (size_t i = 0; i < printed.size() && !found; ++i) {
        if (!used[i] && same_up_to_origin_note(printed[i], d)) {
          used[i] = 1;
          found = true;
        }
      }
      if (!found) rest.push_back(d);
    }
    return rest;
  }

  Reporter& reporter_;
  const Workspace& workspace_;
  std::vector<CrateState> crates_;
  std::vector<CrateId> order_;
  size_t next_ = 0;
  size_t roots_waiting_ = 0;
};

// The crates of interest: those of the packages named with `-p`, else the
// crates of the selected packages that no other of them depends on (the
// binaries, or the top libraries). They are checked first.
std::vector<CrateId> crates_of_interest(const Workspace& workspace, const std::vector<std::string>& packages,
                                        std::string& error) {
  std::vector<CrateId> roots;
  if (!packages.empty()) {
    for (const std::string& name : packages) {
      auto found = std::find_if(workspace.packages.begin(), workspace.packages.end(),
                                [&](const Package& p) { return p.name == name; });
      if (found == workspace.packages.end()) {
        error = "package `" + name + "` is not in the workspace (`-p` names a package of the workspace)";
        return {};
      }
      roots.insert(roots.end(), found->crates.begin(), found->crates.end());
    }
    return roots;
  }
  std::vector<uint8_t> selected(workspace.crates.size(), 0);
  for (PackageId p : workspace.selected_packages) {
    for (CrateId c : workspace.package(p).crates) selected[c.index] = 1;
  }
  std::vector<uint8_t> depended_on(workspace.crates.size(), 0);
  for (size_t c = 0; c < workspace.crates.size(); ++c) {
    if (!selected[c]) continue;
    for (const CrateDependency& dep : workspace.crates[c].dependencies) depended_on[dep.crate.index] = 1;
  }
  for (CrateId c : workspace.crate_order) {
    if (selected[c.index] && !depended_on[c.index]) roots.push_back(c);
  }
  return roots;
}

// With `-p`, only the named packages and what they depend on are checked, as
// cargo does; otherwise everything loaded.
std::vector<uint8_t> crates_needed_by(const Workspace& workspace, const std::vector<CrateId>& roots, bool restrict) {
  std::vector<uint8_t> needed(workspace.crates.size(), restrict ? 0 : 1);
  if (!restrict) return needed;
  std::vector<CrateId> stack = roots;
  while (!stack.empty()) {
    CrateId c = stack.back();
    stack.pop_back();
    if (needed[c.index]) continue;
    needed[c.index] = 1;
    for (const CrateDependency& dep : workspace.crate(c).dependencies) stack.push_back(dep.crate);
  }
  return needed;
}

TimingsInput timings_input(const Workspace& workspace, const AnalyzedWorkspace& analyzed, const Timeline& timeline,
                           const std::vector<CrateId>& roots, unsigned threads) {
  TimingsInput input;
  input.threads = threads;
  input.wall_ms = timeline.ms_since_origin(Clock::now());
  input.sluice_version = SLUICE_VERSION;
  input.title = workspace.root_manifest_path;
  for (const Crate& crate : workspace.crates) {
    TimingCrate t;
    t.name = crate.name;
    t.kind = crate.kind == CrateKind::Lib ? "lib" : "bin";
    for (const CrateDependency& dep : crate.dependencies) t.dependencies.push_back(dep.crate.index);
    input.crates.push_back(std::move(t));
  }
  for (CrateId root : roots) input.crates[root.index].is_root = true;
  for (size_t c = 0; c < input.crates.size(); ++c) {
    if (c < analyzed.lines.size()) input.crates[c].lines = analyzed.lines[c];
    if (c >= analyzed.diagnostics.size()) continue;
    DiagnosticCounts counts = count_diagnostics(analyzed.diagnostics[c]);
    input.crates[c].errors = counts.errors;
    input.crates[c].warnings = counts.warnings;
  }
  for (const TimelineBar& bar : timeline.bars()) {
    input.bars.push_back(TimingBar{bar.crate, static_cast<TimingStage>(bar.stage), bar.lane, bar.start_ms, bar.end_ms});
  }
  for (const TimelineMark& mark : timeline.marks()) input.marks.push_back(TimingMark{mark.crate, mark.what, mark.at_ms});
  return input;
}

// Writes the requested reports under `directory`; says where, as cargo does.
void write_timings(const CheckOptions& options, const TimingsInput& input, const std::string& directory, bool color) {
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  auto write = [&](const std::string& name, const std::string& text) {
    std::string path = join_path(directory, name);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) {
      std::fprintf(stderr, "warning: cannot write the timing report `%s`\n", path.c_str());
      return;
    }
    if (!options.quiet) std::fputs(cargo_status_line("Timing", "report saved to " + path, color).c_str(), stderr);
  };
  if (options.timings_html) write("timings.html", render_timings_html(input));
  if (options.timings_json) write("timings.json", render_timings_json(input));
}

// `--stop-after parse`: stage 1 alone (a benchmark of the lexer and parser),
// each crate's diagnostics sent to the printer as complete.
ParseStats parse_only(const Workspace& workspace, FileSystem& fs, SourceMap& sources, LoadOptions load_options,
                      const CheckOptions& options, StreamPrinter& printer) {
  std::atomic<uint64_t> files_parsed{0};
  load_options.files_parsed = &files_parsed;
  LoadedCrates loaded;
  {
    bool show_progress = !options.quiet && options.format == MessageFormat::Human && ::isatty(STDERR_FILENO);
    ProgressLine progress(show_progress, stderr_wants_color(options.color), files_parsed);
    loaded = load_and_parse_crates(workspace, fs, sources, load_options);
  }
  std::vector<CrateUpdate> updates(workspace.crates.size());
  for (const ParsedFile& file : loaded.files) {
    std::vector<Diagnostic>& d = updates[file.crate.index].diagnostics;
    d.insert(d.end(), file.diagnostics.begin(), file.diagnostics.end());
  }
  for (CrateId id : workspace.crate_order) {
    updates[id.index].crate = id;
    updates[id.index].complete = true;
    printer.update(updates[id.index]);
  }
  return loaded.stats;
}

}  // namespace

int run_check(const CheckOptions& options) {
  Clock::time_point start = Clock::now();
  // First, before sluice opens a file: the pipe form names inherited fds by number.
  Jobserver jobserver = Jobserver::from_environment();
  // Once some crate is known to need work: a run with nothing to do never starts threads.
  std::optional<ThreadPoolWarmUp> warm_up;
  RealFileSystem fs;
  std::string path = absolute_path(options.path);
  bool single_file = is_rust_file_path(path);
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

  unsigned threads = threads_under_make(jobserver, thread_count(options.jobs), options.quiet);
  LoadOptions load_options;
  load_options.threads = threads;
  // Diagnostics name files relative to the workspace root, as cargo does;
  // a single file is shown relative to the current directory, as rustc shows
  // the path it was given.
  load_options.display_root =
      single_file ? (options.path[0] == '/' ? std::string() : absolute_path("."))
                  : parent_directory(workspace.root_manifest_path);
  std::string scope_error;
  std::vector<CrateId> roots = crates_of_interest(workspace, options.packages, scope_error);
  if (!scope_error.empty()) {
    std::fprintf(stderr, "error: %s\n", scope_error.c_str());
    return kExitUsageOrIo;
  }
  std::vector<uint8_t> in_scope = crates_needed_by(workspace, roots, !options.packages.empty());
  std::vector<uint8_t> out_of_scope(in_scope.size());
  for (size_t i = 0; i < in_scope.size(); ++i) out_of_scope[i] = !in_scope[i];

  // Results of the last run, in the workspace's target/ as cargo keeps its
  // own; crates found there with unchanged files are not parsed.
  Clock::time_point probe_start = Clock::now();
  std::optional<CrateCache> cache;
  std::vector<std::optional<ProbedRecord>> probed;
  if (!single_file && options.stop_after == Stage::Check && options.cache) {
    std::string workspace_root = parent_directory(workspace.root_manifest_path);
    cache.emplace(join_path(workspace_root, "target/sluice/meta"), load_options.display_root, fs);
    probed = probe_cached_crates(workspace, *cache, sources, out_of_scope, [&](CrateId) {
      if (!warm_up) warm_up.emplace();
    });
  }
  double probe_ms = milliseconds_since(probe_start);

  std::optional<Timeline> timeline;
  if (options.timings_html || options.timings_json) {
    timeline.emplace(start);
    load_options.timeline = &*timeline;
  }
  double engine_start_ms = milliseconds_since(start);
  StreamPrinter printer(reporter, workspace,
                        options.order == CheckOrder::RootFirst && options.stop_after == Stage::Check
                            ? roots : std::vector<CrateId>{},
                        in_scope);
  AnalyzedWorkspace analyzed;
  double parse_only_ms = 0;
  if (options.stop_after == Stage::Parse) {
    Clock::time_point parse_start = Clock::now();
    analyzed.parse_stats = parse_only(workspace, fs, sources, load_options, options, printer);
    parse_only_ms = milliseconds_since(parse_start);
  } else {
    EngineOptions engine_options;
    engine_options.threads = threads;
    engine_options.stop_after_interface = options.stop_after == Stage::Interface;
    engine_options.order = options.order;
    engine_options.roots = roots;
    if (timeline) engine_options.timeline = &*timeline;
    engine_options.excluded = out_of_scope;
    engine_options.fs = &fs;  // stage 1 runs in the engine, the crates of interest first
    engine_options.load = load_options;
    if (cache) {
      engine_options.cache = &*cache;
      engine_options.probed = &probed;
    }
    analyzed = run_engine(workspace, sources, LoadedCrates{}, engine_options,
                          [&](const CrateUpdate& update) { printer.update(update); });
  }
  printer.finish();
  reporter.finished(milliseconds_since(start) / 1000.0);
  if (timeline) {
    std::string directory = single_file ? std::string("target/sluice")
                                        : join_path(parent_directory(workspace.root_manifest_path), "target/sluice");
    write_timings(options, timings_input(workspace, analyzed, *timeline, roots, threads), directory,
                  stderr_wants_color(options.color));
  }

  if (options.stats) {
    ParseStats manifests;
    manifests.files = workspace.packages.size();
    write_stats_line("load", load_ms, manifests, 1);
    // With the engine, stage 1 overlaps the other stages: its time is the
    // sum of the crates' stage-1 times (as the other stages' busy times).
    write_stats_line("parse", options.stop_after == Stage::Parse ? parse_only_ms : analyzed.totals.parse_ms,
                     analyzed.parse_stats, options.stop_after == Stage::Parse ? threads : 1);
    // Busy time summed over the engine's tasks (lines per second per core),
    // then the engine's wall time on all its threads.
    if (options.stop_after != Stage::Parse) write_stats_line("interface", analyzed.totals.interface_ms, analyzed.parse_stats, 1);
    if (options.stop_after == Stage::Check) write_stats_line("check", analyzed.totals.check_ms, analyzed.parse_stats, 1);
    if (options.stop_after != Stage::Parse) write_stats_line("engine", analyzed.totals.wall_ms, analyzed.parse_stats, threads);
    if (cache) {
      const StageTotals& t = analyzed.totals;
      std::fprintf(stderr,
                   "sluice-stats stage=cache probe_ms=%.3f probed=%zu reused=%llu loaded_late=%llu written=%llu%s%s\n",
                   probe_ms, static_cast<size_t>(std::count_if(probed.begin(), probed.end(),
                                                               [](const auto& p) { return p.has_value(); })),
                   static_cast<unsigned long long>(t.cached_crates),
                   static_cast<unsigned long long>(t.late_loaded_crates),
                   static_cast<unsigned long long>(t.records_written), t.cache_error.empty() ? "" : " error=",
                   t.cache_error.c_str());
    }
    for (CrateId root : roots) {
      if (options.stop_after == Stage::Check && analyzed.first_diagnostic_ms[root.index] >= 0) {
        std::fprintf(stderr, "sluice-stats event=first-diagnostic crate=%s at_ms=%.3f since_start_ms=%.3f\n",
                     workspace.crate(root).name.c_str(), analyzed.first_diagnostic_ms[root.index],
                     engine_start_ms + analyzed.first_diagnostic_ms[root.index]);
      }
    }
  }
  return reporter.had_errors() ? kExitErrors : kExitClean;
}

}  // namespace sluice
