#include "analysis/resolve/const_arith.h"

namespace sluice {

IntRange int_range(IntKind kind) {
  uint32_t bits = int_bits(kind);
  using Magnitude = ConstInt::Magnitude;
  if (is_signed(kind)) {
    Magnitude half = Magnitude(1) << (bits - 1);
    return {ConstInt::from_sign_magnitude(true, half), ConstInt(half - 1)};
  }
  Magnitude max = bits == 128 ? ~Magnitude(0) : (Magnitude(1) << bits) - 1;
  return {ConstInt(0), ConstInt(max)};
}

bool int_fits(ConstInt value, IntKind kind) {
  IntRange range = int_range(kind);
  return value >= range.min && value <= range.max;
}

ConstInt wrap_to(ConstInt value, IntKind kind) {
  uint32_t bits = int_bits(kind);
  using Magnitude = ConstInt::Magnitude;
  Magnitude low = value.low_bits();
  if (bits < 128) {
    low &= (Magnitude(1) << bits) - 1;
    // Sign-extend the type's top bit to read the pattern as 128 bits.
    if (is_signed(kind) && (low >> (bits - 1)) != 0) low |= ~Magnitude(0) << bits;
  }
  return ConstInt::from_bits(low, is_signed(kind));
}

std::string show_int_value(ConstInt value, IntKind kind) {
  std::string name(int_name(kind));
  IntRange range = int_range(kind);
  if (value == range.max) return name + "::MAX";
  if (is_signed(kind) && value == range.min) return name + "::MIN";
  return int_digits(value) + "_" + name;
}

std::string int_digits(ConstInt value) {
  ConstInt::Magnitude magnitude = value.magnitude();
  std::string digits;
  do {
    digits.insert(digits.begin(), char('0' + int(magnitude % 10)));
    magnitude /= 10;
  } while (magnitude != 0);
  return (value.negative() ? "-" : "") + digits;
}

namespace {

IntOpResult failure(std::string message) { return IntOpResult{std::nullopt, std::move(message)}; }

std::string would_overflow(OpKind op, ConstInt l, ConstInt r, IntKind kind) {
  return "attempt to compute `" + show_int_value(l, kind) + " " + std::string(op_spelling(op)) + " " +
         show_int_value(r, kind) + "`, which would overflow";
}

// + - *: the exact result, then whether it fits.
IntOpResult checked_arithmetic(OpKind op, ConstInt l, ConstInt r, IntKind kind) {
  std::optional<ConstInt> result = op == OpKind::Add   ? checked_add(l, r)
                                   : op == OpKind::Sub ? checked_sub(l, r)
                                                       : checked_mul(l, r);
  if (!result || !int_fits(*result, kind)) return failure(would_overflow(op, l, r, kind));
  return IntOpResult{result, {}};
}

IntOpResult checked_division(OpKind op, ConstInt l, ConstInt r, IntKind kind) {
  if (r == 0) {
    return failure(op == OpKind::Div ? "attempt to divide `" + show_int_value(l, kind) + "` by zero"
                                     : "attempt to calculate the remainder of `" + show_int_value(l, kind) +
                                           "` with a divisor of zero");
  }
  if (is_signed(kind) && l == int_range(kind).min && r == -1) return failure(would_overflow(op, l, r, kind));
  return IntOpResult{op == OpKind::Div ? l / r : l % r, {}};
}

IntOpResult checked_shift(OpKind op, ConstInt l, ConstInt amount, IntKind kind, IntKind amount_kind) {
  if (amount < 0 || amount >= int_bits(kind)) {
    return failure(std::string("attempt to shift ") + (op == OpKind::Shl ? "left" : "right") + " by `" +
                   show_int_value(amount, amount_kind) + "`, which would overflow");
  }
  auto places = uint32_t(amount.low_bits());
  if (op == OpKind::Shr) return IntOpResult{l.shifted_right(places), {}};  // arithmetic for signed values, as in Rust
  return IntOpResult{wrap_to(ConstInt::from_bits(l.low_bits() << places, false), kind), {}};
}

}  // namespace

IntOpResult int_binary(OpKind op, ConstInt l, ConstInt r, IntKind kind, IntKind amount_kind) {
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

IntOpResult int_negate(ConstInt value, IntKind kind) {
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
  return name == "abs_diff" ? ConstMethod::ToUnsigned : ConstMethod::None;
}

IntKind const_method_result(ConstMethod method, IntKind receiver) {
  switch (method) {
    case ConstMethod::CountsBits: return IntKind::U32;
    case ConstMethod::ToUnsigned: return unsigned_of(receiver);
    default: return receiver;
  }
}

IntKind unsigned_of(IntKind kind) {
  // The enum lists the signed kinds, then the unsigned ones in the same order.
  return is_signed(kind) ? IntKind(uint8_t(kind) + uint8_t(IntKind::U8)) : kind;
}

bool const_method_takes_u32(std::string_view name) {
  return name == "pow" || name == "rotate_left" || name == "rotate_right" || name == "wrapping_shl" ||
         name == "wrapping_shr";
}

namespace {

IntOpResult known(std::optional<ConstInt> value) { return IntOpResult{value, {}}; }

// The bits of a value: how many are set, or how long the run of ones or zeros is from the top or the bottom.
ConstInt bit_count(std::string_view name, ConstInt::Magnitude raw, uint32_t bits) {
  bool ones = name == "count_ones" || name == "leading_ones" || name == "trailing_ones";
  bool run = name != "count_ones" && name != "count_zeros";
  bool from_top = name == "leading_zeros" || name == "leading_ones";
  uint32_t n = 0;
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
IntOpResult int_pow(ConstInt value, uint32_t exponent, IntKind kind) {
  if (exponent == 0) return known(1);
  ConstInt base = value, acc = 1;
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
IntOpResult int_euclid(std::string_view name, ConstInt value, ConstInt divisor, IntKind kind) {
  IntOpResult remainder = int_binary(OpKind::Rem, value, divisor, kind, kind);
  if (name == "rem_euclid") {
    if (!remainder.value || *remainder.value >= 0) return remainder;
    return known(checked_add(*remainder.value, divisor < 0 ? -divisor : divisor));
  }
  IntOpResult quotient = int_binary(OpKind::Div, value, divisor, kind, kind);
  if (!quotient.value || !remainder.value || *remainder.value >= 0) return quotient;
  return known(checked_add(*quotient.value, divisor > 0 ? -1 : 1));
}

}  // namespace

IntOpResult int_method(std::string_view name, ConstInt value, std::optional<ConstInt> argument, IntKind kind) {
  using Magnitude = ConstInt::Magnitude;
  uint32_t bits = int_bits(kind);
  Magnitude mask = bits == 128 ? ~Magnitude(0) : (Magnitude(1) << bits) - 1;
  Magnitude raw = value.low_bits() & mask;  // the value's bits
  auto from_raw = [&](Magnitude pattern) { return wrap_to(ConstInt::from_bits(pattern & mask, false), kind); };
  if (const_int_method(name) == ConstMethod::CountsBits) return known(bit_count(name, raw, bits));
  if (name == "abs") return value < 0 ? int_negate(value, kind) : known(value);
  if (name == "swap_bytes" || name == "reverse_bits") {
    Magnitude out = 0;
    uint32_t unit = name == "swap_bytes" ? 8 : 1;
    for (uint32_t i = 0; i < bits; i += unit) out |= ((raw >> i) & ((1u << unit) - 1)) << (bits - unit - i);
    return known(from_raw(out));
  }
  if (!argument) return {};
  ConstInt a = *argument;
  if (name == "rem_euclid" || name == "div_euclid") return int_euclid(name, value, a, kind);
  if (name == "abs_diff") return known(value > a ? checked_sub(value, a) : checked_sub(a, value));  // exact: fits
  if (name == "wrapping_add") return known(from_raw(value.low_bits() + a.low_bits()));
  if (name == "wrapping_sub") return known(from_raw(value.low_bits() - a.low_bits()));
  if (name == "wrapping_mul") return known(from_raw(value.low_bits() * a.low_bits()));
  if (name == "saturating_add" || name == "saturating_sub") {
    IntRange range = int_range(kind);
    std::optional<ConstInt> result = name == "saturating_add" ? checked_add(value, a) : checked_sub(value, a);
    // Past ConstInt's range (u128::MAX + 1) only with two terms of one sign: it saturates that way.
    if (!result) return known(value.negative() ? range.min : range.max);
    return known(*result < range.min ? range.min : *result > range.max ? range.max : *result);
  }
  // The remaining methods take a u32.
  if (a < 0 || a > UINT32_MAX) return {};
  auto count = uint32_t(a.low_bits());
  if (name == "pow") return int_pow(value, count, kind);
  uint32_t shift = count % bits;
  if (name == "wrapping_shl") return known(from_raw(raw << shift));
  if (name == "wrapping_shr") return known(is_signed(kind) ? value.shifted_right(shift) : from_raw(raw >> shift));
  if (name == "rotate_left" || name == "rotate_right") {
    uint32_t left = name == "rotate_left" ? shift : (bits - shift) % bits;
    return known(from_raw(left == 0 ? raw : (raw << left) | (raw >> (bits - left))));
  }
  return {};
}

// `!value`: the bits flipped.
ConstInt int_not(ConstInt value, IntKind kind) { return wrap_to(ConstInt::from_bits(~value.low_bits(), false), kind); }

}  // namespace sluice
