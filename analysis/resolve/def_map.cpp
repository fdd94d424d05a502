#include "analysis/resolve/def_map.h"

#include <algorithm>

#include "analysis/resolve/builder.h"

namespace sluice {

bool is_derived(const AdtData& adt, DeriveKind kind) { return (adt.derives >> static_cast<uint32_t>(kind)) & 1u; }

std::string item_def_path(const CrateDefMap& map, ItemId id, std::string_view impl_type) {
  const Item& item = map.items[id.index];
  std::string path = module_path(map, item.module);
  if (item.parent.has_value() && map.items[item.parent.index].kind == ItemKind::Impl) {
    if (impl_type.empty()) return "";
    path += (path.empty() ? "" : "::") + std::string(impl_type);
  }
  return path + (path.empty() ? "" : "::") + std::string(item.name);
}

Diagnostic anon_const_failure(Span at, std::string_view message, std::string_view owner, uint32_t index) {
  Diagnostic d = make_diagnostic(DiagKind::ConstEvaluationFailed, at, {message});
  d.with_label("evaluation of `" + std::string(owner) + "::{constant#" + std::to_string(index) + "}` failed here");
  return d;
}

bool has_derives(const CrateDefMap& map, ItemId id) {
  const Item& item = map.items[id.index];
  return (item.kind == ItemKind::Struct || item.kind == ItemKind::Enum) && item.data < map.adts.size() &&
         map.adts[item.data].derives != 0;
}

std::string module_path(const CrateDefMap& map, ItemId module) {
  std::string path;
  for (ItemId m = module; m.has_value() && m != map.root(); m = map.module(m).parent_module) {
    if (map.module(m).is_block) continue;
    path = std::string(map.items[m.index].name) + (path.empty() ? "" : "::") + path;
  }
  return path;
}

uint32_t variant_index(const CrateDefMap& map, ItemId variant) {
  const std::vector<ItemId>& variants = map.adts[map.items[map.items[variant.index].parent.index].data].variants;
  return static_cast<uint32_t>(std::find(variants.begin(), variants.end(), variant) - variants.begin());
}

bool AdtData::is_copy() const { return is_derived(*this, DeriveKind::Copy); }

size_t AdtData::field_index(std::string_view name) const {
  for (size_t i = 0; i < fields.size(); ++i) {
    bool match = shape == FieldsShape::Named ? fields[i].name == name : name == std::to_string(i);
    if (match) return i;
  }
  return fields.size();
}

void CrateDefMap::append_item_waits(uint32_t item, std::vector<uint32_t>& out) const {
  auto first = std::lower_bound(item_waits.begin(), item_waits.end(), std::pair<uint32_t, uint32_t>{item, 0});
  for (auto it = first; it != item_waits.end() && it->first == item; ++it) out.push_back(it->second);
}

CrateDefMap build_def_map(const CrateInput& input, const ResolveContext& context) {
  DefMapBuilder builder(input, context);
  return builder.build();
}

}  // namespace sluice
