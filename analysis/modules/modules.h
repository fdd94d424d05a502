// Stage 1c: the module tree. After a file parses, its out-of-line `mod m;`
// declarations say which files to load next. This phase finds them (through
// inline modules, honouring #[path] and #[cfg]) and says where to look; the
// driver does the reading.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/parse/syntax_tree.h"
#include "analysis/workspace/workspace.h"

namespace sluice {

struct ModuleDeclaration {
  std::string name;        // as written, without `r#`
  Span item_span;          // the whole `mod m;` item (rustc's E0583 span)
  ModuleScope scope;       // where the declaration's files are looked for
  std::optional<std::string> path_attribute;
  NodeId item;             // the `mod m;` item's node
};

// The configuration `#[cfg(...)]` is evaluated against: a host build of the
// dev profile, as `cargo check` uses (test off, debug_assertions on).
struct CfgOptions {
  bool test = false;
  bool debug_assertions = true;
};

// Out-of-line module declarations in `tree`, in source order, skipping those
// whose #[cfg] is false.
std::vector<ModuleDeclaration> collect_module_declarations(const SyntaxTree& tree, const SourceFile& file,
                                                           const ModuleScope& file_scope, const CfgOptions& cfg);

// Evaluates the predicate inside `#[cfg(...)]` given as a TokenTree node.
bool evaluate_cfg(const SyntaxTree& tree, std::string_view source, NodeId token_tree, const CfgOptions& cfg);

}  // namespace sluice
