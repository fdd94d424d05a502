#include "server/driver/analyze.h"

#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <chrono>

#include "analysis/builtin/builtin_std.h"
#include "analysis/lints/crate_lints.h"

namespace sluice {

namespace {

using Clock = std::chrono::steady_clock;

double elapsed_ms(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    if (d.level == Level::Error) return true;
  }
  return false;
}

CrateInput crate_input(const Workspace& workspace, const SourceMap& sources, const LoadedCrates& loaded,
                       CrateId crate, bool& parse_failed) {
  CrateInput input;
  input.crate = crate.index;
  input.name = workspace.crate(crate).name;
  input.edition = workspace.crate(crate).edition;
  for (const ParsedFile& file : loaded.files) {
    if (file.crate != crate) continue;
    parse_failed |= has_errors(file.diagnostics);
    CrateFile f;
    f.file = file.file;
    f.order_key = file.order_key;
    f.module_items = file.module_items;
    if (file.file.has_value()) {
      f.source = &sources.file(file.file);
      f.text = f.source->text();
      f.tree = &file.tree;
    }
    input.files.push_back(std::move(f));
  }
  return input;
}

// Checks every body of one crate, in parallel; results in definition order.
std::vector<BodyResult> check_crate_bodies(const BodyCheckContext& context, StageTotals& totals) {
  std::vector<ItemId> owners = body_owners(*context.crate);
  std::vector<BodyResult> results(owners.size());
  tbb::parallel_for(size_t(0), owners.size(), [&](size_t i) { results[i] = check_body(context, owners[i]); });
  totals.bodies += owners.size();
  return results;
}

}  // namespace

AnalyzedWorkspace analyze_workspace(const Workspace& workspace, const SourceMap& sources, const LoadedCrates& loaded,
                                    const AnalyzeOptions& options) {
  AnalyzedWorkspace result;
  result.types = std::make_unique<TypeStore>();
  result.std_map = std::make_unique<CrateDefMap>(build_std_def_map(*result.types));
  size_t crate_count = workspace.crates.size();
  result.maps.resize(crate_count);
  result.diagnostics.resize(crate_count);
  DefMaps maps;
  maps.std = result.std_map.get();
  maps.crates.assign(crate_count, nullptr);
  std::vector<bool> failed(crate_count, false);
  std::vector<CrateInput> inputs(crate_count);
  tbb::task_arena arena(static_cast<int>(std::max(1u, options.threads)));
  for (CrateId crate : workspace.crate_order) {
    bool parse_failed = false;
    CrateInput& input = inputs[crate.index];
    input = crate_input(workspace, sources, loaded, crate, parse_failed);
    bool dependency_failed = false;
    std::vector<ExternCrate> externs;
    for (const CrateDependency& dep : workspace.crate(crate).dependencies) {
      dependency_failed |= failed[dep.crate.index] || maps.crates[dep.crate.index] == nullptr;
      externs.push_back(ExternCrate{dep.name, dep.crate.index});
    }
    if (parse_failed || dependency_failed || input.files.empty()) {
      failed[crate.index] = true;
      continue;
    }
    Clock::time_point start = Clock::now();
    ResolveContext context;
    context.maps = &maps;
    context.externs = externs;
    context.types = result.types.get();
    auto map = std::make_unique<CrateDefMap>(build_def_map(input, context));
    result.totals.interface_ms += elapsed_ms(start);
    result.totals.items += map->items.size();
    maps.crates[crate.index] = map.get();
    std::vector<Diagnostic>& out = result.diagnostics[crate.index];
    out = map->diagnostics;
    result.maps[crate.index] = std::move(map);
    if (options.stop_after_interface) continue;
    start = Clock::now();
    BodyCheckContext body_context;
    body_context.maps = &maps;
    body_context.crate = maps.crates[crate.index];
    body_context.input = &input;
    body_context.externs = &externs;
    body_context.types = result.types.get();
    std::vector<BodyResult> bodies;
    arena.execute([&] { bodies = check_crate_bodies(body_context, result.totals); });
    out = crate_diagnostics(input, *maps.crates[crate.index], bodies, workspace.crate(crate).kind == CrateKind::Bin);
    result.totals.check_ms += elapsed_ms(start);
    failed[crate.index] = has_errors(out);
  }
  return result;
}

}  // namespace sluice
