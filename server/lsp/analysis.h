// Runs the engine for the language server: each run reads one snapshot of
// the editor's documents over the disk, loads the workspace that contains
// the file that changed, and checks root-first from that file's crate, its
// updates published as they come (DiagnosticsPublisher).
//
// Threading: AnalysisScheduler owns one worker thread. request() (any
// thread) queues the files that changed and cancels the run in progress:
// its result would be for an outdated snapshot. The worker waits out the
// debounce, then runs with everything queued. In synchronous mode (tests)
// there is no thread and request() runs at once, with no debounce.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "analysis/workspace/workspace.h"
#include "server/engine/overlay_file_system.h"
#include "server/lsp/diagnostics_publisher.h"
#include "server/lsp/positions.h"

namespace sluice::lsp {

// How long to wait after a change before checking (more changes may come):
// `ratio` of the last run's duration, within [min, max]. Zero in tests.
// Short by default: a run of the edited crate takes tens of milliseconds,
// and waiting longer than that costs more than a cancelled run does.
struct DebouncePolicy {
  std::chrono::milliseconds min{0};
  std::chrono::milliseconds max{50};
  double ratio = 0.25;
  // Loading a whole workspace (initialized, a folder added) waits this long
  // first: the editor usually opens a file right after, and that file's
  // crate should go first in the same run.
  std::chrono::milliseconds workspace_load_delay{25};
  // After a run this quick, none: a cancelled quick run wastes little.
  std::chrono::milliseconds quick_run{30};
  std::chrono::milliseconds delay_after(std::chrono::milliseconds last_run) const;
};

struct AnalysisOptions {
  unsigned threads = 1;
  bool use_cache = true;  // target/sluice/meta, as `sluice check`
  bool synchronous = false;
  DebouncePolicy debounce;
  PositionEncoding encoding = PositionEncoding::Utf16;
  FileSystem* disk = nullptr;  // the real disk, or a test's
  std::function<void(const std::string&)> log;
  // Busy / idle, for sluice/serverStatus and $/progress; `problem` is
  // non-empty when the last run found the workspace itself broken (a
  // manifest error): the editor's status should say so.
  std::function<void(bool quiescent, const std::string& problem)> on_status;
};

// A workspace's manifests, loaded once per run (the SourceMap then gets
// the run's source files too).
struct LoadedWorkspace {
  SourceMap sources;
  Workspace workspace;
};

class AnalysisScheduler {
 public:
  AnalysisScheduler(AnalysisOptions options, DocumentOverlay& overlay, DiagnosticsPublisher& publisher);
  ~AnalysisScheduler();  // stop()

  // `paths`: absolute paths of files (or workspace roots) that changed.
  void request(const std::vector<std::string>& paths);
  void set_encoding(PositionEncoding encoding);
  // Cancels the run in progress and joins the worker. Idempotent.
  void stop();
  // Runs completed (tests and benchmarks wait on it).
  uint64_t completed_runs() const { return completed_.load(); }

 private:
  void worker();
  void run(const std::vector<std::string>& paths);
  void run_workspace(const std::vector<std::string>& changed, const std::string& load, LoadedWorkspace& loaded,
                     const std::shared_ptr<const OverlaySnapshot>& snapshot);

  AnalysisOptions options_;
  DocumentOverlay& overlay_;
  DiagnosticsPublisher& publisher_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::set<std::string> pending_;
  bool stopping_ = false;
  uint64_t generation_ = 0;  // requests so far (the debounce restarts on each)
  std::atomic<bool> cancel_{false};
  std::atomic<uint64_t> completed_{0};
  std::string problem_;  // the last run's workspace problem (worker only, or the caller in synchronous mode)
  std::chrono::milliseconds last_run_{0};
  std::thread thread_;
};

}  // namespace sluice::lsp
