#include "analysis/builtin/builtin_std.h"

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "analysis/resolve/paths.h"

namespace sluice {

namespace {

std::vector<std::string_view> split_params(std::string_view params) {
  std::vector<std::string_view> out;
  while (!params.empty()) {
    size_t comma = params.find(',');
    std::string_view part = params.substr(0, comma);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    if (!part.empty()) out.push_back(part);
    if (comma == std::string_view::npos) break;
    params.remove_prefix(comma + 1);
  }
  return out;
}

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
    map_.unsupported_constructs.push_back(construct.empty() ? "`" + std::string(name) + "`"
                                          : name.empty()    ? std::string(construct)
                                                            : "`" + std::string(construct) + "`");
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

  // A type alias, as the primitive types' names in std::primitive are.
  void add_type(ItemId module, std::string_view name, TypeId type) {
    ItemId id = add_item(ItemKind::TypeAlias, name, module);
    map_.items[id.index].data = static_cast<uint32_t>(map_.type_aliases.size());
    map_.type_aliases.push_back(type);
    define(module, Namespace::Type, name, id);
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

enum class TableNamespace : uint8_t { Type, Value, Macro };

struct StdModuleEntry { std::string_view path; };
struct StdFnEntry { std::string_view module, name, params, result; };
struct StdConstEntry { std::string_view module, name, type; };
struct StdTypeEntry { std::string_view module, name, type; };
struct StdUnsupportedEntry { std::string_view module, name; TableNamespace ns; std::string_view construct; };
struct PreludeEntry { std::string_view name; TableNamespace ns; };

#define Type TableNamespace::Type
#define Value TableNamespace::Value
#define Macro TableNamespace::Macro
constexpr StdModuleEntry kModules[] = {
#define SLUICE_STD_MODULE(path) {path},
#include "analysis/builtin/std_items.def"
#undef SLUICE_STD_MODULE
};
constexpr StdFnEntry kFns[] = {
#define SLUICE_STD_FN(module, name, params, result) {module, name, params, result},
#include "analysis/builtin/std_items.def"
#undef SLUICE_STD_FN
};
constexpr StdConstEntry kConsts[] = {
#define SLUICE_STD_CONST(module, name, type) {module, name, type},
#include "analysis/builtin/std_items.def"
#undef SLUICE_STD_CONST
};
constexpr StdTypeEntry kTypes[] = {
#define SLUICE_STD_TYPE(module, name, type) {module, name, type},
#include "analysis/builtin/std_items.def"
#undef SLUICE_STD_TYPE
};
constexpr StdUnsupportedEntry kUnsupported[] = {
#define SLUICE_STD_UNSUPPORTED(module, name, ns, construct) {module, name, ns, construct},
#include "analysis/builtin/std_items.def"
#undef SLUICE_STD_UNSUPPORTED
};
constexpr PreludeEntry kPrelude[] = {
#define SLUICE_PRELUDE_UNSUPPORTED(name, ns) {name, ns},
#include "analysis/builtin/std_items.def"
#undef SLUICE_PRELUDE_UNSUPPORTED
};
#undef Type
#undef Value
#undef Macro

Namespace namespace_of(TableNamespace ns) {
  return ns == TableNamespace::Type ? Namespace::Type : ns == TableNamespace::Value ? Namespace::Value : Namespace::Macro;
}

TypeId parse_simple_type(TypeStore& types, std::string_view text) {
  if (text == "!") return types.never();
  if (text == "()") return types.unit();
  if (text == "&str") return types.ref_str();
  TypeId primitive = primitive_type(types, text);
  return primitive.has_value() ? primitive : types.error();
}

}  // namespace

// std's modules come from the tables; a module the tables list the contents
// of is complete (an unknown name in it is an error, as in rustc), while an
// item outside L1 says "not supported" wherever it is named.
CrateDefMap build_std_def_map(TypeStore& types) {
  StdBuilder b(types);
  std::unordered_map<std::string, ItemId> modules;
  modules["std"] = ItemId(0);
  std::function<ItemId(std::string_view)> module = [&](std::string_view path) -> ItemId {
    auto found = modules.find(std::string(path));
    if (found != modules.end()) return found->second;
    size_t sep = path.rfind("::");
    ItemId parent = sep == std::string_view::npos ? ItemId(0) : module(path.substr(0, sep));
    ItemId id = b.add_module(sep == std::string_view::npos ? path : path.substr(sep + 2), parent);
    modules[std::string(path)] = id;
    return id;
  };
  for (const StdModuleEntry& m : kModules) module(m.path);
  for (const StdFnEntry& f : kFns) module(f.module);
  for (const StdConstEntry& c : kConsts) module(c.module);
  for (const StdTypeEntry& t : kTypes) module(t.module);
  for (const StdUnsupportedEntry& u : kUnsupported) module(u.module);
  ItemId prelude(kStdPreludeModule);
  for (const PreludeEntry& p : kPrelude) {
    // A variant stands for its enum: `Some` is the `Option` construct.
    std::string_view construct = p.name == "Some" || p.name == "None" ? "Option"
                                 : p.name == "Ok" || p.name == "Err" ? "Result"
                                                                     : std::string_view();
    b.add_unsupported(p.name, prelude, construct, namespace_of(p.ns));
  }
  for (const StdFnEntry& f : kFns) {
    std::vector<TypeId> params;
    for (std::string_view param : split_params(f.params)) params.push_back(parse_simple_type(types, param));
    b.add_fn(module(f.module), f.name, std::move(params), parse_simple_type(types, f.result));
  }
  for (const StdConstEntry& c : kConsts) b.add_const(module(c.module), c.name, parse_simple_type(types, c.type));
  for (const StdTypeEntry& t : kTypes) b.add_type(module(t.module), t.name, parse_simple_type(types, t.type));
  for (const StdUnsupportedEntry& u : kUnsupported) {
    std::string full = std::string(u.module) + "::" + std::string(u.name);
    if (u.ns == TableNamespace::Type && modules.count(full)) continue;  // a module whose contents are listed
    b.add_unsupported(u.name, module(u.module), u.construct, namespace_of(u.ns));
  }
  return b.take();
}

}  // namespace sluice
