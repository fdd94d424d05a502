// The body checker's frame: setting up a body (parameters, `self`, the
// expected result), scopes of locals and items, diagnostics by class, and
// the stage's entry points.
#include "analysis/check/body_checker.h"
#include "analysis/resolve/const_arith.h"
#include "analysis/diag/similar_names.h"

#include <algorithm>

namespace sluice {

std::vector<ItemId> body_owners(const CrateDefMap& crate) {
  std::vector<ItemId> out;
  for (uint32_t i = 0; i < crate.items.size(); ++i) {
    ItemKind kind = crate.items[i].kind;
    bool discriminant = kind == ItemKind::Variant && crate.adts[crate.items[i].data].has_discriminant;
    if (kind == ItemKind::Fn || kind == ItemKind::Const || kind == ItemKind::Static || discriminant) {
      out.push_back(ItemId(i));
    }
  }
  return out;
}

BodyResult check_body(const BodyCheckContext& context, ItemId owner) {
  BodyChecker checker(context, owner);
  return checker.run();
}

BodyChecker::BodyChecker(const BodyCheckContext& context, ItemId owner)
    : cx_(context),
      crate_(*context.crate),
      owner_(owner),
      owner_item_(crate_.item(owner)),
      file_(owner_item_.file),
      tree_(context.input->files[file_].tree),
      text_(context.input->files[file_].text),
      types_(*context.types),
      resolver_(*context.maps, crate_, *context.externs, *context.types) {
  result_.owner = owner;
  take_scratch();
  if (owner_item_.node.has_value()) {
    uint32_t end = owner_item_.node.index + 1;
    flow_.reset(end - tree_->node(owner_item_.node).subtree_size, end);
  }
  resolver_.record_used_imports(&result_.used_imports);
  resolver_.record_used_items(&result_.used_items);
  resolver_.record_waits(&result_.waits_on);
  item_scopes_.push_back(owner_item_.module);
  const Item& parent = crate_.item(owner_item_.parent);
  if (parent.kind == ItemKind::Impl) self_type_ = crate_.impls[parent.data].self_type;
}

BodyChecker::~BodyChecker() {
  ScratchPool<Var>::give(vars_);
  ScratchPool<Local>::give(locals_);
  ScratchPool<uint32_t>::give(scope_marks_);
  ScratchPool<ItemId>::give(item_scopes_);
  ScratchPool<LoopFrame>::give(loops_);
  ScratchPool<TypeId>::give(flow_types_);
  ScratchPool<LiteralUse>::give(int_literals_);
  ScratchPool<ComparisonUse>::give(comparisons_);
  ScratchPool<LiteralUse>::give(float_literals_);
  ScratchPool<uint32_t>::give(self_calls_);
  ScratchPool<FlowLocal>::give(flow_.locals);
  ScratchPool<UnitPatternLookup>::give(unit_pattern_lookups_);
}

// The per-body working vectors come from this thread's pool (scratch_pool.h).
void BodyChecker::take_scratch() {
  vars_ = ScratchPool<Var>::take();
  locals_ = ScratchPool<Local>::take();
  scope_marks_ = ScratchPool<uint32_t>::take();
  item_scopes_ = ScratchPool<ItemId>::take();
  loops_ = ScratchPool<LoopFrame>::take();
  flow_types_ = ScratchPool<TypeId>::take();
  int_literals_ = ScratchPool<LiteralUse>::take();
  comparisons_ = ScratchPool<ComparisonUse>::take();
  float_literals_ = ScratchPool<LiteralUse>::take();
  self_calls_ = ScratchPool<uint32_t>::take();
  flow_.locals = ScratchPool<FlowLocal>::take();
  unit_pattern_lookups_ = ScratchPool<UnitPatternLookup>::take();
}

namespace {

// suggest_calling_fn_item's label at the function, which label_mismatches
// must not take for the reason of an expectation.
constexpr std::string_view kFunctionDefinedLabel = "function `";

bool contains_error_node(const SyntaxTree& tree, NodeId root) {
  uint32_t first = root.index + 1 - tree.node(root).subtree_size;
  for (uint32_t i = first; i < root.index; ++i) {
    if (tree.nodes[i].kind == NodeKind::Error) return true;
  }
  return false;
}

}  // namespace

// Root-first checking: a body that met an indeterminate path, or used an
// item of its crate whose signature did (its own, a function it calls, a
// struct whose field it reads, ...), keeps only its type checking's
// diagnostics (indeterminate parts raise none). Match, flow and lint passes
// need every type, so they wait for the check run once the dependencies
// settled. Every type a body sees comes from its own paths or from the
// signatures of the items it uses, whose waits item_waits closes over the
// items they name; so a body that waits on nothing is checked for good.
bool BodyChecker::finish_waits() {
  std::vector<uint32_t>& waits = result_.waits_on;
  append_signature_waits(waits);
  std::sort(waits.begin(), waits.end());
  waits.erase(std::unique(waits.begin(), waits.end()), waits.end());
  return waits.empty();
}

// The waits of the signatures the body has used so far (its own included).
void BodyChecker::append_signature_waits(std::vector<uint32_t>& out) const {
  if (crate_.item_waits.empty()) return;
  crate_.append_item_waits(owner_.index, out);
  for (uint32_t item : result_.used_items) crate_.append_item_waits(item, out);
  for (uint32_t item : result_.constructed_items) crate_.append_item_waits(item, out);
  for (auto [item, field] : result_.read_fields) crate_.append_item_waits(item, out);
}

bool BodyChecker::met_unsettled() const {
  if (!result_.waits_on.empty()) return true;
  std::vector<uint32_t> waits;
  append_signature_waits(waits);
  return !waits.empty();
}

Diagnostic& BodyChecker::resolution_error(Diagnostic d) {
  // A binding that shadows a static (E0530) is still a good binding, and a
  // private item (E0603) is still the item the path names, and so is the
  // first glob's item of an ambiguous name (E0659): the body is not tainted,
  // its lints come as usual (as rustc's).
  if (d.kind != DiagKind::BindingShadowsItem && d.kind != DiagKind::PrivateItem && d.kind != DiagKind::AmbiguousName) {
    tainted_ = true;
  }
  // rustc reports a path whose first segment names nothing ("cannot find
  // module or crate") only when type checking reaches it, and a struct
  // called like a function is stashed until then too.
  bool at_type_check = d.kind == DiagKind::CannotFindModuleOrCrate || d.kind == DiagKind::CannotFindTypeInScope ||
                       d.kind == DiagKind::StructCalled;
  std::vector<Diagnostic>& out = at_type_check ? result_.type_diagnostics : result_.resolution_diagnostics;
  out.push_back(std::move(d));
  return out.back();
}

// An unmet operator obligation (E0277): rustc reports those when it next
// selects obligations, at the end of the statement (flush_obligation_errors()).
Diagnostic& BodyChecker::obligation_error(Diagnostic d) {
  tainted_ = true;
  pending_obligation_errors_.push_back(std::move(d));
  return pending_obligation_errors_.back();
}

void BodyChecker::flush_obligation_errors() {
  for (Diagnostic& d : pending_obligation_errors_) type_error(std::move(d));
  pending_obligation_errors_.clear();
}

Diagnostic& BodyChecker::type_error(Diagnostic d) {
  if (d.level == Level::Error) tainted_ = true;
  result_.type_diagnostics.push_back(std::move(d));
  return result_.type_diagnostics.back();
}

// (A second mutable borrow of an immutable binding joins the first's error:
// see check_mutable_place.)
void BodyChecker::borrow_error(Diagnostic d) { borrow_diagnostics_.push_back(std::move(d)); }

IfParts if_parts(const SyntaxTree& tree, NodeId node) {
  IfParts parts;
  for (NodeId c : Kids(tree, node)) {
    NodeKind k = tree.kind(c);
    if (parts.condition.is_none() && is_expr_kind(k)) {
      parts.condition = c;
    } else if (parts.then_block.is_none() && k == NodeKind::BlockExpr) {
      parts.then_block = c;
    } else if (parts.then_block.has_value() && (k == NodeKind::BlockExpr || k == NodeKind::IfExpr)) {
      parts.else_branch = c;
    }
  }
  return parts;
}

bool BodyChecker::only_lifetime_arguments(NodeId segment) const {
  if (tree_->kind(segment) != NodeKind::PathSegment) return false;
  NodeId args = first_child(*tree_, segment, NodeKind::GenericArgList);
  if (args.is_none()) return false;
  for (NodeId arg : Kids(*tree_, args)) {
    if (tree_->kind(arg) != NodeKind::LifetimeArg) return false;
  }
  return true;
}

bool BodyChecker::is_lone_binding(NodeId pattern) const {
  if (pattern.is_none() || tree_->kind(pattern) != NodeKind::IdentPat) return false;
  for (NodeId c : Kids(*tree_, pattern)) {
    if (is_pattern_kind(tree_->kind(c))) return false;
  }
  return true;
}

void BodyChecker::label_mismatches(size_t first_new, Span at, const BindingExpectation& origin, DiagKind kind) {
  for (size_t i = first_new; i < result_.type_diagnostics.size(); ++i) {
    Diagnostic& d = result_.type_diagnostics[i];
    // (A called function's definition is no reason for the expectation: suggest_calling_fn_item.)
    bool explained = std::any_of(d.secondary.begin(), d.secondary.end(),
                                 [](const Label& l) { return !l.text.starts_with(kFunctionDefinedLabel); });
    if (d.kind == kind && d.primary.span == at && !explained) {
      d.with_secondary(origin.span, std::string(origin.label));
    }
  }
}

std::string BodyChecker::label_name(TypeId type) {
  TypeId t = shallow(type);
  if (types_.kind(t) == TypeKind::IntVar) return "integer";
  if (types_.kind(t) == TypeKind::FloatVar) return "floating-point number";
  return "`" + show(t) + "`";
}

// A type as rustc names it where `written` (a return type, a string
// literal) shows its reference is `'static`: sluice's types carry no
// lifetimes, rustc's do.
std::string BodyChecker::show_with_static(TypeId type, Span written) {
  std::string shown = show(type);
  std::string_view text = text_.substr(written.begin, written.length());
  bool is_static = text.starts_with("&'static ") || text.starts_with('"') || text.starts_with("r\"") ||
                   text.starts_with("r#\"");
  if (is_static && shown.starts_with('&') && !shown.starts_with("&'")) shown = "&'static " + shown.substr(1);
  return shown;
}

void BodyChecker::report_mismatch(Span span, TypeId expected, TypeId found, NodeId expr,
                                  std::string_view shorthand_field) {
  if (is_error(expected) || is_error(found)) return;
  // rustc offers the call of a fn item for any value, but no conversion (nor
  // the other helps below) for the one whose expectation another expression set.
  NodeId value = expr;
  if (expr == no_conversion_help_for_) expr = NodeId::none();
  if (!arms_contexts_.empty() && arms_contexts_.back().current.file.has_value() &&
      arms_contexts_.back().current == span && !arms_contexts_.back().earlier.empty()) {
    const ArmsContext& arms = arms_contexts_.back();
    Diagnostic d = make_diagnostic(DiagKind::MatchArmsIncompatible, span, {});
    d.with_label(mismatch_label(expected, found));
    d.with_secondary(arms.head, "`match` arms have incompatible types");
    for (const auto& [at, type] : arms.earlier) {
      d.with_secondary(at, "this is found to be of type `" + show_with_static(type, at) + "`");
    }
    if (expr.has_value()) suggest_numeric_conversion(d, expr, expected, found, shorthand_field);
    type_error(std::move(d));
    return;
  }
  Diagnostic d = make_diagnostic(DiagKind::MismatchedTypes, span, {});
  d.with_label(mismatch_label(expected, found));
  if (pattern_scrutinee_.span.file.has_value()) {
    // A pattern's mismatch: rustc shows what the pattern is matched against.
    d.with_secondary(pattern_scrutinee_.span, "this expression has type `" + show(pattern_scrutinee_.type) + "`");
  }
  if (is_return_site(span) && return_type_span_.file.has_value()) {
    d.with_secondary(return_type_span_, "expected `" + show_with_static(expected, return_type_span_) +
                                            "` because of return type");
  }
  if (std::optional<std::string> note = expected_found_note(expected, found)) d.with_note(std::move(*note));
  if (is_unit(expected)) explain_unit_expectation(d, span, found);
  if (expr.has_value() && is_unit(found) && is_return_site(span)) explain_loop_tail(d, expr, expected);
  if (expr.has_value()) suggest_numeric_conversion(d, expr, expected, found, shorthand_field);
  suggest_calling_fn_item(d, value, expected, found);
  type_error(std::move(d));
}

// Where a value is what the function returns (its body's value, a `return`'s
// value, and through them a block's tail and an `if`'s branches), rustc's
// E0308 names the return type as the reason for the expectation.
void BodyChecker::mark_return_site(NodeId expr, int depth) {
  if (expr.is_none() || depth > 64 || (return_type_span_.file.is_none() && default_return_span_.file.is_none())) return;
  return_sites_.push_back(tree_->span(expr));
  switch (tree_->kind(expr)) {
    case NodeKind::BlockExpr:
      // A block without a value is reported as that (check_stmt_list), not as what the function returns.
      if (block_tail_expr(expr).is_none()) return_sites_.pop_back();
      mark_return_site(block_tail_expr(expr), depth + 1);
      break;
    case NodeKind::ParenExpr: mark_return_site(paren_inner(expr), depth + 1); break;
    case NodeKind::MatchExpr: {
      NodeId arms = first_child(*tree_, expr, NodeKind::MatchArmList);
      if (arms.is_none()) break;
      for (NodeId arm : Kids(*tree_, arms)) {
        if (tree_->kind(arm) != NodeKind::MatchArm) continue;
        NodeId body;
        for (NodeId c : Kids(*tree_, arm)) {
          if (is_expr_kind(tree_->kind(c))) body = c;
        }
        mark_return_site(body, depth + 1);
      }
      break;
    }
    case NodeKind::IfExpr: {
      auto [cond, then_block, else_branch] = if_parts(*tree_, expr);
      // Without `else`, its branch is `()` because of the `if` (E0317 when the function wants a value).
      if (else_branch.is_none()) break;
      mark_return_site(block_tail_expr(then_block), depth + 1);
      mark_return_site(else_branch, depth + 1);
      break;
    }
    default: break;
  }
}

// The type a struct, enum or type alias names (`type Ins = Instruction;`: the enum).
TypeId BodyChecker::type_of_type_item(ItemRef ref) {
  const Item& item = resolver_.item(ref);
  if (item.kind == ItemKind::TypeAlias) return resolver_.map_of(ref.crate)->type_aliases[item.data];
  return types_.adt(ref);
}

// rustc's type privacy (after type checking; reported only for a crate
// without errors, with E0451): an expression whose type names a struct or
// enum not visible here, or a path to a function whose signature does. An
// expression inside one reported is not reported again.
void BodyChecker::report_private_types() {
  std::vector<std::pair<const TypedSite*, ItemRef>> found;
  for (const TypedSite& site : typed_sites_) {
    if (std::optional<ItemRef> adt = inaccessible_type_in(site.type, 0)) found.push_back({&site, *adt});
  }
  // Outer expressions first, as rustc's visitor meets them.
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    const Span &x = a.first->covers, &y = b.first->covers;
    if (x.begin != y.begin || x.end != y.end) return x.begin != y.begin ? x.begin < y.begin : x.end > y.end;
    return a.first->at == x && !(b.first->at == y);  // an expression's own type before its method's
  });
  Span outer, last;
  for (const auto& [site, adt] : found) {
    Span span = site->at;
    if (span == last || (outer.file.has_value() && outer.contains(site->covers))) continue;
    last = span;
    if (!site->format_part) outer = site->covers;
    Diagnostic d = make_diagnostic(DiagKind::TypeIsPrivate, span, {std::string(resolver_.item(adt).name)});
    d.with_label("private type");
    result_.privacy_diagnostics.push_back(std::move(d));
  }
  typed_sites_.clear();
}

std::optional<ItemRef> BodyChecker::inaccessible_type_in(TypeId type, int depth) {
  TypeId t = resolved(type, 0, true);
  if (depth > 16 || types_.has_error(t)) return std::nullopt;
  switch (types_.kind(t)) {
    case TypeKind::Adt: {
      ItemRef adt = types_.data(t).item;
      if (!resolver_.is_accessible(adt.crate, resolver_.item(adt).visible_in, item_scope())) return adt;
      return std::nullopt;
    }
    case TypeKind::Tuple:
      for (TypeId e : types_.tuple_elements(t)) {
        if (std::optional<ItemRef> adt = inaccessible_type_in(e, depth + 1)) return adt;
      }
      return std::nullopt;
    case TypeKind::Array:
    case TypeKind::Slice:
    case TypeKind::Ref: return inaccessible_type_in(types_.element(t), depth + 1);
    case TypeKind::FnDef: {
      ItemRef fn = types_.data(t).item;
      if (fn.crate == ItemRef::kStdCrate) return std::nullopt;
      const Item& item = resolver_.item(fn);
      if (item.kind != ItemKind::Fn) return std::nullopt;
      const CrateDefMap* map = resolver_.map_of(fn.crate);
      const FnData& data = map->fns[item.data];
      if (item.parent.has_value() && map->items[item.parent.index].kind == ItemKind::Impl) {
        if (std::optional<ItemRef> adt = inaccessible_type_in(map->impls[map->items[item.parent.index].data].self_type,
                                                              depth + 1)) {
          return adt;
        }
      }
      for (TypeId p : data.params) {
        if (std::optional<ItemRef> adt = inaccessible_type_in(p, depth + 1)) return adt;
      }
      return inaccessible_type_in(data.ret, depth + 1);
    }
    default: return std::nullopt;
  }
}

bool BodyChecker::is_return_site(Span span) const {
  return std::find(return_sites_.begin(), return_sites_.end(), span) != return_sites_.end();
}

// A `while` or `for` loop where the function's value is due: rustc says
// what such a loop evaluates to and where a value (or a divergence) goes.
void BodyChecker::explain_loop_tail(Diagnostic& d, NodeId loop, TypeId expected) {
  NodeKind kind = tree_->kind(loop);
  if (kind != NodeKind::WhileExpr && kind != NodeKind::ForExpr) return;
  Span at = tree_->span(loop);
  if (is_never(shallow(expected))) d.with_note(aligned_expected_found("expected type", "!", "found unit type", "()"));
  d.with_note(std::string(kind == NodeKind::WhileExpr ? "`while`" : "`for`") + " loops evaluate to unit type `()`");
  Span after{at.file, at.end, at.end};
  if (is_never(shallow(expected))) {
    d.with_fix(after, " /* `loop {}` or `panic!(\"...\")` */", "consider adding a diverging expression here",
               Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
  } else {
    d.with_fix(after, "\n" + line_indentation(at.begin) + "/* `" + show(expected) + "` value */",
               "consider returning a value here", Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
  }
}

// Why `()` was expected of a value, as rustc explains it: a statement or a
// block's tail that a `;` would make `()`; a value the function returns
// where its return type is implicit; an `if` branch of an `if` that must be `()`.
void BodyChecker::explain_unit_expectation(Diagnostic& d, Span span, TypeId found) {
  auto semicolon_after = [&](Span at, SuggestionStyle style) {
    d.with_fix(Span{at.file, at.end, at.end}, ";", "consider using a semicolon here", Applicability::MachineApplicable,
               style);
  };
  bool semicolon = false;
  for (const SemicolonSite& site : semicolon_sites_) {
    if (site.expr != span) continue;
    semicolon_after(span, site.statement ? SuggestionStyle::HideCodeInline : SuggestionStyle::ShowCode);
    semicolon = true;
    break;
  }
  if (is_return_site(span) && default_return_span_.file.has_value()) {
    // The crate's `main` must return `()`: rustc only says where that comes from.
    bool entry_point = owner_item_.name == "main" && owner_item_.parent == crate_.root();
    if (entry_point) {
      d.with_secondary(default_return_span_, "expected `()` because of default return type");
    } else {
      suggest_return_type(d, found, span);
    }
    return;
  }
  for (const UnitIfBranch& branch : unit_if_branch_tails_) {
    if (branch.tail != span) continue;
    if (branch.has_else) d.with_secondary(branch.whole_if, "expected this to be `()`");
    // rustc also offers to end the `if` itself (even where a `;` follows: `;;`).
    if (semicolon) semicolon_after(branch.whole_if, SuggestionStyle::ShowCode);
    break;
  }
}

// `fn f() { 1 }`: rustc offers ` -> i32` (the literal's fallback type) where
// the type can be written: not for a function item's type or a value whose
// type is not known.
void BodyChecker::suggest_return_type(Diagnostic& d, TypeId found, Span found_at) {
  TypeId t = resolved(found, 0, true);
  if (types_.has_vars(t) || types_.has_error(t) || is_never(t)) return;
  TypeKind kind = types_.kind(shallow(t));
  if (kind == TypeKind::FnDef || kind == TypeKind::Iter) return;
  d.with_fix(default_return_span_, " -> " + show_with_static(t, found_at), "try adding a return type",
             Applicability::MachineApplicable);
}

// rustc spells both types out in a note when they are the same kind of
// compound type (two arrays, two references, two tuples), where the label's
// short form may not show what differs. Not for arrays of different sizes:
// their label says it.
std::optional<std::string> BodyChecker::expected_found_note(TypeId expected, TypeId found) {
  TypeId e = shallow(expected), f = shallow(found);
  TypeKind kind = types_.kind(e);
  if (kind != TypeKind::FnDef && fn_item_function(f) != nullptr) {
    return aligned_expected_found("expected " + type_sort(e), show(e), "found fn item", show(f));
  }
  if (kind != types_.kind(f)) return std::nullopt;
  std::string sort;
  switch (kind) {
    case TypeKind::Ref: sort = types_.is_mutable_ref(e) ? "mutable reference" : "reference"; break;
    case TypeKind::Array:
      if (types_.data(e).length != types_.data(f).length) return std::nullopt;
      sort = "array";
      break;
    case TypeKind::Slice: sort = "slice"; break;
    case TypeKind::Tuple: sort = types_.tuple_elements(e).empty() ? "unit type" : "tuple"; break;
    default: return std::nullopt;
  }
  std::string found_sort = kind == TypeKind::Ref && types_.is_mutable_ref(f) != types_.is_mutable_ref(e)
                               ? (types_.is_mutable_ref(f) ? "mutable reference" : "reference") : sort;
  if (kind == TypeKind::Tuple) found_sort = types_.tuple_elements(f).empty() ? "unit type" : "tuple";
  return aligned_expected_found("expected " + sort, show(e), "found " + found_sort, show(f));
}

// rustc right-aligns the two descriptions: `     expected reference` over `found mutable reference`.
std::string aligned_expected_found(std::string expected_text, const std::string& expected, std::string found_text,
                                   const std::string& found) {
  size_t width = std::max(expected_text.size(), found_text.size());
  expected_text.insert(0, width - expected_text.size(), ' ');
  found_text.insert(0, width - found_text.size(), ' ');
  return expected_text + " `" + expected + "`\n" + found_text + " `" + found + "`";
}

// rustc names what differs when only an array's length or a tuple's arity does.
std::string BodyChecker::mismatch_label(TypeId expected, TypeId found) {
  TypeId e = shallow(expected), f = shallow(found);
  TypeKind ek = types_.kind(e), fk = types_.kind(f);
  if (ek == TypeKind::Array && fk == TypeKind::Array && types_.data(e).length != types_.data(f).length &&
      show(types_.element(e)) == show(types_.element(f))) {
    return "expected an array with a size of " + std::to_string(types_.data(e).length) + ", found one with a size of " +
           std::to_string(types_.data(f).length);
  }
  if (ek == TypeKind::Ref && fk == TypeKind::Ref && types_.is_mutable_ref(e) != types_.is_mutable_ref(f)) {
    return "types differ in mutability";
  }
  if (ek == TypeKind::Tuple && fk == TypeKind::Tuple) {
    size_t want = types_.tuple_elements(e).size(), got = types_.tuple_elements(f).size();
    if (want != got && want != 0 && got != 0) {  // `()` is "unit type" to rustc, not a tuple
      return "expected a tuple with " + std::to_string(want) + " element" + (want == 1 ? "" : "s") + ", found one with " +
             std::to_string(got) + " element" + (got == 1 ? "" : "s");
    }
  }
  if (ek != TypeKind::FnDef && fn_item_function(f) != nullptr) return "expected " + label_name(expected) + ", found fn item";
  return "expected " + label_name(expected) + ", found " + label_name(found);
}

const FnData* BodyChecker::fn_item_function(TypeId type, const Item** item_out) {
  TypeId t = shallow(type);
  if (types_.kind(t) != TypeKind::FnDef) return nullptr;
  ItemRef ref = types_.data(t).item;
  const CrateDefMap* map = ref.crate == ItemRef::kStdCrate ? nullptr : resolver_.map_of(ref.crate);
  if (map == nullptr || map->items[ref.item].kind != ItemKind::Fn) return nullptr;
  if (item_out != nullptr) *item_out = &map->items[ref.item];
  return &map->fns[map->items[ref.item].data];
}

std::string BodyChecker::call_placeholders(const std::vector<TypeId>& params) {
  std::string arguments = "(";
  for (size_t i = 0; i < params.size(); ++i) arguments += (i > 0 ? ", " : "") + ("/* " + show(params[i]) + " */");
  return arguments + ")";
}

// `let n: u32 = size;`: where calling the function gives what is expected,
// rustc points at it and offers the call.
void BodyChecker::suggest_calling_fn_item(Diagnostic& d, NodeId expr, TypeId expected, TypeId found) {
  const Item* item = nullptr;
  const FnData* fn = fn_item_function(found, &item);
  if (fn == nullptr || fn->self != SelfParamKind::None || expr.is_none() || is_error(fn->ret)) return;
  if (show(fn->ret) != show(expected)) return;
  if (item->def_span.file.has_value()) d.with_secondary(item->def_span, std::string(kFunctionDefinedLabel) + std::string(item->name) + "` defined here");
  Span end{tree_->span(expr).file, tree_->span(expr).end, tree_->span(expr).end};
  d.with_fix(end, call_placeholders(fn->params), "use parentheses to call this function",
             fn->params.empty() ? Applicability::MachineApplicable : Applicability::HasPlaceholders,
             SuggestionStyle::ShowAlways);
}

BodyResult BodyChecker::run() {
  NodeId node = owner_item_.node;
  // A body the parser recovered with an error node in it (`let q = 3 +;`) is
  // type-checked, but like a body with type errors it gets no lints and no
  // borrow checking, as in rustc. (A recovery without one, such as a missing
  // `;`, leaves a body like any other.)
  if (tree_->node(node).flags & Node::kHasError) tainted_ |= contains_error_node(*tree_, node);
  record_expr_types_ = !crate_.interface_leaks.empty();
  if (owner_item_.kind == ItemKind::Fn) {
    const FnData& fn = crate_.fns[owner_item_.data];
    return_type_ = fn.ret;
    // An unsized return type is the signature's error (E0277): rustc expects nothing of the body then.
    if (types_.kind(fn.ret) == TypeKind::Str || types_.kind(fn.ret) == TypeKind::Slice) return_type_ = types_.error();
    if (NodeId ret = first_child(*tree_, node, NodeKind::RetType); ret.has_value()) {
      for (NodeId part : Kids(*tree_, ret)) {
        if (is_type_kind(tree_->kind(part))) return_type_span_ = tree_->span(part);
      }
    } else if (NodeId params = first_child(*tree_, node, NodeKind::ParamList); params.has_value()) {
      Span after = tree_->span(params);
      default_return_span_ = Span{after.file, after.end, after.end};
    }
    // A parameter whose type is unknown (an error reported with the
    // signature, or a path into something opaque) taints the body as in
    // rustc: no lints and no borrow checking.
    for (TypeId param : fn.params) tainted_ |= is_error(param);
    tainted_ |= is_error(fn.ret);  // also an elided lifetime with nothing to borrow from (E0106)
    NodeId body = first_child(*tree_, node, NodeKind::BlockExpr);
    push_scope();
    if (fn.self != SelfParamKind::None) {
      TypeId self = self_type_.has_value() ? self_type_ : types_.error();
      if (fn.self == SelfParamKind::Ref) self = types_.reference(self, false);
      if (fn.self == SelfParamKind::RefMut) self = types_.reference(self, true);
      uint32_t self_local = declare_local("self", self, fn.self_mut_binding, Span{});
      if (fn.self_mut_binding) note_mut_self(node, locals_[self_local]);
    }
    NodeId params = first_child(*tree_, node, NodeKind::ParamList);
    uint32_t index = 0;
    uint32_t first_param_local = 0;
    std::vector<std::pair<std::string_view, Span>> parameter_names;
    parameter_names_ = &parameter_names;
    if (params.has_value()) {
      bool first = true;
      for (NodeId param : Kids(*tree_, params)) {
        if (tree_->kind(param) != NodeKind::Param) continue;
        NodeId self_param = first_child(*tree_, param, NodeKind::SelfParam);
        if (std::exchange(first, false) && self_param.has_value()) continue;  // the receiver, declared above
        TypeId type = index < fn.params.size() ? fn.params[index] : types_.error();
        ++index;
        if (self_param.has_value()) {
          // A misplaced `self` (a parse error): a parameter named `self`, bound twice after a receiver.
          Span name = tree_->span(first_child(*tree_, self_param, NodeKind::Name));
          if (fn.self != SelfParamKind::None) {
            Diagnostic d = make_diagnostic(DiagKind::ParameterBoundTwice, name, {"self"});
            d.with_label("used as parameter more than once");
            result_.resolution_diagnostics.push_back(std::move(d));
          }
          bool mut_binding = tree_->has_modifier(self_param, ModifierKind::Mut) &&
                             !tree_->has_modifier(self_param, ModifierKind::Ref);
          declare_local("self", type, mut_binding, Span{});
          continue;
        }
        NodeId type_node;
        for (NodeId part : Kids(*tree_, param)) {
          if (is_type_kind(tree_->kind(part))) type_node = part;
        }
        lint_paren_types(type_node);
        report_unsized_parameter(type_node, type);
        for (NodeId part : Kids(*tree_, param)) {
          if (!is_pattern_kind(tree_->kind(part))) continue;
          if (type_node.has_value() && is_lone_binding(part)) {
            binding_expectation_ = {tree_->span(type_node), "expected due to this parameter type"};
          }
          check_pattern(part, type, true);
          binding_expectation_.reset();
        }
      }
    }
    parameter_names_ = nullptr;
    for (Local& local : locals_) local.is_parameter = true;
    if (NodeId ret = first_child(*tree_, node, NodeKind::RetType); ret.has_value()) {
      for (NodeId part : Kids(*tree_, ret)) {
        if (is_type_kind(tree_->kind(part))) lint_paren_types(part);
      }
    }
    std::vector<uint32_t> parameters;
    for (uint32_t uid = first_param_local; uid < flow_.locals.size(); ++uid) parameters.push_back(uid);
    if (body.has_value()) {
      body_tail_ = block_tail_expr(body);
      mark_return_site(body_tail_, 0);
      check_block(body, return_type_);
    }
    check_default_trait_calls();
    report_negated_unsigned_vars();
    flush_obligation_errors();
    report_deferred_casts();
    apply_diverging_fallback();
    report_private_types();
    for (Diagnostic& d : unsized_arguments_) type_error(std::move(d));
    report_unknown_let_types();
    report_self_assignments();
    pop_scope();
    if (!finish_waits()) return std::move(result_);
    run_match_checks();
    if (!tainted_ && !check_repeated_values()) tainted_ = true;  // (its errors end the body's MIR checks)
    if (body.has_value() && !tainted_) run_flow(body, parameters);
    if (body.has_value() && !tainted_) lint_unconditional_recursion(body);
    if (!tainted_) lint_type_limits();
    lint_body_ = body;
    if (!tainted_) lint_known_panics(result_.known_panic_lints);
  } else {
    // A const's or static's initialiser, or a variant's discriminant (an isize).
    bool variant = owner_item_.kind == ItemKind::Variant;
    TypeId type = variant ? types_.int_type(IntKind::Isize) : crate_.consts[owner_item_.data].type;
    NodeId value = first_child(*tree_, node, variant ? NodeKind::Discriminant : NodeKind::DefaultValue);
    NodeId expr;
    if (value.has_value()) {
      for (NodeId child : Kids(*tree_, value)) {
        if (is_expr_kind(tree_->kind(child))) expr = child;
      }
    }
    if (!variant) {
      for (NodeId part : Kids(*tree_, node)) {
        if (is_type_kind(tree_->kind(part))) lint_paren_types(part);
      }
    }
    if (expr.has_value()) lint_parens(expr, "assigned value");
    if (expr.has_value()) check_expr(expr, type);
    check_default_trait_calls();
    report_negated_unsigned_vars();
    flush_obligation_errors();
    report_deferred_casts();
    apply_diverging_fallback();
    report_private_types();
    if (!finish_waits()) return std::move(result_);
    // rustc evaluates a free const or static as it checks it (E0080); an
    // associated const only where it is used, and lints it meanwhile.
    bool associated = owner_item_.parent.has_value() &&
                      resolver_.item(ItemRef{crate_.crate, owner_item_.parent.index}).kind == ItemKind::Impl;
    bool const_checked = !tainted_ && !report_non_const_calls();
    std::string name(owner_item_.name);  // as rustc names what it evaluates
    if (variant) name = std::string(crate_.item(owner_item_.parent).name) + "::" + name + "::{constant#0}";
    if (const_checked && expr.has_value() && !associated) evaluate_constant(expr, type, name);
    run_match_checks();
    if (!tainted_) lint_type_limits();
    // Unlike a function's (a late lint, when the crate has no errors), whatever the other errors.
    if (!tainted_ && associated) lint_known_panics(borrow_diagnostics_);
  }
  if (!tainted_) publish_borrow_check();
  return std::move(result_);
}

// `[value; N]` copies the value N times: E0277 for one that is not Copy,
// once per element type in a body (`[[c; 2]; 2]` reports `c`'s type once),
// as rustc's MIR type check. Returns false when it reported any.
bool BodyChecker::check_repeated_values() {
  std::vector<std::string> reported;
  for (const auto& [value, type] : repeated_values_) {
    TypeId element = shallow(type);
    while (types_.kind(element) == TypeKind::Array) element = shallow(types_.element(element));
    if (is_error(element) || types_.kind(element) == TypeKind::InferVar || is_copy(element)) continue;
    std::string name = show(element);
    if (std::find(reported.begin(), reported.end(), name) != reported.end()) continue;
    reported.push_back(name);
    Diagnostic d = make_diagnostic(DiagKind::TraitBoundNotSatisfied, tree_->span(value), {name, "Copy"});
    d.with_label("the trait `Copy` is not implemented for `" + name + "`");
    d.with_note("the `Copy` trait is required because this value will be copied for each element of the array");
    d.with_help("consider using `core::array::from_fn` to initialize the array");
    d.with_help("see https://doc.rust-lang.org/stable/std/array/fn.from_fn.html for more information");
    suggest_derive(d, element, "Copy");
    result_.borrow_diagnostics.push_back(std::move(d));
  }
  return reported.empty();
}

// What rustc's MIR passes report for a body: unconditional_recursion (as
// the MIR is built); the borrow checker's unused_mut, which it emits before
// the errors it buffered; those errors, sorted by span; then the liveness lints.
void BodyChecker::publish_borrow_check() {
  sort_liveness_lints();
  std::vector<Diagnostic> liveness;
  for (Diagnostic& d : liveness_lints_) {
    if (d.kind == DiagKind::UnconditionalRecursion) result_.borrow_diagnostics.push_back(std::move(d));
    else if (d.kind == DiagKind::UnusedMut) result_.borrow_diagnostics.push_back(std::move(d));
    else liveness.push_back(std::move(d));
  }
  std::stable_sort(borrow_diagnostics_.begin(), borrow_diagnostics_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::pair(a.primary.span.begin, a.primary.span.end) < std::pair(b.primary.span.begin, b.primary.span.end);
  });
  for (Diagnostic& d : borrow_diagnostics_) result_.borrow_diagnostics.push_back(std::move(d));
  // rustc sorts by span, and a span inside a macro's expansion comes after the source's.
  for (Diagnostic& d : expansion_borrow_diagnostics_) result_.borrow_diagnostics.push_back(std::move(d));
  for (Diagnostic& d : liveness) result_.borrow_diagnostics.push_back(std::move(d));
}

// rustc's order within a body: unconditional_recursion (MIR building), then
// unused_mut (the borrow checker), then the liveness pass: unused variables
// by where they are declared, then assignments never read by where they are.
void BodyChecker::sort_liveness_lints() {
  auto pass = [](DiagKind kind) {
    switch (kind) {
      case DiagKind::UnconditionalRecursion: return 0;
      case DiagKind::UnusedMut: return 1;
      case DiagKind::UnusedVariable:
      case DiagKind::VariableAssignedNeverUsed: return 2;
      default: return 3;
    }
  };
  std::stable_sort(liveness_lints_.begin(), liveness_lints_.end(), [&](const Diagnostic& a, const Diagnostic& b) {
    int pa = pass(a.kind), pb = pass(b.kind);
    if (pa != pb) return pa < pb;
    return a.primary.span.begin < b.primary.span.begin;
  });
}

uint32_t BodyChecker::declare_local(std::string_view name, TypeId type, bool is_mut, Span span, bool initialized) {
  Local local;
  local.name = name;
  local.type = type;
  local.is_mut = is_mut;
  local.span = span;
  local.assigned_at_declaration = initialized;
  local.in_dead_code = in_unreachable_code();
  local.uid = static_cast<uint32_t>(flow_.locals.size());
  FlowLocal fact;
  fact.name = name;
  fact.span = span;
  fact.is_mut = is_mut;
  fact.initialized = initialized;
  if (binding_expectation_ && binding_expectation_->label == "expected due to this type") {
    fact.annotation = binding_expectation_->span;
  }
  flow_.locals.push_back(fact);
  flow_types_.push_back(type);
  locals_.push_back(local);
  if (span.file.has_value() && name != "self") result_.bindings.push_back({name, span});
  return static_cast<uint32_t>(locals_.size() - 1);
}

// E0381 for a local no statement assigns: rustc's "consider assigning a
// value", a value of its type written after the declaration.
void BodyChecker::suggest_initial_value(Diagnostic& d, uint32_t local) {
  const FlowLocal& info = flow_.locals[local];
  Span after = info.annotation.file.has_value() ? info.annotation : info.span;
  std::optional<std::string> value = value_suggestion(flow_types_[local], 0);
  if (!after.file.has_value() || !value) return;
  d.with_fix(Span{after.file, after.end, after.end}, " = " + *value, "consider assigning a value",
             Applicability::HasPlaceholders, SuggestionStyle::ShowAlways);
}

// rustc's placeholder value of a type: `42`, `false`, `[42; 2]`, `&[]`,
// `Default::default()` for a type deriving Default, else `/* value */`.
std::optional<std::string> BodyChecker::value_suggestion(TypeId type, int depth) {
  TypeId t = shallow(type);
  const TypeData& d = types_.data(t);
  if (depth > 8) return std::nullopt;
  switch (d.kind) {
    case TypeKind::Bool: return "false";
    case TypeKind::Int: return "42";
    case TypeKind::Float: return "3.14159";
    case TypeKind::Char: return "'x'";
    case TypeKind::Str: return std::nullopt;
    case TypeKind::Array: {
      std::optional<std::string> element = value_suggestion(TypeId(d.a), depth + 1);
      if (!element) return std::nullopt;
      return "[" + *element + "; " + std::to_string(d.length) + "]";
    }
    case TypeKind::Tuple: {
      std::vector<TypeId> elements(types_.tuple_elements(t).begin(), types_.tuple_elements(t).end());
      if (elements.empty()) return "()";
      std::string out = "(";
      for (size_t i = 0; i < elements.size(); ++i) {
        std::optional<std::string> part = value_suggestion(elements[i], depth + 1);
        if (!part) return std::nullopt;
        out += (i == 0 ? "" : ", ") + *part;
      }
      return out + ")";
    }
    case TypeKind::Ref: {
      TypeId referent = shallow(TypeId(d.a));
      if (types_.kind(referent) == TypeKind::Str) return "\"\"";
      if (types_.kind(referent) == TypeKind::Slice) return std::string(d.detail == 1 ? "&mut [" : "&[") + "]";
      std::optional<std::string> inner = value_suggestion(referent, depth + 1);
      if (!inner) return std::nullopt;
      return (d.detail == 1 ? "&mut " : "&") + *inner;
    }
    case TypeKind::Adt: {
      const CrateDefMap* map = resolver_.map_of(d.item.crate);
      const Item& item = map->items[d.item.item];
      if (item.kind == ItemKind::Struct || item.kind == ItemKind::Enum) {
        if (is_derived(map->adts[item.data], DeriveKind::Default)) return "Default::default()";
        return "/* value */";
      }
      return std::nullopt;
    }
    default: return std::nullopt;
  }
}

// Match checking, for bodies that type-checked; its errors stop the later passes.
void BodyChecker::run_match_checks() {
  if (tainted_) return;
  check_patterns_exhaustive();
  // rustc lowers every pattern of the body before it checks any match: the
  // lowering's errors (empty or out-of-range ranges) come first.
  std::stable_partition(pattern_diagnostics_.begin(), pattern_diagnostics_.end(), [](const Diagnostic& d) {
    return d.kind == DiagKind::RangePatternLowerAboveUpper || d.kind == DiagKind::RangePatternEmpty ||
           d.kind == DiagKind::RangePatternEndOutOfRange;
  });
  for (Diagnostic& d : pattern_diagnostics_) {
    // A deny-by-default lint (bindings_with_variant_name) is no error that stops the later passes.
    bool lint = !d.code.empty() && d.code[0] != 'E';
    if (d.level == Level::Error && !lint) tainted_ = true;
    result_.match_diagnostics.push_back(std::move(d));
  }
  pattern_diagnostics_.clear();
}

// The flow pass, for bodies that type-checked: moves, initialisation, and
// assignments never read.
void BodyChecker::run_flow(NodeId body, const std::vector<uint32_t>& parameters) {
  for (size_t i = 0; i < flow_.locals.size(); ++i) {
    TypeId type = shallow(flow_types_[i]);
    flow_.locals[i].is_copy = is_error(type) || is_copy(type);
    flow_.locals[i].is_mut_ref = types_.kind(type) == TypeKind::Ref && types_.data(type).detail == 1;
    if (!flow_.locals[i].is_copy) flow_.locals[i].type_name = show(type);
  }
  FlowResult flow = run_flow_pass(*tree_, text_, body, flow_, parameters);
  for (const FlowResult::FieldTypeNote& n : flow.field_type_notes) {
    flow.errors[n.error].with_note(std::string(n.partial ? "partial move" : "move") + " occurs because `" + n.place +
                                   "` has type `" + show(n.type) + "`, which does not implement the `Copy` trait");
  }
  for (const auto& [error, moved] : flow.moved_locals) explain_move(flow.errors[error], flow_types_[moved.first], moved.second);
  for (auto [error, local] : flow.never_assigned) suggest_initial_value(flow.errors[error], local);
  for (const FlowResult::MoveOutOfPlace& m : flow.moves_out_of_places) {
    flow.errors[m.error] = m.method_call.has_value() ? describe_receiver_move_out(m) : describe_move_out(m);
  }
  // unused_mut was decided when each local went out of scope, without the
  // flow: a binding declared without a value and assigned again in a loop
  // does need its `mut`.
  for (uint32_t uid : flow.reassigned) {
    for (auto& [index, local_uid] : unused_mut_lints_) {
      if (local_uid == uid) liveness_lints_[index].kind = DiagKind::Count;
    }
  }
  std::erase_if(liveness_lints_, [](const Diagnostic& d) { return d.kind == DiagKind::Count; });
  for (size_t i = 0; i < flow.errors.size(); ++i) {
    bool in_expansion = std::binary_search(flow.expansion_errors.begin(), flow.expansion_errors.end(), i);
    (in_expansion ? expansion_borrow_diagnostics_ : borrow_diagnostics_).push_back(std::move(flow.errors[i]));
  }
  for (Diagnostic& d : flow.lints) liveness_lints_.push_back(std::move(d));
}

// Locals going out of scope: the liveness lints for each (rustc's liveness
// and borrow-checker lints; reads in unreachable code still count here).
void BodyChecker::pop_scope_with_lints(uint32_t mark) {
  for (uint32_t i = mark; i < locals_.size(); ++i) lint_local(locals_[i]);
  locals_.resize(mark);
}

// `mut self`: where unused_mut points (the other liveness lints leave
// `self` alone).
void BodyChecker::note_mut_self(NodeId fn, Local& self) {
  NodeId self_param = self_param_of(*tree_, fn);
  if (self_param.is_none()) return;
  const Node& n = tree_->node(self_param);
  for (uint32_t t = n.first_token; t < n.end_token; ++t) {
    if (tree_->tokens[t].kind != TokenKind::KwSelfValue) continue;
    self.span = tree_->token_span(t);
    self.pattern_span = Span{self.span.file, tree_->token_span(n.first_token).begin, self.span.end};
    return;
  }
}

void BodyChecker::lint_local(const Local& local) {
  if (!local.span.file.has_value() || in_macro_arguments_ || local.in_dead_code) return;
  std::string name(local.name);
  // rustc counts a `mut` binding that is never initialized as used (its
  // borrow checker's never_initialized_mut_locals): E0381 or
  // unused_variables says what is wrong there.
  bool never_initialized = !local.assigned_at_declaration && local.writes.empty() && !local.field_written;
  if (local.is_mut && !local.mutated && !never_initialized && local.pattern_span.file.has_value()) {
    Diagnostic d = make_diagnostic(DiagKind::UnusedMut, local.pattern_span, {});
    if (local.pattern_span.begin == local.span.begin) {
      // A `mut` the parser's recovery of `mut (a, b)` gave: none to remove
      // here. rustc's fix deletes the name; this one, drawn the same way,
      // changes nothing (the syntax error's fix is the one to take).
      d.with_fix(local.span, std::string(local.name), "remove this `mut`", Applicability::MaybeIncorrect,
                 SuggestionStyle::HideCodeInline);
    } else {
      d.with_fix(Span{local.pattern_span.file, local.pattern_span.begin, local.span.begin}, "",
                 "remove this `mut`", Applicability::MachineApplicable, SuggestionStyle::HideCodeInline);
    }
    if (!local.assigned_at_declaration) unused_mut_lints_.push_back({liveness_lints_.size(), local.uid});
    liveness_lints_.push_back(std::move(d));
  }
  if (local.name == "self" || local.name.starts_with("_") || local.reads > 0) return;
  // rustc points the liveness lints at the whole binding, `mut x` included.
  Span binding = local.pattern_span.file.has_value() && !local.shorthand_field ? local.pattern_span : local.span;
  // rustc 1.95 reports a `for` binding that is only assigned as unused, and not its assignments.
  if ((!local.writes.empty() || local.field_written) && !local.bound_by_for) {
    // (A dead write to a field is the flow pass's to report.)
    Diagnostic d = make_diagnostic(DiagKind::VariableAssignedNeverUsed, binding, {name});
    d.with_note("consider using `_" + name + "` instead");
    liveness_lints_.push_back(std::move(d));
    for (const Span& write : local.writes) {
      Diagnostic w = make_diagnostic(DiagKind::ValueAssignedNeverRead, write, {name});
      w.with_help("maybe it is overwritten before being read?");
      liveness_lints_.push_back(std::move(w));
    }
    return;
  }
  Diagnostic d = make_diagnostic(DiagKind::UnusedVariable, binding, {name});
  if (local.shorthand_field) {
    d.with_fix(local.span, name + ": _", "try ignoring the field");
  } else {
    d.with_fix(binding, "_" + name, "if this is intentional, prefix it with an underscore");
  }
  liveness_lints_.push_back(std::move(d));
}

// The local a place expression (`x`, `x.f`, `(x).f[i]`) is rooted in, by
// its index: through fields and parentheses, and through indexing when
// `through_index`. `projected` says whether a field or index was crossed.
std::optional<uint32_t> BodyChecker::place_root_local(NodeId place, bool through_index, bool* projected) {
  NodeId current = place;
  bool crossed = false;
  for (int depth = 0; depth < 64 && current.has_value(); ++depth) {
    NodeKind k = tree_->kind(current);
    if (k == NodeKind::PathExpr) {
      if (projected != nullptr) *projected = crossed;
      NodeId path = first_child(*tree_, current, NodeKind::Path);
      SegmentList segments = path.has_value() ? segments_of(path) : SegmentList{};
      return segments.size() == 1 ? find_local(segments[0].name) : std::nullopt;
    }
    bool step = k == NodeKind::FieldExpr || (through_index && k == NodeKind::IndexExpr);
    if (!step && k != NodeKind::ParenExpr) return std::nullopt;
    crossed |= step;
    NodeId base = first_expr_child(current);
    current = base;
  }
  return std::nullopt;
}

// The local `x` of a place `x.f.g` made of field accesses only.
std::optional<uint32_t> BodyChecker::field_chain_local(NodeId place) {
  bool projected = false;
  std::optional<uint32_t> local = place_root_local(place, false, &projected);
  return projected ? local : std::nullopt;
}

// The local a place expression (`x`, `x.f`, `x[i]`) is rooted in.
BodyChecker::Local* BodyChecker::local_of_place(NodeId place) {
  std::optional<uint32_t> index = place_root_local(place, true, nullptr);
  return index ? &locals_[*index] : nullptr;
}

std::optional<uint32_t> BodyChecker::find_local(std::string_view name) const {
  for (size_t i = locals_.size(); i-- > 0;) {
    if (locals_[i].name == name) return static_cast<uint32_t>(i);
  }
  return std::nullopt;
}

std::optional<Span> BodyChecker::local_definition_span(ItemRef ref) const {
  if (ref.crate != crate_.crate) return std::nullopt;
  const Item& item = resolver_.item(ref);
  if (item.file >= cx_.input->files.size() || cx_.input->files[item.file].tree == nullptr) return std::nullopt;
  return cx_.input->files[item.file].tree->def_span(item.node);
}

std::optional<Span> BodyChecker::local_definition_span(TypeId type) {
  TypeId t = shallow(type);
  if (types_.kind(t) != TypeKind::Adt) return std::nullopt;
  return local_definition_span(types_.data(t).item);
}

void BodyChecker::note_place_type(NodeId node, TypeId type, TypeId base) {
  if (is_copy(type)) return;
  if (in_macro_arguments_) {
    // `println!("{}", take(p.a))` moves the field out of a local (not through a reference).
    FlowFacts::MacroRead* read = macro_reads_ != nullptr && !macro_reads_->empty() ? &macro_reads_->back() : nullptr;
    if (read != nullptr && read->field_node == node && read->field_by_value && types_.kind(shallow(base)) != TypeKind::Ref) {
      read->moved_type = type;
    }
    return;
  }
  flow_.set(node, FlowFacts::kNonCopyPlace);
  flow_.field_types[node.index] = type;
  FlowFacts::PlaceStep step;
  base = shallow(base);
  if (types_.kind(base) == TypeKind::Ref) {
    step.through_reference = true;
    step.mutable_reference = types_.data(base).detail == 1;
    for (int depth = 0; depth < 8 && types_.kind(base) == TypeKind::Ref; ++depth) base = shallow(types_.element(base));
  }
  step.container = base;
  flow_.place_steps[node.index] = step;
}

// A static of a type that is not Copy: a place no value may move out of (E0507).
void BodyChecker::note_static_place(NodeId node, TypeId type) {
  if (in_macro_arguments_ || is_error(type) || is_copy(type)) return;
  flow_.set(node, FlowFacts::kNonCopyPlace);
  flow_.field_types[node.index] = type;
  FlowFacts::PlaceStep step;
  step.static_item = true;
  step.container = type;
  flow_.place_steps[node.index] = step;
}

// E0507/E0508 as rustc's borrow checker words them: out of an array or
// slice names its type; from behind a reference names the place. A pattern's
// moving bindings are labelled where the data moves.
Diagnostic BodyChecker::describe_move_out(const FlowResult::MoveOutOfPlace& m) {
  const FlowFacts::PlaceStep& step = flow_.place_steps.at(m.barrier.index);
  Span at = tree_->span(m.place);
  TypeKind container = types_.kind(step.container);
  bool sequence = !step.static_item && (container == TypeKind::Array || container == TypeKind::Slice);
  std::string_view reference = step.mutable_reference ? "mutable" : "shared";
  std::string static_name = step.static_item ? std::string(tree_->text(m.barrier, text_)) : std::string();
  Diagnostic d = step.static_item ? (m.description == static_name
                                         ? make_diagnostic(DiagKind::MoveOutOfStatic, at, {static_name})
                                         : make_diagnostic(DiagKind::MoveOutOfStaticPart, at, {m.description, static_name}))
                 : sequence ? make_diagnostic(DiagKind::MoveOutOfArray, at,
                                            {show(step.container), container == TypeKind::Array ? "array" : "slice"})
                 : m.description.empty() ? make_diagnostic(DiagKind::MoveOutOfUnnamedReference, at, {reference})
                 : m.variant.empty()
                     ? make_diagnostic(DiagKind::MoveOutOfReference, at, {m.description, reference})
                     : make_diagnostic(DiagKind::MoveOutOfVariantBehindReference, at, {m.description, m.variant, reference});
  if (sequence) d.with_label("cannot move out of here");
  auto because = [&](std::string_view name, TypeId type) {
    // `name` is quoted (`r.name`), or empty for a value with no name.
    return "move occurs because " + std::string(name.empty() ? "value" : name) + " has type `" + show(resolved(type, 0, true)) +
           "`, which does not implement the `Copy` trait";
  };
  if (m.bindings.empty()) {
    TypeId moved = m.type.has_value() ? m.type : flow_.field_types.at(m.place.index);
    std::string label = because(m.description.empty() ? "" : "`" + m.description + "`", moved);
    if (sequence) d.secondary.push_back(Label{at, label, true});
    else d.with_label(label);
    if (!m.type.has_value()) suggest_clone(d, moved, at);  // (not for a struct update's base)
  }
  for (NodeId binding : m.bindings) {
    d.with_secondary(tree_->span(binding), binding == m.bindings.front() ? "data moved here" : "...and here");
  }
  if (m.bindings.size() == 1) {
    uint32_t local = flow_.local_of(m.bindings[0]);
    if (local < flow_types_.size()) {
      NodeId name = first_child(*tree_, m.bindings[0], NodeKind::Name);
      d.with_secondary(tree_->span(m.bindings[0]), because("`" + std::string(tree_->text(name, text_)) + "`", flow_types_[local]));
    }
  } else if (m.bindings.size() > 1) {
    d.with_note("move occurs because these variables have types that don't implement the `Copy` trait");
  }
  if (m.borrow_help) suggest_borrow_instead(d, m.place);
  if (step.pattern_binding) suggest_binding_by_reference(d, m.bindings);
  return d;
}

// A pattern's bindings that moved out from behind a reference: take the
// explicit `&` away (then the binding is by reference), or bind by `ref`.
void BodyChecker::suggest_binding_by_reference(Diagnostic& d, const std::vector<NodeId>& bindings) {
  std::vector<NodeId> ref_patterns;
  for (NodeId binding : bindings) {
    const FlowFacts::PlaceStep& step = flow_.place_steps.at(binding.index);
    Span at = tree_->span(binding);
    if (step.ref_pattern.is_none()) {
      d.with_fix(Span{at.file, at.begin, at.begin}, "ref ", "consider borrowing the pattern binding",
                 Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
      continue;
    }
    if (std::find(ref_patterns.begin(), ref_patterns.end(), step.ref_pattern) != ref_patterns.end()) continue;
    if (binds_others(step.ref_pattern, bindings)) {
      // Without the `&` those would bind references too: rustc borrows this binding instead.
      d.with_fix(Span{at.file, at.begin, at.begin}, "ref ", "consider borrowing the pattern binding",
                 Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
      continue;
    }
    ref_patterns.push_back(step.ref_pattern);
    Kids inner(*tree_, step.ref_pattern, kIsPattern);
    if (inner.empty()) continue;
    Span ref = tree_->span(step.ref_pattern);
    d.with_fix(Span{ref.file, ref.begin, tree_->span(inner[0]).begin}, "",
               step.mutable_reference ? "consider removing the mutable borrow" : "consider removing the borrow",
               Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
  }
}

// Whether `pattern` binds a variable other than `moved` ones.
bool BodyChecker::binds_others(NodeId pattern, const std::vector<NodeId>& moved) const {
  uint32_t begin = pattern.index + 1 - tree_->node(pattern).subtree_size;
  for (uint32_t i = begin; i <= pattern.index; ++i) {
    if (tree_->kind(NodeId(i)) != NodeKind::IdentPat || flow_.local_of(NodeId(i)) == FlowFacts::kNoLocal) continue;
    if (std::find(moved.begin(), moved.end(), NodeId(i)) == moved.end()) return true;
  }
  return false;
}

// `r.consume()` with `r: &T`: rustc's E0507 for `*r`, with the method's
// `self` that takes ownership and the ways to clone instead.
Diagnostic BodyChecker::describe_receiver_move_out(const FlowResult::MoveOutOfPlace& m) {
  return receiver_move_out(m.place, m.method_call, m.description, flow_.receiver_moves_out.at(m.method_call.index));
}

Diagnostic BodyChecker::receiver_move_out(NodeId place, NodeId method_call, const std::string& description,
                                          const FlowFacts::ReceiverMoveOut& receiver) {
  std::string_view reference = receiver.mutable_reference ? "mutable" : "shared";
  Span at = tree_->span(place);
  std::string named = description.empty() ? "value" : "`" + description + "`";
  Diagnostic d = description.empty() ? make_diagnostic(DiagKind::MoveOutOfUnnamedReference, at, {reference})
                                     : make_diagnostic(DiagKind::MoveOutOfReference, at, {description, reference});
  d.with_label("move occurs because " + named + " has type `" + show(receiver.type) +
               "`, which does not implement the `Copy` trait");
  Span call = tree_->span(method_call);
  NodeId name = first_child(*tree_, method_call, NodeKind::NameRef);
  if (name.has_value()) d.with_secondary(Span{call.file, tree_->span(name).begin, call.end}, named + " moved due to this method call");
  if (Span self = method_self_span(receiver.method); !self.is_none()) {
    const Item& method = resolver_.item(receiver.method);
    d.with_note_at(self, "`" + show(receiver.type) + "::" + std::string(method.name) +
                             "` takes ownership of the receiver `self`, which moves " + named);
  }
  TypeId t = shallow(receiver.type);
  if (types_.kind(t) == TypeKind::Adt) {
    const CrateDefMap* map = resolver_.map_of(types_.data(t).item.crate);
    if (is_derived(map->adts[map->items[types_.data(t).item.item].data], DeriveKind::Clone)) {
      std::string opening = "<" + show(t) + " as Clone>::clone(&";
      d.with_fix(Span{at.file, at.begin, at.begin}, opening,
                 "you can `clone` the value and consume it, but this might not be your desired behavior",
                 Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
      d.children.back().spans.front().text = opening;  // a two-part edit: each span carries its text
      d.children.back().spans.push_back(Label{Span{at.file, at.end, at.end}, ")"});
    }
  }
  suggest_clone(d, receiver.type, at);
  return d;
}

// A local method's `self` parameter, for rustc's note that it takes
// ownership; none for a method of another crate.
Span BodyChecker::method_self_span(ItemRef method) const {
  if (method.crate != crate_.crate) return Span{};
  const Item& item = resolver_.item(method);
  if (item.file >= cx_.input->files.size() || cx_.input->files[item.file].tree == nullptr) return Span{};
  const SyntaxTree& t = *cx_.input->files[item.file].tree;
  NodeId self = self_param_of(t, item.node);
  return self.has_value() ? t.span(self) : Span{};
}

// `let x = *r` becomes `let x = r`; `let x = r.f` becomes `let x = &r.f`.
void BodyChecker::suggest_borrow_instead(Diagnostic& d, NodeId place) {
  Span at = tree_->span(place);
  if (prefix_op(*tree_, place) == OpKind::Deref) {
    d.with_fix(tree_->span(first_child(*tree_, place, NodeKind::Op)), "", "consider removing the dereference here", Applicability::MachineApplicable,
               SuggestionStyle::ShowAlways);
    return;
  }
  d.with_fix(Span{at.file, at.begin, at.begin}, "&", "consider borrowing here", Applicability::MachineApplicable,
             SuggestionStyle::ShowAlways);
}

// rustc's ways around a use after move: borrow in the function the value
// was passed to, clone it (a type with Clone), or give the type Clone.
void BodyChecker::explain_move(Diagnostic& d, TypeId type, Span moved_at) {
  if (auto param = owning_parameters_.find(moved_at.begin); param != owning_parameters_.end()) {
    const OwningParameter& p = param->second;
    d.with_note_at(p.type, "consider changing this parameter type in " + p.kind + " `" + p.name +
                               "` to borrow instead if owning the value isn't necessary");
    d.children.back().spans.back().text = "this parameter takes ownership of the value";
    d.children.back().spans.push_back(Label{p.fn_name, "in this " + p.kind});
  }
  suggest_clone(d, type, moved_at);
}

// A moved value's type with `#[derive(Clone)]`: clone it; a local type
// without: rustc's note that Clone would allow that.
void BodyChecker::suggest_clone(Diagnostic& d, TypeId type, Span moved_at) {
  TypeId t = shallow(type);
  std::optional<Span> head = local_definition_span(t);
  if (!head) return;
  const CrateDefMap* map = resolver_.map_of(types_.data(t).item.crate);
  const Item& item = map->items[types_.data(t).item.item];
  if (is_derived(map->adts[item.data], DeriveKind::Clone)) {
    d.with_fix(Span{moved_at.file, moved_at.end, moved_at.end}, ".clone()",
               "consider cloning the value if the performance cost is acceptable", Applicability::MachineApplicable,
               SuggestionStyle::ShowAlways);
    return;
  }
  std::string shown = show(t);
  d.with_note_at(*head, "if `" + shown + "` implemented `Clone`, you could clone the value");
  d.children.back().spans.back().text = "consider implementing `Clone` for this type";
  d.children.back().spans.push_back(Label{moved_at, "you could clone this value"});
}

SegmentList BodyChecker::segments_of(NodeId path) const {
  // The segments' names, walked backwards in place (paths are resolved at
  // nearly every expression, so no child list is built).
  const Node* nodes = tree_->nodes.data();
  uint32_t first = path.index + 1 - nodes[path.index].subtree_size;
  std::array<NodeId, 8> names;
  size_t count = 0;
  for (uint32_t child = path.index; child > first; child -= nodes[child - 1].subtree_size) {
    NodeId name(child - 1);
    if (nodes[child - 1].kind == NodeKind::PathSegment) name = first_child(*tree_, name, NodeKind::NameRef);
    if (name.is_none() || tree_->kind(name) != NodeKind::NameRef) continue;
    if (count == names.size()) return segments_of_long_path(path);
    names[count++] = name;
  }
  SegmentList out;
  for (size_t i = count; i-- > 0;) out.push_back(segment_of_name(names[i]));
  return out;
}

SegmentList BodyChecker::segments_of_long_path(NodeId path) const {
  SegmentList out;
  for (NodeId seg : Kids(*tree_, path)) {
    NodeId name = seg;
    if (tree_->kind(seg) == NodeKind::PathSegment) name = first_child(*tree_, seg, NodeKind::NameRef);
    if (name.is_none() || tree_->kind(name) != NodeKind::NameRef) continue;
    out.push_back(segment_of_name(name));
  }
  return out;
}

PathSegment BodyChecker::segment_of_name(NodeId name) const {
  Span span = tree_->span(name);
  // tree_->text(name), without a second span() but for a field of a number token (`t.0.1`, `t.1u8`).
  std::string_view text = tree_->node(name).detail != 0 ? tree_->text(name, text_) : text_.substr(span.begin, span.length());
  if (text.starts_with("r#")) text.remove_prefix(2);
  return PathSegment{text, span};
}

// A one-segment value path that names nothing (rustc's E0425 in
// `diagnostics`): a local of the enclosing function, seen from a nested item
// (E0434/E0435), or a name close to one in scope.
void BodyChecker::explain_unresolved_value(std::vector<Diagnostic>& diagnostics, const PathSegment& segment) {
  if (diagnostics.size() != 1 || diagnostics[0].kind != DiagKind::CannotFindName) return;
  // `break outer;` inside `'outer: loop`: the label was meant (and counts as used).
  for (size_t i = loops_.size(); i-- > 0;) {
    LoopFrame& frame = loops_[i];
    if (frame.label.size() != segment.name.size() + 1 || frame.label.substr(1) != segment.name) continue;
    diagnostics[0].with_secondary(frame.label_span, "a label with a similar name exists");
    diagnostics[0].with_fix(segment.span, std::string(frame.label), "use the similarly named label",
                            Applicability::MaybeIncorrect);
    frame.label_used = true;
    return;
  }
  if (explain_field_of_self(diagnostics[0], segment)) return;
  if (!enclosing_fn_binds(segment.name)) {
    suggest_similar_value(diagnostics[0], segment);
    return;
  }
  bool is_fn = owner_item_.kind == ItemKind::Fn;
  Diagnostic d = make_diagnostic(is_fn ? DiagKind::CannotCaptureInFnItem : DiagKind::NonConstantInConstant,
                                 segment.span, {});
  d.with_label(is_fn ? "" : "non-constant value");
  if (is_fn) d.with_help("use the `|| { ... }` closure form instead");
  diagnostics[0] = std::move(d);
}

// `coins` in a method of a struct with a field `coins`: rustc offers
// `self.coins`; in an associated function it points at the field.
bool BodyChecker::explain_field_of_self(Diagnostic& d, const PathSegment& segment) {
  if (self_type_.is_none() || owner_item_.kind != ItemKind::Fn) return false;
  TypeId self = shallow(self_type_);
  if (types_.kind(self) != TypeKind::Adt) return false;
  ItemRef adt = types_.data(self).item;
  const Item& item = resolver_.item(adt);
  if (item.kind != ItemKind::Struct) return false;
  const AdtData& data = resolver_.map_of(adt.crate)->adts[item.data];
  if (data.shape != FieldsShape::Named) return false;
  size_t field = data.field_index(segment.name);
  if (field >= data.fields.size()) return false;
  d.primary.text.clear();
  if (crate_.fns[owner_item_.data].self != SelfParamKind::None) {
    std::string name(segment.name);
    if (value_name_site_ == ValueNameSite::FormatCapture) {
      d.with_help("you might have meant to use the available field in a format string: `\"{}\", self." + name + "`");
      return true;
    }
    // A shorthand field (`S { hits }`) becomes `hits: self.hits`.
    std::string insert = value_name_site_ == ValueNameSite::ShorthandField ? name + ": self." : "self.";
    d.with_fix(Span{segment.span.file, segment.span.begin, segment.span.begin}, insert,
               "you might have meant to use the available field", Applicability::MaybeIncorrect,
               SuggestionStyle::ShowAlways);
  } else if (adt.crate == crate_.crate) {
    d.with_secondary(data.fields[field].span, "a field by that name exists in `Self`");
  }
  return true;
}

// A name that is not a local, written without a path (`{name}` in a format
// string, a shorthand field `S { name }`): resolved and reported as a path.
PathResolution BodyChecker::resolve_value_name(const PathSegment& segment) {
  PathQuery query;
  query.segments = std::span<const PathSegment>(&segment, 1);
  query.ns = Namespace::Value;
  query.scope = item_scope();
  std::vector<Diagnostic> diagnostics;
  PathResolution r = resolver_.resolve(query, diagnostics);
  explain_unresolved_value(diagnostics, segment);
  for (Diagnostic& d : diagnostics) resolution_error(std::move(d));
  return r;
}

PathResolution BodyChecker::resolve_path(NodeId path, Namespace ns, bool is_call, bool report,
                                         ExpectedItem expected, bool struct_value_by_caller) {
  SegmentList segments = segments_of(path);
  PathQuery query;
  query.segments = segments;
  query.ns = ns;
  query.scope = item_scope();
  query.leading_colons = tree_->tokens[tree_->node(path).first_token].kind == TokenKind::Colon;
  query.self_type_available = self_type_.has_value();
  query.is_call = is_call;
  query.expected = expected;
  query.quiet = !report;
  query.struct_value_by_caller = struct_value_by_caller;
  std::vector<Diagnostic> diagnostics;
  PathResolution r = resolver_.resolve(query, diagnostics);
  if (report && ns == Namespace::Value && segments.size() == 1) explain_unresolved_value(diagnostics, segments[0]);
  if (report && ns == Namespace::Value && segments.size() > 1 && diagnostics.size() == 1 &&
      diagnostics[0].kind == DiagKind::CannotFindName) {
    // `m::MAX_LOAN`: the module's own names, as for a name in scope.
    PathQuery prefix = query;
    prefix.segments = std::span<const PathSegment>(segments.begin(), segments.size() - 1);
    prefix.ns = Namespace::Type;
    prefix.quiet = true;
    std::vector<Diagnostic> ignored;
    PathResolution module = resolver_.resolve(prefix, ignored);
    if (module.kind == PathResolution::Kind::Item && module.consumed == prefix.segments.size() &&
        resolver_.item(module.item).kind == ItemKind::Module && module.item.crate == crate_.crate) {
      suggest_similar_in_module(diagnostics[0], segments.back(), ItemId(module.item.item));
    }
  }
  if (report) {
    for (Diagnostic& d : diagnostics) {
      if (d.kind == DiagKind::Unsupported) {
        result_.type_diagnostics.push_back(std::move(d));
        tainted_ = true;
      } else {
        resolution_error(std::move(d));
      }
    }
  }
  return r;
}

// rustc's typo suggestion for a value name not found: the closest local in
// scope or value item of the enclosing modules (candidates in name order, as
// rustc sorts them). The "not found" label gives way to the suggestion.
void BodyChecker::suggest_similar_value(Diagnostic& d, const PathSegment& segment) {
  // A `let` of that very name in a block that ended before this use, one
  // block down from one around the use (what rustc's resolver still knows).
  if (owner_item_.node.has_value() && owner_item_.file == file_) {
    const SyntaxTree& t = file_tree();
    uint32_t end = owner_item_.node.index;
    // The nearest ancestor of node `i` of `kind`, or none when a `stop` node comes first.
    auto ancestor = [&](uint32_t i, NodeKind kind, NodeKind stop) -> NodeId {
      for (uint32_t j = i + 1; j <= end; ++j) {
        if (j + 1 - t.nodes[j].subtree_size > i) continue;  // not around i
        if (t.nodes[j].kind == kind) return NodeId(j);
        if (t.nodes[j].kind == stop) return NodeId::none();
      }
      return NodeId::none();
    };
    auto contains = [&](NodeId node, uint32_t offset) {
      return t.span(node).begin <= offset && offset < t.span(node).end;
    };
    for (uint32_t i = end + 1 - t.node(owner_item_.node).subtree_size; i < end; ++i) {
      if (t.nodes[i].kind != NodeKind::IdentPat) continue;
      NodeId name = first_child(t, NodeId(i), NodeKind::Name);
      if (name.is_none() || t.text(name, text_) != segment.name) continue;
      if (t.span(name).end > segment.span.begin) break;
      NodeId let = ancestor(i, NodeKind::LetStmt, NodeKind::StmtList);
      NodeId block = let.has_value() ? ancestor(let.index, NodeKind::StmtList, NodeKind::Count) : NodeId::none();
      NodeId around = block.has_value() ? ancestor(block.index, NodeKind::StmtList, NodeKind::Count) : NodeId::none();
      if (around.is_none() || contains(block, segment.span.begin) || !contains(around, segment.span.begin)) continue;
      d.primary.text.clear();
      d.with_help_at(t.span(name), "the binding `" + std::string(segment.name) +
                                            "` is available in a different scope in the same function");
      return;
    }
  }
  std::vector<std::string_view> names;
  for (const Local& local : locals_) {
    if (local.name != "self") names.push_back(local.name);
  }
  std::vector<std::pair<std::string_view, ItemRef>> items;
  crate_.walk_scope(item_scope(), [&](ItemId m) {
    for (const auto& [name, binding] : crate_.module(m).names[size_t(Namespace::Value)]) {
      // rustc does not offer the item whose body this is (`helpr()` in `fn helper`).
      if (binding.target.crate == crate_.crate && binding.target.item == owner_.index) continue;
      items.push_back({name, binding.target});
      names.push_back(name);
    }
    return false;
  });
  suggest_similar_item(d, segment, names, items, true);
}

// E0425 for `m::name`: the values module `m` binds.
void BodyChecker::suggest_similar_in_module(Diagnostic& d, const PathSegment& segment, ItemId module) {
  std::vector<std::string_view> names;
  std::vector<std::pair<std::string_view, ItemRef>> items;
  for (const auto& [name, binding] : crate_.module(module).names[size_t(Namespace::Value)]) {
    items.push_back({name, binding.target});
    names.push_back(name);
  }
  suggest_similar_item(d, segment, names, items, false);
}

// The closest of `names` (locals, or `items`), as rustc suggests it:
// pointed at where an item is defined, and offered in place of the name.
void BodyChecker::suggest_similar_item(Diagnostic& d, const PathSegment& segment, std::vector<std::string_view> names,
                                       const std::vector<std::pair<std::string_view, ItemRef>>& items, bool with_locals) {
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  std::optional<std::string_view> similar = best_match_for_name(segment.name, names);
  if (!similar || *similar == segment.name) return;
  std::string replacement(*similar);
  bool local = with_locals && find_local(*similar).has_value();
  std::string kind = "local variable";
  if (!local) {
    ItemRef target{};
    for (const auto& [name, ref] : items) {
      if (name == *similar) target = ref;
    }
    if (!target.has_value() || !resolver_.settled(target.crate)) return;
    const Item& item = resolver_.item(target);
    if (item.kind == ItemKind::Fn) kind = "function";
    else if (item.kind == ItemKind::Const) kind = "constant";
    else if (item.kind == ItemKind::Static) kind = "static";
    else return;
    if (target.crate == crate_.crate && item.file < cx_.input->files.size()) {
      // rustc shows a function's signature, a const's or static's whole item.
      const SyntaxTree& t = *cx_.input->files[item.file].tree;
      d.with_secondary(item.kind == ItemKind::Fn ? t.def_span(item.node) : t.span_without_attributes(item.node),
                       "similarly named " + kind + " `" + replacement + "` defined here");
    }
  }
  d.primary.text.clear();
  d.with_fix(segment.span, replacement, "a " + kind + " with a similar name exists", Applicability::MaybeIncorrect,
             SuggestionStyle::ShowAlways);
}

// Whether the function around this body's (nested) item binds `name`.
bool BodyChecker::enclosing_fn_binds(std::string_view name) {
  ItemId module = owner_item_.module;
  if (module.is_none() || !crate_.module(module).is_block) return false;
  const Item& block = crate_.item(module);
  if (block.file != file_) return false;
  const SyntaxTree& tree = *cx_.input->files[file_].tree;
  uint32_t list = block.node.index;
  uint32_t fn = UINT32_MAX;
  for (uint32_t j = list + 1; j < tree.nodes.size(); ++j) {
    if (j + 1 - tree.nodes[j].subtree_size <= list && tree.nodes[j].kind == NodeKind::FnItem) {
      fn = j;
      break;
    }
  }
  if (fn == UINT32_MAX) return false;
  uint32_t own_begin = owner_item_.node.index + 1 - tree.nodes[owner_item_.node.index].subtree_size;
  for (uint32_t i = fn + 1 - tree.nodes[fn].subtree_size; i < fn; ++i) {
    if (i >= own_begin && i <= owner_item_.node.index) continue;
    if (tree.nodes[i].kind != NodeKind::IdentPat) continue;
    NodeId n = first_child(tree, NodeId(i), NodeKind::Name);
    if (n.has_value() && tree.text(n, text_) == name) return true;
  }
  return false;
}

// An integer literal's value, if it has one (below 2^128).
std::optional<ConstInt> BodyChecker::literal_magnitude(NodeId literal) {
  const Token& token = tree_->tokens[tree_->node(literal).first_token];
  if (token.kind != TokenKind::IntLiteral) return std::nullopt;
  std::optional<ConstInt::Magnitude> value = integer_literal_value(
      tree_->text(literal, text_), (token.flags & Token::kHasSuffix) ? token.suffix_length : 0);
  if (!value) return std::nullopt;
  return ConstInt(*value);
}

// An array length written as an integer literal (`[u8; 0x10]`), if it is one that fits.
std::optional<uint64_t> BodyChecker::literal_length(NodeId literal_expr) {
  std::optional<ConstInt> value = literal_magnitude(literal_expr);
  if (!value || *value > UINT64_MAX) return std::nullopt;
  return uint64_t(value->low_bits());
}

// An array length in a body (a type's or a repeat's): E0080 when an
// operation in it fails, at that operation, named as rustc names the
// anonymous constant (`scratch::{constant#0}`: the function's, counted from its
// signature's on, in the order of the source).
std::optional<uint64_t> BodyChecker::evaluated_length(NodeId array, NodeId length, bool report) {
  length_failure_.reset();
  std::optional<uint64_t> value = array_length(length, report);
  if (value || !length_failure_ || owner_item_.kind != ItemKind::Fn || in_macro_arguments_) return value;
  const std::vector<Node>& nodes = tree_->nodes;
  uint32_t first = owner_item_.node.index + 1 - nodes[owner_item_.node.index].subtree_size;
  uint32_t index = 0;
  for (uint32_t i = first; i < array.index; ++i) {
    bool repeat = nodes[i].kind == NodeKind::ArrayExpr && nodes[i].detail == 1;
    bool sized = nodes[i].kind == NodeKind::ArrayType && Kids(*tree_, NodeId(i)).size() >= 2;
    index += repeat || sized;
  }
  TypeId self = self_type_.has_value() ? shallow(self_type_) : TypeId::none();
  std::string_view impl_type = self.has_value() && types_.kind(self) == TypeKind::Adt
                                   ? resolver_.item(types_.data(self).item).name
                                   : std::string_view();
  std::string path = item_def_path(crate_, owner_, impl_type);
  if (path.empty()) return value;
  type_error(anon_const_failure(tree_->span(length_failure_->first), length_failure_->second, path, index));
  return value;
}

// An array length: an integer literal, a constant whose value is known, or
// arithmetic on those (`[u8; 2 * N]`); none when unknown or out of range.
std::optional<uint64_t> BodyChecker::array_length(NodeId length, bool report, int depth) {
  if (length.is_none() || depth > 64) return std::nullopt;
  NodeKind kind = tree_->kind(length);
  if (kind == NodeKind::LiteralExpr) return literal_length(length);
  if (kind == NodeKind::ParenExpr) return array_length(paren_inner(length), report, depth + 1);
  if (kind == NodeKind::BlockExpr) {  // `{ N }`
    NodeId value = block_only_value(*tree_, length);
    return value.has_value() ? array_length(value, report, depth + 1) : std::nullopt;
  }
  if (kind == NodeKind::BinaryExpr) {
    std::vector<NodeId> operands;
    for (NodeId c : Kids(*tree_, length)) {
      if (is_expr_kind(tree_->kind(c))) operands.push_back(c);
    }
    NodeId op = first_child(*tree_, length, NodeKind::Op);
    if (operands.size() != 2 || op.is_none()) return std::nullopt;
    std::optional<uint64_t> a = array_length(operands[0], report, depth + 1);
    std::optional<uint64_t> b = array_length(operands[1], report, depth + 1);
    if (!a || !b) return std::nullopt;
    IntOpResult result = int_binary(static_cast<OpKind>(tree_->node(op).detail), *a, *b, IntKind::Usize, IntKind::Usize);
    // E0080's words for the first operation that fails (evaluated_length()).
    if (result.failed() && !length_failure_) length_failure_ = std::make_pair(length, result.failure);
    return result.value ? std::optional<uint64_t>(uint64_t(result.value->low_bits())) : std::nullopt;
  }
  if (kind == NodeKind::CallExpr) {  // `[u8; row_len()]`: not evaluated, but a callee that names nothing is E0425
    NodeId callee = first_expr_child(length);
    NodeId callee_path = callee.has_value() && tree_->kind(callee) == NodeKind::PathExpr
                             ? first_child(*tree_, callee, NodeKind::Path)
                             : NodeId::none();
    if (callee_path.has_value() && report) resolve_path(callee_path, Namespace::Value, true, true);
    return std::nullopt;
  }
  if (kind != NodeKind::PathExpr) return std::nullopt;
  NodeId path = first_child(*tree_, length, NodeKind::Path);
  PathResolution r = resolve_path(path, Namespace::Value, false, report);
  SegmentList segments = segments_of(path);
  if (r.kind == PathResolution::Kind::Item && r.consumed + 1 == segments.size() &&
      resolver_.item(r.item).kind != ItemKind::Module) {
    // `Grid::N`: an associated const of the type.
    std::optional<ItemRef> assoc = find_inherent(types_.adt(r.item), segments.back().name);
    if (!assoc) return std::nullopt;
    r.item = *assoc;
    r.consumed = segments.size();
  }
  if (r.kind != PathResolution::Kind::Item || r.consumed != segments.size()) return std::nullopt;
  const Item& item = resolver_.item(r.item);
  const CrateDefMap* map = resolver_.map_of(r.item.crate);
  const ConstValue& value = map->consts[item.data].value;
  if (item.kind != ItemKind::Const || !value.is_int() || value.negative || value.magnitude > UINT64_MAX) {
    return std::nullopt;
  }
  return uint64_t(value.magnitude);
}

TypeId BodyChecker::lower_type(NodeId type_node) {
  if (type_node.is_none()) return types_.error();
  switch (tree_->kind(type_node)) {
    case NodeKind::InferType: return new_var();
    case NodeKind::ParenType: {
      for (NodeId c : Kids(*tree_, type_node)) {
        if (is_type_kind(tree_->kind(c))) return lower_type(c);
      }
      return types_.error();
    }
    case NodeKind::RefType: {
      bool is_mut = false;
      NodeId inner;
      for (NodeId c : Kids(*tree_, type_node)) {
        if (tree_->kind(c) == NodeKind::Modifier && tree_->node(c).detail == uint8_t(ModifierKind::Mut)) is_mut = true;
        if (is_type_kind(tree_->kind(c))) inner = c;
      }
      return types_.reference(lower_type(inner), is_mut);
    }
    case NodeKind::SliceType: {
      for (NodeId c : Kids(*tree_, type_node)) {
        if (is_type_kind(tree_->kind(c))) return types_.slice(lower_type(c));
      }
      return types_.error();
    }
    case NodeKind::TupleType: {
      std::vector<TypeId> elements;
      for (NodeId c : Kids(*tree_, type_node)) {
        if (is_type_kind(tree_->kind(c))) elements.push_back(lower_type(c));
      }
      return types_.tuple(elements);
    }
    case NodeKind::NeverType: {  // `let x: ! = ..`: only a function's return type may be `!` on stable
      Diagnostic d = make_diagnostic(DiagKind::NeverTypeExperimental, tree_->span(type_node), {});
      d.with_note("see issue #35121 <https://github.com/rust-lang/rust/issues/35121> for more information");
      result_.resolution_diagnostics.push_back(std::move(d));  // a feature gate: checking goes on
      return types_.never();
    }
    case NodeKind::ArrayType: {
      std::vector<NodeId> children = Kids(*tree_, type_node);
      if (children.size() < 2) return types_.error();
      TypeId element = lower_type(children[0]);
      NodeId length = children.back();
      if (reject_local_in_constant(length)) return types_.error();
      std::optional<uint64_t> value = evaluated_length(type_node, length, true);
      return value ? types_.array(element, *value) : types_.error();
    }
    case NodeKind::PathType: {
      NodeId path = first_child(*tree_, type_node, NodeKind::Path);
      if (path.is_none()) return types_.error();
      for (NodeId seg : Kids(*tree_, path)) {
        if (tree_->kind(seg) == NodeKind::PathSegment || tree_->kind(seg) == NodeKind::QualifiedPrefix) {
          // `Option<u8>` names the std construct (reported once per crate); others are generic types.
          PathResolution r = resolve_path(path, Namespace::Type, false);
          if (r.kind == PathResolution::Kind::Item && r.consumed == segments_of(path).size()) {
            // `Meters<f64>`: E0107, and the type without its arguments (as rustc).
            const Item& item = resolver_.item(r.item);
            const SyntaxTree* item_tree = r.item.crate == crate_.crate ? cx_.input->files[item.file].tree : nullptr;
            std::vector<Diagnostic> reported;
            if (report_extra_generic_args(*tree_, path, item, item_tree, reported)) {
              for (Diagnostic& d : reported) type_error(std::move(d));
              break;
            }
          }
          if (only_lifetime_arguments(seg)) continue;  // `H<'_>`: lifetimes are accepted, not checked
          if (r.kind != PathResolution::Kind::Unsupported && r.kind != PathResolution::Kind::Failed) {
            type_error(make_diagnostic(DiagKind::Unsupported, tree_->span(type_node), {"generic types"}));
          }
          tainted_ = true;
          return types_.error();
        }
      }
      PathResolution r = resolve_path(path, Namespace::Type, false);
      if (r.consumed != segments_of(path).size()) return types_.error();
      switch (r.kind) {
        case PathResolution::Kind::Primitive: return r.primitive;
        case PathResolution::Kind::SelfType: return self_type_;
        case PathResolution::Kind::Item: {
          const Item& item = resolver_.item(r.item);
          if (item.kind == ItemKind::Struct || item.kind == ItemKind::Enum || item.kind == ItemKind::TypeAlias) {
            return type_of_type_item(r.item);
          }
          return types_.error();
        }
        default: return types_.error();
      }
    }
    default:
      type_error(make_diagnostic(DiagKind::Unsupported, tree_->span(type_node), {"this type"}));
      return types_.error();
  }
}

}  // namespace sluice
