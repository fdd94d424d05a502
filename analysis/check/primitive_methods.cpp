#include "analysis/check/primitive_methods.h"

#include "analysis/resolve/paths.h"

namespace sluice {

namespace {

enum class Receivers : uint8_t { Int, SignedInt, UnsignedInt, Float, Char, U8, Str, Slice, Array, U8Slice, Bool };

struct Entry {
  Receivers receivers;
  std::string_view name;
  PrimitiveMember::Kind kind;
  PrimitiveSelf self;
  std::string_view params;
  std::string_view result;
};

#define Int Receivers::Int
#define SignedInt Receivers::SignedInt
#define UnsignedInt Receivers::UnsignedInt
#define Float Receivers::Float
#define Char Receivers::Char
#define U8 Receivers::U8
#define Str Receivers::Str
#define Slice Receivers::Slice
#define Array Receivers::Array
#define U8Slice Receivers::U8Slice
#define Bool Receivers::Bool
#define ByValue PrimitiveSelf::ByValue
#define ByRef PrimitiveSelf::ByRef
#define ByMutRef PrimitiveSelf::ByMutRef
#define Assoc PrimitiveSelf::Assoc
constexpr Entry kEntries[] = {
#define SLUICE_PRIM_METHOD(receivers, name, self_mode, params, result) \
  {receivers, name, PrimitiveMember::Kind::Method, self_mode, params, result},
#define SLUICE_PRIM_CONST(receivers, name, type) {receivers, name, PrimitiveMember::Kind::Const, Assoc, "", type},
#define SLUICE_PRIM_METHOD_UNSUPPORTED(receivers, name) \
  {receivers, name, PrimitiveMember::Kind::Unsupported, ByValue, "", ""},
#define SLUICE_PRIM_CONST_UNSUPPORTED(receivers, name) \
  {receivers, name, PrimitiveMember::Kind::Unsupported, Assoc, "", ""},
#include "analysis/builtin/primitive_methods.def"
#undef SLUICE_PRIM_METHOD
#undef SLUICE_PRIM_CONST
#undef SLUICE_PRIM_METHOD_UNSUPPORTED
#undef SLUICE_PRIM_CONST_UNSUPPORTED
};
#undef Int
#undef SignedInt
#undef UnsignedInt
#undef Float
#undef Char
#undef U8
#undef Str
#undef Slice
#undef Array
#undef U8Slice
#undef Bool
#undef ByValue
#undef ByRef
#undef ByMutRef
#undef Assoc

bool matches(TypeStore& types, Receivers receivers, TypeId t) {
  const TypeData& d = types.data(t);
  switch (receivers) {
    case Receivers::Int: return d.kind == TypeKind::Int || d.kind == TypeKind::IntVar;
    case Receivers::SignedInt:
      return d.kind == TypeKind::IntVar || (d.kind == TypeKind::Int && is_signed(IntKind(d.detail)));
    case Receivers::UnsignedInt:
      return d.kind == TypeKind::IntVar || (d.kind == TypeKind::Int && !is_signed(IntKind(d.detail)));
    case Receivers::Float: return d.kind == TypeKind::Float || d.kind == TypeKind::FloatVar;
    case Receivers::Char: return d.kind == TypeKind::Char;
    case Receivers::U8: return d.kind == TypeKind::Int && IntKind(d.detail) == IntKind::U8;
    case Receivers::Str: return d.kind == TypeKind::Str;
    case Receivers::Slice: return d.kind == TypeKind::Slice || d.kind == TypeKind::Array;
    case Receivers::Array: return d.kind == TypeKind::Array;
    case Receivers::U8Slice:
      return (d.kind == TypeKind::Slice || d.kind == TypeKind::Array) &&
             types.kind(TypeId(d.a)) == TypeKind::Int && IntKind(types.data(TypeId(d.a)).detail) == IntKind::U8;
    case Receivers::Bool: return d.kind == TypeKind::Bool;
  }
  return false;
}

TypeId same_width(TypeStore& types, TypeId self, bool want_signed) {
  const TypeData& d = types.data(self);
  if (d.kind != TypeKind::Int) return types.error();
  int index = static_cast<int>(d.detail) % 6;
  return types.int_type(static_cast<IntKind>(index + (want_signed ? 0 : 6)));
}

TypeId parse_type(TypeStore& types, TypeId self, std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text == "Self") return self;
  if (text == "Unsigned") return same_width(types, self, false);
  if (text == "Signed") return same_width(types, self, true);
  if (text == "Bits") {
    const TypeData& d = types.data(self);
    if (d.kind != TypeKind::Float) return types.error();
    return types.int_type(FloatKind(d.detail) == FloatKind::F32 ? IntKind::U32 : IntKind::U64);
  }
  if (text == "()") return types.unit();
  if (text == "!") return types.never();
  if (text.starts_with("(") && text.ends_with(")")) {
    std::vector<TypeId> elements;
    std::string_view inner = text.substr(1, text.size() - 2);
    while (!inner.empty()) {
      size_t comma = inner.find(',');
      elements.push_back(parse_type(types, self, inner.substr(0, comma)));
      if (comma == std::string_view::npos) break;
      inner.remove_prefix(comma + 1);
    }
    return types.tuple(elements);
  }
  if (text.starts_with("&")) return types.reference(parse_type(types, self, text.substr(1)), false);
  TypeId primitive = primitive_type(types, text);
  return primitive.has_value() ? primitive : types.error();
}

}  // namespace

std::optional<PrimitiveMember> find_primitive_member(TypeStore& types, TypeId receiver, std::string_view name,
                                                     bool constant) {
  for (const Entry& e : kEntries) {
    if (e.name != name || !matches(types, e.receivers, receiver)) continue;
    bool is_const = e.kind == PrimitiveMember::Kind::Const ||
                    (e.kind == PrimitiveMember::Kind::Unsupported && e.self == PrimitiveSelf::Assoc && e.params.empty() &&
                     !name.empty() && name[0] >= 'A' && name[0] <= 'Z');
    if (is_const != constant && e.kind != PrimitiveMember::Kind::Unsupported) continue;
    PrimitiveMember m;
    m.kind = e.kind;
    m.self = e.self;
    m.is_trait_method = (e.receivers == Receivers::Int) && (name == "min" || name == "max" || name == "clamp");
    if (e.kind == PrimitiveMember::Kind::Unsupported) return m;
    std::string_view params = e.params;
    while (!params.empty()) {
      // Split at top-level commas (tuples are not parameters here).
      size_t comma = params.find(',');
      m.params.push_back(parse_type(types, receiver, params.substr(0, comma)));
      if (comma == std::string_view::npos) break;
      params.remove_prefix(comma + 1);
    }
    m.result = parse_type(types, receiver, e.result);
    return m;
  }
  return std::nullopt;
}

}  // namespace sluice
