#include "analysis/builtin/builtin_std.h"

#include <string>

namespace sluice {

namespace {

class StdBuilder {
 public:
  explicit StdBuilder(TypeStore& types) : types_(types) {
    map_.crate = ItemRef::kStdCrate;
    map_.name = "std";
    add_module("", ItemId::none());                     // 0: the crate root
    add_module("prelude", ItemId(0));                   // 1: kStdPreludeModule
    add_unsupported("", ItemId(0), "this part of the standard library");  // 2: kStdOpaqueItem
  }

  ItemId add_module(std::string_view name, ItemId parent) {
    ItemId id = add_item(ItemKind::Module, name, parent);
    map_.items[id.index].data = static_cast<uint32_t>(map_.modules.size());
    ModuleData data;
    data.item = id;
    data.parent_module = parent;
    map_.modules.push_back(std::move(data));
    if (parent.has_value()) define(parent, Namespace::Type, name, id);
    return id;
  }

  ItemId add_unsupported(std::string_view name, ItemId module, std::string_view construct,
                         Namespace ns = Namespace::Type) {
    ItemId id = add_item(ItemKind::Unsupported, name, module);
    map_.items[id.index].data = static_cast<uint32_t>(map_.unsupported_constructs.size());
    map_.unsupported_constructs.push_back(name.empty() ? std::string(construct) : "`" + std::string(name) + "`");
    if (!name.empty()) define(module, ns, name, id);
    return id;
  }

  void add_fn(ItemId module, std::string_view name, std::vector<TypeId> params, TypeId ret) {
    ItemId id = add_item(ItemKind::Fn, name, module);
    map_.items[id.index].data = static_cast<uint32_t>(map_.fns.size());
    FnData fn;
    fn.params = std::move(params);
    fn.param_spans.resize(fn.params.size());
    fn.ret = ret;
    map_.fns.push_back(std::move(fn));
    define(module, Namespace::Value, name, id);
  }

  void add_const(ItemId module, std::string_view name, TypeId type) {
    ItemId id = add_item(ItemKind::Const, name, module);
    map_.items[id.index].data = static_cast<uint32_t>(map_.consts.size());
    map_.consts.push_back(ConstData{type, {}});
    define(module, Namespace::Value, name, id);
  }

  CrateDefMap take() { return std::move(map_); }
  TypeStore& types() { return types_; }

 private:
  ItemId add_item(ItemKind kind, std::string_view name, ItemId parent) {
    ItemId id(static_cast<uint32_t>(map_.items.size()));
    Item item;
    item.kind = kind;
    item.name = name;
    item.parent = parent;
    item.module = kind == ItemKind::Module ? id : parent;
    map_.items.push_back(item);
    return id;
  }

  void define(ItemId module, Namespace ns, std::string_view name, ItemId id) {
    map_.modules[map_.items[module.index].data].names[static_cast<size_t>(ns)].emplace(
        name, Binding{ItemRef{ItemRef::kStdCrate, id.index}, ItemId::none()});
  }

  TypeStore& types_;
  CrateDefMap map_;
};

// Float constants of std::f32::consts and std::f64::consts (rustc 1.95).
constexpr std::string_view kFloatConsts[] = {
    "E", "FRAC_1_PI", "FRAC_1_SQRT_2", "FRAC_2_PI", "FRAC_2_SQRT_PI", "FRAC_PI_2", "FRAC_PI_3", "FRAC_PI_4",
    "FRAC_PI_6", "FRAC_PI_8", "LN_10", "LN_2", "LOG10_2", "LOG10_E", "LOG2_10", "LOG2_E", "PI", "SQRT_2", "TAU"};

// Prelude names outside tier L1 (Rust 2021 prelude), by namespace.
constexpr std::string_view kPreludeTypes[] = {"Option", "Result", "Vec", "String", "Box", "ToString", "ToOwned",
                                              "Iterator", "IntoIterator", "DoubleEndedIterator", "ExactSizeIterator",
                                              "Extend", "Drop", "Fn", "FnMut", "FnOnce", "From", "Into", "TryFrom",
                                              "TryInto", "FromIterator", "AsRef", "AsMut", "Send", "Sync", "Sized",
                                              "Unpin", "Clone", "Copy", "Debug", "Default", "Eq", "Hash", "Ord",
                                              "PartialEq", "PartialOrd"};
constexpr std::string_view kPreludeValues[] = {"Some", "None", "Ok", "Err", "drop"};

// std modules L1 programs name only for items outside L1.
constexpr std::pair<std::string_view, std::string_view> kUnsupportedStdTypes[] = {
    {"collections", "HashMap"}, {"collections", "HashSet"}, {"collections", "BTreeMap"},
    {"collections", "BTreeSet"}, {"collections", "VecDeque"}, {"fmt", "Display"}, {"fmt", "Debug"},
    {"fmt", "Formatter"}, {"fmt", "Result"}, {"cmp", "Ordering"}, {"rc", "Rc"}, {"cell", "RefCell"},
    {"cell", "Cell"}, {"io", "Write"}, {"io", "Read"}, {"ops", "Add"}, {"ops", "Sub"}, {"ops", "Mul"},
    {"ops", "Index"}};

}  // namespace

CrateDefMap build_std_def_map(TypeStore& types) {
  StdBuilder b(types);
  ItemId prelude(kStdPreludeModule);
  for (std::string_view name : kPreludeTypes) b.add_unsupported(name, prelude, "this part of the standard library");
  for (std::string_view name : kPreludeValues) {
    b.add_unsupported(name, prelude, "this part of the standard library", Namespace::Value);
  }
  ItemId process = b.add_module("process", ItemId(0));
  b.add_fn(process, "exit", {types.int_type(IntKind::I32)}, types.never());
  for (FloatKind kind : {FloatKind::F32, FloatKind::F64}) {
    ItemId float_module = b.add_module(float_name(kind), ItemId(0));
    ItemId consts = b.add_module("consts", float_module);
    for (std::string_view name : kFloatConsts) b.add_const(consts, name, types.float_type(kind));
  }
  std::vector<std::pair<std::string_view, ItemId>> modules;
  for (auto [module_name, item] : kUnsupportedStdTypes) {
    ItemId module;
    for (auto& [name, id] : modules) {
      if (name == module_name) module = id;
    }
    if (module.is_none()) {
      module = b.add_module(module_name, ItemId(0));
      modules.push_back({module_name, module});
    }
    b.add_unsupported(item, module, "this part of the standard library");
  }
  return b.take();
}

}  // namespace sluice
