// The engine: stages 2 (interface) and 3 (check) of every crate of a loaded
// workspace, each started the moment its inputs exist, the crates of
// interest first (ARCHITECTURE.md, "Root first"). The threading model is
// written down at the top of engine.cpp.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

#include "analysis/check/check.h"
#include "server/engine/crate_cache.h"
#include "server/engine/crate_loader.h"

namespace sluice {

enum class CheckOrder : uint8_t {
  RootFirst,     // the roots start at once, their paths into unsettled dependencies indeterminate
  Dependencies,  // strict: a crate starts when all its dependencies settled (for comparison and tests)
};

struct EngineOptions {
  unsigned threads = 1;
  bool stop_after_interface = false;
  CheckOrder order = CheckOrder::RootFirst;
  // The crates of interest (with RootFirst). Empty: none, as Dependencies.
  std::vector<CrateId> roots;
  // By crate number: crates not to analyse (outside `-p`'s reach). May be empty.
  std::vector<uint8_t> excluded;
  // Results of earlier runs (crate_cache.h): read, and written for every
  // crate checked. Null: no cache.
  CrateCache* cache = nullptr;
  // By crate number: the records probe_cached_crates() found; those crates
  // were not loaded by stage 1. May be empty.
  const std::vector<std::optional<ProbedRecord>>* probed = nullptr;
  // For crates whose record turns out stale: stage 1 runs late, in the engine.
  FileSystem* fs = nullptr;
  LoadOptions load;
  // Records a bar per stage task and body chunk, and marks, when set.
  Timeline* timeline = nullptr;
  // Set from another thread to stop the run (the language server, when the
  // input changed): no task starts after it, no update is sent after it.
  const std::atomic<bool>* cancel = nullptr;
};

// Looks up every crate's record (not those `skip` marks), adding the files
// of each found to `sources`; the crates found need no stage 1 unless the
// engine finds a dependency's interface changed.
// `on_stale` is called for each crate probed without finding a valid record.
std::vector<std::optional<ProbedRecord>> probe_cached_crates(const Workspace& workspace, CrateCache& cache,
                                                             SourceMap& sources, const std::vector<uint8_t>& skip,
                                                             const std::function<void(CrateId)>& on_stale = {});

// One step of the diagnostics stream: every diagnostic of a crate known so
// far, in rustc's order. Before `complete`, only determinate ones (each of
// them is also in the complete update; see check.h, BodyResult::waits_on).
struct CrateUpdate {
  CrateId crate;
  bool complete = false;
  std::vector<Diagnostic> diagnostics;
  double at_ms = 0;  // since the engine started
};
// Called one update at a time (never concurrently), from engine threads.
using UpdateSink = std::function<void(const CrateUpdate&)>;

struct StageTotals {
  double parse_ms = 0;      // stage 1, summed over crates (each crate's files in parallel)
  double interface_ms = 0;  // summed over tasks (busy time, not wall time)
  double check_ms = 0;
  double wall_ms = 0;       // the whole engine run
  uint64_t items = 0;
  uint64_t bodies = 0;        // distinct bodies
  uint64_t body_checks = 0;   // checks run (bodies that waited are checked again)
  uint64_t cached_crates = 0;   // results reused from the cache
  uint64_t late_loaded_crates = 0;  // probed, then found stale: loaded by the engine
  uint64_t records_written = 0;
  std::string cache_error;      // the first write that failed, if any
};

struct AnalyzedWorkspace {
  // Null when no crate was checked (every result came from the cache).
  std::unique_ptr<TypeStore> types;
  std::unique_ptr<CrateDefMap> std_map;
  // By crate number: the settled map; null when not analysed, or when its
  // result came from the cache and no crate checked needed its interface.
  std::vector<std::unique_ptr<CrateDefMap>> maps;
  // By crate number: the interface hash (interface_codec.h), with a cache;
  // 0 when unknown.
  std::vector<uint64_t> interface_hashes;
  // The files stage 1 read (given or run by the engine).
  ParseStats parse_stats;
  // By crate number: lines of source (read, or as recorded).
  std::vector<uint64_t> lines;
  // Stopped by EngineOptions::cancel: the results are partial.
  bool cancelled = false;
  // By crate number: the complete diagnostics of stages 2 and 3, in rustc's order.
  std::vector<std::vector<Diagnostic>> diagnostics;
  // By crate number: when the first update with a diagnostic was sent (ms since
  // the start; negative if none).
  std::vector<double> first_diagnostic_ms;
  StageTotals totals;
};

// Stage 1 of a crate runs in the engine (options.fs given) unless `loaded`
// has its files (grouped by crate with each crate's root first, as
// load_and_parse_crates returns them) or its record is reused. A crate whose
// stage 1 reported errors has no interface: it is complete with those
// diagnostics, and its dependents are checked with paths into it
// indeterminate for good (and without the lints over a whole crate). A
// crate whose bodies have errors still has an interface. Cargo checks
// neither kind of dependent; sluice reports more, never less.
AnalyzedWorkspace run_engine(const Workspace& workspace, SourceMap& sources, const LoadedCrates& loaded,
                             const EngineOptions& options, const UpdateSink& sink = {});

}  // namespace sluice
