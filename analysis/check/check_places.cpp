// `for` loops over L1's iterables, and the mutability of places: assigning to
// or mutably borrowing an immutable local (E0384, E0594, E0596). These are
// rustc's borrow-checker errors, so they are kept apart (see check.h).
#include "analysis/check/body_checker.h"

namespace sluice {

TypeId BodyChecker::check_for(NodeId node) {
  NodeId pattern, iterable, body;
  for (NodeId c : tree_->children(node)) {
    NodeKind k = tree_->kind(c);
    if (is_pattern_kind(k) && pattern.is_none()) pattern = c;
    else if (k == NodeKind::BlockExpr && iterable.has_value()) body = c;
    else if (is_expr_kind(k) && iterable.is_none()) iterable = c;
  }
  lint_parens(iterable, "`for` iterator expression");
  TypeId t = shallow(check_expr(iterable, TypeId::none()));
  TypeId item = types_.error();
  const TypeData& d = types_.data(t);
  switch (d.kind) {
    case TypeKind::Range:
      if (static_cast<RangeShape>(d.detail) == RangeShape::HalfOpen ||
          static_cast<RangeShape>(d.detail) == RangeShape::Inclusive ||
          static_cast<RangeShape>(d.detail) == RangeShape::From) {
        item = types_.element(t);
      }
      break;
    case TypeKind::Array: item = types_.element(t); break;
    case TypeKind::Iter: item = types_.element(t); break;
    case TypeKind::Ref: {
      TypeId inner = shallow(types_.element(t));
      TypeKind ik = types_.kind(inner);
      if (ik == TypeKind::Array || ik == TypeKind::Slice) item = types_.reference(types_.element(inner), types_.is_mutable_ref(t));
      break;
    }
    default: break;
  }
  LoopFrame frame;
  NodeId label = tree_->child(node, NodeKind::Label);
  if (label.has_value()) {
    NodeId lifetime = tree_->child(label, NodeKind::Lifetime);
    if (lifetime.has_value()) frame.label = tree_->text(lifetime, text_);
  }
  frame.break_type = types_.unit();
  push_scope();
  if (pattern.has_value()) check_pattern(pattern, item, true);
  if (pattern.has_value() && !in_macro_arguments_ && !is_trivially_irrefutable(pattern)) let_sites_.push_back({pattern, item, true, item_scope()});
  loops_.push_back(frame);
  if (body.has_value()) check_block(body, types_.unit());
  loops_.pop_back();
  pop_scope();
  return types_.unit();
}

// `let (ref mut a, _) = pair;` borrows `pair` mutably: it must be `mut`.
void BodyChecker::note_ref_mut_bindings(NodeId pattern, NodeId scrutinee) {
  if (pattern.is_none() || scrutinee.is_none()) return;
  uint32_t end = pattern.index;
  uint32_t begin = end + 1 - tree_->node(pattern).subtree_size;
  for (uint32_t i = begin; i <= end; ++i) {
    if (tree_->nodes[i].kind != NodeKind::IdentPat) continue;
    bool by_ref = false, is_mut = false;
    for (NodeId c : tree_->children(NodeId(i))) {
      if (tree_->kind(c) != NodeKind::Modifier) continue;
      by_ref |= tree_->node(c).detail == uint8_t(ModifierKind::Ref);
      is_mut |= tree_->node(c).detail == uint8_t(ModifierKind::Mut);
    }
    if (by_ref && is_mut) {
      check_mutable_place(scrutinee, scrutinee, true);
      return;
    }
  }
}

// `place` is assigned to (`borrow` false) or borrowed mutably: its root local
// must be `mut`, unless the place goes through a `&mut` reference.
void BodyChecker::check_mutable_place(NodeId place, NodeId whole, bool borrow) {
  (void)whole;
  NodeId current = place;
  bool projected = false;
  for (int depth = 0; depth < 64; ++depth) {
    NodeKind k = tree_->kind(current);
    if (k == NodeKind::ParenExpr) {
      NodeId inner;
      for (NodeId c : tree_->children(current)) {
        if (is_expr_kind(tree_->kind(c))) inner = c;
      }
      current = inner;
      continue;
    }
    if (k == NodeKind::FieldExpr || k == NodeKind::IndexExpr) {
      NodeId base;
      for (NodeId c : tree_->children(current)) {
        if (is_expr_kind(tree_->kind(c))) {
          base = c;
          break;
        }
      }
      // Through a reference: mutability comes from the reference's type.
      TypeId base_type = TypeId::none();
      (void)base_type;
      projected = true;
      current = base;
      continue;
    }
    if (k == NodeKind::PrefixExpr) return;  // `*r = ..`: decided by r's type (checked by the operator)
    break;
  }
  if (current.is_none() || tree_->kind(current) != NodeKind::PathExpr) return;
  NodeId path = tree_->child(current, NodeKind::Path);
  std::vector<PathSegment> segments = path.has_value() ? segments_of(path) : std::vector<PathSegment>{};
  if (segments.size() != 1) return;
  std::optional<uint32_t> index = find_local(segments[0].name);
  if (!index) return;
  Local& local = locals_[*index];
  TypeId local_type = shallow(local.type);
  // Mutation through a reference needs no `mut` on the binding itself.
  bool through_reference = projected && types_.kind(local_type) == TypeKind::Ref;
  if (!through_reference && (local.assigned_at_declaration || borrow || projected)) local.mutated = true;
  if (local.is_mut || is_error(local.type)) return;
  TypeId type = shallow(local.type);
  if (projected && types_.kind(type) == TypeKind::Ref) {
    if (types_.is_mutable_ref(type)) return;
    std::string text(tree_->text(place, text_));
    borrow_error(make_diagnostic(borrow ? DiagKind::BorrowBehindSharedRef : DiagKind::AssignBehindSharedRef,
                                 tree_->span(borrow ? place : place), {text}));
    return;
  }
  std::string name(segments[0].name);
  if (!projected && !borrow) return;  // assigning a local: the flow pass decides (E0384)
  std::string text(tree_->text(place, text_));
  if (borrow) {
    // A second mutable borrow of the same binding: rustc reports one error at
    // the binding ("not mutable"), with a label at each borrow.
    for (Diagnostic& earlier : borrow_diagnostics_) {
      if (earlier.kind != DiagKind::BorrowImmutableAsMutable || earlier.message.find("`" + text + "`") == std::string::npos) continue;
      if (!local.span.file.has_value()) return;
      if (earlier.primary.span.begin != local.span.begin) {
        earlier.secondary.insert(earlier.secondary.begin(), Label{earlier.primary.span, "cannot borrow as mutable"});
        earlier.primary = Label{local.span, "not mutable"};
      }
      earlier.with_secondary(tree_->span(place), "cannot borrow as mutable");
      return;
    }
    Diagnostic d = make_diagnostic(DiagKind::BorrowImmutableAsMutable, tree_->span(place), {text});
    d.with_label("cannot borrow as mutable");
    if (local.span.file.has_value()) {
      d.with_fix(Span{local.span.file, local.span.begin, local.span.begin}, "mut ",
                 "consider changing this to be mutable", Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
    }
    borrow_error(std::move(d));
    return;
  }
  Diagnostic d = make_diagnostic(DiagKind::AssignToImmutableField, tree_->span(whole), {text, name});
  d.with_label("cannot assign");
  borrow_error(std::move(d));
}

}  // namespace sluice
