// Compile-time integer arithmetic over the whole i128::MIN ..= u128::MAX
// range. Every expected value was printed by a Rust program built with
// rustc 1.95 (the same expressions at run time), and every failure message
// is the one rustc's const evaluation gives for the expression.
#include <catch2/catch.hpp>

#include <string>

#include "analysis/resolve/const_arith.h"

namespace sluice {
namespace {

const ConstInt kU128Max = ConstInt(~ConstInt::Magnitude(0));
const ConstInt kI128Min = int_range(IntKind::I128).min;

std::string show(std::optional<ConstInt> v) { return v ? int_digits(*v) : "none"; }
std::string value_of(IntOpResult r) { return r.failed() ? "failed: " + r.failure : show(r.value); }

TEST_CASE("ConstInt holds u128::MAX and i128::MIN and orders them", "[const_int]") {
  CHECK(int_digits(kU128Max) == "340282366920938463463374607431768211455");
  CHECK(int_digits(kI128Min) == "-170141183460469231731687303715884105728");
  CHECK(kI128Min < ConstInt(-1));
  CHECK(ConstInt(-1) < ConstInt(0));
  CHECK(int_range(IntKind::I128).max < kU128Max);
  CHECK(ConstInt::from_sign_magnitude(true, 0) == ConstInt(0));  // one zero
  CHECK(kU128Max.to_i128() == std::nullopt);
  CHECK(kI128Min.to_i128().has_value());
}

TEST_CASE("ConstInt's checked arithmetic reports leaving its range", "[const_int]") {
  CHECK(show(checked_add(kU128Max, 0)) == "340282366920938463463374607431768211455");
  CHECK(show(checked_add(kU128Max, 1)) == "none");
  CHECK(show(checked_sub(0, kU128Max)) == "-340282366920938463463374607431768211455");
  CHECK(show(checked_mul(kU128Max, 2)) == "none");
  CHECK(show(checked_add(-5, 3)) == "-2");
  CHECK(show(checked_add(5, -3)) == "2");
}

TEST_CASE("ConstInt divides, shifts and combines bits as Rust does", "[const_int]") {
  CHECK(int_digits(ConstInt(-7) / 2) == "-3");
  CHECK(int_digits(ConstInt(-7) % 2) == "-1");
  CHECK(int_digits(ConstInt(7) % -2) == "1");
  CHECK(int_digits(ConstInt(-7).shifted_right(1)) == "-4");
  CHECK(int_digits(kI128Min.shifted_right(127)) == "-1");
  CHECK(int_digits(ConstInt(-6) & 5) == "0");
  CHECK(int_digits(ConstInt(-6) | 5) == "-1");
  CHECK(int_digits(ConstInt(-6) ^ -1) == "5");
  CHECK(int_digits(ConstInt(ConstInt::Magnitude(1) << 127) | 1) == "170141183460469231731687303715884105729");
}

TEST_CASE("`as` between 128-bit types and narrower ones", "[const_int]") {
  CHECK(int_digits(wrap_to(kU128Max, IntKind::I128)) == "-1");
  CHECK(int_digits(wrap_to(-1, IntKind::U128)) == "340282366920938463463374607431768211455");
  CHECK(int_digits(wrap_to(wrap_to(300, IntKind::U8), IntKind::I8)) == "44");
}

TEST_CASE("Operations on u128 values above i128::MAX", "[const_int]") {
  CHECK(value_of(int_binary(OpKind::Add, kU128Max, 1, IntKind::U128, IntKind::U128)) ==
        "failed: attempt to compute `u128::MAX + 1_u128`, which would overflow");
  CHECK(value_of(int_binary(OpKind::Mul, ConstInt(ConstInt::Magnitude(1) << 127), 2, IntKind::U128, IntKind::U128)) ==
        "failed: attempt to compute `170141183460469231731687303715884105728_u128 * 2_u128`, which would overflow");
  CHECK(value_of(int_binary(OpKind::Sub, 0, 1, IntKind::U128, IntKind::U128)) ==
        "failed: attempt to compute `0_u128 - 1_u128`, which would overflow");
  CHECK(value_of(int_negate(kI128Min, IntKind::I128)) == "failed: attempt to negate `i128::MIN`, which would overflow");
  CHECK(value_of(int_binary(OpKind::Div, kI128Min, -1, IntKind::I128, IntKind::I128)) ==
        "failed: attempt to compute `i128::MIN / -1_i128`, which would overflow");
  CHECK(int_digits(int_not(0, IntKind::U128)) == "340282366920938463463374607431768211455");
  CHECK(int_digits(int_not(5, IntKind::I128)) == "-6");
}

TEST_CASE("Integer methods on the 128-bit types", "[const_int]") {
  ConstInt top = ConstInt(ConstInt::Magnitude(1) << 127);
  CHECK(value_of(int_method("rotate_left", top, 1, IntKind::U128)) == "1");
  CHECK(value_of(int_method("wrapping_mul", kU128Max, 3, IntKind::U128)) == "340282366920938463463374607431768211453");
  CHECK(value_of(int_method("wrapping_sub", 0, 1, IntKind::U128)) == "340282366920938463463374607431768211455");
  CHECK(value_of(int_method("count_ones", kU128Max, std::nullopt, IntKind::U128)) == "128");
  CHECK(value_of(int_method("leading_zeros", ConstInt(ConstInt::Magnitude(1) << 100), std::nullopt, IntKind::U128)) ==
        "27");
  CHECK(value_of(int_method("wrapping_shr", kI128Min, 3, IntKind::I128)) == "-21267647932558653966460912964485513216");
  CHECK(value_of(int_method("saturating_add", kU128Max, 1, IntKind::U128)) == "340282366920938463463374607431768211455");
  CHECK(value_of(int_method("pow", 2, 127, IntKind::U128)) == "170141183460469231731687303715884105728");
  CHECK(value_of(int_method("abs_diff", -128, 127, IntKind::I8)) == "255");
  CHECK(value_of(int_method("abs_diff", 3, 200, IntKind::U8)) == "197");
  CHECK(value_of(int_method("abs_diff", kI128Min, int_range(IntKind::I128).max, IntKind::I128)) ==
        "340282366920938463463374607431768211455");
  CHECK(unsigned_of(IntKind::Isize) == IntKind::Usize);
  CHECK(unsigned_of(IntKind::I8) == IntKind::U8);
  CHECK(unsigned_of(IntKind::U16) == IntKind::U16);
}

}  // namespace
}  // namespace sluice
