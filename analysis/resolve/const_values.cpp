// Constant values in stage 2: what the interface carries of consts (integers
// for array lengths and patterns; bools, chars and unit variants for
// patterns), and array lengths in signatures. Evaluated with the types
// rustc would infer, so that a cast truncates and an operation that
// overflows leaves the value unknown (stage 3 reports it, E0080).
#include <utility>

#include "analysis/lex/lex.h"
#include "analysis/resolve/builder.h"
#include "analysis/resolve/const_arith.h"
#include "analysis/resolve/paths.h"
#include "analysis/resolve/syntax_walk.h"

namespace sluice {
std::optional<ItemId> DefMapBuilder::associated_const(ItemRef type, std::string_view name) const {
  if (type.crate != map_.crate) return std::nullopt;
  auto impls = map_.inherent_impls.find(type);
  if (impls == map_.inherent_impls.end()) return std::nullopt;
  for (ItemId impl : impls->second) {
    const ImplData& data = map_.impls[map_.items[impl.index].data];
    auto found = data.items.find(name);
    if (found != data.items.end() && map_.items[found->second.index].kind == ItemKind::Const) return found->second;
  }
  return std::nullopt;
}

std::optional<uint64_t> DefMapBuilder::eval_array_length(uint32_t file, NodeId expr, ItemId scope) {
  // A path in a signature's array length that names nothing is an error here
  // (in a body, its checker reports it); in the consts it reaches, not.
  bool saved = report_length_paths_;
  report_length_paths_ = true;
  LengthFailure failure;
  LengthFailure* outer = std::exchange(length_failure_, &failure);
  std::optional<ConstInt> value = eval_const_expr(file, expr, scope, IntKind::Usize, 0);
  length_failure_ = outer;
  report_length_paths_ = saved;
  uint32_t index = anon_const_count_++;
  std::string owner = !value && !failure.message.empty() ? anon_const_owner_name() : std::string();
  if (!owner.empty()) map_.diagnostics.push_back(anon_const_failure(tree(file).span(failure.node), failure.message, owner, index));
  if (!value) return std::nullopt;
  return uint64_t(value->low_bits());  // a usize
}

namespace {

std::vector<NodeId> expression_parts(const SyntaxTree& t, NodeId expr) {
  std::vector<NodeId> parts;
  for (NodeId c : t.children(expr)) {
    NodeKind k = t.kind(c);
    if ((k >= NodeKind::LiteralExpr && k <= NodeKind::BoxExpr) || k == NodeKind::Op) parts.push_back(c);
  }
  return parts;
}

NodeId type_child(const SyntaxTree& tree, NodeId node) {
  for (NodeId child : tree.children(node)) {
    NodeKind k = tree.kind(child);
    if (is_type_kind(k)) return child;
  }
  return NodeId::none();
}

bool is_shift(OpKind op) { return op == OpKind::Shl || op == OpKind::Shr; }

}  // namespace

// `i32::MAX`, `u8::MIN`: an integer type's bound.
std::optional<ConstInt> DefMapBuilder::primitive_bound(TypeId primitive, std::string_view name) {
  if (types_.kind(primitive) != TypeKind::Int || (name != "MIN" && name != "MAX")) return std::nullopt;
  IntRange range = int_range(IntKind(types_.data(primitive).detail));
  return name == "MIN" ? range.min : range.max;
}

std::optional<IntKind> DefMapBuilder::int_kind_of(TypeId type) const {
  if (type.is_none() || types_.kind(type) != TypeKind::Int) return std::nullopt;
  return IntKind(types_.data(type).detail);
}

// The integer type a type written in a const's signature or a cast names,
// found without reporting anything: a primitive or an alias of one.
std::optional<IntKind> DefMapBuilder::written_int_kind(uint32_t file, NodeId type_node, ItemId scope) {
  const SyntaxTree& t = tree(file);
  if (type_node.is_none()) return std::nullopt;
  if (t.kind(type_node) == NodeKind::ParenType) return written_int_kind(file, type_child(t, type_node), scope);
  NodeId path = t.kind(type_node) == NodeKind::PathType ? first_child(t, type_node, NodeKind::Path) : NodeId::none();
  if (path.is_none()) return std::nullopt;
  std::vector<PathSegment> segments = path_segments(file, path);
  PathResolution r = resolve_quietly(segments, Namespace::Type, scope);
  if (r.consumed != segments.size()) return std::nullopt;
  PathResolver resolver = this->resolver();
  if (r.kind == PathResolution::Kind::Primitive) return int_kind_of(r.primitive);
  if (r.kind != PathResolution::Kind::Item || resolver.item(r.item).kind != ItemKind::TypeAlias) return std::nullopt;
  if (r.item.crate == map_.crate) return int_kind_of(alias_type(ItemId(r.item.item)));
  return int_kind_of(resolver.map_of(r.item.crate)->type_aliases[resolver.item(r.item).data]);
}

// A const's declared integer type (in this crate its signature may not be lowered yet).
std::optional<IntKind> DefMapBuilder::declared_int_kind(ItemRef constant) {
  if (constant.crate != map_.crate) {
    const CrateDefMap* map = resolver().map_of(constant.crate);
    return int_kind_of(map->consts[map->items[constant.item].data].type);
  }
  const Item& item = map_.items[constant.item];
  return written_int_kind(item.file, type_child(tree(item.file), item.node), item.module);
}

// What a path in a constant expression stands for: a const (with its value
// when `evaluate`) or an integer type's bound. Evaluating also records what
// the path uses (imports, items named by a signature, waits) and, for a
// signature's array length, reports a path that names nothing.
DefMapBuilder::ConstOperand DefMapBuilder::const_path(uint32_t file, NodeId expr, ItemId scope, bool evaluate,
                                                      int depth) {
  const SyntaxTree& t = tree(file);
  NodeId path = first_child(t, expr, NodeKind::Path);
  if (path.is_none()) return {};
  std::vector<PathSegment> segments = path_segments(file, path);
  PathQuery query;
  query.segments = segments;
  query.ns = Namespace::Value;
  query.scope = scope;
  query.quiet = !(evaluate && report_length_paths_);
  query.self_type_available = const_self_type_.has_value();
  std::vector<Diagnostic> reported;  // only for a signature's length
  PathResolver resolver = this->resolver();
  std::vector<uint32_t> named;
  if (evaluate) {
    resolver.record_used_imports(&map_.imports_used_by_interface);
    resolver.record_used_items(&named);
  }
  PathResolution r = resolver.resolve(query, reported);
  if (r.kind == PathResolution::Kind::Failed) {
    std::optional<Span> parameter =
        !query.quiet && segments.size() == 1 ? owner_parameter_named(segments[0].name) : std::nullopt;
    if (parameter) {  // `fn make(n: usize) -> [i32; n]`: rustc's E0435, not "cannot find"
      Diagnostic d = make_diagnostic(DiagKind::NonConstantInConstant, segments[0].span, {});
      d.with_secondary(*parameter, "this would need to be a `const`");
      map_.diagnostics.push_back(std::move(d));
      return {};
    }
    for (Diagnostic& d : reported) map_.diagnostics.push_back(std::move(d));  // empty when quiet
  }
  if (r.kind == PathResolution::Kind::Primitive && r.consumed + 1 == segments.size()) {
    std::optional<IntKind> kind = int_kind_of(r.primitive);
    if (kind && segments.back().name == "BITS") return {ConstInt(int_bits(*kind)), IntKind::U32};
    return {primitive_bound(r.primitive, segments.back().name), kind};
  }
  if (r.kind == PathResolution::Kind::SelfType && r.consumed + 1 == segments.size() &&
      types_.kind(const_self_type_) == TypeKind::Adt) {
    r.kind = PathResolution::Kind::Item;  // `Self::N`: the impl's type's associated const
    r.item = types_.data(const_self_type_).item;
  }
  if (r.kind == PathResolution::Kind::Item && r.consumed + 1 == segments.size()) {
    if (std::optional<ItemId> assoc = associated_const(r.item, segments.back().name)) {
      r.item = ItemRef{map_.crate, assoc->index};
      r.consumed = segments.size();
      named.push_back(assoc->index);
    } else if (evaluate && report_length_paths_) {
      report_missing_associated_item(r.item, segments.back());
    }
  }

  // dead_code: a const named in a signature's array length is used by it.
  if (signature_owner_.has_value()) {
    for (uint32_t item : named) map_.signature_uses.push_back({signature_owner_.index, item, in_private_field_});
  }
  if (r.kind != PathResolution::Kind::Item || r.consumed != segments.size()) return {};
  const Item& item = resolver.item(r.item);
  if (item.kind != ItemKind::Const && item.kind != ItemKind::Static) return {};  // (a static: read by const evaluation)
  ConstOperand operand{std::nullopt, declared_int_kind(r.item)};
  if (!evaluate) return operand;
  if (r.item.crate != map_.crate) {
    const ConstValue& v = resolver.map_of(r.item.crate)->consts[item.data].value;
    if (v.is_int()) operand.value = v.int_value();
    return operand;
  }
  add_wait_edge(r.item.item);
  bool reporting = report_length_paths_;
  report_length_paths_ = false;  // another const's value: its own checker reports its paths
  // Inside that const's value, `Self` is its own impl's type.
  const Item& parent = map_.items[item.parent.index];
  TypeId outer_self = std::exchange(const_self_type_, item.parent.has_value() && parent.kind == ItemKind::Impl
                                                          ? map_.impls[parent.data].self_type
                                                          : TypeId::none());
  operand.value = const_value(ItemId(r.item.item), depth + 1);
  const_self_type_ = outer_self;
  report_length_paths_ = reporting;
  return operand;
}

// `[u8; Board::MISSING]` in a signature: rustc's E0599, where nothing of the
// type's impls has the name.
void DefMapBuilder::report_missing_associated_item(ItemRef type, const PathSegment& name) {
  if (type.crate != map_.crate) return;
  const Item& owner = map_.items[type.item];
  if (owner.kind != ItemKind::Struct && owner.kind != ItemKind::Enum) return;
  if (auto impls = map_.inherent_impls.find(type); impls != map_.inherent_impls.end()) {
    for (ItemId impl : impls->second) {
      if (map_.impls[map_.items[impl.index].data].items.contains(name.name)) return;
    }
  }
  std::string what = owner.kind == ItemKind::Struct ? "struct" : "enum";
  Diagnostic d = make_diagnostic(DiagKind::NoAssociatedItem, name.span,
                                 {"associated item", std::string(name.name), what, std::string(owner.name)});
  d.with_label("associated item not found in `" + std::string(owner.name) + "`");
  if (owner.def_span.file.has_value()) {
    d.with_secondary(owner.def_span, "associated item `" + std::string(name.name) + "` not found for this " + what);
  }
  map_.diagnostics.push_back(std::move(d));
}

// The integer type an expression has by itself, as rustc infers it inside
// a constant: from a literal's suffix, a const's type, a cast's target or a
// bound's type. None when only unsuffixed literals decide (they take the
// type expected of them, i32 when nothing is).
std::optional<IntKind> DefMapBuilder::own_int_kind(uint32_t file, NodeId expr, ItemId scope, int depth) {
  const SyntaxTree& t = tree(file);
  if (expr.is_none() || depth > 64) return std::nullopt;
  std::vector<NodeId> parts = expression_parts(t, expr);
  switch (t.kind(expr)) {
    case NodeKind::LiteralExpr: {
      const Token& token = t.tokens[t.node(expr).first_token];
      if (token.kind != TokenKind::IntLiteral || !(token.flags & Token::kHasSuffix)) return std::nullopt;
      std::string_view literal = t.text(expr, text(file));
      return int_kind_of(primitive_type(types_, literal.substr(literal.size() - token.suffix_length)));
    }
    case NodeKind::ParenExpr: return parts.empty() ? std::nullopt : own_int_kind(file, parts[0], scope, depth + 1);
    case NodeKind::CastExpr: return written_int_kind(file, type_child(t, expr), scope);
    case NodeKind::PrefixExpr: return parts.size() == 2 ? own_int_kind(file, parts[1], scope, depth + 1) : std::nullopt;
    case NodeKind::BinaryExpr: {
      if (parts.size() != 3) return std::nullopt;
      OpKind op = static_cast<OpKind>(t.node(parts[1]).detail);
      std::optional<IntKind> left = own_int_kind(file, parts[0], scope, depth + 1);
      if (left || is_shift(op) || op >= OpKind::Eq) return op >= OpKind::Eq ? std::nullopt : left;
      return own_int_kind(file, parts[2], scope, depth + 1);
    }
    case NodeKind::PathExpr: {
      std::optional<size_t> local = const_local(file, expr);
      if (!local) return const_path(file, expr, scope, false, depth).kind;
      const ConstLocal& l = const_locals_[*local];
      return l.type.has_value() ? written_int_kind(file, l.type, scope) : own_int_kind(file, l.init, scope, depth + 1);
    }
    case NodeKind::MethodCallExpr: {
      NodeId name = first_child(t, expr, NodeKind::NameRef);
      ConstMethod method = name.has_value() ? const_int_method(t.text(name, text(file))) : ConstMethod::None;
      if (method == ConstMethod::CountsBits) return IntKind::U32;
      if (method == ConstMethod::None || parts.empty()) return std::nullopt;
      std::optional<IntKind> receiver = own_int_kind(file, parts[0], scope, depth + 1);
      return receiver ? std::optional<IntKind>(const_method_result(method, *receiver)) : std::nullopt;
    }
    default: return std::nullopt;
  }
}

// `N.pow(2)`, `MASK.count_ones()`: a const method of an integer, as a `kind`.
std::optional<ConstInt> DefMapBuilder::eval_const_method(uint32_t file, NodeId expr, ItemId scope, IntKind kind,
                                                         int depth) {
  const SyntaxTree& t = tree(file);
  NodeId name_node = first_child(t, expr, NodeKind::NameRef);
  std::vector<NodeId> parts = expression_parts(t, expr);
  if (name_node.is_none() || parts.empty()) return std::nullopt;
  std::string_view name = t.text(name_node, text(file));
  ConstMethod method = const_int_method(name);
  if (method == ConstMethod::None) return std::nullopt;
  IntKind receiver_kind =
      method == ConstMethod::KeepsType ? kind : own_int_kind(file, parts[0], scope, depth + 1).value_or(IntKind::I32);
  if (const_method_result(method, receiver_kind) != kind) return std::nullopt;
  std::optional<ConstInt> receiver = eval_const_expr(file, parts[0], scope, receiver_kind, depth + 1);
  if (!receiver) return std::nullopt;
  std::vector<NodeId> arguments;
  if (NodeId list = first_child(t, expr, NodeKind::ArgList); list.has_value()) arguments = expression_parts(t, list);
  std::optional<ConstInt> argument;
  if (arguments.size() == 1) {
    argument = eval_const_expr(file, arguments[0], scope, const_method_takes_u32(name) ? IntKind::U32 : receiver_kind, depth + 1);
    if (!argument) return std::nullopt;
  } else if (!arguments.empty()) {
    return std::nullopt;
  }
  return int_method(name, *receiver, argument, receiver_kind).value;
}

// Where the function whose signature is being lowered binds a parameter
// named `name` (`n` in `fn make(n: usize)`, `w` in `fn f((w, h): (usize, usize))`), if it does.
std::optional<Span> DefMapBuilder::owner_parameter_named(std::string_view name) {
  if (!signature_owner_.has_value()) return std::nullopt;
  const Item& owner = map_.items[signature_owner_.index];
  if (owner.kind != ItemKind::Fn) return std::nullopt;
  const SyntaxTree& t = tree(owner.file);
  NodeId params = first_child(t, owner.node, NodeKind::ParamList);
  if (params.is_none()) return std::nullopt;
  std::optional<Span> found;
  auto find_binding = [&](auto& self, NodeId pattern, int depth) -> void {
    if (found || depth > 64) return;
    if (t.kind(pattern) == NodeKind::IdentPat) {
      NodeId binding_name = first_child(t, pattern, NodeKind::Name);
      if (binding_name.has_value() && name_text(owner.file, binding_name) == name) found = t.span(binding_name);
    }
    for (NodeId c : t.children(pattern)) {
      if (is_pattern_kind(t.kind(c))) self(self, c, depth + 1);
    }
  };
  for (NodeId param : t.children(params)) {
    if (t.kind(param) != NodeKind::Param) continue;
    for (NodeId c : t.children(param)) {
      if (is_pattern_kind(t.kind(c))) find_binding(find_binding, c, 0);  // the pattern, not the type
    }
  }
  return found;
}

// A path's resolution in `scope`, reporting nothing.
PathResolution DefMapBuilder::resolve_quietly(std::span<const PathSegment> segments, Namespace ns, ItemId scope) {
  PathQuery query;
  query.segments = segments;
  query.ns = ns;
  query.scope = scope;
  query.quiet = true;
  std::vector<Diagnostic> ignored;
  return resolver().resolve(query, ignored);
}

// `usize::pow(2, 3)`: an integer method called through its type's path, the
// receiver the first argument.
std::optional<ConstInt> DefMapBuilder::eval_const_path_call(uint32_t file, NodeId expr, ItemId scope, IntKind kind,
                                                            int depth) {
  const SyntaxTree& t = tree(file);
  std::vector<NodeId> parts = expression_parts(t, expr);
  NodeId list = first_child(t, expr, NodeKind::ArgList);
  if (parts.empty() || t.kind(parts[0]) != NodeKind::PathExpr || list.is_none()) return std::nullopt;  // the callee
  NodeId path = first_child(t, parts[0], NodeKind::Path);
  if (path.is_none()) return std::nullopt;
  std::vector<PathSegment> segments = path_segments(file, path);
  if (report_length_paths_) {
    // `[u8; pixel_count()]` in a signature: a callee that names nothing is
    // E0425 ("cannot find function"), or E0433 for its module.
    PathQuery query;
    query.segments = segments;
    query.ns = Namespace::Value;
    query.scope = scope;
    query.is_call = true;
    query.self_type_available = const_self_type_.has_value();
    std::vector<Diagnostic> reported;
    if (resolver().resolve(query, reported).kind == PathResolution::Kind::Failed) {
      for (Diagnostic& d : reported) map_.diagnostics.push_back(std::move(d));
      return std::nullopt;
    }
  }
  if (segments.size() != 2) return std::nullopt;
  PathResolution r = resolve_quietly(segments, Namespace::Value, scope);
  if (r.kind != PathResolution::Kind::Primitive || r.consumed != 1) return std::nullopt;
  std::optional<IntKind> integer = int_kind_of(r.primitive);
  std::string_view name = segments[1].name;
  ConstMethod method = const_int_method(name);
  if (!integer || method == ConstMethod::None) return std::nullopt;
  IntKind receiver_kind = *integer;
  if (const_method_result(method, receiver_kind) != kind) return std::nullopt;
  std::vector<NodeId> arguments = expression_parts(t, list);
  if (arguments.empty() || arguments.size() > 2) return std::nullopt;
  std::optional<ConstInt> receiver = eval_const_expr(file, arguments[0], scope, receiver_kind, depth + 1);
  if (!receiver) return std::nullopt;
  std::optional<ConstInt> argument;
  if (arguments.size() == 2) {
    IntKind argument_kind = const_method_takes_u32(name) ? IntKind::U32 : receiver_kind;
    argument = eval_const_expr(file, arguments[1], scope, argument_kind, depth + 1);
    if (!argument) return std::nullopt;
  }
  return int_method(name, *receiver, argument, receiver_kind).value;
}

// An integer literal's value for a `kind`: none when its suffix names another type.
std::optional<ConstInt::Magnitude> DefMapBuilder::int_literal_magnitude(uint32_t file, NodeId expr, IntKind kind) {
  const SyntaxTree& t = tree(file);
  const Token& token = t.tokens[t.node(expr).first_token];
  if (token.kind != TokenKind::IntLiteral) return std::nullopt;
  size_t suffix = (token.flags & Token::kHasSuffix) ? token.suffix_length : 0;
  std::string_view literal = t.text(expr, text(file));
  if (suffix != 0 && int_kind_of(primitive_type(types_, literal.substr(literal.size() - suffix))) != kind) {
    return std::nullopt;
  }
  return integer_literal_value(literal, suffix);
}

// The value of a constant expression of integer type `kind`: literals, other
// consts, integer bounds, arithmetic, bit operations, shifts, casts and
// parentheses. Unknown for anything else, and for an operation that fails
// (the const is in error: stage 3 reports it, and nothing follows from it).
std::optional<ConstInt> DefMapBuilder::eval_const_expr(uint32_t file, NodeId expr, ItemId scope, IntKind kind,
                                                       int depth) {
  const SyntaxTree& t = tree(file);
  if (expr.is_none() || depth > 64) return std::nullopt;
  std::vector<NodeId> parts = expression_parts(t, expr);
  switch (t.kind(expr)) {
    case NodeKind::LiteralExpr: {
      std::optional<ConstInt::Magnitude> value = int_literal_magnitude(file, expr, kind);
      if (!value || ConstInt(*value) > int_range(kind).max) return std::nullopt;
      return ConstInt(*value);
    }
    case NodeKind::ParenExpr: return parts.empty() ? std::nullopt : eval_const_expr(file, parts[0], scope, kind, depth + 1);
    case NodeKind::BlockExpr: {  // `{ N }`
      NodeId value = block_only_value(t, expr);
      if (value.is_none()) return eval_const_block(file, expr, scope, kind, depth);
      return eval_const_expr(file, value, scope, kind, depth + 1);
    }
    case NodeKind::CastExpr: {
      std::optional<IntKind> target = written_int_kind(file, type_child(t, expr), scope);
      if (parts.empty() || target != kind) return std::nullopt;
      IntKind from = own_int_kind(file, parts[0], scope, depth + 1).value_or(IntKind::I32);
      std::optional<ConstInt> value = eval_const_expr(file, parts[0], scope, from, depth + 1);
      if (!value) return std::nullopt;
      return wrap_to(*value, kind);
    }
    case NodeKind::PrefixExpr: {
      if (parts.size() != 2) return std::nullopt;
      OpKind op = static_cast<OpKind>(t.node(parts[0]).detail);
      if (op == OpKind::Neg && t.kind(parts[1]) == NodeKind::LiteralExpr && is_signed(kind)) {
        // `-128` as an i8: the literal alone would not fit.
        std::optional<ConstInt::Magnitude> magnitude = int_literal_magnitude(file, parts[1], kind);
        if (!magnitude || -ConstInt(*magnitude) < int_range(kind).min) return std::nullopt;
        return -ConstInt(*magnitude);
      }
      std::optional<ConstInt> value = eval_const_expr(file, parts[1], scope, kind, depth + 1);
      if (!value) return std::nullopt;
      if (op == OpKind::Neg) return int_negate(*value, kind).value;
      if (op == OpKind::Not) return int_not(*value, kind);
      return std::nullopt;
    }
    case NodeKind::BinaryExpr: {
      if (parts.size() != 3) return std::nullopt;
      OpKind op = static_cast<OpKind>(t.node(parts[1]).detail);
      IntKind amount_kind = is_shift(op) ? own_int_kind(file, parts[2], scope, depth + 1).value_or(IntKind::I32) : kind;
      std::optional<ConstInt> a = eval_const_expr(file, parts[0], scope, kind, depth + 1);
      std::optional<ConstInt> b = eval_const_expr(file, parts[2], scope, amount_kind, depth + 1);
      if (!a || !b) return std::nullopt;
      IntOpResult result = int_binary(op, *a, *b, kind, amount_kind);
      note_length_failure(expr, result.failure);
      return result.value;
    }
    case NodeKind::PathExpr: {
      if (std::optional<size_t> local = const_local(file, expr)) return const_local_value(file, *local, scope, kind, depth);
      ConstOperand operand = const_path(file, expr, scope, true, depth);
      if (operand.kind && operand.kind != kind && report_length_paths_ && depth == 0) {
        // `[f64; DIMS]` with `const DIMS: i32`: a signature's length must be a usize.
        Diagnostic d = make_diagnostic(DiagKind::MismatchedTypes, t.span(expr), {});
        d.with_label("expected `" + std::string(int_name(kind)) + "`, found `" + std::string(int_name(*operand.kind)) + "`");
        map_.diagnostics.push_back(std::move(d));
      }
      return operand.kind == kind ? operand.value : std::nullopt;
    }
    case NodeKind::MethodCallExpr: return eval_const_method(file, expr, scope, kind, depth);
    case NodeKind::CallExpr: return eval_const_path_call(file, expr, scope, kind, depth);
    default: return std::nullopt;
  }
}

// `{ let base = 8; base * 2 }`: a block of immutable locals with
// initialisers and a tail. Only what the tail needs is evaluated; stage 3
// reports an initialiser that fails.
std::optional<ConstInt> DefMapBuilder::eval_const_block(uint32_t file, NodeId block, ItemId scope, IntKind kind,
                                                        int depth) {
  const SyntaxTree& t = tree(file);
  NodeId list = first_child(t, block, NodeKind::StmtList);
  if (list.is_none() || t.children(block).size() != 1) return std::nullopt;  // labelled, `unsafe`, ...
  size_t outer = const_locals_.size();
  NodeId tail;
  bool supported = true;
  for (NodeId stmt : t.children(list)) {
    if (tail.has_value() || !supported) supported = false;
    else if (t.kind(stmt) == NodeKind::ExprStmt && t.node(stmt).detail == 0) tail = t.children(stmt).back();
    else if (t.kind(stmt) != NodeKind::LetStmt) supported = false;
    else {
      ChildList parts = t.children(stmt);
      NodeId pattern = parts[0];
      bool plain = t.kind(pattern) == NodeKind::IdentPat && t.children(pattern).size() == 1 &&
                   t.kind(t.children(pattern)[0]) == NodeKind::Name;
      NodeId init = parts.back();
      NodeKind init_kind = t.kind(init);
      if (!plain || parts.size() < 2 || init_kind < NodeKind::LiteralExpr || init_kind > NodeKind::BoxExpr) {
        supported = false;
        continue;
      }
      NodeId type = parts.size() == 3 ? parts[1] : NodeId::none();
      const_locals_.push_back({name_text(file, t.children(pattern)[0]), type, init});
    }
  }
  std::optional<ConstInt> result;
  if (supported && tail.has_value()) result = eval_const_expr(file, tail, scope, kind, depth + 1);
  const_locals_.resize(outer);
  return result;
}

// The innermost const local a one-segment path names, if any.
std::optional<size_t> DefMapBuilder::const_local(uint32_t file, NodeId path_expr) const {
  if (const_locals_.empty()) return std::nullopt;
  const SyntaxTree& t = tree(file);
  NodeId path = first_child(t, path_expr, NodeKind::Path);
  if (path.is_none()) return std::nullopt;
  std::vector<PathSegment> segments = path_segments(file, path);
  if (segments.size() != 1) return std::nullopt;
  for (size_t i = const_locals_.size(); i-- > 0;) {
    if (const_locals_[i].name == segments[0].name) return i;
  }
  return std::nullopt;
}

// A const local's value as a `kind`: its initialiser, evaluated with only the
// locals declared before it in scope.
std::optional<ConstInt> DefMapBuilder::const_local_value(uint32_t file, size_t local, ItemId scope, IntKind kind,
                                                         int depth) {
  const ConstLocal l = const_locals_[local];
  if (l.type.has_value() && written_int_kind(file, l.type, scope) != kind) return std::nullopt;
  std::vector<ConstLocal> later(const_locals_.begin() + static_cast<std::ptrdiff_t>(local), const_locals_.end());
  const_locals_.resize(local);
  std::optional<ConstInt> value = eval_const_expr(file, l.init, scope, kind, depth + 1);
  const_locals_.insert(const_locals_.end(), later.begin(), later.end());
  return value;
}

// A const item's value, computed once; a const that needs itself is unknown.
std::optional<ConstInt> DefMapBuilder::const_value(ItemId id, int depth) {
  const Item item = map_.items[id.index];
  ConstData& data = map_.consts[item.data];
  if (data.value.known) {
    if (!data.value.is_int()) return std::nullopt;
    return data.value.int_value();
  }
  if (const_in_progress_.count(id.index) || depth > 64) {
    if (const_in_progress_.count(id.index)) report_const_cycle();
    return std::nullopt;
  }
  if (depth == 0) const_evaluation_root_ = id.index;
  const_in_progress_.insert(id.index);
  const SyntaxTree& t = tree(item.file);
  NodeId value = first_child(t, item.node, NodeKind::DefaultValue);
  NodeId expr;
  if (value.has_value()) {
    for (NodeId c : t.children(value)) expr = c;
  }
  ItemId saved_waits_owner = waits_owner_;
  waits_owner_ = id;
  std::vector<ConstLocal> outer_locals = std::exchange(const_locals_, {});  // another const's block
  std::optional<ConstInt> result;
  if (std::optional<IntKind> kind = declared_int_kind(ItemRef{map_.crate, id.index})) {
    result = eval_const_expr(item.file, expr, item.module, *kind, depth + 1);
  }
  waits_owner_ = saved_waits_owner;
  const_locals_ = std::move(outer_locals);
  const_in_progress_.erase(id.index);
  if (result) {
    ConstData& out = map_.consts[item.data];
    out.value.known = true;
    out.value.negative = result->negative();
    out.value.magnitude = result->magnitude();
  } else if (std::optional<ConstValue> other = pattern_const_value(item.file, expr, id, depth + 1)) {
    map_.consts[item.data].value = *other;
  }
  return result;
}

// E0081: two variants of an enum with the same discriminant, explicit
// (`= expr`, an isize) or one more than the previous variant's. A value
// sluice cannot compute (or that fails: stage 3 reports it) is left out, with
// the implicit ones that count from it.
void DefMapBuilder::check_discriminants(ItemId enum_item) {
  const Item& item = map_.items[enum_item.index];
  const std::vector<ItemId>& variants = map_.adts[item.data].variants;
  const SyntaxTree& t = tree(item.file);
  struct Value {
    std::optional<ConstInt> value;
    NodeId expr;      // none: implicit
    size_t start;     // implicit: the variant it counts from (index), or variants.size() from the first
  };
  std::vector<Value> values;
  bool any_explicit = false;
  for (size_t i = 0; i < variants.size(); ++i) {
    const Item& variant = map_.items[variants[i].index];
    NodeId discriminant = first_child(t, variant.node, NodeKind::Discriminant);
    std::vector<NodeId> parts = discriminant.has_value() ? expression_parts(t, discriminant) : std::vector<NodeId>{};
    if (discriminant.has_value() && parts.empty()) return;
    NodeId expr = parts.empty() ? NodeId::none() : parts.front();
    if (expr.has_value()) {
      any_explicit = true;
      values.push_back({eval_const_expr(item.file, expr, item.module, IntKind::Isize, 0), expr, 0});
      continue;
    }
    if (values.empty()) {
      values.push_back({0, NodeId::none(), variants.size()});
    } else {
      const Value& previous = values.back();
      size_t start = previous.expr.has_value() ? i - 1 : previous.start;
      if (previous.value == int_range(IntKind::Isize).max) return;  // rustc's E0370, not modelled
      std::optional<ConstInt> next = previous.value ? checked_add(*previous.value, 1) : std::nullopt;
      values.push_back({next, NodeId::none(), start});
    }
  }
  if (!any_explicit) return;
  std::vector<bool> reported(values.size(), false);
  for (size_t i = 0; i < values.size(); ++i) {
    if (reported[i] || !values[i].value) continue;
    std::vector<size_t> same;
    for (size_t j = i; j < values.size(); ++j) {
      if (values[j].value == values[i].value) same.push_back(j);
    }
    if (same.size() < 2) continue;
    std::string shown = int_digits(*values[i].value);
    Diagnostic d = make_diagnostic(DiagKind::DuplicateDiscriminant, t.def_span(item.node), {shown});
    for (size_t j : same) {
      reported[j] = true;
      const Value& v = values[j];
      const Item& variant = map_.items[variants[j].index];
      if (v.expr.has_value() || v.start == variants.size()) {
        d.with_secondary(v.expr.has_value() ? t.span(v.expr) : variant.name_span, "`" + shown + "` assigned here");
        continue;
      }
      const Item& from = map_.items[variants[v.start].index];
      d.with_secondary(variant.name_span, "`" + shown + "` assigned here");
      size_t later = j - v.start;
      d.with_secondary(from.name_span, "discriminant for `" + std::string(variant.name) +
                                           "` incremented from this startpoint (`" + std::string(from.name) + "` + " +
                                           std::to_string(later) + " variant" + (later == 1 ? "" : "s") +
                                           " later => `" + std::string(variant.name) + "` = " + shown + ")");
    }
    map_.diagnostics.push_back(std::move(d));
  }
}

// Everything being evaluated is on the cycle's path: report it once.
void DefMapBuilder::report_const_cycle() {
  for (uint32_t c : const_in_progress_) {
    if (const_cycle_members_.count(c)) return;
  }
  const_cycle_members_.insert(const_in_progress_.begin(), const_in_progress_.end());
  const Item& root_item = map_.items[const_evaluation_root_];
  map_.diagnostics.push_back(make_diagnostic(DiagKind::CycleDetected,
                                             node_span_without_attributes(tree(root_item.file), root_item.node),
                                             {"checking if `" + std::string(root_item.name) + "` is a trivial const"}));
}

// The item a const's initialiser names: a path, `Type::NAME` (an associated
// const), or `Self::NAME` in an impl (a variant of the impl's enum, or an
// associated const).
std::optional<ItemRef> DefMapBuilder::pattern_const_target(const std::vector<PathSegment>& segments, ItemId owner,
                                                           const PathResolver& resolver) const {
  if (segments.empty()) return std::nullopt;
  const Item& constant = map_.items[owner.index];
  std::optional<ItemRef> type;
  size_t consumed = 0;
  if (segments[0].name == "Self" && constant.parent.has_value() &&
      map_.items[constant.parent.index].kind == ItemKind::Impl) {
    TypeId self = map_.impls[map_.items[constant.parent.index].data].self_type;
    if (types_.kind(self) != TypeKind::Adt) return std::nullopt;
    type = types_.data(self).item;
    consumed = 1;
  } else {
    PathQuery query;
    query.segments = segments;
    query.ns = Namespace::Value;
    query.scope = constant.module;
    query.quiet = true;
    std::vector<Diagnostic> ignored;
    PathResolution r = resolver.resolve(query, ignored);
    if (r.kind != PathResolution::Kind::Item) return std::nullopt;
    if (r.consumed == segments.size()) return r.item;
    type = r.item;
    consumed = r.consumed;
  }
  if (consumed + 1 != segments.size()) return std::nullopt;
  std::string_view name = segments.back().name;
  const CrateDefMap* map = resolver.map_of(type->crate);
  const Item& adt = map->items[type->item];
  if (adt.kind == ItemKind::Enum) {
    for (ItemId variant : map->adts[adt.data].variants) {
      if (map->items[variant.index].name == name) return ItemRef{type->crate, variant.index};
    }
  }
  if (std::optional<ItemId> assoc = associated_const(*type, name)) return ItemRef{map_.crate, assoc->index};
  return std::nullopt;
}

// A const's value that is not an integer but can stand for a pattern: `true`,
// `'x'`, a unit variant (`Mode::Fast`), or another such const.
std::optional<ConstValue> DefMapBuilder::pattern_const_value(uint32_t file, NodeId expr, ItemId owner, int depth) {
  const SyntaxTree& t = tree(file);
  if (expr.is_none() || depth > 64) return std::nullopt;
  ConstValue v;
  v.known = true;
  if (t.kind(expr) == NodeKind::ParenExpr) {
    NodeId inner;
    for (NodeId c : t.children(expr)) inner = c;
    return pattern_const_value(file, inner, owner, depth + 1);
  }
  if (t.kind(expr) == NodeKind::LiteralExpr) {
    const Token& token = t.tokens[t.node(expr).first_token];
    if (token.kind == TokenKind::KwTrue || token.kind == TokenKind::KwFalse) {
      v.kind = ConstValue::Kind::Bool;
      v.magnitude = token.kind == TokenKind::KwTrue;
      return v;
    }
    if (token.kind == TokenKind::CharLiteral) {
      std::optional<uint32_t> code = char_literal_value(t.text(expr, text(file)));
      if (!code) return std::nullopt;
      v.kind = ConstValue::Kind::Char;
      v.magnitude = *code;
      return v;
    }
    return std::nullopt;
  }
  if (t.kind(expr) != NodeKind::PathExpr) return std::nullopt;
  NodeId path = first_child(t, expr, NodeKind::Path);
  if (path.is_none()) return std::nullopt;
  std::vector<PathSegment> segments = path_segments(file, path);
  PathResolver resolver = this->resolver();
  std::optional<ItemRef> target = pattern_const_target(segments, owner, resolver);
  if (!target) return std::nullopt;
  const Item& item = resolver.item(*target);
  const CrateDefMap* defined_in = resolver.map_of(target->crate);
  if (item.kind == ItemKind::Variant && defined_in->adts[item.data].shape == FieldsShape::Unit) {
    v.kind = ConstValue::Kind::Variant;
    v.variant = *target;
    return v;
  }
  if (item.kind != ItemKind::Const) return std::nullopt;
  if (target->crate == map_.crate) const_value(ItemId(target->item), depth + 1);
  const ConstValue& other = defined_in->consts[item.data].value;
  if (!other.known || other.kind == ConstValue::Kind::Int) return std::nullopt;
  return other;
}


}  // namespace sluice
