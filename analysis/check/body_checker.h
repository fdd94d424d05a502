// Private to analysis/check: the checker of one body. Owned by the thread
// that runs check_body(); shares nothing mutable with other bodies except the
// thread-safe TypeStore (see check.h).
#pragma once

#include <array>
#include <deque>
#include <optional>
#include <span>
#include <string>
#include <unordered_set>

#include "analysis/check/check.h"
#include "analysis/check/flow.h"
#include "analysis/check/mir_order.h"
#include "analysis/check/primitive_methods.h"
#include "analysis/check/scratch_pool.h"
#include "analysis/check/tree_walk.h"
#include "analysis/resolve/paths.h"

namespace sluice {

struct FormatString;       // check_macros.cpp
struct FormatPlaceholder;  // one `{...}` of a FormatString

class PatternChecker;

uint64_t byte_string_length(std::string_view literal, TokenKind kind);

// Inline (and a table for expressions): the walks call these for nearly
// every child of every node.
inline constexpr auto kExprKinds = [] {
  std::array<bool, static_cast<size_t>(NodeKind::Count)> table{};
  for (size_t k = static_cast<size_t>(NodeKind::LiteralExpr); k <= static_cast<size_t>(NodeKind::BoxExpr); ++k) {
    table[k] = true;
  }
  for (NodeKind part : {NodeKind::StmtList, NodeKind::MatchArmList, NodeKind::MatchArm, NodeKind::MatchGuard,
                        NodeKind::Label, NodeKind::ArgList, NodeKind::ClosureParamList, NodeKind::RecordExprFieldList,
                        NodeKind::RecordExprField, NodeKind::RecordExprBase}) {
    table[static_cast<size_t>(part)] = false;
  }
  table[static_cast<size_t>(NodeKind::MacroCall)] = true;
  return table;
}();
inline bool is_expr_kind(NodeKind kind) { return kExprKinds[static_cast<size_t>(kind)]; }
// The same as function objects, for Kids(tree, node, pred): inlined where a
// function pointer would be an indirect call per child.
inline constexpr auto kIsExpr = [](NodeKind kind) { return is_expr_kind(kind); };
inline constexpr auto kIsPattern = [](NodeKind kind) { return is_pattern_kind(kind); };

// The parts of an IfExpr: `if cond then_block else else_branch` (the else
// branch a block, another IfExpr, or none). In `if { .. } { .. }` the first
// block is the condition.
struct IfParts {
  NodeId condition, then_block, else_branch;
};
IfParts if_parts(const SyntaxTree& tree, NodeId node);

// A path's segments. Nearly every path has one to three: held inline, so
// resolving a path allocates nothing.
class SegmentList {
 public:
  static constexpr size_t kInline = 4;
  void push_back(const PathSegment& segment) {
    if (size_ < kInline) {
      storage_.items[size_] = segment;
    } else {
      if (size_ == kInline) heap_.assign(storage_.items, storage_.items + kInline);
      heap_.push_back(segment);
    }
    ++size_;
  }
  SegmentList() {}
  const PathSegment* data() const { return size_ <= kInline ? storage_.items : heap_.data(); }
  const PathSegment* begin() const { return data(); }
  const PathSegment* end() const { return data() + size_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const PathSegment& operator[](size_t i) const { return data()[i]; }
  const PathSegment& back() const { return data()[size_ - 1]; }
  operator std::span<const PathSegment>() const { return std::span<const PathSegment>(data(), size_); }

 private:
  // Not initialised before it is filled: most paths are one segment.
  union Storage {
    Storage() {}
    PathSegment items[kInline];
  } storage_;
  std::vector<PathSegment> heap_;  // all segments, when more than kInline
  size_t size_ = 0;
};

// Whether a pattern is a function's parameter (E0005 says "function argument").
// unused_parens: both parentheses are primary, and rustc's fix removes the
// opening one and leaves a space for the closing one.
Diagnostic unused_parens(Span open, Span close, std::string_view what, bool owner_starts_file);
std::string struct_variant_placeholders(const AdtData& adt, std::string_view placeholder);
// Where a `let` is a condition: `if let`, `while let`, `let ... else`.
enum class ConditionalLet : uint8_t { None, IfLet, WhileLet, LetElse };
NodeKind pattern_parent_kind(const SyntaxTree& tree, NodeId pattern);
bool pattern_is_parameter(const SyntaxTree& tree, NodeId pattern);
// How a binding (an IdentPat) is written: `x`, `mut x`, `ref x`, `ref mut x`.
struct BindingModifiers {
  bool by_ref = false, is_mut = false;
  bool operator==(const BindingModifiers&) const = default;
};
BindingModifiers binding_modifiers(const SyntaxTree& tree, NodeId ident);

// An expected/found note's two lines, their descriptions right-aligned as rustc's.
std::string aligned_expected_found(std::string expected_text, const std::string& expected, std::string found_text,
                                   const std::string& found);

class BodyChecker {
  friend class PatternChecker;

 public:
  BodyChecker(const BodyCheckContext& context, ItemId owner);
  ~BodyChecker();
  BodyChecker(const BodyChecker&) = delete;
  BodyChecker& operator=(const BodyChecker&) = delete;
  BodyResult run();

 private:
  void take_scratch();
  // ---- inference (infer.cpp)
  struct Var {
    TypeKind kind;  // InferVar, IntVar or FloatVar
    TypeId bound;   // none while unbound
    bool diverging = false;  // made for a value of type `!`: falls back to `()` (before edition 2024)
  };
  TypeId new_var();
  TypeId new_diverging_var();
  void apply_diverging_fallback();
  // Format arguments whose type was not known yet: checked again after the fallback.
  struct DeferredFormatCheck {
    Span arg;
    TypeId type;
    bool debug;
    char numeric_trait;
    Span placeholder;
  };
  std::vector<DeferredFormatCheck> deferred_format_checks_;
  // `x + 1` with `let x = todo!();`: the operator's obligation on `x`'s
  // fallback type, E0277 after the fallback.
  struct DivergingOperand {
    Span op;
    OpKind kind;
    TypeId lhs, rhs;
    bool right = false;  // `y + panic!()`: the right operand diverges
  };
  std::vector<DivergingOperand> diverging_operands_;
  void report_diverging_operands();
  bool is_diverging_var(TypeId type);
  TypeId new_int_var();
  TypeId new_float_var();
  // Follows bound inference variables; inline for the common case of a type that is not one.
  TypeId shallow(TypeId type) {
    TypeKind kind = types_.kind(type);
    if (kind != TypeKind::InferVar && kind != TypeKind::IntVar && kind != TypeKind::FloatVar) return type;
    return shallow_var(type);
  }
  TypeId shallow_var(TypeId type);
  TypeId resolved(TypeId type, int depth = 0, bool with_fallback = false);  // deep; literals' fallback on request
  bool unify(TypeId a, TypeId b, int depth = 0);
  bool coerces(TypeId from, TypeId to);
  bool mutable_reborrow_through_shared_ = false;  // set by coerces(), read by check_expr()
  TypeId fallback(TypeId type);  // {integer} -> i32, {float} -> f64
  std::string show(TypeId type);
  // A type as rustc names it in "expected X, found Y" labels: `i32` in
  // backticks, but "integer" and "floating-point number" for literals'.
  std::string label_name(TypeId type);
  bool is_error(TypeId type) { return types_.kind(shallow(type)) == TypeKind::Error; }
  // Is or contains the error type, through what inference knows (resolving only a type with variables).
  bool holds_error(TypeId type) {
    TypeId t = shallow(type);
    return types_.has_error(t) || (types_.has_vars(t) && types_.has_error(resolved(t)));
  }
  // A built-in operator's operand: a number, or a bool for `&`, `|`, `^` (std's impls, also through `&`).
  bool builtin_operand(TypeId t, OpKind op);
  bool is_never(TypeId type) { return types_.kind(shallow(type)) == TypeKind::Never; }
  bool is_unit(TypeId type) { return shallow(type) == types_.unit(); }
  bool is_copy(TypeId type);
  // A type with a trait impl (outside L1): what it can do is not known.
  // (Only a struct or enum of the program can: std's traits for other types
  // are std's to implement.)
  bool has_trait_impls(TypeId type) {
    TypeId t = shallow(type);
    if (types_.kind(t) != TypeKind::Adt) return false;
    const CrateDefMap* map = resolver_.map_of(types_.data(t).item.crate);
    return map != nullptr && map->types_with_trait_impls.count(types_.data(t).item);
  }
  // A method call on a type that is not a struct or enum may reach the
  // program's own trait impl for it (`impl Double for i32`).
  bool may_have_trait_methods(TypeId type) {
    TypeId t = shallow(type);
    return has_trait_impls(t) || (types_.kind(t) != TypeKind::Adt && !is_error(t) && trait_impls_beyond_adts());
  }
  // Whether this crate or a dependency has a trait impl for a type that is
  // not a struct or enum (a dependency not settled yet may: it is waited on).
  bool trait_impls_beyond_adts();
  std::optional<bool> trait_impls_beyond_adts_;

  // ---- diagnostics
  bool finish_waits();
  void append_signature_waits(std::vector<uint32_t>& out) const;
  // Whether the body has met an unsettled dependency so far. Until it has,
  // every error type it holds stands for a reported mistake, which rustc
  // learns nothing more from; after, one may be indeterminate.
  bool met_unsettled() const;
  // A destructuring pattern (`(a, b)`, `&x`) or a `for` loop over an error
  // type: rustc relates its own type (`(?0, ?1)`, `&?0`) to the error and
  // learns nothing, so the bindings are fresh variables whose later uses are
  // still checked. An indeterminate type keeps them indeterminate.
  TypeId part_of_error(TypeId error) { return met_unsettled() ? error : new_var(); }
  Diagnostic& resolution_error(Diagnostic d);
  Diagnostic& type_error(Diagnostic d);
  Diagnostic& obligation_error(Diagnostic d);
  void flush_obligation_errors();
  std::vector<Diagnostic> pending_obligation_errors_;
  void borrow_error(Diagnostic d);
  std::unordered_map<uint32_t, size_t> mut_borrow_errors_;  // local uid -> its E0596 in borrow_diagnostics_
  std::unordered_map<uint32_t, uint32_t> unlabelled_mut_borrows_;  // by local uid: borrows past rustc's nine labels
  std::string describe_place(NodeId place, int depth) const;
  Span self_param_span() const;
  void check_static_place(NodeId place, NodeId whole, NodeId path, bool projected, bool borrow);
  // Set while a `ref mut` binding's borrow of its part of a place is checked.
  struct RefMutBinding {
    std::string part;
    Span at;
  };
  std::optional<RefMutBinding> ref_mut_binding_;
  std::string binding_part(NodeId pattern, NodeId binding);
  // E0308 at `span`; with the expression found there, rustc's conversion
  // help for two numeric types (`shorthand_field`: `S { x }` wrote it).
  void explain_missing_tail(Diagnostic& d, NodeId last_stmt, TypeId last_type, TypeId expected, bool fn_body);
  bool report_arm_block_without_tail(Span block, NodeId last_stmt, TypeId last_type, TypeId expected);
  bool would_coerce(TypeId from, TypeId to);
  void suggest_similar_in_module(Diagnostic& d, const PathSegment& segment, ItemId module);
  void suggest_similar_item(Diagnostic& d, const PathSegment& segment, std::vector<std::string_view> names,
                            const std::vector<std::pair<std::string_view, ItemRef>>& items, bool with_locals);
  void suggest_missing_pattern_fields(Diagnostic& d, NodeId pat, const std::vector<NodeId>& fields,
                                      const std::vector<std::string>& missing);
  bool suggest_similar_primitive_method(Diagnostic& d, TypeId t, NodeId name_node, std::string_view name,
                                        NodeId arg_list);
  void suggest_initial_value(Diagnostic& d, uint32_t local);
  std::optional<std::string> value_suggestion(TypeId type, int depth);
  void suggest_concrete_numeric_type(Diagnostic& d, NodeId call, TypeId ambiguous);
  void suggest_returning_binding(Diagnostic& d, TypeId expected);
  std::string line_indentation(uint32_t offset) const;
  bool same_type_modulo_infer(TypeId a, TypeId b, int depth = 0);
  void report_mismatch(Span span, TypeId expected, TypeId found, NodeId expr = NodeId::none(),
                       std::string_view shorthand_field = {});
  std::string show_with_static(TypeId type, Span written);
  bool suggest_literal_of_expected_kind(Diagnostic& d, NodeId expr, TypeId expected, TypeId found);
  void suggest_numeric_conversion(Diagnostic& d, NodeId expr, TypeId expected, TypeId found,
                                  std::string_view shorthand_field);
  std::string_view type_article(TypeId type);
  // The one expression whose expectation comes from another expression
  // (an assignment's place, a field named in a literal): rustc offers no
  // conversion for it.
  NodeId no_conversion_help_for_;
  void mark_return_site(NodeId expr, int depth);
  bool is_return_site(Span span) const;
  void explain_unit_expectation(Diagnostic& d, Span span, TypeId found);
  void explain_loop_tail(Diagnostic& d, NodeId loop, TypeId expected);
  void suggest_return_type(Diagnostic& d, TypeId found, Span found_at);
  std::optional<std::string> expected_found_note(TypeId expected, TypeId found);
  std::string mismatch_label(TypeId expected, TypeId found);
  // A plain function's item type (`size` without `()`), as rustc's "fn item": the function, or null.
  const FnData* fn_item_function(TypeId type, const Item** item = nullptr);
  std::string call_placeholders(const std::vector<TypeId>& params);  // `()`, `(/* u32 */, /* u32 */)`
  void suggest_calling_fn_item(Diagnostic& d, NodeId expr, TypeId expected, TypeId found);
  // Checks `node` against `expected` with coercion; reports E0308.
  TypeId check_coerce(NodeId node, TypeId expected);

  // ---- scopes (scopes.cpp)
  struct Local {
    std::string_view name;
    TypeId type;
    bool is_mut = false;
    bool assigned_at_declaration = true;
    Span span;
    // For the liveness lints (unused_variables, unused_assignments, unused_mut).
    uint32_t reads = 0;
    std::vector<Span> writes;  // assignments after the declaration
    bool mutated = false;      // assigned or mutably borrowed: `mut` was needed
    Span pattern_span;         // `mut x` (for unused_mut)
    bool shorthand_field = false;
    bool in_dead_code = false;  // declared after a divergence: rustc's liveness never sees it
    bool bound_by_for = false;  // a `for` pattern's: never read, it is plainly unused whatever is assigned
    bool untyped_let = false;   // `let x = v;`: where E0689 suggests `let x: i32`
    bool is_parameter = false;  // the function's (or `self`)
    bool field_written = false; // `x.f = v`: assigned to, not read
    uint32_t uid = 0;          // index into flow_.locals
    // What rustc points at when an assignment to it mismatches: the
    // annotation, the initial value, the parameter's type or the binding.
    Span expectation;
    std::string_view expectation_label;
  };
  struct BindingExpectation {
    Span span;
    std::string_view label;
  };
  // Set while a `let x` or a parameter `x: T` declares its binding.
  std::optional<BindingExpectation> binding_expectation_;
  // Adds rustc's "expected due to ..." label to the mismatches reported
  // since `first_new` at `at` (the whole value, not a part of it).
  void label_mismatches(size_t first_new, Span at, const BindingExpectation& origin,
                        DiagKind kind = DiagKind::MismatchedTypes);
  bool is_lone_binding(NodeId pattern) const;
  bool only_lifetime_arguments(NodeId segment) const;  // `H<'a>`  // `x`, `mut x`: no sub-pattern
  void pop_scope_with_lints(uint32_t mark);
  void lint_local(const Local& local);
  void note_mut_self(NodeId fn, Local& self);
  void sort_liveness_lints();
  void publish_borrow_check();
  void check_place_behind_deref(NodeId place, NodeId deref, NodeId whole, bool borrow);
  void report_behind_shared_ref(std::string place_text, const Local& local, Span at, bool borrow);
  Local* local_of_place(NodeId place);
  std::optional<uint32_t> field_chain_local(NodeId place);
  std::optional<uint32_t> place_root_local(NodeId place, bool through_index, bool* projected);
  uint32_t declare_local(std::string_view name, TypeId type, bool is_mut, Span span, bool initialized = true);
  std::optional<uint32_t> find_local(std::string_view name) const;
  void push_scope() { scope_marks_.push_back(static_cast<uint32_t>(locals_.size())); }
  void pop_scope() {
    pop_scope_with_lints(scope_marks_.back());
    scope_marks_.pop_back();
  }
  ItemId item_scope() const { return item_scopes_.back(); }
  SegmentList segments_of(NodeId path) const;
  SegmentList segments_of_long_path(NodeId path) const;
  PathSegment segment_of_name(NodeId name) const;
  void lint_double_negation(NodeId node, NodeId operand);
  void lint_unused_doc_comment(NodeId owner);
  std::optional<std::string> show_fn_item(ItemRef fn);
  void explain_unresolved_value(std::vector<Diagnostic>& diagnostics, const PathSegment& segment);
  bool has_unsupported_member(TypeId self_type, std::string_view name);
  PathResolution resolve_value_name(const PathSegment& segment);
  PathResolution resolve_path(NodeId path, Namespace ns, bool is_call, bool report = true,
                              ExpectedItem expected = ExpectedItem::Any,
                              bool struct_value_by_caller = false);
  bool enclosing_fn_binds(std::string_view name);
  // `[0; n]` with a local `n`: E0435.
  bool reject_local_in_constant(NodeId expr, int depth = 0);
  void explain_non_constant_local(Diagnostic& d, const Local& local);
  std::optional<uint32_t> let_keyword_before(Span pattern) const;

  // ---- expressions (check_exprs.cpp)
  TypeId check_expr(NodeId node, TypeId expected);
  TypeId check_expr_inner(NodeId node, TypeId expected);
  TypeId check_block(NodeId block, TypeId expected);
  void widen_to_labelled_block(NodeId list, NodeId block, size_t errors_before);
  size_t tail_mismatch(NodeId block, size_t errors_before) const;
  TypeId check_stmt_list(NodeId list, TypeId expected);
  void check_let(NodeId let);
  void lint_unused_statement_value(NodeId stmt, NodeId expr, bool in_block_tail = false);
  void suggest_let_underscore(Diagnostic& d, Span span, bool in_block_tail);
  void lint_redundant_semicolons(const Kids& statements);
  TypeId check_literal(NodeId node, TypeId expected);
  void lint_parens(NodeId node, std::string_view what, bool braces = true);
  bool is_associated_fn(ItemRef ref) const;
  void report_no_iterator_method(NodeId name_node, TypeId t, std::string_view name);
  void suggest_similar_value(Diagnostic& d, const PathSegment& segment);
  void lint_const_assignment(NodeId assignment, NodeId lhs);
  void explain_unknown_field(Diagnostic& d, const AdtData& adt, uint32_t crate, std::span<const NodeId> written,
                             std::string_view name, const std::string& display);
  void lint_braces(NodeId block, std::string_view what, bool only_literal = false);
  void lint_paren_types(NodeId type);
  bool owner_starts_file() const;
  // The owner's file's tree, where `owner_item_.node` lives (tree_ is a
  // macro's argument tree while its arguments are checked).
  const SyntaxTree& file_tree() const { return *cx_.input->files[file_].tree; }
  // rustc's E0282 "type annotations needed": a `let` without a type whose
  // type inference never completes (reported at the end of the body), or a
  // place where a type had to be known before it was (a method call or field
  // on an unknown type: reported there). One per body.
  struct UnknownTypeLet {
    NodeId pattern;
    NodeId init;
    TypeId type;
  };
  std::vector<UnknownTypeLet> unknown_type_lets_;
  struct UnknownIterable {  // `for x in []`: where an unknown element type comes from
    Span span;
    TypeId type;
  };
  std::vector<UnknownIterable> unknown_iterables_;
  // Where rustc requires a type holding unknowns to be well-formed, in the
  // order it does (its "type must be known at this point"): an array
  // expression, or the tuple or `&` expression around one, outermost.
  struct UnknownSite {
    NodeId node;
    Span span;
    TypeId type;
  };
  std::vector<UnknownSite> unknown_sites_;
  void note_unknown_site(NodeId node, TypeId type);
  TypeId find_unknown(TypeId resolved_type, TypeId var = TypeId::none());
  bool reported_unknown_type_ = false;
  void report_unknown_let_types();
  // A method call or field access on `receiver`, whose type is still an
  // inference variable: E0282 now, at the `let` that holds it.
  void report_type_must_be_known(NodeId receiver, TypeId var);
  void report_unknown_let(const UnknownTypeLet& let, TypeId type, std::optional<Span> origin);
  std::string placeholder_type(TypeId type);
  void lint_paren_pattern(NodeId pat, bool avoid_or, bool avoid_mut);
  void lint_paren_subpatterns(NodeId pat);
  void report_tuple_as_struct_pattern(NodeId pat, NodeId path, const std::vector<NodeId>& fields, size_t field_count);
  NodeId paren_inner(NodeId paren) const;
  NodeId paren_inner_expr(NodeId e) const;
  TypeId check_if(NodeId node, TypeId expected);
  TypeId check_condition(NodeId cond, ConditionalLet let_kind = ConditionalLet::None);
  TypeId check_match(NodeId node, TypeId expected);
  TypeId check_loop(NodeId node, TypeId expected);
  TypeId check_if_without_else(NodeId node, NodeId then_block, TypeId expected);
  TypeId check_else_branch(NodeId else_branch, TypeId target, TypeId then_type, NodeId then_block, NodeId if_node);
  NodeId block_tail_expr(NodeId block) const;
  NodeId first_expr_child(NodeId node) const;  // an operand, a callee, a receiver
  TypeId check_while(NodeId node);
  TypeId check_for(NodeId node);
  void report_not_iterable(NodeId iterable, TypeId type);
  void suggest_removing_extra_borrow(Diagnostic& d, NodeId iterable, TypeId t);
  bool steps(TypeId element);
  void report_range_not_iterator(NodeId iterable, TypeId range);
  TypeId check_break(NodeId node);
  TypeId check_return(NodeId node);
  TypeId check_binary(NodeId node);
  void report_compound_assignment(NodeId node, NodeId lhs, OpKind base, TypeId ls, TypeId rs);
  void note_missing_operator_impl(Diagnostic& d, OpKind op, bool assign, TypeId ls, TypeId rs);
  TypeId check_assignment(NodeId node, NodeId lhs, NodeId rhs, OpKind op);
  bool names_place(NodeId path_expr);
  TypeId check_prefix(NodeId node, TypeId expected);
  bool report_negated_unsigned_literal(NodeId node, NodeId operand, TypeId expected);
  Span cast_of_operand_;  // the cast whose operand is being checked with the target as a hint
  TypeId check_ref(NodeId node, TypeId expected);
  TypeId check_cast(NodeId node);
  void explain_private_constructor(Diagnostic& d, ItemRef ctor, const AdtData& adt);
  void check_constructor_privacy(NodeId callee, ItemRef ctor, const AdtData& adt);
  void report_pattern_field_count(NodeId pat, const std::vector<NodeId>& subs, size_t rest, ItemRef target,
                                  const AdtData& adt);
  std::vector<Span> tuple_field_spans(ItemRef target, const AdtData& adt) const;
  void check_pattern_constructor_privacy(NodeId path, ItemRef ctor, const AdtData& adt, const std::vector<NodeId>& subs);
  bool lacks_comparison(TypeId t, OpKind op);
  TypeId incomparable_adt(TypeId t, OpKind op);
  void report_missing_comparison_impl(NodeId op_node, OpKind op, NodeId lhs, NodeId rhs, TypeId t);
  void report_number_compared_with_ref(NodeId op_node, OpKind op, NodeId rhs, TypeId l, TypeId r);
  std::optional<std::pair<TypeId, TypeId>> uncomparable_pair(TypeId l, TypeId r, int depth);
  void check_sequence_or_ref_comparison(NodeId op_node, NodeId lhs, NodeId rhs, TypeId l, TypeId r);
  void suggest_comparing_referents(Diagnostic& d, NodeId lhs, NodeId rhs, TypeId l, TypeId r);
  void require_mutable_receiver(NodeId receiver, NodeId call, bool through_ref, bool through_mut_ref, int derefs);
  void report_deferred_casts();
  TypeId check_range(NodeId node);
  TypeId check_tuple(NodeId node, TypeId expected);
  TypeId check_array(NodeId node, TypeId expected);
  TypeId check_index(NodeId node);
  bool is_negated_int_literal(NodeId expr) const;
  TypeId check_path_expr(NodeId node);
  bool names_primitive_method(TypeId t, std::string_view name);
  bool report_method_on_fn_item(NodeId receiver, NodeId name_node, TypeId t);
  TypeId check_record(NodeId node);
  void report_private_fields(const std::vector<std::pair<std::string_view, Span>>& fields, const std::string& display,
                             std::optional<Span> base);
  void check_shorthand_field(NodeId name_node, TypeId expected);
  void note_default_constructed(ItemRef adt);
  void lint_self_assignment(NodeId node, NodeId lhs, NodeId rhs, TypeId type);
  void report_self_assignments();
  struct SelfAssignment {
    NodeId node;
    TypeId type;
    bool variable = false;  // `x = x`, else a field
  };
  std::vector<SelfAssignment> self_assignments_;
  void note_constructed(ItemRef item) {
    if (item.crate != crate_.crate) return;
    // dead_code, as rustc: building a variant inside an arm whose pattern
    // needs that variant does not count as constructing it.
    if (std::find(arm_variants_.begin(), arm_variants_.end(), item.item) != arm_variants_.end()) return;
    result_.constructed_items.push_back(item.item);
  }
  // The variants an arm's pattern needs to match, outside or-patterns, for
  // the arm's guard and body (a stack: nested matches add theirs on top).
  std::vector<uint32_t> arm_variants_;
  uint32_t or_pattern_depth_ = 0;
  bool in_arm_pattern_ = false;
  bool in_guarded_arm_pattern_ = false;  // the pattern of an arm with an `if` guard
  // Field accesses and indexes whose base is a `&mut` (by node), past a
  // binding: a write there needs no `mut` on the binding.
  std::unordered_set<uint32_t> through_mut_ref_;
  bool projected_through_mut_ref(NodeId node) const { return through_mut_ref_.contains(node.index); }
  void note_pattern_variant(NodeId pattern, NodeId path, ItemRef target);
  void note_ref_mut_bindings(NodeId pattern, NodeId scrutinee, TypeId scrutinee_type);
  // A field access, index or deref of a type that is not Copy, out of
  // `base` (the operand's type before auto-deref): using it by value moves it
  // (the flow pass), which is E0507/E0508 through a reference or out of an
  // array or slice.
  void note_place_type(NodeId node, TypeId type, TypeId base);
  void note_static_place(NodeId node, TypeId type);
  bool is_unsized(TypeId type);
  Diagnostic unsized_value(Span at, TypeId type);
  void report_unsized_local(NodeId pattern, NodeId init, TypeId type);
  void report_unsized_parameter(NodeId type_node, TypeId type);
  void report_let_else_not_diverging(NodeId else_block, TypeId else_type);
  std::string type_sort(TypeId type);
  Span arm_value_span(NodeId body) const;
  void report_struct_as_value(ItemRef ref, NodeId expr, bool is_call);
  NodeId dotted_base_;  // the receiver or base of the `.` expression being checked
  void report_not_a_function(NodeId call, NodeId callee, NodeId arg_list, TypeId callee_type);
  std::optional<Diagnostic> struct_path_names_value(NodeId path);
  std::optional<ItemRef> self_variant(std::string_view name);
  bool explain_field_of_self(Diagnostic& d, const PathSegment& segment);
  // Where a name resolve_value_name() looks up is written.
  enum class ValueNameSite : uint8_t { Path, ShorthandField, FormatCapture };
  ValueNameSite value_name_site_ = ValueNameSite::Path;
  void report_missing_variant(ItemRef enum_ref, const PathSegment& segment);
  std::vector<Diagnostic> unsized_arguments_;  // E0277s reported at the end of the body
  // The last primitive method call checked: unused_must_use when it is a statement.
  struct PrimitiveCall {
    NodeId call;
    TypeId receiver;
    PrimitiveMember member;
    std::string_view name;
  };
  std::optional<PrimitiveCall> last_primitive_call_;
  TypeId check_field(NodeId node);
  TypeId check_call(NodeId node);
  TypeId check_method_call(NodeId node);
  TypeId check_macro_call(NodeId node);
  TypeId check_borrowed_operand(NodeId arg, std::vector<FlowFacts::MacroRead>& reads);
  void check_count_argument(TypeId type, Span at, Span count);
  void check_format_arguments(const std::vector<NodeId>& args, size_t first);
  struct FormatArguments {
    struct Named {
      std::string_view name;
      NodeId name_node, value, whole;
    };
    std::vector<NodeId> positional;
    std::vector<Named> named;
  };
  bool split_format_arguments(const std::vector<NodeId>& args, size_t from, FormatArguments& out);
  void report_invalid_format_references(const FormatString& parsed,
                                        const std::vector<std::pair<size_t, const FormatPlaceholder*>>& invalid,
                                        const std::vector<NodeId>& arguments);
  bool report_unused_format_arguments(NodeId format, const FormatArguments& arguments, const std::vector<bool>& used,
                                      const std::vector<bool>& named_used);
  void check_format_capture(const FormatPlaceholder& p, bool any_error);
  void report_missing_assert_operand(NodeId call, NodeId token_tree, size_t operands, const SyntaxTree* call_tree);
  void require_format_trait(Span arg, TypeId type, bool debug, char numeric_trait = 0, Span placeholder = {});
  // E0277 for a `{}`/`{:?}` argument (or inline name, then `primary` is the
  // placeholder) whose type lacks Display/Debug, worded as rustc does.
  void report_missing_format_trait(Span primary, Span placeholder, TypeId type, bool debug);
  // rustc's definition span (`fn f()`, `struct S`) of an item of this crate,
  // or of a type that is one.
  std::optional<Span> local_definition_span(ItemRef item) const;
  std::optional<Span> local_definition_span(TypeId type);
  // assert_eq!/assert_ne! of a type without Debug: rustc's two errors at the call.
  void report_assert_without_debug(Span call, TypeId type);
  static std::string long_tuple_debug_impls();
  // From the argument's type to the one lacking the trait: references (and
  // for Debug tuples, arrays and slices) have it when their parts do.
  std::vector<TypeId> format_obligation_chain(TypeId type, bool debug);
  void note_tuple_debug_impls(Diagnostic& d, const std::vector<TypeId>& chain);
  bool fields_implement_debug(TypeId type);
  std::string formatting_parameter_label() const;
  bool formatting_through_panic_helper_ = false;  // checking the arguments of todo!-like macros
  bool implements_numeric_format(TypeId type, char spec, int depth = 0);
  bool implements_display(TypeId type);
  bool implements_debug(TypeId type, int depth = 0);
  // The callee of a call whose arguments are checked, for rustc's "defined
  // here" note: its item, and how many leading arguments are the receiver
  // (`Type::method(receiver, ..)`: 1), which has no parameter of its own.
  struct Callee {
    ItemRef item;
    size_t receiver_args = 0;
  };
  TypeId check_args(NodeId arg_list, const std::vector<TypeId>& params, Span callee_span,
                    std::string_view what, std::optional<Callee> callee = std::nullopt);
  void report_argument_count(NodeId arg_list, const Kids& args, const std::vector<TypeId>& arg_types,
                             const std::vector<TypeId>& params, Span callee_span, std::string_view what,
                             const std::optional<Callee>& callee);
  void note_callee_definition(Diagnostic& d, const Callee& callee, const std::vector<size_t>& arguments);
  void label_missing_member_definition(Diagnostic& d, TypeId type, const std::string& member);
  void explain_missing_field(Diagnostic& error, TypeId t, NodeId name_node, std::string_view name);
  void list_available_fields(Diagnostic& error, const std::vector<std::string>& accessible);
  std::optional<std::pair<std::string_view, ItemRef>> similar_inherent(TypeId type, std::string_view name, bool methods);
  const std::vector<ItemId>* inherent_impls_of(TypeId type, const CrateDefMap*& map, ItemRef& adt);
  void suggest_similar_method(Diagnostic& d, TypeId t, NodeId name_node, std::string_view name, NodeId arg_list);
  void explain_move(Diagnostic& d, TypeId type, Span moved_at);
  void suggest_clone(Diagnostic& d, TypeId type, Span moved_at);
  Diagnostic describe_move_out(const FlowResult::MoveOutOfPlace& m);
  bool binds_others(NodeId pattern, const std::vector<NodeId>& moved) const;
  void suggest_binding_by_reference(Diagnostic& d, const std::vector<NodeId>& bindings);
  Diagnostic describe_receiver_move_out(const FlowResult::MoveOutOfPlace& m);
  Diagnostic receiver_move_out(NodeId place, NodeId method_call, const std::string& description,
                               const FlowFacts::ReceiverMoveOut& receiver);
  void report_receiver_move_out_in_macro(NodeId receiver, NodeId method_call, const FlowFacts::ReceiverMoveOut& r);
  Span method_self_span(ItemRef method) const;
  void suggest_borrow_instead(Diagnostic& d, NodeId place);
  // E0004/E0005: the matched type's definition, its variants not covered.
  void note_matched_definition(Diagnostic& d, TypeId type, const std::vector<ItemRef>& missing_variants);
  // Arguments passed to a by-value parameter of a function of this crate, by
  // where the argument begins: E0382's "consider changing this parameter type".
  struct OwningParameter {
    Span type;
    Span fn_name;
    std::string kind;  // "function", "method"
    std::string name;
  };
  std::unordered_map<uint32_t, OwningParameter> owning_parameters_;
  void note_owning_parameter(NodeId arg, const Callee& callee, size_t index);
  TypeId assoc_value(TypeId self_type, const PathSegment& segment, bool is_call, NodeId path_expr = NodeId::none());
  TypeId item_value_type(ItemRef item, Span span, NodeId path = NodeId::none(), bool is_call = false);
  std::optional<ItemRef> find_inherent(TypeId self_type, std::string_view name);
  bool report_ambiguous_inherent(TypeId self_type, std::string_view name, Span name_span);
  TypeId primitive_method_call(NodeId call, NodeId name_node, NodeId arg_list, TypeId receiver, std::string_view name,
                               TypeId written_receiver);
  std::pair<std::string, std::string> receiver_description(TypeId receiver, std::string_view word);
  void lint_const_item_mutation(NodeId receiver, NodeId call, ItemRef method);
  TypeId primitive_assoc_value(TypeId self_type, const PathSegment& segment, bool is_call);
  TypeId derived_default_fn(TypeId self_type);
  // Functions named through a primitive type's path (`i32::pow`) or derived
  // (`T::default`): body-local FnDef types with these signatures.
  static constexpr uint32_t kPrimitiveFnBase = 1u << 30;
  struct PrimitivePathCall {
    std::vector<TypeId> params;
    TypeId result;
    std::optional<PrimitiveMember> member;  // a primitive's method through its path (unused_must_use)
    TypeId receiver;
    std::string_view name;
  };
  std::vector<PrimitivePathCall> primitive_path_calls_;
  struct DefaultTraitCall {
    TypeId type;
    NodeId call;
  };
  std::vector<DefaultTraitCall> default_trait_calls_;
  NodeId pending_call_;  // the call whose callee is being checked
  bool is_default_trait_call(NodeId path);
  void suggest_derive(Diagnostic& d, TypeId t, std::string_view derives);
  TypeId default_trait_call();
  void check_default_trait_calls();
  void check_mutable_place(NodeId place, NodeId whole, bool borrow);
  void note_place_in_shared_temporary(NodeId place, NodeId base, TypeId base_type);
  std::unordered_set<uint32_t> places_in_shared_temporaries_;  // nodes: see note_place_in_shared_temporary()

  // ---- patterns (check_patterns.cpp)
  void check_pattern(NodeId pat, TypeId expected, bool in_let);
  void check_pattern_inner(NodeId pat, TypeId expected, bool in_let);
  void report_inconsistent_binding_modes(const std::vector<NodeId>& nodes,
                                         const std::vector<std::vector<std::pair<std::string_view, Span>>>& alternatives);
  void pattern_bindings(NodeId pat, std::vector<std::pair<std::string_view, Span>>& out, int depth);
  bool in_nested_pattern_ = false;
  void check_struct_pattern(NodeId pat, TypeId expected);
  std::vector<NodeId> parts_with_one_rest(NodeId pat, std::string_view word);
  std::unordered_set<uint32_t> reported_rest_patterns_;  // repeated `..` already reported
  void check_tuple_struct_pattern(NodeId pat, TypeId expected);
  void check_array_pattern_length(NodeId pat, uint64_t length);
  void lint_non_shorthand_field(NodeId field, std::string_view name, NodeId sub);
  void check_ident_pattern(NodeId pat, TypeId expected);
  void report_tuple_pattern_of_non_tuple(NodeId pat, NodeId path, ItemRef target);
  void note_binding_under_reference(NodeId binding, TypeId type);
  std::optional<ItemRef> resolve_pattern_path(NodeId path, Namespace ns, bool report = true,
                                              ExpectedItem expected = ExpectedItem::Any);

  // ---- types written in bodies
  TypeId lower_type(NodeId type_node);
  std::optional<uint64_t> literal_length(NodeId literal_expr);
  std::optional<uint64_t> array_length(NodeId length, bool report, int depth = 0);
  std::optional<uint64_t> evaluated_length(NodeId array, NodeId length, bool report);
  std::optional<std::pair<NodeId, std::string>> length_failure_;  // array_length()'s first failing operation

  // ---- state
  const BodyCheckContext& cx_;
  const CrateDefMap& crate_;
  ItemId owner_;
  const Item& owner_item_;
  uint32_t file_;
  const SyntaxTree* tree_;  // the file's tree, or a macro's argument tree while checking its arguments
  bool in_macro_arguments_ = false;
  // The argument trees of the body's macro calls, alive until its late lints
  // (overflowing_literals and unused_comparisons reach into `println!(..)`).
  std::deque<SyntaxTree> macro_argument_trees_;
  uint32_t unsafe_blocks_ = 0;  // `unsafe { }` blocks around the expression being checked
  bool in_unsafe_context() const;
  void check_unsafe_call(NodeId call, ItemRef callee);
  void defer_callee_resolution_errors(NodeId callee, size_t first);
  TypeId check_await(NodeId node);
  std::string_view text_;
  TypeStore& types_;
  PathResolver resolver_;
  TypeId self_type_;    // inside an impl
  TypeId return_type_;  // of the function being checked
  Span return_type_span_;  // where it is written; none when implicit
  // Just after the parameters' `)` when the return type is implicit (`()`):
  // where rustc offers to add ` -> T`. None otherwise.
  Span default_return_span_;
  // Where rustc explains an expected `()` (report_mismatch): a block's tail
  // or a statement without `;` that could take one (`help: consider using
  // a semicolon here`), and an `if` branch's tail with the `if` it makes
  // `()` ("expected this to be `()`").
  struct SemicolonSite {
    Span expr;
    bool statement;  // rustc's short form (no code in the label)
  };
  std::vector<SemicolonSite> semicolon_sites_;
  struct UnitIfBranch {
    Span tail;
    Span whole_if;
    bool has_else;
  };
  std::vector<UnitIfBranch> unit_if_branch_tails_;
  std::vector<Span> return_sites_;  // expressions whose value the function returns (mark_return_site)
  NodeId body_tail_;                 // the function body's tail expression, if any
  // While a match arm's, `if let`'s or `let x = v`'s pattern is checked: the
  // value it is matched against (rustc labels it on the pattern's E0308).
  struct ScrutineeContext {
    Span span;
    TypeId type;
  };
  ScrutineeContext pattern_scrutinee_;
  class PatternScrutinee {
   public:
    PatternScrutinee(BodyChecker& checker, Span span, TypeId type)
        : checker_(checker), saved_(std::exchange(checker.pattern_scrutinee_, ScrutineeContext{span, type})) {}
    ~PatternScrutinee() { checker_.pattern_scrutinee_ = saved_; }
    PatternScrutinee(const PatternScrutinee&) = delete;
    PatternScrutinee& operator=(const PatternScrutinee&) = delete;

   private:
    BodyChecker& checker_;
    ScrutineeContext saved_;
  };
  NodeId typed_let_init_;            // while checking `let x: T = init`, the `init`
  // The `match` being checked, for rustc's "`match` arms have incompatible
  // types": a later arm's own value that does not fit the earlier arms'.
  struct ArmsContext {
    Span head;                                     // `match x`
    std::vector<std::pair<Span, TypeId>> earlier;  // earlier arms' values that do not diverge
    Span current;                                  // the arm value checked now, when it is not a block
    Span current_block;                            // the arm value checked now, when it is a block
    // The `match` has a type from outside (a return type, `let x: T`): each
    // arm is checked against it on its own, not against the earlier arms.
    bool outer_expectation = false;
  };
  std::vector<ArmsContext> arms_contexts_;
  BodyResult result_;
  bool tainted_ = false;
  // Only in a crate whose signatures leak a private type: every expression's
  // span and type, for rustc's type privacy check after type checking.
  bool record_expr_types_ = false;
  struct TypedSite {
    Span at;      // where a private type is reported
    Span covers;  // what is not looked at again once it is
    TypeId type;
    // rustc's expansion of a format macro has expressions of each argument's
    // type at the macro call and at the argument's placeholder too, which
    // cover nothing.
    bool format_part = false;
  };
  std::vector<TypedSite> typed_sites_;
  Span format_macro_span_;
  void report_private_types();
  std::optional<ItemRef> inaccessible_type_in(TypeId type, int depth);
  bool return_coercion_failed_ = false;  // a `return` did not fit the return type (see check_return)
  uint8_t binding_mode_ = 0;  // 1: bindings are `&`, 2: `&mut` (default binding modes)
  // The innermost explicit `&`/`&mut` pattern around the one checked now
  // (its node and whether it is `&mut`): a by-value binding under it moves
  // out of the reference.
  std::pair<NodeId, bool> explicit_ref_pattern_{NodeId::none(), false};
  NodeId pending_callee_;     // the callee of the call being checked ("cannot find function")  // errors in this body: borrow errors are then not reported, as in rustc

  std::vector<Var> vars_;
  std::vector<Local> locals_;
  std::vector<uint32_t> scope_marks_;
  std::vector<ItemId> item_scopes_;
  struct LoopFrame {
    std::string_view label;
    bool is_loop = false;   // `loop`: `break value` allowed
    bool is_block = false;  // a labelled block
    TypeId break_type;
    bool has_break = false;
    std::string_view keyword;  // `for` or `while` loops: for E0571
    Span head;                 // ... `for x in xs`, `while c`; a labelled block: all of it (E0696)
    Span label_span;
    bool label_used = false;   // by a `break 'label` or `continue 'label` (unused_labels)
  };
  std::vector<LoopFrame> loops_;
  void check_unlabeled_jump(NodeId node, std::string_view keyword);
  void report_missing_jump_target(NodeId node, NodeId lifetime, std::string_view keyword);
  Span unreachable_label(NodeId node, std::string_view label) const;
  // Beyond Plain (the same type): std's PartialEq between sequences, and two
// cases it lacks (a reference and a value, arrays of different lengths).
  enum class AssertOperands { Plain, SequencesCompare, ReferenceAndValue, ArrayLengthsDiffer };
  AssertOperands relate_assert_operands(TypeId left, TypeId right);
  // While a `while` condition is checked: loops_.size() then (an unlabeled
  // jump there is E0590, whatever loop is around the `while`).
  size_t while_condition_loops_ = SIZE_MAX;
  bool report_jump_in_while_condition(NodeId node, std::string_view keyword);
  // rustc's `diverges` flag: whether the code checked so far in the current
  // expression cannot complete (Always: at `at`), and whether that was
  // already reported as unreachable_code (Warned: once per divergence).
  struct Divergence {
    enum State : uint8_t { Maybe, Always, Warned } state = Maybe;
    Span at;
    bool all_arms = false;  // a `match` all of whose arms diverge (rustc's note)
  };
  Divergence diverges_;
  // `|` and `&` of rustc's flags: either may happen, or both must.
  static Divergence either(const Divergence& a, const Divergence& b) { return b.state > a.state ? b : a; }
  static Divergence both(const Divergence& a, const Divergence& b) { return b.state < a.state ? b : a; }
  void diverge_at(Span at) {
    if (diverges_.state == Divergence::Maybe) diverges_ = Divergence{Divergence::Always, at, false};
  }
  void warn_if_unreachable(Span span, std::string_view what);
  // How many enclosing statements or expressions are checked after a
  // divergence: reads there do not make a variable used (rustc's liveness).
  uint32_t unreachable_nesting_ = 0;
  bool in_unreachable_code() const { return unreachable_nesting_ > 0 || diverges_.state != Divergence::Maybe; }
  void note_read(uint32_t local) {
    if (!in_unreachable_code()) ++locals_[local].reads;
  }
  // A loop's or block's label (`'outer`) from its Label node, if any.
  void set_label(LoopFrame& frame, NodeId label) {
    NodeId lifetime = label.has_value() ? first_child(*tree_, label, NodeKind::Lifetime) : NodeId::none();
    if (lifetime.is_none()) return;
    frame.label = tree_->text(lifetime, text_);
    frame.label_span = tree_->span(lifetime);
    warn_if_label_shadows(frame);
  }
  void set_label_of(LoopFrame& frame, NodeId node) { set_label(frame, first_child(*tree_, node, NodeKind::Label)); }
  void warn_if_label_shadows(const LoopFrame& frame);
  LoopFrame pop_loop();
  std::vector<Diagnostic> borrow_diagnostics_;
  // `[value; N]` with N > 1: the value (and its type) must be Copy (E0277,
  // from rustc's MIR type check); paths to consts are exempt.
  std::vector<std::pair<NodeId, TypeId>> repeated_values_;
  std::unordered_set<uint32_t> const_path_exprs_;
  bool check_repeated_values();
  std::vector<Diagnostic> expansion_borrow_diagnostics_;  // after the others: publish_borrow_check
  std::vector<Diagnostic> liveness_lints_;  // published only for bodies without errors
  // Casts judged invalid, reported at the end of the type check (report_deferred_casts).
  struct DeferredCast {
    Span span;
    TypeId from, to;
    DiagKind kind;
    bool from_static_str;  // the operand is a string or byte-string literal (only `&str` is renamed, as before)
    Span operand;
  };
  std::vector<DeferredCast> deferred_casts_;
  void suggest_char_from_u32(Diagnostic& d, const DeferredCast& cast, TypeId from);
  // unused_mut lints of bindings declared without a value: (index in
  // liveness_lints_, the local's flow id), for run_flow to take back.
  std::vector<std::pair<size_t, uint32_t>> unused_mut_lints_;
  // Facts for the flow pass (flow.h), and the locals read by the macro whose
  // arguments are being checked.
  FlowFacts flow_;
  std::vector<TypeId> flow_types_;
  std::vector<FlowFacts::MacroRead>* macro_reads_ = nullptr;
  bool passed_by_value_in_macro(NodeId path) const;
  void note_local_use(uint32_t index, NodeId node) {
    uint32_t uid = locals_[index].uid;
    if (in_macro_arguments_) {
      if (macro_reads_ != nullptr) {
        FlowFacts::MacroRead read;
        read.local = uid;
        read.moved = node.has_value() && passed_by_value_in_macro(node);
        macro_reads_->push_back(std::move(read));
      }
      if (recording_macro_ && node.has_value()) macro_sites_[*recording_macro_].locals.push_back({node, uid});
    } else if (node.has_value()) {
      flow_.set_local(node, uid);
    }
  }
  void run_flow(NodeId body, const std::vector<uint32_t>& parameters);
  // unconditional_recursion: calls of the body's own function (recorded while
  // checking), and whether every path through a node makes one.
  std::vector<uint32_t> self_calls_;
  // E0015: calls of what is not a const fn in a const's or static's
  // initialiser (or a discriminant), reported once it type-checked.
  struct NonConstCall {
    Span span;
    std::string_view form;  // "function", "associated function" or "method"
    std::string name;       // rustc's name for the callee; a primitive's method is named at the end
    Span not_const_at;      // a local function's signature ("function `f` is not const")
    std::optional<PrimitiveMember> primitive;
    TypeId receiver;          // the primitive method's, whose type may be known only at the end
    std::string_view method;
    Span whole_call;          // integer min/max/clamp: where rustc says `Ord` is not a const trait
  };
  std::vector<NonConstCall> non_const_calls_;
  bool in_const_context() const { return owner_item_.kind != ItemKind::Fn && !in_macro_arguments_; }
  void note_const_context_call(Span span, ItemRef callee, std::string_view form);
  void note_const_context_call(Span span, const PrimitiveMember& member, std::string_view method, TypeId receiver,
                               Span whole_call);
  bool report_non_const_calls();
  void lint_unconditional_recursion(NodeId body);
  // overflowing_literals: integer literals and the type they got (negated: `-128`).
  struct LiteralUse {
    NodeId node;
    TypeId type;
    bool negated;
    const SyntaxTree* tree;  // the file's, or a macro's arguments' (kept in macro_argument_trees_)
    bool in_pattern;         // rustc words a pattern's wider-type advice as a help, not a suggestion
  };
  std::vector<LiteralUse> int_literals_;
  std::vector<std::pair<uint32_t, Span>> char_cast_literals_;  // a literal cast `as char` (its node), and the cast
  std::vector<LiteralUse> float_literals_;
  NodeId negated_literal_;
  NodeId negated_operand_;  // the operand (parentheses peeled) of the `-` being checked
  struct ComparisonUse {  // for unused_comparisons, judged once types are final
    NodeId node;
    OpKind op;
    NodeId lhs, rhs;
    TypeId lhs_type, rhs_type;
    const SyntaxTree* tree;
  };
  std::vector<ComparisonUse> comparisons_;
  void lint_useless_comparisons();
  void lint_type_limits();
  Diagnostic overflowing_int_literal(const LiteralUse& use, IntKind kind, unsigned __int128 value, bool too_big);
  void lint_overflowing_integers();
  void lint_overflowing_floats();
  // arithmetic_overflow and E0080 (check_overflow.cpp): operations on
  // integers, recorded while checking, evaluated once types are final;
  // and each immutable local's initialiser, by local id.
  struct ArithmeticSite {
    NodeId node;
    OpKind op;
    NodeId lhs, rhs;  // rhs: none for a negation
    TypeId type;      // the operation's (and but for shifts, both operands')
    TypeId rhs_type;  // a shift amount's own type
    bool unreachable = false;  // after a divergence: rustc's MIR never gets there
  };
  std::vector<ArithmeticSite> arithmetic_sites_;
  // The known-panics lints skip a branch that a condition with a known value
  // rules out (`if DEBUG { .. }` with `const DEBUG: bool = false`), as
  // rustc's MIR lint, which follows only the branches a known value takes.
  // A branch that a known condition takes and that always diverges rules out
  // the rest of its block too (`if TEAMS == 0 { return 0; }`).
  struct BranchSite {
    NodeId condition;
    NodeId when_true, when_false;  // each may be none
    NodeId node;                   // an `if`: itself, for what follows it
    NodeId block;                  // the StmtList it is in
    bool true_diverges = false, false_diverges = false;
  };
  std::vector<BranchSite> branch_sites_;
  NodeId current_stmt_list_;
  // The site's index, or none inside a macro's arguments. `node`: an `if`.
  std::optional<size_t> note_branch(NodeId condition, NodeId when_true, NodeId when_false, NodeId node = {}) {
    if (in_macro_arguments_) return std::nullopt;
    branch_sites_.push_back({condition, when_true, when_false, node, current_stmt_list_});
    return branch_sites_.size() - 1;
  }
  // `match` arms a known scrutinee rules out.
  struct KnownMatchSite {
    NodeId scrutinee;
    TypeId type;
    std::vector<std::pair<NodeId, bool>> arms;  // each arm and whether it has a guard
    NodeId let_expr;                            // `if let P = x`: the LetExpr, and arms holds P
    NodeId match;                               // otherwise the MatchExpr
  };
  bool may_be_known(NodeId scrutinee, TypeId type);
  std::vector<KnownMatchSite> known_match_sites_;
  std::optional<bool> pattern_matches(NodeId pattern, ConstInt value, TypeId type, int depth);
  std::optional<ConstInt> pattern_literal(NodeId literal, TypeId type);
  // Patterns naming a unit variant or a const, for pattern_matches().
  std::vector<std::pair<NodeId, ItemRef>> pattern_targets_;
  static ConstInt variant_value(ItemRef variant) { return (uint64_t(variant.crate) << 32) | variant.item; }
  std::optional<ConstInt> constant_scalar(NodeId expr, TypeId type, int depth);
  std::optional<uint32_t> constant_char(NodeId expr, int depth);
  std::optional<ConstInt> constant_variant(NodeId expr, int depth);
  std::optional<bool> named_pattern_matches(NodeId pattern, ConstInt value, TypeId type);
  std::vector<uint32_t> comparisons_by_node_;  // this tree's comparisons_, by node
  std::optional<bool> constant_bool(NodeId expr, int depth);
  std::optional<bool> constant_comparison(NodeId expr, int depth);
  // Node ranges [first, last] that rustc's MIR never reaches, sorted, disjoint.
  std::vector<std::pair<uint32_t, uint32_t>> ruled_out_ranges();
  struct NegatedIntegerVar {
    NodeId node, operand;  // operand: none for a pattern's `-1`
    TypeId type;
  };
  std::vector<NegatedIntegerVar> negated_integer_vars_;
  void report_negated_unsigned_vars();
  // The assignments to each local a `let x` declared (its value included),
  // for the values the known-panics lints follow (known_initializer()).
  struct LocalStores {
    bool from_let = false;
    std::vector<std::pair<uint32_t, NodeId>> all;  // each store's node index and value, in order
    NodeId declared_at;  // the `let`'s pattern
    NodeId scope;        // the StmtList the `let` is in
  };
  // rustc's known-panics lint visits the blocks of a body in reverse
  // postorder, not along paths, and the path out of a `return` (a `break`,
  // a `continue`) holds StorageDeads of the locals in scope there: the blocks
  // it visits after that path no longer know those locals' values.
  struct ExitPaths {
    bool built = false;
    std::vector<std::pair<NodeId, NodeId>> exits;  // each exit, and the loop it leaves (none: the function)
    std::optional<std::vector<std::pair<uint32_t, uint32_t>>> ruled_out;  // ruled_out_ranges(), once needed
    bool judging_branches = false;
  };
  ExitPaths exit_paths_;
  NodeId lint_body_;  // the function's body block, while its MIR lints run
  bool following_exits_ = false;  // while a finding is judged again with forgotten_on_exit()
  bool forgotten_on_exit(uint32_t uid, NodeId read);
  bool macro_block_ended_before(NodeId node) const;
  bool exit_ruled_out(NodeId exit);
  void collect_exit_paths();
  // The lint's order of the body (mir_order.h), built when first needed.
  KnownPanicsShape lint_shape_;  // asserting_macros filled while checking
  std::unique_ptr<MirOrder> lint_order_;
  const MirOrder& lint_order();
  std::vector<std::pair<uint32_t, uint32_t>> pattern_variants_;  // a pattern's path naming a variant, its place in the enum
  std::optional<ItemRef> find_pattern_path(NodeId path, Namespace ns, bool report, ExpectedItem expected);
  uint32_t switch_target_of_arm(NodeId arm, uint32_t position);
  void note_assertion(NodeId macro, const std::vector<NodeId>& args, size_t message);
  std::vector<uint32_t> block_ends_;
  void collect_block_ends();
  NodeId last_expr_child(NodeId node) const;
  bool spans_lines(Span span) const { return text_.substr(span.begin, span.length()).find('\n') != std::string_view::npos; }
  std::vector<LocalStores> local_stores_;  // by flow id
  void note_store(uint32_t uid, NodeId value, NodeId at);
  NodeId known_initializer(uint32_t uid, NodeId read);
  std::vector<bool> borrowed_locals_;  // by flow id
  void note_borrowed_place(NodeId place);
  void note_borrowed_local(uint32_t uid);
  struct CastSite {
    NodeId node, operand;
    TypeId from;
  };
  std::vector<CastSite> int_casts_;
  // Paths that name a constant with a known value (`LIMIT`, `u8::MAX`, a
  // bool, char or unit-variant const as scalar_of() keeps it), noted while
  // their scope is there to resolve them.
  std::vector<std::pair<NodeId, ConstInt>> path_constants_;
  static std::optional<ConstInt> scalar_of(const ConstValue& value);
  struct PathValue {
    NodeId initializer;                // an immutable local's
    std::optional<ConstInt> constant;  // a const's
  };
  PathValue path_value(NodeId path_expr);
  void note_let_binding(NodeId pattern, NodeId init);
  void note_const_item_use(NodeId path_expr, ItemRef item);
  void note_primitive_constant(NodeId path_expr, TypeId primitive, std::string_view name);
  // arithmetic_overflow and unconditional_panic, in the order rustc's MIR
  // lint meets them.
  void lint_known_panics(std::vector<Diagnostic>& out);
  std::optional<Diagnostic> arithmetic_overflow(const ArithmeticSite& site);
  std::optional<Diagnostic> division_panic(const ArithmeticSite& site);
  Span span_with_parens(NodeId node) const;
  std::optional<ConstInt> constant_value(NodeId expr, TypeId type, int depth);
  std::optional<ConstInt> site_value(const ArithmeticSite& site, TypeId type, int depth);
  void sort_constant_sites();
  // In a const context: calls of integers' const methods, for E0080 (a
  // const's initialiser is small: looked up linearly). Indexing of arrays
  // everywhere: for E0080 and unconditional_panic.
  struct MethodSite {
    NodeId node, receiver, argument;
    std::string_view name;
    TypeId receiver_type;
    std::string callee;  // rustc's name for it: `core::num::<impl u32>::pow`
  };
  std::vector<MethodSite> method_sites_;
  struct IndexSite {
    NodeId node, index;
    uint64_t length;  // of the array indexed
    bool unreachable = false;
  };
  std::vector<IndexSite> index_sites_;
  std::optional<Diagnostic> index_panic(const IndexSite& site);
  std::vector<uint32_t> constructor_calls_;
  std::vector<std::pair<uint32_t, NodeId>> const_item_paths_;  // a path naming a const or static of this file, its item
  NodeId const_item_initializer(NodeId path_expr) const;
  std::optional<double> constant_float(NodeId expr, bool single, int depth);  // tuple struct and variant constructor calls, by node (in order)
  NodeId part_of_local(NodeId place, int depth);
  NodeId element_of(NodeId aggregate, std::string_view field, uint64_t index);
  NodeId record_field_value(NodeId record, std::string_view field);
  std::optional<ConstInt> float_literal_cast(NodeId operand, IntKind kind);
  // A format macro's arguments are a tree of their own (macro_argument_trees_),
  // so their sites cannot sit in the lists above, which are by node of the
  // body's tree: each macro keeps its own, swapped in while its arguments are
  // checked and while they are evaluated. rustc's MIR lint sees the expansion,
  // where the arguments are evaluated at the macro call.
  struct MacroSites {
    const SyntaxTree* tree = nullptr;
    NodeId call;  // the macro call, in the body's tree: where its sites are in evaluation order
    std::vector<ArithmeticSite> arithmetic;
    std::vector<CastSite> int_casts;
    std::vector<IndexSite> index;
    std::vector<std::pair<NodeId, ConstInt>> path_constants;
    std::vector<MethodSite> methods;
    std::vector<std::pair<NodeId, uint32_t>> locals;  // a path naming a local, and its flow id
    uint32_t message_from = UINT32_MAX;  // an assertion's message arguments: nodes from here, on its failure path
  };
  std::vector<MacroSites> macro_sites_;
  std::optional<size_t> recording_macro_;   // the macro whose arguments are being checked
  MacroSites* evaluating_macro_ = nullptr;  // the macro whose sites (and tree) are swapped in to evaluate
  void swap_site_lists(MacroSites& macro);
  struct KnownPanic {
    NodeId node;                 // in the body's tree (a macro's call)
    bool failure_path = false;   // an assertion's message argument
    Diagnostic diagnostic;
  };
  void collect_known_panics(const MacroSites* macro, std::vector<KnownPanic>& found);
  void lint_macro_known_panics(MacroSites& macro, std::vector<KnownPanic>& found);
  // Runs `evaluate` with the body's own tree and sites in place: a local's
  // initialiser is in the body even where a macro's argument reads it.
  template <typename Evaluate>
  auto in_body_tree(Evaluate evaluate) {
    MacroSites* macro = evaluating_macro_;
    if (macro != nullptr) {
      swap_site_lists(*macro);
      tree_ = macro_body_tree_;
      evaluating_macro_ = nullptr;
    }
    auto result = evaluate();
    if (macro != nullptr) {
      swap_site_lists(*macro);
      tree_ = macro->tree;
      evaluating_macro_ = macro;
    }
    return result;
  }
  const SyntaxTree* macro_body_tree_ = nullptr;
  void note_method_site(NodeId call, NodeId arg_list, TypeId receiver_type, const PrimitiveMember& member,
                        std::string_view name, bool by_path = false);
  std::optional<ConstInt> method_value(NodeId node, TypeId type, int depth);
  std::optional<ConstInt> index_value(NodeId node, int depth);
  NodeId taken_branch(NodeId node, int depth);
  void index_comparisons();
  NodeId arm_pattern(NodeId arm) const;
  // E0080: where evaluating a const's initialiser fails, and rustc's words for why.
  struct ConstantFailure {
    NodeId node;
    std::string message;
    std::string inside;  // the function it failed in, if in one
  };
  void note_constant_failure(NodeId node, std::string message, std::string inside = {});
  ConstantFailure* constant_failure_ = nullptr;  // set while a const item is evaluated
  void evaluate_constant(NodeId expr, TypeId type, const std::string& name);
  std::optional<ConstInt> literal_magnitude(NodeId literal);

  // ---- match checking (check_match.cpp): sites recorded while checking
  struct MatchArmSite {
    NodeId pattern;
    bool has_guard = false;
    Span span;  // the arm without its comma: where rustc adds the missing arms after
  };
  struct MatchSite {
    ItemId scope;  // the item scope the patterns were written in
    TypeId scrutinee_type;
    Span scrutinee_span;
    std::vector<MatchArmSite> arms;
    uint32_t start = 0;  // where the `match` begins
    Span arm_list;       // `{ ... }`
  };
  struct LetSite {
    NodeId pattern;
    TypeId type;
    bool in_for = false;
    ItemId scope;
    // A conditional `let` (irrefutable_let_patterns rather than E0005),
    // with the span rustc points at.
    ConditionalLet conditional = ConditionalLet::None;
    Span span;
    Span init;  // `let PAT = init;` (E0005's let...else suggestion goes after it)
    bool assignment = false;  // `Mode::Off = m;`: no `let` to turn into `if let`
  };
  void suggest_missing_arms(Diagnostic& d, const MatchSite& site, const std::vector<std::string>& witnesses);
  bool suggest_if_let(Diagnostic& d, const LetSite& site, bool several);
  void suggest_first_arm(Diagnostic& d, const MatchSite& site, const std::vector<std::string>& witnesses);
  void report_non_exhaustive(const MatchSite& site, TypeId type, const std::string& missing,
                             const PatternChecker& checker);
  void suggest_underscore_binding(Diagnostic& d, NodeId pattern);
  std::vector<MatchSite> match_sites_;
  std::vector<LetSite> let_sites_;
  std::vector<Diagnostic> pattern_diagnostics_;
  void check_patterns_exhaustive();
  bool is_empty_enum(TypeId type);
  TypeId type_of_type_item(ItemRef ref);
  std::optional<ItemRef> variant_through_alias(ItemRef alias, std::string_view name);
  std::optional<ItemRef> variant_named(TypeId type, std::string_view name);
  void run_match_checks();
  // A plain binding or `_` matches everything: no need to check it.
  // `_`, or a name that binds (not a const or unit struct or variant in scope: `let LIMIT = n` tests a value).
  bool is_trivially_irrefutable(NodeId pattern) {
    NodeKind k = tree_->kind(pattern);
    if (k == NodeKind::WildcardPat) return true;
    if (k != NodeKind::IdentPat) return false;
    bool modified = false;
    for (NodeId c : Kids(*tree_, pattern)) {
      if (is_pattern_kind(tree_->kind(c))) return false;
      modified |= tree_->kind(c) == NodeKind::Modifier;
    }
    NodeId name = first_child(*tree_, pattern, NodeKind::Name);
    return modified || name.is_none() || !unit_pattern_item(tree_->text(name, text_));
  }
  // `let Busy = State::Busy;`: a binding with a capitalised name of an enum
  // type, for the pattern checks' bindings_with_variant_name (E0170).
  bool may_name_variant(NodeId pattern, TypeId type) {
    NodeId name = tree_->kind(pattern) == NodeKind::IdentPat ? first_child(*tree_, pattern, NodeKind::Name) : NodeId::none();
    std::string_view text = name.has_value() ? tree_->text(name, text_) : std::string_view();
    for (int depth = 0; depth < 8 && types_.kind(type) == TypeKind::Ref; ++depth) type = types_.element(type);
    return !text.empty() && text[0] >= 'A' && text[0] <= 'Z' && types_.kind(type) == TypeKind::Adt;
  }
  std::optional<ItemRef> unit_pattern_item(std::string_view name, bool* opaque = nullptr);
  bool note_constant_binding(Diagnostic& d, NodeId pattern);
  struct UnitPatternLookup {
    ItemId scope;
    std::string_view name;
    std::optional<ItemRef> item;      // a unit struct, unit variant or const: the name is that pattern
    std::optional<ItemRef> resolved;  // whatever item the name resolves to
    bool opaque = false;
  };
  const UnitPatternLookup& value_item_named(std::string_view name);
  bool check_binding_shadows(NodeId pat, NodeId name_node, bool plain);
  NodeId top_pattern_;  // the outermost pattern being checked
  std::vector<std::pair<std::string_view, Span>>* parameter_names_ = nullptr;  // while checking a fn's parameters
  static constexpr size_t kMaxUnitPatternLookups = 64;  // a linear search: keep it short
  std::vector<UnitPatternLookup> unit_pattern_lookups_;
  TypeId unit_item_type(ItemRef item);
  std::optional<ItemRef> silent_pattern_path(NodeId path);
  bool assigns_to_pattern(NodeId lhs);
  int assignment_target_ = 0;
  bool shorthand_field_pattern_ = false;               // > 0 while checking the place of `x = ..`
};


}  // namespace sluice
