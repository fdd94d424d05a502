// private_interfaces, as rustc 1.95 words it (checked on functions, methods,
// associated functions, consts, statics and named and tuple fields):
//
//   warning: type `Hidden` is more private than the item `parser::take`
//     |     pub fn take(_h: Hidden) {}
//     |     ^^^^^^^^^^^^^^^^^^^^^^^ function `parser::take` is reachable at visibility `pub(crate)`
//   note: but type `Hidden` is only usable at visibility `pub(self)`
//
// The leaks themselves are found with the signatures (CrateDefMap::
// interface_leaks); this file words them. A binary's items are reachable
// from no further than its crate root.
#include <algorithm>

#include "analysis/lints/crate_lints.h"
#include "analysis/resolve/syntax_walk.h"

namespace sluice {

namespace {

// rustc trims an item's path to its name where that name is unique among
// every crate's public items. These names of std's free functions are not
// (`std::mem::take`, `std::cmp::max`): an item so named keeps its module path.
constexpr std::string_view kStdFunctionNames[] = {
    "abort", "args",  "black_box", "copy",  "current", "drop", "empty", "exit",    "from_fn",  "identity",
    "max",   "min",   "null",      "once",  "park",    "read", "repeat", "replace", "sink",     "sleep",
    "spawn", "stdin", "stderr",    "stdout", "swap",   "take", "var",    "write",   "zip",      "id"};

bool name_is_shared(const CrateDefMap& map, const Item& item) {
  if (std::find(std::begin(kStdFunctionNames), std::end(kStdFunctionNames), item.name) != std::end(kStdFunctionNames)) {
    return true;
  }
  return std::count_if(map.items.begin(), map.items.end(), [&](const Item& other) {
           return other.name == item.name && other.file != UINT32_MAX;
         }) > 1;
}

// `swap_all`, `shop::max`, `Cart::price`, `Item::0`.
std::string leak_item_name(const CrateDefMap& map, const CrateDefMap::InterfaceLeak& leak) {
  const Item& item = map.items[leak.item];
  if (leak.field != UINT32_MAX) {
    std::string_view field = map.adts[item.data].fields[leak.field].name;
    return std::string(item.name) + "::" + (field.empty() ? std::to_string(leak.field) : std::string(field));
  }
  const Item& parent = map.items[item.parent.index];
  if (parent.kind == ItemKind::Impl) {
    for (const auto& [adt, impls] : map.inherent_impls) {
      if (std::find(impls.begin(), impls.end(), item.parent) != impls.end() && adt.crate == map.crate) {
        return std::string(map.items[adt.item].name) + "::" + std::string(item.name);
      }
    }
  }
  std::string path = name_is_shared(map, item) ? module_path(map, item.module) : std::string();
  return path + (path.empty() ? "" : "::") + std::string(item.name);
}

std::string_view leak_item_kind(const CrateDefMap& map, const CrateDefMap::InterfaceLeak& leak) {
  if (leak.field != UINT32_MAX) return "field";
  const Item& item = map.items[leak.item];
  if (item.kind == ItemKind::Const) return "constant";
  if (item.kind == ItemKind::Static) return "static";
  if (map.items[item.parent.index].kind != ItemKind::Impl) return "function";
  return map.fns[item.data].self == SelfParamKind::None ? "associated function" : "method";
}

// `pub`, `pub(crate)`, `pub(self)` (seen from `home`), `pub(in crate::a)`.
std::string visibility_text(const CrateDefMap& map, ItemId scope, ItemId home) {
  if (scope.is_none()) return "pub";
  if (scope == map.root()) return "pub(crate)";
  if (scope == home) return "pub(self)";
  return "pub(in crate::" + module_path(map, scope) + ")";
}

// Where rustc points: a function's signature, a const's or static's head
// (to its type), a field whole; the type's head (`struct Hidden`).
Span item_head(const CrateFile& file, const CrateDefMap& map, const CrateDefMap::InterfaceLeak& leak) {
  const SyntaxTree& t = *file.tree;
  const Item& item = map.items[leak.item];
  Span whole = t.span_without_attributes(item.node);
  if (leak.field != UINT32_MAX) {
    uint32_t index = 0;
    for (NodeKind list_kind : {NodeKind::RecordFieldList, NodeKind::TupleFieldList}) {
      NodeId list = first_child(t, item.node, list_kind);
      if (list.is_none()) continue;
      for (NodeId field : t.children(list)) {
        if (index++ == leak.field) return t.span_without_attributes(field);
      }
    }
    return item.name_span;
  }
  if (item.kind == ItemKind::Fn) return t.def_span(item.node);
  for (NodeId child : t.children(item.node)) {
    if (t.kind(child) >= NodeKind::PathType && t.kind(child) <= NodeKind::MacroType) {
      return Span{whole.file, whole.begin, t.span(child).end};
    }
  }
  return whole;
}

}  // namespace

std::vector<Diagnostic> private_interface_lints(const CrateLintInput& in) {
  const CrateDefMap& map = *in.map;
  std::vector<Diagnostic> out;
  for (const CrateDefMap::InterfaceLeak& leak : map.interface_leaks) {
    ItemId reachable = leak.reachable.is_none() && in.is_bin ? map.root() : leak.reachable;
    const Item& item = map.items[leak.item];
    const Item& type = map.items[leak.type.item];
    // A binary's `pub` reaches no further than the crate: a `pub(crate)` type is enough there.
    if (type.visible_in == map.root() && reachable == map.root()) continue;
    if (item.file >= in.input->files.size() || type.file >= in.input->files.size()) continue;
    const CrateFile& item_file = in.input->files[item.file];
    const CrateFile& type_file = in.input->files[type.file];
    if (item_file.tree == nullptr || type_file.tree == nullptr) continue;
    std::string name = leak_item_name(map, leak);
    std::string type_name(type.name);
    Diagnostic d = make_diagnostic(DiagKind::PrivateInterfaces, item_head(item_file, map, leak), {type_name, name});
    d.with_label(std::string(leak_item_kind(map, leak)) + " `" + name + "` is reachable at visibility `" +
                 visibility_text(map, reachable, item.module) + "`");
    Span type_head = type_file.tree->span_without_attributes(type.node);
    if (type.name_span.end > type_head.begin) type_head.end = type.name_span.end;
    d.with_note_at(type_head, "but type `" + type_name + "` is only usable at visibility `" +
                                  visibility_text(map, type.visible_in, type.module) + "`");
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace sluice
