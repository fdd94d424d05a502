// Private to analysis/check: the flow pass over a type-checked body, for
// rustc's borrow-checker and liveness verdicts on locals: use of a moved
// value (E0382), of an uninitialised binding (E0381), a second assignment to
// an immutable binding (E0384), and assignments whose value is never read
// (unused_assignments). The body checker records what the pass needs (which
// node names which local, which calls diverge, ...) as FlowFacts.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analysis/check/scratch_pool.h"
#include "analysis/diag/diagnostic.h"
#include "analysis/parse/syntax_tree.h"
#include "analysis/types/types.h"

namespace sluice {

struct FlowLocal {
  std::string_view name;
  Span span;           // the binding
  bool is_mut = false;
  bool is_copy = true;
  bool is_mut_ref = false;  // `&mut T`: reborrowed, not moved, where a coercion applies
  std::string type_name;    // for a type that is not Copy: E0382's "move occurs because ..." label
  bool initialized = true;  // at its declaration
  bool partially_bound = false;  // bound by only some alternatives of an or-pattern (E0408)
  bool bound_by_for = false;     // a `for` pattern's: rustc reports no dead writes to it unless it is read
  Span init_span;           // the initialiser, when the declaration has one
  Span pattern_span;        // `mut x`, where rustc points at the declaration
  Span annotation;          // `let x: T;`: the `T` (E0381 suggests a value after it)
};

// Facts about the nodes of one body, in arrays over the body's node range
// (no hashing on the hot path).
struct FlowFacts {
  static constexpr uint32_t kNoLocal = UINT32_MAX;
  static constexpr uint8_t kDiverges = 1;         // a call or macro of type `!`
  static constexpr uint8_t kByValueReceiver = 2;  // a method call taking `self` by value
  static constexpr uint8_t kNonCopyPlace = 4;     // a field access, index or deref of a non-Copy type
  static constexpr uint8_t kBindsByReference = 8; // a binding pattern that takes a reference (`ref x`, or through `&`)
  static constexpr uint8_t kThroughReference = 16; // a field access or index whose base is a reference
  static constexpr uint8_t kTestsVariant = 32;    // a pattern naming an enum variant (reads the discriminant)
  static constexpr uint8_t kTestsValue = 64;      // a pattern naming a const (compares the value)
  static constexpr uint8_t kOverloadedCompound = 128;  // `x += &y`: std's `AddAssign<&T>`, a `&mut x` call

  std::vector<FlowLocal> locals;  // by local id
  // MacroCall node -> the locals its arguments read.
  struct MacroRead {
    uint32_t local = 0;
    bool through_field = false;  // `p.x`
    bool moved = false;          // passed by value in the arguments: `take(t)`
    std::string field_path;      // with through_field: the place read, `x.y` of `p.x.y`
    bool field_by_value = false; // with through_field: the place is passed by value (a "use", not a borrow)
    NodeId field_node;           // with through_field: the outermost field access
    TypeId moved_type;           // with field_by_value: the field's type when it is not Copy (the field moves)
    // The macro's expansion borrows the whole operand (`assert_eq!`'s `&left`): rustc points at the
    // whole call, and sorts its error after the body's others (its span is the expansion's).
    bool borrowed_by_expansion = false;
  };
  std::unordered_map<uint32_t, std::vector<MacroRead>> macro_reads;
  // The type of each non-Copy field access (by node), for E0382's note.
  std::unordered_map<uint32_t, TypeId> field_types;
  // Each non-Copy field access, index or deref (by node): what it projects
  // out of, for E0507/E0508 when the place is moved.
  struct PlaceStep {
    bool through_reference = false;  // `r.f`, `r[i]` with `r: &T`, or `*r`
    bool mutable_reference = false;
    bool static_item = false;        // a path naming a static: the place itself is the barrier
    TypeId container;                // the referent or indexed value: `[T]` makes a move E0508
    // Keyed by a binding that moves out from behind a reference its pattern
    // goes through: the explicit `&` pattern (`&Shelf::Stocked(item)`), or
    // none for edition 2021's by-value `mut a` under a `&` default binding mode.
    bool pattern_binding = false;
    NodeId ref_pattern;
  };
  std::unordered_map<uint32_t, PlaceStep> place_steps;
  // `S { a, ..base }` (by the RecordExprBase node): the fields `base` gives,
  // with whether each is moved (not Copy) rather than copied.
  struct UpdateField {
    std::string name;
    bool moves = false;
    TypeId type;
  };
  std::unordered_map<uint32_t, std::vector<UpdateField>> struct_updates;
  // A method taking `self` by value called through a reference (`r.consume()`
  // with `r: &T`, T not Copy), by MethodCallExpr node: E0507 at the receiver,
  // and not a move (rustc's auto-deref makes the receiver `*r`).
  struct ReceiverMoveOut {
    TypeId type;                    // T
    ItemRef method;
    uint8_t derefs = 1;             // `**r` for `r: &&T`
    bool mutable_reference = false; // the last reference dereferenced
  };
  std::unordered_map<uint32_t, ReceiverMoveOut> receiver_moves_out;

  FlowFacts() : local_(ScratchPool<uint32_t>::take()), flags_(ScratchPool<uint8_t>::take()) {}
  ~FlowFacts() {
    ScratchPool<uint32_t>::give(local_);
    ScratchPool<uint8_t>::give(flags_);
  }
  FlowFacts(const FlowFacts&) = delete;
  FlowFacts& operator=(const FlowFacts&) = delete;

  void reset(uint32_t first_node, uint32_t end_node) {
    base_ = first_node;
    local_.assign(end_node - first_node, kNoLocal);
    flags_.assign(end_node - first_node, 0);
  }
  // The local a PathExpr, IdentPat or shorthand field's NameRef names.
  uint32_t local_of(NodeId node) const {
    return in_range(node) ? local_[node.index - base_] : kNoLocal;
  }
  void set_local(NodeId node, uint32_t local) {
    if (in_range(node)) local_[node.index - base_] = local;
  }
  bool has(NodeId node, uint8_t flag) const { return in_range(node) && (flags_[node.index - base_] & flag); }
  void set(NodeId node, uint8_t flag) {
    if (in_range(node)) flags_[node.index - base_] |= flag;
  }

 private:
  bool in_range(NodeId node) const { return node.index >= base_ && node.index - base_ < local_.size(); }
  uint32_t base_ = 0;
  std::vector<uint32_t> local_;
  std::vector<uint8_t> flags_;
};

struct FlowResult {
  std::vector<Diagnostic> errors;  // E0381, E0382, E0384
  std::vector<Diagnostic> lints;   // unused_assignments
  // `mut` locals assigned where they may hold a value already (a write in a
  // loop to a binding declared without one): they need their `mut`.
  std::vector<uint32_t> reassigned;
  // E0382 for a moved field: the body checker adds rustc's note naming the
  // field's type (the pass has no type table).
  struct FieldTypeNote {
    size_t error;
    std::string place;
    TypeId type;
    bool partial = false;  // "partial move occurs because ..."
  };
  std::vector<FieldTypeNote> field_type_notes;
  // E0382 for a whole local (by error index): the local and where it moved,
  // for the checker's notes on how to avoid the move.
  std::map<size_t, std::pair<uint32_t, Span>> moved_locals;
  std::vector<size_t> expansion_errors;  // errors at a macro's expansion: rustc sorts them last
  // A non-Copy value moved out from behind a reference (E0507) or out of an
  // array or slice (E0508), by error index: the pass holds its place in the
  // order, the checker words it (it has the types).
  struct MoveOutOfPlace {
    size_t error;
    NodeId place;                 // the expression moved out of
    NodeId barrier;               // the step that forbids it: a deref, an index, or a field behind a reference
    std::string description;      // `r.name`, `a[_]`, `*r`; empty for a place not rooted in a local
    std::string variant;          // a pattern moving out of an enum variant's fields: its name
    std::vector<NodeId> bindings; // a pattern's bindings that move (then `place` is the scrutinee)
    bool borrow_help = false;     // a `let` initialiser or a scrutinee: rustc suggests `&`
    TypeId type;                  // set for a struct update `..base`: the field moved (`place` is the literal)
    NodeId method_call;           // set for a receiver moved through a reference: the MethodCallExpr
  };
  std::vector<MoveOutOfPlace> moves_out_of_places;
  // E0381 for a local never assigned (by error index): the checker suggests
  // a value of its type (rustc's "consider assigning a value").
  std::vector<std::pair<size_t, uint32_t>> never_assigned;
};

FlowResult run_flow_pass(const SyntaxTree& tree, std::string_view text, NodeId body, const FlowFacts& facts,
                         const std::vector<uint32_t>& parameters);

}  // namespace sluice
