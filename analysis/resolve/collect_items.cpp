// Item collection: walks a crate's module tree (inline modules, module files
// and blocks with items) and gives every item an ItemId and a place in its
// module's namespaces. Constructs outside tier L1 become Unsupported items,
// reported once here, so that names of them resolve without further errors.
#include <algorithm>

#include "analysis/modules/modules.h"
#include "analysis/resolve/builder.h"
#include "analysis/resolve/syntax_walk.h"

namespace sluice {

std::string key_string(const std::vector<uint32_t>& key) {
  return std::string(reinterpret_cast<const char*>(key.data()), key.size() * sizeof(uint32_t));
}

// rustc points item diagnostics at the item without its outer attributes:
// from its first token after the last attribute (keywords are not nodes).
Span node_span_without_attributes(const SyntaxTree& tree, NodeId item) { return tree.span_without_attributes(item); }

namespace {

std::string_view strip_raw_prefix(std::string_view name) {
  return name.starts_with("r#") ? name.substr(2) : name;
}

}  // namespace

std::string_view DefMapBuilder::name_text(uint32_t file, NodeId name) const {
  return strip_raw_prefix(tree(file).text(name, text(file)));
}

DefMapBuilder::DefMapBuilder(const CrateInput& input, const ResolveContext& context)
    : input_(input), context_(context), types_(*context.types) {
  map_.crate = input.crate;
  map_.name = input.name;
  map_.edition = input.edition;
  for (uint32_t i = 0; i < input.files.size(); ++i) file_by_key_[key_string(input.files[i].order_key)] = i;
}

CrateDefMap DefMapBuilder::build() {
  collect_crate();
  resolve_imports();
  lower_signatures();
  finish_item_waits();
  std::sort(map_.waits_on.begin(), map_.waits_on.end());
  map_.waits_on.erase(std::unique(map_.waits_on.begin(), map_.waits_on.end()), map_.waits_on.end());
  return std::move(map_);
}

PathResolver DefMapBuilder::resolver() {
  PathResolver r(*context_.maps, map_, context_.externs, types_);
  bool per_item = waits_owner_.has_value() && waits_owner_.index < item_waits_.size();
  r.record_waits(per_item ? &item_waits_[waits_owner_.index] : &map_.waits_on);
  return r;
}

// Closes each item's waits over the local items its signature names (a
// function returning `S` waits on whatever `S`'s fields wait on), and adds
// them all to the crate's. A complete map (every map but a root's before its
// dependencies settle) has none, and costs a scan of empty vectors.
void DefMapBuilder::finish_item_waits() {
  bool any = false;
  for (std::vector<uint32_t>& waits : item_waits_) {
    std::sort(waits.begin(), waits.end());
    waits.erase(std::unique(waits.begin(), waits.end()), waits.end());
    any |= !waits.empty();
  }
  if (!any) return;
  // Every pass adds at least one crate to one item, or ends: a fixed point
  // in at most items x crates passes, usually two or three.
  for (bool changed = true; changed;) {
    changed = false;
    for (auto [item, source] : wait_edges_) {
      std::vector<uint32_t>& to = item_waits_[item];
      for (uint32_t crate : item_waits_[source]) {
        auto at = std::lower_bound(to.begin(), to.end(), crate);
        if (at != to.end() && *at == crate) continue;
        to.insert(at, crate);
        changed = true;
      }
    }
  }
  for (uint32_t item = 0; item < item_waits_.size(); ++item) {
    for (uint32_t crate : item_waits_[item]) {
      map_.item_waits.push_back({item, crate});
      map_.waits_on.push_back(crate);
    }
  }
}

void DefMapBuilder::report_unsupported(Span span, std::string construct) {
  map_.diagnostics.push_back(make_diagnostic(DiagKind::Unsupported, span, {std::move(construct)}));
}

ItemId DefMapBuilder::add_item(ItemKind kind, std::string_view name, ItemId parent, ItemId module,
                               ItemId visible_in, uint32_t file, NodeId node, Span name_span) {
  ItemId id(static_cast<uint32_t>(map_.items.size()));
  Item item;
  item.kind = kind;
  item.name = name;
  item.parent = parent;
  item.module = module.has_value() ? module : id;
  item.visible_in = visible_in;
  item.file = file;
  item.node = node;
  item.name_span = name_span;
  item.def_span = definition_span(kind, file, node, name_span);
  map_.items.push_back(item);
  return id;
}

// rustc's def_span: a function's signature and a struct's, enum's or
// module's head; consts, statics, type aliases, unit and tuple structs whole.
Span DefMapBuilder::definition_span(ItemKind kind, uint32_t file, NodeId node, Span name_span) const {
  if (node.is_none() || file >= input_.files.size() || input_.files[file].tree == nullptr) return name_span;
  const SyntaxTree& t = *input_.files[file].tree;
  NodeKind syntax = t.kind(node);
  // A unit or tuple struct: its constructor's (whole) span, where E0603 on a value points.
  bool constructor = syntax == NodeKind::StructItem && first_child(t, node, NodeKind::RecordFieldList).is_none();
  if (kind == ItemKind::Const || kind == ItemKind::Static || kind == ItemKind::TypeAlias || constructor) {
    return t.span_without_attributes(node);
  }
  if (kind == ItemKind::Fn) return t.def_span(node);
  if (kind == ItemKind::Struct || kind == ItemKind::Enum || kind == ItemKind::Module) {
    Span head = t.span_without_attributes(node);  // to the end of the name
    return name_span.file == head.file && name_span.end > head.begin ? Span{head.file, head.begin, name_span.end} : head;
  }
  return name_span;
}

ItemId DefMapBuilder::add_module(std::string_view name, ItemId parent, ItemId visible_in, uint32_t file, NodeId node,
                                 Span name_span, bool is_block) {
  ItemId id = add_item(ItemKind::Module, name, parent, ItemId::none(), visible_in, file, node, name_span);
  map_.items[id.index].data = static_cast<uint32_t>(map_.modules.size());
  ModuleData data;
  data.item = id;
  data.parent_module = parent;
  data.is_block = is_block;
  map_.modules.push_back(std::move(data));
  return id;
}

// Where rustc points at an item in a name clash (SyntaxTree::head_span), or
// `fallback` for an item without a node of its own.
Span DefMapBuilder::head_span_of(const Item& item, Span fallback) const {
  if (item.node.is_none() || item.file >= input_.files.size() || input_.files[item.file].tree == nullptr) return fallback;
  return tree(item.file).head_span(item.node);
}

// Whether the last diagnostic is of `kind` at `span` (a clash already
// reported in another namespace).
bool DefMapBuilder::reported_at(DiagKind kind, Span span) const { return reported_at(kind, span, map_.diagnostics); }

bool DefMapBuilder::reported_at(DiagKind kind, Span span, const std::vector<Diagnostic>& in) {
  return !in.empty() && in.back().kind == kind && in.back().primary.span == span;
}

bool DefMapBuilder::is_derived_adt(ItemRef ref) const {
  return ref.crate == map_.crate && has_derives(map_, ItemId(ref.item));
}

// Defines `name` in a module's namespace; a second definition is E0428.
void DefMapBuilder::define(ItemId module, Namespace ns, std::string_view name, ItemId item, Span span) {
  if (name.empty() || name == "_") return;
  auto& names = map_.modules[map_.items[module.index].data].names[static_cast<size_t>(ns)];
  auto [it, inserted] = names.emplace(name, Binding{ItemRef{map_.crate, item.index}, map_.items[item.index].visible_in});
  if (inserted) return;
  const Item& previous = map_.items[it->second.target.item];
  // rustc defines an item with `#[derive]` only once its expansion is done,
  // after every item without one: of the two, the underived item keeps the
  // name, and the clash is reported after the others (at the later item in
  // the source all the same).
  bool derived_earlier = is_derived_adt(it->second.target);
  bool derived_now = is_derived_adt(ItemRef{map_.crate, item.index});
  if (derived_earlier && !derived_now) {
    // The derives' impls name the type by its path: they are the winner's.
    const Item& winner = map_.items[item.index];
    bool adt = winner.kind == ItemKind::Struct || winner.kind == ItemKind::Enum;
    if (ns == Namespace::Type && adt) map_.adts[winner.data].derives |= map_.adts[previous.data].derives;
    it->second = Binding{ItemRef{map_.crate, item.index}, winner.visible_in};
  }
  std::vector<Diagnostic>& out = derived_earlier || derived_now ? derived_clashes_ : map_.diagnostics;
  // A unit or tuple struct is defined in two namespaces: one error for both.
  Span at = head_span_of(map_.items[item.index], span);
  if (reported_at(DiagKind::DuplicateDefinition, at, out)) return;
  static constexpr std::string_view kNamespaceNames[] = {"type", "value", "macro"};
  std::string what(kNamespaceNames[static_cast<size_t>(ns)]);
  Diagnostic d = make_diagnostic(DiagKind::DuplicateDefinition, at, {std::string(name)});
  d.with_label("`" + std::string(name) + "` redefined here");
  d.with_secondary(head_span_of(previous, previous.name_span),
                   "previous definition of the " + what + " `" + std::string(name) + "` here");
  d.with_note("`" + std::string(name) + "` must be defined only once in the " + what + " namespace of this " +
              (map_.module(module).is_block ? "block" : "module"));
  out.push_back(std::move(d));
}

void DefMapBuilder::collect_crate() {
  if (input_.files.empty() || input_.files[0].tree == nullptr) {
    add_module("", ItemId::none(), ItemId::none(), 0, NodeId::none(), Span{}, false);
    return;
  }
  ItemId root = add_module("", ItemId::none(), ItemId::none(), 0, tree(0).root(), Span{}, false);
  collect_module_items(0, tree(0).root(), root);
  for (Diagnostic& d : derived_clashes_) map_.diagnostics.push_back(std::move(d));
  derived_clashes_.clear();
}

uint32_t DefMapBuilder::child_file(uint32_t file, NodeId mod_item) const {
  const CrateFile& parent = input_.files[file];
  auto at = std::find(parent.module_items.begin(), parent.module_items.end(), mod_item);
  if (at == parent.module_items.end()) return UINT32_MAX;
  std::vector<uint32_t> key = parent.order_key;
  key.push_back(static_cast<uint32_t>(at - parent.module_items.begin()));
  auto found = file_by_key_.find(key_string(key));
  if (found == file_by_key_.end() || input_.files[found->second].tree == nullptr) return UINT32_MAX;
  return found->second;
}

void DefMapBuilder::collect_module_items(uint32_t file, NodeId owner, ItemId module) {
  for (NodeId child : tree(file).children(owner)) collect_item(file, child, module);
}

DefMapBuilder::ItemAttributes DefMapBuilder::read_attributes(uint32_t file, NodeId node) {
  ItemAttributes result;
  const SyntaxTree& t = tree(file);
  for (NodeId attr : t.children(node)) {
    if (t.kind(attr) != NodeKind::Attr) continue;
    NodeId meta = first_child(t, attr, NodeKind::Meta);
    NodeId path = meta.has_value() ? first_child(t, meta, NodeKind::Path) : NodeId::none();
    if (path.is_none()) continue;
    std::vector<NodeId> segments = t.children(path);
    if (segments.size() != 1) continue;
    std::string_view name = t.text(segments[0], text(file));
    NodeId args = first_child(t, meta, NodeKind::TokenTree);
    if (name == "test") result.enabled = false;  // `cargo check` builds without cfg(test)
    if (name == "default" && args.is_none()) result.is_default = true;
    if (name == "cfg" && args.has_value() && !evaluate_cfg(t, text(file), args, CfgOptions{})) result.enabled = false;
    if (name != "derive" || args.is_none()) continue;
    static constexpr std::string_view kDerives[] = {"Debug", "Clone",      "Copy", "PartialEq", "Eq",
                                                    "PartialOrd", "Ord", "Hash", "Default"};
    const Node& n = t.node(args);
    for (uint32_t tok = n.first_token + 1; tok + 1 < n.end_token; ++tok) {
      if (t.tokens[tok].kind != TokenKind::Ident) continue;
      std::string_view derive = t.token_text(tok, text(file));
      auto known = std::find(std::begin(kDerives), std::end(kDerives), derive);
      if (known != std::end(kDerives)) {
        result.derives |= 1u << (known - std::begin(kDerives));
        result.derive_spans.push_back({DeriveKind(known - std::begin(kDerives)), t.token_span(tok)});
      } else {
        result.unsupported_derives.push_back({derive, t.token_span(tok)});
      }
    }
  }
  return result;
}

// The module an item is visible in: none for `pub`, the crate root for
// `pub(crate)`, and so on; private items are visible in their own module.
ItemId DefMapBuilder::visibility_of(uint32_t file, NodeId node, ItemId module) {
  const SyntaxTree& t = tree(file);
  // A block is no privacy boundary: a private item in a function body (a
  // method of an `impl` written there) is private to the module around it.
  auto nearest_named = [&](ItemId m) {
    while (m.has_value() && map_.module(m).is_block) m = map_.module(m).parent_module;
    return m;
  };
  NodeId vis = first_child(t, node, NodeKind::Visibility);
  if (vis.is_none()) return nearest_named(module);
  std::vector<NodeId> parts = t.children(vis);
  if (parts.empty()) return ItemId::none();
  if (t.kind(parts[0]) == NodeKind::NameRef) {
    std::string_view word = t.text(parts[0], text(file));
    if (word == "crate") return map_.root();
    if (word == "self") return nearest_named(module);
    if (word == "super") {
      ItemId parent = map_.module(nearest_named(module)).parent_module;
      if (parent.has_value()) return parent;
      // `pub(super)` at the crate root: E0433, and the visibility counts as `pub` (as rustc's).
      Diagnostic d = make_diagnostic(DiagKind::TooManySupers, t.span(parts[0]), {});
      d.with_label("there are too many leading `super` keywords");
      map_.diagnostics.push_back(std::move(d));
      return ItemId::none();
    }
  }
  if (t.kind(parts[0]) == NodeKind::Path) return restricted_visibility(file, parts[0], nearest_named(module));
  return module;
}

// `pub(in path)`: the path names an ancestor module among the modules
// collected so far (a sibling declared later is not found: E0433; one
// declared earlier is no ancestor: E0742). A visibility rustc cannot resolve
// counts as `pub` (its report_vis_error): no privacy error follows.
ItemId DefMapBuilder::restricted_visibility(uint32_t file, NodeId path, ItemId module) {
  const SyntaxTree& t = tree(file);
  std::vector<NodeId> segments = t.children(path);
  std::string_view first = segments.empty() ? std::string_view() : t.text(segments[0], text(file));
  bool relative = first != "crate" && first != "self" && first != "super";
  if (relative && map_.edition != Edition::E2015) {
    Span at = t.span(path);
    Diagnostic d = make_diagnostic(DiagKind::RelativeVisibilityPath, at, {});
    d.with_fix(at, "crate::" + std::string(t.text(path, text(file))), "try", Applicability::MaybeIncorrect);
    map_.diagnostics.push_back(std::move(d));
    return ItemId::none();
  }
  ItemId current = relative ? map_.root() : module;  // 2015: paths start at the crate root
  std::string_view previous;
  for (NodeId seg : segments) {
    std::string_view word = t.text(seg, text(file));
    if (word == "crate") {
      current = map_.root();
    } else if (word == "super") {
      ItemId parent = map_.module(current).parent_module;
      if (parent.has_value()) current = parent;
    } else if (word != "self") {
      auto& types = map_.module(current).names[0];
      auto found = types.find(word);
      bool is_module = found != types.end() && map_.items[found->second.target.item].kind == ItemKind::Module &&
                       found->second.target.crate == map_.crate;
      if (!is_module) {
        report_visibility_path_not_found(t.span(seg), word, std::string(previous), current == map_.root());
        return ItemId::none();
      }
      current = ItemId(found->second.target.item);
    }
    previous = word;
  }
  if (!is_ancestor(current, module)) {
    map_.diagnostics.push_back(make_diagnostic(DiagKind::VisibilityNotAncestor, t.span(path), {}));
    return ItemId::none();
  }
  return current;
}

// Whether `ancestor` is `module` or a module that contains it.
bool DefMapBuilder::is_ancestor(ItemId ancestor, ItemId module) const {
  for (ItemId m = module; m.has_value(); m = map_.module(m).parent_module) {
    if (m == ancestor) return true;
  }
  return false;
}

void DefMapBuilder::report_visibility_path_not_found(Span span, std::string_view name, const std::string& written,
                                                     bool in_root) {
  if (reported_at(DiagKind::CannotFindInPath, span)) return;
  Diagnostic d = make_diagnostic(DiagKind::CannotFindInPath, span, {std::string(name), written});
  d.with_label("could not find `" + std::string(name) + "` in " + (in_root ? std::string("the crate root") : "`" + written + "`"));
  map_.diagnostics.push_back(std::move(d));
}

std::vector<PathSegment> DefMapBuilder::path_segments(uint32_t file, NodeId path) const {
  std::vector<PathSegment> out;
  const SyntaxTree& t = tree(file);
  for (NodeId seg : t.children(path)) {
    NodeId name = seg;
    if (t.kind(seg) == NodeKind::PathSegment) name = first_child(t, seg, NodeKind::NameRef);
    if (name.is_none() || t.kind(name) != NodeKind::NameRef) continue;
    out.push_back(PathSegment{name_text(file, name), t.span(name)});
  }
  return out;
}

}  // namespace sluice
