// Stage 2 of a crate: its items, module scopes with imports resolved, and
// the signatures of its items, as one immutable value (the crate's "def
// map"). Dependents and the body checker read only this, never the bodies.
//
// Every item of a crate gets an ItemId, an index into `items`; an item of any
// crate is an ItemRef (crate number + ItemId). Names are string_views into
// the crate's source text (owned by the SourceMap, which outlives every
// stage) or into static tables (the built-in std).
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analysis/base/id.h"
#include "analysis/base/item_ref.h"
#include "analysis/diag/diagnostic.h"
#include "analysis/parse/syntax_tree.h"
#include "analysis/resolve/const_int.h"
#include "analysis/types/types.h"

namespace sluice {

struct ItemTag;
using ItemId = Id<ItemTag>;

enum class ItemKind : uint8_t {
  Module,       // a `mod`, a crate root, or a block with items (anonymous)
  Fn,           // a free function or an associated function (parent: its impl)
  Struct,
  Enum,
  Variant,      // parent: its enum
  Const,        // a free or associated const
  Static,
  TypeAlias,
  Impl,         // an inherent impl block
  Unsupported,  // something outside tier L1 that can still be named (a trait, a generic fn, std's Vec)
  Derive,       // a built-in derive macro (std only)
};

enum class Namespace : uint8_t { Type, Value, Macro };

// Struct and variant shapes: `S { a: T }`, `S(T)`, `S`.
enum class FieldsShape : uint8_t { Named, Tuple, Unit };

enum class SelfParamKind : uint8_t { None, Value, Ref, RefMut };

struct Item {
  ItemKind kind = ItemKind::Module;
  std::string_view name;  // empty for impls and the crate root
  ItemId parent;          // the enclosing module; for variants the enum, for associated items the impl
  ItemId module;          // the nearest enclosing module (itself for a module)
  ItemId visible_in;      // visible in this module and below; none for `pub`
  uint32_t file = UINT32_MAX;  // index into the crate's files; UINT32_MAX for std
  NodeId node;            // the item's node in that file
  Span name_span;
  // Where rustc's notes about the item point ("the function `f` is defined
  // here"): `fn f(..) -> T`, `struct S`, `mod m`, or the whole `const C: T = v;`.
  Span def_span;
  uint32_t data = UINT32_MAX;  // index into the kind's table (modules, fns, adts, ...), when it has one
};

struct Binding {
  ItemRef target;
  ItemId visible_in;   // the binding's own visibility (an import's `pub`); none for pub
  uint32_t import = UINT32_MAX;  // index into imports when bound by `use`
  // A glob's copy of a name another import of this crate brought into the
  // globbed module (`use super::*` of a `use dep::*`): using the copy uses
  // that import too. This crate's maps only.
  uint32_t via_import = UINT32_MAX;
  // A second glob of the same module that brings another item of this name:
  // a use of the name is ambiguous (E0659). This crate's maps only.
  uint32_t ambiguous_import = UINT32_MAX;
  ItemRef ambiguous_target{};  // the other glob's item
  bool from_glob = false;
};

struct ModuleData {
  ItemId item;
  ItemId parent_module;  // none for the crate root
  bool is_block = false;
  // A block module in a function of an impl: the impl. Items in the block
  // are outside it: `Self` there is E0401.
  ItemId enclosing_impl;
  Span impl_keyword;                // its `impl`
  std::string_view impl_type_text;  // its self type as written
  std::array<std::unordered_map<std::string_view, Binding>, 3> names;  // by Namespace
  std::vector<uint32_t> glob_imports;
  // Root-first checking: crates whose interfaces did not exist yet when a
  // glob import of this module (`use dep::*;`) was applied. Any name this
  // module does not bind explicitly may come from them: it is indeterminate.
  std::vector<uint32_t> unsettled_globs;
};

struct PathSegment {
  std::string_view name;
  Span span;
};

struct Import {
  ItemId module;
  std::vector<PathSegment> path;  // for `use a::b as c;`: a, b
  std::string_view binding;       // c; "_" for `as _`; empty for globs
  Span span;                      // the use tree, for diagnostics
  Span item_span;                 // the whole `use` item (for unused_imports fixes)
  ItemId visible_in;
  bool glob = false;
  bool self_in_group = false;     // `a::{self}`: binds module `a` in the type namespace only
  bool leading_colons = false;    // `::a::b`
  bool empty_group = false;       // `a::{}`: imports nothing (rustc: an unused import)
  // A single import of a name two globs make ambiguous (E0659): those globs, which its uses name too.
  uint32_t ambiguous_glob = UINT32_MAX;
};

struct FieldDef {
  std::string_view name;  // "0", "1", ... for tuple fields
  TypeId type;
  ItemId visible_in;
  Span span;              // the field's name (or type, for tuple fields)
};

struct FnData {
  std::vector<TypeId> params;      // without self
  std::vector<Span> param_spans;
  TypeId ret;
  Span ret_span;                   // none when the return type is implicit ()
  SelfParamKind self = SelfParamKind::None;
  bool self_mut_binding = false;   // `mut self`
  bool has_body = true;
  bool is_unsafe = false;
  bool is_const = false;           // `const fn`: callable in consts and statics
};

struct AdtData {
  FieldsShape shape = FieldsShape::Unit;  // structs and variants
  std::vector<FieldDef> fields;
  std::vector<ItemId> variants;  // enums
  uint32_t derives = 0;          // bit per DeriveKind
  bool has_discriminant = false;  // a variant with `= expr` (a body of its own; this crate's maps only)
  ItemId default_variant;         // enums: the unit variant marked `#[default]`, if exactly one is
  bool is_copy() const;
  // The field named `name` (`0`, `1`, ... for tuple fields), or fields.size().
  size_t field_index(std::string_view name) const;
};

enum class DeriveKind : uint8_t { Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default };

struct ImplData {
  TypeId self_type;
  std::unordered_map<std::string_view, ItemId> items;  // associated fns and consts by name (the first)
  std::vector<ItemId> members;  // all of them in source order, duplicates too
  std::vector<std::string_view> unsupported_members;  // generic methods (outside L1): uses are indeterminate
};

// Values of consts and statics, computed when the crate's interface is built.
// A const's value where the interface needs it: integers for array lengths
// and patterns; bools, chars and unit variants for patterns.
struct ConstValue {
  enum class Kind : uint8_t { Int, Bool, Char, Variant };
  bool known = false;
  Kind kind = Kind::Int;
  bool negative = false;
  ConstInt::Magnitude magnitude = 0;  // Int; Bool: 0 or 1; Char: the code point
  ItemRef variant;                    // Variant: the unit variant
  bool is_int() const { return known && kind == Kind::Int; }
  ConstInt int_value() const { return ConstInt::from_sign_magnitude(negative, magnitude); }
};

struct ConstData {
  TypeId type;
  ConstValue value;
};

struct CrateDefMap {
  uint32_t crate = ItemRef::kNone;
  std::string_view name;
  Edition edition = Edition::E2021;
  // A glob import that did not resolve (E0432): any unknown name in the
  // crate might have come from it, so rustc reports none as not found.
  bool failed_glob_import = false;
  std::vector<Item> items;  // items[0] is the crate root module
  std::vector<ModuleData> modules;
  std::vector<Import> imports;
  std::vector<uint32_t> imports_used_by_interface;  // by other imports and by signatures (unused_imports)
  std::vector<uint8_t> import_resolved;             // by import: 1 when it resolved (0: reported as E0432)
  // Trait impls (outside L1): where they are, and the types they are for. An
  // operation on such a type may use the impl, so it is indeterminate.
  struct TraitImplSite {
    uint32_t file;
    uint32_t node;
    uint32_t module;
  };
  std::vector<TraitImplSite> trait_impl_nodes;
  std::unordered_set<ItemRef> types_with_trait_impls;
  // A trait impl for a type that is not a struct or enum (`impl Tr for i32`,
  // for a tuple, a reference, a generic `T`): any such type may have methods
  // and operators sluice does not see.
  bool trait_impls_beyond_adts = false;
  // Items named in signatures: the item whose signature it is, the item
  // named, and whether only a private field's type names it (that does not
  // make the item reachable from outside).
  struct SignatureUse {
    uint32_t owner;
    uint32_t item;
    bool private_field = false;
  };
  std::vector<SignatureUse> signature_uses;
  // An item whose signature names a type less visible than where the item
  // can be reached from (rustc's private_interfaces lint; a value of that
  // type used where the type is not visible is "type `T` is private").
  // `reachable`: the item's effective visibility within the crate (none for
  // `pub`; a binary caps it at the crate root, crate_lints does).
  struct InterfaceLeak {
    uint32_t item;                 // the fn, const or static; the struct for a field
    uint32_t field = UINT32_MAX;   // index into the struct's fields
    ItemRef type;                  // the more private struct or enum
    ItemId reachable;
  };
  std::vector<InterfaceLeak> interface_leaks;
  std::vector<FnData> fns;
  std::vector<AdtData> adts;  // structs, enums and variants
  std::vector<ImplData> impls;
  std::vector<ConstData> consts;  // consts and statics
  std::vector<TypeId> type_aliases;
  std::vector<std::string> unsupported_constructs;  // for Unsupported items: how a message calls it
  // Inherent impls by the ADT they are for (any crate's ADT can only be its own: E0116).
  std::unordered_map<ItemRef, std::vector<ItemId>> inherent_impls;
  // Blocks with items: (file << 32 | StmtList node) -> the block's anonymous module.
  std::unordered_map<uint64_t, ItemId> block_modules;
  std::vector<Diagnostic> diagnostics;
  // Root-first checking: the dependencies (crate numbers, sorted, unique)
  // whose interfaces did not exist when this map was built, and that an
  // import, a signature or a constant named. Empty for a complete map.
  std::vector<uint32_t> waits_on;
  // The same, item by item: (item, crate) sorted, for the items whose
  // signature, fields or value depend, directly or through the local items
  // they name, on a crate in waits_on. A body that uses none of them does
  // not wait (check.h, BodyResult::waits_on). Waits of imports and globs
  // are not here: a body's own paths through them record theirs.
  std::vector<std::pair<uint32_t, uint32_t>> item_waits;
  // A map read back from disk (server/engine/interface_codec.h) keeps the
  // bytes its names view here, instead of in source text.
  std::shared_ptr<const std::string> storage;

  ItemId root() const { return ItemId(0); }
  const Item& item(ItemId id) const { return items[id.index]; }
  const ModuleData& module(ItemId id) const { return modules[items[id.index].data]; }
  // The modules a name written in `scope` is looked up in, innermost first:
  // the blocks around it, then the module they are in. `visit(m)` returning
  // true stops the walk.
  template <typename Visit>
  void walk_scope(ItemId scope, Visit&& visit) const {
    for (ItemId m = scope; m.has_value(); m = module(m).parent_module) {
      if (visit(m) || !module(m).is_block) return;
    }
  }
  // Appends the crates `item` waits on (item_waits) to `out`.
  void append_item_waits(uint32_t item, std::vector<uint32_t>& out) const;
};

bool is_derived(const AdtData& adt, DeriveKind kind);
// A struct or enum of `map` with a `#[derive]` (items rustc's expansion adds come with it).
bool has_derives(const CrateDefMap& map, ItemId item);
// `net::tcp`: the named modules from the crate root down to `module` (block
// modules left out); empty for the root.
std::string module_path(const CrateDefMap& map, ItemId module);
// rustc's path of an item for its anonymous constants' names: `m::f`, and
// for an impl's function `Type::f` (`impl_type`: the name of the impl's
// type); "" for an impl's item whose type has no name given.
std::string item_def_path(const CrateDefMap& map, ItemId item, std::string_view impl_type);
// E0080 at the operation that fails in the anonymous constant
// `{owner}::{constant#N}` (an array length), rustc's label naming it.
Diagnostic anon_const_failure(Span at, std::string_view message, std::string_view owner, uint32_t index);
// A variant's place among its enum's variants (their declaration order).
uint32_t variant_index(const CrateDefMap& map, ItemId variant);

// The built-in std's def map (analysis/builtin/) keeps these at fixed places.
inline constexpr uint32_t kStdPreludeModule = 1;  // the prelude's names (a module item)
inline constexpr uint32_t kStdOpaqueItem = 2;     // stands for any std path sluice does not know

}  // namespace sluice
