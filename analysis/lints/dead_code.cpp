// dead_code: items no live code reaches. Roots are `main` in a binary crate
// and the public items of a library; a body is live when its owner is, and
// what a live body names is live (constructed, for structs and variants;
// read, for fields). As in rustc, an item whose dead_code level is `allow`
// is a root too, derived `Debug` and `Clone` do not count, and the other
// derived comparisons and `Hash` read every field of a live type.
#include <algorithm>
#include <optional>
#include <string>

#include "analysis/lints/crate_lints.h"

namespace sluice {

std::vector<bool> exported_items(const CrateDefMap& map) {
  std::vector<bool> exported(map.items.size(), false);
  std::vector<uint32_t> reached;  // exported, their interfaces not followed yet
  auto reach = [&](uint32_t item) {
    if (exported[item]) return;
    exported[item] = true;
    reached.push_back(item);
  };
  std::vector<ItemId> work = {map.root()};
  exported[0] = true;
  while (!work.empty()) {
    ItemId module = work.back();
    work.pop_back();
    for (const auto& names : map.module(module).names) {
      for (const auto& [name, binding] : names) {
        if (binding.visible_in.has_value() || binding.target.crate != map.crate) continue;
        uint32_t target = binding.target.item;
        if (exported[target]) continue;
        reach(target);
        if (map.items[target].kind == ItemKind::Module) work.push_back(ItemId(target));
      }
    }
  }
  // rustc's reachable level: a `pub` item in a private module is exported
  // too when an exported signature names it (`pub fn stats() -> detail::Stats`),
  // and so are its variants and its inherent impls' public items.
  // The items of each inherent impl, (impl, member) sorted: looked up for
  // every exported type with impls, so not by a scan of all items each time.
  std::vector<std::pair<uint32_t, uint32_t>> impl_members;
  for (uint32_t k = 0; k < map.items.size(); ++k) {
    uint32_t parent = map.items[k].parent.index;
    if (parent < map.items.size() && map.items[parent].kind == ItemKind::Impl) impl_members.emplace_back(parent, k);
  }
  std::sort(impl_members.begin(), impl_members.end());
  std::vector<std::vector<uint32_t>> named_by(map.items.size());
  for (const CrateDefMap::SignatureUse& use : map.signature_uses) {
    if (use.owner < named_by.size() && !use.private_field) named_by[use.owner].push_back(use.item);
  }
  while (!reached.empty()) {
    uint32_t i = reached.back();
    reached.pop_back();
    const Item& item = map.items[i];
    for (uint32_t named : named_by[i]) {
      if (named < map.items.size() && !map.items[named].visible_in.has_value()) reach(named);
    }
    if (item.kind == ItemKind::Enum) {
      for (ItemId v : map.adts[item.data].variants) reach(v.index);
    }
    auto impls = map.inherent_impls.find(ItemRef{map.crate, i});
    if (impls == map.inherent_impls.end()) continue;
    for (ItemId impl : impls->second) {
      auto first = std::lower_bound(impl_members.begin(), impl_members.end(), std::pair(impl.index, uint32_t(0)));
      for (auto it = first; it != impl_members.end() && it->first == impl.index; ++it) {
        if (!map.items[it->second].visible_in.has_value()) reach(it->second);
      }
    }
  }
  return exported;
}


namespace {

// What a library exports: every public name of the root module, and of the
// public modules it reaches, re-exports (`pub use`) included; with the public
// associated items of exported types.
struct Liveness {
  std::vector<bool> used, constructed;
  // A struct named by a path in live code (a body or a signature) counts as
  // constructed, as in rustc: only a struct no live code names is reported.
  std::vector<bool> named_live;
  std::vector<std::vector<bool>> fields_read;  // by item (structs and variants)
};

bool allowed(const LintLevels& levels, Span span) {
  return !span.is_none() && levels.level(span.file, span.begin, Lint::DeadCode) == LintLevel::Allow;
}

// The derived impls of a live type that read its fields (rustc ignores
// only those of traits marked as trivial readers: Debug and Clone).
bool derives_field_reads(const AdtData& adt) {
  return is_derived(adt, DeriveKind::PartialEq) || is_derived(adt, DeriveKind::PartialOrd) ||
         is_derived(adt, DeriveKind::Ord) || is_derived(adt, DeriveKind::Hash);
}

void mark_derived_reads(const CrateDefMap& map, Liveness& live) {
  for (uint32_t i = 0; i < map.items.size(); ++i) {
    const Item& item = map.items[i];
    if (item.kind != ItemKind::Struct && item.kind != ItemKind::Variant) continue;
    uint32_t type = item.kind == ItemKind::Variant ? item.parent.index : i;
    if (!live.used[type] || !derives_field_reads(map.adts[map.items[type].data])) continue;
    live.fields_read[i].assign(map.adts[item.data].fields.size(), true);
  }
}

// What a live body names, constructs and reads is live. A variant named
// (through a glob import too: `use Verb::*; Get`) makes its enum live, as
// rustc's dead-code visitor checks a variant constructor's enum.
template <typename Mark>
void mark_body_uses(const CrateDefMap& map, const BodyResult& body, Liveness& live, Mark& mark) {
  auto mark_with_enum = [&](uint32_t item) {
    mark(item);
    if (item < map.items.size() && map.items[item].kind == ItemKind::Variant) mark(map.items[item].parent.index);
  };
  for (uint32_t item : body.used_items) {
    mark_with_enum(item);
    live.named_live[item] = true;
  }
  for (uint32_t item : body.constructed_items) {
    mark_with_enum(item);
    live.constructed[item] = true;
  }
  for (auto [item, field] : body.read_fields) {
    if (live.fields_read[item].size() <= field) live.fields_read[item].resize(field + 1, false);
    live.fields_read[item][field] = true;
  }
}

Liveness compute_liveness(const CrateLintInput& in, const LintLevels& levels) {
  const CrateDefMap& map = *in.map;
  size_t n = map.items.size();
  Liveness live;
  live.used.assign(n, false);
  live.constructed.assign(n, false);
  live.named_live.assign(n, false);
  live.fields_read.resize(n);
  // A variant's discriminant is live with its enum (rustc walks it with the enum).
  std::vector<std::vector<const BodyResult*>> bodies_of(n);
  for (const BodyResult* b : in.bodies) {
    const Item& owner = map.items[b->owner.index];
    bodies_of[owner.kind == ItemKind::Variant ? owner.parent.index : b->owner.index].push_back(b);
  }
  std::vector<uint32_t> work;
  auto mark = [&](uint32_t item) {
    if (item >= n || live.used[item]) return;
    live.used[item] = true;
    work.push_back(item);
    // A live associated item makes its impl's self type used (`impl D { .. }`
    // with `type D = Direction;`), as rustc's walk of the impl does.
    uint32_t parent = map.items[item].parent.index;
    if (parent < n && map.items[parent].kind == ItemKind::Impl && !live.used[parent]) {
      live.used[parent] = true;
      work.push_back(parent);
    }
  };
  // What the crate root makes public is used from outside, in a binary as in
  // a library (rustc 1.95: a bin's `pub fn` at its root is not dead); a
  // binary's `main` is used too.
  std::vector<bool> exported = exported_items(map);
  for (uint32_t i = 0; i < n; ++i) {
    const Item& item = map.items[i];
    bool is_main = in.is_bin && item.kind == ItemKind::Fn && item.name == "main" && item.parent == map.root();
    bool root = exported[i] || is_main;
    bool allowed_root = item.kind != ItemKind::Module && allowed(levels, item.name_span);
    if (root || allowed_root) {
      mark(i);
      if (item.kind == ItemKind::Struct || item.kind == ItemKind::Variant) live.constructed[i] = true;
    }
    if (item.kind == ItemKind::Enum && root) {
      for (ItemId v : map.adts[item.data].variants) live.constructed[v.index] = true;
    }
  }
  std::vector<std::vector<uint32_t>> signature_uses(n);
  for (const CrateDefMap::SignatureUse& use : map.signature_uses) {
    if (use.owner < n) signature_uses[use.owner].push_back(use.item);
  }
  while (!work.empty()) {
    uint32_t owner = work.back();
    work.pop_back();
    for (uint32_t item : signature_uses[owner]) {
      mark(item);
      live.named_live[item] = true;
    }
    for (const BodyResult* body : bodies_of[owner]) mark_body_uses(map, *body, live, mark);
  }
  mark_derived_reads(map, live);
  // A live enum's derived `Default` builds its `#[default]` variant: rustc
  // keeps a live type's trait impls live.
  for (uint32_t i = 0; i < n; ++i) {
    const Item& item = map.items[i];
    if (item.kind != ItemKind::Enum || !live.used[i]) continue;
    const AdtData& adt = map.adts[item.data];
    if (is_derived(adt, DeriveKind::Default) && adt.default_variant.has_value()) {
      live.constructed[adt.default_variant.index] = true;
    }
  }
  // Exported types' public fields are read from outside.
  for (uint32_t i = 0; i < n; ++i) {
    const Item& item = map.items[i];
    if ((item.kind != ItemKind::Struct && item.kind != ItemKind::Variant) || !exported[i]) continue;
    const AdtData& adt = map.adts[item.data];
    live.fields_read[i].resize(adt.fields.size(), false);
    for (size_t f = 0; f < adt.fields.size(); ++f) {
      if (item.kind == ItemKind::Variant || !adt.fields[f].visible_in.has_value()) live.fields_read[i][f] = true;
    }
  }
  return live;
}

bool field_read(const Liveness& live, uint32_t item, size_t field) {
  return field < live.fields_read[item].size() && live.fields_read[item][field];
}

// What the reporting needs besides the liveness: the crate's text and levels.
struct Reporter {
  const CrateLintInput& in;
  const CrateDefMap& map;
  const LintLevels& levels;
  const Liveness& live;

  const CrateFile* file(const Item& item) const {
    if (item.file >= in.input->files.size() || in.input->files[item.file].tree == nullptr) return nullptr;
    return &in.input->files[item.file];
  }
  Span span_of(const Item& item) const {
    const CrateFile* f = file(item);
    return f == nullptr || item.node.is_none() ? Span{} : f->tree->span(item.node);
  }
};

// rustc's note on a type whose only reads come from derived `Debug` or
// `Clone`; it names them in the reverse of their order in the attributes.
std::optional<std::string> ignored_derives_note(const Reporter& r, const Item& type) {
  const CrateFile* file = r.file(type);
  if (file == nullptr || type.node.is_none()) return std::nullopt;
  const SyntaxTree& tree = *file->tree;
  std::vector<std::string_view> traits;
  for (NodeId attr : tree.children(type.node)) {
    if (tree.kind(attr) != NodeKind::Attr) continue;
    NodeId meta = tree.child(attr, NodeKind::Meta);
    NodeId path = meta.has_value() ? tree.child(meta, NodeKind::Path) : NodeId::none();
    NodeId args = meta.has_value() ? tree.child(meta, NodeKind::TokenTree) : NodeId::none();
    if (path.is_none() || args.is_none() || tree.text(path, file->text) != "derive") continue;
    const Node& n = tree.node(args);
    for (uint32_t t = n.first_token + 1; t + 1 < n.end_token; ++t) {
      std::string_view name = tree.token_text(t, file->text);
      if (tree.tokens[t].kind == TokenKind::Ident && (name == "Debug" || name == "Clone")) traits.push_back(name);
    }
  }
  if (traits.empty()) return std::nullopt;
  std::reverse(traits.begin(), traits.end());
  std::string who = "`" + std::string(type.name) + "` ";
  if (traits.size() == 1) {
    return who + "has a derived impl for the trait " + list_in_backticks(traits) +
           ", but this is intentionally ignored during dead code analysis";
  }
  return who + "has derived impls for the traits " + list_in_backticks(traits) +
         ", but these are intentionally ignored during dead code analysis";
}

// One diagnostic for a group of dead members (fields, variants, associated
// items): the first is primary, the others and the owner are labelled.
Diagnostic member_group(const std::vector<Span>& spans, std::string message, Span owner, std::string owner_label) {
  Diagnostic d = make_diagnostic(DiagKind::DeadCodeItem, spans[0], {std::move(message)});
  if (!owner.is_none()) d.with_secondary(owner, std::move(owner_label));
  for (size_t i = 1; i < spans.size(); ++i) d.secondary.push_back(Label{spans[i], "", true});
  return d;
}

// A tuple field's span is its type: `()` there is what rustc suggests for an
// unread field, so such a field is not reported.
bool written_as_unit(const Reporter& r, Span type) {
  const CrateFile* file = r.in.file_of(type.file);
  if (file == nullptr || type.end > file->text.size()) return false;
  std::string_view text = file->text.substr(type.begin, type.length());
  std::string compact;
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\n') compact += c;
  }
  return compact == "()";
}

void report_fields(const Reporter& r, uint32_t item, std::vector<Diagnostic>& out) {
  const Item& owner = r.map.items[item];
  const AdtData& adt = r.map.adts[owner.data];
  std::vector<std::string> names;
  std::vector<Span> spans;
  size_t unit_fields = 0;  // unread ones of type `()`: never reported, but unread
  for (size_t f = 0; f < adt.fields.size(); ++f) {
    if (field_read(r.live, item, f) || allowed(r.levels, adt.fields[f].span)) continue;
    std::string name = adt.shape == FieldsShape::Named ? std::string(adt.fields[f].name) : std::to_string(f);
    if (name.starts_with("_")) continue;
    if (adt.shape == FieldsShape::Tuple && written_as_unit(r, adt.fields[f].span)) {  // rustc's own advice is `()`
      ++unit_fields;
      continue;
    }
    names.push_back(std::move(name));
    spans.push_back(adt.fields[f].span);
  }
  if (names.empty()) return;
  bool one = names.size() == 1;
  std::vector<std::string_view> views(names.begin(), names.end());
  std::string message = (one ? "field " : "fields ") + list_in_backticks(views) + (one ? " is never read" : " are never read");
  bool variant = owner.kind == ItemKind::Variant;
  std::string label = std::string(one ? "field" : "fields") + " in this " + (variant ? "variant" : "struct");
  Diagnostic d = member_group(spans, std::move(message), owner.name_span, std::move(label));
  const Item& type = variant ? r.map.items[owner.parent.index] : owner;
  bool remove_all = adt.shape == FieldsShape::Tuple && !variant && names.size() + unit_fields == adt.fields.size();
  if (remove_all) d.with_help(one ? "consider removing this field" : "consider removing these fields");
  if (std::optional<std::string> note = ignored_derives_note(r, type)) d.with_note(std::move(*note));
  if (adt.shape == FieldsShape::Tuple && !remove_all) {
    std::string what = one ? "the field" : "the fields";
    d.with_fix(spans[0], "()",
               "consider changing " + what + " to be of unit type to suppress this warning while preserving the field "
               "numbering, or remove " + what,
               Applicability::HasPlaceholders, SuggestionStyle::ShowAlways);
    for (size_t i = 1; i < spans.size(); ++i) d.children.back().spans.push_back(Label{spans[i], ""});
  }
  out.push_back(std::move(d));
}

void report_variants(const Reporter& r, uint32_t enum_item, std::vector<Diagnostic>& out) {
  const Item& item = r.map.items[enum_item];
  std::vector<std::string_view> names;
  std::vector<Span> spans;
  for (ItemId v : r.map.adts[item.data].variants) {
    const Item& variant = r.map.items[v.index];
    if (r.live.constructed[v.index] || variant.name.starts_with("_") || allowed(r.levels, variant.name_span)) continue;
    names.push_back(variant.name);
    spans.push_back(variant.name_span);
  }
  if (names.empty()) return;
  bool one = names.size() == 1;
  std::string message = (one ? "variant " : "variants ") + list_in_backticks(names) +
                        (one ? " is never constructed" : " are never constructed");
  Diagnostic d = member_group(spans, std::move(message), item.name_span, one ? "variant in this enum" : "variants in this enum");
  if (std::optional<std::string> note = ignored_derives_note(r, item)) d.with_note(std::move(*note));
  out.push_back(std::move(d));
}

std::string_view assoc_word(const CrateDefMap& map, const Item& item, bool plural) {
  if (item.kind == ItemKind::Const) return plural ? "associated constants" : "associated constant";
  bool method = map.fns[item.data].self != SelfParamKind::None;
  if (method) return plural ? "methods" : "method";
  return plural ? "associated functions" : "associated function";
}

void report_impl(const Reporter& r, uint32_t impl, std::vector<Diagnostic>& out) {
  const CrateDefMap& map = r.map;
  std::vector<uint32_t> dead;
  for (uint32_t i = impl + 1; i < map.items.size(); ++i) {
    const Item& item = map.items[i];
    if (item.parent != ItemId(impl)) continue;
    bool member = item.kind == ItemKind::Fn || item.kind == ItemKind::Const;
    if (member && !r.live.used[i] && !item.name.starts_with("_") && !allowed(r.levels, item.name_span)) dead.push_back(i);
  }
  if (dead.empty()) return;
  std::vector<std::string_view> names;
  std::vector<Span> spans;
  std::string_view word = assoc_word(map, map.items[dead[0]], dead.size() > 1);
  for (uint32_t i : dead) {
    names.push_back(map.items[i].name);
    spans.push_back(map.items[i].name_span);
    if (assoc_word(map, map.items[i], dead.size() > 1) != word) word = "associated items";
  }
  std::string message = std::string(word) + " " + list_in_backticks(names) + (dead.size() == 1 ? " is never used" : " are never used");
  const CrateFile* file = r.file(map.items[impl]);
  Span head = file == nullptr || map.items[impl].node.is_none() ? Span{} : file->tree->head_span(map.items[impl].node);
  out.push_back(member_group(spans, std::move(message), head, std::string(word) + " in this implementation"));
}

// rustc does not report the items inside the body of a dead function or
// constant: the innermost fn, const or static around an item in a block.
std::optional<uint32_t> enclosing_body_owner(const Reporter& r, uint32_t item) {
  const Item& inner = r.map.items[item];
  if (!r.map.module(inner.module).is_block) return std::nullopt;
  Span at = r.span_of(inner);
  if (at.is_none()) at = inner.name_span;
  std::optional<uint32_t> best;
  uint32_t best_length = UINT32_MAX;
  for (uint32_t i = 0; i < item; ++i) {
    const Item& owner = r.map.items[i];
    if (owner.kind != ItemKind::Fn && owner.kind != ItemKind::Const && owner.kind != ItemKind::Static) continue;
    if (owner.file != inner.file) continue;
    Span s = r.span_of(owner);
    if (s.is_none() || s.begin > at.begin || s.end < at.end || s.length() >= best_length) continue;
    best = i;
    best_length = s.length();
  }
  return best;
}

bool inside_dead_body(const Reporter& r, uint32_t item) {
  // Each step moves to an enclosing item (a smaller index): bounded by the item count.
  for (size_t step = 0; step < r.map.items.size(); ++step) {
    std::optional<uint32_t> owner = enclosing_body_owner(r, item);
    if (!owner) return false;
    if (!r.live.used[*owner]) return true;
    item = *owner;
  }
  return false;
}

void report_item(const Reporter& r, uint32_t i, std::vector<Diagnostic>& out) {
  const CrateDefMap& map = r.map;
  const Liveness& live = r.live;
  const Item& item = map.items[i];
  bool exempt = item.name.starts_with("_");
  const Item* parent = item.parent.has_value() ? &map.items[item.parent.index] : nullptr;
  bool associated = parent != nullptr && parent->kind == ItemKind::Impl;
  auto report = [&](std::string message) {
    out.push_back(make_diagnostic(DiagKind::DeadCodeItem, item.name_span, {std::move(message)}));
  };
  std::string name = "`" + std::string(item.name) + "`";
  switch (item.kind) {
    case ItemKind::Fn:
      if (!associated && !live.used[i] && !exempt) report("function " + name + " is never used");
      break;
    case ItemKind::Const:
      if (!associated && !live.used[i] && !exempt) report("constant " + name + " is never used");
      break;
    case ItemKind::Static:
      if (!live.used[i] && !exempt) report("static " + name + " is never used");
      break;
    case ItemKind::TypeAlias:
      if (!live.used[i] && !exempt) report("type alias " + name + " is never used");
      break;
    case ItemKind::Struct:
      if (exempt) break;
      if (!live.constructed[i] && !live.named_live[i]) {
        report("struct " + name + " is never constructed");
      } else {
        report_fields(r, i, out);
      }
      break;
    case ItemKind::Enum:
      if (exempt) break;
      if (!live.used[i]) {
        report("enum " + name + " is never used");
        break;
      }
      // rustc reports the variants' unread fields before the variants never constructed.
      for (ItemId v : map.adts[item.data].variants) {
        if (live.constructed[v.index]) report_fields(r, v.index, out);
      }
      report_variants(r, i, out);
      break;
    case ItemKind::Impl: report_impl(r, i, out); break;
    default: break;
  }
}

}  // namespace

uint32_t lint_pass_module(const CrateDefMap& map, uint32_t item) {
  uint32_t module = map.items[item].kind == ItemKind::Module && item != 0 ? map.items[item].parent.index
                                                                          : map.items[item].module.index;
  // Each step moves to an enclosing module: bounded by the module count.
  for (size_t step = 0; step < map.modules.size() && module < map.items.size(); ++step) {
    const ModuleData& data = map.module(ItemId(module));
    if (!data.is_block || !data.parent_module.has_value()) break;
    module = data.parent_module.index;
  }
  return module;
}

std::vector<Diagnostic> dead_code_lints(const CrateLintInput& in) {
  const CrateDefMap& map = *in.map;
  std::optional<LintLevels> own_levels;
  if (in.levels == nullptr) own_levels.emplace(*in.input);
  const LintLevels& levels = in.levels != nullptr ? *in.levels : *own_levels;
  Liveness live = compute_liveness(in, levels);
  Reporter reporter{in, map, levels, live};
  std::vector<std::pair<uint32_t, Diagnostic>> keyed;
  std::vector<Diagnostic> found;
  for (uint32_t i = 0; i < map.items.size(); ++i) {
    const Item& item = map.items[i];
    if (!item.name_span.file.has_value() && item.kind != ItemKind::Impl) continue;
    if (item.kind == ItemKind::Module || item.kind == ItemKind::Variant) continue;
    found.clear();
    report_item(reporter, i, found);
    if (found.empty() || inside_dead_body(reporter, i)) continue;
    uint32_t module = lint_pass_module(map, i);
    for (Diagnostic& d : found) keyed.push_back({module, std::move(d)});
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Diagnostic> out;
  for (auto& [module, d] : keyed) out.push_back(std::move(d));
  return out;
}

}  // namespace sluice
