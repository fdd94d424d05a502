// Threading model
// ---------------
// Every task runs in one tbb::task_arena of `threads` threads and belongs to
// one tbb::task_group, which run_engine() waits on. There are four kinds:
//
//  - load(C): stage 1 of C (its files in parallel), for every crate whose
//    files were not given, all started at once. A root's first pass follows
//    in the same task; another crate's interface follows when its
//    dependencies settled already (its own stage 1 counts as one more
//    pending input). A crate whose files have errors settles dead.
//  - interface(C), for a crate that is not a root: started when every
//    dependency of C settled (or died) and its stage 1 is done. Builds C's def map (stage 2), publishes it (C
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
// The roots go first: run() starts only their tasks, and the others once
// every root sent its first update (root_sent_first_update()). A dead
// crate's dependents treat paths into it as indeterminate for good; its
// waits never end, so they do not keep a root from completing.
//
// With a cache (crate_cache.h), crates whose files are unchanged were not
// loaded by stage 1. Before any task runs, each of them whose dependencies
// are all such crates with unchanged interfaces takes its result from its
// record (a *hit*). The other probed crates run interface(C) like any
// non-root: when their dependencies settled, the fingerprint decides
// between the record (a hit too) and stage 1, late, in the task. A hit
// settles without a def map; a crate about to be checked first decodes the
// maps of the hits below it (materialize_dependencies(), one at a time under
// `decode_mutex_`, so a map is decoded once). Every crate checked writes
// its record when complete. With nothing to check, no thread starts.
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

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>
#include <tbb/task_scheduler_observer.h>
#include <tbb/task_group.h>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <unordered_map>

#include "analysis/builtin/builtin_std.h"
#include "analysis/lints/crate_lints.h"
#include "analysis/parse/parse.h"
#include "server/engine/interface_codec.h"
#include "server/engine/thread_heap.h"

namespace sluice {

namespace {

using Clock = std::chrono::steady_clock;

double ms_between(Clock::time_point start, Clock::time_point end) {
  return std::chrono::duration<double, std::milli>(end - start).count();
}

// A file with these stage-1 errors leaves its crate without an interface (the
// crate is dead). rustc checks on after syntax errors it recovered from, so a
// crate with only those is checked as any other, its recovered trees and all.
bool stops_checking(const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    // A missing module file does not stop rustc either: the module is opaque
    // to the crate's checking (resolve's collect_item, `mod m;`).
    bool recoverable = is_recoverable_syntax_error(d.kind) || d.kind == DiagKind::ModuleFileNotFound;
    if (d.level == Level::Error && !recoverable) return true;
  }
  return false;
}

bool waits(const BodyResult& body) { return !body.waits_on.empty(); }


// The maps settled so far, and the crates that settled without one.
struct Settled {
  DefMaps maps;
  std::vector<uint8_t> dead;
};

struct CrateState {
  CrateInput input;
  std::vector<ExternCrate> externs;
  std::vector<uint32_t> dependents;
  uint32_t pending = 0;  // dependencies not settled yet, and its own stage 1 while it runs
  // No interface: stage-1 errors, out of scope, or no files. Its dependents
  // are still checked: paths into it stay indeterminate for good ("dead").
  bool failed = false;
  bool needs_load = false;  // stage 1 runs in the engine, at once
  std::vector<Diagnostic> stage1;  // its files' diagnostics: the first of each update
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
  // The cache. `probed` is set for crates whose files are unchanged since
  // their record (not loaded by stage 1); `hit` when the record was used.
  // The rest is written by the crate's own chain before it settles, and read
  // by dependents after.
  const ProbedRecord* probed = nullptr;
  bool hit = false;
  std::string key;
  std::vector<std::string> absent_module_files;
  std::vector<FileStamp> stamps;  // by input.files index
  LoadedCrates loaded;  // stage 1 run by the engine
  std::optional<EncodedInterface> interface;
  std::unique_ptr<SpanWriter> spans;
  uint64_t interface_hash = 0;  // 0: unknown
};

// Each thread that joins the engine's arena first puts its malloc heap on
// huge pages (thread_heap.h): stage 1 and the checks allocate most of a
// run's memory on the workers.
class HeapAdvisingObserver final : public tbb::task_scheduler_observer {
 public:
  explicit HeapAdvisingObserver(tbb::task_arena& arena) : tbb::task_scheduler_observer(arena) {}
  // Stops observing before this object's part is destroyed: a worker may
  // still be notifying it, through the virtual functions (oneTBB asks derived
  // observers to do this; ThreadSanitizer saw the race).
  ~HeapAdvisingObserver() override { observe(false); }
  void on_scheduler_entry(bool is_worker) override {
    if (is_worker) advise_huge_pages_for_thread_heap();
  }
};

class Engine {
 public:
  Engine(const Workspace& workspace, SourceMap& sources, const LoadedCrates& loaded, const EngineOptions& options,
         const UpdateSink& sink)
      : workspace_(workspace), sources_(sources), options_(options), sink_(sink),
        arena_(static_cast<int>(std::max(1u, options.threads))) {
    size_t count = workspace.crates.size();
    result_.maps.resize(count);
    result_.diagnostics.resize(count);
    result_.first_diagnostic_ms.assign(count, -1);
    settled_.crates.assign(count, nullptr);
    dead_.assign(count, 0);
    result_.interface_hashes.assign(count, 0);
    crates_.resize(count);
    naming_.key_of = [this](uint32_t crate) { return crates_[crate].key; };
    naming_.number_of = [this](std::string_view key) -> std::optional<uint32_t> {
      auto found = numbers_by_key_.find(std::string(key));
      if (found == numbers_by_key_.end()) return std::nullopt;
      return found->second;
    };
    prepare_crates(loaded);
  }

  AnalyzedWorkspace run() {
    start_ = Clock::now();
    take_cache_hits();
    if (any_crate_to_check()) prepare_types_and_std();
    // A crate known to have no interface (its stage-1 errors given) is
    // complete at once, with those diagnostics only.
    for (CrateId id : workspace_.crate_order) {
      if (!crates_[id.index].failed) continue;
      if (!excluded(id.index)) publish(id.index, true, crates_[id.index].stage1);
      settle_dead_at_start(id.index);
    }
    // Every root's first pass sees the maps settled at the start (none, on
    // a cold run), whatever the threads do: its determinate diagnostics are
    // the same on every run.
    for (CrateId root : options_.roots) {
      if (crates_[root.index].is_root && !crates_[root.index].failed) materialize_dependencies(root.index);
    }
    at_start_ = {settled_, dead_};
    // What starts is chosen before any task runs: a running task settles
    // crates and starts their dependents itself (reading `pending` while
    // tasks change it would start a crate twice), and every root is busy
    // before a settle could start a refresh of it.
    std::vector<uint32_t> ready;
    std::vector<uint32_t> loads;
    std::vector<uint32_t> roots;
    for (CrateId id : workspace_.crate_order) {
      CrateState& crate = crates_[id.index];
      if (crate.failed || crate.hit) continue;
      crate.busy = crate.is_root;
      if (crate.needs_load && !crate.is_root) loads.push_back(id.index);
      else if (crate.is_root) roots.push_back(id.index);
      else if (crate.pending == 0) ready.push_back(id.index);
    }
    // No task (every result reused): no threads to start.
    if (ready.empty() && roots.empty() && loads.empty()) return finish_run();
    // The roots' first updates come first: everything else waits until
    // each root sent one (or failed), so the roots' stage 1 and first pass
    // have every thread to themselves. Nothing a root waits on is held back
    // past that point, and the rest of the run is as long as before.
    deferred_ready_ = std::move(ready);
    deferred_loads_ = std::move(loads);
    roots_before_release_ = roots.size();
    arena_.initialize();
    HeapAdvisingObserver heap_advice(arena_);
    heap_advice.observe(true);
    arena_.execute([&] {
      if (roots.empty()) release_deferred();
      for (uint32_t r : roots) group_.run([this, r] { crates_[r].needs_load ? load(r) : first_pass(r); });
      group_.wait();
    });
    return finish_run();
  }

  AnalyzedWorkspace finish_run() {
    result_.totals.wall_ms = ms_between(start_, Clock::now());
    result_.cancelled = cancelled();
    result_.lines.assign(crates_.size(), 0);
    for (size_t c = 0; c < crates_.size(); ++c) {
      const CrateState& crate = crates_[c];
      result_.interface_hashes[c] = crate.interface_hash;
      for (const CrateFile& file : crate.input.files) result_.lines[c] += file.source ? file.source->line_count() : 0;
      if (crate.hit) result_.lines[c] = crate.probed->record->lines;
    }
    return std::move(result_);
  }

 private:
  // Returns whether the file has stage-1 errors (the caller marks the crate
  // failed: other threads read that flag under `mutex_`).
  bool add_file(CrateState& crate, const ParsedFile& file) {
    crate.stage1.insert(crate.stage1.end(), file.diagnostics.begin(), file.diagnostics.end());
    crate.absent_module_files.insert(crate.absent_module_files.end(), file.absent_module_files.begin(),
                                     file.absent_module_files.end());
    crate.stamps.push_back(file.stamp);
    CrateFile f;
    f.file = file.file;
    f.order_key = file.order_key;
    f.module_items = file.module_items;
    if (file.file.has_value()) {
      f.source = &sources_.file(file.file);
      f.text = f.source->text();
      f.tree = &file.tree;
    }
    crate.input.files.push_back(std::move(f));
    return stops_checking(file.diagnostics);
  }

  void prepare_crates(const LoadedCrates& loaded) {
    for (const ParsedFile& file : loaded.files) crates_[file.crate.index].failed |= add_file(crates_[file.crate.index], file);
    for (CrateState& crate : crates_) apply_stage1_lint_levels(crate.stage1, crate.input);
    add_parse_stats(loaded.stats);
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
      crate.key = crate_key(workspace_, id);
      numbers_by_key_[crate.key] = id.index;
      if (options_.probed != nullptr && id.index < options_.probed->size() && (*options_.probed)[id.index]) {
        crate.probed = &*(*options_.probed)[id.index];
        crate.is_root = false;  // it waits for its dependencies' interface hashes
      }
      bool no_files = crate.input.files.empty() && crate.probed == nullptr;
      crate.needs_load = no_files && options_.fs != nullptr && !excluded(id.index);
      crate.failed |= (no_files && !crate.needs_load) || excluded(id.index);
      if (crate.needs_load && !crate.is_root) ++crate.pending;  // its own stage 1
      for (const CrateDependency& dep : info.dependencies) {
        crate.externs.push_back(ExternCrate{dep.name, dep.crate.index});
        crates_[dep.crate.index].dependents.push_back(id.index);
        ++crate.pending;
      }
    }
  }

  // ------------------------------------------------------------ the cache

  uint64_t options_hash(uint32_t c) const {
    StableHasher hasher;
    hasher.u64(static_cast<uint64_t>(crates_[c].input.edition));
    hasher.u64(crates_[c].is_bin ? 1 : 0);
    hasher.string(crates_[c].input.name);
    return hasher.finish();
  }

  // Whether the probed record of `c` holds given its dependencies' interface
  // hashes now (its files were compared when it was probed).
  bool record_matches(uint32_t c) const {
    const CrateState& crate = crates_[c];
    const CrateRecord& record = *crate.probed->record;
    if (record.dependencies.size() != crate.externs.size()) return false;
    for (size_t i = 0; i < crate.externs.size(); ++i) {
      const RecordDependency& recorded = record.dependencies[i];
      const CrateState& dependency = crates_[crate.externs[i].crate];
      if (recorded.extern_name != crate.externs[i].name || recorded.key != dependency.key ||
          dependency.interface_hash == 0 || recorded.interface_hash != dependency.interface_hash) {
        return false;
      }
    }
    return record_fingerprint(record, options_hash(c)) == record.fingerprint;
  }

  // The record's spans name files by path: a file is loaded when a span
  // first names it (files a stamp vouched for were not read when probed),
  // and only if it is still as recorded.
  SpanReader record_spans(uint32_t c) const {
    const CrateRecord& record = *crates_[c].probed->record;
    std::vector<std::string_view> paths(record.span_paths.begin(), record.span_paths.end());
    return SpanReader(sources_, std::move(paths), [this, &record](std::string_view path) {
      FileId file = sources_.find(path);
      return file.has_value() ? file : load_recorded_file(record, path);
    });
  }

  FileId load_recorded_file(const CrateRecord& record, std::string_view path) const {
    for (const std::vector<RecordFile>* files : {&record.files, &record.referenced}) {
      for (const RecordFile& file : *files) {
        if (file.path != path) continue;
        std::optional<std::string> text = options_.cache->read_if_unchanged(file);
        return text ? sources_.add(file.path, std::move(*text)) : FileId::none();
      }
    }
    return FileId::none();
  }

  std::optional<std::vector<Diagnostic>> record_diagnostics(uint32_t c) const {
    SpanReader spans = record_spans(c);
    ByteReader in(crates_[c].probed->record->diagnostics);
    std::optional<std::vector<Diagnostic>> diagnostics = decode_diagnostics(in, spans);
    if (!diagnostics || !in.at_end()) return std::nullopt;
    return diagnostics;
  }

  // The record's interface as a def map; `maps` has every crate it names.
  std::unique_ptr<CrateDefMap> record_map(uint32_t c, const DefMaps& maps) {
    std::optional<CrateRecord> body = options_.cache->read_body(*crates_[c].probed->record);
    if (!body) return nullptr;
    SpanReader spans = record_spans(c);
    // The map's names view the shape's bytes: the map owns them.
    auto storage = std::make_shared<const std::string>(std::move(body->shape));
    std::optional<CrateDefMap> map =
        decode_interface(storage, *storage, body->positions, c, *result_.types, naming_, spans, maps);
    if (!map) return nullptr;
    return std::make_unique<CrateDefMap>(std::move(*map));
  }

  // Before any task runs: every probed crate whose record holds given only
  // other hits is a hit; it sends its recorded diagnostics and settles
  // without a map (materialize_dependencies() decodes it if needed).
  void take_cache_hits() {
    if (options_.cache == nullptr) return;
    std::vector<std::vector<Diagnostic>> diagnostics(crates_.size());
    for (CrateId id : workspace_.crate_order) {
      CrateState& crate = crates_[id.index];
      if (crate.probed == nullptr || crate.failed) continue;
      bool dependencies_hit = std::all_of(crate.externs.begin(), crate.externs.end(),
                                          [&](const ExternCrate& e) { return crates_[e.crate].hit; });
      if (!dependencies_hit || !record_matches(id.index)) continue;
      std::optional<std::vector<Diagnostic>> recorded = record_diagnostics(id.index);
      if (!recorded) continue;
      diagnostics[id.index] = std::move(*recorded);
      crate.hit = true;
      crate.interface_hash = crate.probed->record->interface_hash;
    }
    for (CrateId id : workspace_.crate_order) {
      CrateState& crate = crates_[id.index];
      if (!crate.hit) continue;
      Clock::time_point start = Clock::now();
      count_cached(crate);
      publish(id.index, true, std::move(diagnostics[id.index]));
      settle_at_start(id.index);
      add_bar(id.index, TimelineStage::Cached, start);
    }
  }

  // The interfaces of the hits among `c`'s dependencies, all of them (a
  // signature may name any crate below), decoded dependencies first. A hit
  // settles without its map: most runs need few of them, or none.
  void materialize_dependencies(uint32_t c) {
    if (options_.cache == nullptr) return;
    std::vector<uint8_t> in_closure = dependencies_of(c);
    std::lock_guard decoding(decode_mutex_);
    for (CrateId id : workspace_.crate_order) {  // dependencies first
      if (!in_closure[id.index] || !crates_[id.index].hit) continue;
      DefMaps maps = snapshot();
      if (maps.crates[id.index] != nullptr) continue;
      std::unique_ptr<CrateDefMap> map = record_map(id.index, maps);
      if (map == nullptr) map = rebuild_map(id.index, maps);
      std::lock_guard lock(mutex_);
      settled_.crates[id.index] = map.get();
      result_.totals.items += map->items.size();
      result_.maps[id.index] = std::move(map);
    }
  }

  // A hit, before any task runs, so it starts none: the start-up loop in
  // run() picks up the crates it made ready. Its map stays null until a
  // crate that is checked needs it.
  void settle_at_start(uint32_t c) {
    for (uint32_t d : crates_[c].dependents) --crates_[d].pending;
  }

  bool any_crate_to_check() const {
    return std::any_of(crates_.begin(), crates_.end(), [](const CrateState& c) { return !c.failed && !c.hit; });
  }

  // The type store and std's def map: built only when some crate is checked
  // (a run that reuses every result needs neither).
  void prepare_types_and_std() {
    if (result_.types != nullptr) return;
    result_.types = std::make_unique<TypeStore>();
    result_.std_map = std::make_unique<CrateDefMap>(build_std_def_map(*result_.types));
    settled_.std = result_.std_map.get();
  }

  // A hit whose interface would not decode (a sluice bug): its map from
  // its sources, so its dependents can still be checked.
  std::unique_ptr<CrateDefMap> rebuild_map(uint32_t c, const DefMaps& maps) {
    load_late(c);
    return build_map(c, maps);
  }

  void count_cached(const CrateState& crate) {
    std::lock_guard lock(stats_mutex_);
    ++result_.totals.cached_crates;
    result_.totals.bodies += crate.probed->record->bodies;
  }

  // Stage 1 of one crate, in this task (its files in parallel).
  void run_stage1(uint32_t c) {
    Clock::time_point start = Clock::now();
    CrateState& crate = crates_[c];
    LoadOptions load = options_.load;
    load.cancel = options_.cancel;
    crate.loaded = load_and_parse_crate(workspace_, CrateId(c), *options_.fs, sources_, load);
    if (cancelled()) return;  // files may be missing
    bool errors = false;
    for (const ParsedFile& file : crate.loaded.files) errors |= add_file(crate, file);
    apply_stage1_lint_levels(crate.stage1, crate.input);
    if (errors) {
      std::lock_guard lock(mutex_);
      crate.failed = true;
    }
    add_time(result_.totals.parse_ms, start);
    std::lock_guard lock(stats_mutex_);
    add_parse_stats(crate.loaded.stats);
  }

  void add_parse_stats(const ParseStats& stats) {
    result_.parse_stats.files += stats.files;
    result_.parse_stats.lines += stats.lines;
    result_.parse_stats.bytes += stats.bytes;
    result_.parse_stats.tokens += stats.tokens;
  }

  // A probed crate whose record turned out stale.
  void load_late(uint32_t c) {
    run_stage1(c);
    std::lock_guard lock(stats_mutex_);
    ++result_.totals.late_loaded_crates;
  }

  // The task of a crate that needs stage 1: then its first pass (a root),
  // its interface (when its dependencies settled already), or nothing yet.
  void load(uint32_t c) {
    if (cancelled()) return;
    run_stage1(c);
    if (cancelled()) return;
    CrateState& crate = crates_[c];
    if (crate.failed) {
      settle_dead(c);
      if (crate.is_root) root_sent_first_update();
      return;
    }
    if (crate.is_root) return first_pass(c);
    bool ready;
    {
      std::lock_guard lock(mutex_);
      ready = --crate.pending == 0;
    }
    if (ready) interface(c);
  }

  // interface(C) of a probed crate: its record, if its dependencies'
  // interfaces are still those it was checked against.
  bool take_record(uint32_t c) {
    CrateState& crate = crates_[c];
    Clock::time_point start = Clock::now();
    if (!record_matches(c)) return false;
    std::optional<std::vector<Diagnostic>> diagnostics = record_diagnostics(c);
    if (!diagnostics) return false;
    crate.hit = true;
    crate.interface_hash = crate.probed->record->interface_hash;
    count_cached(crate);
    settle(c, nullptr);  // its map is decoded if a dependent is checked
    publish(c, true, std::move(*diagnostics));
    add_bar(c, TimelineStage::Cached, start);
    return true;
  }

  // At settle: the interface's bytes (for the record) and hash (for dependents).
  void encode_for_record(uint32_t c, const CrateDefMap& map) {
    CrateState& crate = crates_[c];
    crate.spans = std::make_unique<SpanWriter>(sources_);
    crate.interface = encode_interface(map, *result_.types, naming_, *crate.spans);
    crate.interface_hash = crate.interface ? crate.interface->hash : 0;
  }

  // After a checked crate's complete update: its record for the next run.
  void write_record(uint32_t c, const std::vector<Diagnostic>& diagnostics) {
    CrateState& crate = crates_[c];
    // A crate with any stage-1 diagnostic (an unreadable file is one) is not recorded.
    if (options_.cache == nullptr || !crate.stage1.empty() || !crate.interface || crate.hit) return;
    CrateRecord record;
    record.key = crate.key;
    record.interface_hash = crate.interface->hash;
    std::vector<std::string_view> own;
    for (size_t i = 0; i < crate.input.files.size(); ++i) {
      const CrateFile& file = crate.input.files[i];
      record.files.push_back(RecordFile{file.source->path(), stable_hash(file.text), crate.stamps[i]});
      own.push_back(file.source->path());
      record.lines += file.source->line_count();
    }
    record.absent = crate.absent_module_files;
    for (const ExternCrate& e : crate.externs) {
      if (crates_[e.crate].interface_hash == 0) return;
      record.dependencies.push_back(RecordDependency{std::string(e.name), crates_[e.crate].key,
                                                     crates_[e.crate].interface_hash});
    }
    ByteWriter encoded;
    encode_diagnostics(encoded, diagnostics, *crate.spans);
    record.diagnostics = encoded.take();
    record.span_paths = crate.spans->paths();
    for (const std::string& path : record.span_paths) {
      if (std::find(own.begin(), own.end(), path) != own.end()) continue;
      FileId file = sources_.find(path);
      if (file.is_none()) return;
      record.referenced.push_back(RecordFile{path, stable_hash(sources_.file(file).text()), FileStamp{}});
    }
    record.shape = std::move(crate.interface->shape);
    record.positions = std::move(crate.interface->positions);
    record.bodies = crate.owners.empty() ? body_owners(*result_.maps[c]).size() : crate.owners.size();
    record.fingerprint = record_fingerprint(record, options_hash(c));
    std::string error;
    bool written = options_.cache->write(record, crate.input.name, error);
    std::lock_guard lock(stats_mutex_);
    if (written) ++result_.totals.records_written;
    else if (result_.totals.cache_error.empty()) result_.totals.cache_error = error;
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
    add_bar(c, TimelineStage::Interface, start);
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
    tbb::parallel_for(tbb::blocked_range<size_t>(0, owners.size()), [&](const tbb::blocked_range<size_t>& range) {
      Clock::time_point chunk_start = Clock::now();
      uint64_t count = 0;
      for (size_t i = range.begin(); i != range.end(); ++i) {
        if (!select(i) || cancelled()) continue;
        results[i] = check_body(context, owners[i]);
        ++count;
      }
      checked.fetch_add(count, std::memory_order_relaxed);
      if (count > 0) add_bar(c, TimelineStage::Check, chunk_start);
    });
    std::lock_guard lock(stats_mutex_);
    result_.totals.check_ms += ms_between(start, Clock::now());
    result_.totals.body_checks += checked.load();
  }

  void add_bar(uint32_t c, TimelineStage stage, Clock::time_point start) {
    if (options_.timeline != nullptr) options_.timeline->add_bar(c, stage, start, Clock::now());
  }

  void add_time(double& total, Clock::time_point start) {
    double ms = ms_between(start, Clock::now());
    std::lock_guard lock(stats_mutex_);
    total += ms;
  }

  void interface(uint32_t c) {
    if (cancelled()) return;
    if (crates_[c].probed != nullptr) {
      if (take_record(c)) return;
      load_late(c);
    }
    materialize_dependencies(c);
    DefMaps maps = snapshot();
    std::unique_ptr<CrateDefMap> owned = build_map(c, maps);
    const CrateDefMap& map = *owned;
    settle(c, std::move(owned));
    if (options_.stop_after_interface) return publish(c, true, map.diagnostics);
    std::vector<ItemId> owners = body_owners(map);
    std::vector<BodyResult> bodies(owners.size());
    check_bodies(c, map, maps, owners, bodies, [](size_t) { return true; });
    if (cancelled()) return;  // some results are missing
    add_bodies(owners.size());
    crates_[c].owners = std::move(owners);
    std::vector<Diagnostic> diagnostics = crates_[c].stage1;
    std::vector<Diagnostic> checked =
        crate_diagnostics(crates_[c].input, map, bodies, crates_[c].is_bin, crate_lints_apply(c, snapshot_all().dead),
                          true, has_errors_excluding_lints(crates_[c].stage1));
    diagnostics.insert(diagnostics.end(), checked.begin(), checked.end());
    write_record(c, diagnostics);
    publish(c, true, std::move(diagnostics));
  }

  // Against the maps settled at the start (at_start_), whatever the threads
  // do meanwhile: a first pass's diagnostics are the same on every run.
  void first_pass(uint32_t r) {
    if (cancelled()) return;
    const DefMaps& maps = at_start_.maps;
    CrateState& root = crates_[r];
    root.map = build_map(r, maps);
    const CrateDefMap& map = *root.map;
    root.owners = body_owners(map);
    root.bodies.assign(root.owners.size(), BodyResult{});
    if (!options_.stop_after_interface) {
      check_bodies(r, map, maps, root.owners, root.bodies, [](size_t) { return true; });
      if (cancelled()) return;  // some results are missing
      add_bodies(root.owners.size());
    }
    bool complete = finish_if_complete(r, at_start_.dead);
    root_sent_first_update();
    if (!complete) refresh_loop(r);
  }

  void refresh_loop(uint32_t r) {
    for (;;) {
      if (cancelled()) return;
      materialize_dependencies(r);
      Settled settled;
      {
        std::lock_guard lock(mutex_);
        crates_[r].dirty = false;
        settled = {settled_, dead_};
      }
      if (refresh(r, settled)) return;  // settled: no more refreshes
      std::lock_guard lock(mutex_);
      if (!crates_[r].dirty) {
        crates_[r].busy = false;
        return;
      }
    }
  }

  // One refresh of root `r` against `maps`; true when the root completed.
  bool refresh(uint32_t r, const Settled& settled) {
    const DefMaps& maps = settled.maps;
    CrateState& root = crates_[r];
    auto all_settled = [&](const std::vector<uint32_t>& crates) {
      return std::all_of(crates.begin(), crates.end(),
                         [&](uint32_t c) { return maps.crates[c] != nullptr || settled.dead[c]; });
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
    if (cancelled()) return true;  // some results are stale: stop the chain
    return finish_if_complete(r, settled.dead);
  }

  // Sends the root's diagnostics: complete (and the root settles) when
  // nothing waits any more, else the determinate ones.
  // Waits on dead crates never end: they do not keep a root from completing.
  bool finish_if_complete(uint32_t r, const std::vector<uint8_t>& dead) {
    CrateState& root = crates_[r];
    auto only_dead = [&](const std::vector<uint32_t>& crates) {
      return std::all_of(crates.begin(), crates.end(), [&](uint32_t c) { return dead[c] != 0; });
    };
    bool complete = only_dead(root.map->waits_on) &&
                    std::all_of(root.bodies.begin(), root.bodies.end(),
                                [&](const BodyResult& b) { return only_dead(b.waits_on); });
    std::vector<BodyResult> copies = root.bodies;
    std::vector<Diagnostic> diagnostics = root.stage1;
    std::vector<Diagnostic> checked =
        options_.stop_after_interface
            ? root.map->diagnostics
            : crate_diagnostics(root.input, *root.map, copies, root.is_bin, complete && crate_lints_apply(r, dead),
                                complete, has_errors_excluding_lints(root.stage1));
    diagnostics.insert(diagnostics.end(), checked.begin(), checked.end());
    if (complete) settle(r, std::move(root.map));
    if (complete) write_record(r, diagnostics);
    publish(r, complete, std::move(diagnostics));
    return complete;
  }

  // Makes `map` settled: dependents whose last dependency it was start, and
  // roots that depend on it refresh.
  // A hit's map may be null: no crate checked needs its interface.
  // Without a map and not a hit: a dead crate (no interface).
  void settle(uint32_t c, std::unique_ptr<CrateDefMap> map) {
    if (options_.cache != nullptr && !crates_[c].hit && map != nullptr) encode_for_record(c, *map);
    std::vector<uint32_t> ready;
    std::vector<uint32_t> refresh_roots;
    {
      std::lock_guard lock(mutex_);
      if (map == nullptr && !crates_[c].hit) dead_[c] = 1;
      settled_.crates[c] = map.get();
      if (map != nullptr) result_.totals.items += map->items.size();
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

  // Starts what run() held back once the last root sent its first update.
  void root_sent_first_update() {
    if (roots_before_release_.fetch_sub(1) == 1) release_deferred();
  }

  void release_deferred() {
    for (uint32_t c : deferred_ready_) group_.run([this, c] { interface(c); });
    for (uint32_t c : deferred_loads_) group_.run([this, c] { load(c); });
  }

  // A crate whose stage 1 failed: complete with those diagnostics; its
  // dependents go on without it.
  void settle_dead(uint32_t c) {
    publish(c, true, crates_[c].stage1);
    settle(c, nullptr);
  }

  void settle_dead_at_start(uint32_t c) {
    dead_[c] = 1;
    settle_at_start(c);
  }

  // Whether a dead crate is among `c`'s dependencies (transitively): then
  // the lints over the whole crate are left out (some paths stayed
  // indeterminate), in every order alike.
  bool depends_on_dead(uint32_t c, const std::vector<uint8_t>& dead) const {
    std::vector<uint8_t> below = dependencies_of(c);
    for (size_t d = 0; d < below.size(); ++d) {
      if (below[d] && dead[d]) return true;
    }
    return false;
  }

  // The whole-crate lints (dead code, unused imports, ...) judge a crate as
  // a whole: not when part of it is unknown through a dead dependency.
  // unused_imports needs every dependency's names. (rustc reports it after
  // syntax errors too; the late lints, which it does not, are kept out by
  // the stage-1 errors given to crate_diagnostics.)
  bool crate_lints_apply(uint32_t c, const std::vector<uint8_t>& dead) const { return !depends_on_dead(c, dead); }

  // By crate number: 1 for every crate `c` depends on, directly or not.
  std::vector<uint8_t> dependencies_of(uint32_t c) const {
    std::vector<uint8_t> below(crates_.size(), 0);
    std::vector<uint32_t> stack = {c};
    while (!stack.empty()) {
      uint32_t x = stack.back();
      stack.pop_back();
      for (const ExternCrate& e : crates_[x].externs) {
        if (!below[e.crate]) stack.push_back(e.crate);
        below[e.crate] = 1;
      }
    }
    return below;
  }

  Settled snapshot_all() {
    std::lock_guard lock(mutex_);
    return Settled{settled_, dead_};
  }

  // A cancelled run stops starting work and sends nothing more: what it
  // has not sent is simply not known (the caller runs again on newer input).
  bool cancelled() const {
    return options_.cancel != nullptr && options_.cancel->load(std::memory_order_relaxed);
  }

  void publish(uint32_t c, bool complete, std::vector<Diagnostic> diagnostics) {
    std::lock_guard lock(sink_mutex_);
    if (cancelled()) return;
    CrateUpdate update;
    update.crate = CrateId(c);
    update.complete = complete;
    update.at_ms = ms_between(start_, Clock::now());
    update.diagnostics = std::move(diagnostics);
    if (!update.diagnostics.empty() && result_.first_diagnostic_ms[c] < 0) {
      result_.first_diagnostic_ms[c] = update.at_ms;
      if (options_.timeline != nullptr && crates_[c].is_root) {
        options_.timeline->add_mark(c, "first diagnostic", Clock::now());
      }
    }
    if (complete && options_.timeline != nullptr) options_.timeline->add_mark(c, "complete", Clock::now());
    if (sink_) sink_(update);
    if (complete) result_.diagnostics[c] = std::move(update.diagnostics);
  }

  void add_bodies(size_t count) {
    std::lock_guard lock(stats_mutex_);
    result_.totals.bodies += count;
  }

  const Workspace& workspace_;
  SourceMap& sources_;
  const EngineOptions& options_;
  const UpdateSink& sink_;
  tbb::task_arena arena_;
  tbb::task_group group_;
  Clock::time_point start_;
  AnalyzedWorkspace result_;
  std::vector<CrateState> crates_;
  CrateNaming naming_;
  std::unordered_map<std::string, uint32_t> numbers_by_key_;

  std::mutex mutex_;
  DefMaps settled_;
  std::vector<uint8_t> dead_;  // by crate: settled without an interface
  Settled at_start_;           // what the roots' first passes see
  // Held back until every root sent its first update (run()).
  std::vector<uint32_t> deferred_ready_;
  std::vector<uint32_t> deferred_loads_;
  std::atomic<size_t> roots_before_release_{0};
  std::mutex decode_mutex_;  // one materialize_dependencies() at a time: a map is decoded once

  std::mutex sink_mutex_;
  std::mutex stats_mutex_;
};

}  // namespace

std::vector<std::optional<ProbedRecord>> probe_cached_crates(const Workspace& workspace, CrateCache& cache,
                                                             SourceMap& sources, const std::vector<uint8_t>& skip,
                                                             const std::function<void(CrateId)>& on_stale) {
  std::vector<std::optional<ProbedRecord>> probed(workspace.crates.size());
  for (CrateId id : workspace.crate_order) {
    if (id.index < skip.size() && skip[id.index]) continue;
    probed[id.index] = cache.probe(crate_key(workspace, id), workspace.crate(id).name);
    if (!probed[id.index]) {
      if (on_stale) on_stale(id);
      continue;
    }
    const CrateRecord& record = *probed[id.index]->record;
    for (size_t i = 0; i < record.files.size(); ++i) {
      if (probed[id.index]->texts[i]) sources.add(record.files[i].path, std::move(*probed[id.index]->texts[i]));
    }
    probed[id.index]->texts.clear();
  }
  return probed;
}

AnalyzedWorkspace run_engine(const Workspace& workspace, SourceMap& sources, const LoadedCrates& loaded,
                             const EngineOptions& options, const UpdateSink& sink) {
  Engine engine(workspace, sources, loaded, options, sink);
  return engine.run();
}

}  // namespace sluice
