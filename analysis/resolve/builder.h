// Private to analysis/resolve: the state of one build_def_map() call, shared
// by its steps (collect_items.cpp, resolve_imports.cpp, lower_signatures.cpp).
// Owned by one thread for the duration of the call.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "analysis/resolve/paths.h"
#include "analysis/resolve/resolve.h"

namespace sluice {

struct PendingBody;

class DefMapBuilder {
 public:
  DefMapBuilder(const CrateInput& input, const ResolveContext& context);
  CrateDefMap build();

  // collect_items.cpp
  void collect_crate();
  // resolve_imports.cpp
  void resolve_imports();
  // lower_signatures.cpp
  void lower_signatures();

 private:
  struct ItemAttributes {
    bool enabled = true;
    uint32_t derives = 0;
    std::vector<std::pair<std::string_view, Span>> unsupported_derives;
    std::vector<std::pair<DeriveKind, Span>> derive_spans;  // as written, in order
    bool is_default = false;                                 // `#[default]` (on a variant)
  };

  // collect_items.cpp
  void collect_module_items(uint32_t file, NodeId owner, ItemId module);
  void collect_item(uint32_t file, NodeId node, ItemId module);
  void collect_block_modules(uint32_t file, NodeId item, ItemId module);
  void collect_impl(uint32_t file, NodeId node, ItemId module);
  void check_body_present(uint32_t file, NodeId node, std::string_view message);
  void check_no_self_param(uint32_t file, NodeId fn);
  void check_no_visibility(uint32_t file, NodeId node, std::string_view why);
  ItemId restricted_visibility(uint32_t file, NodeId path, ItemId module);
  void check_generic_params(uint32_t file, NodeId node);
  void declare_extern_block_items(uint32_t file, NodeId block, ItemId module);
  void collect_enum(uint32_t file, NodeId node, ItemId enum_item, ItemId visible_in, const ItemAttributes& attributes);
  void check_default_variants(uint32_t file, NodeId node, ItemId enum_item, const ItemAttributes& attributes,
                              const std::vector<ItemId>& marked);
  void collect_use(uint32_t file, NodeId node, ItemId module, ItemId visible_in);
  void collect_use_tree(uint32_t file, NodeId tree_node, std::vector<PathSegment> prefix, bool leading_colons,
                        ItemId module, ItemId visible_in, Span item_span);
  Span definition_span(ItemKind kind, uint32_t file, NodeId node, Span name_span) const;
  ItemId add_item(ItemKind kind, std::string_view name, ItemId parent, ItemId module, ItemId visible_in,
                  uint32_t file, NodeId node, Span name_span);
  ItemId add_module(std::string_view name, ItemId parent, ItemId visible_in, uint32_t file, NodeId node,
                    Span name_span, bool is_block);
  void define(ItemId module, Namespace ns, std::string_view name, ItemId item, Span span);
  bool reported_at(DiagKind kind, Span span) const;  // ... as the last of map_.diagnostics
  static bool reported_at(DiagKind kind, Span span, const std::vector<Diagnostic>& in);
  bool is_derived_adt(ItemRef ref) const;  // a struct or enum of this crate with `#[derive(..)]`
  std::vector<Diagnostic> derived_clashes_;  // E0428 involving a derived item: after the others (define())
  Span head_span_of(const Item& item, Span fallback) const;
  ItemAttributes read_attributes(uint32_t file, NodeId node);
  ItemId visibility_of(uint32_t file, NodeId node, ItemId module);
  bool is_ancestor(ItemId ancestor, ItemId module) const;
  void report_visibility_path_not_found(Span span, std::string_view name, const std::string& written, bool in_root);
  void report_unsupported(Span span, std::string construct);
  uint32_t child_file(uint32_t file, NodeId mod_item) const;
  std::vector<PathSegment> path_segments(uint32_t file, NodeId path) const;

  // resolve_imports.cpp
  bool try_resolve_import(uint32_t index);
  bool apply_glob(uint32_t index);
  void bind_opaque_std(uint32_t index, bool only_free = false);
  void bind_unsettled(uint32_t index, uint32_t crate);
  struct ImportFailure {
    std::vector<Diagnostic> early;             // reported as imports resolve (`super` past the root, E0659)
    std::optional<Diagnostic> when_finalized;  // E0433: reported as the import is finalized
    std::optional<Diagnostic> unresolved;      // E0432: one per `use` item, joined (add_unresolved_import)
    std::string name;                          // the path E0432 names
    bool undetermined = false;                 // its first segment names nothing: finalized last
    bool through_prelude = false;              // E0659 against the prelude, whose item rustc then takes
  };
  std::optional<ImportFailure> describe_unresolved_import(uint32_t index);
  std::optional<ImportFailure> describe_prelude_ambiguity(uint32_t index);
  void report_unresolved_imports(std::vector<std::optional<ImportFailure>>& failures);
  void add_unresolved_import(Diagnostic d, Span item, const std::string& name);
  Span last_unresolved_item_;                    // the `use` item of the last E0432
  std::vector<std::string> unresolved_import_names_;  // the paths it names so far
  bool bind(ItemId module, Namespace ns, std::string_view name, const Binding& binding, Span span);

  // lower_signatures.cpp
  TypeId lower_type(uint32_t file, NodeId type_node, ItemId scope, TypeId self_type);
  TypeId lower_path_type(uint32_t file, NodeId type_node, ItemId scope, TypeId self_type);
  void lower_fn(ItemId id, TypeId self_type);
  void lower_adt_fields(uint32_t file, NodeId fields_owner, ItemId scope, AdtData& adt, ItemId default_visible,
                        TypeId self_type);
  void repeat_field_errors_of_derives(ItemId adt_item, size_t first);
  std::optional<uint64_t> eval_array_length(uint32_t file, NodeId expr, ItemId scope);
  TypeId const_self_type_;
  void report_missing_associated_item(ItemRef type, const PathSegment& name);  // what `Self` names in the constant being evaluated (an impl's type), if anything
  void register_impl(ItemId id);
  void note_imports_used_in(uint32_t file, NodeId subtree, ItemId module);
  bool report_length_paths_ = false;  // eval_const_expr() is evaluating a signature's array length
  std::optional<Span> owner_parameter_named(std::string_view name);
  // E0080 for a signature's array length that fails (`[u8; SMALL - BIG]`):
  // the first failing operation, and whose anonymous constant it is, as rustc
  // names it (`Packet::body::{constant#0}`; none: not reported).
  struct LengthFailure {
    NodeId node;
    std::string message;
  };
  LengthFailure* length_failure_ = nullptr;
  // Whose anonymous constants the lengths being lowered are; named (only when
  // one fails) by anon_const_owner_name(). `item` none: not named.
  struct AnonConstOwner {
    ItemId item;              // a function, const, static, type alias, or a struct for its field
    TypeId self_type;         // an impl's function: the impl's type
    std::string_view field;   // a struct's field: its name, or empty for a tuple field
    uint32_t field_index = UINT32_MAX;  // a tuple field's number
  };
  AnonConstOwner anon_const_owner_;
  uint32_t anon_const_count_ = 0;
  // Makes `owner` the owner of the lengths lowered while it lives, counted
  // from 0, and restores the outer one after (a type alias may be lowered on
  // demand inside another item's signature).
  class AnonConstScope {
   public:
    AnonConstScope(DefMapBuilder& builder, AnonConstOwner owner)
        : builder_(builder),
          outer_owner_(std::exchange(builder.anon_const_owner_, owner)),
          outer_count_(std::exchange(builder.anon_const_count_, 0)) {}
    ~AnonConstScope() {
      builder_.anon_const_owner_ = outer_owner_;
      builder_.anon_const_count_ = outer_count_;
    }
    AnonConstScope(const AnonConstScope&) = delete;
    AnonConstScope& operator=(const AnonConstScope&) = delete;

   private:
    DefMapBuilder& builder_;
    AnonConstOwner outer_owner_;
    uint32_t outer_count_;
  };
  std::string anon_const_owner_name() const;
  void note_length_failure(NodeId node, const std::string& failure) {
    if (length_failure_ != nullptr && report_length_paths_ && length_failure_->message.empty() && !failure.empty()) {
      *length_failure_ = {node, failure};
    }
  }
  std::optional<ItemId> associated_const(ItemRef type, std::string_view name) const;
  // const_values.cpp
  struct ConstOperand {
    std::optional<ConstInt> value;
    std::optional<IntKind> kind;
  };
  std::optional<ConstInt> primitive_bound(TypeId primitive, std::string_view name);
  std::optional<IntKind> int_kind_of(TypeId type) const;
  std::optional<IntKind> written_int_kind(uint32_t file, NodeId type_node, ItemId scope);
  std::optional<IntKind> declared_int_kind(ItemRef constant);
  ConstOperand const_path(uint32_t file, NodeId expr, ItemId scope, bool evaluate, int depth);
  std::optional<IntKind> own_int_kind(uint32_t file, NodeId expr, ItemId scope, int depth);
  std::optional<ConstInt::Magnitude> int_literal_magnitude(uint32_t file, NodeId expr, IntKind kind);
  std::optional<ConstInt> eval_const_expr(uint32_t file, NodeId expr, ItemId scope, IntKind kind, int depth);
  PathResolution resolve_quietly(std::span<const PathSegment> segments, Namespace ns, ItemId scope);
  void suggest_similar_import(Diagnostic& d, const Import& import, const CrateDefMap& map, ItemId module);
  std::optional<ConstInt> eval_const_method(uint32_t file, NodeId expr, ItemId scope, IntKind kind, int depth);
  std::optional<ConstInt> eval_const_path_call(uint32_t file, NodeId expr, ItemId scope, IntKind kind, int depth);
  std::optional<ConstInt> const_value(ItemId id, int depth);
  // `{ let base = 8; base * 2 }` in a const: its immutable locals in scope,
  // innermost last (all in the file of the const being evaluated).
  struct ConstLocal {
    std::string_view name;
    NodeId type;  // none when not written
    NodeId init;
  };
  std::vector<ConstLocal> const_locals_;
  std::optional<ConstInt> eval_const_block(uint32_t file, NodeId block, ItemId scope, IntKind kind, int depth);
  std::optional<size_t> const_local(uint32_t file, NodeId path_expr) const;
  std::optional<ConstInt> const_local_value(uint32_t file, size_t local, ItemId scope, IntKind kind, int depth);
  void report_const_cycle();
  void check_discriminants(ItemId enum_item);
  // E0072 (recursive_types.cpp).
  void check_recursive_types();
  std::vector<std::vector<uint32_t>> recursive_type_cycles() const;
  void held_adts(TypeId type, std::vector<uint32_t>& out, int depth) const;
  std::vector<std::pair<TypeId, NodeId>> fields_with_nodes(uint32_t adt_item) const;
  NodeId cycle_member_node(const SyntaxTree& t, NodeId node, TypeId type, const std::vector<uint8_t>& member,
                           int depth) const;
  void report_recursive_type_queries(uint32_t adt_item, std::vector<Diagnostic>& later);
  std::vector<std::vector<NodeId>> field_type_nodes_;  // by adt: each field's type node, as adt.fields
  // derive_requirements.cpp
  enum class DerivePass : uint8_t { Copy, Supertraits, Fields };
  void check_derives();
  void find_interface_leaks();
  ItemId reachable_scope(ItemId item, ItemId declared) const;
  ItemId narrower(ItemId a, ItemId b) const;
  void note_leaks(uint32_t item, uint32_t field, TypeId type, ItemId reachable);
  bool check_derive_requirements(ItemId adt_item, DerivePass pass, bool copy_incoherent);
  void check_derive_supertraits(ItemId adt_item, DeriveKind kind, Span derive_span);
  void note_derive_imports(const Item& item, const ItemAttributes& attributes);
  std::optional<TypeId> lacks_derived_trait(TypeId type, DeriveKind kind, int depth);
  void report_derive_requirement(DeriveKind kind, Span derive, Span field, TypeId lacking);
  std::string display(TypeId type);
  struct TypeReferences {
    size_t total = 0;
    std::vector<NodeId> elided;
  };
  TypeReferences elided_references(const SyntaxTree& t, NodeId type) const;
  bool has_generic_params(const SyntaxTree& t, NodeId item) const;
  Diagnostic missing_lifetime(const SyntaxTree& t, const std::vector<NodeId>& elided) const;
  bool check_elided_return_lifetimes(uint32_t file, NodeId params, NodeId ret_type);
  bool re_exports_wider(const PathResolver& resolver, uint32_t crate, ItemId item_visible_in, const Import& import) const;
  void report_private_re_export(ItemId item_visible_in, const Import& import, Namespace ns);
  std::optional<ConstValue> pattern_const_value(uint32_t file, NodeId expr, ItemId owner, int depth);
  std::optional<ItemRef> pattern_const_target(const std::vector<PathSegment>& segments, ItemId owner,
                                              const PathResolver& resolver) const;

 public:
  Span span(uint32_t file, NodeId node) const { return tree(file).span(node); }
  const SyntaxTree& tree(uint32_t file) const { return *input_.files[file].tree; }
  std::string_view text(uint32_t file) const { return input_.files[file].text; }
  std::string_view name_text(uint32_t file, NodeId name) const;

  const CrateInput& input_;
  const ResolveContext& context_;
  TypeStore& types_;
  CrateDefMap map_;
  // Per file: the file index of each `mod m;` child, by order key.
  std::unordered_map<std::string, uint32_t> file_by_key_;
  std::vector<bool> import_done_;
  // Single imports that took a name a glob brought (import, the module it is in, namespace): another glob
  // may make that name ambiguous later in the fixed point (report_ambiguous_reimports).
  struct GlobReimport {
    uint32_t import;
    ItemRef module;
    Namespace ns;
  };
  std::vector<GlobReimport> glob_reimports_;
  void report_ambiguous_reimports();
  std::unordered_set<uint32_t> const_in_progress_;
  std::unordered_set<uint32_t> const_cycle_members_;  // consts on a reported cycle
  uint32_t const_evaluation_root_ = 0;
  std::vector<uint8_t> alias_state_;  // by alias: 0 not lowered, 1 in progress, 2 done
  bool alias_cycle_reported_ = false;
  TypeId alias_type(ItemId alias);
  ItemId signature_owner_;  // the item whose signature is being lowered (dead_code)
  bool in_private_field_ = false;  // lowering a private field's type
  // Root-first checking: the item whose signature, fields or value is being
  // lowered; the unsettled dependencies its resolutions meet are its own
  // (item_waits_), those met with no owner (imports) the crate's.
  ItemId waits_owner_;
  std::vector<std::vector<uint32_t>> item_waits_;  // by item, while lowering
  std::vector<std::pair<uint32_t, uint32_t>> wait_edges_;  // (item, local item whose waits it shares)
  void add_wait_edge(uint32_t to) {
    if (!item_waits_.empty() && waits_owner_.has_value() && to != waits_owner_.index) {
      wait_edges_.push_back({waits_owner_.index, to});
    }
  }
  void finish_item_waits();
  // A resolver for this crate that records unsettled dependencies for the
  // current waits owner (or the crate).
  PathResolver resolver();
  bool unsettled(uint32_t crate) const { return crate != map_.crate && context_.maps->find(crate) == nullptr; }
  void check_duplicate_associated_items();
  void note_enclosing_impl(ModuleData& block, uint32_t file, NodeId impl_node);
  void report_unsized_return(uint32_t file, NodeId type_node, TypeId type);
  void report_duplicate_item(ItemId earlier, ItemId later, bool at_earlier);
};

std::string key_string(const std::vector<uint32_t>& key);
Span node_span_without_attributes(const SyntaxTree& tree, NodeId item);

}  // namespace sluice
