// Threading model
// ---------------
// Every task runs in one tbb::task_arena of `threads` threads and belongs to
// one tbb::task_group, which run_engine() waits on. There are three kinds:
//
//  - interface(C), for a crate that is not a root: started when every
//    dependency of C settled. Builds C's def map (stage 2), publishes it (C
//    is settled), starts whatever that unblocks, then checks C's bodies
//    (stage 3, a parallel_for in the same arena) and sends C's complete
//    diagnostics.
//  - first_pass(R), for a root: started at once. Stages 2 and 3 against the
//    maps settled so far; a path into a dependency that has not settled is
//    indeterminate (resolve.h) and the body records the crate it waited on.
//    Sends the determinate diagnostics, then refreshes.
//  - refresh(R): when a dependency of R settles. Builds R's map again if the
//    map waited on a crate now settled, and checks again exactly the bodies
//    whose waits have all settled. When nothing waits any more, R settles and
//    its complete diagnostics are sent. One refresh chain per root: a settle
//    during a refresh marks the root dirty and the chain loops.
//
// Shared state is guarded by `mutex_`: the settled maps, dependency counts
// and the roots' busy/dirty flags. A task copies a DefMaps snapshot under the
// lock and works on it without the lock: settled def maps are immutable and
// live until run_engine() returns, and the TypeStore is thread-safe. A root's
// unsettled map versions and its body results are touched only by its own
// task chain (a version is freed when the next replaces it: the chain checks
// bodies synchronously, and publishes a map only when it settles). Updates go
// to the sink under `sink_mutex_`, one at a time; a crate's updates all come
// from one chain, so they arrive in order.
#include "server/engine/engine.h"

#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>
#include <tbb/task_group.h>

#include <algorithm>
#include <chrono>
#include <mutex>

#include "analysis/builtin/builtin_std.h"
#include "analysis/lints/crate_lints.h"

namespace sluice {

namespace {

using Clock = std::chrono::steady_clock;

double ms_between(Clock::time_point start, Clock::time_point end) {
  return std::chrono::duration<double, std::milli>(end - start).count();
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    if (d.level == Level::Error) return true;
  }
  return false;
}

bool waits(const BodyResult& body) { return !body.waits_on.empty(); }

struct CrateState {
  CrateInput input;
  std::vector<ExternCrate> externs;
  std::vector<uint32_t> dependents;
  uint32_t pending = 0;  // dependencies not settled yet
  bool failed = false;   // no interface: parse errors here or in a dependency
  bool is_root = false;
  bool is_bin = false;
  // Roots only; `busy` and `dirty` under the engine's mutex, the rest owned
  // by the root's task chain. The chain checks bodies synchronously, so
  // nothing uses a map version once the next replaces it.
  bool busy = false;
  bool dirty = false;
  std::unique_ptr<CrateDefMap> map;
  std::vector<ItemId> owners;
  std::vector<BodyResult> bodies;
};

class Engine {
 public:
  Engine(const Workspace& workspace, const SourceMap& sources, const LoadedCrates& loaded,
         const EngineOptions& options, const UpdateSink& sink)
      : workspace_(workspace), options_(options), sink_(sink), arena_(static_cast<int>(std::max(1u, options.threads))) {
    result_.types = std::make_unique<TypeStore>();
    result_.std_map = std::make_unique<CrateDefMap>(build_std_def_map(*result_.types));
    size_t count = workspace.crates.size();
    result_.maps.resize(count);
    result_.diagnostics.resize(count);
    result_.first_diagnostic_ms.assign(count, -1);
    settled_.crates.assign(count, nullptr);
    settled_.std = result_.std_map.get();
    crates_.resize(count);
    prepare_crates(sources, loaded);
  }

  AnalyzedWorkspace run() {
    start_ = Clock::now();
    // A crate without an interface is complete at once, with no diagnostics
    // of stages 2 and 3 (its parse errors are the loader's).
    for (CrateId id : workspace_.crate_order) {
      if (crates_[id.index].failed && !excluded(id.index)) publish(id.index, true, {});
    }
    // Every root's first pass sees the maps settled at the start (none, on
    // a cold run), whatever the threads do: its determinate diagnostics are
    // the same on every run.
    DefMaps at_start = settled_;
    // What starts at once is chosen before any task runs: a running task
    // settles crates and starts their dependents itself (reading `pending`
    // while tasks change it would start a crate twice), and every root is
    // busy before a settle could start a refresh of it. The roots are
    // spawned last: a thread runs its own tasks newest first and other
    // threads steal the oldest, so the roots' first passes start at once
    // while the other threads take the dependencies.
    std::vector<uint32_t> ready;
    std::vector<uint32_t> roots;
    for (CrateId id : workspace_.crate_order) {
      CrateState& crate = crates_[id.index];
      if (crate.failed) continue;
      crate.busy = crate.is_root;
      if (crate.is_root) roots.push_back(id.index);
      else if (crate.pending == 0) ready.push_back(id.index);
    }
    arena_.execute([&] {
      for (uint32_t c : ready) group_.run([this, c] { interface(c); });
      for (uint32_t r : roots) group_.run([this, r, &at_start] { first_pass(r, at_start); });
      group_.wait();
    });
    result_.totals.wall_ms = ms_between(start_, Clock::now());
    return std::move(result_);
  }

 private:
  void prepare_crates(const SourceMap& sources, const LoadedCrates& loaded) {
    for (const ParsedFile& file : loaded.files) {
      CrateState& crate = crates_[file.crate.index];
      crate.failed |= has_errors(file.diagnostics);
      CrateFile f;
      f.file = file.file;
      f.order_key = file.order_key;
      f.module_items = file.module_items;
      if (file.file.has_value()) {
        f.source = &sources.file(file.file);
        f.text = f.source->text();
        f.tree = &file.tree;
      }
      crate.input.files.push_back(std::move(f));
    }
    for (CrateId root : options_.roots) {
      if (options_.order == CheckOrder::RootFirst) crates_[root.index].is_root = true;
    }
    for (CrateId id : workspace_.crate_order) {  // dependencies first
      const Crate& info = workspace_.crate(id);
      CrateState& crate = crates_[id.index];
      crate.input.crate = id.index;
      crate.input.name = info.name;
      crate.input.edition = info.edition;
      crate.is_bin = info.kind == CrateKind::Bin;
      crate.failed |= crate.input.files.empty() || excluded(id.index);
      for (const CrateDependency& dep : info.dependencies) {
        crate.failed |= crates_[dep.crate.index].failed;
        crate.externs.push_back(ExternCrate{dep.name, dep.crate.index});
        crates_[dep.crate.index].dependents.push_back(id.index);
        ++crate.pending;
      }
    }
  }

  bool excluded(uint32_t c) const { return c < options_.excluded.size() && options_.excluded[c] != 0; }

  DefMaps snapshot() {
    std::lock_guard lock(mutex_);
    return settled_;
  }

  std::unique_ptr<CrateDefMap> build_map(uint32_t c, const DefMaps& maps) {
    Clock::time_point start = Clock::now();
    ResolveContext context;
    context.maps = &maps;
    context.externs = crates_[c].externs;
    context.types = result_.types.get();
    auto map = std::make_unique<CrateDefMap>(build_def_map(crates_[c].input, context));
    add_time(result_.totals.interface_ms, start);
    return map;
  }

  // Checks the bodies of `owners` whose index `select` accepts, in parallel,
  // into `results` (same indices).
  template <typename Select>
  void check_bodies(uint32_t c, const CrateDefMap& map, const DefMaps& maps, const std::vector<ItemId>& owners,
                    std::vector<BodyResult>& results, Select select) {
    Clock::time_point start = Clock::now();
    DefMaps with_own = maps;
    with_own.crates[c] = &map;
    BodyCheckContext context;
    context.maps = &with_own;
    context.crate = &map;
    context.input = &crates_[c].input;
    context.externs = &crates_[c].externs;
    context.types = result_.types.get();
    std::atomic<uint64_t> checked{0};
    tbb::parallel_for(size_t(0), owners.size(), [&](size_t i) {
      if (!select(i)) return;
      results[i] = check_body(context, owners[i]);
      checked.fetch_add(1, std::memory_order_relaxed);
    });
    std::lock_guard lock(stats_mutex_);
    result_.totals.check_ms += ms_between(start, Clock::now());
    result_.totals.body_checks += checked.load();
  }

  void add_time(double& total, Clock::time_point start) {
    double ms = ms_between(start, Clock::now());
    std::lock_guard lock(stats_mutex_);
    total += ms;
  }

  void interface(uint32_t c) {
    DefMaps maps = snapshot();
    std::unique_ptr<CrateDefMap> owned = build_map(c, maps);
    const CrateDefMap& map = *owned;
    settle(c, std::move(owned));
    if (options_.stop_after_interface) return publish(c, true, map.diagnostics);
    std::vector<ItemId> owners = body_owners(map);
    std::vector<BodyResult> bodies(owners.size());
    check_bodies(c, map, maps, owners, bodies, [](size_t) { return true; });
    add_bodies(owners.size());
    publish(c, true, crate_diagnostics(crates_[c].input, map, bodies, crates_[c].is_bin));
  }

  void first_pass(uint32_t r, const DefMaps& maps) {
    CrateState& root = crates_[r];
    root.map = build_map(r, maps);
    const CrateDefMap& map = *root.map;
    root.owners = body_owners(map);
    root.bodies.assign(root.owners.size(), BodyResult{});
    if (!options_.stop_after_interface) {
      check_bodies(r, map, maps, root.owners, root.bodies, [](size_t) { return true; });
      add_bodies(root.owners.size());
    }
    if (!finish_if_complete(r)) refresh_loop(r);
  }

  void refresh_loop(uint32_t r) {
    for (;;) {
      DefMaps maps;
      {
        std::lock_guard lock(mutex_);
        crates_[r].dirty = false;
        maps = settled_;
      }
      if (refresh(r, maps)) return;  // settled: no more refreshes
      std::lock_guard lock(mutex_);
      if (!crates_[r].dirty) {
        crates_[r].busy = false;
        return;
      }
    }
  }

  // One refresh of root `r` against `maps`; true when the root completed.
  bool refresh(uint32_t r, const DefMaps& maps) {
    CrateState& root = crates_[r];
    auto all_settled = [&](const std::vector<uint32_t>& crates) {
      return std::all_of(crates.begin(), crates.end(), [&](uint32_t c) { return maps.crates[c] != nullptr; });
    };
    auto any_settled = [&](const std::vector<uint32_t>& crates) {
      return std::any_of(crates.begin(), crates.end(), [&](uint32_t c) { return maps.crates[c] != nullptr; });
    };
    bool rebuilt = any_settled(root.map->waits_on);
    if (rebuilt) root.map = build_map(r, maps);
    std::vector<uint8_t> again(root.bodies.size(), 0);
    bool any = false;
    for (size_t i = 0; i < root.bodies.size(); ++i) {
      again[i] = waits(root.bodies[i]) && all_settled(root.bodies[i].waits_on);
      any |= again[i] != 0;
    }
    if (!any && !rebuilt) return false;
    if (any) check_bodies(r, *root.map, maps, root.owners, root.bodies, [&](size_t i) { return again[i] != 0; });
    return finish_if_complete(r);
  }

  // Sends the root's diagnostics: complete (and the root settles) when
  // nothing waits any more, else the determinate ones.
  bool finish_if_complete(uint32_t r) {
    CrateState& root = crates_[r];
    bool complete = root.map->waits_on.empty() && std::none_of(root.bodies.begin(), root.bodies.end(), waits);
    std::vector<BodyResult> copies = root.bodies;
    std::vector<Diagnostic> diagnostics =
        options_.stop_after_interface ? root.map->diagnostics
                                      : crate_diagnostics(root.input, *root.map, copies, root.is_bin, complete);
    if (complete) settle(r, std::move(root.map));
    publish(r, complete, std::move(diagnostics));
    return complete;
  }

  // Makes `map` settled: dependents whose last dependency it was start, and
  // roots that depend on it refresh.
  void settle(uint32_t c, std::unique_ptr<CrateDefMap> map) {
    std::vector<uint32_t> ready;
    std::vector<uint32_t> refresh_roots;
    {
      std::lock_guard lock(mutex_);
      settled_.crates[c] = map.get();
      result_.totals.items += map->items.size();
      result_.maps[c] = std::move(map);
      for (uint32_t d : crates_[c].dependents) {
        CrateState& dependent = crates_[d];
        --dependent.pending;
        if (dependent.failed) continue;
        if (!dependent.is_root) {
          if (dependent.pending == 0) ready.push_back(d);
          continue;
        }
        if (settled_.crates[d] != nullptr) continue;
        if (dependent.busy) {
          dependent.dirty = true;
        } else {
          dependent.busy = true;
          refresh_roots.push_back(d);
        }
      }
    }
    for (uint32_t d : ready) group_.run([this, d] { interface(d); });
    for (uint32_t r : refresh_roots) group_.run([this, r] { refresh_loop(r); });
  }

  void publish(uint32_t c, bool complete, std::vector<Diagnostic> diagnostics) {
    std::lock_guard lock(sink_mutex_);
    CrateUpdate update;
    update.crate = CrateId(c);
    update.complete = complete;
    update.at_ms = ms_between(start_, Clock::now());
    update.diagnostics = std::move(diagnostics);
    if (!update.diagnostics.empty() && result_.first_diagnostic_ms[c] < 0) result_.first_diagnostic_ms[c] = update.at_ms;
    if (sink_) sink_(update);
    if (complete) result_.diagnostics[c] = std::move(update.diagnostics);
  }

  void add_bodies(size_t count) {
    std::lock_guard lock(stats_mutex_);
    result_.totals.bodies += count;
  }

  const Workspace& workspace_;
  const EngineOptions& options_;
  const UpdateSink& sink_;
  tbb::task_arena arena_;
  tbb::task_group group_;
  Clock::time_point start_;
  AnalyzedWorkspace result_;
  std::vector<CrateState> crates_;

  std::mutex mutex_;
  DefMaps settled_;

  std::mutex sink_mutex_;
  std::mutex stats_mutex_;
};

}  // namespace

AnalyzedWorkspace run_engine(const Workspace& workspace, const SourceMap& sources, const LoadedCrates& loaded,
                             const EngineOptions& options, const UpdateSink& sink) {
  Engine engine(workspace, sources, loaded, options, sink);
  return engine.run();
}

}  // namespace sluice
