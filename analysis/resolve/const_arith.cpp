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
  return int_digits(value) + "_" + name;
}

std::string int_digits(__int128 value) {
  bool negative = value < 0;
  unsigned __int128 magnitude = negative ? -(unsigned __int128)value : (unsigned __int128)value;
  std::string digits;
  do {
    digits.insert(digits.begin(), char('0' + int(magnitude % 10)));
    magnitude /= 10;
  } while (magnitude != 0);
  return (negative ? "-" : "") + digits;
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

ConstMethod const_int_method(std::string_view name) {
  static constexpr std::string_view kCounts[] = {"count_ones", "count_zeros", "leading_zeros", "trailing_zeros",
                                                 "leading_ones", "trailing_ones"};
  static constexpr std::string_view kKeeps[] = {"wrapping_add", "wrapping_sub", "wrapping_mul", "wrapping_shl",
                                                "wrapping_shr", "saturating_add", "saturating_sub", "pow",
                                                "rotate_left", "rotate_right", "swap_bytes", "reverse_bits",
                                                "abs", "rem_euclid", "div_euclid"};
  for (std::string_view n : kCounts) {
    if (n == name) return ConstMethod::CountsBits;
  }
  for (std::string_view n : kKeeps) {
    if (n == name) return ConstMethod::KeepsType;
  }
  return ConstMethod::None;
}

bool const_method_takes_u32(std::string_view name) {
  return name == "pow" || name == "rotate_left" || name == "rotate_right" || name == "wrapping_shl" ||
         name == "wrapping_shr";
}

namespace {

IntOpResult known(std::optional<__int128> value) { return IntOpResult{value, {}}; }

// The bits of a value: how many are set, or how long the run of ones or zeros is from the top or the bottom.
std::optional<__int128> bit_count(std::string_view name, unsigned __int128 raw, uint32_t bits) {
  bool ones = name == "count_ones" || name == "leading_ones" || name == "trailing_ones";
  bool run = name != "count_ones" && name != "count_zeros";
  bool from_top = name == "leading_zeros" || name == "leading_ones";
  __int128 n = 0;
  for (uint32_t i = 0; i < bits; ++i) {
    uint32_t bit = from_top ? bits - 1 - i : i;
    bool matches = ((raw >> bit) & 1) == (ones ? 1u : 0u);
    if (run && !matches) break;
    n += matches;
  }
  return n;
}

// core's `pow`: exponentiation by squaring, so an overflow is reported at
// the multiplication where it happens (`10000_u32 * 100000000_u32` for 10u32.pow(12)).
IntOpResult int_pow(__int128 value, __int128 exponent, IntKind kind) {
  if (exponent == 0) return known(1);
  __int128 base = value, acc = 1;
  while (true) {
    if (exponent & 1) {
      IntOpResult product = int_binary(OpKind::Mul, acc, base, kind, kind);
      if (!product.value) return product;
      acc = *product.value;
      if (exponent == 1) return known(acc);
    }
    exponent /= 2;
    IntOpResult square = int_binary(OpKind::Mul, base, base, kind, kind);
    if (!square.value) return square;
    base = *square.value;
  }
}

// Euclidean division and remainder: rustc reports their failures as for `/` and `%`.
IntOpResult int_euclid(std::string_view name, __int128 value, __int128 divisor, IntKind kind) {
  IntOpResult remainder = int_binary(OpKind::Rem, value, divisor, kind, kind);
  if (name == "rem_euclid") {
    if (!remainder.value || *remainder.value >= 0) return remainder;
    return known(*remainder.value + (divisor < 0 ? -divisor : divisor));
  }
  IntOpResult quotient = int_binary(OpKind::Div, value, divisor, kind, kind);
  if (!quotient.value || !remainder.value || *remainder.value >= 0) return quotient;
  return known(divisor > 0 ? *quotient.value - 1 : *quotient.value + 1);
}

}  // namespace

IntOpResult int_method(std::string_view name, __int128 value, std::optional<__int128> argument, IntKind kind) {
  uint32_t bits = int_bits(kind);
  if (bits >= 127) return {};
  unsigned __int128 mask = ((unsigned __int128)1 << bits) - 1;
  unsigned __int128 raw = (unsigned __int128)value & mask;  // the value's bits
  if (const_int_method(name) == ConstMethod::CountsBits) return known(bit_count(name, raw, bits));
  if (name == "abs") return value < 0 ? int_negate(value, kind) : known(value);
  if (name == "swap_bytes" || name == "reverse_bits") {
    unsigned __int128 out = 0;
    uint32_t unit = name == "swap_bytes" ? 8 : 1;
    for (uint32_t i = 0; i < bits; i += unit) out |= ((raw >> i) & ((1u << unit) - 1)) << (bits - unit - i);
    return known(wrap_to(__int128(out), kind));
  }
  if (!argument) return {};
  __int128 a = *argument;
  if (name == "pow") return int_pow(value, a, kind);
  if (name == "rem_euclid" || name == "div_euclid") return int_euclid(name, value, a, kind);
  if (name == "wrapping_add") return known(wrap_to(value + a, kind));
  if (name == "wrapping_sub") return known(wrap_to(value - a, kind));
  if (name == "wrapping_mul") return known(wrap_to(__int128((unsigned __int128)value * (unsigned __int128)a), kind));
  if (name == "saturating_add" || name == "saturating_sub") {
    IntRange range = int_range(kind);
    __int128 result = name == "saturating_add" ? value + a : value - a;
    return known(result < range.min ? range.min : result > range.max ? range.max : result);
  }
  uint32_t shift = uint32_t(a % bits);
  if (name == "wrapping_shl") return known(wrap_to(__int128(raw << shift), kind));
  if (name == "wrapping_shr") return known(is_signed(kind) ? value >> shift : __int128(raw >> shift));
  if (name == "rotate_left" || name == "rotate_right") {
    uint32_t left = name == "rotate_left" ? shift : (bits - shift) % bits;
    return known(wrap_to(__int128(((raw << left) | (raw >> ((bits - left) % bits))) & mask), kind));
  }
  return {};
}

std::optional<__int128> int_not(__int128 value, IntKind kind) {
  if (is_signed(kind)) return ~value;
  if (int_bits(kind) >= 127) return std::nullopt;
  return int_range(kind).max - value;
}

}  // namespace sluice
