#include "analysis/check/mir_order.h"

#include "analysis/check/body_checker.h"
#include "analysis/check/tree_walk.h"

namespace sluice {

namespace {

// The parser bounds nesting; this is a second guard for the recursion.
constexpr int kMaxDepth = 1024;

bool is_expression_child(NodeKind kind) { return is_expr_kind(kind) || kind == NodeKind::StmtList; }

}  // namespace

MirOrder::MirOrder(const SyntaxTree& tree, std::string_view text, NodeId body, const FlowFacts& facts,
                   const KnownPanicsShape* known_panics)
    : tree_(tree), text_(text), facts_(facts), shape_(known_panics) {
  base_ = body.index + 1 - tree.node(body).subtree_size;
  position_.assign(tree.node(body).subtree_size, Position{});
  done_block_.assign(tree.node(body).subtree_size, kNone);
  build(body, new_block(), 0);
  if (shape_ == nullptr) order_blocks();
  else order_worklist();
}

uint64_t MirOrder::rank(NodeId node) const {
  if (node.index < base_ || node.index - base_ >= position_.size()) return UINT64_MAX;
  const Position& p = position_[node.index - base_];
  if (p.block == kNone || block_rank_[p.block] == kNone) return UINT64_MAX;
  return (uint64_t(block_rank_[p.block]) << 32) | p.sequence;
}

uint64_t MirOrder::block_rank(uint32_t block, NodeId node) const {
  if (block == kNone || block_rank_[block] == kNone) return UINT64_MAX;
  return (uint64_t(block_rank_[block]) << 32) | node.index;
}

uint64_t MirOrder::rank_after(NodeId node) const {
  if (node.index < base_ || node.index - base_ >= done_block_.size()) return UINT64_MAX;
  return block_rank(done_block_[node.index - base_], node);
}

uint64_t MirOrder::rank_of_failure(NodeId macro) const {
  for (const auto& [call, block] : failure_blocks_) {
    if (call == macro.index) return block_rank(block, macro);
  }
  return UINT64_MAX;
}

uint32_t MirOrder::new_block() {
  successors_.emplace_back();
  return static_cast<uint32_t>(successors_.size() - 1);
}

void MirOrder::edge(uint32_t from, uint32_t to) {
  if (from != kNone && to != kNone) successors_[from].push_back(to);
}

// Adds `node` and what it contains to the graph, starting in block `current`;
// returns the block control is in afterwards (kNone: it does not go on).
uint32_t MirOrder::build(NodeId node, uint32_t current, int depth) {
  if (node.is_none() || depth > kMaxDepth) return current;
  if (current == kNone) current = new_block();  // code after a jump: unreachable
  bool in_body = node.index >= base_ && node.index - base_ < position_.size();
  if (in_body) position_[node.index - base_] = Position{current, sequence_++};
  uint32_t after = build_node(node, current, depth);
  // A jump's own operation (its StorageDeads) is in the block it leaves.
  if (in_body) done_block_[node.index - base_] = after != kNone ? after : jump_block_;
  return after;
}

uint32_t MirOrder::build_node(NodeId node, uint32_t current, int depth) {
  switch (tree_.kind(node)) {
    case NodeKind::IfExpr: return build_if(node, current, depth);
    case NodeKind::WhileExpr:
    case NodeKind::ForExpr:
    case NodeKind::LoopExpr: return build_loop(node, current, depth);
    case NodeKind::MatchExpr: return build_match(node, current, depth);
    case NodeKind::BreakExpr:
    case NodeKind::ContinueExpr: return build_jump(node, current, depth);
    case NodeKind::ReturnExpr: jump_block_ = build_children(node, current, depth); return kNone;
    case NodeKind::ClosureExpr: return current;
    case NodeKind::BinaryExpr: {
      NodeId op_node = first_child(tree_, node, NodeKind::Op);
      OpKind op = op_node.has_value() ? static_cast<OpKind>(tree_.node(op_node).detail) : OpKind::None;
      Kids parts(tree_, node, kIsExpr);
      if ((op != OpKind::And && op != OpKind::Or) || parts.size() != 2) return build_children(node, current, depth);
      // `a && b`: switchInt(a) -> [0: join, otherwise: b]; `a || b`: [0: b, otherwise: join].
      uint32_t after_left = build(parts[0], current, depth + 1);
      uint32_t right = new_block(), join = new_block();
      if (op == OpKind::And) {
        edge(after_left, join);
        edge(after_left, right);
      } else {
        edge(after_left, right);
        edge(after_left, join);
      }
      edge(build(parts[1], right, depth + 1), join);
      return join;
    }
    default: {
      uint32_t after = build_children(node, current, depth);
      if (after != kNone) jump_block_ = after;
      if (facts_.has(node, FlowFacts::kDiverges)) return kNone;
      if (tree_.kind(node) == NodeKind::MacroCall && shape_ != nullptr &&
          std::binary_search(shape_->asserting_macros.begin(), shape_->asserting_macros.end(), node.index)) {
        // switchInt(condition) -> [0: failure, otherwise: on]
        uint32_t failure = new_block(), on = new_block();
        edge(after, failure);
        edge(after, on);
        failure_blocks_.push_back({node.index, failure});
        return on;
      }
      return after;
    }
  }
}

uint32_t MirOrder::build_children(NodeId node, uint32_t current, int depth) {
  for (NodeId child : Kids(tree_, node)) current = build(child, current, depth + 1);
  return current;
}

// switchInt(cond) -> [0: else, otherwise: then]; an `if` without `else` has
// an empty else block, as MIR does. `if !c`: switchInt(c) -> [0: then,
// otherwise: else]; `if let V(..) = e`: switchInt(discriminant) -> [V: then, otherwise: else].
uint32_t MirOrder::build_if(NodeId node, uint32_t current, int depth) {
  auto [cond, then_block, else_branch] = if_parts(tree_, node);
  uint32_t after_cond = build(cond, current, depth + 1);
  uint32_t then_start = new_block(), else_start = new_block(), join = new_block();
  bool then_first = cond.has_value() && ((tree_.kind(cond) == NodeKind::PrefixExpr && prefix_op(tree_, cond) == OpKind::Not) ||
                                         tree_.kind(cond) == NodeKind::LetExpr);
  edge(after_cond, then_first ? then_start : else_start);
  edge(after_cond, then_first ? else_start : then_start);
  edge(build(then_block, then_start, depth + 1), join);
  edge(else_branch.has_value() ? build(else_branch, else_start, depth + 1) : else_start, join);
  return join;
}

// `while c { b }`: head -> switchInt(c) -> [0: exit, otherwise: body];
// `for p in it { b }`: head -> match next() { None => exit, Some => body };
// `loop { b }`: the body is the head. Bodies go back to the head.
uint32_t MirOrder::build_loop(NodeId node, uint32_t current, int depth) {
  NodeKind kind = tree_.kind(node);
  NodeId block, condition, iterable;
  for (NodeId c : Kids(tree_, node)) {
    NodeKind k = tree_.kind(c);
    // (A `while` condition may be a block too: `while { .. } {}`.)
    if (kind == NodeKind::WhileExpr && condition.is_none() && is_expr_kind(k)) condition = c;
    else if (k == NodeKind::BlockExpr && (kind != NodeKind::ForExpr || iterable.has_value())) block = c;
    else if (kind == NodeKind::ForExpr && iterable.is_none() && is_expr_kind(k)) iterable = c;
  }
  if (iterable.has_value()) current = build(iterable, current, depth + 1);
  uint32_t head = new_block(), exit = new_block();
  edge(current, head);
  uint32_t body = head;
  if (kind != NodeKind::LoopExpr) {
    uint32_t after_cond = condition.has_value() ? build(condition, head, depth + 1) : head;
    body = new_block();
    edge(after_cond, exit);
    edge(after_cond, body);
  }
  NodeId label = first_child(tree_, node, NodeKind::Label);
  NodeId lifetime = label.has_value() ? first_child(tree_, label, NodeKind::Lifetime) : NodeId::none();
  loops_.push_back(Loop{lifetime.has_value() ? tree_.text(lifetime, text_) : std::string_view(), false, exit, head});
  edge(build(block, body, depth + 1), head);
  loops_.pop_back();
  return exit;
}

// switchInt(discriminant) -> [arm 0, arm 1, ...]: arms keep source order.
uint32_t MirOrder::build_match(NodeId node, uint32_t current, int depth) {
  NodeId arms;
  for (NodeId c : Kids(tree_, node)) {
    if (tree_.kind(c) == NodeKind::MatchArmList) arms = c;
    else if (is_expr_kind(tree_.kind(c)) && arms.is_none()) current = build(c, current, depth + 1);
  }
  uint32_t join = new_block();
  if (arms.is_none()) return join;
  std::vector<std::pair<uint32_t, uint32_t>> targets;  // (place among the switch's targets, first block)
  uint32_t position = 0;
  for (NodeId arm : Kids(tree_, arms)) {
    if (tree_.kind(arm) != NodeKind::MatchArm) continue;
    uint32_t start = new_block();
    uint32_t place = shape_ != nullptr && shape_->target_of_arm ? shape_->target_of_arm(arm, position) : position;
    targets.push_back({place, start});
    ++position;
    uint32_t end = start;
    for (NodeId c : Kids(tree_, arm)) {
      if (tree_.kind(c) == NodeKind::MatchGuard || is_expression_child(tree_.kind(c))) end = build(c, end, depth + 1);
    }
    edge(end, join);
  }
  std::stable_sort(targets.begin(), targets.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& target : targets) edge(current, target.second);
  return join;
}

uint32_t MirOrder::build_jump(NodeId node, uint32_t current, int depth) {
  bool is_continue = tree_.kind(node) == NodeKind::ContinueExpr;
  current = build_children(node, current, depth);
  jump_block_ = current;
  NodeId lifetime = first_child(tree_, node, NodeKind::Lifetime);
  std::string_view label = lifetime.has_value() ? tree_.text(lifetime, text_) : std::string_view();
  for (size_t i = loops_.size(); i-- > 0;) {
    if (label.empty() || loops_[i].label == label) {
      edge(current, is_continue ? loops_[i].head : loops_[i].exit);
      break;
    }
  }
  return kNone;
}

// Reverse postorder of a depth-first search from the entry that takes each
// block's successors last first, as the borrow checker's traversal does.
void MirOrder::order_blocks() {
  block_rank_.assign(successors_.size(), kNone);
  std::vector<uint8_t> seen(successors_.size(), 0);
  std::vector<uint32_t> postorder;
  std::vector<std::pair<uint32_t, size_t>> stack = {{0, successors_[0].size()}};
  seen[0] = 1;
  while (!stack.empty()) {
    auto& [block, remaining] = stack.back();
    if (remaining == 0) {
      postorder.push_back(block);
      stack.pop_back();
      continue;
    }
    uint32_t next = successors_[block][--remaining];
    if (!seen[next]) {
      seen[next] = 1;
      stack.push_back({next, successors_[next].size()});
    }
  }
  for (size_t i = 0; i < postorder.size(); ++i) block_rank_[postorder[postorder.size() - 1 - i]] = uint32_t(i);
}

// The known-panics lint's worklist: pop a block, visit it unless seen,
// push its successors in order.
void MirOrder::order_worklist() {
  block_rank_.assign(successors_.size(), kNone);
  std::vector<uint32_t> worklist = {0};
  uint32_t next_rank = 0;
  while (!worklist.empty()) {
    uint32_t block = worklist.back();
    worklist.pop_back();
    if (block_rank_[block] != kNone) continue;
    block_rank_[block] = next_rank++;
    worklist.insert(worklist.end(), successors_[block].begin(), successors_[block].end());
  }
}

}  // namespace sluice
