// Stages 2 and 3 for a loaded workspace, in dependency order: each crate's
// def map (interface) from its files and its dependencies' def maps, then
// every body checked in parallel on a TBB arena. (The engine issue replaces
// this strict order with root-first scheduling over the same functions.)
#pragma once

#include <memory>
#include <vector>

#include "analysis/check/check.h"
#include "server/driver/crate_loader.h"

namespace sluice {

struct AnalyzeOptions {
  unsigned threads = 1;
  bool stop_after_interface = false;
};

struct StageTotals {
  double interface_ms = 0;
  double check_ms = 0;
  uint64_t items = 0;
  uint64_t bodies = 0;
};

struct AnalyzedWorkspace {
  std::unique_ptr<TypeStore> types;
  std::unique_ptr<CrateDefMap> std_map;
  std::vector<std::unique_ptr<CrateDefMap>> maps;  // by crate number; null when not analysed
  // By crate number: the diagnostics of stages 2 and 3, in rustc's order.
  std::vector<std::vector<Diagnostic>> diagnostics;
  StageTotals totals;
};

// `loaded.files` must be grouped by crate with each crate's root first (as
// load_and_parse_crates returns them). A crate whose parse reported errors,
// or that depends on such a crate, is not analysed (as cargo stops there).
AnalyzedWorkspace analyze_workspace(const Workspace& workspace, const SourceMap& sources, const LoadedCrates& loaded,
                                    const AnalyzeOptions& options);

}  // namespace sluice
