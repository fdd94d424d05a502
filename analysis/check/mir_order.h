// Private to analysis/check: the order in which rustc's borrow checker meets
// the code of a body. rustc reports one use of an uninitialised binding
// (E0381), the first in the reverse postorder of the body's MIR control-flow
// graph, whose depth-first search takes a branch's last successor first. In
// source terms (each measured with rustc 1.95):
//  - the code after a `while` or `for` loop comes before the loop's body;
//  - an `else` block comes before its `then` block;
//  - `match` arms, `loop` bodies and straight-line code keep source order.
// MirOrder builds a small control-flow graph of the body shaped like MIR's
// and ranks its nodes in that order. Built only for bodies with an E0381.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "analysis/check/flow.h"
#include "analysis/parse/syntax_tree.h"

namespace sluice {

class MirOrder {
 public:
  MirOrder(const SyntaxTree& tree, std::string_view text, NodeId body, const FlowFacts& facts);
  // Smaller first; UINT64_MAX for a node the graph does not reach.
  uint64_t rank(NodeId node) const;

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  struct Position {
    uint32_t block = kNone;
    uint32_t sequence = 0;
  };
  struct Loop {
    std::string_view label;
    bool is_block = false;
    uint32_t exit = kNone;
    uint32_t head = kNone;
  };

  uint32_t new_block();
  void edge(uint32_t from, uint32_t to);
  uint32_t build(NodeId node, uint32_t current, int depth);
  uint32_t build_children(NodeId node, uint32_t current, int depth);
  uint32_t build_if(NodeId node, uint32_t current, int depth);
  uint32_t build_loop(NodeId node, uint32_t current, int depth);
  uint32_t build_match(NodeId node, uint32_t current, int depth);
  uint32_t build_jump(NodeId node, uint32_t current, int depth);
  void order_blocks();

  const SyntaxTree& tree_;
  std::string_view text_;
  const FlowFacts& facts_;
  uint32_t base_ = 0;
  uint32_t sequence_ = 0;
  std::vector<Position> position_;                // by node index - base_
  std::vector<std::vector<uint32_t>> successors_;  // by block
  std::vector<uint32_t> block_rank_;              // by block: its place in reverse postorder
  std::vector<Loop> loops_;
};

}  // namespace sluice
