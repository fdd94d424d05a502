#include "server/engine/crate_loader.h"

#include <tbb/task_arena.h>
#include <tbb/task_group.h>

#include <algorithm>
#include <mutex>

#include "analysis/modules/modules.h"

namespace sluice {

std::string display_path(const std::string& path, const std::string& root) {
  if (root.empty() || root == "." || !path_starts_with(path, root) || path.size() <= root.size()) return path;
  size_t skip = root.size() + (root.back() == '/' ? 0 : 1);
  return path.substr(skip);
}

namespace {

// Shared by the tasks of one load. Thread-safe: results are appended under a
// mutex; everything else it holds is read-only during the load.
class Loader {
 public:
  Loader(const Workspace& workspace, FileSystem& fs, SourceMap& sources, const LoadOptions& options)
      : workspace_(workspace), fs_(fs), sources_(sources), options_(options) {}

  void load_all(tbb::task_group& group) {
    for (CrateId crate : workspace_.crate_order) {
      if (crate.index < options_.skip.size() && options_.skip[crate.index]) continue;
      load_crate(group, crate);
    }
  }

  void load_crate(tbb::task_group& group, CrateId crate) {
    const Crate& c = workspace_.crate(crate);
    ModuleScope scope = crate_root_module_scope(c.root_file);
    group.run([this, &group, crate, scope, root = c.root_file] {
      load_file(group, crate, root, scope, {}, Span{}, {});
    });
  }

  LoadedCrates take_results() {
    std::vector<uint32_t> crate_rank(workspace_.crates.size(), 0);
    for (uint32_t i = 0; i < workspace_.crate_order.size(); ++i) crate_rank[workspace_.crate_order[i].index] = i;
    std::sort(results_.files.begin(), results_.files.end(), [&](const ParsedFile& a, const ParsedFile& b) {
      if (a.crate != b.crate) return crate_rank[a.crate.index] < crate_rank[b.crate.index];
      return a.order_key < b.order_key;
    });
    return std::move(results_);
  }

 private:
  // Reads and parses one file, then schedules the files its `mod m;` name.
  // `declaration` is the span of the `mod` item that asked for it (none for
  // a crate root).
  void load_file(tbb::task_group& group, CrateId crate, const std::string& path, const ModuleScope& scope,
                 std::vector<uint32_t> order_key, Span declaration, std::vector<std::string> ancestors) {
    if (options_.cancel != nullptr && options_.cancel->load(std::memory_order_relaxed)) return;
    Timeline::Clock::time_point start = Timeline::Clock::now();
    ParsedFile parsed;
    parsed.crate = crate;
    parsed.order_key = std::move(order_key);
    std::string text;
    // Taken before the read: a write after it then changes the stamp (crate_cache.h).
    FileSystem::Status status = fs_.read_file_stamped(path, text, parsed.stamp);
    if (status != FileSystem::Status::Ok) {
      std::string shown = display_path(path, options_.display_root);
      std::string reason = status == FileSystem::Status::InvalidUtf8 ? "stream did not contain valid UTF-8"
                                                                      : std::string(file_status_message(status));
      parsed.diagnostics.push_back(make_diagnostic(DiagKind::CouldNotReadFile, declaration, {shown, reason}));
      append(std::move(parsed), {}, 0);
      return;
    }
    parsed.file = sources_.add(display_path(path, options_.display_root), std::move(text));
    const SourceFile& file = sources_.file(parsed.file);
    ParseOptions parse_options;
    parse_options.edition = workspace_.crate(crate).edition;
    parsed.tree = parse_file(file, parse_options);
    parsed.diagnostics = std::move(parsed.tree.diagnostics);

    std::vector<ModuleDeclaration> modules = collect_module_declarations(parsed.tree, file, scope, CfgOptions{});
    ancestors.push_back(path);
    for (uint32_t i = 0; i < modules.size(); ++i) {
      parsed.module_items.push_back(modules[i].item);
      schedule_module(group, parsed, modules[i], i, ancestors);
    }
    uint64_t tokens = parsed.tree.tokens.size();
    append(std::move(parsed), file.line_count(), tokens);
    if (options_.timeline != nullptr) {
      options_.timeline->add_bar(crate.index, TimelineStage::Parse, start, Timeline::Clock::now());
    }
  }

  void schedule_module(tbb::task_group& group, ParsedFile& parent, const ModuleDeclaration& module, uint32_t index,
                       const std::vector<std::string>& ancestors) {
    std::optional<std::string_view> path_attribute;
    if (module.path_attribute) path_attribute = *module.path_attribute;
    ModuleFileCandidates candidates = module_file_candidates(module.scope, module.name, path_attribute);
    std::vector<std::string> existing, shown;
    for (const std::string& candidate : candidates.paths) {
      shown.push_back(display_path(candidate, options_.display_root));
      if (fs_.is_file(candidate)) existing.push_back(candidate);
      else parent.absent_module_files.push_back(shown.back());
    }
    std::vector<uint32_t> key = parent.order_key;
    key.push_back(index);
    // A module-file error takes the place of the file it could not load, so
    // it is reported where rustc reports it: after the files of earlier `mod`s.
    auto report_in_place = [&](Diagnostic diagnostic) {
      ParsedFile placeholder;
      placeholder.crate = parent.crate;
      placeholder.order_key = key;
      placeholder.diagnostics.push_back(std::move(diagnostic));
      append(std::move(placeholder), 0, 0);
    };
    if (existing.empty()) {
      report_in_place(module_file_not_found(module.item_span, module.name, shown));
      return;
    }
    if (existing.size() > 1) {
      report_in_place(module_file_ambiguous(module.item_span, module.name, shown));
      return;
    }
    // A file that (through #[path]) includes one of its own ancestors.
    auto cycle_start = std::find(ancestors.begin(), ancestors.end(), existing[0]);
    if (cycle_start != ancestors.end()) {
      std::string chain;
      for (auto it = cycle_start; it != ancestors.end(); ++it) chain += display_path(*it, options_.display_root) + " -> ";
      chain += display_path(existing[0], options_.display_root);
      report_in_place(make_diagnostic(DiagKind::CircularModules, module.item_span, {chain}));
      return;
    }
    ModuleScope child_scope = file_module_scope(existing[0], module.name, candidates.from_path_attribute);
    group.run([this, &group, crate = parent.crate, path = existing[0], child_scope, key, span = module.item_span,
               ancestors] { load_file(group, crate, path, child_scope, key, span, ancestors); });
  }

  void append(ParsedFile parsed, uint64_t lines, uint64_t tokens) {
    if (options_.files_parsed != nullptr) options_.files_parsed->fetch_add(1, std::memory_order_relaxed);
    std::lock_guard lock(mutex_);
    if (parsed.file.has_value()) {
      results_.stats.files += 1;
      results_.stats.lines += lines;
      results_.stats.bytes += sources_.file(parsed.file).size();
      results_.stats.tokens += tokens;
    }
    results_.files.push_back(std::move(parsed));
  }

  const Workspace& workspace_;
  FileSystem& fs_;
  SourceMap& sources_;
  const LoadOptions& options_;
  std::mutex mutex_;
  LoadedCrates results_;
};

}  // namespace

LoadedCrates load_and_parse_crates(const Workspace& workspace, FileSystem& fs, SourceMap& sources,
                                   const LoadOptions& options) {
  Loader loader(workspace, fs, sources, options);
  // Nothing to load (every crate's result is cached): no threads to start.
  bool any = false;
  for (CrateId crate : workspace.crate_order) any |= !(crate.index < options.skip.size() && options.skip[crate.index]);
  if (!any) return loader.take_results();
  tbb::task_arena arena(static_cast<int>(std::max(1u, options.threads)));
  arena.execute([&] {
    tbb::task_group group;
    loader.load_all(group);
    group.wait();
  });
  return loader.take_results();
}

LoadedCrates load_and_parse_crate(const Workspace& workspace, CrateId crate, FileSystem& fs, SourceMap& sources,
                                  const LoadOptions& options) {
  Loader loader(workspace, fs, sources, options);
  tbb::task_group group;
  loader.load_crate(group, crate);
  group.wait();
  return loader.take_results();
}

}  // namespace sluice
