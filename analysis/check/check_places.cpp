// `for` loops over L1's iterables, and the mutability of places: assigning to
// or mutably borrowing an immutable local (E0384, E0594, E0596). These are
// rustc's borrow-checker errors, so they are kept apart (see check.h).
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "analysis/check/body_checker.h"

namespace sluice {

// std's ranges iterate only over types with `Step`: the integers and `char`.
bool BodyChecker::steps(TypeId element) {
  TypeKind k = types_.kind(shallow(element));
  return k == TypeKind::Int || k == TypeKind::IntVar || k == TypeKind::Char || k == TypeKind::InferVar ||
         k == TypeKind::Error || k == TypeKind::Never;
}

// `for x in 0.0..1.0`: rustc's E0277, the range is no iterator.
void BodyChecker::report_range_not_iterator(NodeId iterable, TypeId range) {
  RangeShape shape = static_cast<RangeShape>(types_.data(range).detail);
  std::string name = shape == RangeShape::Inclusive ? "RangeInclusive" : shape == RangeShape::From ? "RangeFrom" : "Range";
  std::string element = show(types_.element(range));
  std::string full = "std::ops::" + name + "<" + element + ">";
  Diagnostic& d = type_error(make_diagnostic(DiagKind::NotAnIterator, tree_->span(iterable), {full}));
  d.with_label("`" + name + "<" + element + ">` is not an iterator");
  d.with_help("the nightly-only, unstable trait `Step` is not implemented for `" + element + "`");
  d.with_note("`" + name + "` only implements `Iterator` for select types in the standard library, particularly "
              "integers; to see the full list of types, see the documentation for the unstable `Step` trait");
  if (types_.kind(shallow(types_.element(range))) == TypeKind::FloatVar) {
    d.with_help("the following other types implement trait `Step`:\n  i128\n  i16\n  i32\n  i64\n  i8\n  isize\n"
                "  u128\n  u16\nand 4 others");
  }
  d.with_note("required for `" + full + "` to implement `Iterator`");
  d.with_note("required for `" + full + "` to implement `IntoIterator`");
}

// `for x in 5`, `for c in "abc"`, `for v in values` with `values: [i32]`:
// rustc's E0277s, the type is no iterator (an unsized one, twice).
void BodyChecker::report_not_iterable(NodeId iterable, TypeId type) {
  TypeId t = shallow(type);
  TypeKind k = types_.kind(t);
  if (is_error(t) || k == TypeKind::InferVar || k == TypeKind::Never || k == TypeKind::Range) return;
  if (has_trait_impls(t)) return;  // `impl Iterator for T`, maybe
  TypeKind referent = k == TypeKind::Ref ? types_.kind(shallow(types_.element(t))) : TypeKind::Error;
  // (sluice's iterator and range types are not shown as rustc would name them.)
  if (k == TypeKind::Iter) return;
  if (k == TypeKind::Ref && (referent == TypeKind::InferVar || referent == TypeKind::Iter || referent == TypeKind::Range ||
                             is_error(types_.element(t)))) {
    return;
  }
  std::string shown = show(t);
  Span at = tree_->span(iterable);
  std::string required = "required for `" + shown + "` to implement `IntoIterator`";
  if (k == TypeKind::Slice) {
    for (std::string_view trait : {"IntoIterator", "Sized"}) {
      Diagnostic& d = type_error(make_diagnostic(DiagKind::NotAnIterator, at, {shown}));
      d.with_label("the trait `" + std::string(trait) + "` is not implemented for `" + shown + "`");
      d.with_note(trait == "Sized" ? "the trait bound `Sized` is not satisfied"
                                   : "the trait bound `" + shown + ": IntoIterator` is not satisfied");
      d.with_note(required);
      d.with_fix(Span{at.file, at.begin, at.begin}, "&", "consider borrowing here", Applicability::MaybeIncorrect,
                 SuggestionStyle::ShowAlways);
    }
    return;
  }
  bool str_ref = k == TypeKind::Ref && referent == TypeKind::Str;
  for (std::string_view trait : {"Iterator", "Sized"}) {
    if (trait == "Sized" && k != TypeKind::Str) break;
    Diagnostic& d = type_error(make_diagnostic(DiagKind::NotAnIterator, at, {shown}));
    d.with_label("`" + shown + "` is not an iterator" + (str_ref ? "; try calling `.chars()` or `.bytes()`" : ""));
    std::string help = "the trait `" + std::string(trait) + "` is not implemented for `" + shown + "`";
    std::optional<Span> definition = k == TypeKind::Adt ? local_definition_span(types_.data(t).item) : std::nullopt;
    if (definition) {
      d.with_help_at(*definition, help);
    } else {
      d.with_help(help);
    }
    if (k == TypeKind::Int || k == TypeKind::IntVar) {
      d.with_note("if you want to iterate between `start` until a value `end`, use the exclusive range syntax "
                  "`start..end` or the inclusive range syntax `start..=end`");
    }
    d.with_note(required);
    suggest_removing_extra_borrow(d, iterable, t);
  }
}

// `for x in &slice` with `slice: &[T]`: without the `&` it iterates.
void BodyChecker::suggest_removing_extra_borrow(Diagnostic& d, NodeId iterable, TypeId t) {
  NodeId value = paren_inner_expr(iterable);
  Kids inner(*tree_, value, kIsExpr);
  if (tree_->kind(value) != NodeKind::RefExpr || inner.empty() || types_.kind(t) != TypeKind::Ref) return;
  TypeId once = shallow(types_.element(t));
  if (types_.kind(once) != TypeKind::Ref) return;
  TypeKind held = types_.kind(shallow(types_.element(once)));
  if (held != TypeKind::Array && held != TypeKind::Slice) return;
  Span at = tree_->span(value);
  d.with_fix(Span{at.file, at.begin, tree_->span(inner[0]).begin}, "", "consider removing the leading `&`-reference",
             Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
}

TypeId BodyChecker::check_for(NodeId node) {
  NodeId pattern, iterable, body;
  for (NodeId c : Kids(*tree_, node)) {
    NodeKind k = tree_->kind(c);
    if (is_pattern_kind(k) && pattern.is_none()) pattern = c;
    else if (k == NodeKind::BlockExpr && iterable.has_value()) body = c;
    else if (is_expr_kind(k) && iterable.is_none()) iterable = c;
  }
  lint_parens(iterable, "`for` iterator expression");
  TypeId t = shallow(check_expr(iterable, TypeId::none()));
  if (types_.has_vars(t) && !in_macro_arguments_) unknown_iterables_.push_back({tree_->span(iterable), t});
  TypeId item = types_.error();
  const TypeData& d = types_.data(t);
  switch (d.kind) {
    case TypeKind::Range:
      if (static_cast<RangeShape>(d.detail) == RangeShape::HalfOpen ||
          static_cast<RangeShape>(d.detail) == RangeShape::Inclusive ||
          static_cast<RangeShape>(d.detail) == RangeShape::From) {
        item = types_.element(t);
        if (!steps(item)) {
          report_range_not_iterator(iterable, t);
          item = types_.error();
        }
      }
      break;
    case TypeKind::Array: item = types_.element(t); break;
    case TypeKind::Iter: item = types_.element(t); break;
    case TypeKind::Ref: {
      TypeId inner = shallow(types_.element(t));
      TypeKind ik = types_.kind(inner);
      if (ik == TypeKind::Array || ik == TypeKind::Slice) item = types_.reference(types_.element(inner), types_.is_mutable_ref(t));
      if (ik == TypeKind::Iter && types_.is_mutable_ref(t)) item = types_.element(inner);  // `for x in &mut it`
      break;
    }
    case TypeKind::Error: item = part_of_error(t); break;
    default: break;
  }
  // (An iterator or array of the error type is an indeterminate element, not this error.)
  bool iterates = d.kind == TypeKind::Range || d.kind == TypeKind::Array || d.kind == TypeKind::Iter;
  if (is_error(item) && !iterates && !in_macro_arguments_) report_not_iterable(iterable, t);
  LoopFrame frame;
  set_label_of(frame, node);
  frame.break_type = types_.unit();
  frame.keyword = "for";
  if (pattern.has_value() && iterable.has_value()) {
    frame.head = Span{tree_->span(node).file, tree_->span(node).begin, tree_->span(iterable).end};  // with a label
  }
  push_scope();
  size_t first_binding = locals_.size();
  if (pattern.has_value()) check_pattern(pattern, item, true);
  for (size_t i = first_binding; i < locals_.size(); ++i) {
    locals_[i].bound_by_for = true;
    flow_.locals[locals_[i].uid].bound_by_for = true;
  }
  if (pattern.has_value() && !in_macro_arguments_ && !is_trivially_irrefutable(pattern)) let_sites_.push_back({pattern, item, true, item_scope(), ConditionalLet::None, Span{}, Span{}});
  loops_.push_back(frame);
  if (body.has_value()) check_block(body, types_.unit());
  pop_loop();
  pop_scope();
  diverges_ = Divergence{};  // the iterator may be empty: what follows is reachable
  return types_.unit();
}

// `let (ref mut a, _) = pair;` borrows `pair` mutably: it must be `mut`.
void BodyChecker::note_ref_mut_bindings(NodeId pattern, NodeId scrutinee, TypeId scrutinee_type) {
  if (pattern.is_none() || scrutinee.is_none()) return;
  // Through a reference, `ref mut` reborrows what it points to: the binding
  // holding the reference needs no `mut` (a `&mut` is enough).
  if (scrutinee_type.has_value() && types_.kind(shallow(scrutinee_type)) == TypeKind::Ref) return;
  uint32_t end = pattern.index;
  uint32_t begin = end + 1 - tree_->node(pattern).subtree_size;
  for (uint32_t i = begin; i <= end; ++i) {
    if (tree_->nodes[i].kind != NodeKind::IdentPat) continue;
    if (binding_modifiers(*tree_, NodeId(i)) == BindingModifiers{true, true}) {
      ref_mut_binding_ = RefMutBinding{binding_part(pattern, NodeId(i)), tree_->span(NodeId(i))};
      check_mutable_place(scrutinee, scrutinee, true);
      ref_mut_binding_.reset();
    }
  }
}

// The part of the matched place a binding inside `pattern` stands for:
// "1" for `high` in `(low, high)`, "price" in `Quote { price, .. }`, "" for
// the whole, "0" for `n` in `Warn(n)`; none when the way down is not one of
// those (a slice).
std::string BodyChecker::binding_part(NodeId pattern, NodeId binding) {
  std::string part;
  NodeId node = pattern;
  for (int depth = 0; depth < 32 && node != binding; ++depth) {
    NodeKind kind = tree_->kind(node);
    NodeId next;
    std::string step;
    auto contains = [&](NodeId n) { return n.index >= binding.index && n.index + 1 - tree_->node(n).subtree_size <= binding.index; };
    if (kind == NodeKind::ParenPat) {
      for (NodeId c : Kids(*tree_, node)) {
        if (is_pattern_kind(tree_->kind(c)) && contains(c)) next = c;
      }
    } else if (kind == NodeKind::TuplePat || kind == NodeKind::TupleStructPat) {
      // By position; a tuple struct's or variant's field too (rustc names `x.1` also for a variant).
      uint32_t index = 0;
      for (NodeId c : Kids(*tree_, node)) {
        if (!is_pattern_kind(tree_->kind(c))) continue;
        if (tree_->kind(c) == NodeKind::RestPat) return std::string();
        if (contains(c)) {
          next = c;
          step = std::to_string(index);
        }
        ++index;
      }
    } else if (kind == NodeKind::RecordPat) {
      NodeId fields = first_child(*tree_, node, NodeKind::RecordPatFieldList);
      for (NodeId f : fields.has_value() ? Kids(*tree_, fields) : Kids(*tree_, node)) {
        if (tree_->kind(f) != NodeKind::RecordPatField || !contains(f)) continue;
        NodeId name = first_child(*tree_, f, NodeKind::NameRef);
        for (NodeId c : Kids(*tree_, f)) {
          if (is_pattern_kind(tree_->kind(c))) next = c;
        }
        if (next.is_none()) return std::string();
        step = name.has_value() ? std::string(tree_->text(name, text_)) : std::string(tree_->text(first_child(*tree_, next, NodeKind::Name), text_));
      }
    }
    if (next.is_none()) return std::string();
    if (!step.empty()) part += (part.empty() ? "" : ".") + step;
    node = next;
  }
  return part;
}

// `place` is assigned to (`borrow` false) or borrowed mutably: its root local
// must be `mut`, unless the place goes through a `&mut` reference.
// `*r = ..`, `(*r).f = ..`, `&mut *r`: an error when a `&` reference is on
// the way from the binding `r` to the place.
void BodyChecker::check_place_behind_deref(NodeId place, NodeId deref, NodeId whole, bool borrow) {
  NodeId operand = deref;
  int derefs = 0;
  for (; derefs < 64 && operand.has_value() && tree_->kind(operand) == NodeKind::PrefixExpr; ++derefs) {
    NodeId op = first_child(*tree_, operand, NodeKind::Op);
    if (op.is_none() || static_cast<OpKind>(tree_->node(op).detail) != OpKind::Deref) return;
    NodeId inner;
    for (NodeId c : Kids(*tree_, operand)) {
      if (is_expr_kind(tree_->kind(c))) inner = c;
    }
    operand = inner;
    while (operand.has_value() && tree_->kind(operand) == NodeKind::ParenExpr) {
      NodeId paren = operand;
      operand = NodeId::none();
      for (NodeId c : Kids(*tree_, paren)) {
        if (is_expr_kind(tree_->kind(c))) operand = c;
      }
    }
  }
  if (operand.is_none() || tree_->kind(operand) != NodeKind::PathExpr) return;
  NodeId path = first_child(*tree_, operand, NodeKind::Path);
  SegmentList segments = path.has_value() ? segments_of(path) : SegmentList{};
  if (segments.size() != 1) return;
  std::optional<uint32_t> index = find_local(segments[0].name);
  if (!index) return;
  Local& local = locals_[*index];
  TypeId type = shallow(local.type);
  bool shared = false;
  for (int i = 0; i < derefs && types_.kind(type) == TypeKind::Ref; ++i) {
    shared |= !types_.is_mutable_ref(type);
    type = shallow(types_.element(type));
  }
  if (!shared) return;
  // rustc names `(*p).x` as `p.x`.
  std::string text(tree_->text(place, text_));
  std::string name(segments[0].name);
  if (place != deref) {
    std::string wrapped = "(*" + name + ")";
    if (text.starts_with(wrapped)) text = name + text.substr(wrapped.size());
  }
  // A borrow is reported at the whole `&mut *r`; an assignment at the whole `*r = ..`.
  bool at_whole = !borrow || tree_->kind(whole) == NodeKind::RefExpr;
  report_behind_shared_ref(std::move(text), local, tree_->span(at_whole ? whole : place), borrow);
}

// E0594/E0596 for a place reached through the `&` reference in `local`,
// with rustc's label and its suggestion to make that reference `&mut`.
void BodyChecker::report_behind_shared_ref(std::string place_text, const Local& local, Span at, bool borrow) {
  if (borrow && ref_mut_binding_) {
    // A `ref mut` binding borrows its part of the place, where it is (`e.0` of `*e`).
    at = ref_mut_binding_->at;
    if (!ref_mut_binding_->part.empty()) {
      if (place_text.starts_with("*")) place_text.erase(0, 1);
      place_text += "." + ref_mut_binding_->part;
    }
  }
  Diagnostic d = make_diagnostic(borrow ? DiagKind::BorrowBehindSharedRef : DiagKind::AssignBehindSharedRef, at,
                                 {place_text});
  std::string name(local.name);
  d.with_label("`" + name + "` is a `&` reference, so it cannot be " + (borrow ? "borrowed as mutable" : "written to"));
  Span origin = local.expectation;
  bool self_param = local.name == "self";
  if (self_param) origin = self_param_span();  // `&self`
  if (origin.file.has_value() && (self_param || origin.file == local.span.file) && origin.begin < text_.size() &&
      text_[origin.begin] == '&') {
    d.with_fix(Span{origin.file, origin.begin + 1, origin.begin + 1}, "mut ", "consider changing this to be a mutable reference",
               Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
  }
  borrow_error(std::move(d));
}

// `*pick(&a)`, `s.view()[0]`, `s.get().x`: a place inside what a call
// returned behind a `&` reference (a temporary, not a binding).
void BodyChecker::note_place_in_shared_temporary(NodeId place, NodeId base, TypeId base_type) {
  if (in_macro_arguments_ || base.is_none()) return;
  NodeKind k = tree_->kind(paren_inner_expr(base));
  if (k != NodeKind::CallExpr && k != NodeKind::MethodCallExpr) return;
  TypeId t = shallow(base_type);
  if (types_.kind(t) == TypeKind::Ref && !types_.is_mutable_ref(t)) places_in_shared_temporaries_.insert(place.index);
}

// A place in a `static` (L1's statics are all immutable: `static mut` is
// outside it): E0594/E0596 as rustc words them.
void BodyChecker::check_static_place(NodeId place, NodeId whole, NodeId path, bool projected, bool borrow) {
  PathResolution r = resolve_path(path, Namespace::Value, false, false);
  if (r.kind != PathResolution::Kind::Item || r.consumed != segments_of(path).size()) return;
  const Item& item = resolver_.item(r.item);
  if (item.kind != ItemKind::Static) return;
  std::string name(item.name);
  // A method's receiver is borrowed by the call's auto-ref: rustc points at the receiver.
  Span at = tree_->span(tree_->kind(whole) == NodeKind::MethodCallExpr ? place : whole);
  Diagnostic d;
  if (projected) {
    d = make_diagnostic(borrow ? DiagKind::BorrowPartOfImmutableStatic : DiagKind::AssignPartOfImmutableStatic, at,
                        {describe_place(place, 0), name});
  } else {
    d = make_diagnostic(borrow ? DiagKind::BorrowImmutableStatic : DiagKind::AssignImmutableStatic, at, {name});
  }
  d.with_label(borrow ? "cannot borrow as mutable" : "cannot assign");
  // rustc points at the static's head (`static RATE: i64`) when it is at hand.
  if (!in_macro_arguments_ && r.item.crate == crate_.crate && item.file == file_ && item.node.has_value()) {
    Span head = tree_->span(item.node);
    for (NodeId c : Kids(*tree_, item.node)) {
      if (is_type_kind(tree_->kind(c))) head.end = tree_->span(c).end;
    }
    d.with_secondary(head, borrow ? "this `static` cannot be borrowed as mutable" : "this `static` cannot be written to");
  }
  borrow_error(std::move(d));
}

// The owner's `self` parameter as written (`&self`), or none.
Span BodyChecker::self_param_span() const {
  NodeId self_param = self_param_of(file_tree(), owner_item_.node);
  return self_param.has_value() ? file_tree().span(self_param) : Span{};
}

// A place as rustc's borrow checker names it: `p.a`, `v[_]`, `(*r).x` as `r.x`.
std::string BodyChecker::describe_place(NodeId place, int depth) const {
  if (place.is_none() || depth > 64) return std::string();
  NodeKind k = tree_->kind(place);
  NodeId base = first_expr_child(place);
  if (k == NodeKind::ParenExpr) return describe_place(base, depth + 1);
  if (k == NodeKind::IndexExpr) return describe_place(base, depth + 1) + "[_]";
  if (k == NodeKind::FieldExpr) {
    NodeId name = first_child(*tree_, place, NodeKind::NameRef);
    return describe_place(base, depth + 1) + "." + std::string(name.has_value() ? tree_->text(name, text_) : "");
  }
  return std::string(tree_->text(place, text_));
}

void BodyChecker::check_mutable_place(NodeId place, NodeId whole, bool borrow) {
  // `&mut v[1..3]` borrows `v` itself, for `IndexMut` with a range.
  if (NodeId inner = paren_inner_expr(place); borrow && inner.has_value() && tree_->kind(inner) == NodeKind::IndexExpr) {
    std::vector<NodeId> parts;
    for (NodeId c : Kids(*tree_, inner)) {
      if (is_expr_kind(tree_->kind(c))) parts.push_back(c);
    }
    if (parts.size() == 2 && tree_->kind(paren_inner_expr(parts[1])) == NodeKind::RangeExpr) {
      // Through a reference in a binding, the place borrowed is `*r`.
      NodeId base = paren_inner_expr(parts[0]);
      Local* local = base.has_value() && tree_->kind(base) == NodeKind::PathExpr ? local_of_place(base) : nullptr;
      TypeId type = local != nullptr ? shallow(local->type) : TypeId::none();
      if (local != nullptr && !is_error(type) && types_.kind(type) == TypeKind::Ref) {
        if (!types_.is_mutable_ref(type)) {
          report_behind_shared_ref("*" + std::string(local->name), *local, tree_->span(parts[0]), true);
        }
        return;
      }
      check_mutable_place(parts[0], parts[0], true);
      return;
    }
  }
  NodeId current = place;
  bool projected = false;
  for (int depth = 0; depth < 64; ++depth) {
    if (current.has_value() && !in_macro_arguments_ && places_in_shared_temporaries_.contains(current.index)) {
      Diagnostic d = make_diagnostic(borrow ? DiagKind::BorrowDataInSharedRef : DiagKind::AssignDataInSharedRef,
                                     tree_->span(whole), {});
      d.with_label(borrow ? "cannot borrow as mutable" : "cannot assign");
      borrow_error(std::move(d));
      return;
    }
    NodeKind k = tree_->kind(current);
    if (k == NodeKind::ParenExpr) {
      NodeId inner;
      for (NodeId c : Kids(*tree_, current)) {
        if (is_expr_kind(tree_->kind(c))) inner = c;
      }
      current = inner;
      continue;
    }
    if (k == NodeKind::FieldExpr || k == NodeKind::IndexExpr) {
      // `p.r[0] = 1` with `p.r: &mut [u8]`: the write goes through that
      // reference; the binding `p` itself is only read.
      if (projected_through_mut_ref(current)) return;
      NodeId base = first_expr_child(current);
      projected = true;
      current = base;
      continue;
    }
    if (k == NodeKind::PrefixExpr) {
      check_place_behind_deref(place, current, whole, borrow);
      return;
    }
    break;
  }
  if (current.is_none() || tree_->kind(current) != NodeKind::PathExpr) return;
  NodeId path = first_child(*tree_, current, NodeKind::Path);
  SegmentList segments = path.has_value() ? segments_of(path) : SegmentList{};
  std::optional<uint32_t> index = segments.size() == 1 ? find_local(segments[0].name) : std::nullopt;
  if (!index) {
    if (path.has_value()) check_static_place(place, whole, path, projected, borrow);
    return;
  }
  Local& local = locals_[*index];
  TypeId local_type = shallow(local.type);
  // Mutation through a reference needs no `mut` on the binding itself.
  bool through_reference = projected && types_.kind(local_type) == TypeKind::Ref;
  if (!through_reference && (local.assigned_at_declaration || borrow || projected)) local.mutated = true;
  if (local.is_mut || is_error(local.type)) return;
  TypeId type = shallow(local.type);
  if (projected && types_.kind(type) == TypeKind::Ref) {
    if (types_.is_mutable_ref(type)) return;
    NodeId at = !borrow || tree_->kind(whole) == NodeKind::RefExpr ? whole : place;
    report_behind_shared_ref(describe_place(place, 0), local, tree_->span(at), borrow);
    return;
  }
  std::string name(segments[0].name);
  if (!projected && !borrow) return;  // assigning a local: the flow pass decides (E0384)
  // A field of a binding declared without a value: rustc's E0381 ("partially
  // assigned binding") is the one error (the flow pass reports it).
  if (projected && !borrow && !local.assigned_at_declaration) return;
  std::string text = describe_place(place, 0);
  if (borrow) {
    // `&mut x` is pointed at whole; an automatic borrow (a method's
    // receiver, `IndexMut`) at the place; a `ref mut` binding at the binding,
    // which borrows its part of the place (`pair.1`).
    Span at = tree_->kind(whole) == NodeKind::RefExpr ? tree_->span(whole) : tree_->span(place);
    if (ref_mut_binding_) {
      at = ref_mut_binding_->at;
      if (!ref_mut_binding_->part.empty()) {
        text += "." + ref_mut_binding_->part;
        projected = true;
      }
    }
    // A second mutable borrow of the same binding: rustc reports one error at
    // the binding ("not mutable"), with a label at each borrow.
    if (auto earlier = mut_borrow_errors_.find(local.uid); earlier != mut_borrow_errors_.end()) {
      Diagnostic& d = borrow_diagnostics_[earlier->second];
      if (!local.span.file.has_value()) return;
      if (d.primary.span.begin != local.span.begin) {
        d.secondary.insert(d.secondary.begin(), Label{d.primary.span, "cannot borrow as mutable"});
        d.primary = Label{local.span, "not mutable"};
      }
      // rustc labels nine borrows, passes over the tenth, and counts the rest in a note.
      size_t borrows = 1 + std::count_if(d.secondary.begin(), d.secondary.end(), [](const Label& l) {
                         return l.text == "cannot borrow as mutable";
                       });
      uint32_t& unlabelled = unlabelled_mut_borrows_[local.uid];
      if (borrows < 10) {
        d.with_secondary(at, "cannot borrow as mutable");
        return;
      }
      if (++unlabelled < 2) return;
      std::string note = "...and " + std::to_string(unlabelled - 1) + " other attempted mutable borrows";
      auto counted = std::find_if(d.children.begin(), d.children.end(),
                                  [](const SubDiagnostic& c) { return c.message.starts_with("...and "); });
      if (counted != d.children.end()) {
        counted->message = note;
      } else {
        d.children.insert(d.children.begin(), SubDiagnostic{Level::Note, note, {}, std::nullopt});
      }
      return;
    }
    Diagnostic d = projected ? make_diagnostic(DiagKind::BorrowImmutablePartAsMutable, at, {text, name})
                             : make_diagnostic(DiagKind::BorrowImmutableAsMutable, at, {text});
    d.with_label("cannot borrow as mutable");
    if (local.span.file.has_value()) {
      d.with_fix(Span{local.span.file, local.span.begin, local.span.begin}, "mut ",
                 "consider changing this to be mutable", Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
    }
    mut_borrow_errors_[local.uid] = borrow_diagnostics_.size();
    borrow_diagnostics_.push_back(std::move(d));
    return;
  }
  Diagnostic d = make_diagnostic(DiagKind::AssignToImmutableField, tree_->span(whole), {text, name});
  d.with_label("cannot assign");
  if (local.span.file.has_value()) {
    d.with_fix(Span{local.span.file, local.span.begin, local.span.begin}, "mut ", "consider changing this to be mutable",
               Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
  }
  borrow_error(std::move(d));
}

// overflowing_literals: a float literal too large for its type becomes infinity.
void BodyChecker::lint_overflowing_floats() {
  for (const LiteralUse& use : float_literals_) {
    TypeId type = fallback(resolved(use.type));
    if (types_.kind(type) != TypeKind::Float) continue;
    std::string digits;
    std::string_view text = use.tree->text(use.node, text_);
    const Token& token = use.tree->tokens[use.tree->node(use.node).first_token];
    if (token.flags & Token::kHasSuffix) text = text.substr(0, text.size() - token.suffix_length);
    for (char c : text) {
      if (c != '_') digits += c;
    }
    double value = std::strtod(digits.c_str(), nullptr);
    bool is_f32 = FloatKind(types_.data(type).detail) == FloatKind::F32;
    bool overflows = std::isinf(value) || (is_f32 && std::isinf(static_cast<float>(value)));
    if (!overflows) continue;
    std::string name(float_name(FloatKind(types_.data(type).detail)));
    Diagnostic d = make_diagnostic(DiagKind::OverflowingLiteral, use.tree->span(use.node), {name});
    d.with_note("the literal `" + std::string(use.tree->text(use.node, text_)) + "` does not fit into the type `" + name +
                "` and will be converted to `" + name + "::INFINITY`");
    result_.late_lints.push_back(std::move(d));
  }
}

// overflowing_literals: an integer literal whose final type cannot hold it.
// rustc's TypeLimits lints (unused_comparisons, overflowing_literals), found
// once types are final. Its late lint pass walks the body once, so these and
// the body's other late lints (unused_must_use at statements, ...) come out
// interleaved, in source order.
void BodyChecker::lint_type_limits() {
  lint_useless_comparisons();
  lint_overflowing_floats();
  lint_overflowing_integers();
  std::stable_sort(result_.late_lints.begin(), result_.late_lints.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.primary.span.begin < b.primary.span.begin; });
}

namespace {

// rustc's TypeLimits `is_valid`: whether `value op x` can go either way for
// an `x` of a type whose values are 0..=max (offsets from the type's minimum).
bool comparison_can_vary(OpKind op, unsigned __int128 value, unsigned __int128 max) {
  switch (op) {
    case OpKind::Lt:
    case OpKind::Ge: return value > 0 && value <= max;
    case OpKind::Le:
    case OpKind::Gt: return value < max;
    default: return value <= max;  // Eq, Ne
  }
}

}  // namespace

// unused_comparisons: an integer compared with a literal it is always above
// or always below (`u >= 0` for unsigned `u`, `x > 255` for a `u8`), as
// rustc's TypeLimits judges it: only a literal operand counts, its side
// decides the direction, and the other operand's type the limits.
void BodyChecker::lint_useless_comparisons() {
  for (const ComparisonUse& use : comparisons_) {
    NodeId left = paren_inner_expr(use.lhs), right = paren_inner_expr(use.rhs);
    auto int_literal = [&](NodeId e) {
      return e.has_value() && use.tree->kind(e) == NodeKind::LiteralExpr &&
             use.tree->tokens[use.tree->node(e).first_token].kind == TokenKind::IntLiteral;
    };
    bool swap = int_literal(left);
    if (!swap && !int_literal(right)) continue;
    NodeId literal = swap ? left : right;
    TypeId type = fallback(resolved(swap ? use.rhs_type : use.lhs_type));
    if (types_.kind(type) != TypeKind::Int) continue;
    IntKind kind = IntKind(types_.data(type).detail);
    const Token& token = use.tree->tokens[use.tree->node(literal).first_token];
    std::string_view text = use.tree->text(literal, text_);
    uint32_t suffix = (token.flags & Token::kHasSuffix) ? token.suffix_length : 0;
    // rustc reads a signed comparison's literal only when it is unsuffixed or signed-suffixed.
    if (is_signed(kind) && suffix > 0 && text[text.size() - suffix] == 'u') continue;
    std::optional<unsigned __int128> value = integer_literal_value(text, suffix);
    if (!value) continue;
    OpKind op = use.op;
    if (swap) {
      if (op == OpKind::Lt) op = OpKind::Gt;
      else if (op == OpKind::Gt) op = OpKind::Lt;
      else if (op == OpKind::Le) op = OpKind::Ge;
      else if (op == OpKind::Ge) op = OpKind::Le;
    }
    // Compared as offsets from the type's minimum, so one unsigned range holds every type.
    uint32_t bits = int_bits(kind);
    unsigned __int128 max = bits == 128 ? ~(unsigned __int128)0 : ((unsigned __int128)1 << bits) - 1;
    unsigned __int128 bias = is_signed(kind) ? (unsigned __int128)1 << (bits - 1) : 0;
    if (is_signed(kind) && *value > max - bias) continue;  // out of range: overflowing_literals' business
    if (!comparison_can_vary(op, *value + bias, max)) {
      result_.late_lints.push_back(make_diagnostic(DiagKind::UselessComparison, use.tree->span(use.node), {}));
    }
  }
}

void BodyChecker::lint_overflowing_integers() {
  for (const LiteralUse& use : int_literals_) {
    // Most literals are one or two decimal digits: at most 99, which every
    // integer type holds (negated too), so there is nothing to parse.
    Span span = use.tree->span(use.node);
    if (span.length() >= 1 && span.length() <= 2 && std::all_of(text_.begin() + span.begin, text_.begin() + span.end,
                                          [](char c) { return c >= '0' && c <= '9'; })) {
      continue;
    }
    TypeId type = fallback(resolved(use.type));
    if (types_.kind(type) != TypeKind::Int) continue;
    IntKind kind = IntKind(types_.data(type).detail);
    const Token& token = use.tree->tokens[use.tree->node(use.node).first_token];
    std::optional<unsigned __int128> parsed = integer_literal_value(
        use.tree->text(use.node, text_), (token.flags & Token::kHasSuffix) ? token.suffix_length : 0);
    bool too_big = !parsed;
    unsigned __int128 value = parsed.value_or(0);
    uint32_t bits = int_bits(kind);
    unsigned __int128 limit;
    if (is_signed(kind)) {
      unsigned __int128 half = (unsigned __int128)1 << (bits - 1);
      // A negated decimal may reach MIN; a non-decimal literal is its bit pattern (rustc still lints it).
      limit = use.negated ? half : half - 1;
    } else {
      limit = bits == 128 ? ~(unsigned __int128)0 : ((unsigned __int128)1 << bits) - 1;
    }
    if (!too_big && value <= limit) continue;
    if (use.negated && !is_signed(kind)) continue;  // `-1u8` is E0600, reported already
    if (kind == IntKind::U8 && !too_big && use.tree == tree_) {
      auto cast = std::find_if(char_cast_literals_.begin(), char_cast_literals_.end(),
                               [&](const auto& c) { return c.first == use.node.index; });
      if (cast != char_cast_literals_.end()) {  // `0x1F600u8 as char`
        std::string hex;
        for (unsigned __int128 v = value; v != 0 || hex.empty(); v >>= 4) hex.insert(hex.begin(), "0123456789ABCDEF"[v & 15]);
        Diagnostic d = make_diagnostic(DiagKind::OnlyU8CastToChar, cast->second, {});
        d.with_fix(cast->second, "'\\u{" + hex + "}'", "use a `char` literal instead", Applicability::MachineApplicable);
        result_.late_lints.push_back(std::move(d));
        continue;
      }
    }
    result_.late_lints.push_back(overflowing_int_literal(use, kind, value, too_big));
  }
}

namespace {

std::string decimal(unsigned __int128 value) {
  std::string digits;
  do {
    digits.insert(digits.begin(), char('0' + int(value % 10)));
    value /= 10;
  } while (value != 0);
  return digits;
}

// The smallest integer type that holds `value` (rustc's Integer::fit_*).
std::string_view fit_unsigned(unsigned __int128 value) {
  for (IntKind k : {IntKind::U8, IntKind::U16, IntKind::U32, IntKind::U64}) {
    if (value < ((unsigned __int128)1 << int_bits(k))) return int_name(k);
  }
  return "u128";
}
std::string_view fit_signed(unsigned __int128 magnitude, bool negative) {
  for (IntKind k : {IntKind::I8, IntKind::I16, IntKind::I32, IntKind::I64}) {
    unsigned __int128 half = (unsigned __int128)1 << (int_bits(k) - 1);
    if (negative ? magnitude <= half : magnitude < half) return int_name(k);
  }
  return "i128";
}

// rustc's "consider using the type `T` instead" (get_type_suggestion).
std::string_view suggested_type(IntKind kind, unsigned __int128 value, bool negative) {
  if (kind == IntKind::Usize || kind == IntKind::Isize) return {};
  if (!is_signed(kind)) return fit_unsigned(value);
  if (negative) return fit_signed(value, true);
  std::string_view unsigned_fit = fit_unsigned(value);
  bool same_width = (unsigned_fit == "u8" && kind == IntKind::I8) || (unsigned_fit == "u16" && kind == IntKind::I16) ||
                    (unsigned_fit == "u32" && kind == IntKind::I32) || (unsigned_fit == "u64" && kind == IntKind::I64) ||
                    (unsigned_fit == "u128" && kind == IntKind::I128);
  return same_width ? unsigned_fit : fit_signed(value, false);
}

}  // namespace

// overflowing_literals on an integer, with rustc's notes: a decimal's range
// (and a wider signed type), or what a hex/octal/binary pattern becomes.
Diagnostic BodyChecker::overflowing_int_literal(const LiteralUse& use, IntKind kind, unsigned __int128 value,
                                                bool too_big) {
  std::string type(int_name(kind));
  std::string_view text = use.tree->text(use.node, text_);
  Span span = use.tree->span(use.node);
  // (rustc 1.95 gives an octal literal the decimal form.)
  bool radix = text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'b');
  if (use.negated && !radix) {
    // rustc points at the whole `-129`.
    uint32_t start = span.begin;
    while (start > 0 && (text_[start - 1] == ' ' || text_[start - 1] == '(')) --start;
    if (start > 0 && text_[start - 1] == '-') span.begin = start - 1;
  }
  Diagnostic d = make_diagnostic(DiagKind::OverflowingLiteral, span, {type});
  uint32_t bits = int_bits(kind);
  if (radix && !too_big) {
    const Token& token = use.tree->tokens[use.tree->node(use.node).first_token];
    bool suffixed = (token.flags & Token::kHasSuffix) != 0;
    std::string_view digits = text.substr(0, text.size() - (suffixed ? token.suffix_length : 0));
    std::string_view wider = suggested_type(kind, value, false);
    unsigned __int128 mask = bits == 128 ? ~(unsigned __int128)0 : ((unsigned __int128)1 << bits) - 1;
    if (use.negated && is_signed(kind) && bits < 128) {  // `-0x8001` as an i16: what the negation wraps to
      unsigned __int128 wrapped = (((unsigned __int128)1 << bits) - (value & mask)) & mask;
      bool negative = (wrapped >> (bits - 1)) != 0;
      std::string result = negative ? "-" + decimal(((unsigned __int128)1 << bits) - wrapped) : decimal(wrapped);
      d.with_note("the literal `" + std::string(text) + "` (decimal `" + decimal(value) + "`) does not fit into the type `" +
                  type + "`");
      d.with_note("and the value `-" + std::string(text) + "` will become `" + result + type + "`");
      std::string_view wider = suggested_type(kind, value, true);
      if (!wider.empty() && wider != type) d.with_help("consider using the type `" + std::string(wider) + "` instead");
      return d;
    }
    unsigned __int128 truncated = value & mask;
    bool becomes_negative = is_signed(kind) && bits < 128 && (truncated >> (bits - 1)) != 0;
    std::string becomes = becomes_negative ? "-" + decimal(((unsigned __int128)1 << bits) - truncated) : decimal(truncated);
    d.with_note("the literal `" + std::string(text) + "` (decimal `" + decimal(value) + "`) does not fit into the type `" +
                type + "` and will become `" + becomes + type + "`");
    if (wider.empty()) return d;
    std::string advice = "consider using the type `" + std::string(wider) + "` instead";
    // A suffix to change is a suggestion; without one, only the advice.
    if (suffixed) {
      d.with_fix(span, std::string(digits) + std::string(wider), advice, Applicability::MaybeIncorrect);
    }
    else d.with_help(advice);
    std::string_view as_unsigned = fit_unsigned(value);  // the pattern as an unsigned literal
    if (becomes_negative && !as_unsigned.empty()) {
      d.with_fix(span, std::string(digits) + std::string(as_unsigned) + " as " + type,
                 "to use as a negative number (decimal `" + becomes + "`), consider using the type `" +
                     std::string(as_unsigned) + "` for the literal and cast it to `" + type + "`",
                 Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
    }
    return d;
  }
  std::string range = is_signed(kind) ? "-" + decimal((unsigned __int128)1 << (bits - 1)) + "..=" +
                                            decimal(((unsigned __int128)1 << (bits - 1)) - 1)
                                      : "0..=" + decimal(bits == 128 ? ~(unsigned __int128)0 : ((unsigned __int128)1 << bits) - 1);
  d.with_note("the literal `" + std::string(use.negated ? "-" : "") + std::string(text) + "` does not fit into the type `" +
              type + "` whose range is `" + range + "`");
  if (is_signed(kind) && !too_big) {
    std::string_view wider = suggested_type(kind, value, use.negated);
    if (!wider.empty() && wider != type) d.with_help("consider using the type `" + std::string(wider) + "` instead");
  }
  return d;
}

}  // namespace sluice
