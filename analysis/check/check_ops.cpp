// Operators, references, casts, ranges, tuples, arrays and indexing, with
// rustc's built-in operator rules for primitive types (L1 has no operator
// traits: an operator on a struct is E0369).
#include "analysis/check/body_checker.h"

namespace sluice {

namespace {

bool is_arithmetic(OpKind op) { return op >= OpKind::Add && op <= OpKind::Rem; }
bool is_bitwise(OpKind op) { return op == OpKind::BitAnd || op == OpKind::BitOr || op == OpKind::BitXor; }
bool is_shift(OpKind op) { return op == OpKind::Shl || op == OpKind::Shr; }
bool is_comparison(OpKind op) { return op >= OpKind::Eq && op <= OpKind::Ge; }
bool is_compound_assignment(OpKind op) { return op >= OpKind::AddAssign && op <= OpKind::ShrAssign; }

OpKind compound_base(OpKind op) {
  static constexpr OpKind kBase[] = {OpKind::Add, OpKind::Sub, OpKind::Mul, OpKind::Div, OpKind::Rem,
                                     OpKind::BitAnd, OpKind::BitOr, OpKind::BitXor, OpKind::Shl, OpKind::Shr};
  return kBase[static_cast<int>(op) - static_cast<int>(OpKind::AddAssign)];
}

// Whether a primitive has impls of `op` for some right operand: numbers of
// the arithmetic operators, integers of the shifts and bitwise operators,
// bool of the bitwise ones.
bool has_operator_impls(const TypeStore& types, OpKind op, TypeId t) {
  if (is_arithmetic(op)) return types.is_numeric(t);
  if (is_shift(op)) return types.is_integral(t);
  if (is_bitwise(op)) return types.is_integral(t) || types.kind(t) == TypeKind::Bool;
  return false;
}

// The operator trait rustc names in its notes: `Add`, `AddAssign`, ...
std::string operator_trait(OpKind op, bool assign) {
  if (op == OpKind::Eq || op == OpKind::Ne) return "PartialEq";
  if (op == OpKind::Lt || op == OpKind::Le || op == OpKind::Gt || op == OpKind::Ge) return "PartialOrd";
  static constexpr std::string_view kNames[] = {"Add", "Sub", "Mul", "Div", "Rem", "BitAnd", "BitOr", "BitXor", "Shl", "Shr"};
  size_t index = is_arithmetic(op) ? size_t(op) - size_t(OpKind::Add)
                 : op == OpKind::BitAnd ? 5 : op == OpKind::BitOr ? 6 : op == OpKind::BitXor ? 7
                 : op == OpKind::Shl ? 8 : 9;
  return std::string(kNames[index]) + (assign ? "Assign" : "");
}

// rustc's label (and, for bitwise and shift operators, message) for
// `l op r` that no implementation covers: "no implementation for `i32 + bool`".
std::string no_implementation(OpKind op, bool assign, const std::string& l, const std::string& r) {
  return "no implementation for `" + l + " " + std::string(op_spelling(op)) + (assign ? "=" : "") + " " + r + "`";
}

// rustc's E0277/E0369 message for `lhs op rhs` (`op=` with `assign`). `l`
// and `r` are quoted as rustc quotes them (`` `i32` ``, or "an integer");
// `otherwise` is the message of the operators without words of their own.
std::string cannot_apply_message(OpKind op, bool assign, const std::string& l, const std::string& r,
                                 const std::string& otherwise) {
  switch (op) {
    case OpKind::Add: return assign ? "cannot add-assign " + r + " to " + l : "cannot add " + r + " to " + l;
    case OpKind::Sub: return assign ? "cannot subtract-assign " + r + " from " + l : "cannot subtract " + r + " from " + l;
    case OpKind::Mul: return assign ? "cannot multiply-assign " + l + " by " + r : "cannot multiply " + l + " by " + r;
    case OpKind::Div: return assign ? "cannot divide-assign " + l + " by " + r : "cannot divide " + l + " by " + r;
    case OpKind::Rem:
      return assign ? "cannot calculate and assign the remainder of " + l + " divided by " + r
                    : "cannot calculate the remainder of " + l + " divided by " + r;
    default: return otherwise;
  }
}


}  // namespace

bool BodyChecker::builtin_operand(TypeId t, OpKind op) {
  return types_.is_numeric(t) || (is_bitwise(op) && types_.kind(t) == TypeKind::Bool);
}

TypeId BodyChecker::check_binary(NodeId node) {
  Kids parts(*tree_, node, [](NodeKind k) { return k != NodeKind::Op && is_expr_kind(k); });
  NodeId op_node = last_child(*tree_, node, NodeKind::Op);
  if (op_node.is_none() || parts.size() != 2) {
    for (NodeId p : parts) check_expr(p, TypeId::none());
    return types_.error();
  }
  OpKind op = static_cast<OpKind>(tree_->node(op_node).detail);
  NodeId lhs = parts[0], rhs = parts[1];
  if (op == OpKind::Assign || is_compound_assignment(op)) return check_assignment(node, lhs, rhs, op);
  if (op == OpKind::And || op == OpKind::Or) {
    // `a && b` runs `b` only when `a` is true; `a || b` only when it is false.
    note_branch(lhs, op == OpKind::And ? rhs : NodeId::none(), op == OpKind::Or ? rhs : NodeId::none());
    check_expr(lhs, types_.bool_type());
    Divergence lhs_diverges = diverges_;  // the right side may not run
    check_expr(rhs, types_.bool_type());
    diverges_ = lhs_diverges;
    return types_.bool_type();
  }
  TypeId l = check_expr(lhs, TypeId::none());
  if (is_comparison(op)) {
    TypeId ls = shallow(l);
    TypeKind lk = types_.kind(ls);
    bool lhs_var = lk == TypeKind::IntVar || lk == TypeKind::FloatVar;
    // std has one impl of the operator's trait for most types, which gives
    // the right side its expected type; references, arrays and slices have
    // several `PartialEq` impls, so theirs is found from both sides.
    bool several_impls = (op == OpKind::Eq || op == OpKind::Ne) &&
                         (lk == TypeKind::Ref || lk == TypeKind::Array || lk == TypeKind::Slice || lk == TypeKind::Str);
    bool one_impl = !several_impls && !lhs_var && lk != TypeKind::InferVar && !is_error(ls) && !lacks_comparison(ls, op);
    size_t errors_before = result_.type_diagnostics.size();
    NodeId saved = std::exchange(no_conversion_help_for_, rhs);
    TypeId r = check_expr(rhs, one_impl ? l : TypeId::none());
    no_conversion_help_for_ = saved;
    if (is_error(l) || is_error(r)) return types_.bool_type();
    comparisons_.push_back({node, op, lhs, rhs, l, r, tree_});
    if (one_impl) {
      // rustc says where the right side's expected type came from.
      for (size_t i = errors_before; i < result_.type_diagnostics.size(); ++i) {
        Diagnostic& d = result_.type_diagnostics[i];
        if (d.kind == DiagKind::MismatchedTypes && d.primary.span == tree_->span(rhs) && d.children.empty()) {
          d.with_secondary(tree_->span(lhs), "expected because this is `" + show(l) + "`");
        }
      }
      return types_.bool_type();
    }
    if (several_impls) {
      size_t before = result_.type_diagnostics.size();
      check_sequence_or_ref_comparison(op_node, lhs, rhs, ls, r);
      if (result_.type_diagnostics.size() != before) return types_.bool_type();
      report_missing_comparison_impl(op_node, op, lhs, rhs, ls);
      // E0369 leaves the comparison with the error type (rustc): its uses stay silent.
      return result_.type_diagnostics.size() == before ? types_.bool_type() : types_.error();
    }
    TypeId rs = shallow(r);
    if (lhs_var && types_.kind(rs) == TypeKind::Ref) {
      report_number_compared_with_ref(op_node, op, rhs, l, r);
      return types_.bool_type();
    }
    if (!unify(l, r)) {
      if (lhs_var && types_.is_numeric(rs)) {
        type_error(make_diagnostic(DiagKind::CannotCompare, tree_->span(op_node), {show(l), show(r)}));
      }
      report_mismatch(tree_->span(rhs), l, r);
      return types_.bool_type();
    }
    // `&a < &b` compares what the references point to: the same impls decide.
    size_t before = result_.type_diagnostics.size();
    report_missing_comparison_impl(op_node, op, lhs, rhs, shallow(l));
    return result_.type_diagnostics.size() == before ? types_.bool_type() : types_.error();
  }
  TypeId r = check_expr(rhs, TypeId::none());
  // Arithmetic on references to numbers works through their values.
  // So does `&`, `|` and `^` on references to bools (std's `BitAnd for &bool`, ...).
  auto strip_ref = [&](TypeId t) {
    t = shallow(t);
    if (types_.kind(t) != TypeKind::Ref) return t;
    TypeId referent = shallow(types_.element(t));
    return builtin_operand(referent, op) ? referent : t;
  };
  TypeId ls = strip_ref(l), rs = strip_ref(r);
  // `x * {error}`, `4 * {error}`, `1 << {error}`: rustc's builtin operator
  // still gives the left operand's type (a literal's `{integer}` too), so
  // what follows is judged.
  if (!is_error(l) && is_error(r) && (is_arithmetic(op) || is_bitwise(op) || is_shift(op)) && builtin_operand(ls, op)) return ls;
  if (is_error(l) || is_error(r)) return types_.error();
  if (is_diverging_var(ls) && (is_arithmetic(op) || is_bitwise(op) || is_shift(op))) {
    diverging_operands_.push_back({tree_->span(op_node), op, ls, rs});
    return types_.error();
  }
  // `y + panic!()`: the right operand's `!` falls back to the edition's type
  // (`()` before 2024), which no number adds: rustc's obligation error, after
  // the fallback, with the left operand's literal type settled too.
  if ((is_never(rs) || is_diverging_var(rs)) && (is_arithmetic(op) || is_bitwise(op)) && types_.is_numeric(ls)) {
    diverging_operands_.push_back({tree_->span(op_node), op, ls, rs, true});
    return types_.error();
  }
  // An operand whose type is not known yet takes the other's (L1 has no
  // operator traits to choose between).
  if (types_.kind(ls) == TypeKind::InferVar || types_.kind(rs) == TypeKind::InferVar) {
    if (!is_shift(op)) unify(ls, rs);
    return types_.kind(ls) == TypeKind::InferVar ? rs : ls;
  }
  if (is_shift(op)) {
    if (types_.is_integral(ls) && types_.is_integral(rs)) {
      arithmetic_sites_.push_back({node, op, lhs, rhs, ls, rs, in_unreachable_code()});
      return ls;
    }
  } else if (is_bitwise(op) && types_.kind(ls) == TypeKind::Bool && types_.kind(rs) == TypeKind::Bool) {
    return ls;
  } else if ((is_arithmetic(op) && types_.is_numeric(ls) && types_.is_numeric(rs)) ||
             (is_bitwise(op) && types_.is_integral(ls) && types_.is_integral(rs))) {
    bool same_family = types_.is_integral(ls) == types_.is_integral(rs);
    if (unify(ls, rs)) {
      if (types_.is_integral(ls)) arithmetic_sites_.push_back({node, op, lhs, rhs, ls, ls, in_unreachable_code()});
      return ls;
    }
    if (same_family) report_mismatch(tree_->span(rhs), ls, rs);
    std::string left = types_.kind(ls) == TypeKind::IntVar && types_.kind(rs) == TypeKind::FloatVar
                           ? std::string("an integer")
                           : "`" + show(ls) + "`";
    std::string right = types_.kind(ls) == TypeKind::IntVar && types_.kind(rs) == TypeKind::FloatVar
                            ? std::string("a float")
                            : "`" + show(rs) + "`";
    std::string label = no_implementation(op, false, show(ls), show(rs));
    obligation_error(make_diagnostic(DiagKind::OperatorNotImplemented, tree_->span(op_node),
                                     {cannot_apply_message(op, false, left, right, label)}))
        .with_label(label);
    // rustc types `a - b` with mismatched integers as `a`'s type (a later
    // mismatch with it is another error); across families, as unknown.
    return same_family ? ls : types_.error();
  }
  if (has_trait_impls(ls)) return types_.error();  // `impl Add for T` (outside L1) may define it
  std::string label = no_implementation(op, false, show(ls), show(rs));
  std::string message = cannot_apply_message(op, false, "`" + show(ls) + "`", "`" + show(rs) + "`", label);
  // A primitive with impls of the operator for other operands: E0277, the
  // operand is wrong. A type with none: E0369, the operator is.
  if (has_operator_impls(types_, op, ls)) {
    obligation_error(make_diagnostic(DiagKind::OperatorNotImplemented, tree_->span(op_node), {message})).with_label(label);
    return types_.error();
  }
  Diagnostic d = make_diagnostic(DiagKind::BinaryOpCannotApply, tree_->span(op_node), {message});
  d.with_secondary(tree_->span(lhs), show(l));
  d.with_secondary(tree_->span(rhs), show(r));
  note_missing_operator_impl(d, op, false, ls, rs);
  type_error(std::move(d));
  return types_.error();
}

// A path names a place when it is a local or a static (a const or a function is not).
bool BodyChecker::names_place(NodeId path_expr) {
  NodeId path = first_child(*tree_, path_expr, NodeKind::Path);
  if (path.is_none()) return true;
  SegmentList segments = segments_of(path);
  if (segments.size() == 1 && find_local(segments[0].name)) return true;
  PathQuery query;
  query.segments = segments;
  query.ns = Namespace::Value;
  query.scope = item_scope();
  query.quiet = true;
  std::vector<Diagnostic> ignored;
  PathResolution r = resolver_.resolve(query, ignored);
  if (r.kind != PathResolution::Kind::Item || r.consumed != segments.size()) return true;  // reported elsewhere
  ItemKind kind = resolver_.item(r.item).kind;
  return kind == ItemKind::Static || kind == ItemKind::Unsupported;
}

// rustc's note at a struct or enum of this crate that has no impl of the
// operator: "an implementation of `Mul<{integer}>` might be missing for `S`".
void BodyChecker::note_missing_operator_impl(Diagnostic& d, OpKind op, bool assign, TypeId ls, TypeId rs) {
  if (types_.kind(ls) != TypeKind::Adt) return;
  ItemRef adt = types_.data(ls).item;
  if (adt.crate != crate_.crate) return;
  const Item& item = crate_.item(ItemId(adt.item));
  if (item.file >= cx_.input->files.size() || cx_.input->files[item.file].tree == nullptr) return;
  std::string trait = operator_trait(op, assign) + (shallow(rs) == ls ? "" : "<" + show(rs) + ">");
  Span head = cx_.input->files[item.file].tree->def_span(item.node);
  d.with_note_at(head, "an implementation of `" + trait + "` might be missing for `" + show(ls) + "`");
  d.children.back().spans.back().text = "must implement `" + trait + "`";
  if (shallow(rs) == ls && (op == OpKind::Eq || op == OpKind::Ne)) suggest_derive(d, ls, "PartialEq");
  if (shallow(rs) == ls && (op == OpKind::Lt || op == OpKind::Le || op == OpKind::Gt || op == OpKind::Ge)) {
    suggest_derive(d, ls, "PartialEq, PartialOrd");
  }
}

// `l op= r` with no implementation: E0277 when `l` has impls of the operator
// for other operands (the operand is wrong), else E0368 (the operator is).
void BodyChecker::report_compound_assignment(NodeId node, NodeId lhs, OpKind base, TypeId ls, TypeId rs) {
  if (has_trait_impls(ls)) return;  // `impl AddAssign for T` (outside L1) may define it
  Span op_span = tree_->span(first_child(*tree_, node, NodeKind::Op));
  if (has_operator_impls(types_, base, ls)) {
    std::string label = no_implementation(base, true, show(ls), show(rs));
    std::string message = cannot_apply_message(base, true, "`" + show(ls) + "`", "`" + show(rs) + "`", label);
    obligation_error(make_diagnostic(DiagKind::OperatorNotImplemented, op_span, {message})).with_label(label);
    return;
  }
  std::string spelling = std::string(op_spelling(base)) + "=";
  Diagnostic d = make_diagnostic(DiagKind::BinaryAssignOpUnsupported, tree_->span(node), {spelling, show(ls)});
  d.with_secondary(tree_->span(lhs), "cannot use `" + spelling + "` on type `" + show(ls) + "`");
  note_missing_operator_impl(d, base, true, ls, rs);
  type_error(std::move(d));
}

// `x = x;`, `self.n = self.n;`: rustc's dead-code pass calls the assignment
// useless (a late lint, under `dead_code`).
void BodyChecker::lint_self_assignment(NodeId node, NodeId lhs, NodeId rhs, TypeId type) {
  if (in_macro_arguments_ || is_error(type)) return;
  NodeKind kind = tree_->kind(lhs);
  if (kind != tree_->kind(rhs)) return;
  bool same = false;
  if (kind == NodeKind::PathExpr) {
    const Local* target = local_of_place(lhs);
    same = target != nullptr && target == local_of_place(rhs);
  } else if (kind == NodeKind::FieldExpr) {
    std::optional<uint32_t> root = field_chain_local(lhs);
    auto words = [&](NodeId n) {
      std::string out;
      for (char c : tree_->text(n, text_)) {
        if (!std::isspace(static_cast<unsigned char>(c))) out += c;
      }
      return out;
    };
    same = root && root == field_chain_local(rhs) && words(lhs) == words(rhs);
  }
  if (!same) return;
  self_assignments_.push_back({node, type, kind == NodeKind::PathExpr});
}

// Worded once the body's types are known (`i32`, not `{integer}`).
void BodyChecker::report_self_assignments() {
  for (const SelfAssignment& a : self_assignments_) {
    std::string what = a.variable ? "variable" : "field";
    result_.late_lints.push_back(
        make_diagnostic(DiagKind::SelfAssignment, tree_->span(a.node), {what, show(resolved(a.type, 0, true))}));
  }
}

TypeId BodyChecker::check_assignment(NodeId node, NodeId lhs, NodeId rhs, OpKind op) {
  lint_parens(rhs, "assigned value");  // `a = (b);` and `a += (b);`, as rustc
  NodeKind lk = tree_->kind(lhs);
  bool place = lk == NodeKind::PathExpr || lk == NodeKind::FieldExpr || lk == NodeKind::IndexExpr ||
               (lk == NodeKind::PrefixExpr);
  if (lk == NodeKind::PathExpr) place = names_place(lhs);
  if (op == OpKind::Assign && lk == NodeKind::UnderscoreExpr) {
    check_expr(rhs, TypeId::none());
    return types_.unit();
  }
  if (op == OpKind::Assign && lk == NodeKind::TupleExpr) {
    // Destructuring assignment `(a, b) = (x, y)`: each element is a place.
    TypeId r = shallow(check_expr(rhs, TypeId::none()));
    std::vector<NodeId> targets;
    for (NodeId c : Kids(*tree_, lhs)) {
      if (is_expr_kind(tree_->kind(c))) targets.push_back(c);
    }
    std::vector<TypeId> elements;
    if (types_.kind(r) == TypeKind::Tuple) {
      std::span<const TypeId> e = types_.tuple_elements(r);
      elements.assign(e.begin(), e.end());
    }
    for (size_t i = 0; i < targets.size(); ++i) {
      if (tree_->kind(targets[i]) == NodeKind::UnderscoreExpr) continue;
      TypeId t = check_expr(targets[i], TypeId::none());
      if (i < elements.size() && !unify(t, elements[i])) report_mismatch(tree_->span(targets[i]), t, elements[i]);
      check_mutable_place(targets[i], node, false);
    }
    return types_.unit();
  }
  if (op == OpKind::Assign && lk == NodeKind::PathExpr && assigns_to_pattern(lhs)) {
    TypeId r = check_expr(rhs, TypeId::none());
    TypeId pattern = check_expr(lhs, TypeId::none());
    if (!unify(pattern, r)) report_mismatch(tree_->span(lhs), pattern, r);
    if (!in_macro_arguments_) {
      let_sites_.push_back({lhs, r, false, item_scope(), ConditionalLet::None, Span{}, tree_->span(rhs), true});
    }
    return types_.unit();
  }
  if (op == OpKind::Assign && (lk == NodeKind::ArrayExpr || lk == NodeKind::RecordExpr)) {
    type_error(make_diagnostic(DiagKind::Unsupported, tree_->span(node), {"destructuring assignment"}));
    return types_.unit();
  }
  // The place of a plain or compound assignment to a local is written, not
  // read; so is a field of a local (`s.a = v`, `s.a += v`: rustc's liveness
  // sees no use of `s`), unless the local is a reference (then it is read to
  // reach the place).
  bool writes_local = lk == NodeKind::PathExpr;
  std::optional<uint32_t> field_root = field_chain_local(lhs);
  if (writes_local || field_root) ++assignment_target_;
  TypeId l = check_expr(lhs, TypeId::none());
  if (writes_local || field_root) --assignment_target_;
  if (field_root) {
    Local& root = locals_[*field_root];
    if (types_.kind(shallow(root.type)) == TypeKind::Ref) note_read(*field_root);
    else root.field_written = true;
  }
  if (!place) {
    check_expr(rhs, TypeId::none());
    Diagnostic d = make_diagnostic(op == OpKind::Assign ? DiagKind::InvalidAssignTarget
                                                        : DiagKind::InvalidCompoundAssignTarget,
                                   tree_->span(first_child(*tree_, node, NodeKind::Op)), {});
    d.with_secondary(tree_->span(lhs), "cannot assign to this expression");
    type_error(std::move(d));
    return types_.unit();
  }
  lint_const_assignment(node, lhs);
  bool overloaded = false;
  if (op == OpKind::Assign) {
    size_t first_new = result_.type_diagnostics.size();
    NodeId saved = std::exchange(no_conversion_help_for_, rhs);
    check_expr(rhs, l);
    no_conversion_help_for_ = saved;
    lint_self_assignment(node, lhs, rhs, l);
    const Local* local = lk == NodeKind::PathExpr ? local_of_place(lhs) : nullptr;
    BindingExpectation origin{tree_->span(lhs), "expected due to the type of this binding"};
    if (local != nullptr && !local->expectation.is_none()) origin = {local->expectation, local->expectation_label};
    label_mismatches(first_new, tree_->span(rhs), origin);
  } else {
    TypeId r = check_expr(rhs, TypeId::none());
    OpKind base = compound_base(op);
    TypeId ls = shallow(l), rs = shallow(r);
    TypeId referent = types_.kind(rs) == TypeKind::Ref ? shallow(types_.element(rs)) : TypeId::none();
    if (referent.has_value() &&
        builtin_operand(referent, base)) {
      // `x += &y` is std's `AddAssign<&T>` (`any |= &flag` its `BitOrAssign<&bool>`):
      // a call borrowing `x` mutably, not an assignment.
      rs = shallow(types_.element(rs));
      overloaded = true;
      if (!in_macro_arguments_) flow_.set(node, FlowFacts::kOverloadedCompound);
    }
    // (An operand still unknown in a body with errors: rustc's obligation
    // stays ambiguous and is not reported.)
    bool unknown = tainted_ && (types_.kind(ls) == TypeKind::InferVar || types_.kind(rs) == TypeKind::InferVar);
    bool ok = is_error(ls) || is_error(rs) || unknown || (is_shift(base) && types_.is_integral(ls) && types_.is_integral(rs)) ||
              (is_bitwise(base) && types_.kind(ls) == TypeKind::Bool && types_.kind(rs) == TypeKind::Bool);
    if (!ok && types_.is_numeric(ls) && types_.is_numeric(rs) && (is_arithmetic(base) || is_bitwise(base))) {
      bool same_family = types_.is_integral(ls) == types_.is_integral(rs);
      if (unify(ls, rs)) {
        ok = true;
        if (types_.is_integral(ls)) arithmetic_sites_.push_back({node, base, lhs, rhs, ls, ls, in_unreachable_code()});
      } else if (same_family) {
        report_mismatch(tree_->span(rhs), ls, rs);
      }
    }
    if (!ok) report_compound_assignment(node, lhs, base, ls, rs);
    if (is_shift(base) && types_.is_integral(ls) && types_.is_integral(rs)) {
      arithmetic_sites_.push_back({node, base, lhs, rhs, ls, rs, in_unreachable_code()});
    }
  }
  if (field_root) {
    note_store(locals_[*field_root].uid, NodeId::none(), node);
  } else if (tree_->kind(lhs) == NodeKind::IndexExpr) {  // `table[i] = v`: table no longer holds its initialiser
    bool projected = false;
    std::optional<uint32_t> root = place_root_local(lhs, true, &projected);
    if (root && projected) note_store(locals_[*root].uid, NodeId::none(), node);
  }
  if (writes_local) {
    if (Local* local = local_of_place(lhs)) {
      note_store(local->uid, op == OpKind::Assign ? rhs : NodeId::none(), node);
      local->writes.push_back(tree_->span(node));
      // `x += 1` reads and writes `x`: it needs `mut` even where it is the
      // first write of a binding declared without a value (unused_mut).
      if (op != OpKind::Assign) local->mutated = true;
    }
  }
  check_mutable_place(lhs, node, overloaded);
  return types_.unit();
}

// E0369 for a comparison whose values (through references, arrays, slices
// and tuples, which std compares element by element) hold a struct or enum
// without the comparison's derive; rustc's note names that type.
void BodyChecker::report_missing_comparison_impl(NodeId op_node, OpKind op, NodeId lhs, NodeId rhs, TypeId t) {
  TypeId compared = t;
  for (int depth = 0; depth < 8 && types_.kind(compared) == TypeKind::Ref; ++depth) compared = shallow(types_.element(compared));
  TypeId missing = incomparable_adt(compared, op);
  if (missing.is_none()) return;
  Diagnostic d =
      make_diagnostic(DiagKind::BinaryOpUnsupported, tree_->span(op_node), {std::string(op_spelling(op)), show(t)});
  d.with_label("");
  d.with_secondary(tree_->span(lhs), show(t));
  d.with_secondary(tree_->span(rhs), show(t));
  TypeId noted = types_.kind(compared) == TypeKind::Adt ? t : missing;  // the whole type, or the element at fault
  note_missing_operator_impl(d, op, false, noted, noted);
  type_error(std::move(d));
}

// `{integer} == &{integer}`: with no impl to pick the right side's type,
// rustc looks for `PartialEq<&T>` and reports its absence (E0277), with the
// dereference (or the borrow to remove) that makes it compare.
void BodyChecker::report_number_compared_with_ref(NodeId op_node, OpKind op, NodeId rhs, TypeId l, TypeId r) {
  std::string left = show(l), right = show(r);
  bool ordered = op != OpKind::Eq && op != OpKind::Ne;
  std::string label = "no implementation for `" + left + " " + std::string(op_spelling(op)) + " " + right + "`";
  if (ordered) {
    std::string mirrored = op == OpKind::Lt ? ">" : op == OpKind::Gt ? "<" : op == OpKind::Le ? ">=" : "<=";
    label += " and `" + left + " " + mirrored + " " + right + "`";
  }
  Diagnostic& d = type_error(make_diagnostic(DiagKind::CannotCompare, tree_->span(op_node), {left, right}));
  d.with_label(label);
  d.with_help(std::string("the trait `") + (ordered ? "PartialOrd" : "PartialEq") + "<" + right +
              ">` is not implemented for `" + left + "`");
  NodeId value = paren_inner_expr(rhs);
  if (value.has_value() && tree_->kind(value) == NodeKind::RefExpr) {
    Span at = tree_->span(value);
    d.with_fix(Span{at.file, at.begin, at.begin + 1}, "", "consider removing the borrow",
               Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
  } else {
    Span at = tree_->span(rhs);
    d.with_fix(Span{at.file, at.begin, at.begin}, "*", "consider dereferencing here", Applicability::MachineApplicable,
               SuggestionStyle::ShowAlways);
  }
}

// Whether `t` (behind any references) is a struct or enum without the
// comparison's derive: then rustc finds no impl at all (E0369).
bool BodyChecker::lacks_comparison(TypeId t, OpKind op) { return incomparable_adt(t, op).has_value(); }

// The struct or enum in `t` (itself, or an element of an array, slice or
// tuple, which std compares element by element) with no impl for `op`.
TypeId BodyChecker::incomparable_adt(TypeId t, OpKind op) {
  for (int depth = 0; depth < 8 && types_.kind(t) == TypeKind::Ref; ++depth) t = shallow(types_.element(t));
  if (types_.kind(t) == TypeKind::Array || types_.kind(t) == TypeKind::Slice) {
    return incomparable_adt(shallow(types_.element(t)), op);
  }
  if (types_.kind(t) == TypeKind::Tuple) {
    if (types_.tuple_elements(t).size() > 12) return t;  // std compares tuples of up to twelve
    for (TypeId element : types_.tuple_elements(t)) {
      if (TypeId found = incomparable_adt(shallow(element), op); found.has_value()) return found;
    }
    return TypeId::none();
  }
  if (types_.kind(t) != TypeKind::Adt) return TypeId::none();
  const CrateDefMap* map = resolver_.map_of(types_.data(t).item.crate);
  const AdtData& adt = map->adts[map->items[types_.data(t).item.item].data];
  bool ordered = op != OpKind::Eq && op != OpKind::Ne;
  if (is_derived(adt, ordered ? DeriveKind::PartialOrd : DeriveKind::PartialEq) || has_trait_impls(t)) return TypeId::none();
  return t;
}

// `l == r` where std's `PartialEq` impls for references, arrays and slices
// compare what they hold: `&A == &B`, `[A; N] == [B; N]`, `[A; N] == [B]`,
// `[A; N] == &[B]` need `A == B`. The first pair with no impl, innermost,
// is rustc's E0277 ("can't compare `u16` with `u8`"); none is found when
// everything unifies.
std::optional<std::pair<TypeId, TypeId>> BodyChecker::uncomparable_pair(TypeId l, TypeId r, int depth) {
  l = shallow(l);
  r = shallow(r);
  if (is_error(l) || is_error(r) || depth > 16) return std::nullopt;
  TypeKind lk = types_.kind(l), rk = types_.kind(r);
  auto sequence = [](TypeKind k) { return k == TypeKind::Array || k == TypeKind::Slice; };
  if (lk == TypeKind::Ref) {
    // std's `impl PartialEq<[U; N]> for &[T]` (and `&mut [T]`): `&a[..2] == [1, 2]`.
    TypeId referent = shallow(types_.element(l));
    if (rk == TypeKind::Array && types_.kind(referent) == TypeKind::Slice) {
      return uncomparable_pair(types_.element(referent), types_.element(r), depth + 1);
    }
    if (rk != TypeKind::Ref) return std::pair(l, r);
    return uncomparable_pair(types_.element(l), types_.element(r), depth + 1);
  }
  if (sequence(lk)) {
    TypeId held = r;
    // (std has `[A; N] == &[B]`, but no `[A] == &[B]`.)
    if (lk == TypeKind::Array && rk == TypeKind::Ref && types_.kind(shallow(types_.element(r))) == TypeKind::Slice) {
      held = shallow(types_.element(r));
    }
    if (!sequence(types_.kind(held))) return std::pair(l, r);
    if (lk == TypeKind::Array && types_.kind(held) == TypeKind::Array && types_.data(l).length != types_.data(held).length) {
      return std::pair(l, r);
    }
    return uncomparable_pair(types_.element(l), types_.element(held), depth + 1);
  }
  if (unify(l, r)) return std::nullopt;
  return std::pair(l, r);
}

void BodyChecker::check_sequence_or_ref_comparison(NodeId op_node, NodeId lhs, NodeId rhs, TypeId l, TypeId r) {
  std::optional<std::pair<TypeId, TypeId>> failed = uncomparable_pair(l, r, 0);
  if (!failed) return;
  std::string left = show(failed->first), right = show(failed->second);  // before the unification below
  // rustc's check of built-in operators sees through one reference: two
  // numbers that differ are also E0308, reported first.
  auto deref_once = [&](TypeId t) {
    t = shallow(t);
    return types_.kind(t) == TypeKind::Ref ? shallow(types_.element(t)) : t;
  };
  auto scalar = [&](TypeId t) {
    TypeKind k = types_.kind(t);
    return types_.is_numeric(t) || k == TypeKind::Bool || k == TypeKind::Char;
  };
  TypeId ld = deref_once(l), rd = deref_once(r);
  if (types_.kind(shallow(l)) == TypeKind::Ref && scalar(ld) && scalar(rd) && !unify(ld, rd)) {
    report_mismatch(tree_->span(rhs), ld, rd);
  }
  Diagnostic& d = type_error(make_diagnostic(DiagKind::CannotCompare, tree_->span(op_node), {left, right}));
  d.with_label("no implementation for `" + left + " == " + right + "`");
  if (failed->first == shallow(l) && failed->second == shallow(r)) suggest_comparing_referents(d, lhs, rhs, l, r);
}

// `s[..2] == "ab"`, `&a[..] == a[..]`: a `str` or slice against a reference
// to one. rustc takes the reference away: the `&` written, or a `*` added.
void BodyChecker::suggest_comparing_referents(Diagnostic& d, NodeId lhs, NodeId rhs, TypeId l, TypeId r) {
  auto unsized_kind = [&](TypeId t) {
    TypeKind k = types_.kind(shallow(t));
    return k == TypeKind::Str || k == TypeKind::Slice;
  };
  bool left_ref = types_.kind(shallow(l)) == TypeKind::Ref, right_ref = types_.kind(shallow(r)) == TypeKind::Ref;
  if (left_ref == right_ref) return;
  TypeId referent = types_.element(shallow(left_ref ? l : r));
  if (!unsized_kind(referent) || !unsized_kind(left_ref ? r : l) || show(referent) != show(left_ref ? r : l)) return;
  d.with_help("the trait `PartialEq<" + show(r) + ">` is not implemented for `" + show(l) + "`");
  NodeId reference = paren_inner_expr(left_ref ? lhs : rhs);
  Span at = tree_->span(reference);
  Kids inner(*tree_, reference, kIsExpr);
  if (tree_->kind(reference) == NodeKind::RefExpr && !inner.empty()) {
    d.with_fix(Span{at.file, at.begin, tree_->span(inner[0]).begin}, "", "consider removing the borrow",
               Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
  } else {
    d.with_fix(Span{at.file, at.begin, at.begin}, "*", "consider dereferencing here", Applicability::MachineApplicable,
               SuggestionStyle::ShowAlways);
  }
}

void BodyChecker::report_diverging_operands() {
  for (const DivergingOperand& o : diverging_operands_) {
    std::string l = show(resolved(o.lhs, 0, true)), r = show(resolved(o.rhs, 0, true));
    if (o.right && is_never(shallow(o.rhs))) r = tree_->edition < Edition::E2024 ? "()" : "!";
    if (!o.right && l != "()") continue;  // settled by a later use to a type the operator may take
    std::string label = no_implementation(o.kind, false, l, r);
    Diagnostic& d = type_error(make_diagnostic(DiagKind::OperatorNotImplemented, o.op,
                                               {cannot_apply_message(o.kind, false, "`" + l + "`", "`" + r + "`", label)}));
    d.with_label(label);
    d.with_help("the trait `" + operator_trait(o.kind, false) + "<" + r + ">` is not implemented for `" + l + "`");
  }
  diverging_operands_.clear();
}

// `-1` where an unsigned integer is expected: rustc types the literal from
// the expectation, so it is E0600 there (and `u32::MAX` is what `-1` meant).
bool BodyChecker::report_negated_unsigned_literal(NodeId node, NodeId operand, TypeId expected) {
  TypeId e = expected.has_value() ? shallow(expected) : TypeId::none();
  if (e.is_none() || types_.kind(e) != TypeKind::Int || is_signed(IntKind(types_.data(e).detail))) return false;
  NodeId literal = paren_inner_expr(operand);
  if (literal.is_none() || tree_->kind(literal) != NodeKind::LiteralExpr) return false;
  const Token& token = tree_->tokens[tree_->node(literal).first_token];
  // A suffix fixes the literal's type (`-1i32`): then it is a plain mismatch.
  if (token.kind != TokenKind::IntLiteral || (token.flags & Token::kHasSuffix)) return false;
  check_expr(operand, e);
  std::string type = show(e);
  Diagnostic& d = type_error(make_diagnostic(DiagKind::CannotApplyUnary, tree_->span(node), {"-", type}));
  d.with_label("cannot apply unary operator `-`");
  d.with_note("unsigned values cannot be negated");
  if (operand == literal && tree_->text(literal, text_) == "1") {
    Span whole = cast_of_operand_.file.has_value() ? cast_of_operand_ : tree_->span(node);
    d.with_fix(whole, type + "::MAX", "you may have meant the maximum value of `" + type + "`",
               Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
  }
  return true;
}

// `--x`, which C and Python programmers may read as a decrement: rustc's
// double_negations (an early lint), on the innermost pair of `---x`.
void BodyChecker::lint_double_negation(NodeId node, NodeId operand) {
  NodeId innermost;
  for (NodeId c : Kids(*tree_, operand)) {
    if (is_expr_kind(tree_->kind(c))) innermost = c;
  }
  if (prefix_op(*tree_, innermost) == OpKind::Neg) return;
  Span span = tree_->span(node);
  Span inner = tree_->span(operand);
  Diagnostic d = make_diagnostic(DiagKind::DoubleNegation, span, {});
  d.with_note("the prefix `--` could be misinterpreted as a decrement operator which exists in other languages");
  d.with_note("use `-= 1` if you meant to decrement the value");
  d.with_fix(Span{inner.file, inner.begin, inner.begin}, "(", "add parentheses for clarity",
             Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
  d.children.back().spans.push_back(Label{Span{inner.file, inner.end, inner.end}, ")"});
  result_.early_lints.push_back(std::move(d));
}

TypeId BodyChecker::check_prefix(NodeId node, TypeId expected) {
  NodeId op_node = first_child(*tree_, node, NodeKind::Op);
  NodeId operand;
  for (NodeId c : Kids(*tree_, node)) {
    if (is_expr_kind(tree_->kind(c))) operand = c;
  }
  if (op_node.is_none() || operand.is_none()) return types_.error();
  OpKind op = static_cast<OpKind>(tree_->node(op_node).detail);
  if (op == OpKind::Neg && prefix_op(*tree_, operand) == OpKind::Neg) lint_double_negation(node, operand);
  if (op == OpKind::Neg && report_negated_unsigned_literal(node, operand, expected)) return types_.error();
  // rustc's overflowing_literals sees a literal negated through parentheses
  // (`-(128)`), but passes no negation on through a negation (`-(-(128))`).
  NodeId inner = op == OpKind::Neg ? paren_inner_expr(operand) : NodeId::none();
  bool negation_negated = node == negated_operand_;
  if (inner.has_value() && !negation_negated && tree_->kind(inner) == NodeKind::LiteralExpr) negated_literal_ = inner;
  NodeId outer_negated_operand = std::exchange(negated_operand_, inner);
  TypeId t = shallow(check_expr(operand, TypeId::none()));
  negated_operand_ = outer_negated_operand;
  negated_literal_ = NodeId::none();
  if (is_error(t)) return t;
  if (op == OpKind::Deref) {
    if (types_.kind(t) == TypeKind::InferVar) {  // rustc must know the type here (E0282)
      report_type_must_be_known(node, t);
      return types_.error();
    }
    note_place_in_shared_temporary(node, operand, t);
    if (types_.kind(t) == TypeKind::Ref) {
      note_place_type(node, types_.element(t), t);
      return types_.element(t);
    }
    type_error(make_diagnostic(DiagKind::CannotDeref, tree_->span(node), {show(t)})).with_label("can't be dereferenced");
    return types_.error();
  }
  TypeId value = t;
  if (types_.kind(t) == TypeKind::Ref) {
    TypeId referent = shallow(types_.element(t));
    // std's `Neg for &i32`, `Not for &u8`, `Not for &bool`: the value's type.
    if (types_.is_numeric(referent) || (op == OpKind::Not && types_.kind(referent) == TypeKind::Bool)) value = referent;
  }
  bool ok = op == OpKind::Neg ? (types_.is_float(value) || types_.kind(value) == TypeKind::IntVar ||
                                 (types_.kind(value) == TypeKind::Int && is_signed(IntKind(types_.data(value).detail))))
                              : (types_.is_integral(value) || types_.kind(value) == TypeKind::Bool);
  if (ok && types_.kind(t) != TypeKind::Ref && (op == OpKind::Neg || types_.is_integral(value))) {
    arithmetic_sites_.push_back({node, op, operand, NodeId::none(), value, value, in_unreachable_code()});
  }
  if (ok && op == OpKind::Neg && types_.kind(value) == TypeKind::IntVar) negated_integer_vars_.push_back({node, operand, value});
  if (ok) return value;
  if (has_trait_impls(t)) return types_.error();  // `impl Neg for T` (outside L1) may define it
  Diagnostic& d =
      type_error(make_diagnostic(DiagKind::CannotApplyUnary, tree_->span(node), {std::string(op_spelling(op)), show(t)}));
  d.with_label("cannot apply unary operator `" + std::string(op_spelling(op)) + "`");
  if (op == OpKind::Neg && types_.is_integral(value)) {
    d.with_note("unsigned values cannot be negated");
    return value;  // rustc keeps the operand's type: `-offset` is still a u16
  }
  return types_.error();
}

// `-1` whose integer type is settled as unsigned only after the negation
// was checked (`let mut pos = -1; .. pos = i;`): the `Neg` obligation the
// negation left fails, rustc's E0277 (a type known at once is E0600).
void BodyChecker::report_negated_unsigned_vars() {
  for (const NegatedIntegerVar& n : negated_integer_vars_) {
    TypeId t = shallow(n.type);
    if (types_.kind(t) != TypeKind::Int || is_signed(IntKind(types_.data(t).detail))) continue;
    std::string shown = show(t);
    Diagnostic& d = type_error(make_diagnostic(DiagKind::TraitBoundNotSatisfied, tree_->span(n.node), {shown, "Neg"}));
    d.with_label("the trait `Neg` is not implemented for `" + shown + "`");
    if (n.operand.is_none()) {  // a pattern's literal: rustc lists what does negate instead of a fix
      d.with_help("the following other types implement trait `Neg`:\n  &f128\n  &f16\n  &f32\n  &f64\n  &i128\n  &i16\n"
                  "  &i32\n  &i64\nand 12 others");
      continue;
    }
    NodeId literal = paren_inner_expr(n.operand);
    if (literal.is_none() || tree_->kind(literal) != NodeKind::LiteralExpr) continue;
    const Token& token = tree_->tokens[tree_->node(literal).first_token];
    if (token.kind != TokenKind::IntLiteral || (token.flags & Token::kHasSuffix)) continue;
    Span at = tree_->span(literal);
    IntKind signed_kind = IntKind(uint8_t(types_.data(t).detail) - uint8_t(IntKind::U8));
    d.with_fix(Span{at.file, at.end, at.end}, show(types_.int_type(signed_kind)),
               "consider specifying an integer type that can be negative", Applicability::MaybeIncorrect,
               SuggestionStyle::ShowAlways);
  }
  negated_integer_vars_.clear();
}

TypeId BodyChecker::check_ref(NodeId node, TypeId expected) {
  bool is_mut = false;
  NodeId operand;
  for (NodeId c : Kids(*tree_, node)) {
    if (tree_->kind(c) == NodeKind::Modifier) {
      ModifierKind m = static_cast<ModifierKind>(tree_->node(c).detail);
      if (m == ModifierKind::Mut) is_mut = true;
      if (m == ModifierKind::Raw) {
        type_error(make_diagnostic(DiagKind::Unsupported, tree_->span(node), {"raw pointers"}));
        return types_.error();
      }
    }
    if (is_expr_kind(tree_->kind(c))) operand = c;
  }
  TypeId inner_expected, element_hint;
  if (expected.has_value()) {
    TypeId e = shallow(expected);
    if (types_.kind(e) == TypeKind::Ref) {
      TypeId referent = shallow(types_.element(e));
      // `&[1, 2]` against `&[i32]`: the array is checked on its own, then
      // coerced; its elements are coercion sites to the slice's element
      // (`&[b"ab", b"c"]` against `&[&[u8]]`).
      if (types_.kind(referent) != TypeKind::Slice && types_.kind(referent) != TypeKind::Str) inner_expected = referent;
      NodeId inner = paren_inner_expr(operand);
      if (types_.kind(referent) == TypeKind::Slice && inner.has_value() && tree_->kind(inner) == NodeKind::ArrayExpr) {
        element_hint = referent;
      }
    }
  }
  TypeId t = check_expr(operand, element_hint);
  if (inner_expected.has_value()) unify(t, inner_expected);
  if (is_mut) check_mutable_place(operand, node, true);
  note_borrowed_place(operand);
  return types_.reference(t, is_mut);
}

TypeId BodyChecker::check_cast(NodeId node) {
  NodeId operand, type_node;
  for (NodeId c : Kids(*tree_, node)) {
    if (is_expr_kind(tree_->kind(c)) && operand.is_none()) operand = c;
    else if (is_type_kind(tree_->kind(c))) type_node = c;
  }
  TypeId target = lower_type(type_node);
  // rustc types a literal operand from the cast's target (`300 as u8` is a
  // u8 literal, out of range): the target is its expectation, in its family.
  TypeId hint;
  NodeId literal = paren_inner_expr(operand);
  if (literal.has_value() && tree_->kind(literal) == NodeKind::PrefixExpr) {
    Kids inner(*tree_, literal);
    for (NodeId c : inner) {
      if (is_expr_kind(tree_->kind(c))) literal = paren_inner_expr(c);
    }
  }
  if (literal.has_value() && tree_->kind(literal) == NodeKind::LiteralExpr) {
    TokenKind token = tree_->tokens[tree_->node(literal).first_token].kind;
    TypeKind target_kind = types_.kind(shallow(target));
    bool suffixed = tree_->tokens[tree_->node(literal).first_token].flags & Token::kHasSuffix;
    if (!suffixed && ((token == TokenKind::IntLiteral && target_kind == TypeKind::Int) ||
                      (token == TokenKind::FloatLiteral && target_kind == TypeKind::Float))) {
      hint = target;
    }
  }
  if (literal.has_value() && literal == paren_inner_expr(operand) && tree_->kind(literal) == NodeKind::LiteralExpr &&
      types_.kind(shallow(target)) == TypeKind::Char) {
    char_cast_literals_.push_back({literal.index, tree_->span(node)});  // `256_u8 as char`: rustc's own lint message
  }
  Span saved_cast = cast_of_operand_;
  cast_of_operand_ = hint.has_value() ? tree_->span(node) : Span{};
  TypeId from = shallow(check_expr(operand, hint));
  cast_of_operand_ = saved_cast;
  TypeId to = shallow(target);
  // arithmetic_overflow follows values through `as`.
  int_casts_.push_back({node, operand, from});
  // rustc checks casts at the end of the body; a type still unknown here is
  // not judged (it would be known there).
  if (is_error(from)) return types_.error();  // rustc: a cast of an error is the error
  if (is_error(to) || types_.kind(from) == TypeKind::InferVar) return target;
  auto numeric = [&](TypeId t) { return types_.is_numeric(t); };
  TypeKind fk = types_.kind(from), tk = types_.kind(to);
  bool ok = false;
  if (numeric(from) && numeric(to)) ok = true;
  if ((fk == TypeKind::Bool || fk == TypeKind::Char) && types_.kind(to) == TypeKind::Int) ok = true;
  if (tk == TypeKind::Char && (fk == TypeKind::Char || (fk == TypeKind::Int && types_.data(from).detail == uint8_t(IntKind::U8)))) ok = true;
  if (tk == TypeKind::Char && fk == TypeKind::IntVar) {
    unify(from, types_.int_type(IntKind::U8));
    ok = true;
  }
  // Field-less enums cast to integers (and, to `bool`, get E0054 as integers do).
  bool fieldless_enum = false;
  if (fk == TypeKind::Adt) {
    const CrateDefMap* map = resolver_.map_of(types_.data(from).item.crate);
    const Item& item = map->items[types_.data(from).item.item];
    if (item.kind == ItemKind::Enum) {
      fieldless_enum = true;
      for (ItemId v : map->adts[item.data].variants) {
        fieldless_enum &= map->adts[map->items[v.index].data].shape == FieldsShape::Unit;
      }
    }
  }
  if (fieldless_enum && tk == TypeKind::Int) ok = true;
  if (fk == TypeKind::FnDef && tk == TypeKind::Int) {
    // A function's address: valid Rust, outside L1.
    type_error(make_diagnostic(DiagKind::Unsupported, tree_->span(node), {"casting a function to an integer"}));
    return types_.error();
  }
  // A string literal's type is `&'static str` (a byte string's `&'static [u8; N]`), and rustc says so.
  TokenKind token =
      tree_->kind(operand) == NodeKind::LiteralExpr ? tree_->tokens[tree_->node(operand).first_token].kind : TokenKind::Eof;
  bool static_literal = token == TokenKind::StrLiteral || token == TokenKind::RawStrLiteral ||
                        token == TokenKind::ByteStrLiteral || token == TokenKind::RawByteStrLiteral;
  if (tk == TypeKind::Slice || tk == TypeKind::Str) {
    std::string shown = show(from);
    if (static_literal && shown.starts_with("&") && !shown.starts_with("&'")) shown = "&'static " + shown.substr(1);
    Diagnostic& d = type_error(make_diagnostic(DiagKind::CastToUnsized, tree_->span(node), {shown, show(to)}));
    if (fk == TypeKind::Ref && type_node.has_value()) {
      Span at{tree_->span(type_node).file, tree_->span(type_node).begin, tree_->span(type_node).begin};
      d.with_fix(at, types_.is_mutable_ref(from) ? "&mut " : "&", "consider casting to a reference instead",
                 Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
    } else {
      d.with_help_at(tree_->span(operand), "consider using a box or reference as appropriate");
    }
    return types_.error();
  }
  if (from == to) ok = true;  // a cast constrains nothing: `n as i32` leaves `n` to inference
  if (ok) return target;
  DiagKind kind = DiagKind::InvalidCast;
  if (tk == TypeKind::Char && (numeric(from) || fk == TypeKind::Bool || fieldless_enum || fk == TypeKind::FnDef)) {
    kind = DiagKind::CastToCharOnlyU8;
  } else if (tk == TypeKind::Bool && (numeric(from) || fk == TypeKind::Char || fieldless_enum || fk == TypeKind::FnDef)) {
    kind = DiagKind::CastToBool;
  } else if (fieldless_enum && tk == TypeKind::Float) {
    kind = DiagKind::InvalidCast;  // E0606: a field-less enum casts to integers only ("cast through an integer first")
  } else if (fk == TypeKind::Adt || tk == TypeKind::Adt || fk == TypeKind::Tuple || tk == TypeKind::Tuple ||
             fk == TypeKind::Array || tk == TypeKind::Array) {
    kind = DiagKind::NonPrimitiveCast;
  }
  tainted_ = true;
  // Spans, not nodes: a cast in a macro's arguments lives in another tree.
  deferred_casts_.push_back({tree_->span(node), from, to, kind, static_literal, tree_->span(operand)});
  return target;
}

// E0604 for a number: rustc points at `char::from_u32`, written out for a
// `u32` (`char::from_u32(code)`), by way of a `u32` for other numbers.
void BodyChecker::suggest_char_from_u32(Diagnostic& d, const DeferredCast& cast, TypeId from) {
  TypeId t = shallow(from);
  if (!types_.is_numeric(t)) return;
  bool is_u32 = types_.kind(t) == TypeKind::Int && IntKind(types_.data(t).detail) == IntKind::U32;
  if (!is_u32) {
    d.with_help_at(cast.span, "consider using `char::from_u32` instead (via a `u32`)");
    return;
  }
  if (cast.operand.file != tree_->file || cast.operand.end > text_.size()) return;
  std::string operand(text_.substr(cast.operand.begin, cast.operand.length()));
  d.with_fix(cast.span, "char::from_u32(" + operand + ")", "consider using `char::from_u32` instead",
             Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
}

// rustc checks casts at the end of the body's type check, so their errors
// come after the body's other type errors. It names the types after the
// literal fallback (`i32`, not `{integer}`) unless the body had other errors.
void BodyChecker::report_deferred_casts() {
  bool fall_back = !has_errors(result_.type_diagnostics);
  auto is_enum = [&](TypeId t) {
    t = shallow(t);
    return types_.kind(t) == TypeKind::Adt && resolver_.item(types_.data(t).item).kind == ItemKind::Enum;
  };
  for (const DeferredCast& cast : deferred_casts_) {
    std::string from = show(resolved(cast.from, 0, fall_back));
    std::string to = show(resolved(cast.to, 0, fall_back));
    if (cast.from_static_str && from == "&str") from = "&'static str";
    Diagnostic d = cast.kind == DiagKind::CastToCharOnlyU8 || cast.kind == DiagKind::CastToBool
                       ? make_diagnostic(cast.kind, cast.span, {from})
                       : make_diagnostic(cast.kind, cast.span, {from, to});
    if (cast.kind == DiagKind::CastToCharOnlyU8) {
      d.with_label("invalid cast");
      suggest_char_from_u32(d, cast, resolved(cast.from, 0, fall_back));
    }
    if (cast.kind == DiagKind::InvalidCast && is_enum(cast.from) && types_.kind(shallow(cast.to)) == TypeKind::Float) {
      d.with_help("cast through an integer first");
    }
    if (cast.kind == DiagKind::NonPrimitiveCast && is_enum(cast.from) && types_.is_numeric(cast.to)) {
      d.with_label("an `as` expression can be used to convert enum types to numeric types only if the enum type is "
                   "unit-only or field-less");
      d.with_note("see https://doc.rust-lang.org/reference/items/enumerations.html#casting for more information");
    } else if (cast.kind == DiagKind::NonPrimitiveCast) {
      d.with_label("an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object");
    }
    if (cast.kind == DiagKind::CastToBool && types_.is_numeric(cast.from)) {
      Span rest{cast.span.file, cast.operand.end, cast.span.end};
      d.with_fix(rest, " != 0", "compare with zero instead", Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
    } else if (cast.kind == DiagKind::CastToBool) {
      d.with_label("unsupported cast");
    }
    type_error(std::move(d));
  }
  deferred_casts_.clear();
}

TypeId BodyChecker::check_range(NodeId node) {
  NodeId op_node = first_child(*tree_, node, NodeKind::Op);
  std::vector<NodeId> bounds;
  bool has_start = false;
  for (NodeId c : Kids(*tree_, node)) {
    if (is_expr_kind(tree_->kind(c))) {
      bounds.push_back(c);
      if (op_node.is_none() || c.index < op_node.index) has_start = true;
    }
  }
  bool inclusive = op_node.has_value() && static_cast<OpKind>(tree_->node(op_node).detail) != OpKind::Range;
  TypeId element = new_var();
  for (NodeId b : bounds) {
    TypeId t = check_expr(b, TypeId::none());
    if (!unify(element, t)) report_mismatch(tree_->span(b), element, t);
  }
  RangeShape shape = bounds.empty()          ? RangeShape::Full
                     : bounds.size() == 2    ? (inclusive ? RangeShape::Inclusive : RangeShape::HalfOpen)
                     : has_start             ? RangeShape::From
                     : inclusive             ? RangeShape::ToInclusive
                                             : RangeShape::To;
  return types_.range(element, shape);
}

TypeId BodyChecker::check_tuple(NodeId node, TypeId expected) {
  std::vector<TypeId> expected_elements;
  if (expected.has_value() && types_.kind(shallow(expected)) == TypeKind::Tuple) {
    std::span<const TypeId> e = types_.tuple_elements(shallow(expected));
    expected_elements.assign(e.begin(), e.end());
  }
  std::vector<NodeId> items;
  for (NodeId c : Kids(*tree_, node)) {
    if (is_expr_kind(tree_->kind(c))) items.push_back(c);
  }
  bool matches_expected = expected.has_value() && expected_elements.size() == items.size() &&
                          types_.kind(shallow(expected)) == TypeKind::Tuple;
  std::vector<TypeId> elements;
  for (size_t i = 0; i < items.size(); ++i) {
    elements.push_back(check_expr(items[i], matches_expected ? expected_elements[i] : TypeId::none()));
  }
  if (matches_expected) return shallow(expected);  // each element was coerced to it
  // A tuple of an error is the error (rustc's check_expr_tuple): nothing follows from it.
  if (std::any_of(elements.begin(), elements.end(), [&](TypeId e) { return is_error(e); })) return types_.error();
  TypeId type = types_.tuple(elements);
  if (expected.has_value() && !coerces(type, expected)) report_mismatch(tree_->span(node), expected, type);
  return type;
}

TypeId BodyChecker::check_array(NodeId node, TypeId expected) {
  TypeId element;
  TypeId expected_array;
  bool slice_hint = false;  // a slice expected behind `&`: only the elements' type is known
  if (expected.has_value()) {
    TypeId e = shallow(expected);
    if (types_.kind(e) == TypeKind::Array) {
      element = types_.element(e);
      expected_array = e;
    } else if (types_.kind(e) == TypeKind::Slice) {
      // `&[b"ab", b"c"]` where `&[&[u8]]` is expected: rustc's expectation of
      // an unsized rvalue makes each element a coercion site.
      element = types_.element(e);
      slice_hint = true;
    }
  }
  std::vector<NodeId> items;
  for (NodeId c : Kids(*tree_, node)) {
    if (is_expr_kind(tree_->kind(c))) items.push_back(c);
  }
  if (tree_->node(node).detail == 1) {  // [value; count]
    if (items.size() != 2) return types_.error();
    // Behind `&` where a slice is expected (`total(&[0; 4])`) the value is no
    // coercion site: the array is checked alone, then `&[T; N]` unsizes (or
    // the whole `&[..]` is the mismatch, as rustc reports it).
    if (slice_hint) element = TypeId(), expected = TypeId();
    TypeId t = check_expr(items[0], element);
    // rustc's unused_braces takes `[v; { 3 }]` but not `[v; { N }]` (a path may be a const generic).
    if (tree_->kind(items[1]) == NodeKind::BlockExpr) lint_braces(items[1], "const expression", true);
    if (reject_local_in_constant(items[1])) return types_.error();
    // A count of another type (`[0; SIZE]`, `SIZE: i32`) is E0308 without
    // rustc's conversion help, and the array is the error type.
    size_t errors_before = result_.type_diagnostics.size();
    NodeId saved_no_help = std::exchange(no_conversion_help_for_, items[1]);
    check_expr(items[1], types_.int_type(IntKind::Usize));
    no_conversion_help_for_ = saved_no_help;
    if (result_.type_diagnostics.size() > errors_before) return types_.error();
    std::optional<uint64_t> count = evaluated_length(node, items[1], false);  // check_expr reported its problems
    if (!count) {
      bool literal = tree_->kind(items[1]) == NodeKind::LiteralExpr;
      return !literal && expected_array.has_value() ? expected_array : types_.error();
    }
    TypeId type = types_.array(element.has_value() ? element : t, *count);
    if (expected.has_value() && !coerces(type, expected)) report_mismatch(tree_->span(node), expected, type);
    // More than one element copies the value: it must be Copy, unless it is
    // a const (judged after inference, with the borrow checker's errors).
    if (*count > 1 && !in_macro_arguments_ && !const_path_exprs_.contains(paren_inner_expr(items[0]).index)) {
      repeated_values_.push_back({items[0], element.has_value() ? element : t});
    }
    return type;
  }
  if (element.is_none()) element = new_var();
  // With an expected element type every element coerces to it; otherwise
  // the first element's type is what the others must match.
  bool known = types_.kind(shallow(element)) != TypeKind::InferVar;
  bool first = true;
  bool element_failed = false;
  for (NodeId item : items) {
    if (element_failed) {
      check_expr(item, TypeId::none());  // CoerceMany has failed: no element is coerced again
      continue;
    }
    TypeId t = check_expr(item, known || !first ? element : TypeId::none());
    if (first && !known && !coerces(t, element)) {
      report_mismatch(tree_->span(item), element, t);
      element_failed = true;
    } else if (!first || known) {
      element_failed |= !coerces(t, element);
    }
    element_failed |= is_error(t);
    first = false;
  }
  // As rustc's CoerceMany: an element that did not coerce makes the element
  // type the error type, so the array's uses stay silent.
  if (element_failed) element = types_.error();
  TypeId type = types_.array(element, items.size());
  if (expected.has_value() && !slice_hint && !coerces(type, expected)) report_mismatch(tree_->span(node), expected, type);
  return type;
}

// E0435 for each local an array length reads (`[0; n + 1]`), outside the
// blocks in it (whose own `let`s are constants' locals).
bool BodyChecker::reject_local_in_constant(NodeId expr, int depth) {
  if (expr.is_none() || depth > 64) return false;
  NodeKind kind = tree_->kind(expr);
  if (kind == NodeKind::BlockExpr) return false;
  if (kind != NodeKind::PathExpr) {
    bool any = false;
    for (NodeId c : Kids(*tree_, expr)) {
      if (is_expr_kind(tree_->kind(c)) || tree_->kind(c) == NodeKind::ArgList) any |= reject_local_in_constant(c, depth + 1);
    }
    return any;
  }
  NodeId path = first_child(*tree_, expr, NodeKind::Path);
  SegmentList segments = path.has_value() ? segments_of(path) : SegmentList{};
  std::optional<uint32_t> local = segments.size() == 1 ? find_local(segments[0].name) : std::nullopt;
  if (!local) return false;
  note_read(*local);
  Diagnostic d = make_diagnostic(DiagKind::NonConstantInConstant, segments[0].span, {});
  explain_non_constant_local(d, locals_[*local]);
  resolution_error(std::move(d));
  return true;
}

// Where the `let` of a `let PATTERN` starts, when the pattern has one.
std::optional<uint32_t> BodyChecker::let_keyword_before(Span pattern) const {
  if (pattern.file != tree_->file || pattern.begin > text_.size()) return std::nullopt;
  size_t at = pattern.begin;
  while (at > 0 && (text_[at - 1] == ' ' || text_[at - 1] == '\t' || text_[at - 1] == '\n')) --at;
  if (at < 3 || text_.substr(at - 3, 3) != "let") return std::nullopt;
  return uint32_t(at - 3);
}

// rustc's help for E0435: a `let` could be a `const` (its pattern and type
// rewritten); a parameter cannot.
void BodyChecker::explain_non_constant_local(Diagnostic& d, const Local& local) {
  if (local.is_parameter) {
    if (local.span.file.has_value()) d.with_secondary(local.span, "this would need to be a `const`");
    return;
  }
  d.with_label("non-constant value");
  Span pattern = local.pattern_span.file.has_value() ? local.pattern_span : local.span;
  std::optional<uint32_t> let = let_keyword_before(pattern);
  if (!let) return;  // not a plain `let` binding
  Span head{pattern.file, *let, local.span.end};
  std::string name(local.name);
  d.with_fix(head, local.untyped_let ? "const " + name + ": /* Type */" : "const " + name,
             "consider using `const` instead of `let`", Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
}

// `-1`, `-(2)`, `-3i32`: a minus sign on an integer literal.
bool BodyChecker::is_negated_int_literal(NodeId expr) const {
  if (expr.is_none() || tree_->kind(expr) != NodeKind::PrefixExpr) return false;
  NodeId op = first_child(*tree_, expr, NodeKind::Op);
  if (op.is_none() || static_cast<OpKind>(tree_->node(op).detail) != OpKind::Neg) return false;
  NodeId operand;
  for (NodeId c : Kids(*tree_, expr)) {
    if (is_expr_kind(tree_->kind(c))) operand = c;
  }
  for (int depth = 0; depth < 16 && operand.has_value() && tree_->kind(operand) == NodeKind::ParenExpr; ++depth) {
    NodeId inner;
    for (NodeId c : Kids(*tree_, operand)) {
      if (is_expr_kind(tree_->kind(c))) inner = c;
    }
    operand = inner;
  }
  if (operand.is_none() || tree_->kind(operand) != NodeKind::LiteralExpr) return false;
  return tree_->tokens[tree_->node(operand).first_token].kind == TokenKind::IntLiteral;
}

TypeId BodyChecker::check_index(NodeId node) {
  std::vector<NodeId> parts;
  for (NodeId c : Kids(*tree_, node)) {
    if (is_expr_kind(tree_->kind(c))) parts.push_back(c);
  }
  if (parts.size() != 2) return types_.error();
  lint_parens(parts[1], "index expression");
  TypeId base = shallow(check_expr(parts[0], TypeId::none()));
  TypeId index = shallow(check_expr(parts[1], TypeId::none()));
  note_place_in_shared_temporary(node, parts[0], base);
  if (types_.kind(base) == TypeKind::Ref && !in_macro_arguments_) flow_.set(node, FlowFacts::kThroughReference);
  if (types_.kind(base) == TypeKind::Ref && types_.is_mutable_ref(base)) through_mut_ref_.insert(node.index);
  TypeId written = base;
  while (types_.kind(base) == TypeKind::Ref) base = shallow(types_.element(base));
  // (A range of an error, `a[nope()..]`, indexes to the error too.)
  if (is_error(base) || holds_error(index)) return types_.error();
  TypeKind bk = types_.kind(base);
  if (bk == TypeKind::InferVar) {  // rustc must know the type here (E0282)
    report_type_must_be_known(parts[0], base);
    return types_.error();
  }
  if (bk != TypeKind::Array && bk != TypeKind::Slice && bk != TypeKind::Str) {
    if (has_trait_impls(base)) return types_.error();  // `impl Index for T`, maybe
    // rustc points at the brackets: from the `[` after the base to the end.
    Span whole = tree_->span(node);
    Span brackets{whole.file, tree_->span(parts[0]).end, whole.end};
    if (uint32_t open = tree_->node(parts[0]).end_token; open < tree_->node(node).end_token) {
      brackets.begin = tree_->tokens[open].offset;
    }
    type_error(make_diagnostic(DiagKind::CannotIndex, brackets, {show(base)}));
    return types_.error();
  }
  TypeId element = bk == TypeKind::Str ? types_.str() : types_.element(base);
  if (bk == TypeKind::Array) index_sites_.push_back({node, parts[1], types_.data(base).length, in_unreachable_code()});
  if (bk != TypeKind::Str && is_negated_int_literal(parts[1])) {
    // rustc's own error for `a[-1]`, before the index's type is judged.
    std::string shown = show(base);
    Span at = tree_->span(parts[1]);
    Diagnostic& d = type_error(make_diagnostic(DiagKind::NegativeIndex, at, {shown}));
    d.with_label("cannot use a negative integer for indexing on `" + shown + "`");
    if (tree_->kind(parts[0]) == NodeKind::PathExpr) {
      d.with_fix(Span{at.file, at.begin, at.begin}, std::string(tree_->text(parts[0], text_)) + ".len() ",
                 "to access an element starting from the end of the `" + shown + "`, compute the index",
                 Applicability::MachineApplicable, SuggestionStyle::ShowCode);
    }
    return element;
  }
  if (types_.kind(index) == TypeKind::Range) {
    if (!unify(types_.element(index), types_.int_type(IntKind::Usize))) {
      type_error(make_diagnostic(DiagKind::IndexWrongType, tree_->span(parts[1]), {show(base), show(index)}));
    }
    return bk == TypeKind::Str ? types_.str() : types_.slice(element);
  }
  if (!unify(index, types_.int_type(IntKind::Usize))) {
    // An array is indexed through its slice, which rustc names; the
    // indexing's type is the error type, so an index after it stays silent.
    std::string slice = show(bk == TypeKind::Array ? types_.slice(element) : base);
    std::string shown_index = show(index);
    Diagnostic& d = type_error(make_diagnostic(DiagKind::IndexWrongType, tree_->span(parts[1]), {slice, shown_index}));
    d.with_label("slice indices are of type `usize` or ranges of `usize`");
    d.with_help("the trait `SliceIndex<" + slice + ">` is not implemented for `" + shown_index + "`");
    d.with_note("required for `" + slice + "` to implement `Index<" + shown_index + ">`");
    if (bk == TypeKind::Array) {
      d.with_note("1 redundant requirement hidden");
      d.with_note("required for `" + show(base) + "` to implement `Index<" + shown_index + ">`");
    }
    return types_.error();
  }
  if (bk == TypeKind::Str) {
    type_error(make_diagnostic(DiagKind::IndexWrongType, tree_->span(parts[1]), {show(base), show(index)}));
    return types_.error();
  }
  note_place_type(node, element, written);
  return element;
}

}  // namespace sluice
