// libFuzzer target over stages 2 and 3: any bytes, taken as the root file of
// a binary crate (edition 2021), go through name resolution, body checking
// and the crate lints as the driver runs them (server/driver/analyze.cpp),
// and every diagnostic must point into the file and render, with no crash,
// hang, leak or undefined behaviour.
//
// Like the driver, a crate whose parse reported errors stops after stage 1.
// With SLUICE_FUZZ_CHECK_RECOVERED=1 in the environment the recovered tree is
// resolved and checked anyway: the language server will need that one day,
// and it reaches far more of the checker from random bytes.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "analysis/builtin/builtin_std.h"
#include "analysis/check/check.h"
#include "analysis/diag/render_human.h"
#include "analysis/lints/crate_lints.h"
#include "analysis/lints/lints.h"
#include "analysis/modules/modules.h"
#include "analysis/parse/parse.h"

using namespace sluice;

namespace {

bool check_recovered_trees() {
  static const bool enabled = [] {
    const char* value = std::getenv("SLUICE_FUZZ_CHECK_RECOVERED");
    return value != nullptr && std::string(value) == "1";
  }();
  return enabled;
}

// Says which diagnostic broke an invariant, then aborts (libFuzzer saves the input).
[[noreturn]] void fail(const Diagnostic& d, const char* what) {
  std::fprintf(stderr, "fuzz_check: %s: %s[%s] %s (primary %u..%u)\n", what, std::string(level_name(d.level)).c_str(),
               d.code.c_str(), d.message.c_str(), d.primary.span.begin, d.primary.span.end);
  std::abort();
}

// Every span a diagnostic carries must lie inside the one file there is.
bool in_file(const Span& span, FileId file, size_t size) {
  if (span.is_none()) return true;
  return span.file == file && span.begin <= span.end && span.end <= size;
}

void require_renderable(const Diagnostic& d, const SourceMap& sources, FileId file, size_t size) {
  if (!in_file(d.primary.span, file, size)) fail(d, "primary span outside the file");
  for (const Label& label : d.secondary) {
    if (!in_file(label.span, file, size)) fail(d, "secondary span outside the file");
  }
  for (const SubDiagnostic& child : d.children) {
    for (const Label& label : child.spans) {
      if (!in_file(label.span, file, size)) fail(d, "note or fix span outside the file");
    }
  }
  if (render_human(d, sources, {}).empty()) fail(d, "rendered as nothing");
}

// The root's out-of-line `mod m;` items, as the crate loader finds them. Their
// files do not exist, so no CrateFile gets their order keys.
std::vector<NodeId> module_items(const SyntaxTree& tree, const SourceFile& source) {
  std::vector<NodeId> items;
  ModuleScope scope = crate_root_module_scope("/fuzz/src/main.rs");
  for (const ModuleDeclaration& module : collect_module_declarations(tree, source, scope, CfgOptions{})) {
    items.push_back(module.item);
  }
  return items;
}

// Stages 2 and 3 and the crate lints, in the driver's order.
std::vector<Diagnostic> analyze(const CrateInput& input) {
  static TypeStore* types = nullptr;
  static CrateDefMap* std_map = nullptr;
  // The built-in std is immutable once built, as in a session: build it once.
  if (types == nullptr) {
    types = new TypeStore();
    std_map = new CrateDefMap(build_std_def_map(*types));
  }
  DefMaps maps;
  maps.std = std_map;
  maps.crates = {nullptr};
  ResolveContext resolve_context;
  resolve_context.maps = &maps;
  resolve_context.types = types;
  CrateDefMap map = build_def_map(input, resolve_context);
  maps.crates[0] = &map;

  std::vector<ExternCrate> externs;
  BodyCheckContext context;
  context.maps = &maps;
  context.crate = &map;
  context.input = &input;
  context.externs = &externs;
  context.types = types;
  std::vector<ItemId> owners = body_owners(map);
  std::vector<BodyResult> results(owners.size());
  for (size_t i = 0; i < owners.size(); ++i) results[i] = check_body(context, owners[i]);

  return crate_diagnostics(input, map, results, /*is_bin=*/true);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 20)) return 0;
  SourceMap sources;
  FileId file = sources.add("src/main.rs", std::string(reinterpret_cast<const char*>(data), size));
  const SourceFile& source = sources.file(file);
  ParseOptions options;
  options.edition = Edition::E2021;
  SyntaxTree tree = parse_file(source, options);
  for (const Diagnostic& d : tree.diagnostics) require_renderable(d, sources, file, size);
  if (has_errors(tree.diagnostics) && !check_recovered_trees()) return 0;

  CrateInput input;
  input.crate = 0;
  input.name = "fuzz";
  input.edition = Edition::E2021;
  CrateFile root;
  root.file = file;
  root.source = &source;
  root.text = source.text();
  root.tree = &tree;
  root.module_items = module_items(tree, source);
  input.files.push_back(root);
  for (const Diagnostic& d : analyze(input)) require_renderable(d, sources, file, size);
  return 0;
}
