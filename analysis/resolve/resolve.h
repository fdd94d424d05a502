// Stage 2 entry point: build a crate's def map (items, scopes with imports
// resolved, signatures) from its parsed files and its dependencies' def maps,
// and resolve paths against def maps (used by stage 2 for signatures and by
// the body checker for expressions).
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "analysis/resolve/def_map.h"

namespace sluice {

struct CrateFile {
  FileId file;
  const SourceFile* source = nullptr;
  const SyntaxTree* tree = nullptr;  // null when the file could not be read
  std::string_view text;
  std::vector<uint32_t> order_key;   // the file's place in the module tree (see crate_loader.h)
  std::vector<NodeId> module_items;  // its `mod m;` items, in declaration order: child i has key + [i]
};

struct CrateInput {
  uint32_t crate = 0;
  std::string_view name;
  Edition edition = Edition::E2021;
  std::vector<CrateFile> files;  // files[0] is the crate root
};

// Every def map known to a stage, by crate number. Read-only; shared.
// A dependency whose entry is null has not settled yet (root-first checking):
// paths into it are indeterminate (see PathResolution).
struct DefMaps {
  std::vector<const CrateDefMap*> crates;  // by crate number; null for crates not (yet) built
  const CrateDefMap* std = nullptr;

  const CrateDefMap* find(uint32_t crate) const {
    if (crate == ItemRef::kStdCrate) return std;
    return crate < crates.size() ? crates[crate] : nullptr;
  }
  const Item& item(ItemRef ref) const { return find(ref.crate)->items[ref.item]; }
  const CrateDefMap& map(ItemRef ref) const { return *find(ref.crate); }
};

struct ExternCrate {
  std::string_view name;  // as the code names it
  uint32_t crate = 0;
};

struct ResolveContext {
  const DefMaps* maps = nullptr;
  std::vector<ExternCrate> externs;  // the crate's dependencies (std is implicit)
  TypeStore* types = nullptr;
};

CrateDefMap build_def_map(const CrateInput& input, const ResolveContext& context);

// E0601 for a binary crate whose root has no `main` function; none when it
// has one, or when one may come from a dependency not settled yet.
std::optional<Diagnostic> missing_main(const CrateInput& input, const CrateDefMap& map);

// The result of resolving a path's leading segments.
struct PathResolution {
  enum class Kind : uint8_t {
    Item,           // `item` names what the first `consumed` segments resolve to
    Primitive,      // a primitive type (`i32`), in `primitive`
    SelfType,       // `Self` inside an impl
    Unsupported,    // names something outside tier L1; reported already
    Failed,         // an error was reported, or the path is indeterminate
  };
  Kind kind = Kind::Failed;
  ItemRef item;
  TypeId primitive;
  uint32_t consumed = 0;  // segments resolved; the rest are associated items for the caller
  // With Failed: no error, the path goes into this dependency, whose
  // interface has not settled (root-first checking). Its type is unknown; it
  // raises no diagnostic; the crate is recorded as waited on
  // (PathResolver::record_waits).
  uint32_t unsettled_crate = ItemRef::kNone;
  bool indeterminate() const { return unsettled_crate != ItemRef::kNone; }
  // With Failed and PathQuery::struct_value_by_caller: a value path that
  // names a struct with named fields (E0423), which the caller reports with
  // the expression it knows (a call's arguments); nothing was reported.
  ItemRef named_struct = {};
};

// What a path must name where it is written, for rustc's "cannot find" error.
enum class ExpectedItem : uint8_t {
  Any,            // "cannot find value/type/function" (E0425)
  TupleStruct,    // `P(..)` in a pattern: "cannot find tuple struct or tuple variant" (E0531)
  Struct,         // `P { .. }`: "cannot find struct, variant or union type" (E0422)
};

struct PathQuery {
  std::span<const PathSegment> segments;
  Namespace ns = Namespace::Value;  // the namespace of the last segment
  ItemId scope;                     // the innermost module (or block module) the path is written in
  bool leading_colons = false;
  bool allow_associated = true;     // may stop at a type, leaving segments for an associated item
  bool self_type_available = false; // inside an impl: `Self` is a type
  bool is_call = false;             // `f(..)`: rustc then says "cannot find function"
  ExpectedItem expected = ExpectedItem::Any;
  bool quiet = false;               // a probe: build no diagnostics (they would be thrown away)
  bool struct_value_by_caller = false;  // see PathResolution::named_struct
  // A `use` path: its first segment may not name a derived item that the std prelude also names (E0659).
  bool in_import = false;
};

// A displayable path for an item (`m::S`, `Point`), as rustc prints types.
std::string item_display_name(const DefMaps& maps, ItemRef item);

// rustc's "consider annotating `T` with `#[derive(..)]`": a line inserted
// above the struct or enum `item` of `tree` (after its attributes).
void add_derive_suggestion(Diagnostic& d, const SyntaxTree& tree, NodeId item, const std::string& type_name,
                           std::string_view derives);

}  // namespace sluice
