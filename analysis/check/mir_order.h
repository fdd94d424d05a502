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
//
// rustc's known-panics lint (arithmetic_overflow, unconditional_panic) visits
// the same graph's blocks from a worklist instead (a MirOrder built with a
// KnownPanicsShape): a depth-first preorder that pushes a block's successors
// and takes the last pushed first. It reports in that order, and the
// StorageDeads it meets on the way (a `return`'s path, a scope's end) forget
// values for every block it visits afterwards (check_overflow.cpp). There:
//  - an `if`'s `then` block comes before its `else`, a loop's body before
//    the code after the loop, the last `match` target before the others;
//  - an assertion's failure path (its message's arguments) comes after all
//    the code that follows the assertion.
// `if !c` is lowered as switchInt(c) with the targets swapped, in both.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "analysis/check/flow.h"
#include "analysis/parse/syntax_tree.h"

namespace sluice {

// The known-panics lint's view of a body: the macro calls that assert (their
// failure path is a block of its own), sorted; and each `match` arm's place
// among the switch's targets (by value: `false` before `true`, variants in
// declaration order, a catch-all last).
struct KnownPanicsShape {
  std::vector<uint32_t> asserting_macros;
  std::function<uint32_t(NodeId arm, uint32_t position)> target_of_arm;
};

class MirOrder {
 public:
  // Without `known_panics`, the borrow checker's order; with it, the lint's.
  MirOrder(const SyntaxTree& tree, std::string_view text, NodeId body, const FlowFacts& facts,
           const KnownPanicsShape* known_panics = nullptr);
  // Smaller first; UINT64_MAX for a node the graph does not reach.
  uint64_t rank(NodeId node) const;
  // Where the node's own operation is, after what it contains (a scope's
  // end: its StorageDeads); ties in a block go by node, which is evaluation order.
  uint64_t rank_after(NodeId node) const;
  // An asserting macro's failure path; UINT64_MAX when not reached.
  uint64_t rank_of_failure(NodeId macro) const;

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
  uint32_t build_node(NodeId node, uint32_t current, int depth);
  uint32_t build_children(NodeId node, uint32_t current, int depth);
  uint32_t build_if(NodeId node, uint32_t current, int depth);
  uint32_t build_loop(NodeId node, uint32_t current, int depth);
  uint32_t build_match(NodeId node, uint32_t current, int depth);
  uint32_t build_jump(NodeId node, uint32_t current, int depth);
  void order_blocks();
  void order_worklist();
  uint64_t block_rank(uint32_t block, NodeId node) const;

  const SyntaxTree& tree_;
  std::string_view text_;
  const FlowFacts& facts_;
  uint32_t base_ = 0;
  uint32_t sequence_ = 0;
  uint32_t jump_block_ = kNone;  // the block a jump (or a diverging node) leaves from
  std::vector<Position> position_;                // by node index - base_
  std::vector<uint32_t> done_block_;              // by node index - base_: the block after it
  std::vector<std::pair<uint32_t, uint32_t>> failure_blocks_;  // asserting macro node, its failure block
  const KnownPanicsShape* shape_ = nullptr;
  std::vector<std::vector<uint32_t>> successors_;  // by block
  std::vector<uint32_t> block_rank_;              // by block: its place in reverse postorder
  std::vector<Loop> loops_;
};

}  // namespace sluice
