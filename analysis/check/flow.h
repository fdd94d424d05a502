// Private to analysis/check: the flow pass over a type-checked body, for
// rustc's borrow-checker and liveness verdicts on locals: use of a moved
// value (E0382), of an uninitialised binding (E0381), a second assignment to
// an immutable binding (E0384), and assignments whose value is never read
// (unused_assignments). The body checker records what the pass needs (which
// node names which local, which calls diverge, ...) as FlowFacts.
#pragma once

#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analysis/diag/diagnostic.h"
#include "analysis/parse/syntax_tree.h"

namespace sluice {

struct FlowLocal {
  std::string_view name;
  Span span;           // the binding
  bool is_mut = false;
  bool is_copy = true;
  bool initialized = true;  // at its declaration
  Span init_span;           // the initialiser, when the declaration has one
};

struct FlowFacts {
  std::vector<FlowLocal> locals;                                 // by local id
  std::unordered_map<uint32_t, uint32_t> path_local;             // PathExpr node -> local id
  std::unordered_map<uint32_t, uint32_t> binding_local;          // IdentPat node -> local id
  std::unordered_map<uint32_t, uint32_t> shorthand_local;        // RecordExprField node -> local id
  // MacroCall node -> the locals its arguments read (true: through a field, `p.x`).
  std::unordered_map<uint32_t, std::vector<std::pair<uint32_t, bool>>> macro_reads;
  std::unordered_set<uint32_t> non_copy_fields;                  // FieldExpr nodes of a non-Copy type
  std::unordered_set<uint32_t> diverging;                        // calls and macros of type `!`
  std::unordered_set<uint32_t> by_value_receivers;               // method calls taking `self` by value
};

struct FlowResult {
  std::vector<Diagnostic> errors;  // E0381, E0382, E0384
  std::vector<Diagnostic> lints;   // unused_assignments
};

FlowResult run_flow_pass(const SyntaxTree& tree, std::string_view text, NodeId body, const FlowFacts& facts,
                         const std::vector<uint32_t>& parameters);

}  // namespace sluice
