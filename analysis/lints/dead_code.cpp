// dead_code: items no live code reaches. Roots are `main` in a binary crate
// and the public items of a library; a body is live when its owner is, and
// what a live body names is live (constructed, for structs and variants;
// read, for fields). Derived impls do not count, as in rustc.
#include <algorithm>

#include "analysis/lints/crate_lints.h"

namespace sluice {

namespace {

// What a library exports: every public name of the root module, and of the
// public modules it reaches, re-exports (`pub use`) included; with the public
// associated items of exported types.
std::vector<bool> exported_items(const CrateDefMap& map) {
  std::vector<bool> exported(map.items.size(), false);
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
        exported[target] = true;
        if (map.items[target].kind == ItemKind::Module) work.push_back(ItemId(target));
      }
    }
  }
  for (uint32_t i = 0; i < map.items.size(); ++i) {
    const Item& item = map.items[i];
    if (item.kind == ItemKind::Variant && exported[item.parent.index]) exported[i] = true;
  }
  for (const auto& [adt, impls] : map.inherent_impls) {
    if (adt.crate != map.crate || !exported[adt.item]) continue;
    for (ItemId impl : impls) {
      for (uint32_t i = impl.index + 1; i < map.items.size(); ++i) {
        if (map.items[i].parent == impl && !map.items[i].visible_in.has_value()) exported[i] = true;
      }
    }
  }
  return exported;
}

struct Liveness {
  std::vector<bool> used, constructed;
  std::vector<bool> named_in_body;  // a struct named by a path in live code counts as constructed, as in rustc
  std::vector<std::vector<bool>> fields_read;  // by item (structs and variants)
};

Liveness compute_liveness(const CrateLintInput& in) {
  const CrateDefMap& map = *in.map;
  size_t n = map.items.size();
  Liveness live;
  live.used.assign(n, false);
  live.constructed.assign(n, false);
  live.named_in_body.assign(n, false);
  live.fields_read.resize(n);
  std::vector<const BodyResult*> body_of(n, nullptr);
  for (const BodyResult* b : in.bodies) body_of[b->owner.index] = b;
  std::vector<uint32_t> work;
  auto mark = [&](uint32_t item) {
    if (item >= n || live.used[item]) return;
    live.used[item] = true;
    work.push_back(item);
  };
  std::vector<bool> exported = in.is_bin ? std::vector<bool>(n, false) : exported_items(map);
  for (uint32_t i = 0; i < n; ++i) {
    const Item& item = map.items[i];
    bool root = in.is_bin ? (item.kind == ItemKind::Fn && item.name == "main" && item.parent == map.root())
                          : exported[i];
    if (root) {
      mark(i);
      if (!in.is_bin && (item.kind == ItemKind::Struct || item.kind == ItemKind::Variant)) live.constructed[i] = true;
    }
    if (!in.is_bin && item.kind == ItemKind::Enum && root) {
      for (ItemId v : map.adts[item.data].variants) live.constructed[v.index] = true;
    }
  }
  std::vector<std::vector<uint32_t>> signature_uses(n);
  for (auto [owner, item] : map.signature_uses) {
    if (owner < n) signature_uses[owner].push_back(item);
  }
  while (!work.empty()) {
    uint32_t owner = work.back();
    work.pop_back();
    for (uint32_t item : signature_uses[owner]) mark(item);
    const BodyResult* body = body_of[owner];
    if (body == nullptr) continue;
    for (uint32_t item : body->used_items) {
      mark(item);
      live.named_in_body[item] = true;
    }
    for (uint32_t item : body->constructed_items) {
      mark(item);
      live.constructed[item] = true;
    }
    for (auto [item, field] : body->read_fields) {
      if (live.fields_read[item].size() <= field) live.fields_read[item].resize(field + 1, false);
      live.fields_read[item][field] = true;
    }
  }
  // A library's public fields are read from outside.
  if (!in.is_bin) {
    for (uint32_t i = 0; i < n; ++i) {
      const Item& item = map.items[i];
      if ((item.kind != ItemKind::Struct && item.kind != ItemKind::Variant) || !exported[i]) continue;
      const AdtData& adt = map.adts[item.data];
      live.fields_read[i].resize(adt.fields.size(), false);
      for (size_t f = 0; f < adt.fields.size(); ++f) {
        if (item.kind == ItemKind::Variant || !adt.fields[f].visible_in.has_value()) live.fields_read[i][f] = true;
      }
    }
  }
  return live;
}

bool field_read(const Liveness& live, uint32_t item, size_t field) {
  return field < live.fields_read[item].size() && live.fields_read[item][field];
}

void report_fields(const CrateDefMap& map, const Liveness& live, uint32_t item, std::vector<Diagnostic>& out) {
  const AdtData& adt = map.adts[map.items[item].data];
  std::vector<std::string_view> names;
  Span first;
  std::vector<std::string> numbered;
  numbered.reserve(adt.fields.size());
  for (size_t f = 0; f < adt.fields.size(); ++f) {
    numbered.push_back(std::to_string(f));
    if (field_read(live, item, f)) continue;
    std::string_view name = adt.shape == FieldsShape::Named ? adt.fields[f].name : std::string_view(numbered.back());
    if (name.starts_with("_")) continue;
    if (names.empty()) first = adt.fields[f].span;
    names.push_back(name);
  }
  if (names.empty()) return;
  std::string message = (names.size() == 1 ? "field " : "fields ") + list_in_backticks(names) +
                        (names.size() == 1 ? " is never read" : " are never read");
  out.push_back(make_diagnostic(DiagKind::DeadCodeItem, first, {message}));
}

std::string_view assoc_word(const CrateDefMap& map, const Item& item, bool plural) {
  if (item.kind == ItemKind::Const) return plural ? "associated constants" : "associated constant";
  bool method = map.fns[item.data].self != SelfParamKind::None;
  if (method) return plural ? "methods" : "method";
  return plural ? "associated functions" : "associated function";
}

void report_impl(const CrateDefMap& map, const Liveness& live, uint32_t impl, std::vector<Diagnostic>& out) {
  std::vector<uint32_t> dead;
  for (uint32_t i = impl + 1; i < map.items.size(); ++i) {
    const Item& item = map.items[i];
    if (item.parent != ItemId(impl)) continue;
    if ((item.kind == ItemKind::Fn || item.kind == ItemKind::Const) && !live.used[i] && !item.name.starts_with("_")) {
      dead.push_back(i);
    }
  }
  if (dead.empty()) return;
  std::vector<std::string_view> names;
  std::string_view word = assoc_word(map, map.items[dead[0]], dead.size() > 1);
  for (uint32_t i : dead) {
    names.push_back(map.items[i].name);
    if (assoc_word(map, map.items[i], dead.size() > 1) != word) word = "associated items";
  }
  std::string message = std::string(word) + " " + list_in_backticks(names) + (dead.size() == 1 ? " is never used" : " are never used");
  out.push_back(make_diagnostic(DiagKind::DeadCodeItem, map.items[dead[0]].name_span, {message}));
}

}  // namespace

std::vector<Diagnostic> dead_code_lints(const CrateLintInput& in) {
  const CrateDefMap& map = *in.map;
  Liveness live = compute_liveness(in);
  std::vector<Diagnostic> out;
  for (uint32_t i = 0; i < map.items.size(); ++i) {
    const Item& item = map.items[i];
    if (!item.name_span.file.has_value() && item.kind != ItemKind::Impl) continue;
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
        if (!live.constructed[i] && !live.named_in_body[i]) {
          report("struct " + name + " is never constructed");
        } else {
          report_fields(map, live, i, out);
        }
        break;
      case ItemKind::Enum: {
        if (exempt) break;
        if (!live.used[i]) {
          report("enum " + name + " is never used");
          break;
        }
        std::vector<std::string_view> names;
        Span first;
        for (ItemId v : map.adts[item.data].variants) {
          if (live.constructed[v.index] || map.items[v.index].name.starts_with("_")) continue;
          if (names.empty()) first = map.items[v.index].name_span;
          names.push_back(map.items[v.index].name);
        }
        if (!names.empty()) {
          std::string message = (names.size() == 1 ? "variant " : "variants ") + list_in_backticks(names) +
                                (names.size() == 1 ? " is never constructed" : " are never constructed");
          out.push_back(make_diagnostic(DiagKind::DeadCodeItem, first, {message}));
        }
        for (ItemId v : map.adts[item.data].variants) {
          if (live.constructed[v.index] && map.adts[map.items[v.index].data].shape == FieldsShape::Named) {
            report_fields(map, live, v.index, out);
          }
        }
        break;
      }
      case ItemKind::Impl: report_impl(map, live, i, out); break;
      default: break;
    }
  }
  return out;
}

}  // namespace sluice
