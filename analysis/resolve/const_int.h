// One value of any Rust integer type, as the compiler computes with it
// before the program runs (consts, the arithmetic_overflow lint, patterns).
//
// i128::MIN ..= u128::MAX needs 129 bits, more than any C++ integer holds,
// so a value is a sign and a 128-bit magnitude: -(2^128 - 1) ..= 2^128 - 1.
// Arithmetic that leaves that range is reported (checked_add and friends
// return none) rather than wrapped. Every Rust integer type lies inside the
// range, so leaving it means the operation overflowed its type as well.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <type_traits>

namespace sluice {

class ConstInt {
 public:
  using Magnitude = unsigned __int128;

  constexpr ConstInt() = default;
  // From any C++ integer: implicit, as every such value is exact here.
  template <typename T>
    requires((std::is_integral_v<T> && !std::is_same_v<T, bool>) || std::is_same_v<T, __int128> ||
             std::is_same_v<T, unsigned __int128>)
  constexpr ConstInt(T value) {  // NOLINT(google-explicit-constructor)
    if constexpr (T(-1) < T(0)) {
      negative_ = value < 0;
      magnitude_ = negative_ ? Magnitude(0) - Magnitude(value) : Magnitude(value);
    } else {
      magnitude_ = Magnitude(value);
    }
  }
  static constexpr ConstInt from_sign_magnitude(bool negative, Magnitude magnitude) {
    ConstInt v;
    v.magnitude_ = magnitude;
    v.negative_ = negative && magnitude != 0;  // one zero
    return v;
  }
  // The value read from 128 bits of two's complement, as a signed (i128)
  // or an unsigned (u128) pattern.
  static constexpr ConstInt from_bits(Magnitude bits, bool as_signed) {
    bool negative = as_signed && (bits >> 127) != 0;
    return from_sign_magnitude(negative, negative ? Magnitude(0) - bits : bits);
  }

  constexpr bool negative() const { return negative_; }
  constexpr Magnitude magnitude() const { return magnitude_; }
  // The low 128 bits of the value's two's complement.
  constexpr Magnitude low_bits() const { return negative_ ? Magnitude(0) - magnitude_ : magnitude_; }
  // The value as an __int128, where it fits (all but u128's upper half).
  constexpr std::optional<__int128> to_i128() const {
    constexpr Magnitude kI128Max = (Magnitude(1) << 127) - 1;
    if (magnitude_ <= kI128Max) return negative_ ? -__int128(magnitude_) : __int128(magnitude_);
    if (negative_ && magnitude_ == kI128Max + 1) return -__int128(kI128Max) - 1;
    return std::nullopt;
  }

  constexpr double to_double() const { return negative_ ? -double(magnitude_) : double(magnitude_); }
  // A finite double's integer part (it truncates toward zero), which must lie in range.
  static constexpr ConstInt truncated(double value) {
    return from_sign_magnitude(value < 0, Magnitude(value < 0 ? -value : value));
  }

  friend constexpr bool operator==(ConstInt, ConstInt) = default;
  friend constexpr std::strong_ordering operator<=>(ConstInt a, ConstInt b) {
    if (a.negative_ != b.negative_) return a.negative_ ? std::strong_ordering::less : std::strong_ordering::greater;
    Magnitude l = a.negative_ ? b.magnitude_ : a.magnitude_, r = a.negative_ ? a.magnitude_ : b.magnitude_;
    return l < r ? std::strong_ordering::less : l > r ? std::strong_ordering::greater : std::strong_ordering::equal;
  }
  constexpr ConstInt operator-() const { return from_sign_magnitude(!negative_, magnitude_); }

  friend std::optional<ConstInt> checked_add(ConstInt a, ConstInt b);
  friend std::optional<ConstInt> checked_mul(ConstInt a, ConstInt b);
  // Rust's / and % on integers: the quotient rounds toward zero, the
  // remainder takes the dividend's sign. The divisor must not be zero.
  friend ConstInt operator/(ConstInt a, ConstInt b);
  friend ConstInt operator%(ConstInt a, ConstInt b);
  // Bitwise operations act on the values' two's complement, sign-extended
  // without end, as Rust's do on two operands of one type.
  friend ConstInt operator&(ConstInt a, ConstInt b);
  friend ConstInt operator|(ConstInt a, ConstInt b);
  friend ConstInt operator^(ConstInt a, ConstInt b);
  // `value >> amount` on a signed Rust integer: rounds toward negative infinity.
  ConstInt shifted_right(uint32_t amount) const;

 private:
  Magnitude magnitude_ = 0;
  bool negative_ = false;
};

// Also callable with two plain integers (`checked_add(-5, 3)`).
std::optional<ConstInt> checked_add(ConstInt a, ConstInt b);
std::optional<ConstInt> checked_mul(ConstInt a, ConstInt b);
inline std::optional<ConstInt> checked_sub(ConstInt a, ConstInt b) { return checked_add(a, -b); }

}  // namespace sluice
