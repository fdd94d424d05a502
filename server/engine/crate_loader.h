// Stage 1 for a whole workspace: read and parse every file of every crate,
// following `mod m;` declarations, in parallel on a TBB arena.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "analysis/parse/parse.h"
#include "analysis/workspace/workspace.h"
#include "server/engine/timeline.h"

namespace sluice {

struct ParsedFile {
  CrateId crate;
  FileId file;  // none when the file could not be read
  // The file's place in a depth-first walk of its crate's module tree: the
  // order rustc reads (and reports) files in, independent of thread timing.
  std::vector<uint32_t> order_key;
  SyntaxTree tree;
  // The file's `mod m;` items in declaration order: the file of the i-th has
  // order key `order_key + [i]`.
  std::vector<NodeId> module_items;
  std::vector<Diagnostic> diagnostics;  // the tree's, then module-file errors
  // Candidates for this file's `mod m;` files that did not exist (as shown):
  // creating one changes the crate (E0761), so a cached result depends on it.
  std::vector<std::string> absent_module_files;
  FileStamp stamp;  // taken before the file was read (crate_cache.h)
};

struct ParseStats {
  uint64_t files = 0;
  uint64_t lines = 0;
  uint64_t bytes = 0;
  uint64_t tokens = 0;
};

struct LoadOptions {
  unsigned threads = 1;
  // Incremented as each file is parsed, for a progress display on another
  // thread; may be null.
  std::atomic<uint64_t>* files_parsed = nullptr;
  std::string display_root;  // paths under it are shown relative to it
  // By crate number: crates not to load (their results come from the cache,
  // or they are out of scope). May be empty.
  std::vector<uint8_t> skip;
  Timeline* timeline = nullptr;  // records a parse bar per file when set
  // When set (another thread), files not started yet are skipped: the
  // result is incomplete, and the caller (a cancelled engine run) drops it.
  const std::atomic<bool>* cancel = nullptr;
};

struct LoadedCrates {
  std::vector<ParsedFile> files;  // grouped by crate (in crate order), then in order_key order
  ParseStats stats;
};

LoadedCrates load_and_parse_crates(const Workspace& workspace, FileSystem& fs, SourceMap& sources,
                                   const LoadOptions& options);
// One crate's files, in the calling task arena (the engine loads a crate
// late when its cached result turns out stale).
LoadedCrates load_and_parse_crate(const Workspace& workspace, CrateId crate, FileSystem& fs, SourceMap& sources,
                                  const LoadOptions& options);

// `path` relative to `root` when it lies below it, else unchanged.
std::string display_path(const std::string& path, const std::string& root);

}  // namespace sluice
