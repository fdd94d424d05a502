// Private to analysis/check: cheap child lists for the hot paths of body
// checking. SyntaxTree::children() walks a node's children twice (to count,
// then to fill); checking asks for children of nearly every node, so Kids
// walks once and does not initialise its inline storage.
#pragma once

#include <algorithm>
#include <memory>
#include <vector>

#include "analysis/parse/syntax_tree.h"
#include "analysis/resolve/syntax_walk.h"  // first_child, last_child

namespace sluice {

// A node's children in source order (as tree.children(id)), optionally only
// those whose kind satisfies a predicate. Up to kInline are held without
// allocating, and the storage is not initialised before it is filled.
class Kids {
 public:
  static constexpr uint32_t kInline = 16;

  Kids() : data_(storage_.items) {}
  Kids(const SyntaxTree& tree, NodeId id) { fill(tree, id, [](NodeKind) { return true; }); }
  template <typename Pred>
  Kids(const SyntaxTree& tree, NodeId id, Pred pred) {
    fill(tree, id, pred);
  }
  Kids(const Kids&) = delete;
  Kids& operator=(const Kids&) = delete;

  const NodeId* begin() const { return data_; }
  const NodeId* end() const { return data_ + size_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  NodeId operator[](size_t i) const { return data_[i]; }
  NodeId front() const { return data_[0]; }
  NodeId back() const { return data_[size_ - 1]; }
  operator std::vector<NodeId>() const { return std::vector<NodeId>(begin(), end()); }

 private:
  template <typename Pred>
  void fill(const SyntaxTree& tree, NodeId id, Pred pred) {
    const Node* nodes = tree.nodes.data();
    uint32_t first = id.index + 1 - nodes[id.index].subtree_size;
    NodeId* out = storage_.items;
    uint32_t capacity = kInline;
    for (uint32_t child = id.index; child > first; child -= nodes[child - 1].subtree_size) {
      if (!pred(nodes[child - 1].kind)) continue;
      if (size_ == capacity) out = grow(out, capacity);
      out[size_++] = NodeId(child - 1);
    }
    std::reverse(out, out + size_);
    data_ = out;
  }
  // Rare: more than kInline children (long argument lists, big blocks).
  NodeId* grow(NodeId* out, uint32_t& capacity) {
    std::unique_ptr<NodeId[]> bigger(new NodeId[capacity * 2]);
    std::copy(out, out + size_, bigger.get());
    capacity *= 2;
    heap_ = std::move(bigger);
    return heap_.get();
  }

  union Storage {
    Storage() {}
    NodeId items[kInline];
  } storage_;
  std::unique_ptr<NodeId[]> heap_;
  NodeId* data_ = nullptr;
  uint32_t size_ = 0;
};

// A function's `self` parameter (`&self`, `mut self`), or none.
inline NodeId self_param_of(const SyntaxTree& tree, NodeId fn) {
  NodeId params = fn.has_value() ? first_child(tree, fn, NodeKind::ParamList) : NodeId::none();
  NodeId param = params.has_value() ? first_child(tree, params, NodeKind::Param) : NodeId::none();
  return param.has_value() ? first_child(tree, param, NodeKind::SelfParam) : NodeId::none();
}

}  // namespace sluice
