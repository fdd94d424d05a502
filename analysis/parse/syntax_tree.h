// The syntax tree of one file: the tokens, and the nodes in postorder. Each
// node covers the half-open token range [first_token, end_token) and knows the
// size of its subtree, so a node's children are the nodes just before it:
// the last child is at index-1, and each earlier sibling sits before the
// previous one's subtree. Immutable once built; safe to share between threads.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "analysis/base/id.h"
#include "analysis/diag/diagnostic.h"
#include "analysis/lex/lex.h"

namespace sluice {

enum class NodeKind : uint16_t {
#define SLUICE_NODE(name) name,
#include "analysis/parse/node_kinds.def"
#undef SLUICE_NODE
  Count
};
std::string_view node_kind_name(NodeKind kind);

// `a + b`, `x = 1`, `x as u8`, `0..n`: outer attributes before such a statement
// are the expression's (rustc's gated stmt_expr_attributes), not the statement's.
inline bool is_operator_expression(NodeKind kind) {
  return kind == NodeKind::BinaryExpr || kind == NodeKind::CastExpr || kind == NodeKind::RangeExpr;
}
// The type and pattern node kinds are contiguous runs of NodeKind.
inline bool is_type_kind(NodeKind kind) { return kind >= NodeKind::PathType && kind <= NodeKind::MacroType; }
inline bool is_pattern_kind(NodeKind kind) { return kind >= NodeKind::IdentPat && kind <= NodeKind::MacroPat; }

// Operators, in Op nodes' detail().
enum class OpKind : uint8_t {
  None,
  // binary
  Add, Sub, Mul, Div, Rem, BitAnd, BitOr, BitXor, Shl, Shr,
  Eq, Ne, Lt, Le, Gt, Ge, And, Or,
  Assign, AddAssign, SubAssign, MulAssign, DivAssign, RemAssign,
  BitAndAssign, BitOrAssign, BitXorAssign, ShlAssign, ShrAssign,
  // prefix
  Neg, Not, Deref,
  // ranges
  Range, RangeInclusive, RangeDotDotDot,
};
std::string_view op_spelling(OpKind op);

// Keywords that modify a construct, in Modifier nodes' detail().
enum class ModifierKind : uint8_t {
  None, Mut, Ref, Const, Async, Unsafe, Safe, Extern, Move, Default, Auto, Raw, Static, Dyn, Not, Question, Tilde
};
std::string_view modifier_spelling(ModifierKind modifier);

struct NodeTag;
using NodeId = Id<NodeTag>;

struct Node {
  static constexpr uint8_t kHasError = 1;  // this subtree contains an Error node or was cut short
  // An IdentPat inside `mut (a, b)`: rustc reports the `mut` and recovers as
  // if each binding had its own, so the binding is mutable.
  static constexpr uint8_t kRecoveredMut = 2;

  NodeKind kind = NodeKind::Error;
  uint8_t flags = 0;
  uint8_t detail = 0;  // kind-specific: OpKind, ModifierKind, inner-attribute bit, ...
  uint32_t first_token = 0;
  uint32_t end_token = 0;
  uint32_t subtree_size = 1;  // this node and all its descendants
};
static_assert(sizeof(Node) == 16, "Node is hot: keep it small");

// A node's children in source order. Most nodes have a few, held inline, so
// listing them allocates nothing (phases after parsing list children a lot).
class ChildList {
 public:
  const NodeId* begin() const { return data(); }
  const NodeId* end() const { return data() + size_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  NodeId operator[](size_t i) const { return data()[i]; }
  NodeId front() const { return data()[0]; }
  NodeId back() const { return data()[size_ - 1]; }
  operator std::vector<NodeId>() const { return std::vector<NodeId>(begin(), end()); }

 private:
  friend class SyntaxTree;
  static constexpr size_t kInline = 14;
  const NodeId* data() const { return size_ <= kInline ? inline_.data() : heap_.data(); }
  NodeId* data() { return size_ <= kInline ? inline_.data() : heap_.data(); }
  std::array<NodeId, kInline> inline_;
  std::vector<NodeId> heap_;
  uint32_t size_ = 0;
};

class SyntaxTree {
 public:
  FileId file;
  Edition edition = Edition::E2021;
  std::vector<Token> tokens;
  std::vector<std::pair<uint32_t, uint32_t>> comments;
  std::vector<Node> nodes;  // postorder; the root (SourceFile) is last
  std::vector<NodeId> attributes;  // every Attr node, in source order (lint levels look for them)
  // A number after `.` whose token is not simply one field's name: `t.0.1`
  // lexes `0.1` as one float naming two fields (NameRef nodes with detail 1
  // and 2), `t.1u8` names field `1` with a suffix (an error; detail 3).
  // text() gives each NameRef its name; span() its half of the token, or the
  // whole token when it has a suffix (as rustc points).
  struct NumericField {
    uint32_t token = 0;
    uint32_t dot = UINT32_MAX;  // offset of the `.` in the token, if split
    uint32_t name_length = 0;   // the token's length without its suffix
  };
  std::vector<NumericField> numeric_fields;
  std::vector<Diagnostic> diagnostics;

  NodeId root() const { return NodeId(static_cast<uint32_t>(nodes.size() - 1)); }
  const Node& node(NodeId id) const { return nodes[id.index]; }
  NodeKind kind(NodeId id) const { return nodes[id.index].kind; }

  // Children in source order.
  ChildList children(NodeId id) const;
  // The first child of `kind`, or none.
  NodeId child(NodeId id, NodeKind kind) const;
  // The n-th (0-based) child of `kind`, or none.
  NodeId nth_child(NodeId id, NodeKind kind, uint32_t n) const;
  // The node whose child `id` is (none for the root): the first after it in
  // the post-order whose subtree holds it. A scan, for rare questions.
  NodeId parent(NodeId id) const;

  // Byte span of a node (zero-length at the next token for an empty node).
  Span span(NodeId id) const;
  // An item's span without its outer attributes and doc comments.
  Span span_without_attributes(NodeId item) const;
  // Whether the node's first token opens an attribute or is a doc comment:
  // a node without them needs no walk of its children to find them.
  bool may_start_with_attribute(NodeId id) const;
  // A function's signature as rustc points at it: from its visibility to the
  // end of its return type (or parameters), without attributes.
  Span fn_signature_span(NodeId fn) const;
  // rustc's "definition span" of an item, where its messages about the item
  // as a whole point: a function's signature, a const's or static's head up
  // to its type (`const A: i32`), else the head up to the name (`struct S`).
  Span def_span(NodeId item) const;
  // An item's head as rustc guesses it for name clashes: the item without
  // attributes, up to (not including) its first `{` (`fn f()`, `struct S;`).
  Span head_span(NodeId item) const;
  // Whether `node` (an item or a block) carries this modifier (`unsafe`, `async`, ...).
  bool has_modifier(NodeId node, ModifierKind modifier) const;
  Span token_span(uint32_t token) const;
  std::string_view token_text(uint32_t token, std::string_view source) const;
  // For leaf nodes (Name, NameRef, Lifetime, Literal): the covered text.
  std::string_view text(NodeId id, std::string_view source) const;
  const NumericField* numeric_field(const Node& name) const;  // for a NameRef with detail != 0
};

// rustc's built-in attributes that a stable program may write, with
// `default` (the helper of `#[derive(Default)]`), tool paths' first names and
// a few unstable ones (rustc rejects those with another error that sluice
// does not model: never "cannot find").
bool is_builtin_attribute(std::string_view name);

}  // namespace sluice
