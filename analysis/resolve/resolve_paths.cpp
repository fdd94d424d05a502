// Path resolution against def maps: lexical scopes (blocks, then the
// module), the extern prelude, std's prelude and the primitive types, then
// segment by segment through modules and enums. Reports rustc's E0433,
// E0425 and E0603; stops at a type, leaving associated items to the caller.
#include "analysis/resolve/paths.h"

#include "analysis/diag/similar_names.h"

#include <algorithm>
#include <array>

namespace sluice {

namespace {

constexpr std::array<std::string_view, 17> kPrimitiveNames = {
    "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
    "f32", "f64", "bool", "char", "str"};

}  // namespace

Diagnostic extern_crate_not_found(Span segment, std::string_view name, bool in_import) {
  DiagKind kind = in_import ? DiagKind::ImportCannotFindInCrateRoot : DiagKind::CannotFindInCrateRoot;
  Diagnostic d = make_diagnostic(kind, segment, {std::string(name)});
  d.with_label(not_among_extern_crates(name));
  return d;
}

std::string not_among_extern_crates(std::string_view name) {
  return "could not find `" + std::string(name) + "` in the list of imported crates";
}

bool looks_like_type(std::string_view name) { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }

TypeId primitive_type(TypeStore& types, std::string_view name) {
  for (size_t i = 0; i < kPrimitiveNames.size(); ++i) {
    if (kPrimitiveNames[i] != name) continue;
    if (i < 12) return types.int_type(static_cast<IntKind>(i));
    if (i < 14) return types.float_type(static_cast<FloatKind>(i - 12));
    if (name == "bool") return types.bool_type();
    if (name == "char") return types.char_type();
    return types.str();
  }
  return TypeId::none();
}

const CrateDefMap* PathResolver::map_of(uint32_t crate) const {
  return crate == crate_.crate ? &crate_ : maps_.find(crate);
}

const Item& PathResolver::item(ItemRef ref) const { return map_of(ref.crate)->items[ref.item]; }

ItemId PathResolver::nearest_named_module(ItemId module) const {
  while (module.has_value() && crate_.module(module).is_block) module = crate_.module(module).parent_module;
  return module;
}

bool PathResolver::is_accessible(uint32_t owner_crate, ItemId visible_in, ItemId from) const {
  if (visible_in.is_none()) return true;
  if (owner_crate != crate_.crate) return false;
  for (ItemId m = from; m.has_value(); m = crate_.module(m).parent_module) {
    if (m == visible_in) return true;
  }
  return false;
}

std::string_view item_kind_word(const Item& item) {
  switch (item.kind) {
    case ItemKind::Module: return "module";
    case ItemKind::Fn: return "function";
    case ItemKind::Struct: return "struct";
    case ItemKind::Enum: return "enum";
    case ItemKind::Variant: return "variant";
    case ItemKind::Const: return "constant";
    case ItemKind::Static: return "static";
    case ItemKind::TypeAlias: return "type alias";
    case ItemKind::Impl: return "impl";
    case ItemKind::Unsupported: return "item";
    case ItemKind::Derive: return "derive macro";
  }
  return "item";
}

bool report_extra_generic_args(const SyntaxTree& tree, NodeId path, const Item& item, const SyntaxTree* item_tree,
                               std::vector<Diagnostic>& out) {
  if (item.kind != ItemKind::Struct && item.kind != ItemKind::Enum && item.kind != ItemKind::TypeAlias) return false;
  NodeId last;
  for (NodeId seg : tree.children(path)) last = seg;
  if (last.is_none() || tree.kind(last) != NodeKind::PathSegment) return false;
  NodeId args, name;
  for (NodeId c : tree.children(last)) {
    if (tree.kind(c) == NodeKind::GenericArgList) args = c;
    if (tree.kind(c) == NodeKind::NameRef) name = c;
  }
  if (args.is_none() || name.is_none()) return false;
  size_t lifetimes = 0, others = 0;
  for (NodeId arg : tree.children(args)) (tree.kind(arg) == NodeKind::LifetimeArg ? lifetimes : others) += 1;
  if (others == 0) {
    // Lifetime arguments are fine on a type with lifetime parameters.
    if (lifetimes == 0 || item_tree == nullptr) return false;
    for (NodeId c : item_tree->children(item.node)) {
      if (item_tree->kind(c) != NodeKind::GenericParamList) continue;
      for (NodeId p : item_tree->children(c)) {
        if (item_tree->kind(p) == NodeKind::LifetimeParam) return false;
      }
    }
  }
  std::string what = others > 0 ? "generic" : "lifetime";
  size_t count = others > 0 ? others : lifetimes;
  std::string kind(item_kind_word(item));
  Diagnostic d = make_diagnostic(DiagKind::WrongGenericArgCount, tree.span(name),
                                 {kind, what, std::to_string(count), count == 1 ? "argument was" : "arguments were"});
  d.with_label("expected 0 " + what + " arguments");
  d.with_fix(tree.span(args), "", "remove the unnecessary generics", Applicability::MaybeIncorrect,
             SuggestionStyle::HideCodeInline);
  if (!item.name_span.is_none()) d.with_note_at(item.name_span, kind + " defined here, with 0 " + what + " parameters");
  out.push_back(std::move(d));
  return true;
}

// A name in one module's namespace, following glob imports' bindings too
// (they are copied into `names` by import resolution).
const Binding* PathResolver::lookup_in_module(ItemRef module, Namespace ns, std::string_view name) const {
  const CrateDefMap* map = map_of(module.crate);
  if (map == nullptr) return nullptr;
  const ModuleData& data = map->modules[map->items[module.item].data];
  const auto& names = data.names[static_cast<size_t>(ns)];
  auto found = names.find(name);
  return found == names.end() ? nullptr : &found->second;
}

// A name two globs of its module bring with different items: E0659, or the
// ambiguous_glob_imports lint when both items come from other crates (rustc
// still accepts that, taking the first).
void PathResolver::report_glob_ambiguity(const PathSegment& segment, Namespace ns, const Binding& binding, bool quiet,
                                         std::vector<Diagnostic>& diagnostics) const {
  if (quiet) return;
  // A single import of the ambiguous name (`use m::name;`) is as ambiguous; rustc names the globs behind it.
  // So is a glob's copy of it (`use facade::*;`): the notes name the globs that made it ambiguous.
  uint32_t first_glob = binding.import;
  if (!crate_.imports[first_glob].glob && crate_.imports[first_glob].ambiguous_glob != UINT32_MAX) {
    first_glob = crate_.imports[first_glob].ambiguous_glob;
  } else if (binding.via_import != UINT32_MAX && crate_.imports[binding.via_import].glob) {
    first_glob = binding.via_import;
  }
  const Import& first = crate_.imports[first_glob];
  const Import& second = crate_.imports[binding.ambiguous_import];
  std::string name(segment.name);
  bool error = binding.target.crate == crate_.crate;
  Diagnostic d = make_diagnostic(error ? DiagKind::AmbiguousName : DiagKind::AmbiguousGlobImports, segment.span, {name});
  d.with_label("ambiguous name");
  if (!error) {
    d.with_future_incompatibility();
    d.with_note("for more information, see issue #114095 <https://github.com/rust-lang/rust/issues/114095>");
  }
  d.with_note("ambiguous because of multiple glob imports of a name in the same module");
  auto word_of = [&](ItemRef target) {
    return ns == Namespace::Value ? value_kind_word(target, false) : std::string(item_kind_word(item(target)));
  };
  std::string word = word_of(binding.target);
  std::string other_word = word_of(binding.ambiguous_target);
  d.with_note_at(first.span, "`" + name + "` could refer to the " + word + " imported here");
  d.with_help("consider adding an explicit import of `" + name + "` to disambiguate");
  d.with_note_at(second.span, "`" + name + "` could also refer to the " + other_word + " imported here");
  d.with_help("consider adding an explicit import of `" + name + "` to disambiguate");
  diagnostics.push_back(std::move(d));
}

ItemRef PathResolver::derived_item_shadowing_prelude(std::string_view name, ItemId scope) const {
  if (maps_.std == nullptr || maps_.std->modules.size() <= kStdPreludeModule) return ItemRef{};
  ItemRef prelude{ItemRef::kStdCrate, maps_.std->modules[kStdPreludeModule].item.index};
  if (lookup_in_module(prelude, Namespace::Type, name) == nullptr) return ItemRef{};
  for (ItemId m = scope; m.has_value(); m = crate_.module(m).parent_module) {
    const Binding* b = lookup_in_module(ItemRef{crate_.crate, m.index}, Namespace::Type, name);
    if (b != nullptr) {
      if (b->import != UINT32_MAX || b->target.crate != crate_.crate) return ItemRef{};
      return has_derives(crate_, ItemId(b->target.item)) ? b->target : ItemRef{};
    }
    if (!crate_.module(m).is_block) break;
  }
  return ItemRef{};
}

std::optional<ItemRef> PathResolver::extern_crate_root(std::string_view name) const {
  for (const ExternCrate& e : externs_) {
    if (e.name == name) return ItemRef{e.crate, 0};
  }
  if ((name == "std" || name == "core") && maps_.std != nullptr) return ItemRef{ItemRef::kStdCrate, 0};
  return std::nullopt;
}

// The first segment: lexical scopes, extern prelude, std prelude, primitives.
PathResolver::FirstSegment PathResolver::resolve_first(const PathQuery& query, Namespace ns,
                                                       std::vector<Diagnostic>& diagnostics) const {
  const PathSegment& segment = query.segments[0];
  std::string_view name = segment.name;
  FirstSegment result;
  if (name == "crate") {
    result.item = ItemRef{crate_.crate, 0};
    return result;
  }
  // `self` alone is the module only where a module can be meant (an
  // import's prefix: `use self::f`); in a body it is the `self` value.
  if (name == "self" && (query.segments.size() > 1 || ns == Namespace::Type)) {
    result.item = ItemRef{crate_.crate, nearest_named_module(query.scope).index};
    return result;
  }
  if (name == "super") {
    ItemId parent = crate_.module(nearest_named_module(query.scope)).parent_module;
    if (parent.is_none()) {
      if (!query.quiet) {
        Diagnostic d = make_diagnostic(DiagKind::TooManySupers, segment.span, {});
        d.with_label("there are too many leading `super` keywords");
        diagnostics.push_back(std::move(d));
      }
      result.failed = true;
      return result;
    }
    result.item = ItemRef{crate_.crate, nearest_named_module(parent).index};
    return result;
  }
  if (name == "Self" && query.self_type_available) {
    result.self_type = true;
    return result;
  }
  if (query.leading_colons && crate_.edition != Edition::E2015) {
    if (auto root = extern_crate_root(name)) {
      result.item = *root;
      return result;
    }
    return result;  // not found
  }
  ItemId scope = query.scope;
  if (query.leading_colons) scope = crate_.root();  // 2015: `::a` is the crate root
  uint32_t glob_wait = ItemRef::kNone;
  for (ItemId m = scope; m.has_value();) {
    if (const Binding* b = lookup_in_module(ItemRef{crate_.crate, m.index}, ns, name)) {
      // (The import fails; describe_unresolved_import reports why.)
      if (query.in_import && derived_item_shadowing_prelude(name, scope).has_value()) {
        result.failed = true;
        return result;
      }
      note_binding(ItemRef{crate_.crate, m.index}, b);
      result.item = b->target;
      // Ambiguous: an error, after which rustc goes on with the first glob's item.
      if (b->ambiguous_import != UINT32_MAX) report_glob_ambiguity(segment, ns, *b, query.quiet, diagnostics);
      return result;
    }
    if (glob_wait == ItemRef::kNone) glob_wait = unsettled_glob_crate(ItemRef{crate_.crate, m.index});
    if (!crate_.module(m).is_block) break;
    m = crate_.module(m).parent_module;
  }
  // A name an unsettled glob may bring is indeterminate. Extern crate names,
  // std's prelude and the primitive types are taken as they are even then:
  // a dependency exporting one of those names over a glob is too rare to make
  // every `u32` and `Some` of such a module wait.
  result.unsettled = glob_wait;
  if (ns == Namespace::Type) {
    if (auto root = extern_crate_root(name)) {
      result.item = *root;
      return result;
    }
  }
  if (maps_.std != nullptr && maps_.std->modules.size() > 1) {
    ItemRef prelude{ItemRef::kStdCrate, maps_.std->modules[1].item.index};
    if (const Binding* b = lookup_in_module(prelude, ns, name)) {
      result.item = b->target;
      result.unsettled = ItemRef::kNone;
      return result;
    }
  }
  if (ns == Namespace::Type) {
    TypeId primitive = primitive_type(types_, name);
    if (primitive.has_value()) {
      result.primitive = primitive;
      result.unsettled = ItemRef::kNone;
    }
  }
  return result;
}

// The first crate an unsettled glob of `module` (of this crate) waits on.
uint32_t PathResolver::unsettled_glob_crate(ItemRef module) const {
  if (module.crate != crate_.crate) return ItemRef::kNone;
  const std::vector<uint32_t>& globs = crate_.module(ItemId(module.item)).unsettled_globs;
  if (globs.empty()) return ItemRef::kNone;
  if (waits_ != nullptr) waits_->insert(waits_->end(), globs.begin() + 1, globs.end());
  return globs.front();
}

PathResolution PathResolver::indeterminate(uint32_t crate) const {
  if (waits_ != nullptr) waits_->push_back(crate);
  PathResolution r;
  r.unsettled_crate = crate;
  return r;
}

}  // namespace sluice

namespace sluice {

PathResolution PathResolver::unsupported(ItemRef ref, Span span, uint32_t consumed, bool quiet,
                                         std::vector<Diagnostic>& diagnostics) const {
  const Item& it = item(ref);
  const CrateDefMap* map = map_of(ref.crate);
  // User items outside L1 were reported where they are defined; std's are
  // reported where they are used.
  if (!quiet && it.file == UINT32_MAX && ref.item != kStdOpaqueItem && it.data < map->unsupported_constructs.size()) {
    diagnostics.push_back(
        make_diagnostic(DiagKind::Unsupported, span, {std::string(map->unsupported_constructs[it.data])}));
  }
  PathResolution r;
  r.kind = PathResolution::Kind::Unsupported;
  r.item = ref;
  r.consumed = consumed;
  return r;
}

// `Self` in a function nested in an impl's function: E0401, with the impl
// that declares it and the inner function that may not use it.
bool PathResolver::report_self_from_outer_impl(const PathQuery& query, std::vector<Diagnostic>& diagnostics) const {
  const PathSegment& segment = query.segments[0];
  const ModuleData* in_impl = nullptr;
  std::vector<ItemId> chain;  // the block modules from the use outwards
  for (ItemId m = query.scope; m.has_value() && in_impl == nullptr;) {
    const ModuleData& data = crate_.modules[crate_.items[m.index].data];
    if (!data.is_block) break;
    chain.push_back(m);
    if (data.enclosing_impl.has_value()) in_impl = &data;
    m = data.parent_module;
  }
  if (in_impl == nullptr) return false;
  // The inner function: the latest one declared in those blocks that starts before the use.
  const Item* inner = nullptr;
  for (const Item& it : crate_.items) {
    if (it.kind != ItemKind::Fn || std::find(chain.begin(), chain.end(), it.parent) == chain.end()) continue;
    if (it.def_span.file != segment.span.file || it.def_span.begin > segment.span.begin) continue;
    if (inner == nullptr || it.def_span.begin > inner->def_span.begin) inner = &it;
  }
  Diagnostic d = make_diagnostic(DiagKind::SelfFromOuterItem, segment.span, {});
  d.with_label("use of `Self` from outer item");
  d.with_secondary(in_impl->impl_keyword, "`Self` type implicitly declared here, by this `impl`");
  if (inner != nullptr) d.with_secondary(inner->name_span, "`Self` used in this inner function");
  d.with_note("nested items are independent from their parent item for everything except for privacy and name "
              "resolution");
  if (!in_impl->impl_type_text.empty()) {
    d.with_fix(segment.span, std::string(in_impl->impl_type_text), "refer to the type directly here instead",
               Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
  }
  diagnostics.push_back(std::move(d));
  return true;
}

ItemRef PathResolver::report_not_found(const PathQuery& query, uint32_t index, ItemRef parent,
                                       std::vector<Diagnostic>& diagnostics) const {
  if (query.quiet) return {};
  const PathSegment& segment = query.segments[index];
  std::string name(segment.name);
  bool last = index + 1 == query.segments.size();
  std::string where = "this scope";
  std::string short_where;
  if (parent.has_value()) {
    const Item& p = item(parent);
    bool is_root = p.kind == ItemKind::Module && p.name.empty();
    // Another crate's root is named as the path writes it (`zoo::x` of a renamed dependency).
    std::string written = index > 0 ? std::string(query.segments[index - 1].name) : std::string(map_of(parent.crate)->name);
    bool own = parent.crate == crate_.crate;
    where = is_root ? (own ? "the crate root" : "crate `" + written + "`")
                    : std::string(item_kind_word(p)) + " `" + std::string(p.name) + "`";
    short_where = is_root ? (own ? "the crate root" : written) : std::string(p.name);
  }
  if (index == 0 && name == "Self" && report_self_from_outer_impl(query, diagnostics)) return {};
  if (index == 0 && name == "Self") {
    // `Self` outside an impl: rustc's own errors, for a type (E0411) and a path's first segment (E0433).
    Diagnostic d = last && query.ns == Namespace::Type
                       ? make_diagnostic(DiagKind::SelfTypeOutsideImpl, segment.span, {})
                       : make_diagnostic(DiagKind::CannotFindInScope, segment.span, {name});
    d.with_label("`Self` is only available in impls, traits, and type definitions");
    diagnostics.push_back(std::move(d));
    return {};
  }
  if (last && index == 0 && query.ns == Namespace::Value && primitive_type(types_, segment.name).has_value()) {
    diagnostics.push_back(make_diagnostic(DiagKind::ExpectedValueFound, segment.span, {"builtin type", name}));
    return {};
  }
  if (last && query.ns == Namespace::Value) {
    // Not a value, but a type or module of that name: E0423.
    const Binding* other = nullptr;
    ItemRef found_in = parent;
    if (parent.has_value()) {
      other = lookup_in_module(parent, Namespace::Type, segment.name);
    } else {
      crate_.walk_scope(query.scope, [&](ItemId m) {
        found_in = ItemRef{crate_.crate, m.index};
        other = lookup_in_module(found_in, Namespace::Type, segment.name);
        return other != nullptr;
      });
    }
    if (other != nullptr && !settled(other->target.crate)) return {};  // indeterminate: never an error
    if (other != nullptr) {
      const Item& found = item(other->target);
      // (`Pt(x, y)` of a struct with named fields: the pattern's checker reports E0532.)
      if (found.kind == ItemKind::Struct && query.expected == ExpectedItem::TupleStruct) return {};
      if (found.kind == ItemKind::Struct || found.kind == ItemKind::Module || found.kind == ItemKind::Enum ||
          found.kind == ItemKind::TypeAlias) {
        // What the name meant was found: rustc counts the import that brought it as used.
        note_binding(found_in, other);
        if (found.kind == ItemKind::Struct && query.struct_value_by_caller &&
            map_of(other->target.crate)->adts[found.data].shape == FieldsShape::Named) {
          return other->target;
        }
        Diagnostic d = make_diagnostic(DiagKind::ExpectedValueFound, segment.span,
                                       {std::string(item_kind_word(found)), name});
        diagnostics.push_back(std::move(d));
        return {};
      }
    }
  }
  if (last) {
    // In a module, rustc names it by the path as written: `m::n`, `crate::m`,
    // `self`, `super`; `crate` alone is "the crate root".
    bool root_by_crate = false;
    if (parent.has_value() && index > 0 && item(parent).kind == ItemKind::Module &&
        (!item(parent).name.empty() || parent.crate == crate_.crate)) {
      short_where.clear();
      for (uint32_t i = 0; i < index; ++i) short_where += (i > 0 ? "::" : "") + std::string(query.segments[i].name);
      root_by_crate = short_where == "crate";
      where = root_by_crate ? "the crate root" : "module `" + short_where + "`";
    }
    std::string what = query.ns == Namespace::Type ? "type" : query.is_call ? "function" : "value";
    Diagnostic d = query.expected == ExpectedItem::TupleStruct
                       ? make_diagnostic(DiagKind::CannotFindTupleStruct, segment.span, {name, where})
                   : query.expected == ExpectedItem::Struct
                       ? make_diagnostic(DiagKind::CannotFindStruct, segment.span, {name, where})
                       : make_diagnostic(DiagKind::CannotFindName, segment.span, {what, name, where});
    d.with_label(!parent.has_value()                   ? "not found in this scope"
                 : root_by_crate || short_where == "the crate root" ? "not found in the crate root"
                                                                     : "not found in `" + short_where + "`");
    // A type written in this scope with a typo: rustc's similar name, pointed at.
    if (!parent.has_value() && query.ns == Namespace::Type && suggest_similar_type(d, query, segment, true)) {
      d.primary.text.clear();
    }
    diagnostics.push_back(std::move(d));
    return {};
  }
  // rustc names the segment before as written (`crate`, `geo_math`), and
  // this crate's root as "the crate root" in the label.
  std::string before = index == 0 ? std::string() : std::string(query.segments[index - 1].name);
  bool own_root = parent.has_value() && parent.crate == crate_.crate && item(parent).kind == ItemKind::Module &&
                  item(parent).name.empty();
  if (index == 0 && looks_like_type(name)) {
    Diagnostic d = make_diagnostic(DiagKind::CannotFindTypeInScope, segment.span, {name});
    d.with_label("use of undeclared type `" + name + "`");
    suggest_similar_type(d, query, segment, false);
    diagnostics.push_back(std::move(d));
    return {};
  }
  if (index == 0 && query.leading_colons && crate_.edition != Edition::E2015) {
    diagnostics.push_back(extern_crate_not_found(segment.span, name, false));
    return {};
  }
  Diagnostic d = index == 0 ? make_diagnostic(DiagKind::CannotFindModuleOrCrate, segment.span, {name})
                            : make_diagnostic(DiagKind::CannotFindInPath, segment.span, {name, before});
  d.with_label(index == 0 ? "use of unresolved module or unlinked crate `" + name + "`"
               : own_root ? "could not find `" + name + "` in the crate root"
                          : "could not find `" + name + "` in `" + before + "`");
  diagnostics.push_back(std::move(d));
  return {};
}

// "an enum with a similar name exists": a struct, enum or type alias named
// in the scope's modules (the blocks around it, then its module); with
// `point_at_definition`, one of this crate is labelled where it is defined.
bool PathResolver::suggest_similar_type(Diagnostic& d, const PathQuery& query, const PathSegment& segment,
                                        bool point_at_definition) const {
  std::vector<std::string_view> names;
  std::vector<std::pair<std::string_view, ItemRef>> items;
  crate_.walk_scope(query.scope, [&](ItemId m) {
    for (const auto& [name, binding] : crate_.module(m).names[size_t(Namespace::Type)]) {
      if (!settled(binding.target.crate)) continue;
      ItemKind kind = item(binding.target).kind;
      if (kind != ItemKind::Struct && kind != ItemKind::Enum && kind != ItemKind::TypeAlias) continue;
      names.push_back(name);
      items.push_back({name, binding.target});
    }
    return false;
  });
  std::sort(names.begin(), names.end());
  std::optional<std::string_view> similar = best_match_for_name(segment.name, names);
  if (!similar || *similar == segment.name) return false;
  ItemRef target;
  for (const auto& [name, ref] : items) {
    if (name == *similar) target = ref;
  }
  const Item& found = item(target);
  std::string_view noun = found.kind == ItemKind::Enum ? "enum" : found.kind == ItemKind::Struct ? "struct" : "type alias";
  if (point_at_definition && target.crate == crate_.crate && found.def_span.file.has_value()) {
    d.with_secondary(found.def_span, "similarly named " + std::string(noun) + " `" + std::string(*similar) + "` defined here");
  }
  std::string article = found.kind == ItemKind::Enum ? "an " : "a ";
  d.with_fix(segment.span, std::string(*similar), article + std::string(noun) + " with a similar name exists",
             Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
  return true;
}

PathResolution PathResolver::resolve(const PathQuery& query, std::vector<Diagnostic>& diagnostics) const {
  PathResolution failed;
  uint32_t n = static_cast<uint32_t>(query.segments.size());
  if (n == 0) return failed;
  FirstSegment first = resolve_first(query, n == 1 ? query.ns : Namespace::Type, diagnostics);
  if (first.failed) return failed;
  if (first.self_type) return PathResolution{PathResolution::Kind::SelfType, {}, {}, 1};
  if (first.primitive.has_value()) return PathResolution{PathResolution::Kind::Primitive, {}, first.primitive, 1};
  if (first.item.is_none() && first.unsettled != ItemRef::kNone) return indeterminate(first.unsettled);
  if (first.item.has_value() && !settled(first.item.crate)) return indeterminate(first.item.crate);
  if (first.item.is_none()) {
    failed.named_struct = report_not_found(query, 0, ItemRef{}, diagnostics);
    return failed;
  }
  ItemRef current = first.item;
  note_item(current);
  bool reported_private = false;  // rustc reports a path's first private segment only
  size_t private_at = SIZE_MAX;   // ... in diagnostics[private_at]
  for (uint32_t i = 1; i < n; ++i) {
    if (i > 1) note_item(current);
    const Item& it = item(current);
    if (it.kind == ItemKind::Unsupported) {
      return unsupported(current, query.segments[i - 1].span, i, query.quiet, diagnostics);
    }
    const PathSegment& segment = query.segments[i];
    if (it.kind == ItemKind::Module && segment.name == "super" && current.crate == crate_.crate) {
      ItemId parent = crate_.module(nearest_named_module(ItemId(current.item))).parent_module;
      if (parent.is_none()) {
        if (!query.quiet) {
          Diagnostic d = make_diagnostic(DiagKind::TooManySupers, segment.span, {});
          d.with_label("there are too many leading `super` keywords");
          diagnostics.push_back(std::move(d));
        }
        return failed;
      }
      current = ItemRef{crate_.crate, nearest_named_module(parent).index};
      continue;
    }
    if (it.kind == ItemKind::Module && segment.name == "self") continue;
    if (it.kind == ItemKind::Module) {
      Namespace ns = i + 1 == n ? query.ns : Namespace::Type;
      const Binding* b = lookup_in_module(current, ns, segment.name);
      if (b == nullptr) {
        uint32_t wait = unsettled_glob_crate(current);
        if (wait != ItemRef::kNone) return indeterminate(wait);
        failed.named_struct = report_not_found(query, i, current, diagnostics);
        return failed;
      }
      if (!settled(b->target.crate)) {
        note_binding(current, b);
        return indeterminate(b->target.crate);
      }
      if (!query.quiet && !reported_private && !is_accessible(current.crate, b->visible_in, query.scope)) {
        reported_private = true;
        private_at = diagnostics.size();
        const Item& target = item(b->target);
        std::string word = ns == Namespace::Value ? value_kind_word(b->target, true) : std::string(item_kind_word(target));
        Diagnostic d = make_diagnostic(DiagKind::PrivateItem, segment.span, {word, std::string(segment.name)});
        d.with_label("private " + word);
        if (target.def_span.file.has_value()) {
          d.with_note_at(target.def_span, "the " + word + " `" + std::string(segment.name) + "` is defined here");
        }
        diagnostics.push_back(std::move(d));
      }
      note_binding(current, b);
      // Ambiguous: an error, after which rustc goes on with the first glob's item.
      if (b->ambiguous_import != UINT32_MAX && current.crate == crate_.crate) {
        report_glob_ambiguity(segment, ns, *b, query.quiet, diagnostics);
      }
      current = b->target;
      continue;
    }
    if (it.kind == ItemKind::Enum) {
      const CrateDefMap* map = map_of(current.crate);
      bool found = false;
      for (ItemId v : map->adts[it.data].variants) {
        if (map->items[v.index].name == segment.name) {
          current = ItemRef{current.crate, v.index};
          found = true;
          break;
        }
      }
      if (found) continue;
    }
    note_item(current);
    return PathResolution{PathResolution::Kind::Item, current, {}, i};
  }
  note_item(current);
  if (item(current).kind == ItemKind::Unsupported) {
    return unsupported(current, query.segments[n - 1].span, n, query.quiet, diagnostics);
  }
  // A private module or type on the way: rustc names what the path reaches.
  if (private_at < diagnostics.size() && !(diagnostics[private_at].primary.span == query.segments[n - 1].span)) {
    std::string word =
        query.ns == Namespace::Value ? value_kind_word(current, false) : std::string(item_kind_word(item(current)));
    diagnostics[private_at].with_secondary(query.segments[n - 1].span, word + " `" + std::string(query.segments[n - 1].name) +
                                                                            "` is not publicly re-exported");
  }
  return PathResolution{PathResolution::Kind::Item, current, {}, n};
}

// How rustc names an item reached in the value namespace: a struct or
// variant by its constructor's shape.
std::string PathResolver::value_kind_word(ItemRef ref, bool constructor) const {
  const Item& it = item(ref);
  if (it.kind != ItemKind::Struct && it.kind != ItemKind::Variant) return std::string(item_kind_word(it));
  const CrateDefMap* map = map_of(ref.crate);
  if (map == nullptr || it.data >= map->adts.size()) return std::string(item_kind_word(it));
  bool is_struct = it.kind == ItemKind::Struct;
  switch (map->adts[it.data].shape) {
    case FieldsShape::Unit: return is_struct ? "unit struct" : "unit variant";
    case FieldsShape::Tuple: return is_struct ? (constructor ? "tuple struct constructor" : "tuple struct") : "tuple variant";
    default: return is_struct ? "struct" : "struct variant";
  }
}

std::string item_display_name(const DefMaps& maps, ItemRef ref) {
  const CrateDefMap* map = maps.find(ref.crate);
  if (map == nullptr) return "{unknown}";
  return std::string(map->items[ref.item].name);
}

}  // namespace sluice
