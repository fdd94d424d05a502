// Private to analysis/check: the inherent methods and associated constants of
// primitive types, read from analysis/builtin/primitive_methods.def.
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/types/types.h"

namespace sluice {

enum class PrimitiveSelf : uint8_t { ByValue, ByRef, ByMutRef, Assoc };

// Whether rustc 1.95 accepts a call of the member in a const context (a `const`/`static` initialiser, a `const fn`),
// from SLUICE_PRIM_NOT_CONST in the table.
enum class PrimitiveConstness : uint8_t {
  Const,     // a `const fn` (and every associated constant)
  NonConst,  // E0015 "cannot call non-const method `f64::<impl f64>::sqrt` in constants"
  OrdTrait,  // integer min/max/clamp: E0658 "cannot call conditionally-const method `<u32 as Ord>::min` in
             // constants", plus the code-less error "`Ord` is not yet stable as a const trait"
};

struct PrimitiveMember {
  enum class Kind : uint8_t { Method, Const, Unsupported } kind = Kind::Method;
  PrimitiveSelf self = PrimitiveSelf::ByValue;
  std::vector<TypeId> params;  // with Self, Unsigned, ... substituted
  TypeId result;
  bool is_trait_method = false;  // integer min/max/clamp (Ord): callable on `{integer}`
  PrimitiveConstness constness = PrimitiveConstness::Const;
  // How rustc names the impl or trait of the method in the messages above, `Self` standing for the receiver type:
  // "Self::<impl Self>" (std's float methods), "char::methods::<impl char>", "<Self as Ord>"; static text.
  // Render the whole name with const_call_name. Empty for constants and Unsupported members.
  std::string_view rustc_path;
  // unused_must_use (every method is #[must_use]): the note rustc adds when the result is dropped, or empty.
  std::string_view must_use_note;

  // Callable in a const context (not: is an associated constant, which is kind == Kind::Const).
  bool is_const() const { return constness == PrimitiveConstness::Const; }
};

// Looks `name` up on a primitive receiver type (Int, Float, Bool, Char, Str,
// Array or Slice; IntVar/FloatVar match as their family with Self unknown).
std::optional<PrimitiveMember> find_primitive_member(TypeStore& types, TypeId receiver, std::string_view name,
                                                     bool constant);

// The methods a primitive receiver has (L1's and the others sluice knows of, once
// each by name) with their parameter counts, self not counted (SIZE_MAX for
// those outside L1: not known): the candidates of rustc's "there is a method
// with a similar name".
std::vector<std::pair<std::string_view, size_t>> primitive_method_names(TypeStore& types, TypeId receiver);

// Every method the range and iterator types sluice infers have in rustc 1.95 (analysis/builtin/iterator_methods.def):
// one of them outside L1 is S0001, any other name E0599.
std::span<const std::string_view> iterator_method_names();

// rustc's name of the method `name` (the member found for it) called on `receiver` in E0015/E0658:
// "f64::<impl f64>::sqrt", "char::methods::<impl char>::is_alphabetic", "<u32 as Ord>::min". It is
// member.rustc_path with `Self` replaced by the receiver as rustc prints it, then `::name`. The receiver is the
// type find_primitive_member was given; an array is printed as the slice it unsizes to ("core::slice::<impl
// [i32]>::len"), `{integer}` as i32 and `{float}` as f64 (rustc's fallback), an ADT element type by item_name.
std::string const_call_name(const TypeStore& types, TypeId receiver, const PrimitiveMember& member,
                            std::string_view name, const std::function<std::string(ItemRef)>& item_name = {});

// rustc's name of the method in unused_must_use's "unused return value of `..`": const_call_name's, except
// "std::cmp::Ord::min" (and a bare "clamp") for integer Ord methods and "core::slice::<impl [T]>::len" on slices.
std::string must_use_name(const TypeStore& types, TypeId receiver, const PrimitiveMember& member,
                          std::string_view name);

}  // namespace sluice
