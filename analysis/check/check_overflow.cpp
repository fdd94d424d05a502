// arithmetic_overflow: `+`, `-`, `*`, `<<`, `>>` and negation on integers
// whose operands are known at compile time, as rustc's known-panics lint
// finds them: literals, constants with known values, `T::MIN`/`T::MAX`, and
// immutable locals initialised with such values (a `mut` local is never
// taken as known). rustc runs this lint only when it generates code, so
// `cargo check` is silent; sluice reports what `cargo build` would
// (tests/conformance/README.md).
#include <algorithm>

#include "analysis/check/body_checker.h"

namespace sluice {

namespace {

constexpr int kMaxDepth = 32;  // chains of locals and nested operations

struct IntRange {
  __int128 min, max;
};

// Values beyond i128 (u128 above i128::MAX) are not modelled: never known.
// Computed in unsigned arithmetic: i128's bounds overflow the signed steps.
IntRange range_of(IntKind kind) {
  uint32_t bits = int_bits(kind);
  using Unsigned = unsigned __int128;
  if (is_signed(kind)) {
    __int128 max = static_cast<__int128>((Unsigned(1) << (bits - 1)) - 1);
    return {-max - 1, max};
  }
  Unsigned max = bits >= 127 ? (Unsigned(1) << 127) - 1 : (Unsigned(1) << bits) - 1;
  return {0, static_cast<__int128>(max)};
}

// -value, or none where that overflows __int128 (-i128::MIN).
std::optional<__int128> negated(__int128 value) {
  __int128 result;
  if (__builtin_sub_overflow(__int128(0), value, &result)) return std::nullopt;
  return result;
}

// rustc's rendering of a value in these messages: `u8::MAX`, `i32::MIN`, `4096_u16`, `-1_i32`.
std::string show_value(__int128 value, IntKind kind) {
  std::string name(int_name(kind));
  IntRange range = range_of(kind);
  if (value == range.max && int_bits(kind) < 127) return name + "::MAX";
  if (is_signed(kind) && value == range.min) return name + "::MIN";
  bool negative = value < 0;
  unsigned __int128 magnitude = negative ? -(unsigned __int128)value : (unsigned __int128)value;
  std::string digits;
  do {
    digits.insert(digits.begin(), char('0' + int(magnitude % 10)));
    magnitude /= 10;
  } while (magnitude != 0);
  return (negative ? "-" : "") + digits + "_" + name;
}

// `value as kind`: the low bits, read as the target type (what `as` does
// between integer types). None for the 128-bit types.
std::optional<__int128> wrap_to(__int128 value, IntKind kind) {
  uint32_t bits = int_bits(kind);
  if (bits >= 127) return std::nullopt;
  unsigned __int128 mask = ((unsigned __int128)1 << bits) - 1;
  unsigned __int128 low = (unsigned __int128)value & mask;
  if (is_signed(kind) && (low >> (bits - 1)) != 0) return (__int128)low - ((__int128)1 << bits);
  return (__int128)low;
}

}  // namespace

void BodyChecker::note_immutable_initializer(NodeId pattern, NodeId init) {
  if (tree_->kind(pattern) != NodeKind::IdentPat) return;
  for (NodeId c : Kids(*tree_, pattern)) {
    if (tree_->kind(c) != NodeKind::Name) return;  // `mut x`, `ref x`, `x @ pattern`
  }
  uint32_t uid = flow_.local_of(pattern);
  if (uid == FlowFacts::kNoLocal) return;
  if (immutable_initializers_.size() <= uid) immutable_initializers_.resize(uid + 1);
  immutable_initializers_[uid] = init;
}

void BodyChecker::note_const_item_use(NodeId path_expr, ItemRef item) {
  const CrateDefMap* map = resolver_.map_of(item.crate);
  if (map == nullptr) return;
  const ConstValue& v = map->consts[map->items[item.item].data].value;
  if (!v.is_int()) return;
  __int128 magnitude = static_cast<__int128>(v.magnitude);
  path_constants_.push_back({path_expr, v.negative ? -magnitude : magnitude});
}

void BodyChecker::note_primitive_constant(NodeId path_expr, TypeId primitive, std::string_view name) {
  TypeId t = shallow(primitive);
  if (types_.kind(t) != TypeKind::Int || (name != "MIN" && name != "MAX")) return;
  IntKind kind = IntKind(types_.data(t).detail);
  if (int_bits(kind) >= 127) return;
  IntRange range = range_of(kind);
  path_constants_.push_back({path_expr, name == "MIN" ? range.min : range.max});
}

// The value of `expr` as a `type` (an integer type), when it is known without
// running the program; none when it is not, or does not fit.
std::optional<__int128> BodyChecker::constant_value(NodeId expr, TypeId type, int depth) {
  if (expr.is_none() || depth > kMaxDepth || types_.kind(type) != TypeKind::Int) return std::nullopt;
  IntRange range = range_of(IntKind(types_.data(type).detail));
  auto fits = [&](__int128 v) -> std::optional<__int128> {
    if (v < range.min || v > range.max) return std::nullopt;
    return v;
  };
  switch (tree_->kind(expr)) {
    case NodeKind::LiteralExpr: {
      std::optional<__int128> value = literal_magnitude(expr);
      return value ? fits(*value) : std::nullopt;
    }
    case NodeKind::ParenExpr: {
      NodeId inner;
      for (NodeId c : Kids(*tree_, expr)) {
        if (is_expr_kind(tree_->kind(c))) inner = c;
      }
      return constant_value(inner, type, depth + 1);
    }
    case NodeKind::PathExpr: {
      uint32_t uid = flow_.local_of(expr);
      if (uid != FlowFacts::kNoLocal) {
        if (uid >= immutable_initializers_.size()) return std::nullopt;
        return constant_value(immutable_initializers_[uid], type, depth + 1);
      }
      auto found = std::lower_bound(path_constants_.begin(), path_constants_.end(), expr,
                                    [](const auto& entry, NodeId n) { return entry.first.index < n.index; });
      if (found == path_constants_.end() || found->first != expr) return std::nullopt;
      return fits(found->second);
    }
    case NodeKind::CastExpr: {
      auto cast_site = std::lower_bound(int_casts_.begin(), int_casts_.end(), expr,
                                        [](const CastSite& c, NodeId n) { return c.node.index < n.index; });
      for (auto it = cast_site; it != int_casts_.end() && it->node == expr; ++it) {
        const CastSite& cast = *it;
        TypeId from = fallback(resolved(cast.from));
        std::optional<__int128> value = constant_value(cast.operand, from, depth + 1);
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
        if (site.op == OpKind::Neg && tree_->kind(site.lhs) == NodeKind::LiteralExpr) {
          // `-128` as an i8: the literal alone would not fit.
          std::optional<__int128> magnitude = literal_magnitude(site.lhs);
          std::optional<__int128> value = magnitude ? negated(*magnitude) : std::nullopt;
          return value ? fits(*value) : std::nullopt;
        }
        std::optional<__int128> l = constant_value(site.lhs, type, depth + 1);
        if (!l) return std::nullopt;
        if (site.op == OpKind::Neg) {
          std::optional<__int128> value = negated(*l);
          return value ? fits(*value) : std::nullopt;
        }
        if (site.op == OpKind::Shl || site.op == OpKind::Shr) return std::nullopt;
        std::optional<__int128> r = constant_value(site.rhs, type, depth + 1);
        if (!r) return std::nullopt;
        // i128/u128 operands may overflow __int128 itself: then unknown.
        __int128 result;
        bool overflow = site.op == OpKind::Add   ? __builtin_add_overflow(*l, *r, &result)
                        : site.op == OpKind::Sub ? __builtin_sub_overflow(*l, *r, &result)
                                                 : __builtin_mul_overflow(*l, *r, &result);
        if (overflow) return std::nullopt;
        return fits(result);
      }
      return std::nullopt;
    }
    default: return std::nullopt;
  }
}

void BodyChecker::lint_arithmetic_overflow() {
  if (arithmetic_sites_.empty()) return;
  // Sorted by node, for constant_value()'s lookups (a body may hold thousands).
  auto by_node = [](const auto& a, const auto& b) { return a.node.index < b.node.index; };
  std::stable_sort(arithmetic_sites_.begin(), arithmetic_sites_.end(), by_node);
  std::stable_sort(int_casts_.begin(), int_casts_.end(), by_node);
  std::stable_sort(path_constants_.begin(), path_constants_.end(),
                   [](const auto& a, const auto& b) { return a.first.index < b.first.index; });
  for (const ArithmeticSite& site : arithmetic_sites_) {
    TypeId type = fallback(resolved(site.type));
    if (types_.kind(type) != TypeKind::Int) continue;
    IntKind kind = IntKind(types_.data(type).detail);
    std::string label;
    if (site.op == OpKind::Shl || site.op == OpKind::Shr) {
      TypeId amount_type = fallback(resolved(site.rhs_type));
      if (types_.kind(amount_type) != TypeKind::Int) continue;
      std::optional<__int128> amount = constant_value(site.rhs, amount_type, 0);
      if (!amount || (*amount >= 0 && *amount < int_bits(kind))) continue;
      label = std::string("attempt to shift ") + (site.op == OpKind::Shl ? "left" : "right") + " by `" +
              show_value(*amount, IntKind(types_.data(amount_type).detail)) + "`, which would overflow";
    } else {
      std::optional<__int128> l = constant_value(site.lhs, type, 0);
      if (!l) continue;
      IntRange range = range_of(kind);
      if (site.op == OpKind::Neg) {
        if (!is_signed(kind) || *l != range.min) continue;
        label = "attempt to negate `" + show_value(*l, kind) + "`, which would overflow";
      } else {
        std::optional<__int128> r = constant_value(site.rhs, type, 0);
        if (!r) continue;
        __int128 result;
        bool wide_overflow = site.op == OpKind::Add   ? __builtin_add_overflow(*l, *r, &result)
                             : site.op == OpKind::Sub ? __builtin_sub_overflow(*l, *r, &result)
                                                      : __builtin_mul_overflow(*l, *r, &result);
        if (!wide_overflow && result >= range.min && result <= range.max) continue;
        // u128 values above i128::MAX are not modelled: a result there is unknown, not an overflow.
        if (!is_signed(kind) && int_bits(kind) == 128 && (wide_overflow || result > range.max)) continue;
        label = "attempt to compute `" + show_value(*l, kind) + " " + std::string(op_spelling(site.op)) + " " +
                show_value(*r, kind) + "`, which would overflow";
      }
    }
    Diagnostic d = make_diagnostic(DiagKind::ArithmeticOverflow, tree_->span(site.node), {});
    d.with_label(label);
    result_.late_lints.push_back(std::move(d));
  }
}

}  // namespace sluice
