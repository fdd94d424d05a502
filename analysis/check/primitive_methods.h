// Private to analysis/check: the inherent methods and associated constants of
// primitive types, read from analysis/builtin/primitive_methods.def.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "analysis/types/types.h"

namespace sluice {

enum class PrimitiveSelf : uint8_t { ByValue, ByRef, ByMutRef, Assoc };

struct PrimitiveMember {
  enum class Kind : uint8_t { Method, Const, Unsupported } kind = Kind::Method;
  PrimitiveSelf self = PrimitiveSelf::ByValue;
  std::vector<TypeId> params;  // with Self, Unsigned, ... substituted
  TypeId result;
  bool is_trait_method = false;  // integer min/max/clamp (Ord): callable on `{integer}`
};

// Looks `name` up on a primitive receiver type (Int, Float, Bool, Char, Str,
// Array or Slice; IntVar/FloatVar match as their family with Self unknown).
std::optional<PrimitiveMember> find_primitive_member(TypeStore& types, TypeId receiver, std::string_view name,
                                                     bool constant);

}  // namespace sluice
