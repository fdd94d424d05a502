// Paths as values, calls, method calls, fields and struct literals.
#include "analysis/check/body_checker.h"
#include "analysis/diag/similar_names.h"
#include "analysis/resolve/const_arith.h"
#include "analysis/check/primitive_methods.h"

namespace sluice {

namespace {

std::string plural(size_t n, std::string_view word) {
  return std::to_string(n) + " " + std::string(word) + (n == 1 ? "" : "s");
}

}  // namespace

// The inherent impls of an ADT (its crate's map holds them), or none.
const std::vector<ItemId>* BodyChecker::inherent_impls_of(TypeId type, const CrateDefMap*& map, ItemRef& adt) {
  TypeId t = shallow(type);
  if (types_.kind(t) != TypeKind::Adt) return nullptr;
  adt = types_.data(t).item;
  map = resolver_.map_of(adt.crate);
  if (map == nullptr) return nullptr;
  auto impls = map->inherent_impls.find(adt);
  return impls == map->inherent_impls.end() ? nullptr : &impls->second;
}

// A member of the type's inherent impls that is outside L1 (a generic method).
bool BodyChecker::has_unsupported_member(TypeId self_type, std::string_view name) {
  const CrateDefMap* map = nullptr;
  ItemRef adt;
  const std::vector<ItemId>* impls = inherent_impls_of(self_type, map, adt);
  if (impls == nullptr) return false;
  for (ItemId impl : *impls) {
    const std::vector<std::string_view>& members = map->impls[map->items[impl.index].data].unsupported_members;
    if (std::find(members.begin(), members.end(), name) != members.end()) return true;
  }
  return false;
}

std::optional<ItemRef> BodyChecker::find_inherent(TypeId self_type, std::string_view name) {
  const CrateDefMap* map = nullptr;
  ItemRef adt;
  const std::vector<ItemId>* impls = inherent_impls_of(self_type, map, adt);
  if (impls == nullptr) return std::nullopt;
  for (ItemId impl : *impls) {
    const ImplData& data = map->impls[map->items[impl.index].data];
    auto found = data.items.find(name);
    if (found != data.items.end()) {
      resolver_.note_item(ItemRef{adt.crate, found->second.index});
      return ItemRef{adt.crate, found->second.index};
    }
  }
  return std::nullopt;
}

// E0034 where two inherent impls of the type both define `name` (their
// E0592 is the resolver's): the use is ambiguous, and its type the error type.
bool BodyChecker::report_ambiguous_inherent(TypeId self_type, std::string_view name, Span name_span) {
  const CrateDefMap* map = nullptr;
  ItemRef adt;
  const std::vector<ItemId>* impls = inherent_impls_of(self_type, map, adt);
  if (impls == nullptr || impls->size() < 2) return false;
  std::vector<ItemRef> candidates;
  for (ItemId impl : *impls) {
    const ImplData& data = map->impls[map->items[impl.index].data];
    if (auto found = data.items.find(name); found != data.items.end()) candidates.push_back({adt.crate, found->second.index});
  }
  if (candidates.size() < 2) return false;
  Diagnostic& d = type_error(make_diagnostic(DiagKind::AmbiguousInherentItem, name_span, {}));
  d.with_label("multiple `" + std::string(name) + "` found");
  std::string type_name(map->items[adt.item].name);
  for (size_t i = 0; i < candidates.size(); ++i) {
    std::string text = "candidate #" + std::to_string(i + 1) + " is defined in an impl for the type `" + type_name + "`";
    if (std::optional<Span> at = local_definition_span(candidates[i])) {
      d.with_note_at(*at, std::move(text));
    } else {
      d.with_note(std::move(text));
    }
  }
  return true;
}

bool BodyChecker::trait_impls_beyond_adts() {
  if (trait_impls_beyond_adts_) return *trait_impls_beyond_adts_;
  bool found = crate_.trait_impls_beyond_adts;
  if (cx_.externs != nullptr) {
    for (const ExternCrate& dependency : *cx_.externs) {
      const CrateDefMap* map = cx_.maps->find(dependency.crate);
      if (map == nullptr) {
        result_.waits_on.push_back(dependency.crate);  // not settled: it may have one
        found = true;
      } else {
        found |= map->trait_impls_beyond_adts;
      }
    }
  }
  trait_impls_beyond_adts_ = found;
  return found;
}

// rustc names a missing associated item by its spelling: a lowercase name
// may be a function (`gravity`), anything else is an "associated item"
// (`Compute`, `MAX`), whether or not it is called.
static std::string missing_item_word(std::string_view name) {
  bool lowercase = !name.empty() && name[0] >= 'a' && name[0] <= 'z';
  return lowercase ? "function or associated item" : "associated item";
}

// The type of an item used as a value: a function's item type, a const's
// type, a unit struct or variant, or a tuple constructor.
TypeId BodyChecker::item_value_type(ItemRef ref, Span span, NodeId path, bool is_call) {
  const Item& item = resolver_.item(ref);
  const CrateDefMap* map = resolver_.map_of(ref.crate);
  switch (item.kind) {
    case ItemKind::Fn: return types_.fn_def(ref);
    case ItemKind::Const:
    case ItemKind::Static: return map->consts[item.data].type;
    case ItemKind::Struct: {
      const AdtData& adt = map->adts[item.data];
      if (adt.shape == FieldsShape::Unit) note_constructed(ref);
      if (adt.shape == FieldsShape::Unit) return types_.adt(ref);
      if (adt.shape == FieldsShape::Tuple) return types_.fn_def(ref);
      break;
    }
    case ItemKind::Variant: {
      const AdtData& adt = map->adts[item.data];
      ItemRef enum_ref{ref.crate, item.parent.index};
      if (adt.shape == FieldsShape::Unit) note_constructed(ref);
      if (adt.shape == FieldsShape::Unit) return types_.adt(enum_ref);
      if (adt.shape == FieldsShape::Tuple) return types_.fn_def(ref);
      break;
    }
    case ItemKind::Unsupported: return types_.error();
    default: break;
  }
  // A struct variant named through its enum (`C::Move`) is rustc's type
  // checker's error (E0533); named alone, the resolver's (E0423).
  if (item.kind == ItemKind::Variant && path.has_value() && segments_of(path).size() >= 2) {
    std::string text(tree_->text(path, text_));
    Diagnostic& d = type_error(make_diagnostic(DiagKind::ExpectedValueFoundStructVariant, tree_->span(path), {text}));
    d.with_label("not a value");
    if (!is_call && !in_macro_arguments_) {
      Span end{tree_->span(path).file, tree_->span(path).end, tree_->span(path).end};
      d.with_fix(end, " { " + struct_variant_placeholders(map->adts[item.data], "/* value */") + " }",
                 "you might have meant to create a new value of the struct", Applicability::HasPlaceholders,
                 SuggestionStyle::ShowAlways);
    }
    return types_.error();
  }
  if (item.kind == ItemKind::Struct && map->adts[item.data].shape == FieldsShape::Named && path.has_value()) {
    report_struct_as_value(ref, path, is_call);
    return types_.error();
  }
  std::string word(item_kind_word(item));
  Diagnostic d = make_diagnostic(DiagKind::ExpectedValueFound, span, {word, std::string(item.name)});
  resolution_error(std::move(d));
  return types_.error();
}

// A struct with named fields used as a value (`Config`) or called
// (`Config(3, true)`): rustc's resolver shows the struct and offers its
// literal, with the call's arguments when there is one for each field.
void BodyChecker::report_struct_as_value(ItemRef ref, NodeId expr, bool is_call) {
  const Item& item = resolver_.item(ref);
  const AdtData& adt = resolver_.map_of(ref.crate)->adts[item.data];
  std::string name(item.name);
  std::string written(tree_->text(expr, text_));
  bool call = is_call && pending_call_.has_value();
  Span at = call ? tree_->span(pending_call_) : tree_->span(expr);
  Diagnostic d = call ? make_diagnostic(DiagKind::StructCalled, at, {name})
                      : make_diagnostic(DiagKind::ExpectedValueFound, at, {"struct", name});
  if (expr == dotted_base_ && tree_->node(expr).end_token < tree_->tokens.size() &&
      tree_->tokens[tree_->node(expr).end_token].kind == TokenKind::Dot) {
    // `Canvas.usable()`: an associated item was meant.
    d.with_fix(tree_->token_span(tree_->node(expr).end_token), "::", "use the path separator to refer to an item",
               Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
    resolution_error(std::move(d));
    return;
  }
  if (ref.crate == crate_.crate && item.file < cx_.input->files.size() && cx_.input->files[item.file].tree != nullptr) {
    d.with_secondary(cx_.input->files[item.file].tree->span_without_attributes(item.node), "`" + name + "` defined here");
  }
  std::vector<NodeId> args;
  if (call) {
    NodeId arg_list = first_child(*tree_, pending_call_, NodeKind::ArgList);
    if (arg_list.has_value()) args = Kids(*tree_, arg_list, kIsExpr);
  }
  if (call && !args.empty() && args.size() == adt.fields.size()) {
    std::string literal = written + "{";
    for (size_t i = 0; i < args.size(); ++i) {
      literal += (i ? ", " : "") + std::string(adt.fields[i].name) + ": " + std::string(tree_->text(args[i], text_));
    }
    d.with_fix(at, literal + "}", "use struct literal syntax instead of calling", Applicability::MaybeIncorrect,
               SuggestionStyle::ShowAlways);
  } else {
    d.with_fix(at, written + " { " + struct_variant_placeholders(adt, "val") + " }", "use struct literal syntax instead",
               Applicability::HasPlaceholders);
  }
  resolution_error(std::move(d));
}

// A struct literal's or pattern's `Enum::Missing { .. }` (rustc's words differ
// from a value path's "no variant or associated item").
void BodyChecker::report_missing_variant(ItemRef enum_ref, const PathSegment& segment) {
  const Item& owner = resolver_.item(enum_ref);
  std::string name(segment.name);
  Diagnostic d = make_diagnostic(DiagKind::NoVariantNamed, segment.span, {name, std::string(owner.name)});
  d.with_label("variant not found in `" + std::string(owner.name) + "`");
  if (std::optional<Span> defined = local_definition_span(enum_ref)) {
    d.with_secondary(*defined, "variant `" + name + "` not found here");
  }
  type_error(std::move(d));
}

// `Self::Variant` in an impl of an enum: that variant.
std::optional<ItemRef> BodyChecker::self_variant(std::string_view name) {
  return self_type_.has_value() ? variant_named(self_type_, name) : std::nullopt;
}

// `make { a: 1 }`, `x { .. }`: a struct literal's path that names a function,
// a constant or a local instead of a type.
std::optional<Diagnostic> BodyChecker::struct_path_names_value(NodeId path) {
  SegmentList segments = segments_of(path);
  std::string written(tree_->text(path, text_));
  std::string what;
  if (segments.size() == 1 && find_local(segments[0].name)) {
    what = "local variable";
  } else {
    PathResolution r = resolve_path(path, Namespace::Value, false, false);
    if (r.kind != PathResolution::Kind::Item || r.consumed != segments.size()) return std::nullopt;
    const Item& item = resolver_.item(r.item);
    if (item.kind != ItemKind::Fn && item.kind != ItemKind::Const && item.kind != ItemKind::Static) return std::nullopt;
    what = item_kind_word(item);
  }
  Diagnostic d = make_diagnostic(DiagKind::ExpectedStructFound, tree_->span(path), {what, written});
  d.with_label("not a struct, variant or union type");
  return d;
}

// `a: /* value */, b: /* value */`: a struct variant's fields with a placeholder each.
std::string struct_variant_placeholders(const AdtData& adt, std::string_view placeholder) {
  std::string out;
  for (size_t i = 0; i < adt.fields.size(); ++i) {
    if (i > 0) out += ", ";
    out += std::string(adt.fields[i].name) + ": " + std::string(placeholder);
  }
  return out;
}

// `Ins::Jump` with `type Ins = Instruction;`: the enum's variant of that name.
std::optional<ItemRef> BodyChecker::variant_through_alias(ItemRef alias, std::string_view name) {
  if (resolver_.item(alias).kind != ItemKind::TypeAlias) return std::nullopt;
  return variant_named(type_of_type_item(alias), name);
}

// The variant of that name of an enum type; none for any other type.
std::optional<ItemRef> BodyChecker::variant_named(TypeId type, std::string_view name) {
  TypeId t = shallow(type);
  if (types_.kind(t) != TypeKind::Adt) return std::nullopt;
  ItemRef adt = types_.data(t).item;
  const CrateDefMap* map = resolver_.map_of(adt.crate);
  const Item& item = map->items[adt.item];
  if (item.kind != ItemKind::Enum) return std::nullopt;
  for (ItemId v : map->adts[item.data].variants) {
    if (map->items[v.index].name == name) return ItemRef{adt.crate, v.index};
  }
  return std::nullopt;
}

// `Type::name`: an associated function or const of an inherent impl, a
// variant of an enum, or a primitive's associated item.
TypeId BodyChecker::assoc_value(TypeId self_type, const PathSegment& segment, bool is_call, NodeId path_expr) {
  TypeId t = shallow(self_type);
  if (is_error(t)) return types_.error();
  if (std::optional<ItemRef> found = find_inherent(t, segment.name)) {
    if (report_ambiguous_inherent(t, segment.name, segment.span)) return types_.error();
    const Item& item = resolver_.item(*found);
    if (!resolver_.is_accessible(found->crate, item.visible_in, item_scope())) {
      std::string word = item.kind == ItemKind::Fn ? "associated function" : "associated constant";
      Diagnostic& d = type_error(
          make_diagnostic(DiagKind::PrivateAssociatedItem, segment.span, {word, std::string(segment.name)}));
      d.with_label("private " + word);
      if (std::optional<Span> defined = local_definition_span(*found)) {
        d.with_secondary(*defined, "private " + word + " defined here");
      }
    }
    if (item.kind == ItemKind::Const && path_expr.has_value()) note_const_item_use(path_expr, *found);
    return item_value_type(*found, segment.span);
  }
  if (types_.kind(t) != TypeKind::Adt) return primitive_assoc_value(t, segment, is_call);
  const Item& adt = resolver_.item(types_.data(t).item);
  // A variant through a type alias (`Ins::Halt` with `type Ins = Instruction;`).
  if (std::optional<ItemRef> variant = variant_named(t, segment.name)) {
    NodeId path = path_expr.has_value() ? first_child(*tree_, path_expr, NodeKind::Path) : NodeId::none();
    return item_value_type(*variant, segment.span, path, is_call);
  }
  if (segment.name == "default" &&
      is_derived(resolver_.map_of(types_.data(t).item.crate)->adts[adt.data], DeriveKind::Default)) {
    return derived_default_fn(t);
  }
  // Maybe a trait's associated item, or a generic one.
  if (has_trait_impls(t) || has_unsupported_member(t, segment.name)) return types_.error();
  bool is_enum = adt.kind == ItemKind::Enum;
  std::string what = is_enum ? "variant or associated item" : missing_item_word(segment.name);
  Diagnostic d = make_diagnostic(DiagKind::NoAssociatedItem, segment.span,
                                 {what, std::string(segment.name), is_enum ? "enum" : "struct", show(t)});
  d.with_label(what + " not found in `" + show(t) + "`");
  label_missing_member_definition(d, t, what + " `" + std::string(segment.name) + "`");
  if (is_enum) {
    const CrateDefMap* map = resolver_.map_of(types_.data(t).item.crate);
    std::vector<std::string_view> variants;
    for (ItemId v : map->adts[adt.data].variants) variants.push_back(map->items[v.index].name);
    if (std::optional<std::string_view> similar = best_match_for_name(segment.name, variants)) {
      d.with_fix(segment.span, std::string(*similar), "there is a variant with a similar name",
                 Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
    }
  } else if (is_call) {
    if (std::optional<std::pair<std::string_view, ItemRef>> similar = similar_inherent(t, segment.name, false)) {
      d.with_fix(segment.span, std::string(similar->first),
                 "there is an associated function `" + std::string(similar->first) + "` with a similar name",
                 Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
    }
  }
  type_error(std::move(d));
  return types_.error();
}

// rustc's "method `m` not found for this struct" under the definition of a
// type of this crate (the receiver as written: not through a reference).
void BodyChecker::label_missing_member_definition(Diagnostic& d, TypeId type, const std::string& member) {
  TypeId t = shallow(type);
  if (types_.kind(t) != TypeKind::Adt) return;
  std::optional<Span> head = local_definition_span(t);
  if (!head) return;
  bool is_enum = resolver_.item(types_.data(t).item).kind == ItemKind::Enum;
  d.with_secondary(*head, member + " not found for this " + (is_enum ? "enum" : "struct"));
}

namespace {

// The functions of the 2021 prelude's traits that std implements for
// primitive types (From, TryFrom, Default, Clone, PartialEq, PartialOrd, Ord,
// ToString, ToOwned, Into, TryInto): callable through a primitive's path.
bool is_prelude_trait_function(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "from", "try_from", "default", "clone", "clone_from", "eq", "ne", "partial_cmp", "lt", "le", "gt",
      "ge", "cmp", "max", "min", "clamp", "to_string", "to_owned", "into", "try_into"};
  return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

}  // namespace

// `i32::MAX`, `f64::from_bits`: the built-in tables.
TypeId BodyChecker::primitive_assoc_value(TypeId t, const PathSegment& segment, bool is_call) {
  std::optional<PrimitiveMember> member = find_primitive_member(types_, t, segment.name, !is_call);
  if (!member) member = find_primitive_member(types_, t, segment.name, is_call);
  if (member && member->kind == PrimitiveMember::Kind::Const) return member->result;
  if (member && member->kind == PrimitiveMember::Kind::Method) {
    // A method through its path (`i32::pow(2, 3)`, `f64::from_bits(b)`).
    std::vector<TypeId> params = member->params;
    if (member->self == PrimitiveSelf::ByValue) params.insert(params.begin(), t);
    if (member->self == PrimitiveSelf::ByRef) params.insert(params.begin(), types_.reference(t, false));
    primitive_path_calls_.push_back({params, member->result, member, t, segment.name});
    return types_.fn_def(ItemRef{ItemRef::kStdCrate, kPrimitiveFnBase + uint32_t(primitive_path_calls_.size() - 1)});
  }
  if (member && member->kind == PrimitiveMember::Kind::Unsupported) {
    // Worded as for `x.checked_add(1)`, and like it reported at every use
    // (a std item's name is reported once per crate).
    std::string what = (is_call ? "the method `" : "`") + show(t) + "::" + std::string(segment.name) + "`";
    type_error(make_diagnostic(DiagKind::Unsupported, segment.span, {what}));
    return types_.error();
  }
  if (is_prelude_trait_function(segment.name)) {
    // `i32::from(b)`, `u8::default()`: a trait's, outside L1 (not a missing item).
    type_error(make_diagnostic(DiagKind::Unsupported, segment.span,
                               {"`" + show(t) + "::" + std::string(segment.name) + "`"}));
    return types_.error();
  }
  std::string what = missing_item_word(segment.name);
  Diagnostic d = make_diagnostic(DiagKind::NoAssociatedItem, segment.span,
                                 {what, std::string(segment.name), "type", show(t)});
  d.with_label(what + " not found in `" + show(t) + "`");
  type_error(std::move(d));
  return types_.error();
}

// `Default::default()` (also `std::default::Default::default()`), the
// prelude's trait: its type is the one expected of it, which must have a
// Default (a primitive, or a type with the derive); judged at the end.
bool BodyChecker::is_default_trait_call(NodeId path) {
  SegmentList segments = segments_of(path);
  if (segments.size() < 2 || segments.back().name != "default" || segments[segments.size() - 2].name != "Default") {
    return false;
  }
  PathResolution r = resolve_path(path, Namespace::Value, true, false);
  return r.kind == PathResolution::Kind::Unsupported && r.item.crate == ItemRef::kStdCrate &&
         resolver_.item(r.item).name == "Default";
}

TypeId BodyChecker::default_trait_call() {
  TypeId result = new_var();
  default_trait_calls_.push_back({result, pending_call_});
  primitive_path_calls_.push_back({{}, result, std::nullopt, TypeId::none(), {}});
  return types_.fn_def(ItemRef{ItemRef::kStdCrate, kPrimitiveFnBase + uint32_t(primitive_path_calls_.size() - 1)});
}

// E0277 for `Default::default()` of a type without a Default; it constructs one that has.
void BodyChecker::check_default_trait_calls() {
  for (const DefaultTraitCall& call : default_trait_calls_) {
    TypeId t = shallow(resolved(call.type));
    if (types_.kind(t) != TypeKind::Adt || has_trait_impls(t)) continue;
    ItemRef adt = types_.data(t).item;
    const CrateDefMap* map = resolver_.map_of(adt.crate);
    const Item& item = map->items[adt.item];
    if (is_derived(map->adts[item.data], DeriveKind::Default)) {
      note_default_constructed(adt);
      continue;
    }
    std::string name = show(t);
    Diagnostic d = make_diagnostic(DiagKind::TraitBoundNotSatisfied, tree_->span(call.call), {name, "Default"});
    d.with_label("the trait `Default` is not implemented for `" + name + "`");
    suggest_derive(d, t, "Default");
    type_error(std::move(d));
  }
}

// rustc's "consider annotating `T` with `#[derive(..)]`" for a struct or enum of this crate.
void BodyChecker::suggest_derive(Diagnostic& d, TypeId t, std::string_view derives) {
  t = shallow(t);
  if (types_.kind(t) != TypeKind::Adt || types_.data(t).item.crate != crate_.crate) return;
  const Item& item = crate_.item(ItemId(types_.data(t).item.item));
  if (item.file >= cx_.input->files.size() || cx_.input->files[item.file].tree == nullptr) return;
  add_derive_suggestion(d, *cx_.input->files[item.file].tree, item.node, show(t), derives);
}

// The derived `Default` of a type builds it: an enum's `#[default]` variant
// too (dead_code, as rustc sees the derived impl's body when it is called).
void BodyChecker::note_default_constructed(ItemRef adt) {
  note_constructed(adt);
  if (adt.crate != crate_.crate) return;
  const Item& item = crate_.item(ItemId(adt.item));
  if (item.kind == ItemKind::Enum && crate_.adts[item.data].default_variant.has_value()) {
    note_constructed(ItemRef{adt.crate, crate_.adts[item.data].default_variant.index});
  }
}

TypeId BodyChecker::derived_default_fn(TypeId t) {
  if (types_.kind(shallow(t)) == TypeKind::Adt) note_default_constructed(types_.data(shallow(t)).item);
  if (in_const_context() && pending_call_.has_value()) {
    std::string name = "<" + show(t) + " as Default>::default";
    non_const_calls_.push_back({tree_->span(pending_call_), "associated function", name, {}, {}, {}, {}, {}});
  }
  primitive_path_calls_.push_back({{}, t, std::nullopt, TypeId::none(), {}});
  return types_.fn_def(ItemRef{ItemRef::kStdCrate, kPrimitiveFnBase + uint32_t(primitive_path_calls_.size() - 1)});
}

TypeId BodyChecker::check_path_expr(NodeId node) {
  NodeId path = first_child(*tree_, node, NodeKind::Path);
  if (path.is_none()) return types_.error();
  SegmentList segments = segments_of(path);
  const Node* nodes = tree_->nodes.data();
  uint32_t first = path.index + 1 - nodes[path.index].subtree_size;
  for (uint32_t child = path.index; child > first; child -= nodes[child - 1].subtree_size) {
    NodeKind k = nodes[child - 1].kind;
    if (k == NodeKind::PathSegment || k == NodeKind::QualifiedPrefix) {
      type_error(make_diagnostic(DiagKind::Unsupported, tree_->span(node), {"generic arguments"}));
      return types_.error();
    }
  }
  if (segments.size() == 1) {
    if (std::optional<uint32_t> local = find_local(segments[0].name)) {
      if (assignment_target_ == 0) note_read(*local);
      note_local_use(*local, node);
      return locals_[*local].type;
    }
    if (segments[0].name == "self") {
      resolution_error(make_diagnostic(DiagKind::SelfValueNotAvailable, segments[0].span, {}))
          .with_label("`self` value is a keyword only available in methods with a `self` parameter");
      return types_.error();
    }
  }
  bool is_call = node == pending_callee_;
  if (is_call && is_default_trait_call(path)) return default_trait_call();
  PathResolution r = resolve_path(path, Namespace::Value, is_call, true, ExpectedItem::Any, true);
  if (r.kind == PathResolution::Kind::Failed && r.named_struct.has_value()) {
    report_struct_as_value(r.named_struct, node, is_call);
    return types_.error();
  }
  switch (r.kind) {
    case PathResolution::Kind::Failed:
    case PathResolution::Kind::Unsupported: return types_.error();
    case PathResolution::Kind::Primitive:
    case PathResolution::Kind::SelfType: {
      TypeId self = r.kind == PathResolution::Kind::Primitive ? r.primitive : self_type_;
      if (r.consumed >= segments.size()) {
        if (r.kind == PathResolution::Kind::SelfType && types_.kind(shallow(self)) == TypeKind::Adt) {
          return item_value_type(types_.data(shallow(self)).item, segments[0].span);
        }
        return types_.error();
      }
      if (r.consumed + 1 != segments.size()) return types_.error();
      if (r.kind == PathResolution::Kind::SelfType && types_.kind(shallow(self)) == TypeKind::Adt) {
        if (std::optional<ItemRef> variant = self_variant(segments.back().name)) {  // `Self::Variant`
          return item_value_type(*variant, segments.back().span, path, is_call);
        }
      }
      if (r.kind == PathResolution::Kind::Primitive) note_primitive_constant(node, self, segments.back().name);
      return assoc_value(self, segments[r.consumed], is_call, node);
    }
    case PathResolution::Kind::Item: break;
  }
  const Item& item = resolver_.item(r.item);
  if (r.consumed == segments.size()) {
    if (item.kind == ItemKind::Module || item.kind == ItemKind::Enum) {
      std::string word(item_kind_word(item));
      resolution_error(make_diagnostic(DiagKind::ExpectedValueFound, segments.back().span,
                                       {word, std::string(item.name)}));
      return types_.error();
    }
    // A static's value is known to const evaluation, not to the MIR lints of a function.
    if (item.kind == ItemKind::Const || (item.kind == ItemKind::Static && in_const_context())) {
      note_const_item_use(node, r.item);
    }
    if (item.kind == ItemKind::Const) const_path_exprs_.insert(node.index);
    TypeId type = item_value_type(r.item, segments.back().span, path, is_call);
    if (item.kind == ItemKind::Static) note_static_place(node, type);
    return type;
  }
  if (r.consumed + 1 != segments.size()) return types_.error();
  TypeId self;
  if (item.kind == ItemKind::Struct || item.kind == ItemKind::Enum) self = types_.adt(r.item);
  else if (item.kind == ItemKind::TypeAlias) self = resolver_.map_of(r.item.crate)->type_aliases[item.data];
  else return types_.error();
  return assoc_value(self, segments.back(), is_call, node);
}

TypeId BodyChecker::check_args(NodeId arg_list, const std::vector<TypeId>& params, Span callee_span,
                               std::string_view what, std::optional<Callee> callee) {
  Kids args = arg_list.has_value() ? Kids(*tree_, arg_list, kIsExpr) : Kids();
  if (args.size() != params.size()) {
    std::vector<TypeId> arg_types;
    for (NodeId a : args) arg_types.push_back(check_expr(a, TypeId::none()));
    // An argument the parser could not read (reported) still counts, as in rustc.
    bool unreadable = arg_list.has_value() && (tree_->node(arg_list).flags & Node::kHasError) != 0;
    if (!unreadable) report_argument_count(arg_list, args, arg_types, params, callee_span, what, callee);
    return types_.error();
  }
  size_t first_new = result_.type_diagnostics.size();
  for (size_t i = 0; i < args.size(); ++i) {
    lint_parens(args[i], what == "method" ? "method argument" : "function argument");
    check_expr(args[i], params[i]);
    if (callee && !in_macro_arguments_ && !is_copy(params[i])) note_owning_parameter(args[i], *callee, i);
    if (is_unsized(params[i])) {
      // `fn sum(values: [i32])` called: the argument must be sized, an obligation rustc reports last.
      Diagnostic d = unsized_value(tree_->span(args[i]), params[i]);
      d.with_note("all function arguments must have a statically known size");
      unsized_arguments_.push_back(std::move(d));
    }
  }
  // The arguments that mismatched (as rustc underlines their parameters).
  auto& out = result_.type_diagnostics;
  std::vector<size_t> mismatched;
  for (size_t i = first_new; i < out.size(); ++i) {
    if (out[i].kind != DiagKind::MismatchedTypes) continue;
    for (size_t a = 0; a < args.size(); ++a) {
      if (out[i].primary.span == tree_->span(args[a])) mismatched.push_back(a);
    }
  }
  size_t mismatches = 0;
  for (size_t i = first_new; i < out.size(); ++i) mismatches += out[i].kind == DiagKind::MismatchedTypes ? 1 : 0;
  if (mismatches == 1) {
    for (size_t i = first_new; i < out.size(); ++i) {
      if (out[i].kind != DiagKind::MismatchedTypes || mismatched.size() != 1) continue;
      out[i].with_secondary(callee_span, "arguments to this " + std::string(what) + " are incorrect");
      if (callee) note_callee_definition(out[i], *callee, mismatched);
    }
  }
  // Several mismatched arguments are one error in rustc, at the callee.
  if (mismatches >= 2) {
    std::vector<Diagnostic> kept(out.begin(), out.begin() + first_new);
    bool merged = false;
    for (size_t i = first_new; i < out.size(); ++i) {
      if (out[i].kind != DiagKind::MismatchedTypes) {
        kept.push_back(std::move(out[i]));
      } else if (!merged) {
        Diagnostic d = make_diagnostic(DiagKind::ArgumentsIncorrect, callee_span, {std::string(what)});
        for (size_t j = i; j < out.size(); ++j) {
          if (out[j].kind == DiagKind::MismatchedTypes) d.with_secondary(out[j].primary.span, out[j].primary.text);
        }
        if (callee) note_callee_definition(d, *callee, mismatched);
        kept.push_back(std::move(d));
        merged = true;
      }
    }
    out = std::move(kept);
  }
  return types_.unit();
}

// E0061. When the arguments given fit the first parameters in order, rustc
// names the one missing at the end (or the one extra) and suggests the fix;
// other mismatches it untangles by types, which sluice does not try.
void BodyChecker::report_argument_count(NodeId arg_list, const Kids& args, const std::vector<TypeId>& arg_types,
                                        const std::vector<TypeId>& params, Span callee_span, std::string_view what,
                                        const std::optional<Callee>& callee) {
  Diagnostic d = make_diagnostic(DiagKind::WrongArgumentCount, callee_span,
                                 {std::string(what), plural(params.size(), "argument"),
                                  plural(args.size(), "argument"), args.size() == 1 ? "was" : "were"});
  size_t common = std::min(args.size(), params.size());
  bool in_order = arg_list.has_value();
  for (size_t i = 0; i < common && in_order; ++i) in_order = coerces(arg_types[i], params[i]);
  if (in_order && args.size() + 1 == params.size()) {
    Span list = tree_->span(arg_list);
    std::string missing = show(params.back());
    d.with_secondary(list, "argument #" + std::to_string(params.size()) + " of type `" + missing + "` is missing");
    if (callee) note_callee_definition(d, *callee, {params.size() - 1});
    std::string text(text_.substr(list.begin, list.length()));
    std::string inner = text.size() >= 2 ? text.substr(1, text.size() - 2) : std::string();
    std::string replacement = "(" + inner + (args.empty() ? "" : ", ") + "/* " + missing + " */)";
    d.with_fix(list, replacement, "provide the argument", Applicability::HasPlaceholders, SuggestionStyle::ShowAlways);
  } else if (in_order && args.size() == params.size() + 1) {
    Span extra = tree_->span(args.back());
    d.with_secondary(extra, "unexpected argument #" + std::to_string(args.size()) + " of type `" + show(arg_types.back()) + "`");
    if (callee) note_callee_definition(d, *callee, {});
    Span removed{extra.file, args.size() >= 2 ? tree_->span(args[args.size() - 2]).end : extra.begin, extra.end};
    d.with_fix(removed, "", "remove the extra argument", Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
  }
  type_error(std::move(d));
}

// An argument moved into a by-value parameter of a function of this crate:
// where E0382 can suggest borrowing instead.
void BodyChecker::note_owning_parameter(NodeId arg, const Callee& callee, size_t index) {
  if (callee.item.crate != crate_.crate || index < callee.receiver_args) return;
  const Item& item = resolver_.item(callee.item);
  if (item.kind != ItemKind::Fn || item.file >= cx_.input->files.size() || cx_.input->files[item.file].tree == nullptr) return;
  const SyntaxTree& t = *cx_.input->files[item.file].tree;
  NodeId list = first_child(t, item.node, NodeKind::ParamList);
  std::vector<NodeId> params;
  for (NodeId c : t.children(list)) {
    if (t.kind(c) == NodeKind::Param) params.push_back(c);
  }
  size_t position = index - callee.receiver_args;
  if (position >= params.size()) return;
  NodeId type;
  for (NodeId c : t.children(params[position])) {
    if (is_type_kind(t.kind(c))) type = c;
  }
  if (type.is_none()) return;
  bool method = crate_.fns[item.data].self != SelfParamKind::None;
  owning_parameters_[tree_->span(arg).begin] =
      OwningParameter{t.span(type), item.name_span, method ? "method" : "function", std::string(item.name)};
}

// rustc's "function defined here": the callee's name, and the parameters
// of the given arguments (never a receiver). Before any suggestion.
void BodyChecker::note_callee_definition(Diagnostic& d, const Callee& callee, const std::vector<size_t>& arguments) {
  if (callee.item.crate == ItemRef::kStdCrate) return;  // rustc points into its own library sources
  const CrateDefMap* map = resolver_.map_of(callee.item.crate);
  if (map == nullptr) return;
  const Item& item = map->items[callee.item.item];
  if (item.name_span.is_none()) return;
  std::string kind = "function";
  const FnData* fn = item.kind == ItemKind::Fn ? &map->fns[item.data] : nullptr;
  if (item.kind == ItemKind::Struct) kind = "tuple struct";
  else if (item.kind == ItemKind::Variant) kind = "tuple variant";
  else if (fn != nullptr && fn->self != SelfParamKind::None) kind = "method";
  else if (item.parent.has_value() && map->items[item.parent.index].kind == ItemKind::Impl) kind = "associated function";
  SubDiagnostic note{Level::Note, kind + " defined here", {{item.name_span, ""}}, std::nullopt, Applicability::Unspecified, {}};
  for (size_t a : arguments) {
    if (fn == nullptr || a < callee.receiver_args || a - callee.receiver_args >= fn->param_spans.size()) continue;
    note.spans.push_back(Label{fn->param_spans[a - callee.receiver_args], ""});
  }
  auto first_help = std::find_if(d.children.begin(), d.children.end(),
                                 [](const SubDiagnostic& c) { return c.level == Level::Help; });
  d.children.insert(first_help, std::move(note));
}

// `println!("{}", r.consume())`: the flow pass does not walk a macro's
// arguments, so E0507 is reported here, in reachable code only, as rustc's
// borrow checker would. The place is named when it is rooted in a binding.
void BodyChecker::report_receiver_move_out_in_macro(NodeId receiver, NodeId method_call,
                                                    const FlowFacts::ReceiverMoveOut& r) {
  if (in_unreachable_code()) return;
  NodeId root = paren_inner_expr(receiver);
  while (root.has_value() && tree_->kind(root) == NodeKind::FieldExpr) root = paren_inner_expr(first_expr_child(root));
  bool named = root.has_value() && tree_->kind(root) == NodeKind::PathExpr && local_of_place(root) != nullptr;
  std::string description = named ? std::string(r.derefs, '*') + describe_place(receiver, 0) : std::string();
  borrow_error(receiver_move_out(receiver, method_call, description, r));
}

// Inside `unsafe { }` or the body of an `unsafe fn` (edition 2021 and
// earlier allow unsafe operations there without a block).
bool BodyChecker::in_unsafe_context() const {
  if (unsafe_blocks_ > 0) return true;
  return owner_item_.kind == ItemKind::Fn && crate_.fns[owner_item_.data].is_unsafe;
}

// E0133 for a call of an `unsafe fn` from safe code. rustc names the
// function by its path: `f`, `m::f`, `Type::f`, `dep::f`.
void BodyChecker::check_unsafe_call(NodeId call, ItemRef callee) {
  if (in_unsafe_context() || in_macro_arguments_) return;
  const CrateDefMap* map = resolver_.map_of(callee.crate);
  const Item& item = map->items[callee.item];
  std::string path(item.name);
  for (ItemId up = item.parent; up.has_value() && up != map->root();) {
    const Item& parent = map->item(up);
    if (parent.kind == ItemKind::Impl) {
      path = show(map->impls[parent.data].self_type) + "::" + path;
      break;
    }
    if (parent.kind == ItemKind::Module && !parent.name.empty()) path = std::string(parent.name) + "::" + path;
    up = parent.parent;
  }
  if (callee.crate != crate_.crate && map->crate != ItemRef::kStdCrate) path = std::string(map->name) + "::" + path;
  Diagnostic d = make_diagnostic(DiagKind::UnsafeCallOutsideUnsafe, tree_->span(call), {path});
  d.with_label("call to unsafe function");
  d.with_note("consult the function's documentation for information on how to avoid undefined behavior");
  type_error(std::move(d));
}

void BodyChecker::note_const_context_call(Span span, ItemRef callee, std::string_view form) {
  if (!in_const_context()) return;
  const CrateDefMap* map = resolver_.map_of(callee.crate);
  const Item& item = map->items[callee.item];
  if (map->fns[item.data].is_const) return;
  NonConstCall call{span, form, std::string(item.name), {}, {}, {}, {}, {}};
  if (form != "function") call.name = show(map->impls[map->items[item.parent.index].data].self_type) + "::" + call.name;
  if (form == "function" && callee.crate == crate_.crate) {
    call.not_const_at = cx_.input->files[item.file].tree->fn_signature_span(item.node);
  }
  non_const_calls_.push_back(std::move(call));
}

void BodyChecker::note_const_context_call(Span span, const PrimitiveMember& member, std::string_view method,
                                          TypeId receiver, Span whole_call) {
  if (in_const_context() && !member.is_const()) {
    non_const_calls_.push_back({span, "method", {}, {}, member, receiver, method, whole_call});
  }
}

// E0015 for each call noted above (rustc's const checking, after type
// checking); E0658 and a second error for integer min/max/clamp, which
// belong to `Ord`. True when there was one: the initialiser is then not evaluated.
bool BodyChecker::report_non_const_calls() {
  std::string context = owner_item_.kind == ItemKind::Static ? "statics" : "constants";
  for (const NonConstCall& call : non_const_calls_) {
    std::string name = call.name;
    if (call.primitive) {
      name = const_call_name(types_, fallback(resolved(call.receiver)), *call.primitive, call.method,
                             [&](ItemRef item) { return std::string(resolver_.item(item).name); });
    }
    bool ord = call.primitive && call.primitive->constness == PrimitiveConstness::OrdTrait;
    Diagnostic d = ord ? make_diagnostic(DiagKind::ConditionallyConstCall, call.span, {name, context})
                       : make_diagnostic(DiagKind::NonConstCall, call.span, {std::string(call.form), name, context});
    if (!call.not_const_at.is_none()) d.with_note_at(call.not_const_at, "function `" + name + "` is not const");
    d.with_note("calls in " + context + " are limited to constant functions, tuple structs and tuple variants");
    if (ord) {
      d.with_note("see issue #143874 <https://github.com/rust-lang/rust/issues/143874> for more information");
    } else if (owner_item_.kind == ItemKind::Static) {
      d.with_note("consider wrapping this expression in `std::sync::LazyLock::new(|| ...)`");
    }
    result_.type_diagnostics.push_back(std::move(d));
    if (ord) result_.type_diagnostics.push_back(make_diagnostic(DiagKind::OrdNotConstTrait, call.whole_call, {}));
  }
  return !non_const_calls_.empty();
}

// rustc keeps "cannot find function `f`" for a one-segment callee until
// type checking reaches the call, so it comes out among the type errors, at
// the call's place (`m::f` not found is reported with the other paths).
void BodyChecker::defer_callee_resolution_errors(NodeId callee, size_t first) {
  std::vector<Diagnostic>& resolution = result_.resolution_diagnostics;
  NodeId path = tree_->kind(callee) == NodeKind::PathExpr ? first_child(*tree_, callee, NodeKind::Path) : NodeId::none();
  if (path.is_none() || segments_of(path).size() != 1) return;
  size_t kept = first;
  for (size_t i = first; i < resolution.size(); ++i) {
    DiagKind kind = resolution[i].kind;
    if (kind == DiagKind::CannotFindName) {
      result_.type_diagnostics.push_back(std::move(resolution[i]));
    } else {
      if (kept != i) resolution[kept] = std::move(resolution[i]);
      ++kept;
    }
  }
  resolution.resize(kept);
}

// A tuple struct's constructor is as private as its most private field:
// through a path, E0603 (privacy); by a name in scope (an import), E0423.
void BodyChecker::check_constructor_privacy(NodeId callee, ItemRef ctor, const AdtData& adt) {
  bool hidden = std::any_of(adt.fields.begin(), adt.fields.end(), [&](const FieldDef& f) {
    return !resolver_.is_accessible(ctor.crate, f.visible_in, item_scope());
  });
  if (!hidden || tree_->kind(callee) != NodeKind::PathExpr) return;
  NodeId path = first_child(*tree_, callee, NodeKind::Path);
  SegmentList segments = path.has_value() ? segments_of(path) : SegmentList{};
  if (segments.size() == 0) return;
  std::string name(resolver_.item(ctor).name);
  if (segments.size() > 1) {
    // A private struct's path already gave its E0603: rustc's one error says why the constructor is private too.
    for (Diagnostic& earlier : result_.resolution_diagnostics) {
      if (earlier.kind == DiagKind::PrivateItem && earlier.primary.span == segments.back().span) {
        if (ctor.crate == crate_.crate) earlier.children.clear();  // explain_private_constructor's note replaces it
        explain_private_constructor(earlier, ctor, adt);
        return;
      }
    }
    Diagnostic& d =
        resolution_error(make_diagnostic(DiagKind::PrivateItem, segments.back().span, {"tuple struct constructor", name}))
            .with_label("private tuple struct constructor");
    explain_private_constructor(d, ctor, adt);
  } else {
    resolution_error(make_diagnostic(DiagKind::TupleStructPrivateFields, tree_->span(callee), {}));
  }
}

// rustc's labels on a private tuple struct constructor of this crate: the
// fields that make it private, the struct, and `pub` for each such field.
void BodyChecker::explain_private_constructor(Diagnostic& d, ItemRef ctor, const AdtData& adt) {
  if (ctor.crate != crate_.crate) return;
  const Item& item = resolver_.item(ctor);
  if (item.file >= cx_.input->files.size() || cx_.input->files[item.file].tree == nullptr) return;
  const SyntaxTree& t = *cx_.input->files[item.file].tree;
  NodeId list = first_child(t, item.node, NodeKind::TupleFieldList);
  std::vector<NodeId> fields;
  for (NodeId c : t.children(list)) {
    if (t.kind(c) == NodeKind::TupleField) fields.push_back(c);
  }
  if (fields.empty() || fields.size() != adt.fields.size()) return;
  d.with_secondary(Span{t.span(fields.front()).file, t.span(fields.front()).begin, t.span(fields.back()).end},
                   "a constructor is private if any of the fields is private");
  d.with_note_at(t.span_without_attributes(item.node), "the tuple struct constructor `" + std::string(item.name) + "` is defined here");
  std::vector<Span> hidden;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (!resolver_.is_accessible(ctor.crate, adt.fields[i].visible_in, item_scope())) {
      hidden.push_back(Span{t.span(fields[i]).file, t.span(fields[i]).begin, t.span(fields[i]).begin});
    }
  }
  if (hidden.empty()) return;
  d.with_fix(hidden[0], "pub ",
             fields.size() == 1 ? "consider making the field publicly accessible"
                                : "consider making the fields publicly accessible",
             Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
  for (size_t i = 1; i < hidden.size(); ++i) d.children.back().spans.push_back(Label{hidden[i], "pub "});
}

TypeId BodyChecker::check_call(NodeId node) {
  NodeId callee, arg_list = first_child(*tree_, node, NodeKind::ArgList);
  for (NodeId c : Kids(*tree_, node)) {
    if (is_expr_kind(tree_->kind(c))) {
      callee = c;
      break;
    }
  }
  pending_callee_ = callee;
  pending_call_ = node;
  size_t first_resolution = result_.resolution_diagnostics.size();
  TypeId callee_type = shallow(check_expr(callee, TypeId::none()));
  pending_callee_ = NodeId::none();
  pending_call_ = NodeId::none();
  defer_callee_resolution_errors(callee, first_resolution);
  const TypeData& d = types_.data(callee_type);
  if (d.kind == TypeKind::FnDef && d.item.crate == ItemRef::kStdCrate && d.item.item >= kPrimitiveFnBase) {
    PrimitivePathCall call = primitive_path_calls_[d.item.item - kPrimitiveFnBase];
    check_args(arg_list, call.params, tree_->span(callee), "function");
    if (call.member) {
      // As for `x.pow(2)`: rustc's const checks and evaluation see the same method.
      note_const_context_call(tree_->span(node), *call.member, call.name, call.receiver, tree_->span(node));
      if (types_.kind(call.receiver) == TypeKind::Int && const_int_method(call.name) != ConstMethod::None) {
        note_method_site(node, arg_list, call.receiver, *call.member, call.name, true);
      }
      last_primitive_call_ = {node, call.receiver, std::move(*call.member), call.name};
    }
    return call.result;
  }
  if (d.kind == TypeKind::FnDef) {
    const Item& item = resolver_.item(d.item);
    const CrateDefMap* map = resolver_.map_of(d.item.crate);
    if (d.item == ItemRef{crate_.crate, owner_.index} && !in_macro_arguments_) self_calls_.push_back(node.index);
    if (item.kind == ItemKind::Fn) {
      const FnData& fn = map->fns[item.data];
      if (fn.is_unsafe) check_unsafe_call(node, d.item);
      bool associated = item.parent.has_value() && map->items[item.parent.index].kind == ItemKind::Impl;
      note_const_context_call(tree_->span(node), d.item, associated ? "associated function" : "function");
      if (fn.self == SelfParamKind::None) {
        check_args(arg_list, fn.params, tree_->span(callee), "function", Callee{d.item});  // the parameters as they are
        return fn.ret;
      }
      // `Type::method(receiver, ..)`: the receiver is the first argument.
      std::vector<TypeId> params = fn.params;
      TypeId self = self_type_.has_value() && item.parent.has_value() ? self_type_ : types_.error();
      const Item& parent = map->items[item.parent.index];
      if (parent.kind == ItemKind::Impl) self = map->impls[parent.data].self_type;
      if (fn.self == SelfParamKind::Ref) self = types_.reference(self, false);
      if (fn.self == SelfParamKind::RefMut) self = types_.reference(self, true);
      params.insert(params.begin(), self);
      check_args(arg_list, params, tree_->span(callee), "function", Callee{d.item, 1});  // called by path: "function"
      return fn.ret;
    }
    // A tuple struct or tuple variant constructor.
    note_constructed(d.item);
    if (!in_macro_arguments_) constructor_calls_.push_back(node.index);
    const AdtData& adt = map->adts[item.data];
    if (item.kind == ItemKind::Struct) check_constructor_privacy(callee, d.item, adt);
    std::vector<TypeId> params;
    for (const FieldDef& f : adt.fields) params.push_back(f.type);
    check_args(arg_list, params, tree_->span(callee), item.kind == ItemKind::Variant ? "enum variant" : "struct",
               Callee{d.item});
    if (item.kind == ItemKind::Variant) return types_.adt(ItemRef{d.item.crate, item.parent.index});
    return types_.adt(d.item);
  }
  if (arg_list.has_value()) {
    for (NodeId c : Kids(*tree_, arg_list)) {
      if (is_expr_kind(tree_->kind(c))) check_expr(c, TypeId::none());
    }
  }
  if (is_error(callee_type)) return types_.error();
  report_not_a_function(node, callee, arg_list, callee_type);
  return types_.error();
}

// E0618 as rustc words it: a unit struct or variant is named by what it is
// when called with `()` (and the fix drops them), by its type otherwise; a
// local says where its type comes from.
void BodyChecker::report_not_a_function(NodeId call, NodeId callee, NodeId arg_list, TypeId callee_type) {
  TypeId t = shallow(callee_type);
  std::string what = "`" + show_with_static(t, tree_->span(callee)) + "`";
  std::optional<Label> origin;
  std::optional<std::string> unit_fix;  // "`Marker` is a unit struct, and ..."
  NodeId path = tree_->kind(callee) == NodeKind::PathExpr ? first_child(*tree_, callee, NodeKind::Path) : NodeId::none();
  SegmentList segments = path.has_value() ? segments_of(path) : SegmentList{};
  std::optional<uint32_t> local = segments.size() == 1 ? find_local(segments[0].name) : std::nullopt;
  if (local) {
    origin = Label{locals_[*local].span, "`" + std::string(segments[0].name) + "` has type `" + show(t) + "`"};
  } else if (path.has_value() && types_.kind(t) == TypeKind::Adt) {
    PathResolution r = resolve_path(path, Namespace::Value, true, false);
    if (r.kind == PathResolution::Kind::Item && r.consumed == segments.size()) {
      const Item& item = resolver_.item(r.item);
      bool variant = item.kind == ItemKind::Variant;
      std::string written(tree_->text(path, text_));
      bool no_args = arg_list.is_none() || Kids(*tree_, arg_list, kIsExpr).size() == 0;
      std::string sort = variant ? "enum variant" : "struct";
      if (no_args) what = sort + " `" + written + "`";
      Span defined = variant ? item.name_span : item.def_span;
      // (E0618 points at `struct Marker`, without the `;` its def span has.)
      bool own = r.item.crate == crate_.crate && item.file < cx_.input->files.size() && defined.file.has_value();
      if (own && defined.length() > 0 && cx_.input->files[item.file].text[defined.end - 1] == ';') --defined.end;
      if (own) {
        origin = Label{defined, (no_args ? sort + " `" : "`") + (variant ? written : std::string(item.name)) +
                                    "` defined here"};
      }
      if (no_args) unit_fix = "`" + written + "` is a unit " + sort + ", and does not take parentheses to be constructed";
    }
  }
  Diagnostic& error = type_error(make_diagnostic(DiagKind::NotAFunction, tree_->span(callee), {what}));
  if (origin) error.with_secondary(origin->span, origin->text);
  error.with_secondary(tree_->span(call), "call expression requires function");
  if (unit_fix && arg_list.has_value()) {
    error.with_fix(tree_->span(arg_list), "", *unit_fix, Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
  }
}

// `W.get()`, `Shape::Circle.area()`, `main.len()`: a function item or a tuple
// constructor has no methods (E0599); rustc names it by its signature
// (`fn(u8) -> W {W}`) and offers the call that builds the value.
bool BodyChecker::report_method_on_fn_item(NodeId receiver, NodeId name_node, TypeId t) {
  ItemRef ref = types_.data(t).item;
  if (ref.crate == ItemRef::kStdCrate || name_node.is_none()) return false;
  const CrateDefMap* map = resolver_.map_of(ref.crate);
  if (map == nullptr) return false;
  const Item& item = map->items[ref.item];
  std::vector<TypeId> params;
  TypeId result;
  std::string_view what;
  if (item.kind == ItemKind::Fn) {
    const FnData& fn = map->fns[item.data];
    if (fn.self != SelfParamKind::None) return false;
    params = fn.params;
    result = fn.ret;
    what = "fn item";
  } else if (item.kind == ItemKind::Struct || item.kind == ItemKind::Variant) {
    for (const FieldDef& f : map->adts[item.data].fields) params.push_back(f.type);
    result = types_.adt(item.kind == ItemKind::Variant ? ItemRef{ref.crate, item.parent.index} : ref);
    what = item.kind == ItemKind::Variant ? "enum constructor" : "struct constructor";
  } else {
    return false;
  }
  std::string signature = "fn(";
  for (size_t i = 0; i < params.size(); ++i) signature += (i > 0 ? ", " : "") + show(params[i]);
  signature += ")";
  if (!is_unit(result)) signature += " -> " + show(result);
  std::string path = item.kind == ItemKind::Variant
                         ? item_display_name(*cx_.maps, ItemRef{ref.crate, item.parent.index}) + "::" + std::string(item.name)
                         : item_display_name(*cx_.maps, ref);
  signature += " {" + path + "}";
  Diagnostic& d = type_error(make_diagnostic(DiagKind::NoMethod, tree_->span(name_node),
                                             {std::string(tree_->text(name_node, text_)), std::string(what), signature}));
  d.with_label("method not found in `" + signature + "`");
  if (item.kind != ItemKind::Fn) {
    Span end{tree_->span(receiver).file, tree_->span(receiver).end, tree_->span(receiver).end};
    d.with_fix(end, call_placeholders(params),
               std::string("use parentheses to construct this tuple ") + (item.kind == ItemKind::Variant ? "variant" : "struct"),
               Applicability::HasPlaceholders, SuggestionStyle::ShowAlways);
  }
  return true;
}

TypeId BodyChecker::check_method_call(NodeId node) {
  NodeId receiver, name_node = first_child(*tree_, node, NodeKind::NameRef),
                   arg_list = first_child(*tree_, node, NodeKind::ArgList);
  for (NodeId c : Kids(*tree_, node)) {
    if (is_expr_kind(tree_->kind(c))) {
      receiver = c;
      break;
    }
  }
  if (first_child(*tree_, node, NodeKind::GenericArgList).has_value()) {
    type_error(make_diagnostic(DiagKind::Unsupported, tree_->span(node), {"generic arguments"}));
    return types_.error();
  }
  size_t reads_before = macro_reads_ != nullptr ? macro_reads_->size() : 0;
  dotted_base_ = receiver;
  TypeId receiver_type = check_expr(receiver, TypeId::none());
  // In a macro's arguments, the read of a receiver that is a binding (`t` of `t.redeem()`).
  FlowFacts::MacroRead* receiver_read = nullptr;
  if (macro_reads_ != nullptr && macro_reads_->size() == reads_before + 1 && paren_inner_expr(receiver).has_value() &&
      tree_->kind(paren_inner_expr(receiver)) == NodeKind::PathExpr) {
    receiver_read = &macro_reads_->back();
  }
  // Or a field of one (`p.a.redeem()`), which a by-value `self` moves out.
  bool field_receiver = macro_reads_ != nullptr && macro_reads_->size() == reads_before + 1 &&
                        macro_reads_->back().through_field && macro_reads_->back().field_node == paren_inner_expr(receiver);
  std::string_view name = name_node.has_value() ? segment_of_name(name_node).name : std::string_view();
  auto check_rest = [&] {
    if (arg_list.has_value()) {
      for (NodeId c : Kids(*tree_, arg_list)) {
        if (is_expr_kind(tree_->kind(c))) check_expr(c, TypeId::none());
      }
    }
  };
  TypeId t = shallow(receiver_type);
  if (is_error(t)) {
    check_rest();
    return types_.error();
  }
  // Auto-deref: the receiver, then what it refers to.
  bool through_ref = false;
  bool through_mut_ref = true;  // every reference on the way is `&mut`
  bool last_mut_ref = false;    // the one nearest the value
  int derefs = 0;
  for (int step = 0; step < 8 && types_.kind(t) == TypeKind::Ref; ++step) {
    through_ref = true;
    through_mut_ref &= types_.is_mutable_ref(t);
    last_mut_ref = types_.is_mutable_ref(t);
    ++derefs;
    t = shallow(types_.element(t));
  }
  through_mut_ref &= through_ref;
  if (types_.kind(t) == TypeKind::FnDef && !through_ref && report_method_on_fn_item(receiver, name_node, t)) {
    check_rest();
    return types_.error();
  }
  if (types_.kind(t) == TypeKind::Adt) {
    std::optional<ItemRef> found = find_inherent(t, name);
    if (found && report_ambiguous_inherent(t, name, tree_->span(name_node))) {
      check_rest();
      return types_.error();
    }
    if (found && resolver_.item(*found).kind == ItemKind::Fn) {
      const Item& item = resolver_.item(*found);
      const FnData& fn = resolver_.map_of(found->crate)->fns[item.data];
      if (fn.self != SelfParamKind::None) {
        bool private_method = !resolver_.is_accessible(found->crate, item.visible_in, item_scope());
        if (private_method) {
          Diagnostic& d = type_error(make_diagnostic(DiagKind::PrivateMethod, tree_->span(name_node), {std::string(name)}));
          d.with_label("private method");
          if (std::optional<Span> defined = local_definition_span(*found)) {
            d.with_secondary(*defined, "private method defined here");
          }
        }
        check_args(arg_list, fn.params, tree_->span(name_node), "method", Callee{*found});
        if (private_method) return types_.error();  // rustc's result for a method it may not call
        // Type privacy looks at the method itself (its type and signature) at its name.
        if (record_expr_types_) typed_sites_.push_back({tree_->span(name_node), tree_->span(node), types_.fn_def(*found)});
        Span from_name{tree_->span(name_node).file, tree_->span(name_node).begin, tree_->span(node).end};
        note_const_context_call(from_name, *found, "method");
        if (*found == ItemRef{crate_.crate, owner_.index} && !in_macro_arguments_) self_calls_.push_back(node.index);
        if (fn.self == SelfParamKind::Value && !through_ref && !in_macro_arguments_) flow_.set(node, FlowFacts::kByValueReceiver);
        if (fn.self == SelfParamKind::Value && through_ref && !is_copy(t)) {
          FlowFacts::ReceiverMoveOut moved{t, *found, static_cast<uint8_t>(derefs), last_mut_ref};
          if (!in_macro_arguments_) flow_.receiver_moves_out[node.index] = moved;
          else report_receiver_move_out_in_macro(receiver, node, moved);
        }
        // `println!("{}", t.redeem())` moves `t` (the vector may have grown: index, not the pointer).
        if (fn.self == SelfParamKind::Value && !through_ref && receiver_read != nullptr) {
          (*macro_reads_)[reads_before].moved = true;
        }
        if (fn.self == SelfParamKind::Value && !through_ref && field_receiver && !is_copy(t)) {
          (*macro_reads_)[reads_before].field_by_value = true;
          (*macro_reads_)[reads_before].moved_type = t;
        }
        if (fn.self == SelfParamKind::RefMut) {
          require_mutable_receiver(receiver, node, through_ref, through_mut_ref, derefs);
          if (!through_ref) lint_const_item_mutation(receiver, node, *found);
        }
        return fn.ret;
      }
    }
    const Item& adt = resolver_.item(types_.data(t).item);
    const AdtData& adt_data = resolver_.map_of(types_.data(t).item.crate)->adts[adt.data];
    if (name == "clone" && is_derived(adt_data, DeriveKind::Clone)) {
      check_args(arg_list, {}, tree_->span(name_node), "method");
      return t;
    }
    if ((name == "eq" || name == "ne") && is_derived(adt_data, DeriveKind::PartialEq)) {
      check_args(arg_list, {types_.reference(t, false)}, tree_->span(name_node), "method");
      return types_.bool_type();
    }
    // `into` and `try_into` every type has, through std's blanket impls.
    bool blanket = name == "into" || name == "try_into";
    if (blanket || ((name == "cmp" || name == "partial_cmp" || name == "hash" || name == "fmt" || name == "max" ||
                     name == "min" || name == "clamp" || name == "lt" || name == "le" || name == "gt" || name == "ge") &&
                    adt_data.derives != 0)) {
      check_rest();
      type_error(make_diagnostic(DiagKind::Unsupported, tree_->span(name_node),
                                 {"the trait method `" + std::string(name) + "`"}));
      return types_.error();
    }
    check_rest();
    if (has_trait_impls(t) || has_unsupported_member(t, name)) return types_.error();  // a trait or generic method, maybe
    auto [what, shown] = receiver_description(receiver_type, adt.kind == ItemKind::Enum ? "enum" : "struct");
    Diagnostic d = make_diagnostic(DiagKind::NoMethod, tree_->span(name_node), {std::string(name), what, shown});
    bool is_field = adt_data.shape == FieldsShape::Named &&
                    std::any_of(adt_data.fields.begin(), adt_data.fields.end(),
                                [&](const FieldDef& f) { return f.name == name; });
    if (is_field && arg_list.has_value()) {
      // `level.capacity()` of a field `capacity`.
      d.with_label("field, not a method");
      label_missing_member_definition(d, receiver_type, "method `" + std::string(name) + "`");
      d.with_fix(tree_->span(arg_list), "", "remove the arguments", Applicability::MachineApplicable,
                 SuggestionStyle::HideCodeInline);
      type_error(std::move(d));
      return types_.error();
    }
    d.with_label("method not found in `" + shown + "`");
    label_missing_member_definition(d, receiver_type, "method `" + std::string(name) + "`");
    suggest_similar_method(d, t, name_node, name, arg_list);
    type_error(std::move(d));
    return types_.error();
  }
  bool sequence = types_.kind(t) == TypeKind::Array || types_.kind(t) == TypeKind::Slice;
  if (sequence && name == "iter_mut") require_mutable_receiver(receiver, node, through_ref, through_mut_ref, derefs);
  // `best.max(s)` with `best: &i32`: method lookup meets `Ord for &i32` at
  // the receiver's own type, before auto-deref reaches `i32::max`.
  bool ord_method = name == "max" || name == "min" || name == "clamp";
  if (ord_method && derefs >= 1 && (types_.is_integral(t) || types_.kind(t) == TypeKind::Char || types_.kind(t) == TypeKind::Bool)) {
    TypeId self = shallow(receiver_type);
    check_args(arg_list, name == "clamp" ? std::vector<TypeId>{self, self} : std::vector<TypeId>{self},
               tree_->span(name_node), "method");
    return self;
  }
  return primitive_method_call(node, name_node, arg_list, t, name, receiver_type);
}

// `CONST.bump()` with `bump(&mut self)`: the method mutates a temporary copy
// of the const, which is rustc's const_item_mutation lint.
void BodyChecker::lint_const_item_mutation(NodeId receiver, NodeId call, ItemRef method) {
  NodeId place = receiver;
  while (place.has_value() && tree_->kind(place) == NodeKind::ParenExpr) place = first_child(*tree_, place, NodeKind::PathExpr);
  if (place.is_none() || tree_->kind(place) != NodeKind::PathExpr || local_of_place(place) != nullptr) return;
  NodeId path = first_child(*tree_, place, NodeKind::Path);
  std::optional<ItemRef> item = path.has_value() ? silent_pattern_path(path) : std::nullopt;
  if (!item || resolver_.item(*item).kind != ItemKind::Const || in_macro_arguments_) return;
  Diagnostic d = make_diagnostic(DiagKind::ConstItemMutation, tree_->span(call), {});
  d.with_note("each usage of a `const` item creates a new temporary");
  d.with_note("the mutable reference will refer to this temporary, not the original `const` item");
  if (std::optional<Span> at = local_definition_span(method)) d.with_note_at(*at, "mutable reference created due to call to this method");
  if (std::optional<Span> at = local_definition_span(*item)) d.with_note_at(*at, "`const` item defined here");
  borrow_diagnostics_.push_back(std::move(d));
}

// `CONST.field = v`, `CONST[i] += v`: the assignment changes a temporary
// copy of the const, rustc's const_item_mutation lint too.
void BodyChecker::lint_const_assignment(NodeId assignment, NodeId lhs) {
  if (in_macro_arguments_) return;
  NodeId base = lhs;
  bool projected = false;
  for (int depth = 0; depth < 64 && base.has_value(); ++depth) {
    NodeKind k = tree_->kind(base);
    if (k == NodeKind::ParenExpr) {
      base = paren_inner(base);
      continue;
    }
    if (k != NodeKind::FieldExpr && k != NodeKind::IndexExpr) break;
    projected = true;
    NodeId inner = first_expr_child(base);
    base = inner;
  }
  if (!projected || base.is_none() || tree_->kind(base) != NodeKind::PathExpr || local_of_place(base) != nullptr) return;
  NodeId path = first_child(*tree_, base, NodeKind::Path);
  std::optional<ItemRef> item = path.has_value() ? silent_pattern_path(path) : std::nullopt;
  if (!item || resolver_.item(*item).kind != ItemKind::Const) return;
  Diagnostic d = make_diagnostic(DiagKind::ConstItemAssignment, tree_->span(assignment), {});
  d.with_note("each usage of a `const` item creates a new temporary; the original `const` item will not be modified");
  const Item& constant = resolver_.item(*item);
  if (item->crate == crate_.crate && constant.file < cx_.input->files.size()) {
    d.with_note_at(cx_.input->files[constant.file].tree->def_span(constant.node), "`const` item defined here");
  }
  borrow_diagnostics_.push_back(std::move(d));
}

// E0599 for a method no range or iterator type has. rustc names the generic
// struct in the message and the concrete one in the label; sluice's iterator
// type does not record its adapter (`Rev`, `StepBy`, `Enumerate`) and names
// them all as the slice iterator.
void BodyChecker::report_no_iterator_method(NodeId name_node, TypeId t, std::string_view name) {
  const TypeData& data = types_.data(shallow(t));
  std::string generic = "std::slice::Iter<'a, T>";
  TypeId item = types_.element(shallow(t));
  bool slice_items = types_.kind(shallow(item)) == TypeKind::Ref;
  std::string concrete = slice_items ? "std::slice::Iter<'_, " + show(types_.element(shallow(item))) + ">" : generic;
  if (data.kind == TypeKind::Range) {
    bool full = RangeShape(data.detail) == RangeShape::Full;
    generic = "std::ops::" + std::string(range_struct_name(RangeShape(data.detail))) + (full ? "" : "<Idx>");
    concrete = show(t);  // `std::ops::Range<{integer}>`
  }
  Diagnostic& d = type_error(make_diagnostic(DiagKind::NoMethod, tree_->span(name_node), {std::string(name), "struct", generic}));
  // (Plain distance: the table has no arities to tell "but with different arguments".)
  if (std::optional<std::string_view> similar = best_match_for_name(name, iterator_method_names())) {
    d.with_fix(tree_->span(name_node), std::string(*similar), "there is a method `" + std::string(*similar) + "` with a similar name",
               Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
  } else {
    d.with_label("method not found in `" + concrete + "`");
  }
}

// rustc's help for a field a struct literal names but the type lacks: the
// closest field not written yet, else what is left to write.
void BodyChecker::explain_unknown_field(Diagnostic& d, const AdtData& adt, uint32_t crate, std::span<const NodeId> written,
                                        std::string_view name, const std::string& display) {
  if (adt.shape != FieldsShape::Named) {
    d.with_label("`" + display + "` does not have this field");
    return;
  }
  std::vector<std::string_view> available;
  for (const FieldDef& field : adt.fields) {
    bool given = false;
    for (NodeId f : written) {
      NodeId name_node = first_child(*tree_, f, NodeKind::NameRef);
      std::string_view text = name_node.has_value() ? tree_->text(name_node, text_) : tree_->text(f, text_);
      given |= text == field.name;
    }
    if (!given && resolver_.is_accessible(crate, field.visible_in, item_scope())) available.push_back(field.name);
  }
  if (std::optional<std::string_view> similar = best_match_for_name(name, available)) {
    d.with_label("unknown field");
    d.with_fix(d.primary.span, std::string(*similar), "a field with a similar name exists", Applicability::MaybeIncorrect,
               SuggestionStyle::ShowAlways);
    return;
  }
  d.with_label("`" + display + "` does not have this field");
  if (available.empty()) {
    d.with_note("all struct fields are already assigned");
    return;
  }
  std::string names;
  for (size_t i = 0; i < available.size() && i < 6; ++i) names += (i > 0 ? ", `" : "`") + std::string(available[i]) + "`";
  if (available.size() > 6) names += " ... and " + std::to_string(available.size() - 6) + " others";
  d.with_note("available fields are: " + names);
}

// How E0599 names a receiver: rustc names the type as written, before
// auto-deref (`reference `&str``, `mutable reference `&mut Track``).
std::pair<std::string, std::string> BodyChecker::receiver_description(TypeId receiver, std::string_view word) {
  TypeId t = shallow(receiver);
  // rustc words some types by their kind: "found for array `[u8; 2]`", "for unit type `()`".
  if (word == "type") {
    switch (types_.kind(t)) {
      case TypeKind::Array: word = "array"; break;
      case TypeKind::Tuple: word = types_.tuple_elements(t).empty() ? "unit type" : "tuple"; break;
      default: break;
    }
  }
  if (types_.kind(t) != TypeKind::Ref) return {std::string(word), show(t)};
  return {types_.is_mutable_ref(t) ? "mutable reference" : "reference", show(t)};
}

// A method taking `&mut self`: its receiver is borrowed mutably (which also
// makes a `mut` binding's `mut` needed).
void BodyChecker::require_mutable_receiver(NodeId receiver, NodeId call, bool through_ref, bool through_mut_ref,
                                           int derefs) {
  if (through_ref && !through_mut_ref) {
    // rustc names the place borrowed: `*r` for a reference held in a binding, `**r` through two.
    std::string text = describe_place(receiver, 0);
    if (tree_->kind(receiver) == NodeKind::PathExpr) text = std::string(size_t(std::max(derefs, 1)), '*') + text;
    const Local* local = local_of_place(receiver);
    TypeId held = local != nullptr ? shallow(local->type) : TypeId::none();
    if (local != nullptr && types_.kind(held) == TypeKind::Ref && !types_.is_mutable_ref(held)) {
      report_behind_shared_ref(text, *local, tree_->span(receiver), true);  // with the binding's `&` to change
      return;
    }
    Diagnostic d = make_diagnostic(DiagKind::BorrowBehindSharedRef, tree_->span(receiver), {text.empty() ? "value" : text});
    if (local != nullptr) d.with_label("cannot borrow as mutable");  // the shared reference is an inner one
    borrow_error(std::move(d));
  } else if (!through_ref) {
    check_mutable_place(receiver, call, true);
  }
}

// An integer's const method called in a const context, for E0080.
void BodyChecker::note_method_site(NodeId call, NodeId arg_list, TypeId receiver_type, const PrimitiveMember& member,
                                   std::string_view name, bool by_path) {
  if (!in_const_context()) return;
  std::vector<NodeId> arguments;
  for (NodeId c : Kids(*tree_, arg_list)) {
    if (is_expr_kind(tree_->kind(c))) arguments.push_back(c);
  }
  NodeId receiver;
  if (by_path) {  // `u32::pow(10, 10)`: the receiver is the first argument
    if (arguments.empty()) return;
    receiver = arguments.front();
    arguments.erase(arguments.begin());
  } else {
    for (NodeId c : Kids(*tree_, call)) {
      if (receiver.is_none() && is_expr_kind(tree_->kind(c))) receiver = c;
    }
  }
  method_sites_.push_back({call, receiver, arguments.size() == 1 ? arguments[0] : NodeId::none(), name, receiver_type,
                           const_call_name(types_, receiver_type, member, name)});
}

// Methods of primitive types and of L1's iterator stand-ins.
TypeId BodyChecker::primitive_method_call(NodeId call, NodeId name_node, NodeId arg_list, TypeId t, std::string_view name,
                                          TypeId written_receiver) {
  auto check_rest = [&] {
    if (arg_list.has_value()) {
      for (NodeId c : Kids(*tree_, arg_list)) {
        if (is_expr_kind(tree_->kind(c))) check_expr(c, TypeId::none());
      }
    }
  };
  TypeKind kind = types_.kind(t);
  // Iterators as L1 knows them: enough for `for` loops.
  if ((kind == TypeKind::Array || kind == TypeKind::Slice) && (name == "iter" || name == "iter_mut")) {
    check_args(arg_list, {}, tree_->span(name_node), "method");
    return types_.iter(types_.reference(types_.element(t), name == "iter_mut"));
  }
  if (kind == TypeKind::Range && !steps(types_.element(t))) {
    std::span<const std::string_view> known = iterator_method_names();
    if (std::find(known.begin(), known.end(), name) != known.end()) {
      // `(0.5..2.0).step_by(1)`: the iterator methods need `Step` of the element type.
      check_rest();
      std::string range = show(t), element = show(types_.element(t));
      Diagnostic& d = type_error(make_diagnostic(DiagKind::MethodBoundsUnsatisfied, tree_->span(name_node),
                                                 {std::string(name), "struct", range}));
      d.with_label("method cannot be called on `" + range + "` due to unsatisfied trait bounds");
      d.with_note("the following trait bounds were not satisfied:\n`" + element + ": Step`\nwhich is required by `" +
                  range + ": Iterator`\n`" + range + ": Iterator`\nwhich is required by `&mut " + range + ": Iterator`");
      return types_.error();
    }
  }
  if (kind == TypeKind::Range || kind == TypeKind::Iter) {
    if (name == "rev") {
      check_args(arg_list, {}, tree_->span(name_node), "method");
      return types_.iter(types_.element(t));
    }
    if (name == "step_by") {
      check_args(arg_list, {types_.int_type(IntKind::Usize)}, tree_->span(name_node), "method");
      return types_.iter(types_.element(t));
    }
    if (name == "enumerate") {
      check_args(arg_list, {}, tree_->span(name_node), "method");
      TypeId pair[] = {types_.int_type(IntKind::Usize), types_.element(t)};
      return types_.iter(types_.tuple(pair));
    }
    check_rest();
    std::span<const std::string_view> known = iterator_method_names();
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      report_no_iterator_method(name_node, t, name);
      return types_.error();
    }
    type_error(make_diagnostic(DiagKind::Unsupported, tree_->span(name_node),
                               {"the iterator method `" + std::string(name) + "`"}));
    return types_.error();
  }
  if (kind == TypeKind::InferVar) report_type_must_be_known(first_expr_child(call), t);
  bool error_elements = (kind == TypeKind::Array || kind == TypeKind::Slice) && is_error(shallow(types_.element(t)));
  if (kind == TypeKind::InferVar || kind == TypeKind::Error || kind == TypeKind::Never || error_elements) {
    check_rest();
    return types_.error();
  }
  std::optional<PrimitiveMember> member = find_primitive_member(types_, t, name, false);
  bool ambiguous = kind == TypeKind::IntVar || kind == TypeKind::FloatVar;
  if (member && member->kind == PrimitiveMember::Kind::Method && member->self != PrimitiveSelf::Assoc &&
      (!ambiguous || member->is_trait_method)) {
    check_args(arg_list, member->params, tree_->span(name_node), "method");
    Span from_name{tree_->span(name_node).file, tree_->span(name_node).begin, tree_->span(call).end};
    note_const_context_call(from_name, *member, name, t, tree_->span(call));
    if (types_.kind(t) == TypeKind::Int && const_int_method(name) != ConstMethod::None) {
      note_method_site(call, arg_list, t, *member, name);
    }
    // (After the arguments: of nested calls, the outermost is the statement's.)
    PrimitiveMember named;  // what the lint's message needs (no parameter list to copy)
    named.rustc_path = member->rustc_path;
    named.must_use_note = member->must_use_note;
    named.is_trait_method = member->is_trait_method;
    last_primitive_call_ = {call, t, std::move(named), name};
    return member->result;
  }
  // Methods of std's traits (outside L1): on `{integer}` too, rustc finds
  // them through the traits every integer type implements.
  auto trait_method = [&](bool with_ord) {
    return name == "clone" || name == "to_string" || name == "to_owned" || name == "cmp" || name == "partial_cmp" ||
           name == "eq" || name == "ne" || name == "into" || name == "hash" || name == "fmt" || name == "lt" ||
           name == "le" || name == "gt" || name == "ge" ||
           (with_ord && (name == "max" || name == "min" || name == "clamp"));
  };
  auto unsupported_trait_method = [&]() {
    if (name == "clone") return t;
    type_error(make_diagnostic(DiagKind::Unsupported, tree_->span(name_node),
                               {"the trait method `" + std::string(name) + "`"}));
    return types_.error();
  };
  if (ambiguous) {
    check_rest();
    // (`max`, `min`, `clamp` on a float are its own methods: E0689 on `{float}`.)
    if (trait_method(false)) return unsupported_trait_method();
    if (may_have_trait_methods(t)) return types_.error();  // `impl Tr for i32` may be the one
    if (types_.kind(shallow(written_receiver)) == TypeKind::Ref) {
      // Behind a reference rustc does not look through the ambiguous type:
      // no method at all, rather than E0689.
      auto [what, shown] = receiver_description(written_receiver, "type");
      Diagnostic d = make_diagnostic(DiagKind::NoMethod, tree_->span(name_node), {std::string(name), what, shown});
      d.with_label("method not found in `" + shown + "`");
      type_error(std::move(d));
      return types_.error();
    }
    Diagnostic& d = type_error(
        make_diagnostic(DiagKind::AmbiguousNumericMethod, tree_->span(name_node), {std::string(name), show(t)}));
    suggest_concrete_numeric_type(d, call, t);
    return types_.error();
  }
  check_rest();
  if (member && member->kind == PrimitiveMember::Kind::Unsupported) {
    type_error(make_diagnostic(DiagKind::Unsupported, tree_->span(name_node),
                               {"the method `" + show(t) + "::" + std::string(name) + "`"}));
    return types_.error();
  }
  if (kind == TypeKind::Int || kind == TypeKind::Float || kind == TypeKind::Bool || kind == TypeKind::Char ||
      kind == TypeKind::Str || kind == TypeKind::Array || kind == TypeKind::Slice || kind == TypeKind::Tuple) {
    if (trait_method(true)) return unsupported_trait_method();
    if (may_have_trait_methods(t)) return types_.error();  // a trait method, maybe
    auto [what, shown] = receiver_description(written_receiver, "type");
    Diagnostic d = make_diagnostic(DiagKind::NoMethod, tree_->span(name_node), {std::string(name), what, shown});
    if (!suggest_similar_primitive_method(d, t, name_node, name, arg_list)) d.with_label("method not found in `" + shown + "`");
    type_error(std::move(d));
  }
  return types_.error();
}

// rustc's "there is a method `count_ones` with a similar name" for a
// primitive receiver (then without the "method not found" label).
bool BodyChecker::suggest_similar_primitive_method(Diagnostic& d, TypeId t, NodeId name_node, std::string_view name,
                                                   NodeId arg_list) {
  std::vector<std::pair<std::string_view, size_t>> methods = primitive_method_names(types_, t);
  std::vector<std::string_view> names;
  for (const auto& [method, params] : methods) names.push_back(method);
  std::optional<std::string_view> similar = best_match_with_substrings(name, names);
  if (!similar) return false;
  size_t params = 0;
  for (const auto& [method, count] : methods) {
    if (method == *similar) params = count;
  }
  if (params == SIZE_MAX) return false;  // a method outside L1: whether the arguments fit is not known
  size_t given = arg_list.has_value() ? Kids(*tree_, arg_list, kIsExpr).size() : 0;
  std::string message = "there is a method `" + std::string(*similar) + "` with a similar name";
  if (params != given) {
    d.with_help(message + ", but with different arguments");  // (rustc points into std's source)
    return true;
  }
  d.with_fix(tree_->span(name_node), std::string(*similar), message, Applicability::MaybeIncorrect,
             SuggestionStyle::ShowAlways);
  return true;
}

// E0689's fix, as rustc offers it: a suffix on a literal receiver
// (`2.0_f32.sqrt()`), or a type on the `let` that bound the receiver.
void BodyChecker::suggest_concrete_numeric_type(Diagnostic& d, NodeId call, TypeId ambiguous) {
  bool is_float = types_.kind(shallow(ambiguous)) == TypeKind::FloatVar;
  std::string concrete = is_float ? "f32" : "i32";
  NodeId receiver = first_expr_child(call);
  if (receiver.is_none()) return;
  if (tree_->kind(receiver) == NodeKind::LiteralExpr) {
    Span literal = tree_->span(receiver);
    d.with_fix(Span{literal.file, literal.end, literal.end}, "_" + concrete,
               "you must specify a concrete type for this numeric value, like `" + concrete + "`",
               Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
    return;
  }
  NodeId path = tree_->kind(receiver) == NodeKind::PathExpr ? first_child(*tree_, receiver, NodeKind::Path) : NodeId::none();
  if (path.is_none()) return;
  SegmentList segments = segments_of(path);
  if (segments.size() != 1) return;
  std::optional<uint32_t> index = find_local(segments[0].name);
  if (!index || !locals_[*index].untyped_let) return;
  const Local* local = &locals_[*index];
  d.with_fix(Span{local->span.file, local->span.end, local->span.end}, ": " + concrete,
             "you must specify a type for this binding, like `" + concrete + "`", Applicability::MaybeIncorrect,
             SuggestionStyle::ShowAlways);
}

// `c.is_whitespace` names a method of a primitive (E0615, not E0610), also
// one outside L1 (`b.then`).
bool BodyChecker::names_primitive_method(TypeId t, std::string_view name) {
  std::optional<PrimitiveMember> member = find_primitive_member(types_, t, name, false);
  return member && member->kind != PrimitiveMember::Kind::Const && member->self != PrimitiveSelf::Assoc;
}

TypeId BodyChecker::check_field(NodeId node) {
  NodeId base, name_node = first_child(*tree_, node, NodeKind::NameRef);
  for (NodeId c : Kids(*tree_, node)) {
    if (is_expr_kind(tree_->kind(c))) {
      base = c;
      break;
    }
  }
  size_t reads_before = macro_reads_ != nullptr ? macro_reads_->size() : 0;
  dotted_base_ = base;
  TypeId t = shallow(check_expr(base, TypeId::none()));
  if (name_node.is_none()) return types_.error();
  std::string_view name = segment_of_name(name_node).name;  // `e.r#type` is the field `type`
  if (macro_reads_ != nullptr && macro_reads_->size() == reads_before + 1) {
    // `p.x` in a macro's arguments reads through a field: the place `p.x`, extended by `.y` in `p.x.y`.
    FlowFacts::MacroRead& read = macro_reads_->back();
    if (tree_->kind(base) == NodeKind::PathExpr) {
      read.through_field = true;
      read.moved = false;
      read.field_path = name;
      read.field_by_value = passed_by_value_in_macro(node);
      read.field_node = node;
    } else if (tree_->kind(base) == NodeKind::FieldExpr && read.through_field && !read.field_path.empty()) {
      read.field_path += ".";
      read.field_path += name;
      read.field_by_value = passed_by_value_in_macro(node);
      read.field_node = node;
    }
  }
  note_place_in_shared_temporary(node, base, t);
  if (types_.kind(t) == TypeKind::Ref && !in_macro_arguments_) flow_.set(node, FlowFacts::kThroughReference);
  if (types_.kind(t) == TypeKind::Ref && types_.is_mutable_ref(t)) through_mut_ref_.insert(node.index);
  TypeId written = t;  // rustc's messages name the base's type before auto-deref (`&Track`)
  for (int step = 0; step < 8 && types_.kind(t) == TypeKind::Ref; ++step) t = shallow(types_.element(t));
  if (is_error(t)) return t;
  const TypeData& d = types_.data(t);
  if (d.kind == TypeKind::Tuple) {
    std::span<const TypeId> elements = types_.tuple_elements(t);
    size_t index = 0;
    bool numeric = !name.empty();
    for (char c : name) {
      if (c < '0' || c > '9') numeric = false;
      else index = index * 10 + size_t(c - '0');
    }
    if (numeric && index < elements.size()) {
      note_place_type(node, elements[index], written);
      return elements[index];
    }
  } else if (d.kind == TypeKind::Adt) {
    const CrateDefMap* map = resolver_.map_of(d.item.crate);
    const Item& item = map->items[d.item.item];
    if (item.kind == ItemKind::Struct) {
      const AdtData& adt = map->adts[item.data];
      for (size_t i = 0; i < adt.fields.size(); ++i) {
        const FieldDef& f = adt.fields[i];
        bool match = adt.shape == FieldsShape::Named ? f.name == name : name == std::to_string(i);
        if (!match) continue;
        if (d.item.crate == crate_.crate) result_.read_fields.push_back({d.item.item, uint32_t(i)});
        note_place_type(node, f.type, written);
        if (!resolver_.is_accessible(d.item.crate, f.visible_in, item_scope())) {
          type_error(make_diagnostic(DiagKind::PrivateField, tree_->span(name_node),
                                     {std::string(name), std::string(item.name)}))
              .with_label("private field");
          return types_.error();  // as rustc: what follows from it is silent
        }
        return f.type;
      }
    }
  } else if (d.kind != TypeKind::Array && d.kind != TypeKind::Slice && d.kind != TypeKind::Str &&
             d.kind != TypeKind::Range && d.kind != TypeKind::Iter && d.kind != TypeKind::FnDef &&
             d.kind != TypeKind::InferVar && written == t && !names_primitive_method(t, name)) {
    type_error(make_diagnostic(DiagKind::PrimitiveHasNoFields, tree_->span(name_node), {show(t)}));
    return types_.error();
  }
  if (d.kind == TypeKind::InferVar) {
    report_type_must_be_known(base, t);
    return types_.error();
  }
  // A method named like the field: rustc says so (E0615).
  std::optional<PrimitiveMember> primitive =
      d.kind == TypeKind::Adt ? std::nullopt : find_primitive_member(types_, t, name, false);
  // Only a method taking `self` counts; an associated fn or const is no field (E0609).
  auto is_method = [&](ItemRef item) {
    const Item& found = resolver_.item(item);
    return found.kind == ItemKind::Fn && resolver_.map_of(item.crate)->fns[found.data].self != SelfParamKind::None;
  };
  std::optional<ItemRef> inherent = d.kind == TypeKind::Adt ? find_inherent(t, name) : std::nullopt;
  if ((inherent && is_method(*inherent)) ||
      (primitive && primitive->kind != PrimitiveMember::Kind::Const && primitive->self != PrimitiveSelf::Assoc)) {
    Diagnostic& d =
        type_error(make_diagnostic(DiagKind::MethodNotField, tree_->span(name_node), {std::string(name), show(written)}))
            .with_label("method, not a field");
    // A method that takes nothing but `self`: rustc offers the call.
    bool no_arguments = inherent ? resolver_.map_of(inherent->crate)->fns[resolver_.item(*inherent).data].params.empty()
                                 : primitive->kind == PrimitiveMember::Kind::Method && primitive->params.empty();
    if (no_arguments) {
      Span after{tree_->span(name_node).file, tree_->span(name_node).end, tree_->span(name_node).end};
      d.with_fix(after, "()", "use parentheses to call the method", Applicability::MachineApplicable,
                 SuggestionStyle::ShowAlways);
    }
    return types_.error();
  }
  Diagnostic& error =
      type_error(make_diagnostic(DiagKind::NoField, tree_->span(name_node), {std::string(name), show(written)}));
  // An associated function named like the field: rustc shows it and the path syntax.
  bool assoc_fn = inherent && resolver_.item(*inherent).kind == ItemKind::Fn && !in_macro_arguments_;
  if (assoc_fn) error.with_label("this is an associated function, not a method");
  error.with_secondary(tree_->span(name_node), "unknown field");
  if (assoc_fn) {
    const Item& fn = resolver_.item(*inherent);
    error.with_note("found the following associated function; to be used as method, it must have a `self` parameter");
    if (inherent->crate == crate_.crate && fn.file == file_ && fn.node.has_value()) {
      error.with_note_at(tree_->fn_signature_span(fn.node),
                         "the candidate is defined in an impl for the type `" + show(t) + "`");
    }
    error.with_fix(tree_->span(node), show(t) + "::" + std::string(name), "use associated function syntax instead",
                   Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
  } else if (d.kind == TypeKind::Adt) {
    explain_missing_field(error, t, name_node, name);
  } else if (d.kind == TypeKind::Tuple) {
    std::vector<std::string> names;
    for (size_t i = 0; i < types_.tuple_elements(t).size(); ++i) names.push_back(std::to_string(i));
    list_available_fields(error, names);
  }
  return types_.error();
}

// An ADT's inherent functions, methods (with `self`) or not, in declaration
// order, and the one whose name is closest to `name` as rustc finds it.
std::optional<std::pair<std::string_view, ItemRef>> BodyChecker::similar_inherent(TypeId type, std::string_view name,
                                                                                    bool methods) {
  const CrateDefMap* map = nullptr;
  ItemRef adt;
  const std::vector<ItemId>* impls = inherent_impls_of(type, map, adt);
  if (impls == nullptr) return std::nullopt;
  std::vector<uint32_t> items;
  for (ItemId impl : *impls) {
    for (const auto& [item_name, item] : map->impls[map->items[impl.index].data].items) {
      const Item& it = map->items[item.index];
      if (it.kind == ItemKind::Fn && (map->fns[it.data].self != SelfParamKind::None) == methods) items.push_back(item.index);
    }
  }
  std::sort(items.begin(), items.end());
  std::vector<std::string_view> names;
  for (uint32_t i : items) names.push_back(map->items[i].name);
  // Methods are probed as rustc's method lookup does, nearly-contained names counting as close.
  std::optional<std::string_view> best = methods ? best_match_with_substrings(name, names) : best_match_for_name(name, names);
  if (!best) return std::nullopt;
  for (uint32_t i : items) {
    if (map->items[i].name == *best) return std::pair{*best, ItemRef{adt.crate, i}};
  }
  return std::nullopt;
}

// E0599 for a method of an ADT: a method with a similar name replaces the
// "not found" label; with another number of arguments rustc only points at it.
void BodyChecker::suggest_similar_method(Diagnostic& d, TypeId t, NodeId name_node, std::string_view name,
                                         NodeId arg_list) {
  std::optional<std::pair<std::string_view, ItemRef>> similar = similar_inherent(t, name, true);
  if (!similar) return;
  d.primary.text.clear();
  const Item& method = resolver_.item(similar->second);
  size_t given = arg_list.has_value() ? Kids(*tree_, arg_list, kIsExpr).size() : 0;
  std::string message = "there is a method `" + std::string(similar->first) + "` with a similar name";
  if (resolver_.map_of(similar->second.crate)->fns[method.data].params.size() == given) {
    d.with_fix(tree_->span(name_node), std::string(similar->first), message, Applicability::MaybeIncorrect,
               SuggestionStyle::ShowAlways);
    return;
  }
  if (similar->second.crate == crate_.crate && method.file < cx_.input->files.size() &&
      cx_.input->files[method.file].tree != nullptr) {
    d.with_help_at(cx_.input->files[method.file].tree->fn_signature_span(method.node), message + ", but with different arguments");
  }
}

// E0609 on a struct: the field meant (a similar name), else those there are.
void BodyChecker::explain_missing_field(Diagnostic& error, TypeId t, NodeId name_node, std::string_view name) {
  ItemRef ref = types_.data(t).item;
  const CrateDefMap* map = resolver_.map_of(ref.crate);
  const Item& item = map->items[ref.item];
  if (item.kind != ItemKind::Struct) return;
  std::vector<std::string> names;
  const std::vector<FieldDef>& fields = map->adts[item.data].fields;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (!resolver_.is_accessible(ref.crate, fields[i].visible_in, item_scope())) continue;
    names.push_back(fields[i].name.empty() ? std::to_string(i) : std::string(fields[i].name));  // tuple fields
  }
  std::vector<std::string_view> accessible(names.begin(), names.end());
  bool tuple_index = !name.empty() && name[0] >= '0' && name[0] <= '9';  // no names to be similar to
  if (std::optional<std::string_view> similar = best_match_for_name(name, accessible); similar && !tuple_index) {
    error.with_fix(tree_->span(name_node), std::string(*similar), "a field with a similar name exists",
                   Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
    return;
  }
  list_available_fields(error, names);
}

void BodyChecker::list_available_fields(Diagnostic& error, const std::vector<std::string>& accessible) {
  if (accessible.empty()) return;
  std::string listed;
  for (size_t i = 0; i < accessible.size() && i < 5; ++i) listed += (i > 0 ? ", `" : "`") + std::string(accessible[i]) + "`";
  if (accessible.size() > 5) listed += " ... and " + std::to_string(accessible.size() - 5) + " others";
  error.with_note(accessible.size() == 1 ? "available field is: " + listed : "available fields are: " + listed);
}

// `S { x }`: the field's value is the local (or constant) `x`.
void BodyChecker::check_shorthand_field(NodeId name_node, TypeId expected) {
  std::string_view name = segment_of_name(name_node).name;
  TypeId type;
  if (std::optional<uint32_t> local = find_local(name)) {
    note_read(*local);
    if (!in_macro_arguments_) flow_.set_local(name_node, locals_[*local].uid);
    type = locals_[*local].type;
  } else {
    PathSegment segment{name, tree_->span(name_node)};
    value_name_site_ = ValueNameSite::ShorthandField;
    PathResolution r = resolve_value_name(segment);
    value_name_site_ = ValueNameSite::Path;
    if (r.kind != PathResolution::Kind::Item) return;
    type = item_value_type(r.item, segment.span);
  }
  if (expected.has_value() && !coerces(type, expected)) {
    report_mismatch(tree_->span(name_node), expected, type, name_node, name);
  }
}

// rustc's privacy pass (after type checking, only on error-free code): one
// E0451 per struct literal, `..base` or pattern, naming every private field it
// mentions (`fields `b` and `c` of struct `Conf` are private`). At `base`, the
// fields a functional update takes from it.
void BodyChecker::report_private_fields(const std::vector<std::pair<std::string_view, Span>>& fields,
                                        const std::string& display, std::optional<Span> base) {
  if (fields.empty()) return;
  std::string names;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) names += i + 1 == fields.size() ? " and " : ", ";
    names += "`" + std::string(fields[i].first) + "`";
  }
  bool one = fields.size() == 1;
  Diagnostic d = one ? make_diagnostic(DiagKind::PrivateFieldInLiteral, base ? *base : fields[0].second,
                                       {std::string(fields[0].first), display})
                     : make_diagnostic(DiagKind::PrivateFieldsInLiteral, base ? *base : fields[0].second, {names, display});
  if (base) {
    d.with_label(one ? "field " + names + " is private" : "fields " + names + " are private");
  } else {
    d.with_label("private field");
    for (size_t i = 1; i < fields.size(); ++i) d.secondary.push_back(Label{fields[i].second, "private field", true});
  }
  result_.privacy_diagnostics.push_back(std::move(d));
}

TypeId BodyChecker::check_record(NodeId node) {
  NodeId path = first_child(*tree_, node, NodeKind::Path);
  NodeId fields = first_child(*tree_, node, NodeKind::RecordExprFieldList);
  std::vector<NodeId> field_nodes;
  NodeId base;
  if (fields.has_value()) {
    for (NodeId c : Kids(*tree_, fields)) {
      if (tree_->kind(c) == NodeKind::RecordExprField) field_nodes.push_back(c);
      if (tree_->kind(c) == NodeKind::RecordExprBase) base = c;
    }
  }
  auto check_values_unknown = [&] {
    for (NodeId f : field_nodes) {
      for (NodeId c : Kids(*tree_, f)) {
        if (is_expr_kind(tree_->kind(c))) check_expr(c, TypeId::none());
      }
    }
  };
  if (path.is_none()) return types_.error();
  std::vector<Diagnostic>& resolution = result_.resolution_diagnostics;
  size_t reported_before = resolution.size();
  PathResolution r = resolve_path(path, Namespace::Type, false, true, ExpectedItem::Struct);
  if (r.kind == PathResolution::Kind::Failed && resolution.size() == reported_before + 1 &&
      resolution.back().kind == DiagKind::CannotFindStruct) {
    // Not a type but a value of that name: rustc says what it is (E0574).
    if (std::optional<Diagnostic> d = struct_path_names_value(path)) resolution.back() = std::move(*d);
  }
  ItemRef target;
  SegmentList segments = segments_of(path);
  if (r.kind == PathResolution::Kind::SelfType && types_.kind(shallow(self_type_)) == TypeKind::Adt &&
      r.consumed == segments.size()) {
    target = types_.data(shallow(self_type_)).item;
  } else if (std::optional<ItemRef> variant = r.kind == PathResolution::Kind::SelfType && r.consumed + 1 == segments.size()
                                                  ? self_variant(segments.back().name)
                                                  : std::nullopt) {
    target = *variant;  // `Self::Rect { .. }` in an enum's impl
  } else if (r.kind == PathResolution::Kind::Item && r.consumed == segments.size()) {
    target = r.item;
  } else if (std::optional<ItemRef> variant = r.kind == PathResolution::Kind::Item && r.consumed + 1 == segments.size()
                                                  ? variant_through_alias(r.item, segments.back().name)
                                                  : std::nullopt) {
    target = *variant;  // `Alias::Variant { .. }`
  } else if (r.consumed + 1 == segments.size() &&
             (r.kind == PathResolution::Kind::Item ||
              (r.kind == PathResolution::Kind::SelfType && types_.kind(shallow(self_type_)) == TypeKind::Adt))) {
    // `Enum::Missing { .. }`, `Self::Missing { .. }`
    ItemRef owner = r.kind == PathResolution::Kind::Item ? r.item : types_.data(shallow(self_type_)).item;
    if (resolver_.item(owner).kind == ItemKind::Enum) report_missing_variant(owner, segments.back());
    check_values_unknown();
    return types_.error();
  } else {
    check_values_unknown();
    return types_.error();
  }
  const Item& item = resolver_.item(target);
  const CrateDefMap* map = resolver_.map_of(target.crate);
  if (item.kind == ItemKind::TypeAlias) {
    TypeId aliased = shallow(map->type_aliases[item.data]);
    if (types_.kind(aliased) != TypeKind::Adt) {
      check_values_unknown();
      return types_.error();
    }
    target = types_.data(aliased).item;
  }
  const Item& def = resolver_.item(target);
  map = resolver_.map_of(target.crate);
  if (def.kind != ItemKind::Struct && def.kind != ItemKind::Variant) {
    check_values_unknown();
    if (def.kind != ItemKind::Unsupported) {
      resolution_error(make_diagnostic(DiagKind::ExpectedStructFound, segments.back().span,
                                       {std::string(item_kind_word(def)), std::string(def.name)}))
          .with_label("not a struct, variant or union type");
    }
    return types_.error();
  }
  const AdtData& adt = map->adts[def.data];
  bool is_variant = def.kind == ItemKind::Variant;
  note_constructed(target);
  TypeId result = is_variant ? types_.adt(ItemRef{target.crate, def.parent.index}) : types_.adt(target);
  std::string display = is_variant ? std::string(map->items[def.parent.index].name) + "::" + std::string(def.name)
                                   : std::string(def.name);
  std::vector<bool> given(adt.fields.size(), false);
  std::vector<std::pair<std::string_view, Span>> private_fields;  // named here but not visible here (E0451)
  std::vector<Span> first_use(adt.fields.size());
  bool unknown_field = false;
  for (NodeId f : field_nodes) {
    NodeId name_node = first_child(*tree_, f, NodeKind::NameRef);
    NodeId value;
    for (NodeId c : Kids(*tree_, f)) {
      if (is_expr_kind(tree_->kind(c))) value = c;
    }
    std::string_view name;
    Span name_span;
    if (name_node.has_value()) {
      name = segment_of_name(name_node).name;
      name_span = tree_->span(name_node);
    } else if (value.has_value() && tree_->kind(value) == NodeKind::PathExpr) {
      name = segment_of_name(value).name;  // shorthand `S { x }`
      name_span = tree_->span(value);
    }
    if (name.empty()) {
      // `Point { 10, 20 }`: the parser reported the missing name; the field
      // gives nothing (rustc then reports the fields as missing).
      if (value.has_value()) check_expr(value, TypeId::none());
      continue;
    }
    size_t index = adt.field_index(name);
    if (index == adt.fields.size()) {
      if (value.has_value()) check_expr(value, TypeId::none());
      else if (name_node.has_value()) check_shorthand_field(name_node, TypeId::none());
      Diagnostic d = make_diagnostic(is_variant ? DiagKind::VariantHasNoField : DiagKind::StructHasNoField, name_span,
                                     {is_variant ? "variant" : "struct", display, std::string(name)});
      explain_unknown_field(d, adt, target.crate, field_nodes, name, display);
      type_error(std::move(d));
      unknown_field = true;
      continue;
    }
    if (given[index]) {
      Diagnostic& d = type_error(make_diagnostic(DiagKind::FieldSpecifiedTwice, name_span, {std::string(name)}));
      d.with_label("used more than once");
      d.with_secondary(first_use[index], "first use of `" + std::string(name) + "`");
    }
    if (!given[index]) first_use[index] = name_span;
    given[index] = true;
    if (!resolver_.is_accessible(target.crate, adt.fields[index].visible_in, item_scope())) {
      private_fields.push_back({name, name_span});
    }
    if (value.has_value()) {
      NodeId saved = std::exchange(no_conversion_help_for_, value);
      check_expr(value, adt.fields[index].type);
      no_conversion_help_for_ = saved;
    } else if (name_node.has_value()) {
      check_shorthand_field(name_node, adt.fields[index].type);
    }
  }
  report_private_fields(private_fields, display, std::nullopt);
  if (base.has_value() && is_variant) {
    // E0436: `..base` updates structs only, not a variant's fields.
    for (NodeId c : Kids(*tree_, base)) {
      if (!is_expr_kind(tree_->kind(c))) continue;
      check_expr(c, TypeId::none());
      type_error(make_diagnostic(DiagKind::FunctionalUpdateOnVariant, tree_->span(c), {}));
    }
    return result;
  }
  if (base.has_value()) {
    std::vector<std::pair<std::string_view, Span>> private_rest;  // taken from the base: named by rustc too
    for (size_t i = 0; i < adt.fields.size(); ++i) {
      if (!given[i] && !resolver_.is_accessible(target.crate, adt.fields[i].visible_in, item_scope())) {
        private_rest.push_back({adt.fields[i].name, Span{}});
      }
    }
    for (NodeId c : Kids(*tree_, base)) {
      if (!is_expr_kind(tree_->kind(c))) continue;
      check_expr(c, result);
      report_private_fields(private_rest, display, tree_->span(c));
    }
    // The flow pass moves or copies out of the base the fields not given.
    if (!in_macro_arguments_) {
      std::vector<FlowFacts::UpdateField>& taken = flow_.struct_updates[base.index];
      for (size_t i = 0; i < adt.fields.size(); ++i) {
        if (given[i]) continue;
        std::string name = adt.shape == FieldsShape::Named ? std::string(adt.fields[i].name) : std::to_string(i);
        taken.push_back({std::move(name), !is_copy(adt.fields[i].type), adt.fields[i].type});
      }
    }
    return result;
  }
  std::vector<std::string> missing;
  for (size_t i = 0; i < adt.fields.size(); ++i) {
    if (!given[i]) missing.push_back(adt.shape == FieldsShape::Named ? std::string(adt.fields[i].name) : std::to_string(i));
  }
  if (!missing.empty() && !unknown_field) {
    std::sort(missing.begin(), missing.end());  // rustc lists them by name
    std::string list;
    for (size_t i = 0; i < missing.size() && i < 3; ++i) {
      if (i > 0) list += (i + 1 == missing.size() ? " and " : ", ");
      list += "`" + missing[i] + "`";
    }
    if (missing.size() > 3) {
      size_t others = missing.size() - 3;
      list += " and " + std::to_string(others) + (others == 1 ? " other field" : " other fields");
    }
    // rustc names a variant's initializer by its enum.
    std::string owner = is_variant ? std::string(map->items[def.parent.index].name) : display;
    type_error(make_diagnostic(DiagKind::MissingFields, tree_->span(path),
                               {missing.size() == 1 ? "field" : "fields", list, owner}))
        .with_label("missing " + list);
  }
  return result;
}

}  // namespace sluice
