// What `#[derive(..)]` requires of a struct's or enum's fields: each field's
// type must have the trait too (`#[derive(Debug)]` over a field of a type
// without Debug is rustc's E0277 in the expansion; `Copy`, E0204; a
// missing `PartialEq`, E0369 from the expanded `==`).
#include "analysis/resolve/builder.h"
#include "analysis/resolve/syntax_walk.h"

namespace sluice {

namespace {

constexpr std::string_view kTraitNames[] = {"Debug", "Clone", "Copy", "PartialEq", "Eq",
                                            "PartialOrd", "Ord", "Hash", "Default"};

std::string trait_name(DeriveKind kind) { return std::string(kTraitNames[size_t(kind)]); }


}  // namespace

// A type as rustc names it in messages.
std::string DefMapBuilder::display(TypeId type) {
  return display_type(types_, type, [&](ItemRef item) {
    const CrateDefMap* map = item.crate == map_.crate ? &map_ : resolver().map_of(item.crate);
    return map == nullptr ? std::string("{unknown}") : std::string(map->items[item.item].name);
  });
}

// The type in `type` that does not have the derived trait, or none.
std::optional<TypeId> DefMapBuilder::lacks_derived_trait(TypeId type, DeriveKind kind, int depth) {
  if (depth > 16) return std::nullopt;
  switch (types_.kind(type)) {
    case TypeKind::Adt: {
      ItemRef item = types_.data(type).item;
      const CrateDefMap* map = item.crate == map_.crate ? &map_ : resolver().map_of(item.crate);
      if (map == nullptr || map->types_with_trait_impls.count(item)) return std::nullopt;
      const Item& adt = map->items[item.item];
      if (adt.kind != ItemKind::Struct && adt.kind != ItemKind::Enum) return std::nullopt;
      return is_derived(map->adts[adt.data], kind) ? std::nullopt : std::optional<TypeId>(type);
    }
    case TypeKind::Float: {
      bool total = kind == DeriveKind::Eq || kind == DeriveKind::Ord || kind == DeriveKind::Hash;
      return total ? std::optional<TypeId>(type) : std::nullopt;
    }
    case TypeKind::Ref:
      if (kind == DeriveKind::Clone || kind == DeriveKind::Copy) {
        return types_.is_mutable_ref(type) ? std::optional<TypeId>(type) : std::nullopt;
      }
      if (kind == DeriveKind::Default) return std::nullopt;  // `&str` and `&[T]` have one: not judged
      return lacks_derived_trait(types_.element(type), kind, depth + 1);
    case TypeKind::Array:
    case TypeKind::Slice: return lacks_derived_trait(types_.element(type), kind, depth + 1);
    case TypeKind::Tuple:
      for (TypeId element : types_.tuple_elements(type)) {
        if (std::optional<TypeId> inner = lacks_derived_trait(element, kind, depth + 1)) return inner;
      }
      return std::nullopt;
    default: return std::nullopt;
  }
}

void add_derive_suggestion(Diagnostic& d, const SyntaxTree& tree, NodeId item, const std::string& type_name,
                           std::string_view derives) {
  Span head = tree.span_without_attributes(item);
  std::string attribute = "#[derive(" + std::string(derives) + ")]";
  d.with_fix(Span{head.file, head.begin, head.begin}, attribute + "\n",
             "consider annotating `" + type_name + "` with `" + attribute + "`", Applicability::MaybeIncorrect,
             SuggestionStyle::ShowAlways);
}

void DefMapBuilder::report_derive_requirement(DeriveKind kind, Span derive, Span field, TypeId lacking) {
  std::string name = display(lacking), trait = trait_name(kind);
  Diagnostic d;
  if (kind == DeriveKind::Debug) {
    d = make_diagnostic(DiagKind::DoesNotImplementDebug, field, {name});
  } else if (kind == DeriveKind::PartialEq) {
    d = make_diagnostic(DiagKind::BinaryOpCannotApply, field, {"binary operation `==` cannot be applied to type `" + name + "`"});
  } else if (kind == DeriveKind::PartialOrd) {
    d = make_diagnostic(DiagKind::OperatorNotImplemented, field, {"can't compare `" + name + "` with `_`"});
  } else {
    d = make_diagnostic(DiagKind::TraitBoundNotSatisfied, field, {name, trait});
  }
  if (kind == DeriveKind::PartialOrd) d.with_label("no implementation for `" + name + " < _` and `" + name + " > _`");
  else if (kind != DeriveKind::PartialEq) d.with_label("the trait `" + trait + "` is not implemented for `" + name + "`");
  d.with_secondary(derive, "in this derive macro expansion");
  if (kind == DeriveKind::Debug) d.with_note("add `#[derive(Debug)]` to `" + name + "` or manually `impl Debug for " + name + "`");
  if (kind == DeriveKind::PartialEq && types_.kind(lacking) == TypeKind::Adt && types_.data(lacking).item.crate == map_.crate) {
    const Item& item = map_.items[types_.data(lacking).item.item];
    d.with_note_at(tree(item.file).def_span(item.node), "an implementation of `PartialEq` might be missing for `" + name + "`");
    d.children.back().spans.back().text = "must implement `PartialEq`";
  }
  if (kind == DeriveKind::PartialOrd) d.with_help("the trait `PartialOrd<_>` is not implemented for `" + name + "`");
  if (types_.kind(lacking) == TypeKind::Adt && types_.data(lacking).item.crate == map_.crate) {
    const Item& item = map_.items[types_.data(lacking).item.item];
    add_derive_suggestion(d, tree(item.file), item.node, name, kind == DeriveKind::PartialOrd ? "PartialEq, PartialOrd" : trait);
  }
  map_.diagnostics.push_back(std::move(d));
}

// `use std::fmt::Debug;` brings the derive macro too: `#[derive(Debug)]` in
// that module resolves through the import, which is then used (rustc).
void DefMapBuilder::note_derive_imports(const Item& item, const ItemAttributes& attributes) {
  if (!item.parent.has_value() || map_.items[item.parent.index].kind != ItemKind::Module) return;
  const ModuleData& module = map_.modules[map_.items[item.parent.index].data];
  const auto& types = module.names[size_t(Namespace::Type)];
  for (auto [kind, derive_span] : attributes.derive_spans) {
    auto found = types.find(text(item.file).substr(derive_span.begin, derive_span.length()));
    if (found == types.end() || found->second.import == UINT32_MAX) continue;
    if (found->second.target.crate != ItemRef::kStdCrate) continue;
    map_.imports_used_by_interface.push_back(found->second.import);
  }
}

// rustc judges derives in three passes over the crate, and prints in that
// order: coherence (E0204 for `Copy`), then each derived impl's supertraits
// (well-formedness), then the fields, as it type-checks the expanded bodies.
void DefMapBuilder::check_derives() {
  bool copy_incoherent = false;
  for (DerivePass pass : {DerivePass::Copy, DerivePass::Supertraits, DerivePass::Fields}) {
    for (uint32_t i = 0; i < map_.items.size(); ++i) {
      ItemKind kind = map_.items[i].kind;
      if (kind != ItemKind::Enum && kind != ItemKind::Struct) continue;
      copy_incoherent |= !check_derive_requirements(ItemId(i), pass, copy_incoherent);
    }
  }
}

// `copy_incoherent`: an E0204 anywhere in the crate, after which rustc checks
// no `Copy` impl's supertrait. Returns false when a derived `Copy` is not
// coherent, or may not be (a field of an unknown type).
bool DefMapBuilder::check_derive_requirements(ItemId adt_item, DerivePass pass, bool copy_incoherent) {
  const Item& item = map_.items[adt_item.index];
  if (map_.adts[item.data].derives == 0) return true;
  bool coherent = true;
  const SyntaxTree& t = tree(item.file);
  ItemAttributes attributes = read_attributes(item.file, item.node);
  if (pass == DerivePass::Supertraits) {
    for (auto [kind, derive_span] : attributes.derive_spans) {
      if (kind != DeriveKind::Copy || !copy_incoherent) check_derive_supertraits(adt_item, kind, derive_span);
    }
    return true;
  }
  if (pass == DerivePass::Fields) note_derive_imports(item, attributes);
  // Struct fields, or each variant's.
  std::vector<std::pair<NodeId, const FieldDef*>> fields;
  auto collect = [&](NodeId owner, const AdtData& data) {
    std::vector<NodeId> nodes = field_nodes(t, owner);
    if (nodes.size() != data.fields.size()) return;
    for (size_t i = 0; i < nodes.size(); ++i) fields.push_back({nodes[i], &data.fields[i]});
  };
  if (item.kind == ItemKind::Struct) {
    collect(item.node, map_.adts[item.data]);
  } else {
    for (ItemId v : map_.adts[item.data].variants) collect(map_.items[v.index].node, map_.adts[map_.items[v.index].data]);
  }
  for (auto [kind, derive_span] : attributes.derive_spans) {
    if ((kind == DeriveKind::Copy) != (pass == DerivePass::Copy)) continue;
    std::vector<Span> not_copy;
    for (auto [node, field] : fields) {
      if (types_.kind(field->type) == TypeKind::Error) {
        coherent &= kind != DeriveKind::Copy;
        continue;
      }
      std::optional<TypeId> lacking = lacks_derived_trait(field->type, kind, 0);
      if (!lacking) continue;
      Span span = t.span_without_attributes(node);
      if (kind == DeriveKind::Copy) not_copy.push_back(span);
      else report_derive_requirement(kind, derive_span, span, *lacking);
    }
    if (!not_copy.empty()) {
      // E0204 names the type, with each field that is not Copy.
      Diagnostic d = make_diagnostic(DiagKind::CopyNotImplementable, item.name_span, {});
      d.with_secondary(derive_span, "in this derive macro expansion");
      for (Span s : not_copy) d.with_secondary(s, "this field does not implement `Copy`");
      map_.diagnostics.push_back(std::move(d));
      coherent = false;
    }
  }
  return coherent;
}

// A derived trait's supertraits must be implemented too: `Copy` needs
// `Clone`; `Eq` and `PartialOrd` need `PartialEq`; `Ord` needs `PartialOrd`
// and `Eq`, and through them `PartialEq` (reported once, when both are there).
void DefMapBuilder::check_derive_supertraits(ItemId adt_item, DeriveKind kind, Span derive_span) {
  const Item& item = map_.items[adt_item.index];
  const AdtData& adt = map_.adts[item.data];
  if (map_.types_with_trait_impls.count(ItemRef{map_.crate, adt_item.index})) return;  // a hand-written impl may provide it
  auto lacks = [&](DeriveKind k) { return !is_derived(adt, k); };
  std::vector<DeriveKind> missing;
  switch (kind) {
    case DeriveKind::Copy:
      if (lacks(DeriveKind::Clone)) missing.push_back(DeriveKind::Clone);
      break;
    case DeriveKind::Eq:
    case DeriveKind::PartialOrd:
      if (lacks(DeriveKind::PartialEq)) missing.push_back(DeriveKind::PartialEq);
      break;
    case DeriveKind::Ord:
      if (lacks(DeriveKind::PartialOrd)) missing.push_back(DeriveKind::PartialOrd);
      if (lacks(DeriveKind::Eq)) missing.push_back(DeriveKind::Eq);
      if (missing.empty() && lacks(DeriveKind::PartialEq)) missing.push_back(DeriveKind::PartialEq);
      break;
    default: break;
  }
  std::string name(item.name), trait = trait_name(kind);
  for (DeriveKind needed : missing) {
    std::string needed_name = trait_name(needed);
    Diagnostic d;
    if (needed == DeriveKind::PartialEq || needed == DeriveKind::PartialOrd) {
      d = make_diagnostic(DiagKind::CannotCompare, item.name_span, {name, name});
      d.with_label(needed == DeriveKind::PartialEq ? "no implementation for `" + name + " == " + name + "`"
                                                   : "no implementation for `" + name + " < " + name + "` and `" +
                                                         name + " > " + name + "`");
      d.with_help("the trait `" + needed_name + "` is not implemented for `" + name + "`");
    } else {
      d = make_diagnostic(DiagKind::TraitBoundNotSatisfied, item.name_span, {name, needed_name});
      d.with_label("the trait `" + needed_name + "` is not implemented for `" + name + "`");
    }
    d.with_secondary(derive_span, "in this derive macro expansion");
    d.with_note("required by a bound in `" + trait + "`");
    add_derive_suggestion(d, tree(item.file), item.node, name, needed_name);
    map_.diagnostics.push_back(std::move(d));
  }
}

}  // namespace sluice
