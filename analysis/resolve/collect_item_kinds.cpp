// Item collection, one function per kind of item (see collect_items.cpp).
#include <algorithm>

#include "analysis/resolve/builder.h"
#include "analysis/resolve/syntax_walk.h"

namespace sluice {

namespace {

bool has_type_generics(const SyntaxTree& tree, NodeId item) {
  NodeId generics = first_child(tree, item, NodeKind::GenericParamList);
  if (generics.is_none()) return false;
  return first_child(tree, generics, NodeKind::TypeParam).has_value() ||
         first_child(tree, generics, NodeKind::ConstParam).has_value();
}

bool has_modifier(const SyntaxTree& tree, NodeId node, ModifierKind modifier) { return tree.has_modifier(node, modifier); }

bool is_item_kind(NodeKind kind) {
  return (kind >= NodeKind::FnItem && kind <= NodeKind::ExternBlock) || kind == NodeKind::MacroRules ||
         kind == NodeKind::MacroDef;
}

}  // namespace

// `fn f<'a, 'a>`: E0403, at the second.
void DefMapBuilder::check_generic_params(uint32_t file, NodeId node) {
  const SyntaxTree& t = tree(file);
  NodeId generics = first_child(t, node, NodeKind::GenericParamList);
  if (generics.is_none()) return;
  std::vector<std::string_view> seen;
  for (NodeId param : t.children(generics)) {
    NodeId name = first_child(t, param, NodeKind::Lifetime);
    if (name.is_none()) name = first_child(t, param, NodeKind::Name);
    if (name.is_none()) continue;
    std::string_view text = t.text(name, this->text(file));
    if (std::find(seen.begin(), seen.end(), text) != seen.end()) {
      Diagnostic d = make_diagnostic(DiagKind::DuplicateGenericParam, t.span(name), {std::string(text)});
      d.with_label("already used");
      map_.diagnostics.push_back(std::move(d));
      continue;
    }
    seen.push_back(text);
  }
}

// The receiver of `fn f(self: T, ..)`, if it has a type written.
static NodeId explicitly_typed_self(const SyntaxTree& t, NodeId fn) {
  NodeId params = first_child(t, fn, NodeKind::ParamList);
  if (params.is_none()) return NodeId::none();
  for (NodeId param : t.children(params)) {
    if (t.kind(param) != NodeKind::Param) continue;
    NodeId self_param = first_child(t, param, NodeKind::SelfParam);
    if (self_param.is_none()) return NodeId::none();
    for (NodeId c : t.children(self_param)) {
      if (t.kind(c) >= NodeKind::PathType && t.kind(c) <= NodeKind::MacroType) return self_param;
    }
    return NodeId::none();
  }
  return NodeId::none();
}

void DefMapBuilder::collect_item(uint32_t file, NodeId node, ItemId module) {
  const SyntaxTree& t = tree(file);
  NodeKind kind = t.kind(node);
  if (!is_item_kind(kind)) return;
  check_generic_params(file, node);
  ItemAttributes attributes = read_attributes(file, node);
  if (!attributes.enabled) return;
  ItemId visible_in = visibility_of(file, node, module);
  NodeId name_node = first_child(t, node, NodeKind::Name);
  std::string_view name = name_node.has_value() ? name_text(file, name_node) : std::string_view();
  Span name_span = name_node.has_value() ? t.span(name_node) : node_span_without_attributes(t, node);
  bool module_level = !map_.module(module).is_block;
  auto unsupported = [&](std::string construct, Namespace ns) {
    report_unsupported(node_span_without_attributes(t, node), std::move(construct));
    ItemId id = add_item(ItemKind::Unsupported, name, module, module, visible_in, file, node, name_span);
    map_.items[id.index].data = static_cast<uint32_t>(map_.unsupported_constructs.size());
    map_.unsupported_constructs.push_back("this item");
    define(module, ns, name, id, name_span);
    return id;
  };
  for (auto& [derive, span] : attributes.unsupported_derives) {
    report_unsupported(span, "the derive macro `" + std::string(derive) + "`");
  }
  switch (kind) {
    case NodeKind::ModItem: {
      NodeId body = first_child(t, node, NodeKind::ItemList);
      if (body.has_value()) {
        ItemId m = add_module(name, module, visible_in, file, node, name_span, false);
        define(module, Namespace::Type, name, m, name_span);
        collect_module_items(file, body, m);
        return;
      }
      uint32_t child = child_file(file, node);
      if (child == UINT32_MAX) {
        // Its file is missing (E0583, reported by stage 1): as in rustc, the
        // crate is still checked, and paths into the module are silent. An
        // opaque item does that: names through it resolve to nothing known.
        ItemId id = add_item(ItemKind::Unsupported, name, module, module, visible_in, file, node, name_span);
        map_.items[id.index].data = static_cast<uint32_t>(map_.unsupported_constructs.size());
        map_.unsupported_constructs.push_back("this module");
        define(module, Namespace::Type, name, id, name_span);
        return;
      }
      NodeId root = tree(child).root();
      ItemId m = add_module(name, module, visible_in, child == UINT32_MAX ? file : child, root, name_span, false);
      // Where rustc points at the module ("is defined here"): its `mod name;`, not its file.
      map_.items[m.index].def_span = t.span_without_attributes(node);
      define(module, Namespace::Type, name, m, name_span);
      if (child != UINT32_MAX) collect_module_items(child, root, m);
      return;
    }
    case NodeKind::FnItem: {
      if (has_type_generics(t, node)) {
        unsupported("generic functions", Namespace::Value);
        return;
      }
      if (t.has_modifier(node, ModifierKind::Async)) {  // its calls are futures: outside every tier
        unsupported("`async` functions", Namespace::Value);
        return;
      }
      check_body_present(file, node, "free function without a body");
      check_no_self_param(file, node);
      ItemId id = add_item(ItemKind::Fn, name, module, module, visible_in, file, node, name_span);
      map_.items[id.index].data = static_cast<uint32_t>(map_.fns.size());
      map_.fns.emplace_back();
      define(module, Namespace::Value, name, id, name_span);
      break;
    }
    case NodeKind::StructItem:
    case NodeKind::EnumItem: {
      bool is_enum = kind == NodeKind::EnumItem;
      if (has_type_generics(t, node)) {
        unsupported(is_enum ? "generic enums" : "generic structs", Namespace::Type);
        return;
      }
      ItemId id = add_item(is_enum ? ItemKind::Enum : ItemKind::Struct, name, module, module, visible_in, file, node,
                           name_span);
      map_.items[id.index].data = static_cast<uint32_t>(map_.adts.size());
      map_.adts.emplace_back();
      map_.adts.back().derives = attributes.derives;
      define(module, Namespace::Type, name, id, name_span);
      if (is_enum) {
        collect_enum(file, node, id, visible_in, attributes);
      } else {
        AdtData& adt = map_.adts.back();
        adt.shape = first_child(t, node, NodeKind::RecordFieldList).has_value()  ? FieldsShape::Named
                    : first_child(t, node, NodeKind::TupleFieldList).has_value() ? FieldsShape::Tuple
                                                                         : FieldsShape::Unit;
        if (adt.shape != FieldsShape::Named) define(module, Namespace::Value, name, id, name_span);
      }
      return;
    }
    case NodeKind::ConstItem:
    case NodeKind::StaticItem: {
      bool is_static = kind == NodeKind::StaticItem;
      if (is_static && has_modifier(t, node, ModifierKind::Mut)) {
        unsupported("`static mut`", Namespace::Value);
        return;
      }
      check_body_present(file, node, is_static ? "free static item without body" : "free constant item without body");
      ItemId id = add_item(is_static ? ItemKind::Static : ItemKind::Const, name, module, module, visible_in, file,
                           node, name_span);
      map_.items[id.index].data = static_cast<uint32_t>(map_.consts.size());
      map_.consts.emplace_back();
      define(module, Namespace::Value, name, id, name_span);
      break;
    }
    case NodeKind::TypeAliasItem: {
      if (has_type_generics(t, node)) {
        unsupported("generic type aliases", Namespace::Type);
        return;
      }
      ItemId id = add_item(ItemKind::TypeAlias, name, module, module, visible_in, file, node, name_span);
      map_.items[id.index].data = static_cast<uint32_t>(map_.type_aliases.size());
      map_.type_aliases.push_back(types_.error());
      define(module, Namespace::Type, name, id, name_span);
      return;
    }
    case NodeKind::ImplItem: {
      int type_count = 0;
      for (NodeId child : t.children(node)) type_count += is_type_kind(t.kind(child)) ? 1 : 0;
      if (type_count > 1) {
        report_unsupported(node_span_without_attributes(t, node), "trait implementations");
        map_.trait_impl_nodes.push_back({file, node.index, module.index});
        return;
      }
      if (has_type_generics(t, node)) {
        report_unsupported(node_span_without_attributes(t, node), "generic impl blocks");
        return;
      }
      collect_impl(file, node, module);
      break;
    }
    case NodeKind::UseItem: collect_use(file, node, module, visible_in); return;
    case NodeKind::TraitItem: unsupported("traits", Namespace::Type); return;
    case NodeKind::TraitAliasItem: unsupported("trait aliases", Namespace::Type); return;
    case NodeKind::UnionItem: unsupported("unions", Namespace::Type); return;
    case NodeKind::ExternCrateItem: report_unsupported(node_span_without_attributes(t, node), "`extern crate`"); return;
    case NodeKind::ExternBlock:
      report_unsupported(node_span_without_attributes(t, node), "`extern` blocks");
      declare_extern_block_items(file, node, module);
      return;
    case NodeKind::MacroRules:
    case NodeKind::MacroDef: unsupported("user-defined macros", Namespace::Macro); return;
    case NodeKind::MacroCall: report_unsupported(node_span_without_attributes(t, node), "macro calls in item position"); return;
    default: return;
  }
  if (module_level) collect_block_modules(file, node, module);
}

// The functions and statics of an `extern` block (outside L1, reported once)
// can still be named: a call of one is indeterminate, not E0425.
void DefMapBuilder::declare_extern_block_items(uint32_t file, NodeId block, ItemId module) {
  const SyntaxTree& t = tree(file);
  NodeId list = first_child(t, block, NodeKind::ItemList);
  if (list.is_none()) return;
  for (NodeId child : t.children(list)) {
    if (t.kind(child) != NodeKind::FnItem && t.kind(child) != NodeKind::StaticItem) continue;
    NodeId name_node = first_child(t, child, NodeKind::Name);
    if (name_node.is_none()) continue;
    std::string_view name = name_text(file, name_node);
    ItemId id = add_item(ItemKind::Unsupported, name, module, module, visibility_of(file, child, module), file, child,
                         t.span(name_node));
    map_.items[id.index].data = static_cast<uint32_t>(map_.unsupported_constructs.size());
    map_.unsupported_constructs.push_back("this item");
    define(module, Namespace::Value, name, id, t.span(name_node));
  }
}

void DefMapBuilder::collect_enum(uint32_t file, NodeId node, ItemId enum_item, ItemId visible_in,
                                 const ItemAttributes& attributes) {
  const SyntaxTree& t = tree(file);
  NodeId list = first_child(t, node, NodeKind::VariantList);
  if (list.is_none()) return;
  ItemId module = map_.items[enum_item.index].module;
  std::vector<std::string_view> seen;
  std::vector<ItemId> marked_default;
  for (NodeId variant : t.children(list)) {
    if (t.kind(variant) != NodeKind::Variant) continue;
    ItemAttributes variant_attributes = read_attributes(file, variant);
    if (!variant_attributes.enabled) continue;
    constexpr std::string_view kShared = "enum variants and their fields always share the visibility of the enum they are in";
    check_no_visibility(file, variant, kShared);
    for (NodeKind list_kind : {NodeKind::TupleFieldList, NodeKind::RecordFieldList}) {
      NodeId fields = first_child(t, variant, list_kind);
      if (fields.is_none()) continue;
      for (NodeId field : t.children(fields)) check_no_visibility(file, field, kShared);
    }
    NodeId name_node = first_child(t, variant, NodeKind::Name);
    if (name_node.is_none()) continue;
    std::string_view name = name_text(file, name_node);
    ItemId id = add_item(ItemKind::Variant, name, enum_item, module, visible_in, file, variant, t.span(name_node));
    map_.items[id.index].data = static_cast<uint32_t>(map_.adts.size());
    AdtData data;
    data.shape = first_child(t, variant, NodeKind::RecordFieldList).has_value()  ? FieldsShape::Named
                 : first_child(t, variant, NodeKind::TupleFieldList).has_value() ? FieldsShape::Tuple
                                                                          : FieldsShape::Unit;
    data.has_discriminant = first_child(t, variant, NodeKind::Discriminant).has_value();
    map_.adts.push_back(std::move(data));
    if (variant_attributes.is_default) marked_default.push_back(id);
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
      Diagnostic d = make_diagnostic(DiagKind::DuplicateDefinition, t.span(name_node), {std::string(name)});
      d.with_label("`" + std::string(name) + "` redefined here");
      map_.diagnostics.push_back(std::move(d));
      continue;
    }
    seen.push_back(name);
    map_.adts[map_.items[enum_item.index].data].variants.push_back(id);
  }
  check_default_variants(file, node, enum_item, attributes, marked_default);
}

// `#[derive(Default)]` on an enum builds the one unit variant marked
// `#[default]`; rustc's derive reports a missing, misplaced or repeated mark.
void DefMapBuilder::check_default_variants(uint32_t file, NodeId node, ItemId enum_item,
                                           const ItemAttributes& attributes, const std::vector<ItemId>& marked) {
  auto derive = std::find_if(attributes.derive_spans.begin(), attributes.derive_spans.end(),
                             [](const auto& d) { return d.first == DeriveKind::Default; });
  if (derive == attributes.derive_spans.end()) return;
  AdtData& adt = map_.adts[map_.items[enum_item.index].data];
  const SyntaxTree& t = tree(file);
  auto is_unit = [&](ItemId v) { return map_.adts[map_.items[v.index].data].shape == FieldsShape::Unit; };
  if (marked.empty()) {
    Diagnostic d = make_diagnostic(DiagKind::DeriveDefaultWithoutDefaultVariant, derive->second, {});
    d.with_secondary(t.span_without_attributes(node), "this enum needs a unit variant marked with `#[default]`");
    for (ItemId v : adt.variants) {
      if (!is_unit(v)) continue;
      Span at = map_.items[v.index].name_span;
      d.with_fix(Span{at.file, at.begin, at.begin}, "#[default] ",
                 "make this unit variant default by placing `#[default]` on it", Applicability::MaybeIncorrect,
                 SuggestionStyle::ShowAlways);
    }
    map_.diagnostics.push_back(std::move(d));
    return;
  }
  if (marked.size() > 1) {
    Diagnostic d = make_diagnostic(DiagKind::MultipleDefaultVariants, derive->second, {});
    d.with_secondary(map_.items[marked[0].index].name_span, "first default");
    for (size_t i = 1; i < marked.size(); ++i) d.with_secondary(map_.items[marked[i].index].name_span, "additional default");
    d.with_note("only one variant can be default");
    map_.diagnostics.push_back(std::move(d));
    return;
  }
  if (!is_unit(marked[0])) {
    Diagnostic d = make_diagnostic(DiagKind::DefaultOnNonUnitVariant, map_.items[marked[0].index].name_span, {});
    d.with_help("consider a manual implementation of `Default`");
    map_.diagnostics.push_back(std::move(d));
    return;
  }
  adt.default_variant = marked[0];
}

// rustc's AST validation: a function needs a body and a const or static a
// value (`fn f();`, `const C: i32;`), with a placeholder to write.
void DefMapBuilder::check_body_present(uint32_t file, NodeId node, std::string_view message) {
  const SyntaxTree& t = tree(file);
  const Node& n = t.node(node);
  if (n.end_token == n.first_token || t.tokens[n.end_token - 1].kind != TokenKind::Semi) return;
  bool is_fn = t.kind(node) == NodeKind::FnItem;
  if (first_child(t, node, is_fn ? NodeKind::BlockExpr : NodeKind::DefaultValue).has_value()) return;
  Span whole = t.span_without_attributes(node);
  Span semi = t.token_span(n.end_token - 1);
  Diagnostic d = make_diagnostic(DiagKind::ItemWithoutBody, Span{whole.file, whole.begin, semi.begin}, {message});
  std::string_view noun = !is_fn && t.kind(node) == NodeKind::StaticItem ? "static" : is_fn ? "function" : "constant";
  d.with_fix(semi, is_fn ? " { <body> }" : " = <expr>;", "provide a definition for the " + std::string(noun),
             Applicability::HasPlaceholders);
  map_.diagnostics.push_back(std::move(d));
}

// rustc's AST validation (E0449): a visibility where the enclosing item's
// decides, on an enum's variant or its fields, or on an `impl`.
void DefMapBuilder::check_no_visibility(uint32_t file, NodeId node, std::string_view why) {
  const SyntaxTree& t = tree(file);
  NodeId vis = first_child(t, node, NodeKind::Visibility);
  if (vis.is_none()) return;
  Diagnostic d = make_diagnostic(DiagKind::VisibilityNotPermitted, t.span(vis), {});
  d.with_fix(t.span(vis), "", "remove the qualifier", Applicability::MachineApplicable, SuggestionStyle::HideCodeInline);
  d.with_note(std::string(why));
  map_.diagnostics.push_back(std::move(d));
}

// `fn f(self)` outside an impl.
void DefMapBuilder::check_no_self_param(uint32_t file, NodeId fn) {
  const SyntaxTree& t = tree(file);
  NodeId params = first_child(t, fn, NodeKind::ParamList);
  if (params.is_none()) return;
  for (NodeId param : t.children(params)) {
    NodeId self_param = first_child(t, param, NodeKind::SelfParam);
    if (self_param.is_none()) continue;
    Diagnostic d = make_diagnostic(DiagKind::SelfParamInFreeFunction, t.span(self_param), {});
    d.with_label("not semantically valid as function parameter");
    d.with_note("associated functions are those in `impl` or `trait` definitions");
    map_.diagnostics.push_back(std::move(d));
  }
}

void DefMapBuilder::collect_impl(uint32_t file, NodeId node, ItemId module) {
  const SyntaxTree& t = tree(file);
  check_no_visibility(file, node, "place qualifiers on individual impl items instead");
  ItemId impl = add_item(ItemKind::Impl, {}, module, module, ItemId::none(), file, node, Span{});
  map_.items[impl.index].data = static_cast<uint32_t>(map_.impls.size());
  map_.impls.emplace_back();
  NodeId list = first_child(t, node, NodeKind::ItemList);
  if (list.is_none()) return;
  for (NodeId member : t.children(list)) {
    NodeKind kind = t.kind(member);
    if (kind != NodeKind::FnItem && kind != NodeKind::ConstItem) {
      if (is_item_kind(kind)) {
        report_unsupported(node_span_without_attributes(t, member), "this kind of associated item");
      }
      continue;
    }
    if (!read_attributes(file, member).enabled) continue;
    NodeId name_node = first_child(t, member, NodeKind::Name);
    if (name_node.is_none()) continue;
    check_generic_params(file, member);
    std::string_view name = name_text(file, name_node);
    ItemId visible_in = visibility_of(file, member, module);
    bool is_fn = kind == NodeKind::FnItem;
    if (is_fn && has_type_generics(t, member)) {
      report_unsupported(node_span_without_attributes(t, member), "generic methods");
      map_.impls[map_.items[impl.index].data].unsupported_members.push_back(name);
      continue;
    }
    if (NodeId typed_self = is_fn ? explicitly_typed_self(t, member) : NodeId::none(); typed_self.has_value()) {
      // `self: &Self`: its body and every call of it are indeterminate, like a generic method's.
      report_unsupported(t.span(typed_self), "explicitly typed `self`");
      map_.impls[map_.items[impl.index].data].unsupported_members.push_back(name);
      continue;
    }
    check_body_present(file, member, is_fn ? "associated function in `impl` without body"
                                            : "associated constant in `impl` without body");
    ItemId id = add_item(is_fn ? ItemKind::Fn : ItemKind::Const, name, impl, module, visible_in, file, member,
                         t.span(name_node));
    if (is_fn) {
      map_.items[id.index].data = static_cast<uint32_t>(map_.fns.size());
      map_.fns.emplace_back();
    } else {
      map_.items[id.index].data = static_cast<uint32_t>(map_.consts.size());
      map_.consts.emplace_back();
    }
    ImplData& data = map_.impls[map_.items[impl.index].data];
    data.items.emplace(name, id);  // a duplicate is E0592, after the signatures (check_duplicate_associated_items)
    data.members.push_back(id);
  }
}

// Blocks with items inside a module-level item become anonymous modules,
// nested as the blocks are. Found by one scan of the item's subtree.
// A block module in one of an impl's functions: the impl (the latest impl
// item collected for its node), its `impl` keyword and its type as written.
void DefMapBuilder::note_enclosing_impl(ModuleData& block, uint32_t file, NodeId impl_node) {
  for (uint32_t i = static_cast<uint32_t>(map_.items.size()); i-- > 0 && block.enclosing_impl.is_none();) {
    const Item& it = map_.items[i];
    if (it.kind == ItemKind::Impl && it.file == file && it.node == impl_node) block.enclosing_impl = ItemId(i);
  }
  const SyntaxTree& t = tree(file);
  Span whole = t.span_without_attributes(impl_node);
  block.impl_keyword = Span{whole.file, whole.begin, whole.begin + 4};
  for (NodeId c : t.children(impl_node)) {
    if (t.kind(c) >= NodeKind::PathType && t.kind(c) <= NodeKind::MacroType) block.impl_type_text = t.text(c, text(file));
  }
}

void DefMapBuilder::collect_block_modules(uint32_t file, NodeId item, ItemId module) {
  const SyntaxTree& t = tree(file);
  uint32_t end = item.index;
  uint32_t begin = end + 1 - t.node(item).subtree_size;
  std::vector<uint32_t> blocks;  // StmtLists that hold items, in postorder
  const Node* nodes = t.nodes.data();
  for (uint32_t i = begin; i < end; ++i) {
    if (nodes[i].kind != NodeKind::StmtList) continue;
    // Any child an item? Walked in place (every body has a StmtList: listing
    // their children was most of this function's cost).
    uint32_t first = i + 1 - nodes[i].subtree_size;
    for (uint32_t child = i; child > first; child -= nodes[child - 1].subtree_size) {
      if (is_item_kind(nodes[child - 1].kind)) {
        blocks.push_back(i);
        break;
      }
    }
  }
  // Outermost first: a block's enclosing block comes later in postorder.
  std::vector<std::pair<uint32_t, ItemId>> made;
  for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) {
    uint32_t block = *it;
    ItemId parent = module;
    uint32_t parent_index = UINT32_MAX;
    for (auto& [other, other_module] : made) {
      uint32_t other_begin = other + 1 - t.nodes[other].subtree_size;
      if (other_begin <= block && block < other && other < parent_index) {
        parent_index = other;
        parent = other_module;
      }
    }
    ItemId m = add_module({}, parent, parent, file, NodeId(block), Span{}, true);
    if (t.kind(item) == NodeKind::ImplItem) note_enclosing_impl(map_.modules[map_.items[m.index].data], file, item);
    map_.block_modules[(uint64_t(file) << 32) | block] = m;
    made.push_back({block, m});
  }
  for (auto& [block, m] : made) collect_module_items(file, NodeId(block), m);
}

void DefMapBuilder::collect_use(uint32_t file, NodeId node, ItemId module, ItemId visible_in) {
  NodeId tree_node = first_child(tree(file), node, NodeKind::UseTree);
  if (tree_node.is_none()) return;
  collect_use_tree(file, tree_node, {}, false, module, visible_in, node_span_without_attributes(tree(file), node));
}

void DefMapBuilder::collect_use_tree(uint32_t file, NodeId tree_node, std::vector<PathSegment> prefix,
                                     bool leading_colons, ItemId module, ItemId visible_in, Span item_span) {
  const SyntaxTree& t = tree(file);
  NodeId path = first_child(t, tree_node, NodeKind::Path);
  if (path.has_value()) {
    if (prefix.empty() && t.tokens[t.node(path).first_token].kind == TokenKind::Colon) leading_colons = true;
    for (PathSegment& s : path_segments(file, path)) prefix.push_back(s);
  } else if (prefix.empty() && t.tokens[t.node(tree_node).first_token].kind == TokenKind::Colon) {
    leading_colons = true;
  }
  NodeId list = first_child(t, tree_node, NodeKind::UseTreeList);
  bool empty_group = list.has_value() && first_child(t, list, NodeKind::UseTree).is_none();
  if (list.has_value() && !empty_group) {
    for (NodeId child : t.children(list)) {
      if (t.kind(child) == NodeKind::UseTree) {
        collect_use_tree(file, child, prefix, leading_colons, module, visible_in, item_span);
      }
    }
    return;
  }
  Import import;
  import.module = module;
  import.span = t.span(tree_node);
  import.item_span = item_span;
  import.visible_in = visible_in;
  import.leading_colons = leading_colons;
  if (empty_group) {
    import.empty_group = true;
  } else if (first_child(t, tree_node, NodeKind::UseGlob).has_value()) {
    import.glob = true;
  } else {
    if (prefix.empty()) return;
    NodeId rename = first_child(t, tree_node, NodeKind::Rename);
    if (prefix.size() == 1 && prefix.back().name == "self" && rename.is_none()) {
      // `use {self};`: a module importing itself needs a name for it.
      Diagnostic d = make_diagnostic(DiagKind::UnnamedSelfImport, prefix.back().span, {});
      Span after{prefix.back().span.file, prefix.back().span.end, prefix.back().span.end};
      d.with_fix(after, " as name", "try renaming it with a name", Applicability::HasPlaceholders,
                 SuggestionStyle::ShowAlways);
      map_.diagnostics.push_back(std::move(d));
      return;
    }
    if (prefix.back().name == "self" && prefix.size() > 1) {
      prefix.pop_back();
      import.self_in_group = true;
    }
    import.binding = prefix.back().name;
    if (rename.has_value()) {
      NodeId name = first_child(t, rename, NodeKind::Name);
      import.binding = name.has_value() ? name_text(file, name) : std::string_view("_");
    }
  }
  import.path = std::move(prefix);
  map_.imports.push_back(std::move(import));
}

}  // namespace sluice
