// Path resolution (see resolve_paths.cpp). One PathResolver serves one crate
// (its def map may still be under construction, during stage 2); it only
// reads, so any number may run at once on different threads.
#pragma once

#include <optional>

#include "analysis/resolve/resolve.h"

namespace sluice {

// `i32`, `str`, ...: the primitive type a name stands for, or none.
TypeId primitive_type(TypeStore& types, std::string_view name);
// "function", "struct", ... as rustc names kinds of items in messages.
std::string_view item_kind_word(const Item& item);

// E0433 for `::name` (2018 on), whose first segment can only be a crate:
// "cannot find `q` in the crate root", the name among the linked crates.
Diagnostic extern_crate_not_found(Span segment, std::string_view name, bool in_import);
std::string not_among_extern_crates(std::string_view name);  // that label
// rustc takes a capitalised first segment that names nothing for a type
// (`Suits::Clubs`, `use Light::*`): "use of undeclared type".
bool looks_like_type(std::string_view name);

// E0107 for arguments in `<...>` on the last segment of `path` naming a
// struct, enum or type alias that has no parameters: `Meters<f64>`, or
// `Mark<'static>` when `item_tree` (the item's own file) shows it has no
// lifetime parameters. Every struct, enum and alias of L1 has no type
// parameters (generic ones are outside it). False when not such a case.
bool report_extra_generic_args(const SyntaxTree& tree, NodeId path, const Item& item, const SyntaxTree* item_tree,
                               std::vector<Diagnostic>& out);

class PathResolver {
 public:
  // How rustc names an item reached in the value namespace ("unit struct",
  // "tuple variant", with `constructor` "tuple struct constructor").
  std::string value_kind_word(ItemRef ref, bool constructor) const;
  PathResolver(const DefMaps& maps, const CrateDefMap& crate, const std::vector<ExternCrate>& externs,
               TypeStore& types)
      : maps_(maps), crate_(crate), externs_(externs), types_(types) {}

  PathResolution resolve(const PathQuery& query, std::vector<Diagnostic>& diagnostics) const;
  // When set, every import of this crate a resolution goes through is
  // appended here (for the unused_imports lint).
  void record_used_imports(std::vector<uint32_t>* out) { used_imports_ = out; }
  // When set, every item of this crate a resolution names or passes through.
  void record_used_items(std::vector<uint32_t>* out) { used_items_ = out; }
  // When set, every unsettled dependency a path led into is appended here.
  void record_waits(std::vector<uint32_t>* out) { waits_ = out; }
  // False for a dependency whose interface does not exist yet.
  bool settled(uint32_t crate) const { return crate == crate_.crate || map_of(crate) != nullptr; }
  void note_item(ItemRef item) const {
    if (used_items_ != nullptr && item.crate == crate_.crate) used_items_->push_back(item.item);
  }

  const CrateDefMap* map_of(uint32_t crate) const;
  const Item& item(ItemRef ref) const;
  const Binding* lookup_in_module(ItemRef module, Namespace ns, std::string_view name) const;
  bool is_accessible(uint32_t owner_crate, ItemId visible_in, ItemId from) const;
  ItemId nearest_named_module(ItemId module) const;
  std::optional<ItemRef> extern_crate_root(std::string_view name) const;

  // An import's first segment that names a struct or enum with `#[derive]`
  // (an item rustc's expansion produces) in `scope`, while std's prelude has
  // a type of that name: rustc cannot tell which the import means (E0659,
  // "a macro-expanded name and a less macro-expanded name from outer scope").
  // The item, or none.
  ItemRef derived_item_shadowing_prelude(std::string_view name, ItemId scope) const;
  // A use of a name two globs of one module bring with different items (E0659; a lint across crates).
  void report_glob_ambiguity(const PathSegment& segment, Namespace ns, const Binding& binding, bool quiet,
                             std::vector<Diagnostic>& diagnostics) const;

 private:
  struct FirstSegment {
    ItemRef item;
    TypeId primitive;
    bool self_type = false;
    bool failed = false;  // reported
    uint32_t unsettled = ItemRef::kNone;  // indeterminate: the crate it waits on
  };
  PathResolution indeterminate(uint32_t crate) const;
  uint32_t unsettled_glob_crate(ItemRef module) const;
  FirstSegment resolve_first(const PathQuery& query, Namespace ns, std::vector<Diagnostic>& diagnostics) const;
  ItemRef report_not_found(const PathQuery& query, uint32_t index, ItemRef parent,
                           std::vector<Diagnostic>& diagnostics) const;
  bool suggest_similar_type(Diagnostic& d, const PathQuery& query, const PathSegment& segment,
                            bool point_at_definition) const;
  bool report_self_from_outer_impl(const PathQuery& query, std::vector<Diagnostic>& diagnostics) const;
  PathResolution unsupported(ItemRef item, Span span, uint32_t consumed, bool quiet,
                             std::vector<Diagnostic>& diagnostics) const;

  const DefMaps& maps_;
  const CrateDefMap& crate_;
  const std::vector<ExternCrate>& externs_;
  TypeStore& types_;
  std::vector<uint32_t>* used_imports_ = nullptr;
  std::vector<uint32_t>* used_items_ = nullptr;
  std::vector<uint32_t>* waits_ = nullptr;
  void note_binding(ItemRef module, const Binding* binding) const {
    if (used_imports_ != nullptr && binding != nullptr && binding->import != UINT32_MAX && module.crate == crate_.crate) {
      used_imports_->push_back(binding->import);
      if (binding->via_import != UINT32_MAX) used_imports_->push_back(binding->via_import);
    }
  }
};

}  // namespace sluice
