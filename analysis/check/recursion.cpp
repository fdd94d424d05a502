// unconditional_recursion on the syntax tree, with rustc's verdicts: rustc
// searches the body's control flow from its entry with the recursive calls
// as dead ends, and lints when the search finds neither a `return` (the end
// of the body included) nor a loop going round without recursing. Here each
// expression summarises the paths through it that have not recursed yet:
// whether they come out at its end, whether one escapes (returns or goes
// round a loop), and which loops they break out of or continue.
#include <algorithm>
#include <span>

#include "analysis/check/body_checker.h"

namespace sluice {

namespace {

struct Paths {
  bool falls_through = true;  // some path reaches the end without recursing
  bool escapes = false;       // some path returns or goes round a loop without recursing
  std::vector<uint32_t> breaks, continues;  // the loops (or labelled blocks) such paths leave or restart

  static Paths none() {
    Paths p;
    p.falls_through = false;
    return p;
  }
  // Either of two alternatives may run.
  void add(const Paths& other) {
    falls_through |= other.falls_through;
    escapes |= other.escapes;
    breaks.insert(breaks.end(), other.breaks.begin(), other.breaks.end());
    continues.insert(continues.end(), other.continues.begin(), other.continues.end());
  }
};

class RecursionSearch {
 public:
  RecursionSearch(const SyntaxTree& tree, std::string_view text, const FlowFacts& facts,
                  std::span<const uint32_t> self_calls)
      : tree_(tree), text_(text), facts_(facts), self_calls_(self_calls) {}

  Paths through(NodeId node, int depth);

 private:
  struct Target {
    std::string_view label;
    uint32_t node;
    bool is_loop;
  };
  const SyntaxTree& tree_;
  std::string_view text_;
  const FlowFacts& facts_;  // which calls diverge
  std::span<const uint32_t> self_calls_;
  std::vector<Target> targets_;

  static constexpr int kMaxDepth = 200;

  std::vector<NodeId> parts_of(NodeId node) const;
  Paths sequence(std::span<const NodeId> parts, int depth);
  Paths jump(NodeId node, bool is_break, int depth);
  Paths loop(NodeId node, std::span<const NodeId> parts, int depth);
  Paths branches(NodeId node, std::span<const NodeId> parts, int depth);
  std::string_view label(NodeId node) const {
    NodeId l = first_child(tree_, node, NodeKind::Label);
    NodeId lifetime = l.has_value() ? first_child(tree_, l, NodeKind::Lifetime) : NodeId::none();
    return lifetime.has_value() ? tree_.text(lifetime, text_) : std::string_view();
  }
  bool is_self_call(NodeId node) const {
    return std::find(self_calls_.begin(), self_calls_.end(), node.index) != self_calls_.end();
  }
};

std::vector<NodeId> RecursionSearch::parts_of(NodeId node) const {
  std::vector<NodeId> out;
  for (NodeId c : Kids(tree_, node)) {
    NodeKind k = tree_.kind(c);
    if (is_expr_kind(k) || k == NodeKind::StmtList || k == NodeKind::ArgList || k == NodeKind::ExprStmt ||
        k == NodeKind::LetStmt || k == NodeKind::MatchGuard) {
      out.push_back(c);
    }
  }
  return out;
}

// Parts that run one after the other: only the paths out of one reach the next.
Paths RecursionSearch::sequence(std::span<const NodeId> parts, int depth) {
  Paths all;
  for (NodeId p : parts) {
    Paths step = through(p, depth + 1);
    all.escapes |= step.escapes;
    all.breaks.insert(all.breaks.end(), step.breaks.begin(), step.breaks.end());
    all.continues.insert(all.continues.end(), step.continues.begin(), step.continues.end());
    if (!step.falls_through) {
      all.falls_through = false;
      return all;
    }
  }
  return all;
}

Paths RecursionSearch::jump(NodeId node, bool is_break, int depth) {
  std::vector<NodeId> value = parts_of(node);
  Paths p = sequence(value, depth);
  if (!p.falls_through) return p;
  p.falls_through = false;
  NodeId lifetime = first_child(tree_, node, NodeKind::Lifetime);
  std::string_view wanted = lifetime.has_value() ? tree_.text(lifetime, text_) : std::string_view();
  for (size_t i = targets_.size(); i-- > 0;) {
    const Target& t = targets_[i];
    bool match = wanted.empty() ? t.is_loop : t.label == wanted;
    if (!match) continue;
    (is_break ? p.breaks : p.continues).push_back(t.node);
    return p;
  }
  p.escapes = true;  // a jump to nowhere (an error reported elsewhere): do not lint
  return p;
}

// `loop`, `while` and `for`: going round without recursing is an escape; the
// loop ends through its breaks, and `while` and `for` also when the
// condition or the iterator says so.
Paths RecursionSearch::loop(NodeId node, std::span<const NodeId> parts, int depth) {
  NodeKind kind = tree_.kind(node);
  Paths head;  // `while`'s condition or `for`'s iterator, evaluated before each round
  std::span<const NodeId> body_parts = parts;
  if (kind != NodeKind::LoopExpr && !parts.empty()) {
    head = through(parts[0], depth + 1);
    body_parts = parts.subspan(1);
    if (!head.falls_through) return head;
  }
  targets_.push_back({label(node), node.index, true});
  Paths body = sequence(body_parts, depth);
  targets_.pop_back();
  Paths out = head;  // the loop's exit through the condition (none for `loop`)
  out.falls_through = kind != NodeKind::LoopExpr;
  out.escapes |= body.escapes || body.falls_through;
  for (uint32_t b : body.breaks) {
    if (b == node.index) out.falls_through = true;
    else out.breaks.push_back(b);
  }
  for (uint32_t c : body.continues) {
    if (c == node.index) out.escapes = true;
    else out.continues.push_back(c);
  }
  return out;
}

// `if` and `match`: the condition or scrutinee, then any one branch.
Paths RecursionSearch::branches(NodeId node, std::span<const NodeId> parts, int depth) {
  if (parts.empty()) return Paths{};
  Paths first = through(parts[0], depth + 1);
  if (!first.falls_through) return first;
  Paths out = first;
  out.falls_through = false;
  if (tree_.kind(node) == NodeKind::IfExpr) {
    for (size_t i = 1; i < parts.size() && i < 3; ++i) out.add(through(parts[i], depth + 1));
    if (parts.size() < 3) out.falls_through = true;  // no `else`
    return out;
  }
  NodeId arms = first_child(tree_, node, NodeKind::MatchArmList);
  if (arms.is_none()) return out;
  for (NodeId arm : Kids(tree_, arms)) {
    if (tree_.kind(arm) != NodeKind::MatchArm) continue;
    std::vector<NodeId> arm_parts = parts_of(arm);  // the guard, then the body
    out.add(sequence(arm_parts, depth));
  }
  return out;
}

Paths RecursionSearch::through(NodeId node, int depth) {
  if (node.is_none()) return Paths{};
  if (depth > kMaxDepth) {
    Paths unknown;
    unknown.escapes = true;
    return unknown;
  }
  NodeKind kind = tree_.kind(node);
  std::vector<NodeId> children = parts_of(node);
  switch (kind) {
    case NodeKind::CallExpr:
    case NodeKind::MethodCallExpr: {
      Paths p = sequence(children, depth);
      if (!p.falls_through) return p;
      if (is_self_call(node)) {
        p.falls_through = false;  // the recursion: a dead end
      } else if (facts_.has(node, FlowFacts::kDiverges)) {
        p.falls_through = false;  // `process::exit`, `-> !`: rustc's search leaves through the unwind edge
        p.escapes = true;
      }
      return p;
    }
    case NodeKind::IfExpr:
    case NodeKind::MatchExpr: return branches(node, children, depth);
    case NodeKind::LoopExpr:
    case NodeKind::WhileExpr:
    case NodeKind::ForExpr: return loop(node, children, depth);
    case NodeKind::ReturnExpr: {
      Paths p = sequence(children, depth);
      if (p.falls_through) p.escapes = true;
      p.falls_through = false;
      return p;
    }
    case NodeKind::BreakExpr:
    case NodeKind::ContinueExpr: return jump(node, kind == NodeKind::BreakExpr, depth);
    case NodeKind::ClosureExpr: return Paths{};  // not looked into (outside L1)
    case NodeKind::MacroCall: {
      // Not looked into. A panicking macro leaves (as a diverging call); an
      // assertion may leave.
      Paths p;
      if (facts_.has(node, FlowFacts::kDiverges)) p = Paths::none();
      NodeId path = first_child(tree_, node, NodeKind::Path);
      std::string_view name = path.has_value() ? tree_.text(path, text_) : std::string_view();
      p.escapes = facts_.has(node, FlowFacts::kDiverges) || name.starts_with("assert") || name.starts_with("debug_assert");
      return p;
    }
    case NodeKind::BinaryExpr: {
      NodeId op = first_child(tree_, node, NodeKind::Op);
      OpKind o = op.has_value() ? static_cast<OpKind>(tree_.node(op).detail) : OpKind::Add;
      if ((o != OpKind::And && o != OpKind::Or) || children.empty()) break;
      Paths lhs = through(children[0], depth + 1);
      if (!lhs.falls_through) return lhs;
      Paths both = sequence(children, depth);
      both.add(lhs);  // the right side may not run
      return both;
    }
    case NodeKind::LetStmt: {
      NodeId else_clause = first_child(tree_, node, NodeKind::LetElse);
      if (else_clause.is_none()) break;
      Paths init = sequence(children, depth);
      if (!init.falls_through) return init;
      Paths otherwise = through(first_child(tree_, else_clause, NodeKind::BlockExpr), depth + 1);
      init.add(otherwise);
      return init;
    }
    case NodeKind::BlockExpr: {
      std::string_view l = label(node);
      if (l.empty()) break;
      targets_.push_back({l, node.index, false});
      Paths p = sequence(children, depth);
      targets_.pop_back();
      if (std::erase(p.breaks, node.index) > 0) p.falls_through = true;
      return p;
    }
    default: break;
  }
  return sequence(children, depth);
}

}  // namespace

void BodyChecker::lint_unconditional_recursion(NodeId body) {
  if (self_calls_.empty()) return;
  RecursionSearch search(*tree_, text_, flow_, self_calls_);
  Paths paths = search.through(body, 0);
  if (paths.falls_through || paths.escapes) return;
  // rustc points at the signature: from `fn` to the body.
  Span span = tree_->span_without_attributes(owner_item_.node);
  span.end = tree_->span(body).begin;
  while (span.end > span.begin && (text_[span.end - 1] == ' ' || text_[span.end - 1] == '\n')) --span.end;
  Diagnostic d = make_diagnostic(DiagKind::UnconditionalRecursion, span, {});
  d.with_label("cannot return without recursing");
  for (uint32_t call : self_calls_) d.with_secondary(tree_->span(NodeId(call)), "recursive call site");
  d.with_help("a `loop` may express intention better if this is on purpose");
  liveness_lints_.push_back(std::move(d));
}

}  // namespace sluice
