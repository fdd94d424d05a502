// rustc's known-panics MIR lint, which sluice splits in two:
// - arithmetic_overflow: `+`, `-`, `*`, `<<`, `>>` and negation on integers;
// - unconditional_panic: `/` and `%` by zero or `MIN / -1`, and an array
//   index past the array's end;
// where the operands are known at compile time: literals, constants with
// known values, `T::MIN`/`T::MAX`, and immutable locals initialised with such
// values (a `mut` local is never taken as known). Like the MIR lint, it skips
// code after a divergence and a branch that a known condition rules out
// (`if DEBUG { .. }`), and follows parts of a local's aggregate (`cfg.slots`,
// `pair.0`, `table[1]`). rustc runs this lint only when it generates code, so
// `cargo check` is silent; sluice reports what `cargo build` would
// (tests/conformance/README.md). The same sites serve E0080, evaluating a
// const's initialiser. A format macro's arguments are a tree of their own,
// with sites of their own (MacroSites).
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "analysis/check/body_checker.h"
#include "analysis/resolve/const_arith.h"

namespace sluice {

namespace {

constexpr int kMaxDepth = 32;  // chains of locals and nested operations

// `l op r` for a comparison operator (IEEE's for floats: a NaN is unequal and unordered).
template <typename T>
std::optional<bool> compare(OpKind op, T l, T r) {
  switch (op) {
    case OpKind::Eq: return l == r;
    case OpKind::Ne: return l != r;
    case OpKind::Lt: return l < r;
    case OpKind::Le: return l <= r;
    case OpKind::Gt: return l > r;
    case OpKind::Ge: return l >= r;
    default: return std::nullopt;
  }
}

// A float literal's value (`2.5`, `1e-3f32`, `1_000.0`), or none.
std::optional<double> float_literal_value(std::string_view literal) {
  std::string text;
  for (char c : literal) {
    if (c != '_') text += c;
  }
  if (text.size() > 3 && (text.ends_with("f32") || text.ends_with("f64"))) text.resize(text.size() - 3);
  if (text.empty() || text.find_first_of("xob") != std::string::npos) return std::nullopt;  // (strtod reads hex)
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size()) return std::nullopt;
  return value;
}

// Whether `node` lies in one of `ranges` (sorted, disjoint, inclusive).
bool in_ranges(const std::vector<std::pair<uint32_t, uint32_t>>& ranges, uint32_t node) {
  auto after = std::upper_bound(ranges.begin(), ranges.end(), node,
                                [](uint32_t n, const auto& range) { return n < range.first; });
  return after != ranges.begin() && std::prev(after)->second >= node;
}

}  // namespace

// `let x = v`, `let mut x = v`, `let x;`: a local whose assignments
// note_store() counts. Other bindings (patterns, parameters) are not followed.
void BodyChecker::note_let_binding(NodeId pattern, NodeId init) {
  if (in_macro_arguments_) return;
  NodeKind kind = tree_->kind(pattern);
  if (kind == NodeKind::TuplePat || kind == NodeKind::TupleStructPat) {
    // `let (w, h) = (0, 16);`: MIR binds each part from the aggregate's
    // place, one level deep (rustc follows no deeper).
    NodeId aggregate = init.has_value() ? paren_inner_expr(init) : NodeId::none();
    Kids parts(*tree_, pattern, [](NodeKind k) { return is_pattern_kind(k); });
    for (size_t i = 0; i < parts.size() && aggregate.has_value(); ++i) {
      if (tree_->kind(parts[i]) == NodeKind::RestPat) return;
      if (tree_->kind(parts[i]) == NodeKind::IdentPat) note_let_binding(parts[i], element_of(aggregate, {}, i));
    }
    return;
  }
  if (kind != NodeKind::IdentPat) return;
  for (NodeId c : Kids(*tree_, pattern)) {
    if (tree_->kind(c) == NodeKind::Modifier && static_cast<ModifierKind>(tree_->node(c).detail) == ModifierKind::Mut) {
      continue;  // `mut x`: known while it is assigned nowhere else
    }
    if (tree_->kind(c) != NodeKind::Name) return;  // `ref x`, `x @ pattern`
  }
  uint32_t uid = flow_.local_of(pattern);
  if (uid == FlowFacts::kNoLocal) return;
  if (local_stores_.size() <= uid) local_stores_.resize(uid + 1);
  local_stores_[uid].from_let = true;
  local_stores_[uid].declared_at = pattern;
  local_stores_[uid].scope = current_stmt_list_;
  if (init.has_value()) note_store(uid, init, NodeId::none());
}

// An assignment to a local (its initialiser included): the value assigned,
// or none (`x += 1`, `x.f = v`, a value not followed), and where.
void BodyChecker::note_store(uint32_t uid, NodeId value, NodeId at) {
  if (uid == FlowFacts::kNoLocal || in_macro_arguments_) return;
  if (local_stores_.size() <= uid) local_stores_.resize(uid + 1);
  // Where the store is made (a `let`'s: its initialiser), and the value: a
  // compound assignment's is its own node (the operation's value).
  local_stores_[uid].all.push_back({at.has_value() ? at.index : value.index, at.has_value() && value.is_none() ? at : value});
}

void BodyChecker::note_const_item_use(NodeId path_expr, ItemRef item) {
  const CrateDefMap* map = resolver_.map_of(item.crate);
  if (map == nullptr) return;
  const Item& named = map->items[item.item];
  std::optional<ConstInt> value = scalar_of(map->consts[named.data].value);
  if (value) {
    path_constants_.push_back({path_expr, *value});
  } else if (item.crate == crate_.crate && named.file == file_ && !in_macro_arguments_) {
    const_item_paths_.push_back({path_expr.index, named.node});  // an aggregate, perhaps: its parts are read there
  }
}

// A const's or static's initialiser in this file (its aggregate's parts are
// literals to read), or none.
NodeId BodyChecker::const_item_initializer(NodeId path_expr) const {
  for (const auto& [path, item] : const_item_paths_) {
    if (path != path_expr.index) continue;
    NodeId value = first_child(*tree_, item, NodeKind::DefaultValue);
    return value.has_value() ? first_expr_child(value) : NodeId::none();
  }
  return NodeId::none();
}

// A const's value as this file keeps scalars: an integer as itself, a bool as
// 0 or 1, a char as its code point, a unit variant as variant_value().
std::optional<ConstInt> BodyChecker::scalar_of(const ConstValue& v) {
  if (!v.known) return std::nullopt;
  switch (v.kind) {
    case ConstValue::Kind::Int: return v.int_value();
    case ConstValue::Kind::Bool:
    case ConstValue::Kind::Char: return ConstInt(v.magnitude);
    case ConstValue::Kind::Variant: return variant_value(v.variant);
  }
  return std::nullopt;
}

// Where a path's value comes from: an immutable local's initialiser (to
// evaluate), or a const's value noted while checking (path_constants_ is
// sorted by then).
BodyChecker::PathValue BodyChecker::path_value(NodeId path_expr) {
  if (evaluating_macro_ != nullptr) {  // a macro's argument reads the local where the macro is called
    const auto& locals = evaluating_macro_->locals;
    auto local = std::find_if(locals.begin(), locals.end(), [&](const auto& l) { return l.first == path_expr; });
    if (local != locals.end()) {
      // A local assigned more than once is known only in the block of its last
      // assignment, which an earlier argument's check or call ends.
      uint32_t uid = local->second;
      if (uid < local_stores_.size() && local_stores_[uid].all.size() > 1 && macro_block_ended_before(path_expr)) return {};
      NodeId call = evaluating_macro_->call;
      return {in_body_tree([&] { return known_initializer(uid, call); }), std::nullopt};
    }
  } else if (uint32_t uid = flow_.local_of(path_expr); uid != FlowFacts::kNoLocal) {
    return {known_initializer(uid, path_expr), std::nullopt};
  }
  auto found = std::lower_bound(path_constants_.begin(), path_constants_.end(), path_expr,
                                [](const auto& entry, NodeId n) { return entry.first.index < n.index; });
  if (found == path_constants_.end() || found->first != path_expr) return {};
  return {NodeId::none(), found->second};
}

void BodyChecker::note_primitive_constant(NodeId path_expr, TypeId primitive, std::string_view name) {
  TypeId t = shallow(primitive);
  if (types_.kind(t) != TypeKind::Int || (name != "MIN" && name != "MAX" && name != "BITS")) return;
  IntKind kind = IntKind(types_.data(t).detail);
  if (name == "BITS") {  // a u32: `1i32 << i32::BITS` overflows
    path_constants_.push_back({path_expr, ConstInt(int_bits(kind))});
    return;
  }
  IntRange range = int_range(kind);
  path_constants_.push_back({path_expr, name == "MIN" ? range.min : range.max});
}

// The value of an operation, from its operands' values. An operation that
// fails (overflow, division by zero) has none; while a constant is being
// evaluated, the first such failure is kept for E0080.
std::optional<ConstInt> BodyChecker::site_value(const ArithmeticSite& site, TypeId type, int depth) {
  IntKind kind = IntKind(types_.data(type).detail);
  if (site.op == OpKind::Neg && tree_->kind(site.lhs) == NodeKind::LiteralExpr) {
    // `-128` as an i8: the literal alone would not fit.
    std::optional<ConstInt> magnitude = literal_magnitude(site.lhs);
    return magnitude && int_fits(-*magnitude, kind) ? std::optional<ConstInt>(-*magnitude) : std::nullopt;
  }
  std::optional<ConstInt> l = constant_value(site.lhs, type, depth + 1);
  if (!l) return std::nullopt;
  IntOpResult result;
  if (site.op == OpKind::Not) return int_not(*l, kind);
  if (site.op == OpKind::Neg) {
    result = int_negate(*l, kind);
  } else {
    bool shift = site.op == OpKind::Shl || site.op == OpKind::Shr;
    TypeId amount_type = shift ? fallback(resolved(site.rhs_type)) : type;
    if (types_.kind(amount_type) != TypeKind::Int) return std::nullopt;
    std::optional<ConstInt> r = constant_value(site.rhs, amount_type, depth + 1);
    if (!r) return std::nullopt;
    result = int_binary(site.op, *l, *r, kind, IntKind(types_.data(amount_type).detail));
  }
  if (result.failed()) note_constant_failure(site.node, std::move(result.failure));
  return result.value;
}

void BodyChecker::note_constant_failure(NodeId node, std::string message, std::string inside) {
  if (constant_failure_ && constant_failure_->node.is_none()) *constant_failure_ = {node, message, inside};
}

// `N.pow(2)`, `MASK.count_ones()` in a const's initialiser.
std::optional<ConstInt> BodyChecker::method_value(NodeId node, TypeId type, int depth) {
  for (const MethodSite& site : method_sites_) {
    if (site.node != node) continue;
    TypeId receiver_type = fallback(resolved(site.receiver_type));
    if (types_.kind(receiver_type) != TypeKind::Int) return std::nullopt;
    IntKind kind = IntKind(types_.data(receiver_type).detail);
    std::optional<ConstInt> receiver = constant_value(site.receiver, receiver_type, depth + 1);
    if (!receiver) return std::nullopt;
    std::optional<ConstInt> argument;
    if (site.argument.has_value()) {
      TypeId argument_type = const_method_takes_u32(site.name) ? types_.int_type(IntKind::U32) : receiver_type;
      argument = constant_value(site.argument, argument_type, depth + 1);
      if (!argument) return std::nullopt;
    }
    IntOpResult result = int_method(site.name, *receiver, argument, kind);
    if (result.failed()) note_constant_failure(node, std::move(result.failure), site.callee);
    if (!result.value || !int_fits(*result.value, IntKind(types_.data(type).detail))) return std::nullopt;
    return result.value;
  }
  return std::nullopt;
}

// The expression that gives the part `place` names (`cfg.retries`,
// `pair.0`, `table[1]`) of a local's aggregate initialiser
// (a struct literal, perhaps with `..base`, a tuple, an array, a tuple
// struct's constructor), in the body's tree; none when not known.
NodeId BodyChecker::part_of_local(NodeId place, int depth) {
  if (depth > kMaxDepth) return NodeId::none();
  NodeId base = first_expr_child(place);
  if (base.is_none()) return NodeId::none();
  std::string_view field;
  std::optional<ConstInt> index;
  if (tree_->kind(place) == NodeKind::FieldExpr) {
    NodeId name = first_child(*tree_, place, NodeKind::NameRef);
    if (name.is_none()) return NodeId::none();
    field = segment_of_name(name).name;
  } else {
    Kids parts(*tree_, place, kIsExpr);
    if (parts.size() != 2) return NodeId::none();
    index = constant_value(parts[1], types_.int_type(IntKind::Usize), depth + 1);
    if (!index) return NodeId::none();
  }
  // One level only, as rustc: `grid[1][0]` and `a.b.c` are not followed.
  if (tree_->kind(base) != NodeKind::PathExpr) return NodeId::none();
  NodeId aggregate = path_value(base).initializer;
  // `TABLE[2]`, `SCREEN.width`: const evaluation reads a const's parts; the MIR lints of a function do not.
  if (aggregate.is_none() && constant_failure_ != nullptr) aggregate = const_item_initializer(base);
  if (aggregate.is_none()) return NodeId::none();
  return in_body_tree([&] { return element_of(paren_inner_expr(aggregate), field, index ? uint64_t(index->low_bits()) : 0); });
}

// An aggregate expression's part: the field `field` (a tuple's and a tuple
// struct's named by number), or with no name the element at `index`.
NodeId BodyChecker::element_of(NodeId aggregate, std::string_view field, uint64_t index) {
  if (aggregate.is_none()) return NodeId::none();
  if (!field.empty() && field[0] >= '0' && field[0] <= '9') {
    index = 0;
    for (char c : field) {
      if (c < '0' || c > '9' || index > UINT32_MAX) return NodeId::none();
      index = index * 10 + uint64_t(c - '0');
    }
    field = {};
  }
  switch (tree_->kind(aggregate)) {
    case NodeKind::TupleExpr:
    case NodeKind::ArrayExpr: {
      if (!field.empty() || (tree_->kind(aggregate) == NodeKind::ArrayExpr && tree_->node(aggregate).detail == 1)) {
        return NodeId::none();  // (rustc does not follow `[v; n]`)
      }
      Kids parts(*tree_, aggregate, kIsExpr);
      return index < parts.size() ? parts[index] : NodeId::none();
    }
    case NodeKind::CallExpr: {
      if (!field.empty() || !std::binary_search(constructor_calls_.begin(), constructor_calls_.end(), aggregate.index)) {
        return NodeId::none();
      }
      NodeId args = first_child(*tree_, aggregate, NodeKind::ArgList);
      if (args.is_none()) return NodeId::none();
      Kids parts(*tree_, args, kIsExpr);
      return index < parts.size() ? parts[index] : NodeId::none();
    }
    case NodeKind::RecordExpr: return record_field_value(aggregate, field);
    default: return NodeId::none();
  }
}

// `S { a: 1, b }`: the value given for `field` (a shorthand's is its name, a
// path), or else the `..base`'s.
NodeId BodyChecker::record_field_value(NodeId record, std::string_view field) {
  NodeId fields = first_child(*tree_, record, NodeKind::RecordExprFieldList);
  if (field.empty() || fields.is_none()) return NodeId::none();
  NodeId base;
  for (NodeId f : Kids(*tree_, fields)) {
    if (tree_->kind(f) == NodeKind::RecordExprBase) base = first_expr_child(f);
    if (tree_->kind(f) != NodeKind::RecordExprField) continue;
    NodeId name = first_child(*tree_, f, NodeKind::NameRef);
    if (name.is_none() || segment_of_name(name).name != field) continue;
    NodeId value = first_expr_child(f);
    if (value.has_value()) return value;
    // `S { retries }`: the local's value, where the literal reads it.
    uint32_t uid = flow_.local_of(name);
    return uid != FlowFacts::kNoLocal ? known_initializer(uid, name) : NodeId::none();
  }
  if (base.is_none()) return NodeId::none();
  NodeId from = paren_inner_expr(base);
  if (tree_->kind(from) == NodeKind::PathExpr) {
    NodeId initializer = path_value(from).initializer;
    return initializer.has_value() ? element_of(paren_inner_expr(initializer), field, 0) : NodeId::none();
  }
  return element_of(from, field, 0);
}

// `9.6f64 as usize`, `-3.0 as u8`: a float literal's value cast to an integer
// (saturating, as `as` does).
std::optional<ConstInt> BodyChecker::float_literal_cast(NodeId operand, IntKind kind) {
  operand = paren_inner_expr(operand);
  bool negative = false;
  if (tree_->kind(operand) == NodeKind::PrefixExpr && prefix_op(*tree_, operand) == OpKind::Neg) {
    negative = true;
    operand = paren_inner_expr(first_expr_child(operand));
  }
  if (operand.is_none() || tree_->kind(operand) != NodeKind::LiteralExpr) return std::nullopt;
  std::optional<double> literal = float_literal_value(tree_->text(operand, text_));
  if (!literal) return std::nullopt;
  double value = negative ? -*literal : *literal;
  IntRange range = int_range(kind);
  if (std::isnan(value)) return 0;
  if (value <= range.min.to_double()) return range.min;
  if (value >= range.max.to_double()) return range.max;
  return ConstInt::truncated(value);
}

// `TABLE[i]` in a const's initialiser: its value is not modelled, but an
// index past the end is E0080.
std::optional<ConstInt> BodyChecker::index_value(NodeId node, int depth) {
  auto first = std::lower_bound(index_sites_.begin(), index_sites_.end(), node,
                                [](const IndexSite& site, NodeId n) { return site.node.index < n.index; });
  for (auto it = first; it != index_sites_.end() && it->node == node; ++it) {
    const IndexSite& site = *it;
    std::optional<ConstInt> index = constant_value(site.index, types_.int_type(IntKind::Usize), depth + 1);
    if (index && *index >= site.length) {
      note_constant_failure(node, "index out of bounds: the length is " + std::to_string(site.length) +
                                      " but the index is " + int_digits(*index));
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// The value of `expr` as a `type` (an integer type), when it is known without
// running the program; none when it is not, or does not fit.
std::optional<ConstInt> BodyChecker::constant_value(NodeId expr, TypeId type, int depth) {
  if (expr.is_none() || depth > kMaxDepth || types_.kind(type) != TypeKind::Int) return std::nullopt;
  IntRange range = int_range(IntKind(types_.data(type).detail));
  auto fits = [&](ConstInt v) -> std::optional<ConstInt> {
    if (v < range.min || v > range.max) return std::nullopt;
    return v;
  };
  switch (tree_->kind(expr)) {
    case NodeKind::LiteralExpr: {
      if (tree_->tokens[tree_->node(expr).first_token].kind == TokenKind::ByteLiteral) {  // `b'~'`
        std::optional<uint32_t> byte = char_literal_value(tree_->text(expr, text_));
        return byte ? fits(*byte) : std::nullopt;
      }
      // An overflowing literal (overflowing_literals, deny) holds its wrapped
      // value, as in rustc's MIR; but `128` in `-(128)` is an i8's MIN, negated
      // where it is written (site_value() takes `-128` whole).
      std::optional<ConstInt> value = literal_magnitude(expr);
      if (!value) return std::nullopt;
      if (*value >= range.min && *value <= range.max) return value;
      IntKind kind = IntKind(types_.data(type).detail);
      if (is_signed(kind) && checked_sub(*value, 1) == range.max) return std::nullopt;
      return wrap_to(*value, kind);
    }
    case NodeKind::ParenExpr: {
      NodeId inner;
      for (NodeId c : Kids(*tree_, expr)) {
        if (is_expr_kind(tree_->kind(c))) inner = c;
      }
      return constant_value(inner, type, depth + 1);
    }
    case NodeKind::PathExpr: {
      PathValue source = path_value(expr);
      if (source.initializer.has_value()) {
        return in_body_tree([&] { return constant_value(source.initializer, type, depth + 1); });
      }
      return source.constant ? fits(*source.constant) : std::nullopt;
    }
    case NodeKind::CastExpr: {
      auto cast_site = std::lower_bound(int_casts_.begin(), int_casts_.end(), expr,
                                        [](const CastSite& c, NodeId n) { return c.node.index < n.index; });
      for (auto it = cast_site; it != int_casts_.end() && it->node == expr; ++it) {
        const CastSite& cast = *it;
        TypeId from = fallback(resolved(cast.from));
        // `'z' as u32`, `true as u8`: a char's code point, a bool's 0 or 1.
        if (types_.kind(from) == TypeKind::Adt) return std::nullopt;  // an enum's discriminant: not modelled
        if (types_.is_float(from)) return float_literal_cast(cast.operand, IntKind(types_.data(type).detail));
        std::optional<ConstInt> value = constant_scalar(cast.operand, from, depth + 1);
        if (!value) return std::nullopt;
        return wrap_to(*value, IntKind(types_.data(type).detail));
      }
      return std::nullopt;
    }
    case NodeKind::PrefixExpr:
    case NodeKind::BinaryExpr: {
      auto first = std::lower_bound(arithmetic_sites_.begin(), arithmetic_sites_.end(), expr,
                                    [](const ArithmeticSite& a, NodeId n) { return a.node.index < n.index; });
      for (auto it = first; it != arithmetic_sites_.end() && it->node == expr; ++it) {
        const ArithmeticSite& site = *it;
        return site_value(site, type, depth);
      }
      // `-7` in a const's table, which this body did not check: a negative literal.
      NodeId operand = tree_->kind(expr) == NodeKind::PrefixExpr ? first_expr_child(expr) : NodeId::none();
      if (operand.has_value() && prefix_op(*tree_, expr) == OpKind::Neg && tree_->kind(operand) == NodeKind::LiteralExpr) {
        std::optional<ConstInt> magnitude = literal_magnitude(operand);
        return magnitude ? fits(-*magnitude) : std::nullopt;
      }
      return std::nullopt;
    }
    case NodeKind::MethodCallExpr:
    case NodeKind::CallExpr: return method_value(expr, type, depth);  // `x.pow(2)`, `i32::pow(x, 2)`
    case NodeKind::IndexExpr:
      if (std::optional<ConstInt> value = index_value(expr, depth)) return value;
      [[fallthrough]];
    case NodeKind::FieldExpr: {  // a part of a local's aggregate: `cfg.retries`, `pair.0`, `table[1]`
      NodeId part = part_of_local(expr, depth);
      if (part.is_none()) return std::nullopt;
      return in_body_tree([&] { return constant_value(part, type, depth + 1); });
    }
    case NodeKind::BlockExpr: {
      // `{ let base = 8; base * 2 }`: the tail, whose locals are immutable
      // ones with initialisers. A labelled or `unsafe` block is not followed.
      if (Kids(*tree_, expr).size() != 1) return std::nullopt;
      return constant_value(block_tail_expr(expr), type, depth + 1);
    }
    case NodeKind::IfExpr:
    case NodeKind::MatchExpr: {
      // Only a const's evaluation follows the branch taken: in MIR each
      // branch assigns the result, and the known-panics lint forgets a value
      // assigned twice at the end of its block.
      if (constant_failure_ == nullptr) return std::nullopt;
      return constant_value(taken_branch(expr, depth), type, depth + 1);
    }
    default: return std::nullopt;
  }
}

// The branch of an `if` or `match` that a known condition or scrutinee
// takes, or none: only that branch is evaluated, as rustc's const evaluator
// and MIR lints do.
NodeId BodyChecker::taken_branch(NodeId node, int depth) {
  if (tree_->kind(node) == NodeKind::IfExpr) {
    for (const BranchSite& branch : branch_sites_) {
      if (branch.node != node) continue;
      std::optional<bool> value = constant_bool(branch.condition, depth + 1);
      if (!value) return NodeId::none();
      return *value ? branch.when_true : branch.when_false;
    }
    return NodeId::none();
  }
  for (const KnownMatchSite& site : known_match_sites_) {
    if (site.match != node) continue;
    TypeId type = fallback(resolved(site.type));
    std::optional<ConstInt> value = constant_scalar(site.scrutinee, type, depth + 1);
    if (!value) return NodeId::none();
    for (const auto& [arm, guarded] : site.arms) {
      std::optional<bool> matched = pattern_matches(arm_pattern(arm), *value, type, 0);
      if (!matched || (*matched && guarded)) return NodeId::none();
      if (*matched) return last_expr_child(arm);
    }
    return NodeId::none();
  }
  return NodeId::none();
}

NodeId BodyChecker::arm_pattern(NodeId arm) const {
  for (NodeId c : Kids(*tree_, arm)) {
    if (is_pattern_kind(tree_->kind(c))) return c;
  }
  return NodeId::none();
}

// Sorted by node, for constant_value()'s lookups (a body may hold thousands).
// Sites are mostly noted in node order already: a sorted list costs one pass.
void BodyChecker::sort_constant_sites() {
  auto sort_by_node = [](auto& sites, auto node_of) {
    auto before = [&](const auto& a, const auto& b) { return node_of(a).index < node_of(b).index; };
    if (!std::is_sorted(sites.begin(), sites.end(), before)) std::stable_sort(sites.begin(), sites.end(), before);
  };
  auto node = [](const auto& site) { return site.node; };
  sort_by_node(arithmetic_sites_, node);
  sort_by_node(int_casts_, node);
  sort_by_node(index_sites_, node);
  sort_by_node(path_constants_, [](const auto& entry) { return entry.first; });
  if (!std::is_sorted(constructor_calls_.begin(), constructor_calls_.end())) {
    std::sort(constructor_calls_.begin(), constructor_calls_.end());
  }
}

// E0080: a const or static whose initialiser fails to evaluate, at the
// operation that fails. An initialiser sluice cannot evaluate (a call, a
// block, a non-integer value) is not judged.
void BodyChecker::evaluate_constant(NodeId expr, TypeId type, const std::string& name) {
  TypeId t = fallback(resolved(type));
  // Of another type, only an index is judged: `NAMES[2]` past the table's end.
  bool indexed = tree_->kind(paren_inner_expr(expr)) == NodeKind::IndexExpr;
  if (types_.kind(t) != TypeKind::Int && !indexed) return;
  sort_constant_sites();
  if (!branch_sites_.empty()) index_comparisons();  // `if A > B { .. }`
  ConstantFailure failure;
  constant_failure_ = &failure;
  if (types_.kind(t) == TypeKind::Int) constant_value(expr, t, 0);
  else index_value(paren_inner_expr(expr), 0);
  constant_failure_ = nullptr;
  if (failure.node.is_none()) return;
  Diagnostic d = make_diagnostic(DiagKind::ConstEvaluationFailed, tree_->span(failure.node), {failure.message});
  d.with_label("evaluation of `" + name + "` failed " + (failure.inside.empty() ? "here" : "inside this call"));
  if (!failure.inside.empty()) d.with_note("inside `" + failure.inside + "`");
  result_.type_diagnostics.push_back(std::move(d));
}

// An operation's span with the parentheses around it: rustc's MIR keeps the
// span of the outermost `(..)`. A node's parent follows its subtree, so a
// ParenExpr right after it with one more node is its parent.
Span BodyChecker::span_with_parens(NodeId node) const {
  const std::vector<Node>& nodes = tree_->nodes;
  uint32_t outer = node.index;
  while (outer + 1 < nodes.size() && nodes[outer + 1].kind == NodeKind::ParenExpr &&
         nodes[outer + 1].subtree_size == nodes[outer].subtree_size + 1) {
    ++outer;
  }
  return tree_->span(NodeId(outer));
}

// The value of a `bool` condition, when it is known without running the
// program: literals, `bool` consts, immutable locals, `!`, `&&`, `||`, and
// comparisons of known integers.
std::optional<bool> BodyChecker::constant_bool(NodeId expr, int depth) {
  if (expr.is_none() || depth > kMaxDepth) return std::nullopt;
  switch (tree_->kind(expr)) {
    case NodeKind::LiteralExpr: {
      std::string_view text = tree_->text(expr, text_);
      if (text == "true" || text == "false") return text == "true";
      return std::nullopt;
    }
    case NodeKind::ParenExpr: return constant_bool(paren_inner(expr), depth + 1);
    case NodeKind::PrefixExpr: {
      if (prefix_op(*tree_, expr) != OpKind::Not) return std::nullopt;
      std::optional<bool> value = constant_bool(first_expr_child(expr), depth + 1);
      return value ? std::optional<bool>(!*value) : std::nullopt;
    }
    case NodeKind::PathExpr: {
      PathValue source = path_value(expr);
      if (source.initializer.has_value()) {
        return in_body_tree([&] { return constant_bool(source.initializer, depth + 1); });
      }
      return source.constant ? std::optional<bool>(*source.constant != 0) : std::nullopt;
    }
    case NodeKind::BinaryExpr: return constant_comparison(expr, depth);
    case NodeKind::LetExpr: {
      for (const KnownMatchSite& site : known_match_sites_) {
        if (site.let_expr != expr) continue;
        TypeId type = fallback(resolved(site.type));
        std::optional<ConstInt> value = constant_scalar(site.scrutinee, type, depth + 1);
        return value ? pattern_matches(site.arms[0].first, *value, type, 0) : std::nullopt;
      }
      return std::nullopt;
    }
    default: return std::nullopt;
  }
}

// A `char`'s code point, when known: literals, `char` consts, immutable locals.
std::optional<uint32_t> BodyChecker::constant_char(NodeId expr, int depth) {
  if (expr.is_none() || depth > kMaxDepth) return std::nullopt;
  switch (tree_->kind(expr)) {
    case NodeKind::LiteralExpr: {
      if (tree_->tokens[tree_->node(expr).first_token].kind != TokenKind::CharLiteral) return std::nullopt;
      return char_literal_value(tree_->text(expr, text_));
    }
    case NodeKind::ParenExpr: return constant_char(paren_inner(expr), depth + 1);
    case NodeKind::PathExpr: {
      PathValue source = path_value(expr);
      if (source.initializer.has_value()) {
        return in_body_tree([&] { return constant_char(source.initializer, depth + 1); });
      }
      return source.constant ? std::optional<uint32_t>(uint32_t(source.constant->low_bits())) : std::nullopt;
    }
    default: return std::nullopt;
  }
}

// An integer, `bool` (0 or 1) or `char` (its code point) value of `type`, when known.
std::optional<ConstInt> BodyChecker::constant_scalar(NodeId expr, TypeId type, int depth) {
  switch (types_.kind(type)) {
    case TypeKind::Int: return constant_value(expr, type, depth);
    case TypeKind::Bool: {
      std::optional<bool> value = constant_bool(expr, depth);
      return value ? std::optional<ConstInt>(int(*value)) : std::nullopt;
    }
    case TypeKind::Char: {
      std::optional<uint32_t> value = constant_char(expr, depth);
      return value ? std::optional<ConstInt>(*value) : std::nullopt;
    }
    case TypeKind::Adt: return constant_variant(expr, depth);
    default: return std::nullopt;
  }
}

// An enum value that is a known unit variant (a const holding one), as variant_value().
std::optional<ConstInt> BodyChecker::constant_variant(NodeId expr, int depth) {
  if (expr.is_none() || depth > kMaxDepth) return std::nullopt;
  if (tree_->kind(expr) == NodeKind::ParenExpr) return constant_variant(paren_inner(expr), depth + 1);
  if (tree_->kind(expr) != NodeKind::PathExpr) return std::nullopt;
  PathValue source = path_value(expr);
  if (source.initializer.has_value()) {
    return in_body_tree([&] { return constant_variant(source.initializer, depth + 1); });
  }
  return source.constant;
}

// What a pattern naming a unit variant or const matches: none when unknown.
std::optional<bool> BodyChecker::named_pattern_matches(NodeId pattern, ConstInt value, TypeId type) {
  for (const auto& [node, target] : pattern_targets_) {
    if (node != pattern) continue;
    const Item& item = resolver_.item(target);
    if (item.kind == ItemKind::Variant) return types_.kind(type) == TypeKind::Adt && variant_value(target) == value;
    const CrateDefMap* map = resolver_.map_of(target.crate);
    if (item.kind != ItemKind::Const || map == nullptr) return std::nullopt;
    // (A const pattern has the scrutinee's type: rustc's E0308 otherwise.)
    std::optional<ConstInt> constant = scalar_of(map->consts[item.data].value);
    return constant ? std::optional<bool>(*constant == value) : std::nullopt;
  }
  return std::nullopt;
}

// Whether a `match` or `if let` scrutinee may have a value known before
// running: a literal, a const, or an immutable local with a value, of a type
// the known-panics lints follow (most scrutinees are fields and calls).
bool BodyChecker::may_be_known(NodeId scrutinee, TypeId type) {
  if (in_macro_arguments_ || scrutinee.is_none()) return false;
  TypeKind kind = types_.kind(shallow(type));
  if (kind != TypeKind::Int && kind != TypeKind::IntVar && kind != TypeKind::Bool && kind != TypeKind::Char &&
      kind != TypeKind::Adt) {
    return false;
  }
  NodeId bare = paren_inner_expr(scrutinee);
  if (bare.is_none()) return false;
  if (tree_->kind(bare) == NodeKind::LiteralExpr) return true;
  if (tree_->kind(bare) != NodeKind::PathExpr) return false;
  uint32_t uid = flow_.local_of(bare);
  return uid == FlowFacts::kNoLocal || known_initializer(uid, bare).has_value();
}

// The value a `let` local holds where `read` reads it, when the MIR lint
// would follow it: a local assigned exactly once (its initialiser, or one
// later `x = v` before the read), and never borrowed (rustc's CanConstProp gives up on those, a
// `println!` argument included).
NodeId BodyChecker::known_initializer(uint32_t uid, NodeId read) {
  if (uid >= local_stores_.size()) return NodeId::none();
  const LocalStores& stores = local_stores_[uid];
  if (!stores.from_let || stores.all.empty()) return NodeId::none();
  bool linting = constant_failure_ == nullptr;  // a const's evaluation follows borrowed locals too
  if (linting && uid < borrowed_locals_.size() && borrowed_locals_[uid]) return NodeId::none();
  const std::pair<uint32_t, NodeId>* last = nullptr;  // the last assignment before the read
  for (const auto& store : stores.all) {
    if (store.first < read.index) last = &store;
  }
  if (last == nullptr || last->second.is_none()) return NodeId::none();
  if (linting && forgotten_on_exit(uid, read)) return NodeId::none();
  if (stores.all.size() == 1) return last->second;
  // Assigned more than once: the MIR lint knows the value only in the basic
  // block of the last assignment before the read.
  if (block_ends_.empty()) collect_block_ends();
  auto end = std::upper_bound(block_ends_.begin(), block_ends_.end(), last->first);
  if (end != block_ends_.end() && *end < read.index) return NodeId::none();
  return last->second;
}

// Whether a checked operation, an index or a call in the macro's arguments
// before `node` ends a basic block (collect_block_ends() for the body's tree).
bool BodyChecker::macro_block_ended_before(NodeId node) const {
  for (const ArithmeticSite& site : arithmetic_sites_) {
    if (site.node.index < node.index) return true;
  }
  for (uint32_t i = 0; i < node.index; ++i) {
    NodeKind kind = tree_->nodes[i].kind;
    if (kind == NodeKind::IndexExpr || kind == NodeKind::CallExpr || kind == NodeKind::MethodCallExpr) return true;
  }
  return false;
}

// Whether the lint visits a StorageDead of the local before `read` (the end of
// its scope, or a `return`, `break` or `continue` leaving it): it forgets the
// value. Without a jump, each scope's end comes after what it holds.
bool BodyChecker::forgotten_on_exit(uint32_t uid, NodeId read) {
  if (!following_exits_ || lint_body_.is_none()) return false;  // (not linting yet, or not a finding)
  if (!exit_paths_.built) collect_exit_paths();
  if (exit_paths_.exits.empty()) return false;
  const LocalStores& local = local_stores_[uid];
  if (local.declared_at.is_none() || local.scope.is_none()) return false;
  auto contains = [&](NodeId outer, NodeId inner) {
    return inner.index <= outer.index && inner.index + tree_->node(outer).subtree_size > outer.index;
  };
  const MirOrder& order = lint_order();
  uint64_t read_rank = order.rank_after(read);
  if (order.rank_after(local.scope) < read_rank) return true;  // the scope's end
  for (const auto& [exit, loop] : exit_paths_.exits) {
    if (exit.index < local.declared_at.index || !contains(local.scope, exit)) continue;  // not in scope there
    if (loop.has_value() && !contains(loop, local.declared_at)) continue;  // the loop left is inside its scope
    if (order.rank_after(exit) < read_rank && !exit_ruled_out(exit)) return true;
  }
  return false;
}

// A branch that a known condition rules out is never visited: nor its exits.
bool BodyChecker::exit_ruled_out(NodeId exit) {
  if (exit_paths_.judging_branches) return false;  // (the conditions read locals too)
  if (!exit_paths_.ruled_out) {
    exit_paths_.judging_branches = true;
    exit_paths_.ruled_out = ruled_out_ranges();
    exit_paths_.judging_branches = false;
  }
  return in_ranges(*exit_paths_.ruled_out, exit.index);
}

// The body's exits, each with the loop it leaves; the lint's block order only
// when there is one.
void BodyChecker::collect_exit_paths() {
  exit_paths_.built = true;
  const std::vector<Node>& nodes = tree_->nodes;
  uint32_t first = lint_body_.index + 1 - nodes[lint_body_.index].subtree_size;
  for (uint32_t i = first; i <= lint_body_.index; ++i) {
    NodeKind kind = nodes[i].kind;
    if (kind != NodeKind::ReturnExpr && kind != NodeKind::BreakExpr && kind != NodeKind::ContinueExpr) continue;
    NodeId exit(i);
    if (kind == NodeKind::ReturnExpr) {
      exit_paths_.exits.push_back({exit, NodeId::none()});
      continue;
    }
    NodeId lifetime = first_child(*tree_, exit, NodeKind::Lifetime);
    std::string_view label = lifetime.has_value() ? tree_->text(lifetime, text_) : std::string_view();
    // The innermost enclosing loop, with its label if named.
    for (NodeId loop = tree_->parent(exit); loop.has_value() && loop.index <= lint_body_.index;
         loop = tree_->parent(loop)) {
      NodeKind k = tree_->kind(loop);
      if (k != NodeKind::LoopExpr && k != NodeKind::WhileExpr && k != NodeKind::ForExpr && k != NodeKind::BlockExpr) continue;
      NodeId named = first_child(*tree_, loop, NodeKind::Label);
      NodeId name = named.has_value() ? first_child(*tree_, named, NodeKind::Lifetime) : NodeId::none();
      if (!label.empty() && (name.is_none() || tree_->text(name, text_) != label)) continue;
      if (k == NodeKind::BlockExpr && label.empty()) continue;  // only a labelled `break` leaves a block
      exit_paths_.exits.push_back({exit, loop});
      break;
    }
  }
}

// Where rustc's MIR ends a basic block in this body, as node indices (nodes
// are in evaluation order, an operation after its operands): each checked
// integer operation and index (an assert), call and macro call, and the
// start of each branch and loop body and the end of each such construct.
// A compound assignment's store follows its own assert, at the same node.
void BodyChecker::collect_block_ends() {
  block_ends_.push_back(UINT32_MAX);  // computed, even when the body has none
  for (const ArithmeticSite& site : arithmetic_sites_) block_ends_.push_back(site.node.index);
  const std::vector<Node>& nodes = tree_->nodes;
  uint32_t first = owner_item_.node.index + 1 - nodes[owner_item_.node.index].subtree_size;
  auto subtree_start = [&](NodeId n) { return n.index + 1 - nodes[n.index].subtree_size; };
  for (uint32_t i = first; i <= owner_item_.node.index; ++i) {
    NodeId node(i);
    switch (nodes[i].kind) {
      case NodeKind::CallExpr:
      case NodeKind::MethodCallExpr:
      case NodeKind::MacroCall:
      case NodeKind::IndexExpr: block_ends_.push_back(i); break;
      case NodeKind::IfExpr:
      case NodeKind::MatchArm:
        for (NodeId c : Kids(*tree_, node)) {
          if (tree_->kind(c) == NodeKind::BlockExpr || tree_->kind(c) == NodeKind::IfExpr || is_expr_kind(tree_->kind(c))) {
            block_ends_.push_back(subtree_start(c));
          }
        }
        block_ends_.push_back(i);
        break;
      case NodeKind::MatchExpr:
      case NodeKind::LoopExpr:
      case NodeKind::WhileExpr:
      case NodeKind::ForExpr:
        block_ends_.push_back(subtree_start(node));
        block_ends_.push_back(i);
        break;
      case NodeKind::BinaryExpr: {
        OpKind op = OpKind::None;
        if (NodeId o = first_child(*tree_, node, NodeKind::Op); o.has_value()) op = static_cast<OpKind>(nodes[o.index].detail);
        if (op == OpKind::And || op == OpKind::Or) {  // the right side is evaluated in a block of its own
          block_ends_.push_back(subtree_start(last_expr_child(node)));
          block_ends_.push_back(i);
        }
        break;
      }
      default: break;
    }
  }
  std::sort(block_ends_.begin(), block_ends_.end());
}

NodeId BodyChecker::last_expr_child(NodeId node) const {
  NodeId last;
  for (NodeId c : Kids(*tree_, node)) {
    if (is_expr_kind(tree_->kind(c))) last = c;
  }
  return last;
}

// `&x`, `&x.f`, `&mut x[i]`, a format argument `x`: the local is borrowed.
void BodyChecker::note_borrowed_place(NodeId place) {
  while (place.has_value() && (tree_->kind(place) == NodeKind::ParenExpr || tree_->kind(place) == NodeKind::FieldExpr ||
                               tree_->kind(place) == NodeKind::IndexExpr)) {
    place = first_expr_child(place);
  }
  if (place.is_none() || tree_->kind(place) != NodeKind::PathExpr) return;
  uint32_t uid = FlowFacts::kNoLocal;
  if (!in_macro_arguments_) {
    uid = flow_.local_of(place);
  } else if (NodeId path = first_child(*tree_, place, NodeKind::Path); path.has_value()) {
    SegmentList segments = segments_of(path);
    std::optional<uint32_t> local = segments.size() == 1 ? find_local(segments[0].name) : std::nullopt;
    if (local) uid = locals_[*local].uid;
  }
  note_borrowed_local(uid);
}

void BodyChecker::note_borrowed_local(uint32_t uid) {
  if (uid == FlowFacts::kNoLocal) return;
  if (borrowed_locals_.size() <= uid) borrowed_locals_.resize(uid + 1);
  borrowed_locals_[uid] = true;
}

// A literal pattern's value as a `type`: `3`, `-1`, `true`, `'a'`, `b'a'`.
std::optional<ConstInt> BodyChecker::pattern_literal(NodeId literal_pat, TypeId type) {
  if (tree_->kind(literal_pat) != NodeKind::LiteralPat) return std::nullopt;
  NodeId literal = first_child(*tree_, literal_pat, NodeKind::Literal);
  if (literal.is_none()) return std::nullopt;
  bool negative = tree_->tokens[tree_->node(literal_pat).first_token].kind == TokenKind::Minus;
  const Token& token = tree_->tokens[tree_->node(literal).first_token];
  TypeKind kind = types_.kind(type);
  if (kind == TypeKind::Bool && (token.kind == TokenKind::KwTrue || token.kind == TokenKind::KwFalse)) {
    return ConstInt(int(token.kind == TokenKind::KwTrue));
  }
  if ((kind == TypeKind::Char && token.kind == TokenKind::CharLiteral) ||
      (kind == TypeKind::Int && token.kind == TokenKind::ByteLiteral)) {
    std::optional<uint32_t> value = char_literal_value(tree_->text(literal, text_));
    return value ? std::optional<ConstInt>(*value) : std::nullopt;
  }
  if (kind != TypeKind::Int || token.kind != TokenKind::IntLiteral) return std::nullopt;
  std::optional<ConstInt> magnitude = literal_magnitude(literal);
  if (!magnitude) return std::nullopt;
  return negative ? -*magnitude : *magnitude;
}

// Whether `pattern` matches `value`; none when sluice cannot tell (a const
// or path in the pattern, a kind of pattern not modelled).
std::optional<bool> BodyChecker::pattern_matches(NodeId pattern, ConstInt value, TypeId type, int depth) {
  if (pattern.is_none() || depth > kMaxDepth) return std::nullopt;
  switch (tree_->kind(pattern)) {
    case NodeKind::WildcardPat: return true;
    case NodeKind::PathPat: return named_pattern_matches(pattern, value, type);
    case NodeKind::IdentPat: {
      if (flow_.local_of(pattern) == FlowFacts::kNoLocal) return named_pattern_matches(pattern, value, type);
      Kids sub(*tree_, pattern, kIsPattern);
      return sub.empty() ? std::optional<bool>(true) : pattern_matches(sub[0], value, type, depth + 1);
    }
    case NodeKind::LiteralPat: {
      std::optional<ConstInt> literal = pattern_literal(pattern, type);
      return literal ? std::optional<bool>(*literal == value) : std::nullopt;
    }
    case NodeKind::RangePat: {
      NodeId op = first_child(*tree_, pattern, NodeKind::Op);
      if (op.is_none()) return std::nullopt;
      std::optional<ConstInt> low, high;
      bool has_low = false, has_high = false;
      for (NodeId c : Kids(*tree_, pattern)) {
        if (!is_pattern_kind(tree_->kind(c))) continue;
        bool before = c.index < op.index;
        (before ? has_low : has_high) = true;
        (before ? low : high) = pattern_literal(c, type);
      }
      if ((has_low && !low) || (has_high && !high)) return std::nullopt;
      bool inclusive = static_cast<OpKind>(tree_->node(op).detail) != OpKind::Range;
      if (low && value < *low) return false;
      if (high && (inclusive ? value > *high : value >= *high)) return false;
      return true;
    }
    case NodeKind::OrPat: {
      bool unknown = false;
      for (NodeId alternative : Kids(*tree_, pattern, kIsPattern)) {
        std::optional<bool> matched = pattern_matches(alternative, value, type, depth + 1);
        if (matched && *matched) return true;
        unknown |= !matched;
      }
      return unknown ? std::nullopt : std::optional<bool>(false);
    }
    case NodeKind::ParenPat: {
      Kids inner(*tree_, pattern, kIsPattern);
      return inner.size() == 1 ? pattern_matches(inner[0], value, type, depth + 1) : std::nullopt;
    }
    default: return std::nullopt;
  }
}

// `a && b`, `a || b` (either side known may decide), or a comparison of two
// known integers.
// This tree's comparisons by node, for constant_comparison().
void BodyChecker::index_comparisons() {
  comparisons_by_node_.clear();
  for (uint32_t i = 0; i < comparisons_.size(); ++i) {
    if (comparisons_[i].tree == tree_) comparisons_by_node_.push_back(i);
  }
  std::stable_sort(comparisons_by_node_.begin(), comparisons_by_node_.end(),
                   [&](uint32_t a, uint32_t b) { return comparisons_[a].node.index < comparisons_[b].node.index; });
}

std::optional<bool> BodyChecker::constant_comparison(NodeId expr, int depth) {
  NodeId op_node = last_child(*tree_, expr, NodeKind::Op);
  if (op_node.is_none()) return std::nullopt;
  OpKind op = static_cast<OpKind>(tree_->node(op_node).detail);
  if (op == OpKind::And || op == OpKind::Or) {
    Kids parts(*tree_, expr, [](NodeKind k) { return k != NodeKind::Op && is_expr_kind(k); });
    if (parts.size() != 2) return std::nullopt;
    bool decisive = op == OpKind::Or;  // the value of one side that decides the whole
    std::optional<bool> l = constant_bool(parts[0], depth + 1);
    if (l && *l == decisive) return decisive;
    std::optional<bool> r = constant_bool(parts[1], depth + 1);
    if (r && *r == decisive) return decisive;
    if (l && r) return !decisive;
    return std::nullopt;
  }
  auto found = std::lower_bound(comparisons_by_node_.begin(), comparisons_by_node_.end(), expr,
                                [&](uint32_t i, NodeId n) { return comparisons_[i].node.index < n.index; });
  if (found == comparisons_by_node_.end() || comparisons_[*found].node != expr) return std::nullopt;
  const ComparisonUse& use = comparisons_[*found];
  TypeId type = fallback(resolved(use.lhs_type));
  if (types_.kind(type) == TypeKind::Float) {  // `SAMPLE_RATE > 1.0`, in the type's precision
    bool single = FloatKind(types_.data(type).detail) == FloatKind::F32;
    std::optional<double> l = constant_float(use.lhs, single, depth + 1);
    std::optional<double> r = l ? constant_float(use.rhs, single, depth + 1) : std::nullopt;
    return r ? compare(use.op, *l, *r) : std::nullopt;
  }
  std::optional<ConstInt> l = constant_scalar(use.lhs, type, depth + 1);
  std::optional<ConstInt> r = l ? constant_scalar(use.rhs, type, depth + 1) : std::nullopt;
  return r ? compare(use.op, *l, *r) : std::nullopt;
}

// A float's value when known: a literal (negated), a float const of this
// file, an immutable local holding one; `single`: rounded as an f32.
std::optional<double> BodyChecker::constant_float(NodeId expr, bool single, int depth) {
  if (expr.is_none() || depth > kMaxDepth) return std::nullopt;
  switch (tree_->kind(expr)) {
    case NodeKind::ParenExpr: return constant_float(paren_inner(expr), single, depth + 1);
    case NodeKind::PrefixExpr: {
      if (prefix_op(*tree_, expr) != OpKind::Neg) return std::nullopt;
      std::optional<double> value = constant_float(first_expr_child(expr), single, depth + 1);
      return value ? std::optional<double>(-*value) : std::nullopt;
    }
    case NodeKind::LiteralExpr: {
      std::optional<double> value = float_literal_value(tree_->text(expr, text_));
      return value && single ? std::optional<double>(double(float(*value))) : value;
    }
    case NodeKind::PathExpr: {
      NodeId source = path_value(expr).initializer;
      if (source.has_value()) return in_body_tree([&] { return constant_float(source, single, depth + 1); });
      if (evaluating_macro_ != nullptr) return std::nullopt;
      NodeId initializer = const_item_initializer(expr);
      return initializer.has_value() ? constant_float(initializer, single, depth + 1) : std::nullopt;
    }
    case NodeKind::BinaryExpr: {  // `TINY * 2.0`, rounded as the type is after each operation
      Kids parts(*tree_, expr, kIsExpr);
      NodeId op = last_child(*tree_, expr, NodeKind::Op);
      if (parts.size() != 2 || op.is_none()) return std::nullopt;
      std::optional<double> l = constant_float(parts[0], single, depth + 1);
      std::optional<double> r = l ? constant_float(parts[1], single, depth + 1) : std::nullopt;
      if (!r) return std::nullopt;
      double value;
      switch (static_cast<OpKind>(tree_->node(op).detail)) {
        case OpKind::Add: value = *l + *r; break;
        case OpKind::Sub: value = *l - *r; break;
        case OpKind::Mul: value = *l * *r; break;
        case OpKind::Div: value = *l / *r; break;
        case OpKind::Rem: value = std::fmod(*l, *r); break;
        default: return std::nullopt;
      }
      return single ? double(float(value)) : value;
    }
    default: return std::nullopt;
  }
}

std::vector<std::pair<uint32_t, uint32_t>> BodyChecker::ruled_out_ranges() {
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  if (branch_sites_.empty() && known_match_sites_.empty()) return ranges;
  index_comparisons();
  auto rule_out_subtree = [&](NodeId node) {
    if (node.has_value()) ranges.push_back({node.index + 1 - tree_->node(node).subtree_size, node.index});
  };
  for (const BranchSite& branch : branch_sites_) {
    std::optional<bool> value = constant_bool(branch.condition, 0);
    if (!value) continue;
    rule_out_subtree(*value ? branch.when_false : branch.when_true);
    // What follows an `if` whose taken branch diverges, to the end of its block.
    bool taken_diverges = *value ? branch.true_diverges : branch.false_diverges;
    if (taken_diverges && branch.node.has_value() && branch.block.index > branch.node.index + 1) {
      ranges.push_back({branch.node.index + 1, branch.block.index - 1});
    }
  }
  for (const KnownMatchSite& site : known_match_sites_) {
    if (site.let_expr.has_value()) continue;
    TypeId type = fallback(resolved(site.type));
    std::optional<ConstInt> value = constant_scalar(site.scrutinee, type, 0);
    if (!value) continue;
    bool decided = false;  // an earlier arm without a guard surely matched
    for (const auto& [arm, guarded] : site.arms) {
      std::optional<bool> matched = decided ? std::optional<bool>(false) : pattern_matches(arm_pattern(arm), *value, type, 0);
      if (matched && !*matched) rule_out_subtree(arm);
      if (matched && *matched && !guarded) decided = true;
    }
  }
  // Subtrees nest or are apart: merging leaves disjoint ranges in order.
  std::sort(ranges.begin(), ranges.end());
  std::vector<std::pair<uint32_t, uint32_t>> merged;
  for (const auto& range : ranges) {
    if (!merged.empty() && range.first <= merged.back().second) {
      merged.back().second = std::max(merged.back().second, range.second);
    } else {
      merged.push_back(range);
    }
  }
  return merged;
}

void BodyChecker::lint_known_panics(std::vector<Diagnostic>& out) {
  bool macro_sites = std::any_of(macro_sites_.begin(), macro_sites_.end(), [](const MacroSites& m) {
    return !m.arithmetic.empty() || !m.index.empty();
  });
  if (arithmetic_sites_.empty() && index_sites_.empty() && !macro_sites) return;
  sort_constant_sites();
  std::vector<KnownPanic> found;
  collect_known_panics(nullptr, found);
  if (macro_sites) {
    for (MacroSites& macro : macro_sites_) lint_macro_known_panics(macro, found);
  }
  if (found.empty()) return;
  if (found.size() > 1) {  // in the order the lint visits them (mir_order.h)
    const MirOrder& order = lint_order();
    std::vector<std::pair<uint64_t, size_t>> ranked;
    for (size_t i = 0; i < found.size(); ++i) {
      NodeId at = found[i].node;
      ranked.push_back({found[i].failure_path ? order.rank_of_failure(at) : order.rank_after(at), i});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<KnownPanic> sorted;
    for (const auto& entry : ranked) sorted.push_back(std::move(found[entry.second]));
    found = std::move(sorted);
  }
  // Only now, as it is rare: drop what a known condition rules out.
  following_exits_ = true;
  std::vector<std::pair<uint32_t, uint32_t>> ruled_out = ruled_out_ranges();
  following_exits_ = false;
  for (KnownPanic& panic : found) {
    if (!in_ranges(ruled_out, panic.node.index)) out.push_back(std::move(panic.diagnostic));
  }
}

// The known panics among the sites in place (the body's, or a macro's), in
// evaluation order: both lists are sorted by node, which is that order.
void BodyChecker::collect_known_panics(const MacroSites* macro, std::vector<KnownPanic>& found) {
  size_t a = 0, i = 0;
  while (a < arithmetic_sites_.size() || i < index_sites_.size()) {
    bool take_index = i < index_sites_.size() &&
                      (a == arithmetic_sites_.size() || index_sites_[i].node.index < arithmetic_sites_[a].node.index);
    const IndexSite* index = take_index ? &index_sites_[i++] : nullptr;
    const ArithmeticSite* arithmetic = take_index ? nullptr : &arithmetic_sites_[a++];
    if (take_index ? index->unreachable : arithmetic->unreachable) continue;
    NodeId node = take_index ? index->node : arithmetic->node;
    auto judge = [&] {
      if (index != nullptr) return index_panic(*index);
      bool division = arithmetic->op == OpKind::Div || arithmetic->op == OpKind::Rem;
      return division ? division_panic(*arithmetic) : arithmetic_overflow(*arithmetic);
    };
    std::optional<Diagnostic> d = judge();
    if (!d) continue;
    // Rare, so only now: again, with what the exits on the lint's way forget.
    following_exits_ = true;
    d = judge();
    following_exits_ = false;
    if (!d) continue;
    if (macro == nullptr) found.push_back({node, false, std::move(*d)});
    else found.push_back({macro->call, node.index >= macro->message_from, std::move(*d)});
  }
}

// A format macro's arguments, evaluated with their tree and sites in place.
void BodyChecker::lint_macro_known_panics(MacroSites& macro, std::vector<KnownPanic>& found) {
  if (macro.arithmetic.empty() && macro.index.empty()) return;
  macro_body_tree_ = tree_;
  swap_site_lists(macro);
  tree_ = macro.tree;
  evaluating_macro_ = &macro;
  sort_constant_sites();
  collect_known_panics(&macro, found);
  evaluating_macro_ = nullptr;
  tree_ = macro_body_tree_;
  swap_site_lists(macro);
}

const MirOrder& BodyChecker::lint_order() {
  if (lint_order_ == nullptr) {
    std::sort(lint_shape_.asserting_macros.begin(), lint_shape_.asserting_macros.end());
    lint_shape_.target_of_arm = [this](NodeId arm, uint32_t position) { return switch_target_of_arm(arm, position); };
    lint_order_ = std::make_unique<MirOrder>(*tree_, text_, lint_body_, flow_, &lint_shape_);
  }
  return *lint_order_;
}

// A `match` arm's place among its switch's targets: by value (`false` before
// `true`, variants in declaration order), a catch-all last, others in order.
uint32_t BodyChecker::switch_target_of_arm(NodeId arm, uint32_t position) {
  NodeId pattern = arm_pattern(arm);
  if (pattern.has_value() && tree_->kind(pattern) == NodeKind::OrPat) {  // as its first alternative
    Kids alternatives(*tree_, pattern, [](NodeKind k) { return is_pattern_kind(k); });
    pattern = alternatives.empty() ? NodeId::none() : alternatives[0];
  }
  if (pattern.is_none()) return position;
  switch (tree_->kind(pattern)) {
    case NodeKind::WildcardPat: return UINT32_MAX;
    case NodeKind::LiteralPat: {
      std::string_view text = tree_->text(pattern, text_);
      return text == "false" ? 0 : text == "true" ? 1 : position;
    }
    default: break;
  }
  NodeId path = first_child(*tree_, pattern, NodeKind::Path);
  for (const auto& [node, place] : pattern_variants_) {
    if (node == path.index) return place;
  }
  for (const auto& [node, target] : pattern_targets_) {
    if (node == pattern && resolver_.item(target).kind == ItemKind::Variant) return variant_index(*resolver_.map_of(target.crate), ItemId(target.item));
  }
  if (tree_->kind(pattern) == NodeKind::IdentPat && Kids(*tree_, pattern).size() == 1) return UINT32_MAX;  // a binding
  return position;
}

void BodyChecker::swap_site_lists(MacroSites& macro) {
  std::swap(arithmetic_sites_, macro.arithmetic);
  std::swap(int_casts_, macro.int_casts);
  std::swap(index_sites_, macro.index);
  std::swap(path_constants_, macro.path_constants);
  std::swap(method_sites_, macro.methods);
}

std::optional<Diagnostic> BodyChecker::arithmetic_overflow(const ArithmeticSite& site) {
  bool linted = site.op == OpKind::Add || site.op == OpKind::Sub || site.op == OpKind::Mul ||
                site.op == OpKind::Neg || site.op == OpKind::Shl || site.op == OpKind::Shr;
  if (!linted) return std::nullopt;
  TypeId type = fallback(resolved(site.type));
  if (types_.kind(type) != TypeKind::Int) return std::nullopt;
  IntKind kind = IntKind(types_.data(type).detail);
  std::string label;
  if (site.op == OpKind::Shl || site.op == OpKind::Shr) {
    TypeId amount_type = fallback(resolved(site.rhs_type));
    if (types_.kind(amount_type) != TypeKind::Int) return std::nullopt;
    std::optional<ConstInt> amount = constant_value(site.rhs, amount_type, 0);
    if (!amount || (*amount >= 0 && *amount < int_bits(kind))) return std::nullopt;
    label = std::string("attempt to shift ") + (site.op == OpKind::Shl ? "left" : "right") + " by `" +
            show_int_value(*amount, IntKind(types_.data(amount_type).detail)) + "`, which would overflow";
  } else {
    // Const evaluation's own words for the failure (E0080 gives the same).
    std::optional<ConstInt> l = constant_value(site.lhs, type, 0);
    if (!l) return std::nullopt;
    IntOpResult result;
    if (site.op == OpKind::Neg) {
      result = int_negate(*l, kind);
    } else {
      std::optional<ConstInt> r = constant_value(site.rhs, type, 0);
      if (!r) return std::nullopt;
      result = int_binary(site.op, *l, *r, kind, kind);
    }
    if (!result.failed()) return std::nullopt;
    label = std::move(result.failure);
  }
  Diagnostic d = make_diagnostic(DiagKind::ArithmeticOverflow, span_with_parens(site.node), {});
  d.with_label(label);
  return d;
}

// `x / 0`, `x % 0` and `i32::MIN / -1`: unconditional_panic. rustc shows an
// unknown dividend as `_`.
std::optional<Diagnostic> BodyChecker::division_panic(const ArithmeticSite& site) {
  TypeId type = fallback(resolved(site.type));
  if (types_.kind(type) != TypeKind::Int) return std::nullopt;
  IntKind kind = IntKind(types_.data(type).detail);
  std::optional<ConstInt> r = constant_value(site.rhs, type, 0);
  if (!r) return std::nullopt;
  std::optional<ConstInt> l = constant_value(site.lhs, type, 0);
  bool divide = site.op == OpKind::Div;
  std::string label;
  if (*r == 0) {
    std::string dividend = "`" + (l ? show_int_value(*l, kind) : std::string("_")) + "`";
    label = divide ? "attempt to divide " + dividend + " by zero"
                   : "attempt to calculate the remainder of " + dividend + " with a divisor of zero";
  } else if (*r == -1 && l && is_signed(kind) && *l == int_range(kind).min) {
    label = "attempt to compute `" + show_int_value(*l, kind) + " " + std::string(op_spelling(site.op)) + " " +
            show_int_value(*r, kind) + "`, which would overflow";
  } else {
    return std::nullopt;
  }
  Diagnostic d = make_diagnostic(DiagKind::UnconditionalPanic, span_with_parens(site.node), {});
  d.with_label(label);
  return d;
}

// `PALETTE[4]` on an array of 4: unconditional_panic.
std::optional<Diagnostic> BodyChecker::index_panic(const IndexSite& site) {
  std::optional<ConstInt> index = constant_value(site.index, types_.int_type(IntKind::Usize), 0);
  if (!index || *index < site.length) return std::nullopt;
  bool max = *index == int_range(IntKind::Usize).max;  // rustc names it so
  Diagnostic d = make_diagnostic(DiagKind::UnconditionalPanic, span_with_parens(site.node), {});
  d.with_label("index out of bounds: the length is " + std::to_string(site.length) + " but the index is " +
               (max ? std::string("usize::MAX") : int_digits(*index)));
  return d;
}

}  // namespace sluice
