// Integer arithmetic as the compiler does it before the program runs: in a
// const's initialiser (stage 2 computes the values the interface carries;
// stage 3 reports what fails, E0080) and in the arithmetic_overflow lint.
// Values are ConstInts, which hold every value of every integer type.
#pragma once

#include <optional>
#include <string>

#include "analysis/parse/syntax_tree.h"
#include "analysis/resolve/const_int.h"
#include "analysis/types/types.h"

namespace sluice {

struct IntRange {
  ConstInt min, max;
};
IntRange int_range(IntKind kind);
bool int_fits(ConstInt value, IntKind kind);
// `value as kind`: the low bits read as the target type, what `as` does
// between integer types.
ConstInt wrap_to(ConstInt value, IntKind kind);
// A value in decimal: `-1`, `4096`.
std::string int_digits(ConstInt value);
// rustc's rendering of a value in its messages: `u8::MAX`, `i32::MIN`, `4096_u16`, `-1_i32`.
std::string show_int_value(ConstInt value, IntKind kind);

// The outcome of one operation: its value, or rustc's message for why
// evaluation fails ("attempt to divide `10_i32` by zero"), or neither when
// the result is not modelled.
struct IntOpResult {
  std::optional<ConstInt> value;
  std::string failure;
  bool failed() const { return !failure.empty(); }
};
// `l op r` in `kind` (for shifts: `r` in `amount_kind`). `op` is one of
// + - * / % & | ^ << >>; any other is unknown.
IntOpResult int_binary(OpKind op, ConstInt l, ConstInt r, IntKind kind, IntKind amount_kind);
IntOpResult int_negate(ConstInt value, IntKind kind);
// `!value` in `kind`.
ConstInt int_not(ConstInt value, IntKind kind);

// The integer `const fn` methods a constant may call, as far as sluice
// evaluates them: those that count bits return u32, `abs_diff` the unsigned
// type of the receiver's width, the others their receiver's type.
enum class ConstMethod : uint8_t { None, CountsBits, KeepsType, ToUnsigned };
// The unsigned type of `kind`'s width (u8 for i8, usize for isize).
IntKind unsigned_of(IntKind kind);
// The type such a method (not None) returns on a `receiver`.
IntKind const_method_result(ConstMethod method, IntKind receiver);
ConstMethod const_int_method(std::string_view name);
// Whether the method's argument is a u32 (an exponent, a bit count) rather than the receiver's type.
bool const_method_takes_u32(std::string_view name);
// `value.name(argument)` on a `kind` (argument: none for the methods without
// one), as rustc's const evaluation computes it: a failure inside the call
// (`i8::MIN.abs()`, `10u32.pow(12)`) with the message rustc gives for the
// operation that fails in core's implementation.
IntOpResult int_method(std::string_view name, ConstInt value, std::optional<ConstInt> argument, IntKind kind);

}  // namespace sluice
