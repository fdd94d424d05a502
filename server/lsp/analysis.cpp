#include "server/lsp/analysis.h"

#include <algorithm>
#include <map>

#include "server/engine/engine.h"
#include "protocol/uri.h"
#include "server/lsp/convert_diagnostics.h"

namespace sluice::lsp {

std::chrono::milliseconds DebouncePolicy::delay_after(std::chrono::milliseconds last_run) const {
  if (last_run < quick_run) return min;
  auto scaled = std::chrono::milliseconds(static_cast<int64_t>(static_cast<double>(last_run.count()) * ratio));
  return std::clamp(scaled, min, max);
}

namespace {

// What to load for a changed path: the directory of the nearest Cargo.toml
// above it (the loader then finds an enclosing workspace), or a lone .rs
// file itself (checked as rustc checks one file).
std::string load_path_for(const std::string& changed, FileSystem& fs) {
  if (fs.is_directory(changed)) return changed;
  for (std::string dir = parent_directory(changed); !dir.empty(); dir = parent_directory(dir)) {
    if (fs.is_file(join_path(dir, "Cargo.toml"))) return dir;
    if (dir == "/") break;
  }
  return is_rust_file_path(changed) ? changed : std::string();
}

std::string uri_of_path(const std::string& path) { return protocol::file_uri_from_path(path).value; }

std::string absolute_in(const std::string& root, const std::string& path) {
  return !path.empty() && path[0] == '/' ? path : join_path(root, path);
}

// The crate a file belongs to: the one whose source directory holds it most
// closely (its root file itself first, a library before a binary).
std::vector<CrateId> crates_of_files(const Workspace& workspace, const std::vector<std::string>& files) {
  std::vector<CrateId> roots;
  for (const std::string& file : files) {
    CrateId best;
    size_t best_depth = 0;
    for (CrateId id : workspace.crate_order) {
      const Crate& crate = workspace.crate(id);
      std::string dir = parent_directory(crate.root_file);
      if (crate.root_file != file && !path_starts_with(file, dir)) continue;
      size_t depth = crate.root_file == file ? SIZE_MAX : dir.size() * 2 + (crate.kind == CrateKind::Lib ? 1 : 0);
      if (best.is_none() || depth > best_depth) best = id, best_depth = depth;
    }
    if (best.has_value() && std::find(roots.begin(), roots.end(), best) == roots.end()) roots.push_back(best);
  }
  return roots;
}

}  // namespace

AnalysisScheduler::AnalysisScheduler(AnalysisOptions options, DocumentOverlay& overlay, DiagnosticsPublisher& publisher)
    : options_(std::move(options)), overlay_(overlay), publisher_(publisher) {
  if (!options_.synchronous) thread_ = std::thread([this] { worker(); });
}

AnalysisScheduler::~AnalysisScheduler() { stop(); }

void AnalysisScheduler::set_encoding(PositionEncoding encoding) {
  std::lock_guard lock(mutex_);
  options_.encoding = encoding;
}

void AnalysisScheduler::request(const std::vector<std::string>& paths) {
  if (options_.synchronous) {
    if (options_.on_status) options_.on_status(false, problem_);
    run(paths);
    if (options_.on_status) options_.on_status(true, problem_);
    return;
  }
  {
    std::lock_guard lock(mutex_);
    pending_.insert(paths.begin(), paths.end());
    ++generation_;
    cancel_ = true;  // the run in progress reads an outdated snapshot
  }
  wake_.notify_all();
}

void AnalysisScheduler::stop() {
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return;
    stopping_ = true;
    cancel_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void AnalysisScheduler::worker() {
  std::unique_lock lock(mutex_);
  for (;;) {
    wake_.wait(lock, [&] { return stopping_ || !pending_.empty(); });
    // Debounce: start once no request came for the policy's delay.
    for (uint64_t seen = generation_; !stopping_;) {
      bool only_workspaces = std::none_of(pending_.begin(), pending_.end(), is_rust_file_path);
      auto delay = only_workspaces ? std::max(options_.debounce.workspace_load_delay, options_.debounce.delay_after(last_run_))
                                   : options_.debounce.delay_after(last_run_);
      if (!wake_.wait_for(lock, delay, [&] { return stopping_ || generation_ != seen; })) break;
      seen = generation_;
    }
    if (stopping_) return;
    std::vector<std::string> paths(pending_.begin(), pending_.end());
    pending_.clear();
    cancel_ = false;
    lock.unlock();
    if (options_.on_status) options_.on_status(false, problem_);
    auto start = std::chrono::steady_clock::now();
    run(paths);
    auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    lock.lock();
    if (!cancel_) last_run_ = took;  // a cancelled run says nothing of how long a run takes
    if (pending_.empty() && options_.on_status) options_.on_status(true, problem_);
  }
}

void AnalysisScheduler::run(const std::vector<std::string>& paths) {
  std::shared_ptr<const OverlaySnapshot> snapshot = overlay_.snapshot();
  OverlayFileSystem fs(*options_.disk, snapshot);
  // One run per workspace the changes touch (a member's directory and the
  // workspace root are the same workspace), those with a changed file first.
  struct Group {
    std::string load;
    std::vector<std::string> changed;
    bool has_file = false;
    std::unique_ptr<LoadedWorkspace> loaded;  // loaded once, for grouping and the run
  };
  std::map<std::string, Group> by_workspace;
  std::map<std::string, std::string> workspace_of_load;  // each load path's manifests are read once
  for (const std::string& path : paths) {
    std::string load = load_path_for(path, fs);
    if (load.empty()) continue;
    std::unique_ptr<LoadedWorkspace> loaded;
    auto known = workspace_of_load.find(load);
    if (known == workspace_of_load.end()) {
      loaded = std::make_unique<LoadedWorkspace>();
      loaded->workspace = load_workspace(load, fs, loaded->sources, WorkspaceOptions{});
      std::string key = loaded->workspace.root_manifest_path;
      known = workspace_of_load.emplace(load, key.empty() ? load : key).first;
    }
    Group& group = by_workspace[known->second];
    if (group.loaded == nullptr) {
      group.load = load;
      group.loaded = std::move(loaded);
    }
    group.changed.push_back(path);
    group.has_file |= fs.is_file(path);
  }
  std::vector<Group*> order;
  for (auto& [key, group] : by_workspace) order.push_back(&group);
  std::stable_sort(order.begin(), order.end(), [](const Group* a, const Group* b) { return a->has_file > b->has_file; });
  for (const Group* group : order) {
    if (cancel_) break;
    run_workspace(group->changed, group->load, *group->loaded, snapshot);
  }
  ++completed_;
}

namespace {

// The engine's diagnostics of one crate, converted and grouped by file. A
// diagnostic with no place goes to the crate's root file.
std::vector<FileDiagnostics> by_file(const std::vector<Diagnostic>& diagnostics, const ConversionContext& context,
                                     const std::string& root_dir, const std::string& crate_root) {
  std::map<std::string, std::vector<protocol::Diagnostic>> files;
  for (const Diagnostic& d : diagnostics) {
    std::string path = d.primary.span.is_none() ? crate_root
                                                : absolute_in(root_dir, context.sources->file(d.primary.span.file).path());
    files[path].push_back(to_lsp(d, context));
  }
  std::vector<FileDiagnostics> out;
  for (auto& [path, list] : files) out.push_back(FileDiagnostics{path, std::move(list)});
  return out;
}

}  // namespace

void AnalysisScheduler::run_workspace(const std::vector<std::string>& changed, const std::string& load,
                                      LoadedWorkspace& loaded, const std::shared_ptr<const OverlaySnapshot>& snapshot) {
  using Clock = std::chrono::steady_clock;
  auto ms_since = [](Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); };
  Clock::time_point start = Clock::now();
  OverlayFileSystem fs(*options_.disk, snapshot);
  SourceMap& sources = loaded.sources;  // manifests under absolute paths (no display base)
  const Workspace& workspace = loaded.workspace;
  bool single_file = is_rust_file_path(load);
  std::string root_dir = single_file ? parent_directory(load) : load;
  if (!workspace.root_manifest_path.empty()) root_dir = parent_directory(workspace.root_manifest_path);

  ConversionContext context;
  context.sources = &sources;
  {
    std::lock_guard lock(mutex_);
    context.encoding = options_.encoding;
  }
  context.uri_of = [&](const SourceFile& file) { return uri_of_path(absolute_in(root_dir, file.path())); };
  // Keyed by the workspace (not the path this run loaded from): a member's
  // run and the root's report the same manifests.
  std::string workspace_key = workspace.root_manifest_path.empty() ? load : workspace.root_manifest_path;
  publisher_.update("#manifests:" + workspace_key, by_file(workspace.diagnostics, context, root_dir, load),
                    snapshot->versions);
  DiagnosticCounts manifest_counts = count_diagnostics(workspace.diagnostics);
  problem_ = manifest_counts.errors == 0
                 ? std::string()
                 : std::to_string(manifest_counts.errors) + " error(s) in the workspace's Cargo.toml files";
  if (workspace.crates.empty()) return;

  std::vector<CrateId> roots = crates_of_files(workspace, changed);
  std::optional<CrateCache> cache;
  std::vector<std::optional<ProbedRecord>> probed;
  EngineOptions options;
  options.threads = options_.threads;
  options.roots = roots;
  options.fs = &fs;
  options.load.threads = options_.threads;
  options.load.display_root = root_dir;
  options.cancel = &cancel_;
  if (options_.use_cache && !single_file) {
    cache.emplace(join_path(root_dir, "target/sluice/meta"), root_dir, fs);
    probed = probe_cached_crates(workspace, *cache, sources, {});
    options.cache = &*cache;
    options.probed = &probed;
  }
  double setup_ms = ms_since(start);
  double first_update_ms = -1;
  AnalyzedWorkspace analyzed = run_engine(workspace, sources, LoadedCrates{}, options, [&](const CrateUpdate& update) {
    if (first_update_ms < 0) first_update_ms = ms_since(start);
    const Crate& crate = workspace.crate(update.crate);
    publisher_.update(crate_key(workspace, update.crate),
                      by_file(update.diagnostics, context, root_dir, crate.root_file), snapshot->versions,
                      update.complete);
  });
  if (options_.log) {
    options_.log("checked " + load + (analyzed.cancelled ? " (cancelled)" : "") + ": " +
                 std::to_string(ms_since(start)) + " ms (workspace and cache " + std::to_string(setup_ms) +
                 " ms, first update " + std::to_string(first_update_ms) + " ms, " +
                 std::to_string(analyzed.totals.cached_crates) + " of " + std::to_string(workspace.crates.size()) +
                 " crates reused)");
  }
}

}  // namespace sluice::lsp
