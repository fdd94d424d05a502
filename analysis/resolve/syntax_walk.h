// Single-walk child lookups over a SyntaxTree, for the hot paths of
// resolution and checking. SyntaxTree::child() goes through nth_child(),
// which walks a node's children twice (to count the matches, then to take
// the first); these walk once and build nothing.
#pragma once

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

}  // namespace sluice
