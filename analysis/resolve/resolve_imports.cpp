// `use` resolution to a fixed point: every round resolves the imports whose
// paths resolve now and re-applies globs (which may bring names that other
// imports wait for); when a round changes nothing, what is left is reported
// (E0432). Explicit bindings shadow glob bindings; two explicit bindings of
// one name are E0252 (two imports) or E0255 (an import and an item).
#include "analysis/diag/similar_names.h"
#include "analysis/resolve/builder.h"
#include "analysis/resolve/paths.h"

#include <algorithm>

namespace sluice {

namespace {

std::string joined(const std::vector<PathSegment>& path, size_t count) {
  std::string out;
  for (size_t i = 0; i < count && i < path.size(); ++i) {
    if (i > 0) out += "::";
    out += path[i].name;
  }
  return out;
}

}  // namespace

bool DefMapBuilder::bind(ItemId module, Namespace ns, std::string_view name, const Binding& binding, Span span) {
  if (name.empty() || name == "_") return false;
  auto& names = map_.modules[map_.items[module.index].data].names[static_cast<size_t>(ns)];
  auto [it, inserted] = names.emplace(name, binding);
  if (inserted) return true;
  Binding& existing = it->second;
  if (binding.from_glob) {
    // Explicit names and earlier globs win; two globs with different items make the name ambiguous.
    bool other_item = existing.from_glob && existing.target != binding.target && existing.import != binding.import;
    if (other_item && existing.ambiguous_import == UINT32_MAX) {
      existing.ambiguous_import = binding.import;
      existing.ambiguous_target = binding.target;
    }
    // A glob of a module whose name became ambiguous after this glob copied it: the copy is as ambiguous.
    bool same_copy = existing.from_glob && existing.target == binding.target && existing.import == binding.import;
    if (same_copy && existing.ambiguous_import == UINT32_MAX && binding.ambiguous_import != UINT32_MAX) {
      existing.ambiguous_import = binding.ambiguous_import;
      existing.ambiguous_target = binding.ambiguous_target;
      return true;
    }
    return false;
  }
  if (existing.from_glob) {
    existing = binding;
    return true;
  }
  if (existing.target == binding.target && existing.import == binding.import) return false;
  // An unsettled import may bind other namespaces than its target will: its
  // clashes are known only when it settles.
  if (unsettled(existing.target.crate) || unsettled(binding.target.crate)) return false;
  bool against_item = existing.import == UINT32_MAX;
  // rustc reports an import clashing with an item at whichever of the two
  // comes later in the file.
  if (against_item && existing.target.crate == map_.crate) {
    const Item& item = map_.items[existing.target.item];
    if (item.name_span.file == span.file && item.name_span.begin > span.begin) span = head_span_of(item, item.name_span);
  }
  DiagKind kind = against_item ? DiagKind::ImportConflictsWithItem : DiagKind::DuplicateImport;
  if (reported_at(kind, span)) return false;  // the same clash in another namespace
  Diagnostic d = make_diagnostic(kind, span, {std::string(name)});
  d.with_label("`" + std::string(name) + "` reimported here");
  if (!against_item && existing.import < map_.imports.size() && existing.target.has_value()) {
    // rustc names the namespace, or the module.
    bool module = resolver().item(existing.target).kind == ItemKind::Module;
    std::string word = ns == Namespace::Value ? "value" : ns == Namespace::Macro ? "macro" : module ? "module" : "type";
    d.with_secondary(map_.imports[existing.import].span, "previous import of the " + word + " `" + std::string(name) + "` here");
  }
  d.with_note("`" + std::string(name) + "` must be defined only once in the " +
              (ns == Namespace::Type ? "type" : ns == Namespace::Value ? "value" : "macro") + " namespace of this module");
  map_.diagnostics.push_back(std::move(d));
  return false;
}

// The module or enum a `use` path's prefix (all but the last segment) names.
static PathResolution resolve_prefix(const PathResolver& resolver, const Import& import, size_t count,
                                     std::vector<Diagnostic>& diagnostics) {
  PathQuery query;
  query.segments = std::span<const PathSegment>(import.path.data(), count);
  query.ns = Namespace::Type;
  query.scope = import.module;
  query.leading_colons = import.leading_colons;
  query.in_import = true;
  return resolver.resolve(query, diagnostics);
}

// The binding an import gives its name when it binds `target`.
static Binding import_binding(const Import& import, uint32_t index, ItemRef target) {
  Binding binding;
  binding.target = target;
  binding.visible_in = import.visible_in;
  binding.import = index;
  return binding;
}

// Binds an import of a std item sluice does not know to std's opaque item:
// uses of it are then indeterminate, never errors. A failed import's dummy
// binding is the same, but only where the name is still free (`only_free`:
// an item of that name is no clash, E0432 is the error).
void DefMapBuilder::bind_opaque_std(uint32_t index, bool only_free) {
  const Import& import = map_.imports[index];
  Binding binding = import_binding(import, index, ItemRef{ItemRef::kStdCrate, kStdOpaqueItem});
  auto& names = map_.modules[map_.items[import.module.index].data].names;
  for (Namespace ns : {Namespace::Type, Namespace::Value}) {
    if (only_free && names[static_cast<size_t>(ns)].contains(import.binding)) continue;
    bind(import.module, ns, import.binding, binding, import.span);
  }
}

// Binds an import whose path goes into a dependency that has not settled (root-first
// checking) in every namespace: uses of the name are then indeterminate.
void DefMapBuilder::bind_unsettled(uint32_t index, uint32_t crate) {
  const Import& import = map_.imports[index];
  Binding binding = import_binding(import, index, ItemRef{crate, 0});
  for (size_t ns = 0; ns < 3; ++ns) bind(import.module, Namespace(ns), import.binding, binding, import.span);
}

bool DefMapBuilder::try_resolve_import(uint32_t index) {
  const Import& import = map_.imports[index];
  if (import.empty_group) return true;  // binds nothing
  PathResolver resolver = this->resolver();
  std::vector<Diagnostic> scratch;
  size_t prefix_length = import.path.size() - 1;
  Binding binding;
  binding.visible_in = import.visible_in;
  binding.import = index;
  bool bound_any = false;
  std::array<const Binding*, 3> found{};
  std::array<ItemRef, 3> direct{};
  if (prefix_length == 0 || import.self_in_group) {
    // `use name;`, `use a::{self}`: the path itself names what is bound.
    PathQuery query;
    query.segments = import.path;
    query.ns = Namespace::Type;
    query.scope = import.module;
    query.leading_colons = import.leading_colons;
    query.in_import = true;
    PathResolution r = resolver.resolve(query, scratch);
    if (r.indeterminate()) {
      bind_unsettled(index, r.unsettled_crate);
      return true;
    }
    if (r.kind == PathResolution::Kind::Item && r.consumed == import.path.size()) direct[0] = r.item;
    if (!import.self_in_group && import.path.size() == 1) {
      query.ns = Namespace::Value;
      scratch.clear();
      PathResolution v = resolver.resolve(query, scratch);
      if (v.kind == PathResolution::Kind::Item && v.consumed == 1) direct[1] = v.item;
    }
  } else {
    PathResolution prefix = resolve_prefix(resolver, import, prefix_length, scratch);
    if (prefix.indeterminate()) {
      bind_unsettled(index, prefix.unsettled_crate);
      return true;
    }
    // Into std beyond what sluice knows, or into something outside L1 (a
    // module whose file is missing, a trait): what it binds is opaque.
    if (prefix.kind == PathResolution::Kind::Unsupported) {
      bind_opaque_std(index);
      return true;
    }
    if (prefix.kind != PathResolution::Kind::Item || prefix.consumed != prefix_length) return false;
    const Item& owner = resolver.item(prefix.item);
    std::string_view last = import.path.back().name;

    if (owner.kind == ItemKind::Enum) {
      const CrateDefMap* map = resolver.map_of(prefix.item.crate);
      for (ItemId v : map->adts[owner.data].variants) {
        if (map->items[v.index].name == last) direct[0] = direct[1] = ItemRef{prefix.item.crate, v.index};
      }
    } else if (owner.kind == ItemKind::Module) {
      for (size_t ns = 0; ns < 3; ++ns) {
        found[ns] = resolver.lookup_in_module(prefix.item, Namespace(ns), last);
        if (found[ns] != nullptr && found[ns]->from_glob && prefix.item.crate == map_.crate) {
          glob_reimports_.push_back({index, prefix.item, Namespace(ns)});
        }
      }
    }
  }
  bool any = false;
  for (size_t ns = 0; ns < 3; ++ns) any = any || found[ns] != nullptr || direct[ns].has_value();
  if (!any) return false;
  // Resolved: report privacy of the path (now with real diagnostics), and
  // note the imports it went through as used.
  // A private module on the way is the import's one error: its last name is
  // not reported too, nor the import as unused (rustc).
  bool private_prefix = false;
  if (prefix_length > 0 && !import.self_in_group) {
    PathResolver recording = this->resolver();
    recording.record_used_imports(&map_.imports_used_by_interface);
    size_t before = map_.diagnostics.size();
    resolve_prefix(recording, import, prefix_length, map_.diagnostics);
    for (size_t i = before; i < map_.diagnostics.size(); ++i) private_prefix |= map_.diagnostics[i].kind == DiagKind::PrivateItem;
    // The members of a group share their prefix: its error is reported once (`use m::private::{a, b}`).
    auto earlier = map_.diagnostics.begin() + before;
    auto repeated = [&](const Diagnostic& d) {
      return std::any_of(map_.diagnostics.begin(), earlier, [&](const Diagnostic& e) {
        return e.kind == d.kind && e.primary.span == d.primary.span;
      });
    };
    map_.diagnostics.erase(std::remove_if(earlier, map_.diagnostics.end(), repeated), map_.diagnostics.end());
    if (private_prefix) map_.imports_used_by_interface.push_back(index);
  }
  // An import that names what another import of this crate brought uses it.
  for (size_t ns = 0; ns < 3; ++ns) {
    if (found[ns] == nullptr || found[ns]->import == UINT32_MAX) continue;
    ItemRef module_ref = resolve_prefix(resolver, import, prefix_length, scratch).item;
    if (module_ref.crate != map_.crate) continue;
    map_.imports_used_by_interface.push_back(found[ns]->import);
    if (found[ns]->via_import != UINT32_MAX) map_.imports_used_by_interface.push_back(found[ns]->via_import);
  }
  bool reported_private = private_prefix;
  bool narrowed = false;
  // Where the re-exported item goes less far than the `pub use`: reported
  // once, for the value namespace when the name is in it (E0364), else for
  // the type namespace (E0365), as rustc.
  std::optional<std::pair<Namespace, ItemId>> too_wide;
  for (size_t ns = 0; ns < 3; ++ns) {
    if (found[ns] != nullptr) {
      binding.target = found[ns]->target;
      ItemRef module_ref = resolve_prefix(resolver, import, prefix_length, scratch).item;
      if (!reported_private && !resolver.is_accessible(module_ref.crate, found[ns]->visible_in, import.module)) {
        const Item& target = resolver.item(found[ns]->target);
        std::string word(item_kind_word(target));
        Diagnostic d = make_diagnostic(DiagKind::PrivateItem, import.path.back().span,
                                       {word, std::string(import.path.back().name)});
        d.with_label("private " + word);
        // (Through another import rustc words it "function import" with two notes: not yet.)
        if (target.def_span.file.has_value() && found[ns]->import == UINT32_MAX) {
          d.with_note_at(target.def_span, "the " + word + " `" + std::string(import.path.back().name) + "` is defined here");
        }
        map_.diagnostics.push_back(std::move(d));
        reported_private = true;
        // An import reported as private is not also reported as unused, as in rustc.
        map_.imports_used_by_interface.push_back(index);
      } else if (!reported_private && re_exports_wider(resolver, module_ref.crate, found[ns]->visible_in, import)) {
        if (!too_wide || Namespace(ns) == Namespace::Value) too_wide = {Namespace(ns), found[ns]->visible_in};
        binding.visible_in = found[ns]->visible_in;  // it binds no further than the item goes
        narrowed = true;
      }
    } else if (direct[ns].has_value()) {
      binding.target = direct[ns];
      // A variant goes as far as its enum (`pub use self::Level::Warn` of a
      // `pub(crate) enum Level`); std's enums are public.
      ItemId enum_item = direct[ns].crate == ItemRef::kStdCrate ? ItemId::none() : resolver.item(direct[ns]).parent;
      ItemId enum_visible_in = enum_item.has_value() ? resolver.item({direct[ns].crate, enum_item.index}).visible_in
                                                     : ItemId::none();
      if (!reported_private && re_exports_wider(resolver, direct[ns].crate, enum_visible_in, import)) {
        if (!too_wide || Namespace(ns) == Namespace::Value) too_wide = {Namespace(ns), enum_visible_in};
        binding.visible_in = enum_visible_in;
        narrowed = true;
      }
    } else {
      continue;
    }
    // A name imported past a privacy error is rustc's error binding: its uses
    // are checked no further (no E0616 on the result of a private fn's call).
    if (reported_private) binding.target = ItemRef{ItemRef::kStdCrate, kStdOpaqueItem};
    bound_any |= bind(import.module, Namespace(ns), import.binding, binding, import.span);
  }
  if (too_wide && !reported_private) report_private_re_export(too_wide->second, import, too_wide->first);
  // A re-export that failed (E0364) exports nothing: it is as unused as a private import, as in rustc.
  if (narrowed) map_.imports[index].visible_in = map_.imports[index].module;
  return true;
}

bool DefMapBuilder::apply_glob(uint32_t index) {
  const Import& import = map_.imports[index];
  PathResolver resolver = this->resolver();
  std::vector<Diagnostic> scratch;
  PathResolution source = resolve_prefix(resolver, import, import.path.size(), scratch);
  if (source.indeterminate()) {
    if (import_done_[index]) return false;
    import_done_[index] = true;
    map_.modules[map_.items[import.module.index].data].unsettled_globs.push_back(source.unsettled_crate);
    return true;  // names of this module may now be indeterminate: another round
  }
  if (source.kind == PathResolution::Kind::Unsupported) {
    // A glob of something opaque (a module whose file is missing) brings no
    // names; rustc then calls it unused, and reports unknown names as usual.
    import_done_[index] = true;
    return false;
  }
  if (source.kind != PathResolution::Kind::Item || source.consumed != import.path.size()) return false;
  const Item& owner = resolver.item(source.item);
  const CrateDefMap* map = resolver.map_of(source.item.crate);
  Binding binding;
  binding.visible_in = import.visible_in;
  binding.import = index;
  binding.from_glob = true;
  bool changed = false;
  import_done_[index] = true;
  if (owner.kind == ItemKind::Enum) {
    for (ItemId v : map->adts[owner.data].variants) {
      binding.target = ItemRef{source.item.crate, v.index};
      changed |= bind(import.module, Namespace::Type, map->items[v.index].name, binding, import.span);
      changed |= bind(import.module, Namespace::Value, map->items[v.index].name, binding, import.span);
    }
    return changed;
  }
  if (owner.kind != ItemKind::Module) return false;
  // Copy first: binding into our own module while iterating it would invalidate iterators.
  std::vector<std::tuple<Namespace, std::string_view, Binding, ItemId>> names;
  const ModuleData& data = map->modules[owner.data];
  bool same_crate = source.item.crate == map_.crate;
  for (size_t ns = 0; ns < 3; ++ns) {
    for (const auto& [name, b] : data.names[ns]) {
      if (!resolver.is_accessible(source.item.crate, b.visible_in, import.module)) continue;
      // A glob re-exports each name no further than the name itself goes:
      // `pub use m::*` of a `pub(crate)` item binds it `pub(crate)`.
      ItemId visible_in = import.visible_in;
      if (same_crate && b.visible_in.has_value() &&
          (visible_in.is_none() || resolver.is_accessible(map_.crate, visible_in, b.visible_in))) {
        visible_in = b.visible_in;
      }
      names.emplace_back(Namespace(ns), name, b, visible_in);
    }
  }
  for (auto& [ns, name, b, visible_in] : names) {
    binding.target = b.target;
    binding.visible_in = visible_in;
    binding.via_import = same_crate ? b.import : UINT32_MAX;
    binding.ambiguous_import = same_crate ? b.ambiguous_import : UINT32_MAX;
    binding.ambiguous_target = same_crate ? b.ambiguous_target : ItemRef{};
    changed |= bind(import.module, ns, name, binding, import.span);
  }
  // A glob of a module that an unsettled dependency's glob fills is as
  // unsettled: the names it will bring are not known yet (root-first).
  if (same_crate) {
    std::vector<uint32_t> waits = data.unsettled_globs;
    std::vector<uint32_t>& mine = map_.modules[map_.items[import.module.index].data].unsettled_globs;
    for (uint32_t crate : waits) {
      if (std::find(mine.begin(), mine.end(), crate) != mine.end()) continue;
      mine.push_back(crate);
      changed = true;
    }
  }
  return changed;
}

// `pub use m::f` where `f` goes less far than the `pub`: rustc's E0364.
bool DefMapBuilder::re_exports_wider(const PathResolver& resolver, uint32_t crate, ItemId item_visible_in,
                                     const Import& import) const {
  if (item_visible_in.is_none()) return false;
  if (import.visible_in.is_none()) return true;
  return !resolver.is_accessible(crate, item_visible_in, import.visible_in);
}

void DefMapBuilder::report_private_re_export(ItemId item_visible_in, const Import& import, Namespace ns) {
  std::string name(import.path.back().name);
  bool crate_wide = item_visible_in == map_.root();
  if (ns == Namespace::Type) {
    Diagnostic d = make_diagnostic(crate_wide ? DiagKind::CrateTypeReExportedOutside : DiagKind::PrivateTypeReExported,
                                   import.span, {name});
    d.with_label((crate_wide ? "re-export of crate public `" : "re-export of private `") + name + "`");
    d.with_note("consider declaring type or module `" + name + "` with `pub`");
    map_.diagnostics.push_back(std::move(d));
    return;
  }
  Diagnostic d = make_diagnostic(crate_wide ? DiagKind::CrateReExportedOutside : DiagKind::PrivateReExported,
                                 import.span, {name});
  d.with_note_at(import.span, "consider marking `" + name + "` as `pub` in the imported module");
  map_.diagnostics.push_back(std::move(d));
}

// `#[derive(Debug)] enum Option { .. }` then `use Option::Some;`: E0659 (see
// derived_item_shadowing_prelude), after rustc's "cannot determine
// resolution" where the prelude's item is a struct that a longer path
// cannot go through.
std::optional<DefMapBuilder::ImportFailure> DefMapBuilder::describe_prelude_ambiguity(uint32_t index) {
  const Import& import = map_.imports[index];
  if (import.path.empty() || import.leading_colons) return std::nullopt;
  const PathSegment& first = import.path[0];
  ItemRef derived = resolver().derived_item_shadowing_prelude(first.name, import.module);
  if (!derived.has_value()) return std::nullopt;
  const Item& item = map_.items[derived.item];
  std::string name(first.name);
  std::string word(item_kind_word(item));
  std::string_view prelude_word = name == "Option" || name == "Result"                    ? "an enum"
                                  : name == "Vec" || name == "String" || name == "Box" ? "a struct"
                                                                                       : "a trait";
  ImportFailure failure;
  if (prelude_word == "a struct" && (import.path.size() > 1 || import.glob)) {
    failure.early.push_back(make_diagnostic(DiagKind::ImportUndetermined, import.span, {}));
  }
  Diagnostic d = make_diagnostic(DiagKind::AmbiguousName, first.span, {name});
  d.with_label("ambiguous name");
  d.with_note("ambiguous because of a conflict between a macro-expanded name and a less macro-expanded name from "
              "outer scope during import or macro resolution");
  d.with_note_at(tree(item.file).span_without_attributes(item.node), "`" + name + "` could refer to the " + word + " defined here");
  bool at_root = map_.module(item.module).parent_module.is_none();
  d.with_help("use `" + std::string(at_root ? "crate" : "self") + "::" + name + "` to refer to this " + word + " unambiguously");
  d.with_note("`" + name + "` could also refer to " + std::string(prelude_word) + " from prelude");
  failure.early.push_back(std::move(d));
  failure.through_prelude = true;
  return failure;
}

// Why import `index` failed, or nothing when it may still resolve
// (root-first) or did after all. rustc's code depends on where the path
// fails: in the module path before its last segment it is E0433 (`use
// nosuch::inner::f`), else E0432 (`use nosuch::g`, `use real::nomod::h`).
std::optional<DefMapBuilder::ImportFailure> DefMapBuilder::describe_unresolved_import(uint32_t index) {
  if (std::optional<ImportFailure> ambiguous = describe_prelude_ambiguity(index)) return ambiguous;
  const Import& import = map_.imports[index];
  PathResolver resolver = this->resolver();
  std::vector<Diagnostic> scratch;
  // Find the first segment that does not resolve.
  size_t resolvable = 0;
  ItemRef parent;
  for (size_t count = 1; count <= import.path.size(); ++count) {
    scratch.clear();
    PathResolution r = resolve_prefix(resolver, import, count, scratch);
    // Root-first: a name that may come from an unsettled dependency's glob is not known to be missing.
    if (r.indeterminate()) return std::nullopt;
    if (r.kind != PathResolution::Kind::Item || r.consumed != count) break;
    resolvable = count;
    parent = r.item;
  }
  if (import.glob && resolvable == import.path.size()) return std::nullopt;  // resolved after all (enum or module)
  ImportFailure failure;
  if (resolvable < import.path.size() && import.path[resolvable].name == "super") {
    // `use super::X` at the crate root: E0433, as in an expression's path.
    failure.early.push_back(make_diagnostic(DiagKind::TooManySupers, import.path[resolvable].span, {}));
    failure.early.back().with_label("there are too many leading `super` keywords");
    return failure;
  }
  // A first segment that names nothing might still come from a glob that
  // failed in the same module: rustc leaves such an import undetermined.
  failure.undetermined = resolvable == 0 && std::any_of(map_.imports.begin(), map_.imports.end(), [&](const Import& other) {
    return other.glob && other.module == import.module && !import_done_[&other - map_.imports.data()];
  });
  // `::q` (2018 on) looks among the linked crates only.
  bool only_extern_crates = import.leading_colons && map_.edition != Edition::E2015;
  size_t module_path = import.glob ? import.path.size() : import.path.size() - 1;
  if (resolvable + 1 < module_path) {
    const PathSegment& at = import.path[resolvable];
    std::string name(at.name);
    if (resolvable == 0 && only_extern_crates) {
      failure.when_finalized = extern_crate_not_found(at.span, name, true);
    } else if (resolvable == 0 && looks_like_type(name)) {
      failure.when_finalized = make_diagnostic(DiagKind::ImportCannotFindType, at.span, {name});
      failure.when_finalized->with_label("use of undeclared type `" + name + "`");
    } else if (resolvable == 0) {
      failure.when_finalized = make_diagnostic(DiagKind::ImportCannotFindModuleOrCrate, at.span, {name});
      failure.when_finalized->with_label("use of unresolved module or unlinked crate `" + name + "`");
    } else {
      std::string before(import.path[resolvable - 1].name);
      bool own_root = parent.crate == map_.crate && parent.item == map_.root().index;
      failure.when_finalized = make_diagnostic(DiagKind::ImportCannotFindInPath, at.span, {name, before});
      failure.when_finalized->with_label(own_root ? "could not find `" + name + "` in the crate root"
                                                  : "could not find `" + name + "` in `" + before + "`");
    }
    return failure;
  }
  Diagnostic d;
  if (resolvable == 0 && import.path.size() == 1 && !import.glob && map_.edition != Edition::E2015) {
    // `use m;` (2018 on): a lone name there can only be a crate.
    failure.name = joined(import.path, 1);
    d = make_diagnostic(DiagKind::UnresolvedImport, import.span, {failure.name});
    d.with_label("no external crate `" + failure.name + "`");
  } else if (resolvable == 0 && only_extern_crates && !import.path.empty()) {
    failure.name = joined(import.path, 1);
    d = make_diagnostic(DiagKind::UnresolvedImport, import.path[0].span, {failure.name});
    d.with_label(not_among_extern_crates(failure.name));
  } else if (resolvable == 0) {
    failure.name = joined(import.path, 1);
    d = make_diagnostic(DiagKind::UnresolvedImport, import.path.empty() ? import.span : import.path[0].span,
                        {failure.name});
    if (looks_like_type(failure.name)) {
      d.with_label("use of undeclared type `" + failure.name + "`");
    } else {
      d.with_label("use of unresolved module or unlinked crate `" + failure.name + "`");
      // (`use m::*;`: rustc's resolution of a glob's module adds this.)
      if (import.glob && import.path.size() == 1) d.with_help("you might be missing a crate named `" + failure.name + "`");
    }
  } else if (resolvable + 1 < import.path.size() || import.glob) {
    failure.name = joined(import.path, resolvable + 1);
    d = make_diagnostic(DiagKind::UnresolvedImport, import.path[resolvable].span, {failure.name});
    d.with_label("could not find `" + std::string(import.path[resolvable].name) + "` in `" +
                 std::string(import.path[resolvable - 1].name) + "`");
  } else {
    failure.name = joined(import.path, import.path.size());
    d = make_diagnostic(DiagKind::UnresolvedImport, import.span, {failure.name});
    const CrateDefMap* parent_map = parent.has_value() ? resolver.map_of(parent.crate) : nullptr;
    bool crate_root = parent_map != nullptr && parent.item == parent_map->root().index;
    // rustc names the module by its path from the crate root (`net::tcp`,
    // `storage::page` for `super::page`), whatever the import wrote.
    std::string module = resolvable > 0 ? std::string(import.path[resolvable - 1].name) : std::string();
    if (parent_map != nullptr && parent.crate == map_.crate && parent_map->items[parent.item].kind == ItemKind::Module) {
      module = sluice::module_path(map_, ItemId(parent.item));
    }
    d.with_label("no `" + std::string(import.path.back().name) + "` in " +
                 (resolvable == 0 || crate_root || module.empty() ? std::string("the root") : "`" + module + "`"));
    if (parent_map != nullptr && parent_map->items[parent.item].kind == ItemKind::Module) {
      suggest_similar_import(d, import, *parent_map, ItemId(parent.item));
    }
  }
  failure.unresolved = std::move(d);
  return failure;
}

// E0432's "a similar name exists in the module": a name the module binds
// in any namespace, close to the one imported.
void DefMapBuilder::suggest_similar_import(Diagnostic& d, const Import& import, const CrateDefMap& map, ItemId module) {
  std::vector<std::string_view> names;
  for (const auto& table : map.module(module).names) {
    for (const auto& [name, binding] : table) {
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
  }
  std::sort(names.begin(), names.end());  // hash order must not choose among equals
  const PathSegment& last = import.path.back();
  if (std::optional<std::string_view> similar = best_match_for_name(last.name, names)) {
    d.with_fix(last.span, std::string(*similar), "a similar name exists in the module", Applicability::MaybeIncorrect,
               SuggestionStyle::ShowAlways);
  }
}

// rustc's order for the failures: `super` past the root as it resolves;
// then it finalizes the imports it could determine, in order, and then the
// undetermined rest. An E0433 comes as its import is finalized; a `use`
// item's E0432s when an import of another item is.
void DefMapBuilder::report_unresolved_imports(std::vector<std::optional<ImportFailure>>& failures) {
  // rustc's undetermined imports come out while it resolves them, before the errors of finalization.
  for (std::optional<ImportFailure>& f : failures) {
    if (!f) continue;
    for (Diagnostic& d : f->early) {
      if (d.kind == DiagKind::ImportUndetermined) map_.diagnostics.push_back(std::move(d));
    }
  }
  // Then the others, those of imports in blocks (`fn f() { use .. }`) last.
  for (bool in_block : {false, true}) {
    for (uint32_t i = 0; i < failures.size(); ++i) {
      if (!failures[i] || map_.module(map_.imports[i].module).is_block != in_block) continue;
      for (Diagnostic& d : failures[i]->early) {
        if (d.kind == DiagKind::ImportUndetermined) continue;
        if (!reported_at(d.kind, d.primary.span)) map_.diagnostics.push_back(std::move(d));  // once per group
      }
    }
  }
  std::vector<uint32_t> order;
  for (bool undetermined : {false, true}) {
    for (uint32_t i = 0; i < failures.size(); ++i) {
      if ((failures[i] && failures[i]->undetermined) == undetermined) order.push_back(i);
    }
  }
  std::vector<uint32_t> pending;  // imports of one `use` item whose E0432 is not out yet
  auto flush = [&] {
    for (uint32_t i : pending) {
      add_unresolved_import(std::move(*failures[i]->unresolved), map_.imports[i].item_span, failures[i]->name);
    }
    pending.clear();
  };
  for (uint32_t i : order) {
    std::optional<ImportFailure>& f = failures[i];
    if (f && f->when_finalized) map_.diagnostics.push_back(std::move(*f->when_finalized));
    if (!pending.empty() && !(map_.imports[pending.back()].item_span == map_.imports[i].item_span)) flush();
    if (f && f->unresolved) pending.push_back(i);
  }
  flush();
}

// rustc reports one E0432 per `use` item: the failures of a group's members
// join the first (`unresolved imports `m::A`, `m::B``), once per place.
void DefMapBuilder::add_unresolved_import(Diagnostic d, Span item, const std::string& name) {
  auto last = std::find_if(map_.diagnostics.rbegin(), map_.diagnostics.rend(), [](const Diagnostic& e) {
    return e.kind == DiagKind::UnresolvedImport || e.kind == DiagKind::UnresolvedImports;
  });
  if (last == map_.diagnostics.rend() || !(item == last_unresolved_item_)) {
    last_unresolved_item_ = item;
    unresolved_import_names_ = {"`" + name + "`"};
    map_.diagnostics.push_back(std::move(d));
    return;
  }
  Diagnostic& joined_into = *last;
  bool same_place = joined_into.primary.span == d.primary.span ||
                    std::any_of(joined_into.secondary.begin(), joined_into.secondary.end(),
                                [&](const Label& l) { return l.primary && l.span == d.primary.span; });
  if (same_place) return;
  unresolved_import_names_.push_back("`" + name + "`");
  std::string names;
  for (const std::string& name : unresolved_import_names_) names += (names.empty() ? "" : ", ") + name;
  Diagnostic merged = make_diagnostic(DiagKind::UnresolvedImports, joined_into.primary.span, {names});
  merged.primary.text = joined_into.primary.text;
  merged.secondary = std::move(joined_into.secondary);
  merged.secondary.push_back(Label{d.primary.span, d.primary.text, true});
  joined_into = std::move(merged);
}

void DefMapBuilder::resolve_imports() {
  size_t count = map_.imports.size();
  import_done_.assign(count, false);
  for (bool progress = true; progress;) {
    progress = false;
    for (uint32_t i = 0; i < count; ++i) {
      if (import_done_[i] || map_.imports[i].glob) continue;
      if (try_resolve_import(i)) {
        import_done_[i] = true;
        progress = true;
      }
    }
    for (uint32_t i = 0; i < count; ++i) {
      if (map_.imports[i].glob) progress |= apply_glob(i);
    }
  }
  map_.import_resolved.assign(count, 0);
  std::vector<std::optional<ImportFailure>> failures(count);
  for (uint32_t i = 0; i < count; ++i) {
    map_.import_resolved[i] = import_done_[i] ? 1 : 0;
    if (!import_done_[i]) {
      failures[i] = describe_unresolved_import(i);
      // It imports the prelude's item (outside what sluice knows): unused or not, as rustc judges it.
      if (failures[i] && failures[i]->through_prelude) map_.import_resolved[i] = 1;
      map_.failed_glob_import |= map_.imports[i].glob;
      // Uses of the name then resolve to nothing known, silently (rustc's
      // dummy binding, which clashes with nothing).
      if (!map_.imports[i].glob) bind_opaque_std(i, /*only_free=*/true);
    }
    if (map_.imports[i].glob) {
      ModuleData& module = map_.modules[map_.items[map_.imports[i].module.index].data];
      module.glob_imports.push_back(i);
    }
  }
  report_ambiguous_reimports();
  report_unresolved_imports(failures);
}

// `use facade::encode;` where two globs of `facade` bring different items
// named `encode`: E0659 at the import (once, whatever the namespaces), and
// the name it binds is as ambiguous at every use.
void DefMapBuilder::report_ambiguous_reimports() {
  PathResolver resolver = this->resolver();
  uint32_t reported = UINT32_MAX;
  for (const GlobReimport& r : glob_reimports_) {
    Import& import = map_.imports[r.import];
    const Binding* globbed = resolver.lookup_in_module(r.module, r.ns, import.path.back().name);
    if (globbed == nullptr || globbed->ambiguous_import == UINT32_MAX) continue;
    if (reported != r.import) resolver.report_glob_ambiguity(import.path.back(), r.ns, *globbed, false, map_.diagnostics);
    reported = r.import;
    import.ambiguous_glob = globbed->import;
    auto& names = map_.modules[map_.items[import.module.index].data].names[static_cast<size_t>(r.ns)];
    auto own = names.find(import.binding);
    if (own == names.end() || own->second.import != r.import) continue;
    own->second.ambiguous_import = globbed->ambiguous_import;
    own->second.ambiguous_target = globbed->ambiguous_target;
  }
}

}  // namespace sluice
