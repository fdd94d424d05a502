#include "analysis/resolve/const_int.h"

namespace sluice {

std::optional<ConstInt> checked_add(ConstInt a, ConstInt b) {
  using Magnitude = ConstInt::Magnitude;
  if (a.negative_ == b.negative_) {
    Magnitude sum;
    if (__builtin_add_overflow(a.magnitude_, b.magnitude_, &sum)) return std::nullopt;
    return ConstInt::from_sign_magnitude(a.negative_, sum);
  }
  // Opposite signs: the larger magnitude keeps its sign.
  if (a.magnitude_ >= b.magnitude_) return ConstInt::from_sign_magnitude(a.negative_, a.magnitude_ - b.magnitude_);
  return ConstInt::from_sign_magnitude(b.negative_, b.magnitude_ - a.magnitude_);
}

std::optional<ConstInt> checked_mul(ConstInt a, ConstInt b) {
  ConstInt::Magnitude product;
  if (__builtin_mul_overflow(a.magnitude_, b.magnitude_, &product)) return std::nullopt;
  return ConstInt::from_sign_magnitude(a.negative_ != b.negative_, product);
}

ConstInt operator/(ConstInt a, ConstInt b) {
  return ConstInt::from_sign_magnitude(a.negative_ != b.negative_, a.magnitude_ / b.magnitude_);
}

ConstInt operator%(ConstInt a, ConstInt b) {
  return ConstInt::from_sign_magnitude(a.negative_, a.magnitude_ % b.magnitude_);
}

namespace {

// A value given by its low 128 bits and the sign bit repeated above them.
// The one value this cannot hold, -2^128, needs operands of two different
// Rust types (a negative one and one above i128::MAX).
ConstInt from_extended_bits(ConstInt::Magnitude low, bool sign) {
  return ConstInt::from_sign_magnitude(sign, sign ? ConstInt::Magnitude(0) - low : low);
}

}  // namespace

ConstInt operator&(ConstInt a, ConstInt b) {
  return from_extended_bits(a.low_bits() & b.low_bits(), a.negative_ && b.negative_);
}

ConstInt operator|(ConstInt a, ConstInt b) {
  return from_extended_bits(a.low_bits() | b.low_bits(), a.negative_ || b.negative_);
}

ConstInt operator^(ConstInt a, ConstInt b) {
  return from_extended_bits(a.low_bits() ^ b.low_bits(), a.negative_ != b.negative_);
}

ConstInt ConstInt::shifted_right(uint32_t amount) const {
  if (amount >= 128) return negative_ ? ConstInt(-1) : ConstInt(0);
  if (!negative_) return from_sign_magnitude(false, magnitude_ >> amount);
  // floor(-m / 2^k) = -(((m - 1) >> k) + 1)
  return from_sign_magnitude(true, ((magnitude_ - 1) >> amount) + 1);
}

}  // namespace sluice
