#include "analysis/resolve/const_arith.h"

namespace sluice {

// Computed in unsigned arithmetic: i128's bounds overflow the signed steps.
IntRange int_range(IntKind kind) {
  uint32_t bits = int_bits(kind);
  using Unsigned = unsigned __int128;
  if (is_signed(kind)) {
    __int128 max = static_cast<__int128>((Unsigned(1) << (bits - 1)) - 1);
    return {-max - 1, max};
  }
  Unsigned max = bits >= 127 ? (Unsigned(1) << 127) - 1 : (Unsigned(1) << bits) - 1;
  return {0, static_cast<__int128>(max)};
}

bool int_fits(__int128 value, IntKind kind) {
  IntRange range = int_range(kind);
  return value >= range.min && value <= range.max;
}

std::optional<__int128> wrap_to(__int128 value, IntKind kind) {
  uint32_t bits = int_bits(kind);
  if (bits >= 127) return std::nullopt;
  unsigned __int128 mask = ((unsigned __int128)1 << bits) - 1;
  unsigned __int128 low = (unsigned __int128)value & mask;
  if (is_signed(kind) && (low >> (bits - 1)) != 0) return (__int128)low - ((__int128)1 << bits);
  return (__int128)low;
}

std::string show_int_value(__int128 value, IntKind kind) {
  std::string name(int_name(kind));
  IntRange range = int_range(kind);
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

namespace {

IntOpResult failure(std::string message) { return IntOpResult{std::nullopt, std::move(message)}; }

std::string would_overflow(OpKind op, __int128 l, __int128 r, IntKind kind) {
  return "attempt to compute `" + show_int_value(l, kind) + " " + std::string(op_spelling(op)) + " " +
         show_int_value(r, kind) + "`, which would overflow";
}

// + - *: the exact result, then whether it fits.
IntOpResult checked_arithmetic(OpKind op, __int128 l, __int128 r, IntKind kind) {
  __int128 result;
  bool wide_overflow = op == OpKind::Add   ? __builtin_add_overflow(l, r, &result)
                       : op == OpKind::Sub ? __builtin_sub_overflow(l, r, &result)
                                           : __builtin_mul_overflow(l, r, &result);
  bool unmodelled_u128 = kind == IntKind::U128 && (wide_overflow || result > int_range(kind).max);
  if (unmodelled_u128) return {};
  if (wide_overflow || !int_fits(result, kind)) return failure(would_overflow(op, l, r, kind));
  return IntOpResult{result, {}};
}

IntOpResult checked_division(OpKind op, __int128 l, __int128 r, IntKind kind) {
  if (r == 0) {
    return failure(op == OpKind::Div ? "attempt to divide `" + show_int_value(l, kind) + "` by zero"
                                     : "attempt to calculate the remainder of `" + show_int_value(l, kind) +
                                           "` with a divisor of zero");
  }
  if (is_signed(kind) && l == int_range(kind).min && r == -1) return failure(would_overflow(op, l, r, kind));
  return IntOpResult{op == OpKind::Div ? l / r : l % r, {}};
}

IntOpResult checked_shift(OpKind op, __int128 l, __int128 amount, IntKind kind, IntKind amount_kind) {
  if (amount < 0 || amount >= int_bits(kind)) {
    return failure(std::string("attempt to shift ") + (op == OpKind::Shl ? "left" : "right") + " by `" +
                   show_int_value(amount, amount_kind) + "`, which would overflow");
  }
  if (op == OpKind::Shr) return IntOpResult{l >> int(amount), {}};  // arithmetic for signed values, as in Rust
  std::optional<__int128> wrapped = wrap_to(__int128((unsigned __int128)l << int(amount)), kind);
  return IntOpResult{wrapped, {}};
}

}  // namespace

IntOpResult int_binary(OpKind op, __int128 l, __int128 r, IntKind kind, IntKind amount_kind) {
  switch (op) {
    case OpKind::Add:
    case OpKind::Sub:
    case OpKind::Mul: return checked_arithmetic(op, l, r, kind);
    case OpKind::Div:
    case OpKind::Rem: return checked_division(op, l, r, kind);
    case OpKind::Shl:
    case OpKind::Shr: return checked_shift(op, l, r, kind, amount_kind);
    // Two's complement: the bits of in-range values combine into an in-range value.
    case OpKind::BitAnd: return IntOpResult{l & r, {}};
    case OpKind::BitOr: return IntOpResult{l | r, {}};
    case OpKind::BitXor: return IntOpResult{l ^ r, {}};
    default: return {};
  }
}

IntOpResult int_negate(__int128 value, IntKind kind) {
  if (!is_signed(kind)) return {};
  if (value == int_range(kind).min) {
    return failure("attempt to negate `" + show_int_value(value, kind) + "`, which would overflow");
  }
  return IntOpResult{-value, {}};
}

std::optional<__int128> int_not(__int128 value, IntKind kind) {
  if (is_signed(kind)) return ~value;
  if (int_bits(kind) >= 127) return std::nullopt;
  return int_range(kind).max - value;
}

}  // namespace sluice
