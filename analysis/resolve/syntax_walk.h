// Single-walk child lookups over a SyntaxTree, for the hot paths of
// resolution and checking. SyntaxTree::child() goes through nth_child(),
// which walks a node's children twice (to count the matches, then to take
// the first); these walk once and build nothing.
#pragma once

#include <vector>

#include "analysis/parse/syntax_tree.h"

namespace sluice {

// The first child of `kind` in source order, or none: the same answer as
// tree.child(id, kind). Walking backwards meets the children last-first, so
// the last match seen is the first in source order.
inline NodeId first_child(const SyntaxTree& tree, NodeId id, NodeKind kind) {
  const Node* nodes = tree.nodes.data();
  uint32_t first = id.index + 1 - nodes[id.index].subtree_size;
  NodeId found;
  for (uint32_t child = id.index; child > first; child -= nodes[child - 1].subtree_size) {
    if (nodes[child - 1].kind == kind) found = NodeId(child - 1);
  }
  return found;
}

// The operator of a prefix expression (`-x`, `!x`, `*x`), or None for any
// other node.
inline OpKind prefix_op(const SyntaxTree& tree, NodeId node) {
  if (node.is_none() || tree.kind(node) != NodeKind::PrefixExpr) return OpKind::None;
  NodeId op = first_child(tree, node, NodeKind::Op);
  return op.has_value() ? static_cast<OpKind>(tree.node(op).detail) : OpKind::None;
}

// The value of a block that is nothing else (`{ N }` as an array length),
// or none.
inline NodeId block_only_value(const SyntaxTree& tree, NodeId block) {
  if (tree.kind(block) != NodeKind::BlockExpr || tree.children(block).size() != 1) return NodeId::none();
  NodeId list = first_child(tree, block, NodeKind::StmtList);
  if (list.is_none()) return NodeId::none();
  ChildList statements = tree.children(list);
  // The tail: an expression statement without `;`.
  if (statements.size() != 1 || tree.kind(statements[0]) != NodeKind::ExprStmt || tree.node(statements[0]).detail != 0) {
    return NodeId::none();
  }
  ChildList parts = tree.children(statements[0]);
  if (parts.size() != 1) return NodeId::none();
  NodeKind kind = tree.kind(parts[0]);
  bool expression = kind >= NodeKind::LiteralExpr && kind <= NodeKind::BoxExpr && kind != NodeKind::StmtList;
  return expression ? parts[0] : NodeId::none();
}

// The last child of `kind` in source order, or none: the first met walking
// backwards, so the walk stops there.
inline NodeId last_child(const SyntaxTree& tree, NodeId id, NodeKind kind) {
  const Node* nodes = tree.nodes.data();
  uint32_t first = id.index + 1 - nodes[id.index].subtree_size;
  for (uint32_t child = id.index; child > first; child -= nodes[child - 1].subtree_size) {
    if (nodes[child - 1].kind == kind) return NodeId(child - 1);
  }
  return NodeId::none();
}

// The field nodes of a struct or variant, in order.
inline std::vector<NodeId> field_nodes(const SyntaxTree& t, NodeId owner) {
  std::vector<NodeId> out;
  NodeId list = first_child(t, owner, NodeKind::RecordFieldList);
  if (list.is_none()) list = first_child(t, owner, NodeKind::TupleFieldList);
  if (list.is_none()) return out;
  for (NodeId field : t.children(list)) {
    if (t.kind(field) == NodeKind::RecordField || t.kind(field) == NodeKind::TupleField) out.push_back(field);
  }
  return out;
}

}  // namespace sluice
