// Patterns: bindings (with rustc's default binding modes through
// references), literals and ranges, tuples, slices, and struct, tuple-struct
// and unit patterns resolved to structs, variants and consts.
#include <algorithm>

#include "analysis/check/body_checker.h"
#include "analysis/diag/similar_names.h"

namespace sluice {

namespace {

// Without allocating (patterns are checked at every `let`): a Kids, which
// converts to a vector where one is kept.
Kids pattern_children(const SyntaxTree& tree, NodeId node) { return Kids(tree, node, kIsPattern); }

}  // namespace

// The kind of the node around a pattern. The tree is in postorder: the
// parent is the first node after `pattern` whose subtree reaches back to it.
// Only looked for nearby (a parameter's type, a `let`'s type and initialiser
// come in between): farther than that it answers `Error`.
NodeKind pattern_parent_kind(const SyntaxTree& tree, NodeId pattern) {
  size_t end = std::min(tree.nodes.size(), size_t(pattern.index) + 4096);
  for (size_t i = pattern.index + 1; i < end; ++i) {
    if (i + 1 - tree.nodes[i].subtree_size <= pattern.index) return tree.nodes[i].kind;
  }
  return NodeKind::Error;
}

bool pattern_is_parameter(const SyntaxTree& tree, NodeId pattern) {
  return pattern_parent_kind(tree, pattern) == NodeKind::Param;
}

void BodyChecker::note_pattern_variant(NodeId pattern, NodeId path, ItemRef target) {
  // The flow pass needs which patterns test a value of the place they match (E0382 at a moved place).
  ItemKind kind = resolver_.item(target).kind;
  if (!in_macro_arguments_ && kind == ItemKind::Variant) flow_.set(pattern, FlowFacts::kTestsVariant);
  if (!in_macro_arguments_ && kind == ItemKind::Const) flow_.set(pattern, FlowFacts::kTestsValue);
  if (!in_macro_arguments_ && (kind == ItemKind::Variant || kind == ItemKind::Const)) {
    pattern_targets_.push_back({pattern, target});
  }
  if (!in_arm_pattern_ || or_pattern_depth_ > 0 || target.crate != crate_.crate || resolver_.item(target).kind != ItemKind::Variant) return;
  // rustc counts only paths resolved by name, not `Self::Variant`.
  if (path.has_value() && tree_->text(path, text_).starts_with("Self")) return;
  arm_variants_.push_back(target.item);
}

// For match checking: what a lone name in a pattern stands for, when it is a
// unit struct, unit variant or const (otherwise it is a binding). `opaque` is
// set when the name is neither for sure: an item outside L1 (`None`), or an
// indeterminate path (root-first checking): no binding, nothing to check.
std::optional<ItemRef> BodyChecker::unit_pattern_item(std::string_view name, bool* opaque) {
  const UnitPatternLookup& found = value_item_named(name);
  if (opaque != nullptr) *opaque = found.opaque;
  return found.item;
}

// What a lone name in a pattern resolves to in the value namespace. Each
// binding is looked up two or three times (its bindings, its type, match
// checking). The answer depends only on the scope and the name; what the
// resolver records on the way (used imports and items, waits) is read as
// sets, so a repeated lookup adds nothing.
const BodyChecker::UnitPatternLookup& BodyChecker::value_item_named(std::string_view name) {
  if (name.starts_with("r#")) name.remove_prefix(2);
  ItemId scope = item_scope();
  // Newest first: a binding asks two or three times in a row.
  for (auto seen = unit_pattern_lookups_.rbegin(); seen != unit_pattern_lookups_.rend(); ++seen) {
    if (seen->scope == scope && seen->name == name) return *seen;
  }
  PathSegment segment{name, Span{}};
  PathQuery query;
  query.segments = std::span<const PathSegment>(&segment, 1);
  query.ns = Namespace::Value;
  query.scope = scope;
  query.quiet = true;
  std::vector<Diagnostic> ignored;
  size_t imports_before = result_.used_imports.size();
  PathResolution r = resolver_.resolve(query, ignored);
  UnitPatternLookup found{scope, name, std::nullopt, std::nullopt,
                          r.kind == PathResolution::Kind::Unsupported || r.indeterminate()};
  if (r.kind == PathResolution::Kind::Item) {
    // A static is never a pattern: the name binds (E0530), and its import is not used (rustc).
    if (resolver_.item(r.item).kind == ItemKind::Static) result_.used_imports.resize(imports_before);
    found.resolved = r.item;
    if (unit_item_type(r.item).has_value()) found.item = r.item;
  }
  if (unit_pattern_lookups_.size() >= kMaxUnitPatternLookups) unit_pattern_lookups_.erase(unit_pattern_lookups_.begin());
  unit_pattern_lookups_.push_back(found);
  return unit_pattern_lookups_.back();
}

// A binding named like a static, or like a const, unit or tuple struct or
// variant where the name cannot be that pattern (`mut LIMIT`, `ref Unit`,
// `x @ ..`, `Pt` of `struct Pt(u8, u8)`): rustc's E0530. It stays a binding.
bool BodyChecker::check_binding_shadows(NodeId pat, NodeId name_node, bool plain) {
  const UnitPatternLookup& found = value_item_named(tree_->text(name_node, text_));
  if (!found.resolved) return false;
  const Item& item = resolver_.item(*found.resolved);
  const CrateDefMap* map = resolver_.map_of(found.resolved->crate);
  std::string what;
  if (item.kind == ItemKind::Static) what = "static";
  else if (item.kind == ItemKind::Const && !plain) what = "constant";
  else if (item.kind == ItemKind::Struct || item.kind == ItemKind::Variant) {
    FieldsShape shape = map->adts[item.data].shape;
    std::string_view noun = item.kind == ItemKind::Struct ? "struct" : "variant";
    if (shape == FieldsShape::Tuple) what = "tuple " + std::string(noun);
    else if (shape == FieldsShape::Unit && !plain) what = "unit " + std::string(noun);
  }
  if (what.empty()) return false;
  std::string_view source;
  switch (pattern_parent_kind(*tree_, top_pattern_)) {
    case NodeKind::Param: source = "function parameters"; break;
    case NodeKind::MatchArm: source = "match bindings"; break;
    case NodeKind::ForExpr: source = "for bindings"; break;
    default: source = "let bindings"; break;
  }
  std::string plural = what == "static" ? "statics" : what + "s";
  Diagnostic& d = resolution_error(make_diagnostic(DiagKind::BindingShadowsItem, tree_->span(name_node),
                                                   {std::string(source), plural}));
  d.with_label("cannot be named the same as a " + what);
  if (found.resolved->crate == crate_.crate && item.file < cx_.input->files.size()) {
    const SyntaxTree& tree = *cx_.input->files[item.file].tree;
    Span whole = tree.span_without_attributes(item.node);
    d.with_secondary(whole, "the " + what + " `" + std::string(item.name) + "` is defined here");
  }
  return true;
}

// The type a unit struct, unit variant or const has as a pattern; none for other items.
TypeId BodyChecker::unit_item_type(ItemRef ref) {
  const Item& item = resolver_.item(ref);
  const CrateDefMap* map = resolver_.map_of(ref.crate);
  if ((item.kind == ItemKind::Struct || item.kind == ItemKind::Variant) && map->adts[item.data].shape == FieldsShape::Unit) {
    return item.kind == ItemKind::Struct ? types_.adt(ref) : types_.adt(ItemRef{ref.crate, item.parent.index});
  }
  if (item.kind == ItemKind::Const) return map->consts[item.data].type;
  return TypeId::none();
}

// A pattern's path resolved again without diagnostics (they were reported).
std::optional<ItemRef> BodyChecker::silent_pattern_path(NodeId path) {
  std::optional<ItemRef> item = resolve_pattern_path(path, Namespace::Value, false);
  return item ? item : resolve_pattern_path(path, Namespace::Type, false);
}

// `Mode::Off = m;`, `Self::LIMIT = 20;`: rustc lowers an assignment to a
// unit variant or struct, or to a path through a type (an associated const),
// as the destructuring `let Mode::Off = m;` (E0005 when refutable); to a
// plain const, as an assignment (E0070).
bool BodyChecker::assigns_to_pattern(NodeId lhs) {
  NodeId path = first_child(*tree_, lhs, NodeKind::Path);
  if (path.is_none()) return false;
  SegmentList segments = segments_of(path);
  if (segments.size() == 1 && find_local(segments[0].name)) return false;  // the common case, `x = 5`
  std::optional<ItemRef> item = silent_pattern_path(path);
  if (!item) return false;
  const Item& it = resolver_.item(*item);
  if (!unit_item_type(*item).has_value()) return false;  // a unit struct or variant, or a const
  if (it.kind != ItemKind::Const) return true;
  return segments.size() > 1 && resolver_.item(ItemRef{item->crate, it.parent.index}).kind == ItemKind::Impl;
}

std::optional<ItemRef> BodyChecker::resolve_pattern_path(NodeId path, Namespace ns, bool report, ExpectedItem expected) {
  std::optional<ItemRef> item = find_pattern_path(path, ns, report, expected);
  if (item && !in_macro_arguments_ && resolver_.item(*item).kind == ItemKind::Variant) {
    pattern_variants_.push_back({path.index, variant_index(*resolver_.map_of(item->crate), ItemId(item->item))});  // for the lint's order of `match` targets
  }
  return item;
}

std::optional<ItemRef> BodyChecker::find_pattern_path(NodeId path, Namespace ns, bool report, ExpectedItem expected) {
  PathResolution r = resolve_path(path, ns, false, report, expected);
  SegmentList segments = segments_of(path);
  if (r.kind == PathResolution::Kind::Item && r.consumed == segments.size()) return r.item;
  if (r.kind == PathResolution::Kind::SelfType && r.consumed == segments.size() &&
      types_.kind(shallow(self_type_)) == TypeKind::Adt) {
    return types_.data(shallow(self_type_)).item;
  }
  if ((r.kind == PathResolution::Kind::Item || r.kind == PathResolution::Kind::SelfType) &&
      r.consumed + 1 == segments.size()) {
    TypeId owner = r.kind == PathResolution::Kind::SelfType ? self_type_ : type_of_type_item(r.item);
    owner = shallow(owner);
    if (types_.kind(owner) == TypeKind::Adt) {
      if (std::optional<ItemRef> variant = variant_named(owner, segments.back().name)) return variant;
      const Item& item = resolver_.item(types_.data(owner).item);
      // An associated const is a constant pattern (`Level::EASY =>`); an
      // associated function is the type checker's error where it is used.
      if (std::optional<ItemRef> assoc = find_inherent(owner, segments.back().name);
          assoc && (resolver_.item(*assoc).kind == ItemKind::Const || resolver_.item(*assoc).kind == ItemKind::Fn)) {
        return assoc;
      }
      if (item.kind == ItemKind::Enum && report && ns == Namespace::Type) {
        report_missing_variant(types_.data(owner).item, segments.back());  // `E::Missing { .. }`
      } else if (item.kind == ItemKind::Enum) {
        if (report) {
          type_error(make_diagnostic(DiagKind::NoAssociatedItem, segments.back().span,
                                     {"variant or associated item", std::string(segments.back().name), "enum",
                                      std::string(item.name)}));
        }
      }
    }
  }
  return std::nullopt;
}

bool BodyChecker::is_associated_fn(ItemRef ref) const {
  const Item& item = resolver_.item(ref);
  return item.kind == ItemKind::Fn && item.parent.has_value() &&
         resolver_.item(ItemRef{ref.crate, item.parent.index}).kind == ItemKind::Impl;
}

BindingModifiers binding_modifiers(const SyntaxTree& tree, NodeId ident) {
  BindingModifiers out;
  out.is_mut = (tree.node(ident).flags & Node::kRecoveredMut) != 0;
  for (NodeId c : Kids(tree, ident)) {
    if (tree.kind(c) != NodeKind::Modifier) continue;
    ModifierKind m = static_cast<ModifierKind>(tree.node(c).detail);
    out.by_ref |= m == ModifierKind::Ref;
    out.is_mut |= m == ModifierKind::Mut;
  }
  return out;
}

// A binding by value where its pattern went through a reference (an
// explicit `&p`, or `mut a` under a `&` default binding mode up to edition
// 2021) takes its value out from behind that reference: the flow pass
// reports E0507 when the value is not Copy.
void BodyChecker::note_binding_under_reference(NodeId binding, TypeId type) {
  if (binding_mode_ == 0 && explicit_ref_pattern_.first.is_none()) return;
  if (is_error(type)) return;  // (whether it is Copy is the flow pass's to know: the type may not be settled yet)
  FlowFacts::PlaceStep step;
  step.through_reference = true;
  step.pattern_binding = true;
  // Default binding modes are the innermost reference when set: an explicit `&` resets them.
  step.mutable_reference = binding_mode_ != 0 ? binding_mode_ == 2 : explicit_ref_pattern_.second;
  if (binding_mode_ == 0) step.ref_pattern = explicit_ref_pattern_.first;
  step.container = type;
  flow_.place_steps[binding.index] = step;
}

void BodyChecker::check_ident_pattern(NodeId pat, TypeId expected) {
  NodeId name_node = first_child(*tree_, pat, NodeKind::Name);
  auto [by_ref, is_mut] = binding_modifiers(*tree_, pat);
  Kids sub = pattern_children(*tree_, pat);
  if (name_node.is_none()) return;
  std::string_view name = tree_->text(name_node, text_);
  if (name.starts_with("r#")) name.remove_prefix(2);
  bool shadows = !in_macro_arguments_ && check_binding_shadows(pat, name_node, !by_ref && !is_mut && sub.empty());
  if (!by_ref && !is_mut && sub.empty()) {
    // A lone name may be a unit struct, unit variant or const in scope.
    bool opaque = false;
    if (std::optional<ItemRef> item = unit_pattern_item(name, &opaque)) {
      note_pattern_variant(pat, NodeId::none(), *item);
      TypeId type = unit_item_type(*item);
      TypeId e = expected;
      // A unit struct or variant looks through references; a constant does not (see PathPat).
      while (resolver_.item(*item).kind != ItemKind::Const && types_.kind(shallow(e)) == TypeKind::Ref) {
        e = types_.element(shallow(e));
      }
      if (!unify(e, type)) report_mismatch(tree_->span(pat), e, type);
      return;
    }
    // `None`, `Some`: outside L1, reported where used as a value; or a name
    // that may be a dependency's constant: its uses are indeterminate too.
    if (opaque) return;
  }
  // Up to edition 2021, `mut x` under a by-reference default binding mode
  // binds by value (`match &pair { (mut a, b) => .. }` makes `a` an i32).
  bool by_default_ref = binding_mode_ != 0 && !(is_mut && tree_->edition < Edition::E2024);
  TypeId type = expected;
  if (by_ref) type = types_.reference(expected, is_mut);
  else if (by_default_ref) type = types_.reference(expected, binding_mode_ == 2);
  uint32_t index = declare_local(name, type, is_mut && !by_ref, tree_->span(name_node));
  // rustc's liveness sees the guard of an arm borrow its by-reference
  // bindings: never reported unused.
  if (in_guarded_arm_pattern_ && (by_ref || by_default_ref)) locals_[index].reads = 1;
  locals_[index].expectation = binding_expectation_ ? binding_expectation_->span : tree_->span(pat);
  locals_[index].expectation_label =
      binding_expectation_ ? binding_expectation_->label : "expected due to the type of this binding";
  if (!in_macro_arguments_) flow_.set_local(pat, locals_[index].uid);
  if (!in_macro_arguments_ && (by_ref || by_default_ref)) flow_.set(pat, FlowFacts::kBindsByReference);
  if (!in_macro_arguments_ && !by_ref && !by_default_ref) note_binding_under_reference(pat, type);
  if (is_mut) {
    locals_[index].pattern_span = tree_->span(pat);
    if (locals_[index].uid < flow_.locals.size()) flow_.locals[locals_[index].uid].pattern_span = tree_->span(pat);
  }
  locals_[index].shorthand_field = shorthand_field_pattern_;
  // rustc's naming lints skip `P { payloadLen }`: the field's name is not the binding's to choose.
  if ((shorthand_field_pattern_ || shadows) && !result_.bindings.empty() &&
      result_.bindings.back().second == tree_->span(name_node)) {
    result_.bindings.pop_back();
  }
  for (NodeId s : sub) check_pattern(s, expected, false);
}

// `[a, b]` or `[a, b, c, ..]` against an array of another length: E0527 / E0528.
void BodyChecker::check_array_pattern_length(NodeId pat, uint64_t length) {
  uint64_t elements = 0;
  bool rest = false;
  for (NodeId s : pattern_children(*tree_, pat)) {
    bool is_rest = tree_->kind(s) == NodeKind::RestPat ||
                   (tree_->kind(s) == NodeKind::IdentPat && first_child(*tree_, s, NodeKind::RestPat).has_value());
    rest |= is_rest;
    elements += !is_rest;
  }
  auto count = [](uint64_t n) { return std::to_string(n) + (n == 1 ? " element" : " elements"); };
  if (!rest && elements != length) {
    type_error(make_diagnostic(DiagKind::ArrayPatternLength, tree_->span(pat), {count(elements), std::to_string(length)}))
        .with_label("expected " + count(length));
  } else if (rest && elements > length) {
    type_error(make_diagnostic(DiagKind::ArrayPatternTooLong, tree_->span(pat), {count(elements), std::to_string(length)}))
        .with_label("pattern cannot match array of " + count(length));
  }
}

// non_shorthand_field_patterns (a late lint): `P { id: id }` binds the field
// to a name it already has; `P { id }` says the same (`n: mut n` -> `mut n`).
void BodyChecker::lint_non_shorthand_field(NodeId field, std::string_view name, NodeId sub) {
  if (tree_->kind(sub) != NodeKind::IdentPat || in_macro_arguments_) return;
  NodeId binding = first_child(*tree_, sub, NodeKind::Name);
  if (binding.is_none() || tree_->text(binding, text_) != name) return;
  if (!pattern_children(*tree_, sub).empty() || value_item_named(name).item) return;  // `x @ ..`, or a constant
  std::string shorthand(tree_->text(sub, text_));
  Diagnostic d = make_diagnostic(DiagKind::NonShorthandFieldPattern, tree_->span(field), {std::string(name)});
  d.with_fix(tree_->span(field), shorthand, "use shorthand field pattern: `" + shorthand + "`",
             Applicability::MachineApplicable, SuggestionStyle::HideCodeInline);
  result_.late_lints.push_back(std::move(d));
}

// `P(..)` naming a struct or variant that is not a tuple: rustc's resolver
// reports a struct with named fields or a unit variant (E0532, with the
// pattern to write), its type checker a struct variant (E0164).
void BodyChecker::report_tuple_pattern_of_non_tuple(NodeId pat, NodeId path, ItemRef target) {
  const Item& item = resolver_.item(target);
  const AdtData& adt = resolver_.map_of(target.crate)->adts[item.data];
  std::string written(tree_->text(path, text_));
  Span at = tree_->span(pat);
  std::vector<NodeId> subs = pattern_children(*tree_, pat);
  if (item.kind == ItemKind::Variant && adt.shape == FieldsShape::Named) {
    std::string fields;
    for (const FieldDef& f : adt.fields) fields += (fields.empty() ? "" : ", ") + std::string(f.name) + ": _";
    Diagnostic& d = type_error(make_diagnostic(DiagKind::TuplePatternOfStructVariant, at, {written}));
    d.with_label("not a tuple struct or tuple variant");
    d.with_fix(Span{at.file, tree_->span(path).end, at.end}, " { " + fields + " }",
               "the struct variant's fields are being ignored", Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
    return;
  }
  std::string word = item.kind == ItemKind::Struct ? "struct" : adt.shape == FieldsShape::Unit ? "unit variant" : "variant";
  Diagnostic d = make_diagnostic(DiagKind::ExpectedTupleStructPattern, at, {word, written});
  if (target.crate == crate_.crate && item.file < cx_.input->files.size() && cx_.input->files[item.file].tree != nullptr) {
    const SyntaxTree& t = *cx_.input->files[item.file].tree;
    d.with_secondary(t.span_without_attributes(item.node), "`" + written + "` defined here");
  }
  if (adt.shape == FieldsShape::Unit) {
    d.with_fix(at, written, "use this syntax instead", Applicability::MaybeIncorrect);
  } else if (adt.shape == FieldsShape::Named && subs.size() == adt.fields.size()) {
    // Each sub-pattern to its field, in order (rustc's suggestion).
    std::string fields;
    for (size_t i = 0; i < subs.size(); ++i) {
      fields += (i ? ", " : "") + std::string(adt.fields[i].name) + ": " + std::string(tree_->text(subs[i], text_));
    }
    d.with_fix(at, written + " { " + fields + " }", "use struct pattern syntax instead", Applicability::MaybeIncorrect);
  }
  resolution_error(std::move(d));
}

// A tuple, tuple struct or slice pattern's parts, with only the first `..`
// (or `name @ ..`): a later one is AST lowering's error, and lowering drops it.
std::vector<NodeId> BodyChecker::parts_with_one_rest(NodeId pat, std::string_view word) {
  std::vector<NodeId> parts;
  NodeId first_rest;
  for (NodeId s : pattern_children(*tree_, pat)) {
    NodeId rest = tree_->kind(s) == NodeKind::RestPat ? s
                  : tree_->kind(s) == NodeKind::IdentPat ? first_child(*tree_, s, NodeKind::RestPat)
                                                         : NodeId::none();
    if (rest.has_value() && first_rest.has_value()) {
      if (reported_rest_patterns_.insert(rest.index).second) {
        std::string once = "can only be used once per " + std::string(word) + " pattern";
        type_error(make_diagnostic(DiagKind::RepeatedRestPattern, tree_->span(rest), {std::string(word)}))
            .with_label(once)
            .with_secondary(tree_->span(first_rest), "previously used here");
      }
      continue;
    }
    if (rest.has_value()) first_rest = rest;
    parts.push_back(s);
  }
  return parts;
}

void BodyChecker::check_tuple_struct_pattern(NodeId pat, TypeId expected) {
  NodeId path = first_child(*tree_, pat, NodeKind::Path);
  std::vector<NodeId> subs = parts_with_one_rest(pat, "tuple struct");
  // `Some(v)` against what an unsupported call returned (`ch.to_digit(10)`):
  // the pattern depends on that construct, reported already.
  if (path.has_value() && is_error(expected) &&
      resolve_path(path, Namespace::Value, false, false, ExpectedItem::TupleStruct).kind ==
          PathResolution::Kind::Unsupported) {
    for (NodeId s : subs) check_pattern(s, types_.error(), false);
    return;
  }
  std::optional<ItemRef> target =
      path.has_value() ? resolve_pattern_path(path, Namespace::Value, true, ExpectedItem::TupleStruct) : std::nullopt;
  auto unknown = [&] {
    for (NodeId s : subs) check_pattern(s, types_.error(), false);
  };
  if (!target) {
    // `Pt(x, y)` of a struct with named fields: no value of that name, but rustc says which struct it is.
    if (path.has_value()) {
      std::optional<ItemRef> named = resolve_pattern_path(path, Namespace::Type, false, ExpectedItem::TupleStruct);
      if (named && resolver_.item(*named).kind == ItemKind::Struct) report_tuple_pattern_of_non_tuple(pat, path, *named);
    }
    return unknown();
  }
  note_pattern_variant(pat, path, *target);
  const Item& item = resolver_.item(*target);
  const CrateDefMap* map = resolver_.map_of(target->crate);
  if (is_associated_fn(*target)) {
    Diagnostic& d = type_error(make_diagnostic(DiagKind::ExpectedTupleFoundAssocFn, tree_->span(pat),
                                               {std::string(tree_->text(path, text_))}));
    d.with_label("`fn` calls are not allowed in patterns");
    d.with_help("for more information, visit https://doc.rust-lang.org/book/ch19-00-patterns.html");
    return unknown();
  }
  if ((item.kind != ItemKind::Struct && item.kind != ItemKind::Variant) ||
      map->adts[item.data].shape != FieldsShape::Tuple) {
    bool associated = item.parent.has_value() && map->items[item.parent.index].kind == ItemKind::Impl;
    if (item.kind == ItemKind::Struct || item.kind == ItemKind::Variant) {
      report_tuple_pattern_of_non_tuple(pat, path, *target);
    } else if (item.kind == ItemKind::Const && associated) {
      // Found by the type checker, through the type (E0164), not by the resolver.
      type_error(make_diagnostic(DiagKind::ExpectedTupleFoundAssocConst, tree_->span(pat),
                                 {std::string(tree_->text(path, text_))}))
          .with_label("not a tuple struct or tuple variant");
    } else if (item.kind != ItemKind::Unsupported) {
      resolution_error(make_diagnostic(DiagKind::ExpectedTupleStructPattern, tree_->span(path),
                                       {std::string(item_kind_word(item)), std::string(item.name)}))
          .with_label("not a tuple struct or tuple variant");
    }
    return unknown();
  }
  const AdtData& adt = map->adts[item.data];
  if (item.kind == ItemKind::Struct) check_pattern_constructor_privacy(path, *target, adt, subs);
  TypeId type = item.kind == ItemKind::Struct ? types_.adt(*target) : types_.adt(ItemRef{target->crate, item.parent.index});
  if (!unify(expected, type)) {
    report_mismatch(tree_->span(pat), expected, type);
    return unknown();
  }
  size_t rest = subs.size();
  for (size_t i = 0; i < subs.size(); ++i) {
    if (tree_->kind(subs[i]) == NodeKind::RestPat) rest = i;
  }
  size_t given = subs.size() - (rest < subs.size() ? 1 : 0);
  if ((rest == subs.size() && given != adt.fields.size()) || given > adt.fields.size()) {
    report_pattern_field_count(pat, subs, rest, *target, adt);
    return unknown();
  }
  for (size_t i = 0; i < subs.size(); ++i) {
    if (i == rest) continue;
    size_t field = i < rest ? i : adt.fields.size() - (subs.size() - i);
    if (target->crate == crate_.crate && tree_->kind(subs[i]) != NodeKind::WildcardPat) {
      result_.read_fields.push_back({target->item, uint32_t(field)});
    }
    check_pattern(subs[i], adt.fields[field].type, false);
  }
}

// E0023 as rustc shows it: each subpattern underlined (the pattern when it
// has none), the fields of the struct or variant beside, and for too few
// subpatterns the `_`s and `..` that would make it whole.
void BodyChecker::report_pattern_field_count(NodeId pat, const std::vector<NodeId>& subs, size_t rest, ItemRef target,
                                             const AdtData& adt) {
  const Item& item = resolver_.item(target);
  std::string what = item.kind == ItemKind::Struct ? "tuple struct" : "tuple variant";
  size_t given = subs.size() - (rest < subs.size() ? 1 : 0), wanted = adt.fields.size();
  auto count = [](size_t n) { return std::to_string(n) + (n == 1 ? " field" : " fields"); };
  std::vector<Span> underlined;
  for (size_t i = 0; i < subs.size(); ++i) {
    if (i != rest) underlined.push_back(tree_->span(subs[i]));
  }
  if (underlined.empty()) underlined.push_back(tree_->span(pat));
  Diagnostic& d = type_error(make_diagnostic(
      DiagKind::PatternFieldCount, underlined[0],
      {std::to_string(given), given == 1 ? "" : "s", what, std::to_string(wanted), wanted == 1 ? "" : "s"}));
  std::string label = "expected " + count(wanted) + ", found " + std::to_string(given);
  if (underlined.size() == 1) d.with_label(label);
  for (size_t i = 1; i < underlined.size(); ++i) {
    d.with_secondary(underlined[i], i + 1 == underlined.size() ? label : "");
    d.secondary.back().primary = true;
  }
  std::vector<Span> fields = tuple_field_spans(target, adt);
  for (size_t i = 0; i < fields.size(); ++i) {
    d.with_secondary(fields[i], i + 1 == fields.size() ? what + " has " + count(wanted) : "");
  }
  // The fixes go just before the closing parenthesis.
  uint32_t close = tree_->node(pat).end_token - 1;
  if (given >= wanted || rest < subs.size() || tree_->tokens[close].kind != TokenKind::CloseParen) return;
  Span at = tree_->token_span(close);
  at.end = at.begin;
  std::string blanks;
  for (size_t i = given; i < wanted; ++i) blanks += (i == 0 ? "_" : ", _");
  auto fix = [&](std::string text, std::string message) {
    d.with_fix(at, std::move(text), std::move(message), Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
  };
  fix(blanks, "use `_` to explicitly ignore each field");
  if (given == 0) fix("..", "use `..` to ignore all fields");
  else if (wanted - given > 1) fix(", ..", "use `..` to ignore the rest of the fields");
}

// Where rustc points at the fields of a tuple struct or variant: each whole
// (`pub i32`) in this crate, the field's type in another.
std::vector<Span> BodyChecker::tuple_field_spans(ItemRef target, const AdtData& adt) const {
  std::vector<Span> out;
  const Item& item = resolver_.item(target);
  if (target.crate == crate_.crate && item.file < cx_.input->files.size() && cx_.input->files[item.file].tree) {
    const SyntaxTree& t = *cx_.input->files[item.file].tree;
    std::vector<NodeId> nodes = field_nodes(t, item.node);
    if (nodes.size() == adt.fields.size()) {
      for (NodeId field : nodes) out.push_back(t.span_without_attributes(field));
      return out;
    }
  }
  for (const FieldDef& field : adt.fields) {
    if (field.span.file.has_value()) out.push_back(field.span);
  }
  return out;
}

// A tuple struct pattern needs its constructor, which is as private as the
// struct's most private field (as for a call: check_constructor_privacy).
void BodyChecker::check_pattern_constructor_privacy(NodeId path, ItemRef ctor, const AdtData& adt,
                                                    const std::vector<NodeId>& subs) {
  size_t hidden = adt.fields.size();
  for (size_t i = 0; i < adt.fields.size() && hidden == adt.fields.size(); ++i) {
    if (!resolver_.is_accessible(ctor.crate, adt.fields[i].visible_in, item_scope())) hidden = i;
  }
  if (hidden == adt.fields.size() || in_macro_arguments_) return;
  SegmentList segments = segments_of(path);
  if (segments.size() > 1) {
    resolution_error(make_diagnostic(DiagKind::PrivateItem, segments.back().span,
                                     {"tuple struct constructor", std::string(resolver_.item(ctor).name)}))
        .with_label("private tuple struct constructor");
    return;
  }
  Diagnostic& d = resolution_error(make_diagnostic(DiagKind::TupleStructPatternPrivateFields, tree_->span(path), {}));
  // rustc points at the sub-pattern matching the private field.
  if (hidden < subs.size() && tree_->kind(subs[hidden]) != NodeKind::RestPat) {
    d.with_note_at(tree_->span(subs[hidden]), "constructor is not visible here due to private fields");
  }
}

void BodyChecker::check_struct_pattern(NodeId pat, TypeId expected) {
  NodeId path = first_child(*tree_, pat, NodeKind::Path);
  NodeId list = first_child(*tree_, pat, NodeKind::RecordPatFieldList);
  std::vector<NodeId> fields;
  bool has_rest = false;
  if (list.has_value()) {
    for (NodeId f : Kids(*tree_, list)) {
      if (tree_->kind(f) != NodeKind::RecordPatField) continue;
      if (first_child(*tree_, f, NodeKind::RestPat).has_value() &&
          first_child(*tree_, f, NodeKind::NameRef).is_none()) {
        has_rest = true;
        continue;
      }
      fields.push_back(f);
    }
  }
  std::optional<ItemRef> target = path.has_value() ? resolve_pattern_path(path, Namespace::Type) : std::nullopt;
  auto unknown = [&] {
    for (NodeId f : fields) {
      for (NodeId p : pattern_children(*tree_, f)) check_pattern(p, types_.error(), false);
    }
  };
  if (!target) return unknown();
  note_pattern_variant(pat, path, *target);
  const Item& item = resolver_.item(*target);
  const CrateDefMap* map = resolver_.map_of(target->crate);
  if (item.kind != ItemKind::Struct && item.kind != ItemKind::Variant) return unknown();
  const AdtData& adt = map->adts[item.data];
  TypeId type = item.kind == ItemKind::Struct ? types_.adt(*target) : types_.adt(ItemRef{target->crate, item.parent.index});
  if (!unify(expected, type)) {
    report_mismatch(tree_->span(pat), expected, type);
    return unknown();
  }
  std::string display = item.kind == ItemKind::Variant
                            ? std::string(map->items[item.parent.index].name) + "::" + std::string(item.name)
                            : std::string(item.name);
  std::vector<bool> mentioned(adt.fields.size(), false);
  std::vector<std::pair<std::string_view, Span>> private_fields;  // named but not visible here (E0451)
  std::vector<Span> first_use(adt.fields.size());
  std::vector<Diagnostic> no_such_field;  // reported after the fields' patterns, as rustc
  std::vector<std::string_view> no_such_names;
  for (NodeId f : fields) {
    NodeId name_node = first_child(*tree_, f, NodeKind::NameRef);
    std::vector<NodeId> subs = pattern_children(*tree_, f);
    std::string_view name;
    Span span;
    if (name_node.has_value()) {
      name = segment_of_name(name_node).name;
      span = tree_->span(name_node);
    } else if (!subs.empty() && tree_->kind(subs[0]) == NodeKind::IdentPat) {
      NodeId n = first_child(*tree_, subs[0], NodeKind::Name);
      if (n.has_value()) {
        name = segment_of_name(n).name;
        span = tree_->span(n);
      }
    }
    size_t index = adt.field_index(name);
    if (index == adt.fields.size()) {
      std::string_view what = item.kind == ItemKind::Variant ? "variant" : "struct";
      no_such_field.push_back(make_diagnostic(DiagKind::PatternNoSuchField, span, {std::string(what), display, std::string(name)}));
      no_such_field.back().with_label(std::string(what) + " `" + display + "` does not have this field");
      no_such_names.push_back(name);
      for (NodeId p : subs) check_pattern(p, types_.error(), false);
      continue;
    }
    if (mentioned[index]) {
      Diagnostic& d = type_error(make_diagnostic(DiagKind::FieldBoundTwice, tree_->span(f), {std::string(name)}));
      d.with_label("multiple uses of `" + std::string(name) + "` in pattern");
      d.with_secondary(first_use[index], "first use of `" + std::string(name) + "`");
      for (NodeId p : subs) check_pattern(p, types_.error(), false);
      continue;
    }
    mentioned[index] = true;
    first_use[index] = tree_->span(f);
    if (!resolver_.is_accessible(target->crate, adt.fields[index].visible_in, item_scope())) {
      private_fields.push_back({name, span});
    }
    if (target->crate == crate_.crate) result_.read_fields.push_back({target->item, uint32_t(index)});
    shorthand_field_pattern_ = name_node.is_none();
    for (NodeId p : subs) check_pattern(p, adt.fields[index].type, false);
    shorthand_field_pattern_ = false;
    if (name_node.has_value() && subs.size() == 1) lint_non_shorthand_field(f, name, subs[0]);
  }
  report_private_fields(private_fields, display, std::nullopt);
  std::vector<std::string> missing;
  for (size_t i = 0; i < adt.fields.size() && !has_rest; ++i) {
    if (mentioned[i]) continue;
    missing.push_back(adt.shape == FieldsShape::Named ? std::string(adt.fields[i].name) : std::to_string(i));
  }
  // One unknown field close to the one field not mentioned: rustc takes it
  // for a typo of that field, suggests it, and does not report it missing.
  if (no_such_field.size() == 1 && missing.size() == 1 && adt.shape == FieldsShape::Named) {
    std::string_view candidate = missing[0];
    if (best_match_for_name(no_such_names[0], std::span<const std::string_view>(&candidate, 1))) {
      no_such_field[0].with_fix(no_such_field[0].primary.span, missing[0], "a field with a similar name exists",
                                Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
      missing.clear();
    }
  }
  // `Celsius { degrees }` for a tuple struct or variant: one E0769 instead of
  // the fields it does not have and the ones it does not mention.
  if (!missing.empty() && adt.shape == FieldsShape::Tuple) {
    report_tuple_as_struct_pattern(pat, path, fields, adt.fields.size());
    return;
  }
  for (Diagnostic& d : no_such_field) type_error(std::move(d));
  if (missing.empty()) return;
  std::string list_text;
  for (size_t i = 0; i < missing.size(); ++i) list_text += (i > 0 ? ", `" : "`") + missing[i] + "`";
  std::string noun = missing.size() == 1 ? "field" : "fields";
  Diagnostic& d = type_error(make_diagnostic(DiagKind::PatternMissingFields, tree_->span(pat), {noun, list_text}));
  d.with_label("missing " + noun + " " + list_text);
  suggest_missing_pattern_fields(d, pat, fields, missing);
}

// rustc's three fixes for E0027: the missing fields named, bound to `_`, or `..`.
void BodyChecker::suggest_missing_pattern_fields(Diagnostic& d, NodeId pat, const std::vector<NodeId>& fields,
                                                 const std::vector<std::string>& missing) {
  const Node& node = tree_->node(pat);
  if (node.end_token <= node.first_token || tree_->tokens[node.end_token - 1].kind != TokenKind::CloseBrace) return;
  Span close = tree_->token_span(node.end_token - 1);
  // After the last field, or before the `}` when nothing or a comma precedes it.
  bool trailing_comma = !fields.empty() && tree_->tokens[tree_->node(fields.back()).end_token].kind == TokenKind::Comma;
  Span at{close.file, close.begin, close.begin};
  std::string before = fields.empty() ? " " : "", after = fields.empty() || trailing_comma ? " " : "";
  if (!fields.empty() && !trailing_comma) {
    Span last = tree_->span(fields.back());
    at = Span{last.file, last.end, last.end};
    before = ", ";
  }
  std::string named, ignored;
  for (size_t i = 0; i < missing.size(); ++i) {
    named += (i > 0 ? ", " : "") + missing[i];
    ignored += (i > 0 ? ", " : "") + missing[i] + ": _";
  }
  bool one = missing.size() == 1;
  auto fix = [&](const std::string& text, std::string message) {
    d.with_fix(at, before + text + after, std::move(message), Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
  };
  fix(named, one ? "include the missing field in the pattern" : "include the missing fields in the pattern");
  fix(ignored, one ? "if you don't care about this missing field, you can explicitly ignore it"
                   : "if you don't care about these missing fields, you can explicitly ignore them");
  fix("..", "or always ignore missing fields here");
}

void BodyChecker::report_tuple_as_struct_pattern(NodeId pat, NodeId path, const std::vector<NodeId>& fields,
                                                 size_t field_count) {
  Diagnostic& d = type_error(make_diagnostic(DiagKind::TupleVariantAsStructPattern, tree_->span(pat),
                                             {std::string(tree_->text(path, text_))}));
  // rustc offers the fields' own patterns when there are as many as the
  // tuple has, and placeholders otherwise.
  std::string inside;
  for (size_t i = 0; i < field_count; ++i) {
    if (i > 0) inside += ", ";
    std::vector<NodeId> subs = i < fields.size() && fields.size() == field_count ? pattern_children(*tree_, fields[i])
                                                                                   : std::vector<NodeId>{};
    inside += subs.empty() ? std::string("_") : std::string(tree_->text(subs.back(), text_));
  }
  Span span = tree_->span(pat);
  span.begin = tree_->span(path).end;
  d.with_fix(span, "(" + inside + ")", "use the tuple variant pattern syntax instead",
             fields.size() == field_count ? Applicability::MachineApplicable : Applicability::MaybeIncorrect,
             SuggestionStyle::ShowAlways);
}

namespace {

// The IdentPat that binds `name` in `pattern`, or none.
NodeId find_binding(const SyntaxTree& tree, std::string_view text, NodeId pattern, std::string_view name, int depth) {
  if (depth > 64) return NodeId::none();
  NodeId name_node = tree.kind(pattern) == NodeKind::IdentPat ? first_child(tree, pattern, NodeKind::Name) : NodeId::none();
  if (name_node.has_value() && tree.text(name_node, text) == name) return pattern;
  for (NodeId c : Kids(tree, pattern)) {
    if (tree.kind(c) == NodeKind::Name || tree.kind(c) == NodeKind::Path) continue;
    NodeId found = find_binding(tree, text, c, name, depth + 1);
    if (found.has_value()) return found;
  }
  return NodeId::none();
}

}  // namespace

// E0409: a name bound by value in one alternative and by reference (or
// with another mutability) in another.
void BodyChecker::report_inconsistent_binding_modes(
    const std::vector<NodeId>& nodes, const std::vector<std::vector<std::pair<std::string_view, Span>>>& alternatives) {
  if (alternatives.empty()) return;
  for (auto& [name, first_span] : alternatives[0]) {
    // rustc's binding mode as written, which the alternatives must agree on.
    NodeId first = find_binding(*tree_, text_, nodes[0], name, 0);
    for (size_t i = 1; i < alternatives.size(); ++i) {
      for (auto& [other, span] : alternatives[i]) {
        if (other != name) continue;
        NodeId other_binding = find_binding(*tree_, text_, nodes[i], name, 0);
        if (first.is_none() || other_binding.is_none()) continue;
        if (binding_modifiers(*tree_, first) == binding_modifiers(*tree_, other_binding)) continue;
        Diagnostic d = make_diagnostic(DiagKind::InconsistentBindingMode, span, {std::string(name)});
        d.with_label("bound in different ways");
        d.with_secondary(first_span, "first binding");
        result_.resolution_diagnostics.push_back(std::move(d));
        tainted_ = true;  // rustc reports no borrow-checking lints for the body (measured: unused_mut)
      }
    }
  }
}

// The names a pattern binds, in order, with their spans. Or-patterns bind
// what their first alternative binds; the alternatives are compared here
// (E0408), and a name bound twice is E0416.
void BodyChecker::pattern_bindings(NodeId pat, std::vector<std::pair<std::string_view, Span>>& out, int depth) {
  if (pat.is_none() || depth > 64) return;
  NodeKind kind = tree_->kind(pat);
  if (kind == NodeKind::OrPat) {
    std::vector<std::vector<std::pair<std::string_view, Span>>> alternatives;
    std::vector<NodeId> nodes;
    for (NodeId c : Kids(*tree_, pat)) {
      if (!is_pattern_kind(tree_->kind(c))) continue;
      alternatives.emplace_back();
      nodes.push_back(c);
      pattern_bindings(c, alternatives.back(), depth + 1);
    }
    // Every name bound anywhere must be bound in each alternative.
    std::vector<std::pair<std::string_view, Span>> all;
    for (auto& alternative : alternatives) {
      for (auto& binding : alternative) {
        bool seen = false;
        for (auto& a : all) seen |= a.first == binding.first;
        if (!seen) all.push_back(binding);
      }
    }
    for (auto& [name, span] : all) {
      for (size_t i = 0; i < alternatives.size(); ++i) {
        bool present = false;
        for (auto& b : alternatives[i]) present |= b.first == name;
        if (present) continue;
        Diagnostic d = make_diagnostic(DiagKind::NotBoundInAllPatterns, tree_->span(nodes[i]), {std::string(name)});
        d.with_label("pattern doesn't bind `" + std::string(name) + "`");
        d.with_secondary(span, "variable not in all patterns");
        // The bindings still exist: rustc goes on to type and borrow checking.
        result_.resolution_diagnostics.push_back(std::move(d));
      }
    }
    report_inconsistent_binding_modes(nodes, alternatives);
    if (!alternatives.empty()) {
      for (auto& b : alternatives[0]) out.push_back(b);
    }
    return;
  }
  if (kind == NodeKind::IdentPat) {
    NodeId name = first_child(*tree_, pat, NodeKind::Name);
    bool plain = first_child(*tree_, pat, NodeKind::Modifier).is_none();
    bool sub = false;
    for (NodeId c : Kids(*tree_, pat)) sub |= is_pattern_kind(tree_->kind(c));
    if (name.has_value()) {
      std::string_view text = tree_->text(name, text_);
      if (text.starts_with("r#")) text.remove_prefix(2);
      bool opaque = false;
      bool is_binding = !plain || sub || (!unit_pattern_item(text, &opaque) && !opaque);
      if (is_binding) {
        bool duplicate = false;
        for (auto& b : out) duplicate |= b.first == text;
        if (duplicate) {
          bool parameter = parameter_names_ != nullptr;
          Diagnostic d = make_diagnostic(parameter ? DiagKind::ParameterBoundTwice : DiagKind::BoundMoreThanOnce,
                                         tree_->span(name), {std::string(text)});
          d.with_label(parameter ? "used as parameter more than once" : "used in a pattern more than once");
          result_.resolution_diagnostics.push_back(std::move(d));
        } else {
          out.push_back({text, tree_->span(name)});
        }
      }
    }
  }
  if (kind == NodeKind::MacroPat) return;
  for (NodeId c : Kids(*tree_, pat)) {
    if (is_pattern_kind(tree_->kind(c))) pattern_bindings(c, out, depth + 1);
    else if (tree_->kind(c) == NodeKind::RecordPatFieldList) {
      for (NodeId f : Kids(*tree_, c)) {
        for (NodeId p : Kids(*tree_, f)) {
          if (is_pattern_kind(tree_->kind(p))) pattern_bindings(p, out, depth + 1);
        }
      }
    }
  }
}

// unused_parens around a pattern: `(x)`, `E::A((y))`, a match arm's `(3 | 4)`.
// Kept quiet where they are needed or rustc keeps quiet: a range `(1..=2)`,
// `&(mut x)`, and an or-pattern inside another pattern (`&(A | B)`).
// unused_parens on a pattern, as rustc's early lint: parentheses around a
// range always stay; around an or-pattern where `|` would change the
// meaning (`avoid_or`: a `let` or parameter pattern, `x @ (..)`, `&(..)`);
// around `mut x` right after `&` (`avoid_mut`: `&mut x` means otherwise).
void BodyChecker::lint_paren_pattern(NodeId pat, bool avoid_or, bool avoid_mut) {
  if (in_macro_arguments_ || tree_->kind(pat) != NodeKind::ParenPat) return;
  Kids inner = pattern_children(*tree_, pat);
  if (inner.size() != 1) return;
  NodeKind k = tree_->kind(inner[0]);
  if (k == NodeKind::RangePat || (k == NodeKind::OrPat && avoid_or)) return;
  if (k == NodeKind::IdentPat && avoid_mut) {
    for (NodeId c : Kids(*tree_, inner[0])) {
      if (tree_->kind(c) == NodeKind::Modifier && tree_->node(c).detail == uint8_t(ModifierKind::Mut)) return;
    }
  }
  const Node& n = tree_->node(pat);
  result_.early_lints.push_back(unused_parens(tree_->token_span(n.first_token), tree_->token_span(n.end_token - 1), "pattern", owner_starts_file()));
}

// The same lint on the direct sub-patterns of `pat`, with the context its kind gives them.
void BodyChecker::lint_paren_subpatterns(NodeId pat) {
  if (in_macro_arguments_) return;
  switch (tree_->kind(pat)) {
    case NodeKind::TuplePat:
    case NodeKind::TupleStructPat:
    case NodeKind::SlicePat:
    case NodeKind::OrPat:
      for (NodeId c : pattern_children(*tree_, pat)) lint_paren_pattern(c, false, false);
      break;
    case NodeKind::RecordPat: {
      NodeId list = first_child(*tree_, pat, NodeKind::RecordPatFieldList);
      if (list.is_none()) break;
      for (NodeId f : Kids(*tree_, list)) {
        if (tree_->kind(f) != NodeKind::RecordPatField) continue;
        for (NodeId c : pattern_children(*tree_, f)) lint_paren_pattern(c, false, false);
      }
      break;
    }
    case NodeKind::IdentPat:
      for (NodeId c : pattern_children(*tree_, pat)) lint_paren_pattern(c, true, false);
      break;
    case NodeKind::RefPat: {
      bool is_mut = false;
      for (NodeId c : Kids(*tree_, pat)) {
        is_mut |= tree_->kind(c) == NodeKind::Modifier && tree_->node(c).detail == uint8_t(ModifierKind::Mut);
      }
      for (NodeId c : pattern_children(*tree_, pat)) lint_paren_pattern(c, true, !is_mut);
      break;
    }
    default: break;
  }
}

void BodyChecker::check_pattern(NodeId pat, TypeId expected, bool in_let) {
  if (!in_nested_pattern_ && tree_->kind(pat) == NodeKind::ParenPat) {
    // A `let` statement's or a parameter's pattern keeps `(a | b)`; a match arm's, `if let`'s or `for`'s does not.
    NodeKind parent = pattern_parent_kind(*tree_, pat);
    lint_paren_pattern(pat, parent == NodeKind::LetStmt || parent == NodeKind::Param, false);
  }
  lint_paren_subpatterns(pat);
  if (!in_nested_pattern_) {
    top_pattern_ = pat;
    // A function's parameters share one list of names (E0415). A lone
    // binding elsewhere (`let x`, the common case) cannot bind a name twice.
    bool lone_binding = parameter_names_ == nullptr && tree_->kind(pat) == NodeKind::IdentPat &&
                        pattern_children(*tree_, pat).empty();
    if (!lone_binding) {
      PooledVector<std::pair<std::string_view, Span>> names;  // only its diagnostics matter here
      pattern_bindings(pat, parameter_names_ != nullptr ? *parameter_names_ : names.v, 0);
    }
    // `let` and `for` record their patterns for the refutability check; a parameter's is recorded here.
    if (in_let && !in_macro_arguments_ && !is_trivially_irrefutable(pat) && pattern_is_parameter(*tree_, pat)) {
      let_sites_.push_back({pat, expected, false, item_scope(), ConditionalLet::None, Span{}, Span{}});
    }
  }
  bool outer = in_nested_pattern_;
  in_nested_pattern_ = true;
  check_pattern_inner(pat, expected, in_let);
  in_nested_pattern_ = outer;
}

void BodyChecker::check_pattern_inner(NodeId pat, TypeId expected, bool in_let) {
  NodeKind kind = tree_->kind(pat);
  tainted_ |= is_error(expected);  // (as an expression's type: see check_expr)
  uint8_t saved_mode = binding_mode_;
  TypeId unpeeled = expected;  // a constant's path pattern is not peeled (below)
  // Default binding modes: a non-reference pattern against `&T` matches `T`
  // and its bindings become references.
  if (kind != NodeKind::IdentPat && kind != NodeKind::WildcardPat && kind != NodeKind::RefPat &&
      kind != NodeKind::RestPat && kind != NodeKind::OrPat && kind != NodeKind::ParenPat &&
      kind != NodeKind::LiteralPat && kind != NodeKind::RangePat) {
    for (int step = 0; step < 8; ++step) {
      TypeId e = shallow(expected);
      if (types_.kind(e) != TypeKind::Ref) break;
      binding_mode_ = types_.is_mutable_ref(e) && binding_mode_ != 1 ? 2 : 1;
      expected = types_.element(e);
    }
  }
  switch (kind) {
    case NodeKind::IdentPat: check_ident_pattern(pat, expected); break;
    case NodeKind::WildcardPat:
    case NodeKind::RestPat: break;
    case NodeKind::ParenPat:
      for (NodeId c : pattern_children(*tree_, pat)) check_pattern(c, expected, in_let);
      break;
    case NodeKind::LiteralPat:
    case NodeKind::RangePat: {
      TypeId e = expected;
      NodeId probe = kind == NodeKind::LiteralPat ? pat : first_child(*tree_, pat, NodeKind::LiteralPat);
      bool string_literal = false;
      if (probe.has_value()) {
        const Token& t = tree_->tokens[tree_->node(probe).end_token - 1];
        string_literal = t.kind == TokenKind::StrLiteral || t.kind == TokenKind::RawStrLiteral;
      }
      // Literal patterns look through references (`match &x { 1 => .. }`), except strings.
      while (types_.kind(shallow(e)) == TypeKind::Ref && !string_literal) e = types_.element(shallow(e));
      for (NodeId part : Kids(*tree_, pat)) {
        NodeId literal = tree_->kind(part) == NodeKind::Literal ? part : first_child(*tree_, part, NodeKind::Literal);
        if (kind == NodeKind::LiteralPat)
          literal = tree_->kind(pat) == NodeKind::LiteralPat ? first_child(*tree_, pat, NodeKind::Literal) : literal;
        if (literal.is_none()) {
          if (tree_->kind(part) == NodeKind::PathPat) check_pattern(part, e, false);
          continue;
        }
        const Token& t = tree_->tokens[tree_->node(literal).first_token];
        TypeId type;
        switch (t.kind) {
          case TokenKind::IntLiteral: type = new_int_var(); break;
          case TokenKind::FloatLiteral: type = new_float_var(); break;
          case TokenKind::CharLiteral: type = types_.char_type(); break;
          case TokenKind::ByteLiteral: type = types_.int_type(IntKind::U8); break;
          case TokenKind::KwTrue:
          case TokenKind::KwFalse: type = types_.bool_type(); break;
          case TokenKind::StrLiteral:
          case TokenKind::RawStrLiteral: type = types_.ref_str(); break;
          default: type = types_.error(); break;
        }
        if ((t.flags & Token::kHasSuffix) && (t.kind == TokenKind::IntLiteral || t.kind == TokenKind::FloatLiteral)) {
          std::string_view text = tree_->token_text(tree_->node(literal).first_token, text_);
          TypeId suffixed = primitive_type(types_, text.substr(text.size() - t.suffix_length));
          if (suffixed.has_value()) type = suffixed;
        }
        if (t.kind == TokenKind::IntLiteral) {
          // overflowing_literals judges a pattern's literal as an expression's (`256` against a u8).
          NodeId literal_pat = kind == NodeKind::LiteralPat ? pat : part;
          bool negated = tree_->tokens[tree_->node(literal_pat).first_token].kind == TokenKind::Minus;
          int_literals_.push_back({literal, type, negated, tree_, true});
        }
        if (!unify(e, type)) {
          // A range's endpoints are checked one by one, each mismatch at its endpoint (rustc).
          report_mismatch(tree_->span(kind == NodeKind::RangePat ? part : pat), e, type);
          if (kind == NodeKind::RangePat) continue;
          break;
        }
        // `-1` against an unsigned type fails `Neg`, known now or once inference settles.
        NodeId endpoint = kind == NodeKind::LiteralPat ? pat : part;
        if (t.kind == TokenKind::IntLiteral && tree_->tokens[tree_->node(endpoint).first_token].kind == TokenKind::Minus) {
          negated_integer_vars_.push_back({endpoint, NodeId::none(), type});
        }
        if (kind == NodeKind::LiteralPat) break;
      }
      break;
    }
    case NodeKind::PathPat: {
      NodeId path = first_child(*tree_, pat, NodeKind::Path);
      std::optional<ItemRef> target = path.has_value() ? resolve_pattern_path(path, Namespace::Value) : std::nullopt;
      if (!target) break;
      note_pattern_variant(pat, path, *target);
      const Item& item = resolver_.item(*target);
      if (is_associated_fn(*target)) {
        Diagnostic& d = type_error(make_diagnostic(DiagKind::ExpectedUnitFoundAssocFn, tree_->span(path),
                                                   {std::string(tree_->text(path, text_))}));
        d.with_label("not a unit struct, unit variant or constant");
        break;
      }
      TypeId type = unit_item_type(*target);
      if (type.is_none() && item.kind == ItemKind::Variant && segments_of(path).size() >= 2 &&
          resolver_.map_of(target->crate)->adts[item.data].shape == FieldsShape::Named) {
        // Through its enum, a struct variant is the type checker's E0533.
        Diagnostic& d = type_error(make_diagnostic(DiagKind::ExpectedUnitFoundStructVariant, tree_->span(path),
                                                   {std::string(tree_->text(path, text_))}));
        d.with_label("not a unit struct, unit variant or constant");
        Span end{tree_->span(path).file, tree_->span(path).end, tree_->span(path).end};
        const AdtData& adt = resolver_.map_of(target->crate)->adts[item.data];
        d.with_fix(end, " { " + struct_variant_placeholders(adt, "_") + " }",
                   adt.fields.size() == 1 ? "the struct variant's field is being ignored"
                                          : "the struct variant's fields are being ignored",
                   Applicability::HasPlaceholders, SuggestionStyle::ShowAlways);
        break;
      }
      if (type.is_none() && item.kind != ItemKind::Unsupported) {
        resolution_error(make_diagnostic(DiagKind::ExpectedUnitStructPattern, tree_->span(path),
                                         {std::string(item_kind_word(item)), std::string(item.name)}));
        break;
      }
      // rustc matches a constant against the scrutinee's type as it is: `m::N`
      // against `&i32` is a mismatch, and a `&str` constant matches a `&str`.
      if (item.kind == ItemKind::Const) expected = unpeeled;
      if (type.has_value() && !unify(expected, type)) report_mismatch(tree_->span(pat), expected, type);
      break;
    }
    case NodeKind::TupleStructPat: check_tuple_struct_pattern(pat, expected); break;
    case NodeKind::RecordPat: check_struct_pattern(pat, expected); break;
    case NodeKind::TuplePat: {
      std::vector<NodeId> subs = parts_with_one_rest(pat, "tuple");
      size_t rest = subs.size();
      for (size_t i = 0; i < subs.size(); ++i) {
        if (tree_->kind(subs[i]) == NodeKind::RestPat) rest = i;
      }
      TypeId e = shallow(expected);
      std::vector<TypeId> elements;
      if (types_.kind(e) == TypeKind::Tuple) {
        std::span<const TypeId> x = types_.tuple_elements(e);
        elements.assign(x.begin(), x.end());
      } else if (is_error(e)) {
        for (NodeId s : subs) check_pattern(s, tree_->kind(s) == NodeKind::RestPat ? e : part_of_error(e), false);
        break;
      } else if (rest == subs.size()) {
        for (size_t i = 0; i < subs.size(); ++i) elements.push_back(new_var());
        TypeId tuple = types_.tuple(elements);
        if (!unify(e, tuple)) {
          report_mismatch(tree_->span(pat), e, tuple);
          for (NodeId s : subs) check_pattern(s, types_.error(), false);
          break;
        }
      }
      size_t given = subs.size() - (rest < subs.size() ? 1 : 0);
      if (elements.size() < given || (rest == subs.size() && elements.size() != given)) {
        if (!is_error(e)) {
          std::vector<TypeId> found_elements;
          for (size_t i = 0; i < subs.size(); ++i) found_elements.push_back(new_var());
          report_mismatch(tree_->span(pat), e, types_.tuple(found_elements));
        }
        for (NodeId s : subs) check_pattern(s, types_.error(), false);
        break;
      }
      for (size_t i = 0; i < subs.size(); ++i) {
        if (i == rest) continue;
        size_t index = i < rest ? i : elements.size() - (subs.size() - i);
        check_pattern(subs[i], elements[index], false);
      }
      break;
    }
    case NodeKind::SlicePat: {
      std::vector<NodeId> parts = parts_with_one_rest(pat, "slice");
      TypeId e = shallow(expected);
      bool sequence = types_.kind(e) == TypeKind::Array || types_.kind(e) == TypeKind::Slice;
      TypeId element = sequence ? types_.element(e) : types_.error();
      if (!sequence && !is_error(e) && types_.kind(e) != TypeKind::InferVar) {
        std::string shown = show(e);
        type_error(make_diagnostic(DiagKind::SlicePatternOnNonSequence, tree_->span(pat), {shown}))
            .with_label("pattern cannot match with input type `" + shown + "`");
      }
      if (types_.kind(e) == TypeKind::Array) check_array_pattern_length(pat, types_.data(e).length);
      for (NodeId s : parts) {
        if (tree_->kind(s) == NodeKind::IdentPat && first_child(*tree_, s, NodeKind::RestPat).has_value()) {
          // `rest @ ..` binds the remaining elements: a slice of a slice, an
          // array of what an array has left (`[_, rest @ ..]` of `[u8; 4]`: `[u8; 3]`).
          NodeId name = first_child(*tree_, s, NodeKind::Name);
          uint64_t others = parts.size() - 1;
          TypeId slice = types_.kind(e) != TypeKind::Array ? types_.slice(element)
                         : types_.data(e).length >= others ? types_.array(element, types_.data(e).length - others)
                                                           : types_.error();
          if (name.has_value()) {
            TypeId type = binding_mode_ != 0 ? types_.reference(slice, binding_mode_ == 2) : slice;
            declare_local(tree_->text(name, text_), type, false, tree_->span(name));
          }
          continue;
        }
        check_pattern(s, element, false);
      }
      break;
    }
    case NodeKind::RefPat: {
      bool is_mut = false;
      for (NodeId c : Kids(*tree_, pat)) {
        if (tree_->kind(c) == NodeKind::Modifier && tree_->node(c).detail == uint8_t(ModifierKind::Mut)) is_mut = true;
      }
      TypeId e = shallow(expected);
      TypeId inner = types_.error();
      if (types_.kind(e) == TypeKind::Ref) {
        inner = types_.element(e);
        // `&mut p` against `&T`, `&p` against `&mut T`: the references differ.
        if (types_.is_mutable_ref(e) != is_mut) report_mismatch(tree_->span(pat), e, types_.reference(new_var(), is_mut));
      } else if (types_.kind(e) == TypeKind::InferVar) {
        inner = new_var();
        unify(e, types_.reference(inner, is_mut));
      } else if (is_error(e)) {
        inner = part_of_error(e);
      } else {
        report_mismatch(tree_->span(pat), e, types_.reference(new_var(), is_mut));
      }
      binding_mode_ = 0;
      auto outer_ref_pattern = explicit_ref_pattern_;
      explicit_ref_pattern_ = {pat, is_mut};
      for (NodeId c : pattern_children(*tree_, pat)) check_pattern(c, inner, false);
      explicit_ref_pattern_ = outer_ref_pattern;
      break;
    }
    case NodeKind::OrPat: {
      ++or_pattern_depth_;
      std::vector<NodeId> alternatives = pattern_children(*tree_, pat);
      size_t first = locals_.size();
      std::vector<std::vector<std::string_view>> bound(alternatives.size());
      for (size_t i = 0; i < alternatives.size(); ++i) {
        size_t mark = locals_.size();
        check_pattern(alternatives[i], expected, false);
        for (size_t k = mark; k < locals_.size(); ++k) bound[i].push_back(locals_[k].name);
        if (i == 0) continue;
        // The alternatives bind the same names (else E0408): keep one local per
        // name, the first alternative's, and any name only later ones bind.
        // Each binds it with one type: the first's (else E0308 at the later binding).
        std::vector<Local> added(locals_.begin() + mark, locals_.end());
        locals_.resize(mark);
        for (Local& local : added) {
          bool known = false;
          for (size_t k = first; k < mark; ++k) {
            if (locals_[k].name != local.name) continue;
            known = true;
            if (!unify(locals_[k].type, local.type)) {
              NodeId binding = find_binding(*tree_, text_, alternatives[i], local.name, 0);
              report_mismatch(binding.has_value() ? tree_->span(binding) : local.span, locals_[k].type, local.type);
            }
          }
          if (!known) locals_.push_back(std::move(local));
        }
      }
      // A name some alternative does not bind may be uninitialised (rustc then reports E0381 on its use).
      for (size_t k = first; k < locals_.size(); ++k) {
        for (const auto& names : bound) {
          if (std::find(names.begin(), names.end(), locals_[k].name) == names.end()) {
            flow_.locals[locals_[k].uid].partially_bound = true;
          }
        }
      }
      --or_pattern_depth_;
      break;
    }
    case NodeKind::BoxPat:
    case NodeKind::MacroPat:
    case NodeKind::ConstBlockPat:
      type_error(make_diagnostic(DiagKind::Unsupported, tree_->span(pat), {"this pattern"}));
      break;
    default: break;
  }
  binding_mode_ = saved_mode;
}

}  // namespace sluice
