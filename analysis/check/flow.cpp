// The flow pass (see flow.h): a forward walk of the body in evaluation order
// with, per local, whether it may be uninitialised, initialised or moved, and
// which assignments may reach each point (reaching definitions: one that no
// read ever reaches is never read). Branches merge by union; loops iterate to
// a fixed point (the facts only grow, so a handful of rounds suffice).
#include "analysis/check/flow.h"

#include <algorithm>
#include <array>
#include <functional>
#include <iterator>
#include <map>
#include <set>
#include <span>

#include "analysis/check/body_checker.h"
#include "analysis/check/mir_order.h"

namespace sluice {

namespace {

constexpr uint8_t kMaybeUninit = 1;
constexpr uint8_t kMaybeInit = 2;
constexpr uint8_t kMaybeMoved = 4;
constexpr uint8_t kMaybePartlyMoved = 8;  // a non-Copy field was moved out

// Deref: `*r`, a use of `r` that neither moves nor borrows it. Scrutinee:
// the place a `match` or `if let` inspects (a partial move does not matter
// there; moving the moved part again does, see move_by_pattern()).
enum class Use : uint8_t { Move, Borrow, Deref, Scrutinee, Assign };

// The assignments that may reach a point, for one local: a sorted set of
// write ids. Almost always 0-2 of them, held inline so that copying a State
// (at every branch) is one flat copy; larger sets live in their State's
// `spilled` list.
struct LocalState {
  static constexpr uint32_t kInline = 5;
  static constexpr uint8_t kSpilled = 0xff;
  uint8_t bits = 0;
  uint8_t count = 0;  // kSpilled: the set is spilled[defs[0]]
  std::array<uint32_t, kInline> defs{};
};

struct State {
  bool reachable = true;
  std::vector<LocalState> locals;                // by local
  std::vector<std::vector<uint32_t>> spilled;   // def sets too large for LocalState
  // The field paths moved out of locals (`p.a.b`): (local, path id), sorted.
  // Almost always empty; a partly moved local also has kMaybePartlyMoved.
  std::vector<std::pair<uint32_t, uint32_t>> moved_paths;

  uint8_t& bits(uint32_t local) { return locals[local].bits; }
  uint8_t bits(uint32_t local) const { return locals[local].bits; }
  std::span<const uint32_t> defs(uint32_t local) const {
    const LocalState& l = locals[local];
    if (l.count == LocalState::kSpilled) return spilled[l.defs[0]];
    return std::span<const uint32_t>(l.defs.data(), l.count);
  }
  void set_defs(uint32_t local, std::span<const uint32_t> defs) {
    LocalState& l = locals[local];
    if (defs.size() <= LocalState::kInline) {
      std::copy(defs.begin(), defs.end(), l.defs.begin());
      l.count = static_cast<uint8_t>(defs.size());
      return;
    }
    if (l.count != LocalState::kSpilled) {
      l.count = LocalState::kSpilled;
      l.defs[0] = static_cast<uint32_t>(spilled.size());
      spilled.emplace_back();
    }
    spilled[l.defs[0]].assign(defs.begin(), defs.end());
  }

  // The contents of unreachable states are never read (reads, writes and
  // merges skip them), so all unreachable states are equal.
  bool operator==(const State& other) const {
    if (reachable != other.reachable) return false;
    if (!reachable) return true;
    for (uint32_t i = 0; i < locals.size(); ++i) {
      if (locals[i].bits != other.locals[i].bits) return false;
      std::span<const uint32_t> a = defs(i), b = other.defs(i);
      if (!std::equal(a.begin(), a.end(), b.begin(), b.end())) return false;
    }
    return moved_paths == other.moved_paths;
  }
};

void merge(State& into, const State& other) {
  if (!other.reachable) return;
  if (!into.reachable) {
    into = other;
    return;
  }
  thread_local std::vector<uint32_t> scratch;  // per thread: merges never nest
  for (uint32_t i = 0; i < into.locals.size(); ++i) {
    into.locals[i].bits |= other.locals[i].bits;
    std::span<const uint32_t> theirs = other.defs(i);
    if (theirs.empty()) continue;
    std::span<const uint32_t> ours = into.defs(i);
    if (std::includes(ours.begin(), ours.end(), theirs.begin(), theirs.end())) continue;
    // Both sets are sorted: their union, sorted.
    scratch.clear();
    std::set_union(ours.begin(), ours.end(), theirs.begin(), theirs.end(), std::back_inserter(scratch));
    into.set_defs(i, scratch);
  }
  if (other.moved_paths.empty() ||
      std::includes(into.moved_paths.begin(), into.moved_paths.end(), other.moved_paths.begin(), other.moved_paths.end())) {
    return;
  }
  std::vector<std::pair<uint32_t, uint32_t>> both;
  std::set_union(into.moved_paths.begin(), into.moved_paths.end(), other.moved_paths.begin(), other.moved_paths.end(),
                 std::back_inserter(both));
  into.moved_paths = std::move(both);
}

// Contents do not matter once unreachable (see State::operator==): nothing to copy.
State unreachable_like(const State&) {
  State u;
  u.reachable = false;
  return u;
}

class FlowPass {
 public:
  FlowPass(const SyntaxTree& tree, std::string_view text, const FlowFacts& facts)
      : tree_(tree), text_(text), facts_(facts) {}
  ~FlowPass() {
    ScratchPool<Write>::give(writes_);
    ScratchPool<uint32_t>::give(write_of_node_);
  }
  FlowPass(const FlowPass&) = delete;
  FlowPass& operator=(const FlowPass&) = delete;

  FlowResult run(NodeId body, const std::vector<uint32_t>& parameters) {
    write_base_ = body.index + 1 - tree_.node(body).subtree_size;
    write_of_node_.assign(tree_.node(body).subtree_size, kNoWrite);
    State s;
    s.locals.assign(facts_.locals.size(), LocalState{});
    parameters_ = parameters;
    for (uint32_t p : parameters) {
      // The value passed in is a write of its own: overwritten before any read, rustc says so.
      s.bits(p) = kMaybeInit;
      const FlowLocal& info = facts_.locals[p];
      uint32_t write = static_cast<uint32_t>(writes_.size());
      writes_.push_back(Write{p, info.pattern_span.is_none() ? info.span : info.pattern_span, false, true});
      s.set_defs(p, std::span<const uint32_t>(&write, 1));
    }
    expr(body, s, Use::Move);
    report_uninitialized_reads(body);
    name_moved_places();
    result_.expansion_errors.assign(expansion_errors_.begin(), expansion_errors_.end());
    mark_values_read_by_live_compounds();
    for (const Write& w : writes_) {
      // A local only ever written (`p = v; p.a = w;`): its whole values are
      // the body checker's to report, with unused_variables ("assigned to,
      // but never used"); the writes to its parts are this pass's.
      bool whole_of_unread = !read_whole_[w.local] && !w.partial;
      if (facts_.locals[w.local].bound_by_for && !read_whole_[w.local]) continue;
      if (!w.read && ever_read_[w.local] && !whole_of_unread && !facts_.locals[w.local].name.starts_with("_")) {
        Diagnostic d = make_diagnostic(w.parameter ? DiagKind::ValuePassedNeverRead : DiagKind::ValueAssignedNeverRead,
                                       w.span, {std::string(facts_.locals[w.local].name)});
        d.with_help("maybe it is overwritten before being read?");
        result_.lints.push_back(std::move(d));
      }
    }
    return std::move(result_);
  }

 private:
  struct Write {
    uint32_t local;
    Span span;
    bool read = false;
    bool parameter = false;  // the value a parameter is passed
    bool partial = false;    // `p.a = v`: a write to part of the local
  };
  // Branches copy the state at every `if`, match arm, `&&` and loop:
  // copies are assigned into recycled states so they reuse their buffers
  // instead of allocating. The spares are this thread's (a thread runs one
  // flow pass at a time), so bodies share nothing.
  static std::vector<State>& spare_states() {
    thread_local std::vector<State> spares;
    return spares;
  }
  static State take_spare() {
    std::vector<State>& spares = spare_states();
    if (spares.empty()) return State{};
    State out = std::move(spares.back());
    spares.pop_back();
    return out;
  }
  State copy_state(const State& s) {
    State out = take_spare();
    out = s;
    return out;
  }
  // An unreachable state (see State::operator==) with buffers to merge into.
  State spare_unreachable() {
    State out = take_spare();
    out.reachable = false;
    return out;
  }
  void recycle(State& s) {
    constexpr size_t kMaxSpares = 64, kMaxKeptLocals = 1 << 12;
    std::vector<State>& spares = spare_states();
    if (spares.size() < kMaxSpares && s.locals.capacity() <= kMaxKeptLocals) spares.push_back(std::move(s));
  }

  struct Frame {
    std::string_view label;
    bool is_block = false;  // a labelled block: `break` leaves it, `continue` does not target it
    State breaks;
    State continues;
  };

  template <typename Pred>
  Kids children_of_kind(NodeId node, Pred pred) const {
    return Kids(tree_, node, pred);
  }

  // A value `x += e` reads is read if what it writes is, and so on along
  // a chain of compound assignments (rustc 1.95's liveness): an accumulator
  // overwritten after its loop leaves its first value and every `+=` unread.
  void mark_values_read_by_live_compounds() {
    for (bool changed = !feeds_.empty(); changed;) {
      changed = false;
      for (auto [fed, compound] : feeds_) {
        if (writes_[compound].read && !writes_[fed].read) writes_[fed].read = changed = true;
      }
    }
  }

  // One write per node, however often loops walk it: flat over the body's
  // nodes (a map only for nodes outside it, which do not occur in practice).
  uint32_t write_id(uint32_t node, uint32_t local, Span span) {
    uint32_t* slot = nullptr;
    if (node >= write_base_ && node - write_base_ < write_of_node_.size()) {
      slot = &write_of_node_[node - write_base_];
    } else {
      slot = &write_of_other_node_.emplace(node, kNoWrite).first->second;
    }
    if (*slot == kNoWrite) {
      *slot = static_cast<uint32_t>(writes_.size());
      writes_.push_back(Write{local, span, false, false});
    }
    return *slot;
  }

  // `e` without the parentheses around it (none when they hold nothing).
  NodeId without_parens(NodeId e) const {
    for (int depth = 0; depth < 64 && e.has_value() && tree_.kind(e) == NodeKind::ParenExpr; ++depth) {
      Kids parts = children_of_kind(e, kIsExpr);
      e = parts.empty() ? NodeId::none() : parts[0];
    }
    return e;
  }

  // How a value at a coercion site (an argument, a field, an annotated
  // `let`) is used: a `&mut` binding there is reborrowed (`&mut *r`), not
  // moved, so `f(r); f(r);` is fine.
  Use coerced_use(NodeId value) const {
    NodeId inner = without_parens(value);
    if (inner.is_none() || tree_.kind(inner) != NodeKind::PathExpr) return Use::Move;
    uint32_t local = facts_.local_of(inner);
    return local != FlowFacts::kNoLocal && facts_.locals[local].is_mut_ref ? Use::Borrow : Use::Move;
  }

  void read(uint32_t local, NodeId node, State& s, Use use) {
    if (!s.reachable || local >= s.locals.size()) return;
    uint8_t bits = s.bits(local);
    const FlowLocal& info = facts_.locals[local];
    if (bits & (kMaybeUninit | kMaybeMoved | kMaybePartlyMoved)) {
      reading_state_ = &s;
      report_bad_read(local, node, bits, use);
      reading_state_ = nullptr;
    }
    // `p.a = v` writes part of `p` without reading it (rustc's liveness).
    bool writes_part = field_assignment_ == FieldAssignment::Plain && projection_node_.has_value() &&
                       tree_.kind(projection_node_) == NodeKind::FieldExpr && !through_reference(projection_node_);
    ever_read_[local] = true;
    if (!writes_part) {
      read_whole_[local] = true;
      if (!compound_read_) {
        for (uint32_t w : s.defs(local)) writes_[w].read = true;
      }
    }
    if (use == Use::Move && !info.is_copy) {
      s.bits(local) |= kMaybeMoved;
      last_move_[local] = use_span(node, info.name);
    }
  }

  // Where a read is: in a macro's arguments, the argument naming the local
  // (`x` in `println!("{}", x)`), as rustc points there.
  // With `through_field`, the whole `p.x.y` that names the local.
  Span use_span(NodeId node, std::string_view name, bool through_field = false, size_t max_fields = SIZE_MAX) const {
    if (tree_.kind(node) != NodeKind::MacroCall) return tree_.span(node);
    const Node& call = tree_.node(node);
    for (uint32_t t = call.first_token; t < call.end_token; ++t) {
      const Token& token = tree_.tokens[t];
      if (token.kind != TokenKind::Ident || text_.substr(token.offset, token.length) != name) continue;
      Span span = tree_.token_span(t);
      for (size_t fields = 0; through_field && fields < max_fields && t + 2 < call.end_token &&
                              tree_.tokens[t + 1].kind == TokenKind::Dot &&
             (tree_.tokens[t + 2].kind == TokenKind::Ident || tree_.tokens[t + 2].kind == TokenKind::IntLiteral);
           ++fields) {
        t += 2;
        span.end = tree_.token_span(t).end;
      }
      return span;
    }
    return tree_.span(node);
  }

  void report_uninitialized_reads(NodeId body) {
    if (uninitialized_reads_.empty()) return;
    MirOrder order(tree_, text_, body, facts_);
    std::vector<const UninitializedRead*> first(facts_.locals.size(), nullptr);
    for (const UninitializedRead& r : uninitialized_reads_) {
      const UninitializedRead*& chosen = first[r.local];
      if (chosen == nullptr || order.rank(r.node) < order.rank(chosen->node)) chosen = &r;
    }
    std::vector<const UninitializedRead*> reported;
    for (const UninitializedRead* r : first) {
      if (r != nullptr) reported.push_back(r);
    }
    std::stable_sort(reported.begin(), reported.end(), [&](const UninitializedRead* a, const UninitializedRead* b) {
      return order.rank(a->node) < order.rank(b->node);
    });
    for (const UninitializedRead* r : reported) {
      const FlowLocal& info = facts_.locals[r->local];
      std::string name(info.name);
      // rustc: "possibly" once any statement assigns the local, wherever it is.
      std::vector<NodeId> assignments = assignments_to(body, r->local);
      bool possibly = r->possibly || std::any_of(assignments.begin(), assignments.end(), [&](NodeId assignment) {
                        return !contains(assignment, r->node);
                      });
      std::string state = possibly ? "is possibly-uninitialized" : "isn't initialized";
      Diagnostic d;
      if (r->partial_assignment) {
        d = make_diagnostic(DiagKind::PartiallyAssignedUninitialized, tree_.span(r->node), {name});
        d.with_label("`" + name + "` partially assigned here but it isn't fully initialized");
      } else {
        Span at = r->at.file.has_value() ? r->at : use_span(r->node, info.name);
        d = make_diagnostic(DiagKind::UsedUninitialized, at, {name, state});
        d.with_label("`" + (r->place.empty() ? name : r->place) + "` used here but it " + state);
      }
      Span declared = info.pattern_span.file.has_value() ? info.pattern_span : info.span;
      d.with_secondary(declared, "binding declared here but left uninitialized");
      if (r->partial_assignment) {
        d.with_help("partial initialization isn't supported, fully initialize the binding with a default value and "
                    "mutate it, or use `std::mem::MaybeUninit`");
      } else if (possibly) {
        if (!explain_conditional_init(d, body, as_statements(body, assignments), "`" + name + "`")) {
          // No branch to blame: rustc points at the assignments before the use.
          Span use = tree_.span(r->node);
          for (NodeId assignment : assignments) {
            Span at = tree_.span(assignment);
            if (at.end <= use.begin) d.with_secondary(at, "binding initialized here in some conditions");
          }
        }
      } else {
        result_.never_assigned.push_back({result_.errors.size(), r->local});
      }
      result_.errors.push_back(std::move(d));
    }
  }

  // The assignments `x = v` of the body to `local`.
  std::vector<NodeId> assignments_to(NodeId body, uint32_t local) const {
    std::vector<NodeId> out;
    uint32_t first = body.index + 1 - tree_.node(body).subtree_size;
    for (uint32_t i = first; i <= body.index; ++i) {
      if (tree_.nodes[i].kind != NodeKind::BinaryExpr) continue;
      NodeId op = first_child(tree_, NodeId(i), NodeKind::Op);
      if (op.is_none() || static_cast<OpKind>(tree_.node(op).detail) != OpKind::Assign) continue;
      NodeId target = first_expr(NodeId(i));
      if (target.has_value() && tree_.kind(target) == NodeKind::PathExpr && facts_.local_of(target) == local) {
        out.push_back(NodeId(i));
      }
    }
    return out;
  }

  // Those written as statements (`x = v;`): where rustc's explanations look.
  std::vector<NodeId> as_statements(NodeId body, const std::vector<NodeId>& assignments) const {
    std::vector<NodeId> out;
    uint32_t first = body.index + 1 - tree_.node(body).subtree_size;
    for (uint32_t i = first; i <= body.index && !assignments.empty(); ++i) {
      if (tree_.nodes[i].kind != NodeKind::ExprStmt || tree_.nodes[i].detail != 1) continue;
      NodeId value = last_expr(NodeId(i));
      if (std::find(assignments.begin(), assignments.end(), value) != assignments.end()) out.push_back(NodeId(i));
    }
    return out;
  }

  NodeId first_expr(NodeId node) const {
    Kids parts = children_of_kind(node, kIsExpr);
    return parts.empty() ? NodeId::none() : parts.front();
  }
  NodeId last_expr(NodeId node) const {
    Kids parts = children_of_kind(node, kIsExpr);
    return parts.empty() ? NodeId::none() : parts.back();
  }

  // rustc's labels for a binding assigned on some paths only: at each `if`,
  // `match` and loop where a branch assigns it and another does not.
  bool explain_conditional_init(Diagnostic& d, NodeId body, const std::vector<NodeId>& assignments,
                                const std::string& name) const {
    auto assigns = [&](NodeId branch) {
      return branch.has_value() && std::any_of(assignments.begin(), assignments.end(),
                                               [&](NodeId stmt) { return contains(branch, stmt); });
    };
    uint32_t first = body.index + 1 - tree_.node(body).subtree_size;
    std::vector<Label> labels;
    auto label = [&](Span at, std::string text) { labels.push_back(Label{at, std::move(text)}); };
    for (uint32_t i = first; i <= body.index; ++i) {
      NodeId node(i);
      switch (tree_.nodes[i].kind) {
        case NodeKind::IfExpr: {
          auto [cond, then_block, else_branch] = if_parts(tree_, node);
          if (cond.is_none()) break;
          bool then_assigns = assigns(then_block), else_assigns = assigns(else_branch);
          if (else_branch.is_none()) {
            if (!then_assigns) break;
            label(tree_.span(cond), "if this `if` condition is `false`, " + name + " is not initialized");
            Span end = tree_.span(node);
            label(Span{end.file, end.end, end.end}, "an `else` arm might be missing here, initializing " + name);
          } else if (then_assigns && !else_assigns) {
            Span between{tree_.span(node).file, tree_.span(then_block).end, tree_.span(else_branch).begin};
            label(between, "if the `if` condition is `false` and this `else` arm is executed, " + name +
                               " is not initialized");
          } else if (!then_assigns && else_assigns) {
            label(tree_.span(cond), "if this condition is `true`, " + name + " is not initialized");
          }
          break;
        }
        case NodeKind::WhileExpr: {
          Kids parts = children_of_kind(node, kIsExpr);
          if (parts.size() == 2 && tree_.kind(parts[0]) != NodeKind::LetExpr && assigns(parts[1])) {
            label(tree_.span(parts[0]), "if this condition isn't met and the `while` loop runs 0 times, " + name +
                                            " is not initialized");
          }
          break;
        }
        case NodeKind::ForExpr: {
          Kids parts = children_of_kind(node, kIsExpr);
          if (parts.size() == 2 && assigns(parts[1])) {
            label(tree_.span(parts[0]), "if the `for` loop runs 0 times, " + name + " is not initialized");
          }
          break;
        }
        case NodeKind::MatchExpr: {
          NodeId arms = first_child(tree_, node, NodeKind::MatchArmList);
          if (arms.is_none()) break;
          std::vector<NodeId> arm_nodes;
          for (NodeId arm : Kids(tree_, arms)) {
            if (tree_.kind(arm) == NodeKind::MatchArm) arm_nodes.push_back(arm);
          }
          size_t assigning = std::count_if(arm_nodes.begin(), arm_nodes.end(), assigns);
          if (assigning == 0 || assigning == arm_nodes.size()) break;
          for (NodeId arm : arm_nodes) {
            if (assigns(arm)) continue;
            NodeId pattern, guard;
            for (NodeId c : Kids(tree_, arm)) {
              if (is_pattern_kind(tree_.kind(c)) && pattern.is_none()) pattern = c;
              if (tree_.kind(c) == NodeKind::MatchGuard) guard = c;
            }
            if (pattern.is_none()) continue;
            Span at = tree_.span(pattern);
            if (guard.has_value()) {
              at.end = tree_.span(guard).end;
              label(at, "if this pattern and condition are matched, " + name + " is not initialized");
            } else {
              label(at, "if this pattern is matched, " + name + " is not initialized");
            }
          }
          break;
        }
        default: break;
      }
    }
    for (Label& l : labels) d.with_secondary(l.span, std::move(l.text));
    return !labels.empty();
  }

  // `s.a = 1` where `s` may have no value yet: rustc's "partially assigned
  // binding" (E0381) rather than a use of it.
  bool partial_assignment(NodeId target, NodeId assignment, State& s) {
    if (tree_.kind(target) != NodeKind::FieldExpr || !s.reachable) return false;
    std::optional<uint32_t> local = place_local(target);
    if (!local || !(s.bits(*local) & kMaybeUninit)) return false;
    if (uninitialized_read_nodes_.insert((uint64_t(*local) << 32) | assignment.index).second) {
      uninitialized_reads_.push_back(UninitializedRead{*local, assignment, (s.bits(*local) & kMaybeInit) != 0, true});
    }
    return true;
  }

  // Whether a binding pattern moves what it matches: it binds by value, and
  // a type that is not Copy.
  bool moves_out(NodeId binding) const {
    uint32_t local = facts_.local_of(binding);
    return local != FlowFacts::kNoLocal && !facts_.locals[local].is_copy &&
           !facts_.has(binding, FlowFacts::kBindsByReference);
  }

  // The parts a pattern moves out of `root`, nested through tuples, structs
  // and variants: moving a part already moved is E0382 at the binding, as
  // rustc reports it. Parts of an enum variant are keyed by it too (moving
  // `Push(j)` leaves `Keep(x)` alone).
  void report_moved_parts(NodeId pattern, uint32_t root, State& s) {
    visit_moved_parts(pattern, root, "", "", kNoDowncast, s, 0);
  }

  void visit_moved_parts(NodeId pattern, uint32_t root, const std::string& path, const std::string& key,
                         size_t downcast_at, State& s, int depth) {
    if (depth > 32) return;
    NodeKind kind = tree_.kind(pattern);
    if (kind == NodeKind::ParenPat) {
      for (NodeId c : Kids(tree_, pattern)) {
        if (is_pattern_kind(tree_.kind(c))) visit_moved_parts(c, root, path, key, downcast_at, s, depth + 1);
      }
      return;
    }
    if (kind == NodeKind::IdentPat) {
      if (!path.empty() && moves_out(pattern)) report_moved_part(pattern, root, path, key, downcast_at, s);
      return;
    }
    std::string variant_key = key;
    if ((kind == NodeKind::TupleStructPat || kind == NodeKind::RecordPat) && facts_.has(pattern, FlowFacts::kTestsVariant)) {
      if (NodeId named = first_child(tree_, pattern, NodeKind::Path); named.has_value()) variant_key += tree_.text(named, text_);
      if (downcast_at == kNoDowncast) downcast_at = path.size();
    }
    if (kind == NodeKind::SlicePat) {
      // rustc names every element `a[..]`; the key tells them apart, counted
      // from the end after a `..` (`[x, .., z]` then `[.., w]`: `z` is `w`).
      std::vector<NodeId> elements;
      size_t rest = SIZE_MAX;
      for (NodeId c : Kids(tree_, pattern)) {
        if (!is_pattern_kind(tree_.kind(c))) continue;
        bool is_rest = tree_.kind(c) == NodeKind::RestPat ||
                       (tree_.kind(c) == NodeKind::IdentPat && first_child(tree_, c, NodeKind::RestPat).has_value());
        if (is_rest) rest = elements.size();
        elements.push_back(c);
      }
      std::string element_path = path.empty() ? "[..]" : path + ".[..]";
      for (size_t i = 0; i < elements.size(); ++i) {
        if (i == rest) continue;
        std::string index = i < rest ? std::to_string(i) : "-" + std::to_string(elements.size() - i);
        visit_moved_parts(elements[i], root, element_path, variant_key + "[" + index + "]", downcast_at, s, depth + 1);
      }
      return;
    }
    for_each_part(pattern, path, [&](NodeId part, const std::string& part_path) {
      std::string part_key = variant_key + "." + part_path.substr(path.empty() ? 0 : path.size() + 1);
      visit_moved_parts(part, root, part_path, part_key, downcast_at, s, depth + 1);
    });
  }

  // `p.a`, `arr[..]`: a place under a local as rustc shows it.
  std::string shown_place(uint32_t local, std::string_view path) const {
    std::string out(facts_.locals[local].name);
    if (path.empty()) return out;
    out += '.';
    out += path;
    for (size_t at; (at = out.find(".[")) != std::string::npos;) out.erase(at, 1);
    return out;
  }

  void report_moved_part(NodeId binding, uint32_t root, const std::string& path, const std::string& key,
                         size_t downcast_at, State& s) {
    Span at = tree_.span(binding);
    auto [moved, first_move] = moved_parts_.emplace(std::pair(root, key), at);
    if (first_move || !(s.bits(root) & (kMaybePartlyMoved | kMaybeMoved))) return;
    std::optional<size_t> slot = moved_error_slot(root, path, downcast_at, false, false, moved->second.begin, path_id(path));
    if (!slot) return;
    // A variant's payload has no name in rustc's message.
    Diagnostic d = downcast_at != kNoDowncast ? make_diagnostic(DiagKind::UseOfMovedPart, at, {})
                                              : make_diagnostic(DiagKind::UseOfMovedValue, at, {"use", shown_place(root, path)});
    if (moved->second == at) {
      d.with_label("value moved here, in previous iteration of loop");  // the same binding, a loop round later
    } else {
      d.with_label("value used here after move");
      d.with_secondary(moved->second, moved->second.begin > at.begin ? "value moved here, in previous iteration of loop"
                                                                     : "value moved here");
    }
    const FlowLocal& bound = facts_.locals[facts_.local_of(binding)];
    if (!bound.type_name.empty()) {
      std::string named = downcast_at == kNoDowncast ? "`" + shown_place(root, path) + "`" : "value";
      d.with_note("move occurs because " + named + " has type `" + bound.type_name +
                  "`, which does not implement the `Copy` trait");
    }
    d.with_fix(Span{moved->second.file, moved->second.begin, moved->second.begin}, "ref ",
               "borrow this binding in the pattern to avoid moving the value", Applicability::MachineApplicable,
               SuggestionStyle::ShowAlways);
    result_.errors[*slot] = std::move(d);
    result_.moved_locals.erase(*slot);  // a part of the value: no clone or borrow advice
  }

  // rustc's labels on E0382: where the binding's type is named as not Copy,
  // and where it was moved (in an earlier iteration, for a move after the use).
  void label_move(Diagnostic& d, uint32_t local, Span use, bool partly) const {
    const FlowLocal& info = facts_.locals[local];
    auto move = last_move_.find(local);
    if (move != last_move_.end() && !partly) {
      if (move->second == use) {
        d.primary.text = "value moved here, in previous iteration of loop";  // the same use, a loop round later
      } else {
        bool earlier_iteration = move->second.begin > use.begin;
        d.with_secondary(move->second, earlier_iteration ? "value moved here, in previous iteration of loop" : "value moved here");
      }
    }
    if (!partly && !info.type_name.empty() && info.span.file.has_value()) {
      Span binding = info.pattern_span.file.has_value() ? info.pattern_span : info.span;  // with its `mut`
      d.with_secondary(binding, "move occurs because `" + std::string(info.name) + "` has type `" + info.type_name +
                                    "`, which does not implement the `Copy` trait");
    }
  }

  // E0381 / E0382 for a read of `local` in a state with `bits`.
  void report_bad_read(uint32_t local, NodeId node, uint8_t bits, Use use) {
    if (mention_only_) return;  // only mentioned: no value is needed (still a use for the liveness lints)
    const FlowLocal& info = facts_.locals[local];
    if (bits & kMaybeUninit) {
      // Loops walk a body more than once: the first walk's state is kept.
      if (uninitialized_read_nodes_.insert((uint64_t(local) << 32) | node.index).second) {
        UninitializedRead r{local, node, (bits & kMaybeInit) != 0};
        bool field = projection_node_.has_value() && tree_.kind(projection_node_) == NodeKind::FieldExpr;
        if (field && !used_path(local).empty()) r.place = std::string(info.name) + "." + used_path(local);
        if (uninit_use_span_) r.at = *uninit_use_span_;
        else if (field) r.at = tree_.span(projection_node_);
        uninitialized_reads_.push_back(std::move(r));
      }
    } else if (((bits & kMaybeMoved) ||
                ((bits & kMaybePartlyMoved) && projection_node_.is_none() && use != Use::Scrutinee)) &&
               !(bits & kMaybeUninit)) {
      // A scrutinee's own mention is no use: its pattern's tests and bindings are.
      if ((bits & kMaybeMoved) && local == quiet_scrutinee_) return;
      bool partly = !(bits & kMaybeMoved);
      Span at = projection_node_.has_value() ? tree_.span(projection_node_) : tree_.span(node);
      if (tree_.kind(node) == NodeKind::MacroCall) at = use_span(node, info.name, projection_node_ == node);
      if (borrow_span_ && use == Use::Borrow) at = *borrow_span_;
      if (expansion_borrow_ && use == Use::Borrow) at = tree_.span(node);
      if (field_assignment_ != FieldAssignment::None && projection_node_.has_value() &&
          tree_.kind(projection_node_) == NodeKind::FieldExpr) {
        // `p.a = v` assigns to part of the moved `p`; `p.a += v` reads `p.a`
        // first. rustc points both at the whole assignment.
        bool plain = field_assignment_ == FieldAssignment::Plain;
        report_use_of_moved(local, plain ? std::string() : used_path(local), kNoDowncast, assignment_span_,
                            plain ? Use::Assign : Use::Move, partly);
        if (plain) refilled_.emplace_back(local, used_path(local));  // rustc: that part holds a value again
        return;
      }
      std::string path = used_path(local);
      for (const auto& [l, refilled] : refilled_) {
        if (l == local && !path.empty() && path_within(path, refilled)) return;
      }
      report_use_of_moved(local, path, kNoDowncast, at, use, partly);
    }
  }

  // The place under `local` being read: "" for all of it, `a.b` through fields.
  std::string used_path(uint32_t local) const {
    if (projection_node_.is_none()) return {};
    if (tree_.kind(projection_node_) == NodeKind::FieldExpr) {
      std::optional<FieldPlace> place = field_place(projection_node_);
      return place && place->local == local ? place->path : std::string();
    }
    return projection_path_;
  }

  static constexpr size_t kNoDowncast = std::string::npos;
  static bool path_within(std::string_view inner, std::string_view outer) {
    return outer.empty() || inner == outer || (inner.starts_with(outer) && inner[outer.size()] == '.');
  }

  // rustc keeps one E0382 per move of a local: a later use of a place that
  // is not within the reported one (`s.y` after `s.x`) replaces the error, a
  // use of the same place or one containing it (`s` after `s.x`) is silent.
  // This gives the error slot for a use of `local` at `path`: a new one, the
  // one to replace, or none. `path` is the place used under the local; past
  // `downcast_at` it is inside an enum variant, which rustc does not name.
  // rustc keys the errors by the moves that reach the use; here by one move
  // (`move_at`): the local's last whole move, or for a use of a partly moved
  // value the part moved last (rustc's first moved descendant), or for a
  // binding that moves a part again that part's move. `moved_path` tells
  // apart the moves of several parts at one place (`..base`).
  std::optional<size_t> moved_error_slot(uint32_t local, const std::string& path, size_t downcast_at, bool borrow,
                                         bool partly, uint32_t move_at, uint32_t moved_path = UINT32_MAX,
                                         bool named = false) {
    auto [earlier, first] = moved_errors_.try_emplace(MoveKey{local, move_at, moved_path});
    if (!first && path_within(earlier->second.path, path)) return std::nullopt;
    earlier->second.path = path;
    earlier->second.downcast_at = downcast_at;
    earlier->second.borrow = borrow;
    earlier->second.partly = partly;
    earlier->second.named = named;
    if (first) {
      earlier->second.error = result_.errors.size();
      result_.errors.emplace_back();
    }
    std::erase_if(result_.field_type_notes, [&](const FlowResult::FieldTypeNote& n) { return n.error == earlier->second.error; });
    expansion_errors_.erase(earlier->second.error);
    return earlier->second.error;
  }

  void report_use_of_moved(uint32_t local, const std::string& path, size_t downcast_at, Span at, Use use, bool partly) {
    auto move = last_move_.find(local);
    uint32_t move_at = move == last_move_.end() ? UINT32_MAX : move->second.begin;
    auto part = last_part_move_.find(local);
    uint32_t moved_path = UINT32_MAX;
    if (partly && part != last_part_move_.end()) {
      moved_path = still_moved_part(local, at).value_or(part->second);
      move_at = path_moves_.at({local, moved_path}).begin;
    }
    std::optional<size_t> slot = moved_error_slot(local, path, downcast_at, use == Use::Borrow, partly, move_at, moved_path);
    if (!slot) return;
    std::string_view verb = use == Use::Assign ? "assign to part" : use == Use::Borrow ? "borrow" : "use";
    Diagnostic d = make_diagnostic(partly ? DiagKind::UseOfPartlyMovedValue : DiagKind::UseOfMovedValue, at,
                                   {std::string(verb), facts_.locals[local].name});
    std::string after = partly ? "after partial move" : "after move";
    d.with_label(use == Use::Assign   ? "value partially assigned here " + after
                 : use == Use::Borrow ? "value borrowed here " + after
                                      : "value used here " + after);
    label_move(d, local, at, partly);
    // rustc names the last move before the use (of a part, for a partial one).
    if (partly && part != last_part_move_.end()) describe_part_move(d, local, moved_path, at, true, *slot);
    result_.errors[*slot] = std::move(d);
    // (A use named by a part of the value gets none: name_moved_places.)
    if (!partly && move != last_move_.end()) {
      result_.moved_locals[*slot] = {local, move->second};
    } else {
      result_.moved_locals.erase(*slot);
    }
    if (expansion_borrow_ && use == Use::Borrow) expansion_errors_.insert(*slot);
  }

  // The part of `local` moved last before `at` that is still moved where it
  // is read (one assigned again since holds a value: rustc names another).
  std::optional<uint32_t> still_moved_part(uint32_t local, Span at) const {
    if (reading_state_ == nullptr) return std::nullopt;
    std::optional<uint32_t> best;
    uint32_t best_at = 0;
    for (const auto& [l, id] : reading_state_->moved_paths) {
      auto move = path_moves_.find({l, id});
      if (l != local || move == path_moves_.end() || move->second.begin > at.begin) continue;
      if (!best || move->second.begin >= best_at) {
        best = id;
        best_at = move->second.begin;
      }
    }
    return best;
  }

  // rustc names the used place down to the deepest part of it that the body
  // moves or assigns anywhere (`s.x` when `s.x` is moved somewhere, else `s`):
  // known only once the walk is done.
  void name_moved_places() {
    for (const auto& [key, error] : moved_errors_) {
      if (error.partly || error.named || error.path.empty()) continue;
      std::string_view path = error.path;
      while (!path.empty() && !moved_anywhere_.contains({key.local, std::string(path)})) {
        size_t dot = path.rfind('.');
        path = dot == std::string_view::npos ? std::string_view() : path.substr(0, dot);
      }
      if (path.empty()) continue;
      Diagnostic& d = result_.errors[error.error];
      std::string place = std::string(facts_.locals[key.local].name) + "." + std::string(path);
      Diagnostic named = error.downcast_at != kNoDowncast && path.size() > error.downcast_at
                             ? make_diagnostic(DiagKind::UseOfMovedPart, d.primary.span, {})
                             : make_diagnostic(DiagKind::UseOfMovedValue, d.primary.span,
                                               {error.borrow ? "borrow" : "use", place});
      d.kind = named.kind;
      d.message = std::move(named.message);
      result_.moved_locals.erase(error.error);  // a part of the value: no clone or borrow advice
    }
  }

  void assign(uint32_t local, NodeId node, Span span, State& s, bool compound) {
    if (!s.reachable) return;
    const FlowLocal& info = facts_.locals[local];
    if (compound) {
      // `x += 1` reads `x` only to write it back: not a use that makes the
      // variable used (its liveness lints are the body checker's, with the
      // variable's other writes), and the values it reads are live only if
      // the value it writes is (see feeds_).
      bool used = ever_read_[local];
      compound_read_ = true;
      read(local, node, s, Use::Borrow);
      compound_read_ = false;
      ever_read_[local] = used;
    }
    if (info.is_mut && (s.bits(local) & kMaybeInit)) result_.reassigned.push_back(local);
    if (!info.is_mut && (s.bits(local) & kMaybeInit) && reported_assignments_.insert(node.index).second) {
      result_.errors.push_back(assigned_twice(local, span, s));
    }
    s.bits(local) = kMaybeInit;
    forget_moved_paths(local, "", s);
    uint32_t write = write_id(node.index, local, span);
    if (compound && s.reachable) {
      for (uint32_t fed : s.defs(local)) feeds_.emplace_back(fed, write);
    }
    s.set_defs(local, std::span<const uint32_t>(&write, 1));
  }

  // E0384 with rustc's labels: where the value came from (the binding, or
  // the first assignment of one declared without a value), and `mut`.
  Diagnostic assigned_twice(uint32_t local, Span span, const State& s) const {
    const FlowLocal& info = facts_.locals[local];
    std::string name(info.name);
    bool parameter = std::find(parameters_.begin(), parameters_.end(), local) != parameters_.end();
    Diagnostic d = make_diagnostic(parameter ? DiagKind::AssignImmutableArgument : DiagKind::AssignTwiceImmutable, span,
                                   {name});
    d.with_label(parameter ? "cannot assign to immutable argument" : "cannot assign twice to immutable variable");
    if (!parameter) {
      Span first = info.span;
      std::span<const uint32_t> defs = s.defs(local);
      if (declared_without_value_.contains(local) && !defs.empty() && writes_[defs.front()].span.file.has_value()) {
        first = writes_[defs.front()].span;
      }
      // The same assignment run again (in a loop) is not its own "first".
      if (first.file.has_value() && first != span) d.with_secondary(first, "first assignment to `" + name + "`");
    }
    if (info.span.file.has_value()) {
      d.with_fix(Span{info.span.file, info.span.begin, info.span.begin}, "mut ", "consider making this binding mutable",
                 Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
    }
    return d;
  }

  // A field place rooted in a local: `p.a.b` is (p, "a.b").
  struct FieldPlace {
    uint32_t local;
    std::string path;
  };
  std::optional<FieldPlace> field_place(NodeId node) const {
    std::vector<std::string_view> names;
    for (int depth = 0; depth < 64 && node.has_value(); ++depth) {
      node = without_parens(node);
      if (node.is_none()) return std::nullopt;
      NodeKind k = tree_.kind(node);
      if (k == NodeKind::PathExpr) {
        uint32_t local = facts_.local_of(node);
        if (local == FlowFacts::kNoLocal || names.empty()) return std::nullopt;
        FieldPlace place{local, {}};
        for (size_t i = names.size(); i-- > 0;) {
          place.path += names[i];
          if (i > 0) place.path += '.';
        }
        return place;
      }
      if (k != NodeKind::FieldExpr) return std::nullopt;
      NodeId name = first_child(tree_, node, NodeKind::NameRef);
      if (name.is_none()) return std::nullopt;
      names.push_back(tree_.text(name, text_));
      Kids parts = children_of_kind(node, kIsExpr);
      if (parts.empty()) return std::nullopt;
      node = parts[0];
    }
    return std::nullopt;
  }

  uint32_t path_id(const std::string& path) {
    auto [it, added] = path_ids_.emplace(path, static_cast<uint32_t>(path_names_.size()));
    if (added) path_names_.push_back(path);
    return it->second;
  }

  // Forgets the moves of `path` and of the paths inside it ("" is the whole local).
  void forget_moved_paths(uint32_t local, std::string_view path, State& s) const {
    std::erase_if(s.moved_paths, [&](const auto& m) {
      if (m.first != local) return false;
      const std::string& moved = path_names_[m.second];
      return path.empty() || moved == path || (moved.starts_with(path) && moved[path.size()] == '.');
    });
  }

  // A use of the place `p.a.b`: E0382 when it or a place containing it
  // moved, or a place inside it (then it is partially moved); a move of a
  // non-Copy field moves that path.
  void use_field_place(NodeId node, State& s, Use use) {
    if (!s.reachable) return;
    // Most field uses neither move nor touch a moved path: no place to build.
    if (s.moved_paths.empty() && !(use == Use::Move && facts_.has(node, FlowFacts::kNonCopyPlace))) {
      assigning_field_ = false;
      return;
    }
    std::optional<FieldPlace> place = field_place(node);
    if (!place) return;
    use_place(place->local, place->path, node, borrow_span_ && use == Use::Borrow ? *borrow_span_ : tree_.span(node), s, use, facts_.has(node, FlowFacts::kNonCopyPlace));
  }

  // `..base`: each field the literal does not give is moved (or copied) out
  // of `base`, one place at a time, so only those fields need to be there.
  void struct_update_base(NodeId literal, NodeId base_node, State& s) {
    Kids values = children_of_kind(base_node, kIsExpr);
    NodeId base = values.empty() ? NodeId::none() : without_parens(values[0]);
    auto taken = facts_.struct_updates.find(base_node.index);
    uint32_t local = base.has_value() && tree_.kind(base) == NodeKind::PathExpr ? facts_.local_of(base) : FlowFacts::kNoLocal;
    if (local == FlowFacts::kNoLocal || taken == facts_.struct_updates.end()) {
      for (NodeId v : values) expr(v, s, Use::Borrow);
      if (taken != facts_.struct_updates.end()) update_moves_out_of_forbidden_place(literal, base, taken->second, s);
      return;
    }
    // The base itself must hold a value; a part of it moved out is checked per field.
    NodeId saved = projection_node_;
    projection_node_ = base;
    projection_path_ = taken->second.empty() ? std::string() : taken->second.front().name;  // the first field it reads
    read(local, base, s, Use::Deref);
    projection_node_ = saved;
    if (!s.reachable) return;
    // rustc labels the moves at the whole literal.
    for (const FlowFacts::UpdateField& field : taken->second) {
      use_place(local, field.name, NodeId::none(), tree_.span(literal), s, Use::Move, field.moves);
      if (field.moves) path_types_[{local, path_id(field.name)}] = field.type;
    }
  }

  // `node` is the field access (for its type), or none in a macro's
  // arguments or `..base`; `moves`: the place is moved out (not Copy).
  void use_place(uint32_t local, const std::string& path, NodeId node, Span at, State& s, Use use, bool moves) {
    bool assigned = std::exchange(assigning_field_, false);
    // A part written after its parent moved (E0382 at the write) holds a value again.
    bool refilled = !assigned && std::any_of(refilled_.begin(), refilled_.end(), [&](const auto& r) {
      return r.first == local && path_within(path, r.second);
    });
    if (!refilled && !(s.bits(local) & (kMaybeMoved | kMaybeUninit))) {
      for (const auto& [l, id] : s.moved_paths) {
        if (l != local) continue;
        const std::string& moved = path_names_[id];
        bool covered = path == moved || (path.starts_with(moved) && path[moved.size()] == '.');
        bool inside = moved.starts_with(path) && moved.size() > path.size() && moved[path.size()] == '.';
        if (!covered && !inside) continue;
        // Assigning to a moved place refills it; to a part of one is E0382.
        if (assigned && (inside || path == moved)) continue;
        report_moved_path(node, assigned ? assignment_span_ : at, local, id, covered ? moved : path, path, !covered,
                          assigned ? Use::Assign : use);
        if (assigned) refilled_.emplace_back(local, path);
        break;
      }
    }
    if (use == Use::Move && moves) {
      moved_anywhere_.emplace(local, path);
      std::pair<uint32_t, uint32_t> entry{local, path_id(path)};
      auto slot = std::lower_bound(s.moved_paths.begin(), s.moved_paths.end(), entry);
      if (slot == s.moved_paths.end() || *slot != entry) s.moved_paths.insert(slot, entry);
      s.bits(local) |= kMaybePartlyMoved;
      path_moves_[entry] = at;
      last_part_move_[local] = entry.second;
      if (node.has_value()) {
        if (auto type = facts_.field_types.find(node.index); type != facts_.field_types.end()) path_types_[entry] = type->second;
      }
    }
  }

  // `shown`: the place named in the message; `used`: the place the use reads (within or around it).
  void report_moved_path(NodeId node, Span at, uint32_t local, uint32_t moved_id, const std::string& shown,
                         const std::string& used, bool partly, Use use) {
    auto move = path_moves_.find({local, moved_id});
    uint32_t move_at = move == path_moves_.end() ? UINT32_MAX : move->second.begin;
    std::optional<size_t> slot =
        moved_error_slot(local, used, kNoDowncast, use == Use::Borrow, partly, move_at, moved_id, /*named=*/true);
    if (!slot) return;
    std::string place = std::string(facts_.locals[local].name) + "." + shown;
    bool borrow = use == Use::Borrow;
    std::string_view verb = use == Use::Assign ? "assign to part" : borrow ? "borrow" : "use";
    Diagnostic d = make_diagnostic(partly ? DiagKind::UseOfPartlyMovedValue : DiagKind::UseOfMovedValue, at,
                                   {std::string(verb), place});
    std::string after = partly ? "after partial move" : "after move";
    d.with_label(use == Use::Assign ? "value partially assigned here " + after
                 : borrow           ? "value borrowed here " + after
                                    : "value used here " + after);
    if (expansion_borrow_ && use == Use::Borrow) expansion_errors_.insert(*slot);
    describe_part_move(d, local, moved_id, at, partly, *slot);
    result_.errors[*slot] = std::move(d);
  }

  // Where a part of `local` was moved, its type and how not to move it:
  // rustc's labels and notes on an E0382 for that move (error `index`).
  void describe_part_move(Diagnostic& d, uint32_t local, uint32_t moved_id, Span at, bool partly, size_t index) {
    auto moved = path_moves_.find({local, moved_id});
    if (moved != path_moves_.end()) {
      std::string moved_here = partly ? "value partially moved here" : "value moved here";
      if (moved->second == at) {
        d.primary.text = moved_here + ", in previous iteration of loop";  // the same use, a round later
      } else {
        bool earlier_iteration = moved->second.begin > at.begin;
        d.with_secondary(moved->second, earlier_iteration ? moved_here + ", in previous iteration of loop" : moved_here);
      }
    }
    std::string moved_place = std::string(facts_.locals[local].name) + "." + path_names_[moved_id];
    auto type = path_types_.find({local, moved_id});
    auto binding = path_bindings_.find({local, moved_id});
    if (type != path_types_.end()) {
      result_.field_type_notes.push_back({index, moved_place, type->second, partly});
    } else if (binding != path_bindings_.end()) {
      // Moved by a pattern's binding: its type is the binding's.
      const FlowLocal& bound = facts_.locals[facts_.local_of(binding->second)];
      if (!bound.type_name.empty()) {
        // A variant's payload has no name in rustc's note.
        std::string named = parts_in_variants_.contains({local, moved_id}) ? "value" : "`" + moved_place + "`";
        d.with_note(std::string(partly ? "partial move" : "move") + " occurs because " + named + " has type `" +
                    bound.type_name + "`, which does not implement the `Copy` trait");
      }
      Span at_binding = tree_.span(binding->second);
      d.with_fix(Span{at_binding.file, at_binding.begin, at_binding.begin}, "ref ",
                 "borrow this binding in the pattern to avoid moving the value", Applicability::MachineApplicable,
                 SuggestionStyle::ShowAlways);
    }
  }

  // `s.a = v`, `w[i] = v`: a write to part of a local. It is dead unless
  // the local is read after it, and it does not end the earlier writes (the
  // rest of the value is still theirs), as rustc's liveness on MIR.
  void partial_write(NodeId target, NodeId assignment, State& s) {
    NodeId place = without_parens(target);
    if (!s.reachable || place.is_none()) return;
    NodeKind k = tree_.kind(place);
    if (k != NodeKind::FieldExpr && k != NodeKind::IndexExpr) return;
    std::optional<uint32_t> local = place_local(place);
    if (!local) return;
    // A write through a reference is seen by whoever holds the referent.
    if (through_reference(place)) return;
    if (k == NodeKind::FieldExpr) {
      if (std::optional<FieldPlace> field = field_place(place)) moved_anywhere_.emplace(field->local, field->path);
    }
    uint32_t write = write_id(assignment.index, *local, tree_.span(assignment));
    writes_[write].partial = true;
    std::span<const uint32_t> defs = s.defs(*local);
    if (std::binary_search(defs.begin(), defs.end(), write)) return;
    std::vector<uint32_t> more(defs.begin(), defs.end());
    more.insert(std::upper_bound(more.begin(), more.end(), write), write);
    s.set_defs(*local, more);
  }

  // Whether the place `x.f[i].g` goes through a reference on its way to `x`.
  bool through_reference(NodeId place) const {
    for (NodeId n = place; n.has_value() && tree_.kind(n) != NodeKind::PathExpr;) {
      if (facts_.has(n, FlowFacts::kThroughReference)) return true;
      Kids parts = children_of_kind(n, kIsExpr);
      n = parts.empty() ? NodeId::none() : parts[0];
    }
    return false;
  }

  // The local a place expression is rooted in (`x`, `x.f`, `x[i]`), if any.
  // `p`, `p.a.b`, `(p.a)`: a local or a field of one.
  bool names_field_place(NodeId node) const {
    for (int depth = 0; depth < 64 && node.has_value(); ++depth) {
      node = without_parens(node);
      if (node.is_none()) return false;
      if (tree_.kind(node) == NodeKind::PathExpr) return facts_.local_of(node) != FlowFacts::kNoLocal;
      if (tree_.kind(node) != NodeKind::FieldExpr) return false;
      Kids parts = children_of_kind(node, kIsExpr);
      node = parts.empty() ? NodeId::none() : parts[0];
    }
    return false;
  }

  std::optional<uint32_t> place_local(NodeId node) const {
    for (int depth = 0; depth < 64 && node.has_value(); ++depth) {
      NodeKind k = tree_.kind(node);
      if (k == NodeKind::PathExpr) {
        uint32_t local = facts_.local_of(node);
        if (local == FlowFacts::kNoLocal) return std::nullopt;
        return local;
      }
      if (k != NodeKind::FieldExpr && k != NodeKind::IndexExpr && k != NodeKind::ParenExpr) return std::nullopt;
      Kids parts = children_of_kind(node, kIsExpr);
      if (parts.empty()) return std::nullopt;
      node = parts[0];
    }
    return std::nullopt;
  }

  void declare_bindings(NodeId pattern, State& s, bool initialized, Span init_span) {
    if (pattern.is_none() || !s.reachable) return;
    uint32_t end = pattern.index;
    uint32_t begin = end + 1 - tree_.node(pattern).subtree_size;
    for (uint32_t i = begin; i <= end; ++i) {
      uint32_t local = tree_.nodes[i].kind == NodeKind::IdentPat ? facts_.local_of(NodeId(i)) : FlowFacts::kNoLocal;
      if (local == FlowFacts::kNoLocal) continue;
      s.bits(local) = initialized ? kMaybeInit : kMaybeUninit;
      forget_moved_paths(local, "", s);
      if (facts_.locals[local].partially_bound) s.bits(local) = kMaybeInit | kMaybeUninit;
      s.set_defs(local, {});
      if (!initialized) {
        declared_without_value_.insert(local);
        continue;
      }
      // A lone `let x = v` writes `v`; a binding inside a pattern (or of a
      // match arm, `if let`, `for`) writes at the binding, as rustc points.
      bool lone = init_span.file.has_value() && tree_.kind(pattern) == NodeKind::IdentPat;
      uint32_t write = write_id(i, local, lone ? init_span : tree_.span(NodeId(i)));
      s.set_defs(local, std::span<const uint32_t>(&write, 1));
    }
  }

  void stmt_list(NodeId list, State& s, Use use) {
    if (list.is_none()) return;
    Kids stmts(tree_, list);
    for (size_t i = 0; i < stmts.size(); ++i) {
      NodeId stmt = stmts[i];
      NodeKind k = tree_.kind(stmt);
      if (k == NodeKind::LetStmt) {
        let(stmt, s);
      } else if (k == NodeKind::ExprStmt) {
        bool tail = i + 1 == stmts.size() && tree_.node(stmt).detail == 0;
        for (NodeId e : children_of_kind(stmt, kIsExpr)) expr(e, s, tail ? use : Use::Move);
      }
    }
  }

  void let(NodeId stmt, State& s) {
    NodeId pattern, init, else_block;
    for (NodeId c : Kids(tree_, stmt)) {
      NodeKind k = tree_.kind(c);
      if (is_pattern_kind(k) && pattern.is_none()) pattern = c;
      else if (is_expr_kind(k) && init.is_none()) init = c;
      else if (k == NodeKind::LetElse) else_block = first_child(tree_, c, NodeKind::BlockExpr);
    }
    if (init.has_value()) {
      // A plain binding moves the value; `_` and destructuring do not move the whole.
      bool moves = tree_.kind(pattern) == NodeKind::IdentPat && !has_ref_modifier(pattern);
      bool annotated = false;
      for (NodeId c : Kids(tree_, stmt)) annotated |= is_type_kind(tree_.kind(c));
      if (moves) {
        NodeId outer_initializer = std::exchange(let_initializer_, without_parens(init));
        expr(init, s, annotated ? coerced_use(init) : Use::Move);
        let_initializer_ = outer_initializer;
        if (else_block.has_value()) let_else(else_block, s);
      } else {
        bool saved = std::exchange(mention_only_, only_mentioned(init, {&pattern, 1}));
        report_let_pattern_reads(scrutinee(init, s), pattern, init);
        mention_only_ = saved;
        // The `else` runs when the pattern does not match: nothing moved.
        if (else_block.has_value()) let_else(else_block, s);
        move_by_pattern(pattern, init, s);
      }
    } else if (else_block.has_value()) {
      let_else(else_block, s);  // `let P else { .. };` after a syntax error
    }
    declare_bindings(pattern, s, init.has_value(), init.has_value() ? tree_.span(init) : Span{});
  }

  void let_else(NodeId else_block, const State& s) {
    State other = copy_state(s);
    expr(else_block, other, Use::Move);
    recycle(other);
  }

  bool has_ref_modifier(NodeId pattern) const {
    for (NodeId c : Kids(tree_, pattern)) {
      if (tree_.kind(c) == NodeKind::Modifier && tree_.node(c).detail == uint8_t(ModifierKind::Ref)) return true;
    }
    return false;
  }

  // `failed`, when given, also receives the state where the condition does
  // not hold: a `let` pattern that does not match has moved nothing.
  void condition(NodeId cond, State& s, State* failed = nullptr) {
    if (cond.is_none()) return;
    if (tree_.kind(cond) == NodeKind::LetExpr) {
      NodeId pattern, value;
      for (NodeId c : Kids(tree_, cond)) {
        if (is_pattern_kind(tree_.kind(c)) && pattern.is_none()) pattern = c;
        else if (is_expr_kind(tree_.kind(c))) value = c;
      }
      if (value.has_value()) {
        bool saved = std::exchange(mention_only_, only_mentioned(value, {&pattern, 1}));
        std::optional<FieldPlace> moved = scrutinee(value, s);
        mention_only_ = saved;
        report_let_pattern_reads(moved, pattern, value);
        if (!moved && pattern.has_value()) report_partly_moved_reads(value, {&pattern, 1}, tree_.span(pattern), s, true);
      }
      if (failed != nullptr) merge(*failed, s);
      move_by_pattern(pattern, value, s);
      declare_bindings(pattern, s, true, Span{});
      return;
    }
    expr(cond, s, Use::Move);
    if (failed != nullptr) merge(*failed, s);
  }

  // The parts of a tuple, tuple struct or struct pattern with their field
  // paths under `path` (`a.0`, `a.x`); after a `..` in a tuple the indices
  // are not known here, so the walk stops.
  template <typename Visit>
  void for_each_part(NodeId pattern, const std::string& path, Visit&& visit) const {
    NodeKind kind = tree_.kind(pattern);
    std::string prefix = path.empty() ? path : path + ".";
    if (kind == NodeKind::TuplePat || kind == NodeKind::TupleStructPat) {
      uint32_t index = 0;
      for (NodeId c : Kids(tree_, pattern)) {
        if (!is_pattern_kind(tree_.kind(c))) continue;
        if (tree_.kind(c) == NodeKind::RestPat) return;
        visit(c, prefix + std::to_string(index++));
      }
      return;
    }
    NodeId fields = kind == NodeKind::RecordPat ? first_child(tree_, pattern, NodeKind::RecordPatFieldList) : NodeId::none();
    if (fields.is_none()) return;
    for (NodeId field : Kids(tree_, fields)) {
      if (tree_.kind(field) != NodeKind::RecordPatField) continue;
      NodeId name = first_child(tree_, field, NodeKind::NameRef);
      NodeId binding;
      for (NodeId c : Kids(tree_, field)) {
        if (is_pattern_kind(tree_.kind(c))) binding = c;
      }
      if (binding.is_none()) continue;
      // A shorthand field (`P { mut a }`) is named by its binding's name.
      if (name.is_none()) name = first_child(tree_, binding, NodeKind::Name);
      visit(binding, prefix + std::string(tree_.text(name.has_value() ? name : binding, text_)));
    }
  }

  // A scrutinee that is a place of a moved local (`m`, `m.a`): its local and
  // path. rustc reports the pattern's reads of it, not its mention.
  std::optional<FieldPlace> moved_scrutinee(NodeId scrutinee, const State& s) const {
    NodeId place = without_parens(scrutinee);
    if (!s.reachable || place.is_none()) return std::nullopt;
    std::optional<FieldPlace> found;
    if (tree_.kind(place) == NodeKind::PathExpr && facts_.local_of(place) != FlowFacts::kNoLocal) {
      found = FieldPlace{facts_.local_of(place), {}};
    } else if (tree_.kind(place) == NodeKind::FieldExpr) {
      found = field_place(place);
    }
    if (!found || (s.bits(found->local) & (kMaybeMoved | kMaybeUninit)) != kMaybeMoved) return std::nullopt;
    return found;
  }

  // `x`, `p.a.b`, `arr[i].c`: a place rooted at a local, through fields and indexing.
  bool local_place_chain(NodeId node) const {
    for (int depth = 0; depth < 64; ++depth) {
      node = without_parens(node);
      if (node.is_none()) return false;
      NodeKind kind = tree_.kind(node);
      if (kind == NodeKind::PathExpr) return facts_.local_of(node) != FlowFacts::kNoLocal;
      if (kind != NodeKind::FieldExpr && kind != NodeKind::IndexExpr) return false;
      Kids parts = children_of_kind(node, kIsExpr);
      if (parts.size() == 0) return false;
      node = parts[0];
    }
    return false;
  }

  // `let _ = x;`, `match x.0 { _ => .. }`: a local's place that no pattern
  // tests or binds from is only mentioned. rustc reads nothing of it (an
  // uninitialized or moved `x` is fine there), and there is nothing to visit.
  bool only_mentioned(NodeId scrutinee, std::span<const NodeId> patterns) const {
    NodeId place = without_parens(scrutinee);
    if (place.is_none()) return false;
    bool local_place = (tree_.kind(place) == NodeKind::PathExpr && facts_.local_of(place) != FlowFacts::kNoLocal) ||
                       (tree_.kind(place) == NodeKind::FieldExpr && field_place(place).has_value());
    if (!local_place) return false;
    for (NodeId pattern : patterns) {
      PatternReads reads;
      pattern_reads(pattern, "", kNoDowncast, reads, 0);
      if (!reads.tests.empty() || !reads.bindings.empty()) return false;
    }
    return true;
  }

  // Visits a scrutinee without reporting its own mention when it is a moved
  // place (moved_scrutinee); returns that place.
  std::optional<FieldPlace> scrutinee(NodeId node, State& s) {
    std::optional<FieldPlace> moved = moved_scrutinee(node, s);
    uint32_t saved = std::exchange(quiet_scrutinee_, moved ? moved->local : FlowFacts::kNoLocal);
    expr(node, s, Use::Scrutinee);
    quiet_scrutinee_ = saved;
    return moved;
  }

  // What a pattern reads of the place it matches, in the order rustc's match
  // lowering does: its tests (an enum's discriminant, a compared literal or
  // const) and its bindings. Against a moved place each is a use of it.
  struct PatternRead {
    std::string path;  // under the local
    Span at;
    bool borrow = false;
    size_t downcast_at = kNoDowncast;
  };
  struct PatternReads {
    Span discriminant_at;  // where rustc points a discriminant read: the scrutinee
    Span value_test_at;    // ... a compared value: `match x`, or a `let`'s pattern
    std::vector<PatternRead> tests;
    std::vector<PatternRead> bindings;
  };
  void pattern_reads(NodeId pat, const std::string& path, size_t downcast_at, PatternReads& out, int depth) const {
    if (pat.is_none() || depth > 32) return;
    NodeKind kind = tree_.kind(pat);
    auto test = [&](Span at) { out.tests.push_back(PatternRead{path, at, false, downcast_at}); };
    if (kind == NodeKind::LiteralPat || kind == NodeKind::RangePat) return test(out.value_test_at);
    if (kind == NodeKind::IdentPat && facts_.local_of(pat) != FlowFacts::kNoLocal) {
      out.bindings.push_back(PatternRead{path, tree_.span(pat), facts_.has(pat, FlowFacts::kBindsByReference), downcast_at});
    } else if (facts_.has(pat, FlowFacts::kTestsValue)) {
      return test(out.value_test_at);
    } else if (facts_.has(pat, FlowFacts::kTestsVariant)) {
      test(out.discriminant_at);
      downcast_at = path.size();
    }
    if (kind == NodeKind::ParenPat || kind == NodeKind::OrPat || kind == NodeKind::IdentPat) {
      for (NodeId c : Kids(tree_, pat)) {
        if (is_pattern_kind(tree_.kind(c))) pattern_reads(c, path, downcast_at, out, depth + 1);
      }
      return;
    }
    for_each_part(pat, path, [&](NodeId part, const std::string& part_path) {
      pattern_reads(part, part_path, downcast_at, out, depth + 1);
    });
  }

  PatternReads moved_place_reads(const FieldPlace& moved, NodeId pattern, Span discriminant_at, Span value_test_at) const {
    PatternReads reads{discriminant_at, value_test_at, {}, {}};
    pattern_reads(pattern, moved.path, kNoDowncast, reads, 0);
    return reads;
  }

  void report_pattern_reads(uint32_t local, const std::vector<PatternRead>& reads) {
    for (const PatternRead& r : reads) {
      report_use_of_moved(local, r.path, r.downcast_at, r.at, r.borrow ? Use::Borrow : Use::Move, false);
    }
  }

  // A match on a moved place tests each place once, before any arm binds:
  // rustc points a compared value at `match m`, a discriminant at `m`.
  void report_match_tests(NodeId match, NodeId value, NodeId arms, const FieldPlace& moved) {
    Span value_span = tree_.span(value);
    Span head{value_span.file, tree_.span(match).begin, value_span.end};
    std::vector<PatternRead> tests;
    for (NodeId arm : Kids(tree_, arms)) {
      if (tree_.kind(arm) != NodeKind::MatchArm) continue;
      for (NodeId c : Kids(tree_, arm)) {
        if (!is_pattern_kind(tree_.kind(c))) continue;
        for (PatternRead& r : moved_place_reads(moved, c, value_span, head).tests) {
          bool seen = std::any_of(tests.begin(), tests.end(), [&](const PatternRead& t) { return t.path == r.path; });
          if (!seen) tests.push_back(std::move(r));
        }
      }
    }
    report_pattern_reads(moved.local, tests);
  }

  // The local `value` names when part of it, and only part, may be moved.
  std::optional<uint32_t> partly_moved_place(NodeId value, const State& s) const {
    NodeId place = without_parens(value);
    if (!s.reachable || place.is_none() || tree_.kind(place) != NodeKind::PathExpr) return std::nullopt;
    uint32_t local = facts_.local_of(place);
    constexpr uint8_t kAnyMove = kMaybeMoved | kMaybeUninit | kMaybePartlyMoved;
    if (local == FlowFacts::kNoLocal || (s.bits(local) & kAnyMove) != kMaybePartlyMoved) return std::nullopt;
    return local;
  }

  // A match or `let` on a local of which a part was moved: the pattern's
  // reads that overlap a moved part are uses of it (`match c { Cmd::Pop => ..`
  // reads the discriminant of a `c` whose field was moved: "partially moved").
  void report_partly_moved_reads(NodeId value, std::span<const NodeId> patterns, Span value_test_at, const State& s,
                                 bool with_bindings) {
    std::optional<uint32_t> partly = partly_moved_place(value, s);
    if (!partly) return;
    uint32_t local = *partly;
    std::vector<PatternRead> reads;
    for (NodeId pattern : patterns) {
      PatternReads found = moved_place_reads(FieldPlace{local, {}}, pattern, tree_.span(value), value_test_at);
      if (with_bindings) found.tests.insert(found.tests.end(), found.bindings.begin(), found.bindings.end());
      for (PatternRead& r : found.tests) {
        bool seen = std::any_of(reads.begin(), reads.end(), [&](const PatternRead& t) { return t.path == r.path; });
        if (!seen) reads.push_back(std::move(r));
      }
    }
    for (const PatternRead& r : reads) {
      for (const auto& [moved_local, id] : s.moved_paths) {
        if (moved_local != local) continue;
        const std::string& moved = path_names_[id];
        if (!path_within(moved, r.path) && !path_within(r.path, moved)) continue;
        bool partly = moved != r.path && path_within(moved, r.path);
        report_use_of_moved(local, r.path, r.downcast_at, r.at, r.borrow ? Use::Borrow : Use::Move, partly);
        break;
      }
    }
  }

  // `let P = m;`, `if let P = m`: the pattern's tests, then its bindings.
  void report_let_pattern_reads(const std::optional<FieldPlace>& moved, NodeId pattern, NodeId scrutinee) {
    if (!moved || pattern.is_none()) return;
    PatternReads reads = moved_place_reads(*moved, pattern, tree_.span(scrutinee), tree_.span(pattern));
    report_pattern_reads(moved->local, reads.tests);
    report_pattern_reads(moved->local, reads.bindings);
  }

  // A pattern that binds a non-Copy part of a place by value moves it out of
  // the place's binding: all of it (`other => ..`) or a part (`Pair { a, .. }`,
  // which rustc reports as a use of a partially moved value).
  void move_by_pattern(NodeId pattern, NodeId scrutinee, State& s) {
    if (pattern.is_none() || scrutinee.is_none() || !s.reachable) return;
    if (pattern_moves_out_of_forbidden_place(pattern, scrutinee)) return;
    if (pattern_moves_out_through_reference(pattern, scrutinee)) return;
    std::optional<uint32_t> root = place_local(scrutinee);
    if (!root) return;
    NodeId place = without_parens(scrutinee);
    bool whole_place = place.has_value() && tree_.kind(place) == NodeKind::PathExpr;
    bool moves_whole = false, moves_part = false;
    uint32_t begin = pattern.index + 1 - tree_.node(pattern).subtree_size;
    for (uint32_t i = begin; i <= pattern.index; ++i) {
      if (tree_.nodes[i].kind != NodeKind::IdentPat || !moves_out(NodeId(i))) continue;
      (i == pattern.index ? moves_whole : moves_part) = true;
    }
    if (whole_place && moves_part && !moves_whole) {
      report_moved_parts(pattern, *root, s);
      move_pattern_paths(pattern, *root, "", s, 0);
    }
    if (whole_place && moves_whole) {
      s.bits(*root) |= kMaybeMoved;
    } else if (moves_whole || moves_part) {
      s.bits(*root) |= kMaybePartlyMoved;
    }
  }

  // Moving a non-Copy value out from behind a reference or out of an array
  // or slice (E0507/E0508): reported once per place, and not a move (the
  // value stays where it is for the uses that follow, as in rustc).
  bool moves_out_of_forbidden_place(NodeId place, Use use, State& s) {
    if (use != Use::Move || !s.reachable || !facts_.has(place, FlowFacts::kNonCopyPlace)) return false;
    NodeId barrier = move_out_barrier(place);
    if (barrier.is_none()) return false;
    record_move_out(place, barrier, NodeId::none(), place == let_initializer_, describe_place(place));
    return true;
  }

  // `S { a, ..r.base }` moves the fields it does not give out of the base:
  // E0507 at the literal for the first that is not Copy.
  void update_moves_out_of_forbidden_place(NodeId literal, NodeId base, const std::vector<FlowFacts::UpdateField>& taken,
                                           State& s) {
    if (!s.reachable || base.is_none() || !facts_.has(base, FlowFacts::kNonCopyPlace)) return;
    NodeId barrier = move_out_barrier(base);
    auto moved = std::find_if(taken.begin(), taken.end(), [](const FlowFacts::UpdateField& f) { return f.moves; });
    if (barrier.is_none() || moved == taken.end() || moves_out_reported_.contains(literal.index)) return;
    std::string description = describe_place(base);
    if (!description.empty() && description[0] == '*') description.erase(0, 1);
    if (!description.empty()) description += "." + moved->name;
    moves_out_reported_.emplace(literal.index, result_.moves_out_of_places.size());
    result_.moves_out_of_places.push_back(
        {result_.errors.size(), literal, barrier, std::move(description), {}, {}, false, moved->type, {}});
    result_.errors.emplace_back();  // worded by the checker
  }

  // `r.consume()` with `r: &T`: E0507 for `*r`, once per call.
  void receiver_moves_out_of_reference(NodeId call, NodeId receiver, State& s) {
    auto found = facts_.receiver_moves_out.find(call.index);
    if (found == facts_.receiver_moves_out.end() || !s.reachable || moves_out_reported_.contains(receiver.index)) return;
    std::string description = describe_place(receiver);
    if (!description.empty()) description.insert(0, found->second.derefs, '*');
    moves_out_reported_.emplace(receiver.index, result_.moves_out_of_places.size());
    result_.moves_out_of_places.push_back(
        {result_.errors.size(), receiver, NodeId::none(), std::move(description), {}, {}, false, found->second.type, call});
    result_.errors.emplace_back();  // worded by the checker
  }

  // A pattern's bindings that move out of such a place: one error at the
  // scrutinee, each binding labelled where the data moves.
  bool pattern_moves_out_of_forbidden_place(NodeId pattern, NodeId scrutinee) {
    NodeId place = without_parens(scrutinee);
    if (place.is_none() || !facts_.has(place, FlowFacts::kNonCopyPlace)) return false;
    NodeId barrier = move_out_barrier(place);
    if (barrier.is_none()) return false;
    uint32_t begin = pattern.index + 1 - tree_.node(pattern).subtree_size;
    for (uint32_t i = begin; i <= pattern.index; ++i) {
      if (tree_.nodes[i].kind != NodeKind::IdentPat || !moves_out(NodeId(i))) continue;
      std::string path;
      std::string_view variant;
      path_to_binding(pattern, NodeId(i), path, variant, 0);
      std::string description = describe_place(place);
      // `*r` then `.name` is `r.name`; `*r` as a variant is `r` too.
      if (!description.empty() && description[0] == '*' && !(path.empty() && variant.empty())) description.erase(0, 1);
      if (!description.empty() && !path.empty()) description += "." + path;
      record_move_out(place, barrier, NodeId(i), true, description, variant);
    }
    return true;
  }

  // `match s { &Shelf::Stocked(item) => .. }`, `let Pair { mut a, .. } = p`
  // with `p: &Pair` (edition 2021): a binding takes a non-Copy value out
  // from behind a reference the pattern goes through. E0507 at the
  // scrutinee, the place described up to the binding as rustc does.
  // A `for` loop's elements are no place: rustc's message names none.
  bool pattern_moves_out_through_reference(NodeId pattern, NodeId scrutinee, bool unnamed_elements = false) {
    NodeId place = without_parens(scrutinee);
    bool found = false;
    uint32_t begin = pattern.index + 1 - tree_.node(pattern).subtree_size;
    for (uint32_t i = begin; i <= pattern.index; ++i) {
      if (tree_.nodes[i].kind != NodeKind::IdentPat || !moves_out(NodeId(i))) continue;
      auto step = facts_.place_steps.find(i);
      if (step == facts_.place_steps.end() || !step->second.pattern_binding) continue;
      std::string path;
      std::string_view variant;
      path_to_binding(pattern, NodeId(i), path, variant, 0);
      std::string description = unnamed_elements ? std::string() : describe_place(place);
      if (!description.empty() && !path.empty()) description += "." + path;
      record_move_out(place, NodeId(i), NodeId(i), false, description, variant);
      found = true;
    }
    return found;
  }

  bool contains(NodeId outer, NodeId inner) const {
    return inner.index <= outer.index && inner.index + tree_.node(outer).subtree_size > outer.index;
  }

  // The field path from a pattern's root to `binding` (`name` of
  // `P { name, .. }`), cut at the first enum variant on the way, whose name it
  // gives: rustc describes a place moved out of only as far as that.
  bool path_to_binding(NodeId pattern, NodeId binding, std::string& path, std::string_view& variant, int depth) const {
    if (pattern == binding) return true;
    if (depth > 32 || !contains(pattern, binding)) return false;
    NodeKind kind = tree_.kind(pattern);
    if ((kind == NodeKind::TupleStructPat || kind == NodeKind::RecordPat) && facts_.has(pattern, FlowFacts::kTestsVariant)) {
      NodeId named = first_child(tree_, pattern, NodeKind::Path);
      variant = named.has_value() ? tree_.text(named, text_) : std::string_view();
      if (size_t colons = variant.rfind("::"); colons != std::string_view::npos) variant.remove_prefix(colons + 2);
      return true;
    }
    // (A `&p` is a deref: rustc describes the place behind it by the same path.)
    if (kind == NodeKind::ParenPat || kind == NodeKind::IdentPat || kind == NodeKind::RefPat) {
      for (NodeId c : Kids(tree_, pattern)) {
        if (is_pattern_kind(tree_.kind(c)) && path_to_binding(c, binding, path, variant, depth + 1)) return true;
      }
      return false;
    }
    bool found = false;
    for_each_part(pattern, path, [&](NodeId part, const std::string& part_path) {
      if (found || !contains(part, binding)) return;
      std::string inner = part_path;
      found = path_to_binding(part, binding, inner, variant, depth + 1);
      if (found) path = inner;
    });
    return found;
  }

  void record_move_out(NodeId place, NodeId barrier, NodeId binding, bool borrow_help, std::string description,
                       std::string_view variant = {}) {
    auto [known, added] = moves_out_reported_.emplace(place.index, result_.moves_out_of_places.size());
    if (added) {
      result_.moves_out_of_places.push_back(
          {result_.errors.size(), place, barrier, std::move(description), std::string(variant), {}, borrow_help, {}, {}});
      result_.errors.emplace_back();  // worded by the checker
    }
    std::vector<NodeId>& bindings = result_.moves_out_of_places[known->second].bindings;
    if (binding.has_value() && std::find(bindings.begin(), bindings.end(), binding) == bindings.end()) {
      bindings.push_back(binding);
    }
  }

  // The steps of a place from its outermost in (`a[i].f`: the field, then
  // the index); stops at anything that is not a field, index or deref.
  size_t place_steps(NodeId place, std::array<NodeId, 16>& steps, NodeId& root) const {
    size_t count = 0;
    NodeId node = without_parens(place);
    while (node.has_value() && count < steps.size()) {
      NodeKind k = tree_.kind(node);
      if (k != NodeKind::FieldExpr && k != NodeKind::IndexExpr && !is_deref(node)) break;
      steps[count++] = node;
      Kids parts = children_of_kind(node, kIsExpr);
      node = parts.empty() ? NodeId::none() : without_parens(parts[0]);
    }
    root = node;
    return count;
  }

  // Where a move out of `place` is forbidden: the step nearest the root that
  // reads through a reference or out of an array or slice (rustc's first
  // illegal projection), or none.
  NodeId move_out_barrier(NodeId place) const {
    std::array<NodeId, 16> steps;
    NodeId root;
    size_t count = place_steps(place, steps, root);
    if (auto named = root.has_value() ? facts_.place_steps.find(root.index) : facts_.place_steps.end();
        named != facts_.place_steps.end() && named->second.static_item) {
      return root;
    }
    for (size_t i = count; i-- > 0;) {
      auto step = facts_.place_steps.find(steps[i].index);
      if (step == facts_.place_steps.end()) continue;
      if (step->second.through_reference || tree_.kind(steps[i]) == NodeKind::IndexExpr) return steps[i];
    }
    return NodeId::none();
  }

  // rustc's name for a place: `r.name` for `(*r).name`, `a[_]`, `*r`; empty
  // when it is not rooted in a local.
  std::string describe_place(NodeId place) const {
    std::array<NodeId, 16> steps;
    NodeId root;
    size_t count = place_steps(place, steps, root);
    uint32_t local = root.has_value() && tree_.kind(root) == NodeKind::PathExpr ? facts_.local_of(root) : FlowFacts::kNoLocal;
    auto named = root.has_value() ? facts_.place_steps.find(root.index) : facts_.place_steps.end();
    bool is_static = named != facts_.place_steps.end() && named->second.static_item;
    if (local == FlowFacts::kNoLocal && !is_static) return {};
    std::string out(is_static ? tree_.text(root, text_) : facts_.locals[local].name);
    for (size_t i = count; i-- > 0;) {
      NodeKind k = tree_.kind(steps[i]);
      if (k == NodeKind::IndexExpr) {
        out += "[_]";
      } else if (k == NodeKind::FieldExpr) {
        NodeId name = first_child(tree_, steps[i], NodeKind::NameRef);
        out += '.';
        out += tree_.text(name, text_);
      } else if (i == 0) {
        out.insert(0, "*");  // a deref shows only when nothing follows it
      }
    }
    return out;
  }

  bool is_deref(NodeId node) const { return prefix_op(tree_, node) == OpKind::Deref; }

  // The field paths a destructuring pattern moves out of `root`: `let (h, c) = pair` moves `pair.0`.
  void move_pattern_paths(NodeId pattern, uint32_t root, const std::string& path, State& s, int depth,
                          bool in_variant = false) {
    if (depth > 32) return;
    NodeKind kind = tree_.kind(pattern);
    if (kind == NodeKind::ParenPat) {
      for (NodeId c : Kids(tree_, pattern)) {
        if (is_pattern_kind(tree_.kind(c))) move_pattern_paths(c, root, path, s, depth + 1, in_variant);
      }
      return;
    }
    if (kind == NodeKind::IdentPat) {
      if (path.empty() || !moves_out(pattern)) return;
      moved_anywhere_.emplace(root, path);
      std::pair<uint32_t, uint32_t> entry{root, path_id(path)};
      auto at = std::lower_bound(s.moved_paths.begin(), s.moved_paths.end(), entry);
      if (at == s.moved_paths.end() || *at != entry) s.moved_paths.insert(at, entry);
      path_moves_[entry] = tree_.span(pattern);
      last_part_move_[root] = entry.second;
      if (in_variant) parts_in_variants_.insert(entry);
      path_bindings_[entry] = pattern;
      return;
    }
    bool variant = in_variant || ((kind == NodeKind::TupleStructPat || kind == NodeKind::RecordPat) &&
                                  facts_.has(pattern, FlowFacts::kTestsVariant));
    for_each_part(pattern, path, [&](NodeId part, const std::string& part_path) {
      move_pattern_paths(part, root, part_path, s, depth + 1, variant);
    });
  }

  Frame* find_frame(NodeId node, bool is_continue) {
    NodeId lifetime = first_child(tree_, node, NodeKind::Lifetime);
    std::string_view label = lifetime.has_value() ? tree_.text(lifetime, text_) : std::string_view();
    for (size_t i = frames_.size(); i-- > 0;) {
      if (!label.empty() ? frames_[i].label == label : !frames_[i].is_block) {
        if (is_continue && frames_[i].is_block) return nullptr;
        return &frames_[i];
      }
    }
    return nullptr;
  }

  std::string_view label_of(NodeId node) const {
    NodeId label = first_child(tree_, node, NodeKind::Label);
    if (label.is_none()) return {};
    NodeId lifetime = first_child(tree_, label, NodeKind::Lifetime);
    return lifetime.has_value() ? tree_.text(lifetime, text_) : std::string_view();
  }

  // Runs `iteration` from the loop head until the head's facts stop growing.
  // `exits` collects the states that leave the loop other than by `break`.
  void loop(NodeId node, State& s, const std::function<void(State&, State& exits)>& iteration) {
    State head = copy_state(s);
    State exits = spare_unreachable();
    State body = spare_unreachable(), next = spare_unreachable();  // assigned every round: buffers reused
    Frame done{{}, false, spare_unreachable(), spare_unreachable()};
    for (int round = 0; round < 6; ++round) {
      frames_.push_back(Frame{label_of(node), false, std::move(done.breaks), std::move(done.continues)});
      frames_.back().breaks.reachable = false;
      frames_.back().continues.reachable = false;
      body = head;
      std::swap(exits, next);  // next's buffers collect this round's exits
      exits.reachable = false;
      iteration(body, exits);
      done = std::move(frames_.back());
      frames_.pop_back();
      next = s;
      merge(next, body);
      merge(next, done.continues);
      if (next == head) break;
      std::swap(head, next);  // head = next; next is assigned afresh next round
    }
    merge(exits, done.breaks);
    std::swap(s, exits);
    for (State* spare : {&head, &exits, &body, &next, &done.breaks, &done.continues}) recycle(*spare);
  }

  void expr(NodeId node, State& s, Use use) {
    if (node.is_none()) return;
    NodeKind kind = tree_.kind(node);
    if (kind == NodeKind::PathExpr) {
      uint32_t local = facts_.local_of(node);
      if (local != FlowFacts::kNoLocal) read(local, node, s, use);
      else moves_out_of_forbidden_place(node, use, s);  // a static
      return;
    }
    Kids parts = children_of_kind(node, kIsExpr);
    switch (kind) {
      case NodeKind::ParenExpr:
        for (NodeId p : parts) expr(p, s, use);
        return;
      case NodeKind::BlockExpr: {
        std::string_view label = label_of(node);
        if (label.empty()) {
          stmt_list(first_child(tree_, node, NodeKind::StmtList), s, use);
          return;
        }
        frames_.push_back(Frame{label, true, unreachable_like(s), unreachable_like(s)});
        stmt_list(first_child(tree_, node, NodeKind::StmtList), s, use);
        Frame done = std::move(frames_.back());
        frames_.pop_back();
        merge(s, done.breaks);
        return;
      }
      case NodeKind::IfExpr: {
        auto [cond, then_block, else_branch] = if_parts(tree_, node);
        State other = spare_unreachable();
        condition(cond, s, &other);
        expr(then_block, s, use);
        if (else_branch.has_value()) expr(else_branch, other, use);
        merge(s, other);
        recycle(other);
        return;
      }
      case NodeKind::MatchExpr: {
        NodeId arms = first_child(tree_, node, NodeKind::MatchArmList);
        std::vector<NodeId> arm_patterns;
        if (arms.has_value()) {
          for (NodeId arm : Kids(tree_, arms)) {
            for (NodeId c : Kids(tree_, arm)) {
              if (tree_.kind(arm) == NodeKind::MatchArm && is_pattern_kind(tree_.kind(c))) arm_patterns.push_back(c);
            }
          }
        }
        bool saved_mention = std::exchange(
            mention_only_, !parts.empty() && !arm_patterns.empty() && only_mentioned(parts[0], arm_patterns));
        std::optional<FieldPlace> moved = parts.empty() ? std::nullopt : scrutinee(parts[0], s);
        mention_only_ = saved_mention;
        if (moved && arms.has_value()) report_match_tests(node, parts[0], arms, *moved);
        if (!moved && arms.has_value() && !parts.empty() && partly_moved_place(parts[0], s)) {
          Span value_span = tree_.span(parts[0]);
          report_partly_moved_reads(parts[0], arm_patterns, Span{value_span.file, tree_.span(node).begin, value_span.end},
                                    s, false);
        }
        State start = copy_state(s);
        State out = spare_unreachable();
        bool any = false;
        if (arms.has_value()) {
          for (NodeId arm : Kids(tree_, arms)) {
            if (tree_.kind(arm) != NodeKind::MatchArm) continue;
            any = true;
            State a = copy_state(start);
            // A guarded arm binds by reference until its guard holds: the
            // pattern moves out of the scrutinee only then, and a guard that
            // fails goes on to the next arms with what it did (moves too).
            NodeId pattern;
            bool pattern_moved = false;
            auto move_pattern = [&] {
              if (!pattern_moved && pattern.has_value() && !parts.empty()) move_by_pattern(pattern, parts[0], a);
              pattern_moved = true;
            };
            for (NodeId c : Kids(tree_, arm)) {
              NodeKind k = tree_.kind(c);
              if (is_pattern_kind(k)) {
                pattern = c;
                if (moved) report_pattern_reads(moved->local, moved_place_reads(*moved, c, Span{}, Span{}).bindings);
                declare_bindings(c, a, true, Span{});
              }
              else if (k == NodeKind::MatchGuard) {
                for (NodeId g : children_of_kind(c, kIsExpr)) condition(g, a);
                merge(start, a);
                move_pattern();
              } else if (is_expr_kind(k)) {
                move_pattern();
                expr(c, a, use);
              }
            }
            move_pattern();
            merge(out, a);
            recycle(a);
          }
        }
        if (any) std::swap(s, out);
        else s.reachable = false;
        recycle(out);
        recycle(start);
        return;
      }
      case NodeKind::LoopExpr:
        loop(node, s,
             [&](State& body, State&) { expr(first_child(tree_, node, NodeKind::BlockExpr), body, Use::Move); });
        return;
      case NodeKind::WhileExpr:
        loop(node, s, [&](State& body, State& exits) {
          // The condition comes first, the body last (`while { .. } {}`: a block condition).
          NodeId block = last_child(tree_, node, NodeKind::BlockExpr);
          for (NodeId c : Kids(tree_, node)) {
            if (is_expr_kind(tree_.kind(c)) && c != block) {
              condition(c, body, &exits);
              break;
            }
          }
          expr(block, body, Use::Move);
        });
        return;
      case NodeKind::ForExpr: {
        NodeId pattern = NodeId::none(), iterable, block;
        for (NodeId c : Kids(tree_, node)) {
          NodeKind k = tree_.kind(c);
          if (is_pattern_kind(k) && pattern.is_none()) pattern = c;
          else if (k == NodeKind::BlockExpr && iterable.has_value()) block = c;
          else if (is_expr_kind(k) && iterable.is_none()) iterable = c;
        }
        expr(iterable, s, Use::Move);
        // `for &p in &players`: each element is moved out from behind the reference.
        if (pattern.has_value() && iterable.has_value() && s.reachable) pattern_moves_out_through_reference(pattern, iterable, true);
        loop(node, s, [&](State& body, State& exits) {
          merge(exits, body);
          declare_bindings(pattern, body, true, Span{});
          expr(block, body, Use::Move);
        });
        return;
      }
      case NodeKind::BreakExpr:
      case NodeKind::ContinueExpr: {
        for (NodeId p : parts) expr(p, s, Use::Move);
        Frame* frame = find_frame(node, kind == NodeKind::ContinueExpr);
        if (frame != nullptr) merge(kind == NodeKind::BreakExpr ? frame->breaks : frame->continues, s);
        s.reachable = false;
        return;
      }
      case NodeKind::ReturnExpr:
        for (NodeId p : parts) expr(p, s, Use::Move);
        s.reachable = false;
        return;
      case NodeKind::BinaryExpr: {
        NodeId op_node = first_child(tree_, node, NodeKind::Op);
        OpKind op = op_node.has_value() ? static_cast<OpKind>(tree_.node(op_node).detail) : OpKind::None;
        if (parts.size() != 2) {
          for (NodeId p : parts) expr(p, s, Use::Move);
          return;
        }
        if (op == OpKind::Assign || (op >= OpKind::AddAssign && op <= OpKind::ShrAssign)) {
          expr(parts[1], s, Use::Move);
          bool compound = op != OpKind::Assign;
          if (compound && facts_.has(node, FlowFacts::kOverloadedCompound)) {
            expr(parts[0], s, Use::Borrow);  // a method call borrowing the place, no assignment
            return;
          }
          if (tree_.kind(parts[0]) == NodeKind::PathExpr) {
            uint32_t local = facts_.local_of(parts[0]);
            if (local != FlowFacts::kNoLocal) {
              assign(local, node, tree_.span(node), s, compound);
              return;
            }
          }
          if (tree_.kind(parts[0]) == NodeKind::TupleExpr && !compound) {
            // `(a, b) = ..`: each element is assigned.
            for (NodeId target : children_of_kind(parts[0], kIsExpr)) {
              uint32_t local = tree_.kind(target) == NodeKind::PathExpr ? facts_.local_of(target) : FlowFacts::kNoLocal;
              if (local != FlowFacts::kNoLocal) {
                assign(local, target, tree_.span(target), s, false);
              } else if (tree_.kind(target) != NodeKind::UnderscoreExpr) {
                expr(target, s, Use::Borrow);
              }
            }
            return;
          }
          if (!compound && partial_assignment(parts[0], node, s)) return;
          assigning_field_ = !compound && field_place(parts[0]).has_value();
          assignment_span_ = tree_.span(node);
          field_assignment_ = compound ? FieldAssignment::Compound : FieldAssignment::Plain;
          expr(parts[0], s, Use::Borrow);
          field_assignment_ = FieldAssignment::None;
          assigning_field_ = false;
          partial_write(parts[0], node, s);  // `s.a = v` and `s.a += v` alike
          // `h.b = ..` after `h.b` was moved out puts it back; the binding is
          // whole again once no moved path is left.
          if (!compound && s.reachable) {
            if (std::optional<FieldPlace> place = field_place(parts[0])) {
              forget_moved_paths(place->local, place->path, s);
              bool still_partly = std::any_of(s.moved_paths.begin(), s.moved_paths.end(),
                                              [&](const auto& m) { return m.first == place->local; });
              if (!still_partly) s.bits(place->local) &= ~kMaybePartlyMoved;
            }
          }
          return;
        }
        if (op == OpKind::And || op == OpKind::Or) {
          expr(parts[0], s, Use::Move);
          State skipped = copy_state(s);
          expr(parts[1], s, Use::Move);
          merge(s, skipped);
          recycle(skipped);
          return;
        }
        bool compares = op >= OpKind::Eq && op <= OpKind::Ge;
        for (NodeId p : parts) expr(p, s, compares ? Use::Borrow : Use::Move);
        return;
      }
      case NodeKind::RefExpr: {
        if (parts.empty()) return;
        // rustc points a borrow of a moved place at the whole `&p.a`.
        std::optional<Span> saved = std::exchange(borrow_span_, std::nullopt);
        if (names_field_place(parts[0])) borrow_span_ = tree_.span(node);
        std::optional<Span> saved_use = uninit_use_span_;
        uninit_use_span_ = local_place_chain(parts[0]) ? std::optional<Span>(tree_.span(node)) : std::nullopt;
        expr(parts[0], s, Use::Borrow);
        borrow_span_ = saved;
        uninit_use_span_ = saved_use;
        return;
      }
      case NodeKind::FieldExpr: {
        if (parts.empty()) return;
        NodeId saved = projection_node_;
        if (tree_.kind(parts[0]) == NodeKind::PathExpr) projection_node_ = node;
        // The outermost field access of a chain (`p.a` of `p.a.b`) is the place used.
        bool outermost = !in_field_base_;
        in_field_base_ = tree_.kind(without_parens(parts[0])) == NodeKind::FieldExpr;
        // Reading a field by value uses the base (`r.n` is a "use"), without moving it.
        expr(parts[0], s, use == Use::Move || use == Use::Deref ? Use::Deref : Use::Borrow);
        in_field_base_ = false;
        projection_node_ = saved;
        if (outermost && !moves_out_of_forbidden_place(node, use, s)) use_field_place(node, s, use);
        return;
      }
      case NodeKind::IndexExpr: {
        std::optional<Span> saved_use = uninit_use_span_;
        if (!uninit_use_span_ && !parts.empty() && local_place_chain(parts[0])) {
          uninit_use_span_ = tree_.span(node);  // rustc: the whole `arr[i]`
        }
        if (!parts.empty()) expr(parts[0], s, Use::Borrow);
        uninit_use_span_ = std::nullopt;  // the index is a value of its own
        if (parts.size() > 1) expr(parts[1], s, Use::Move);
        uninit_use_span_ = saved_use;
        moves_out_of_forbidden_place(node, use, s);
        return;
      }
      case NodeKind::PrefixExpr: {
        NodeId op_node = first_child(tree_, node, NodeKind::Op);
        bool deref = op_node.has_value() && static_cast<OpKind>(tree_.node(op_node).detail) == OpKind::Deref;
        for (NodeId p : parts) {
          // rustc points a use of a moved reference at the whole `*r`.
          uint32_t local = deref && tree_.kind(p) == NodeKind::PathExpr ? facts_.local_of(p) : FlowFacts::kNoLocal;
          if (local != FlowFacts::kNoLocal) read(local, node, s, Use::Deref);
          else expr(p, s, deref ? Use::Borrow : Use::Move);
        }
        if (deref) moves_out_of_forbidden_place(node, use, s);
        return;
      }
      case NodeKind::MethodCallExpr: {
        if (!parts.empty()) expr(parts[0], s, facts_.has(node, FlowFacts::kByValueReceiver) ? Use::Move : Use::Borrow);
        if (!parts.empty()) receiver_moves_out_of_reference(node, parts[0], s);
        NodeId args = first_child(tree_, node, NodeKind::ArgList);
        if (args.has_value()) {
          for (NodeId a : children_of_kind(args, kIsExpr)) expr(a, s, coerced_use(a));
        }
        if (facts_.has(node, FlowFacts::kDiverges)) s.reachable = false;
        return;
      }
      case NodeKind::CallExpr: {
        if (!parts.empty()) expr(parts[0], s, Use::Borrow);
        NodeId args = first_child(tree_, node, NodeKind::ArgList);
        if (args.has_value()) {
          for (NodeId a : children_of_kind(args, kIsExpr)) expr(a, s, coerced_use(a));
        }
        if (facts_.has(node, FlowFacts::kDiverges)) s.reachable = false;
        return;
      }
      case NodeKind::MacroCall: {
        auto it = facts_.macro_reads.find(node.index);
        if (it != facts_.macro_reads.end()) {
          for (const FlowFacts::MacroRead& r : it->second) {
            NodeId saved = projection_node_;
            if (r.through_field) projection_node_ = node;
            projection_path_ = r.field_path;
            expansion_borrow_ = r.borrowed_by_expansion;
            bool moves = r.moved && !facts_.locals[r.local].is_mut_ref;
            read(r.local, node, s, moves ? Use::Move : r.field_by_value ? Use::Deref : Use::Borrow);
            projection_node_ = saved;
            if (r.through_field && !r.field_path.empty() && s.reachable) {
              size_t depth = 1 + std::count(r.field_path.begin(), r.field_path.end(), '.');
              Span at = r.borrowed_by_expansion ? tree_.span(node) : use_span(node, facts_.locals[r.local].name, true, depth);
              bool field_moves = r.moved_type.has_value();
              use_place(r.local, r.field_path, NodeId::none(), at, s,
                        field_moves ? Use::Move : r.field_by_value ? Use::Deref : Use::Borrow, field_moves);
              if (field_moves) path_types_[{r.local, path_id(r.field_path)}] = r.moved_type;
            }
            expansion_borrow_ = false;
          }
        }
        if (facts_.has(node, FlowFacts::kDiverges)) s.reachable = false;
        return;
      }
      case NodeKind::RecordExpr: {
        NodeId fields = first_child(tree_, node, NodeKind::RecordExprFieldList);
        if (fields.is_none()) return;
        for (NodeId f : Kids(tree_, fields)) {
          if (tree_.kind(f) == NodeKind::RecordExprField) {
            NodeId name = first_child(tree_, f, NodeKind::NameRef);
            uint32_t local = name.has_value() ? facts_.local_of(name) : FlowFacts::kNoLocal;
            if (local != FlowFacts::kNoLocal) read(local, f, s, facts_.locals[local].is_mut_ref ? Use::Borrow : Use::Move);
            for (NodeId v : children_of_kind(f, kIsExpr)) expr(v, s, coerced_use(v));
          } else if (tree_.kind(f) == NodeKind::RecordExprBase) {
            struct_update_base(node, f, s);
          }
        }
        return;
      }
      case NodeKind::LetExpr: condition(node, s); return;
      case NodeKind::ClosureExpr: return;
      default:
        for (NodeId p : parts) expr(p, s, Use::Move);
        return;
    }
  }

  const SyntaxTree& tree_;
  std::string_view text_;
  const FlowFacts& facts_;
  FlowResult result_;
  std::vector<Write> writes_ = ScratchPool<Write>::take();
  static constexpr uint32_t kNoWrite = UINT32_MAX;
  uint32_t write_base_ = 0;
  std::vector<uint32_t> write_of_node_ = ScratchPool<uint32_t>::take();  // by node index - write_base_
  std::unordered_map<uint32_t, uint32_t> write_of_other_node_;
  // E0381 candidates: rustc reports one per binding, the first its borrow
  // checker meets (mir_order.h), chosen once the walk is done.
  struct UninitializedRead {
    uint32_t local;
    NodeId node;
    bool possibly;
    bool partial_assignment = false;  // `s.a = 1` before `s` has a value
    Span at = {};             // the place used (`p.a`, `arr[1]`) or its borrow (`&x`); none: the node's
    std::string place = {};   // `p.a` for a field read; empty: the local's name
  };
  // While the place of a borrow or an index is visited: rustc's E0381 span.
  std::optional<Span> uninit_use_span_;
  bool mention_only_ = false;  // a scrutinee no pattern reads (only_mentioned)
  const State* reading_state_ = nullptr;  // while a bad read is reported: the state it happens in
  std::vector<UninitializedRead> uninitialized_reads_;
  // (local, "Variant.field") -> where a pattern first moved that part out.
  std::map<std::pair<uint32_t, std::string>, Span> moved_parts_;
  std::unordered_set<uint64_t> uninitialized_read_nodes_;  // (local << 32) | node
  std::unordered_set<uint32_t> reported_assignments_;  // loops walk a body more than once
  struct MovedError {
    size_t error = 0;  // in result_.errors
    std::string path;  // the place used, under the local
    size_t downcast_at = kNoDowncast;
    bool borrow = false;
    bool partly = false;
    bool named = false;  // its message names the moved place already (report_moved_path)
  };
  struct MoveKey {
    uint32_t local;
    uint32_t move_at;     // where moved (source offset)
    uint32_t moved_path;  // the part moved (path id), or UINT32_MAX for the whole local
    friend auto operator<=>(const MoveKey&, const MoveKey&) = default;
  };
  std::map<MoveKey, MovedError> moved_errors_;  // one E0382 per move
  std::set<std::pair<uint32_t, std::string>> moved_anywhere_;  // (local, path): moved or assigned by the body
  uint32_t quiet_scrutinee_ = FlowFacts::kNoLocal;  // its pattern reports the uses (pattern_reads)
  std::string projection_path_;  // the place read when projection_node_ is not a field access
  std::vector<uint32_t> parameters_;  // the body's parameter locals
  std::unordered_set<uint32_t> declared_without_value_;  // `let x;`
  std::optional<Span> borrow_span_;  // `&p.a` while its place is visited
  bool expansion_borrow_ = false;    // reading a macro operand its expansion borrows (MacroRead)
  std::set<size_t> expansion_errors_;  // in result_.errors: FlowResult::expansion_errors
  std::unordered_map<uint32_t, Span> last_move_;       // local -> where the walk last moved it
  NodeId projection_node_;                            // the field access whose base is being read
  bool in_field_base_ = false;                        // visiting the base of a field access chain
  bool assigning_field_ = false;                      // the next field place is an assignment's target
  // Walking the target of `p.a = v` or `p.a += v` (for E0382 on a moved `p`).
  enum class FieldAssignment : uint8_t { None, Plain, Compound } field_assignment_ = FieldAssignment::None;
  Span assignment_span_;                              // ... of this assignment
  // Field paths (`a.b`), interned for State::moved_paths.
  std::vector<std::string> path_names_;
  std::unordered_map<std::string, uint32_t> path_ids_;
  std::map<std::pair<uint32_t, uint32_t>, Span> path_moves_;
  std::unordered_map<uint32_t, uint32_t> last_part_move_;
  std::set<std::pair<uint32_t, uint32_t>> parts_in_variants_;  // (local, path) moved out of an enum variant's payload  // local -> the path last moved out of it (by id)  // (local, path) -> where last moved
  std::map<std::pair<uint32_t, uint32_t>, TypeId> path_types_;  // (local, path) -> the moved place's type
  std::map<std::pair<uint32_t, uint32_t>, NodeId> path_bindings_;  // (local, path) -> the binding that moved it
  std::vector<std::pair<uint32_t, uint32_t>> feeds_;  // (a write, a compound assignment that read it)
  bool compound_read_ = false;                        // reading for `x += e`
  std::unordered_map<uint32_t, size_t> moves_out_reported_;  // place node -> its E0507/E0508 record
  NodeId let_initializer_;  // the value of the `let x = ..` being walked: rustc suggests borrowing it
  std::vector<Frame> frames_;
  std::vector<bool> ever_read_ = std::vector<bool>(facts_.locals.size(), false);
  std::vector<bool> read_whole_ = std::vector<bool>(facts_.locals.size(), false);  // a read, not `p.a = v`
  std::vector<std::pair<uint32_t, std::string>> refilled_;  // `p.a = v` after `p` moved: `p.a` reads are fine
};

}  // namespace

namespace {

// Whether a `let` statement has an initialiser, decided as FlowPass::let() does.
bool let_has_initializer(const SyntaxTree& tree, NodeId stmt) {
  bool pattern = false;
  for (NodeId c : Kids(tree, stmt)) {
    NodeKind k = tree.kind(c);
    if (is_pattern_kind(k) && !pattern) pattern = true;
    else if (is_expr_kind(k)) return true;
  }
  return false;
}

// Every verdict of the pass needs one of: a local that is not Copy (E0382),
// a move out of a non-Copy field (E0382, partly moved), a `let` without an
// initialiser or a partially bound or-pattern binding (E0381), a by-value
// method called through a reference (E0507), or an assignment (E0384, and a second write for unused_assignments to find
// unread: without assignments a local's only write is its `let`, which every
// read of it comes after). A body with none of them cannot report anything,
// and most bodies are like that: a flat scan of its nodes replaces the walk.
bool flow_may_report(const SyntaxTree& tree, NodeId body, const FlowFacts& facts) {
  if (!facts.receiver_moves_out.empty()) return true;
  for (const FlowLocal& local : facts.locals) {
    if (!local.is_copy || local.partially_bound) return true;
  }
  uint32_t first = body.index + 1 - tree.node(body).subtree_size;
  for (uint32_t i = first; i <= body.index; ++i) {
    const Node& n = tree.nodes[i];
    if (n.kind == NodeKind::Op) {
      OpKind op = static_cast<OpKind>(n.detail);
      if (op == OpKind::Assign || (op >= OpKind::AddAssign && op <= OpKind::ShrAssign)) return true;
    } else if (n.kind == NodeKind::LetStmt && !let_has_initializer(tree, NodeId(i))) {
      return true;
    }
    if (facts.has(NodeId(i), FlowFacts::kNonCopyPlace)) return true;
  }
  return false;
}

}  // namespace

FlowResult run_flow_pass(const SyntaxTree& tree, std::string_view text, NodeId body, const FlowFacts& facts,
                         const std::vector<uint32_t>& parameters) {
  if (!flow_may_report(tree, body, facts)) return FlowResult{};
  FlowPass pass(tree, text, facts);
  FlowResult result = pass.run(body, parameters);
  // rustc's borrow checker reports one move error per span: a `while let`
  // binding that moves out of what an earlier iteration moved is one E0382,
  // not one for the binding and one for the scrutinee's part.
  auto moved = [](const Diagnostic& d) {
    return d.kind == DiagKind::UseOfMovedValue || d.kind == DiagKind::UseOfMovedPart ||
           d.kind == DiagKind::UseOfPartlyMovedValue;
  };
  constexpr size_t kDropped = SIZE_MAX;
  std::vector<size_t> new_index(result.errors.size(), kDropped);
  std::vector<Diagnostic> kept;
  for (size_t i = 0; i < result.errors.size(); ++i) {
    Diagnostic& d = result.errors[i];
    bool repeated = moved(d) && std::any_of(kept.begin(), kept.end(), [&](const Diagnostic& k) {
                      return moved(k) && k.primary.span == d.primary.span;
                    });
    if (repeated) continue;
    new_index[i] = kept.size();
    kept.push_back(std::move(d));
  }
  if (kept.size() == result.errors.size()) {
    result.errors = std::move(kept);
    return result;
  }
  result.errors = std::move(kept);
  // The side tables name errors by index: follow the renumbering.
  auto renumber = [&](auto& list) {
    std::erase_if(list, [&](const auto& entry) { return new_index[entry.error] == kDropped; });
    for (auto& entry : list) entry.error = new_index[entry.error];
  };
  renumber(result.field_type_notes);
  renumber(result.moves_out_of_places);
  std::map<size_t, std::pair<uint32_t, Span>> moved_locals;
  for (auto& [index, local] : result.moved_locals) {
    if (new_index[index] != kDropped) moved_locals.emplace(new_index[index], local);
  }
  result.moved_locals = std::move(moved_locals);
  std::vector<size_t> expansion_errors;
  for (size_t index : result.expansion_errors) {
    if (new_index[index] != kDropped) expansion_errors.push_back(new_index[index]);
  }
  result.expansion_errors = std::move(expansion_errors);
  return result;
}

}  // namespace sluice
