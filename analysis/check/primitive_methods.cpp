#include "analysis/check/primitive_methods.h"

#include <algorithm>

#include <unordered_map>
#include <vector>

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
#define NonConst PrimitiveConstness::NonConst
#define OrdTrait PrimitiveConstness::OrdTrait
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

struct NotConstEntry {
  Receivers receivers;
  std::string_view name;
  PrimitiveConstness constness;
};

constexpr NotConstEntry kNotConst[] = {
#define SLUICE_PRIM_NOT_CONST(receivers, name, why) {receivers, name, why},
#include "analysis/builtin/primitive_methods.def"
#undef SLUICE_PRIM_NOT_CONST
};

struct MustUseNoteEntry {
  Receivers receivers;
  std::string_view note;
  std::string_view names;  // separated by spaces; empty: every other method
};

constexpr MustUseNoteEntry kMustUseNotes[] = {
#define SLUICE_PRIM_MUST_USE_NOTE(receivers, note, names) {receivers, note, names},
#include "analysis/builtin/primitive_methods.def"
#undef SLUICE_PRIM_MUST_USE_NOTE
};

struct RustcPathEntry {
  Receivers receivers;
  std::string_view path;
  std::string_view names;  // separated by spaces; empty: every other method
};

constexpr RustcPathEntry kRustcPaths[] = {
#define SLUICE_PRIM_RUSTC_PATH(receivers, path, names) {receivers, path, names},
#include "analysis/builtin/primitive_methods.def"
#undef SLUICE_PRIM_RUSTC_PATH
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
#undef NonConst
#undef OrdTrait

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

// The primitive types the table's parameter and result types name (`u32`, `bool`, ...). Kept here rather than
// resolve's primitive_type so that this file needs only the type store (verify_tables.py links it alone).
TypeId named_primitive(TypeStore& types, std::string_view text) {
  for (int i = 0; i < 12; ++i) {
    if (int_name(static_cast<IntKind>(i)) == text) return types.int_type(static_cast<IntKind>(i));
  }
  for (FloatKind kind : {FloatKind::F32, FloatKind::F64}) {
    if (float_name(kind) == text) return types.float_type(kind);
  }
  if (text == "bool") return types.bool_type();
  if (text == "char") return types.char_type();
  if (text == "str") return types.str();
  return types.error();
}

PrimitiveConstness constness_of(Receivers receivers, std::string_view name) {
  for (const NotConstEntry& e : kNotConst) {
    if (e.receivers == receivers && e.name == name) return e.constness;
  }
  return PrimitiveConstness::Const;
}

bool lists_name(std::string_view names, std::string_view name) {
  if (names.empty()) return true;
  for (size_t start = 0; start <= names.size();) {
    size_t end = names.find(' ', start);
    if (end == std::string_view::npos) end = names.size();
    if (names.substr(start, end - start) == name) return true;
    start = end + 1;
  }
  return false;
}

// SignedInt, UnsignedInt and U8 methods are all defined in core::num, as Int's.
std::string_view rustc_path_of(Receivers receivers, std::string_view name, PrimitiveConstness constness) {
  if (constness == PrimitiveConstness::OrdTrait) return "<Self as Ord>";
  bool integer = receivers == Receivers::SignedInt || receivers == Receivers::UnsignedInt || receivers == Receivers::U8;
  if (integer) receivers = Receivers::Int;
  for (const RustcPathEntry& e : kRustcPaths) {
    if (e.receivers == receivers && lists_name(e.names, name)) return e.path;
  }
  return {};
}

std::string_view must_use_note_of(Receivers receivers, std::string_view name) {
  if (receivers == Receivers::SignedInt || receivers == Receivers::UnsignedInt) receivers = Receivers::Int;
  for (const MustUseNoteEntry& e : kMustUseNotes) {
    if (e.receivers == receivers && lists_name(e.names, name)) return e.note;
  }
  return {};
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
  return named_primitive(types, text);
}

// The table's entries by name, in table order: checking looks a member up at
// every method call on a primitive, and a scan of the whole table with string
// compares was most of that call's cost.
const std::vector<uint16_t>* entries_named(std::string_view name) {
  static const std::unordered_map<std::string_view, std::vector<uint16_t>> index = [] {
    std::unordered_map<std::string_view, std::vector<uint16_t>> by_name;
    for (size_t i = 0; i < std::size(kEntries); ++i) by_name[kEntries[i].name].push_back(static_cast<uint16_t>(i));
    return by_name;
  }();
  auto found = index.find(name);
  return found == index.end() ? nullptr : &found->second;
}

// What constness_of and rustc_path_of say of each method entry, computed once
// (both scan tables with string compares, and members are looked up at every
// method call on a primitive).
struct MethodNaming {
  PrimitiveConstness constness = PrimitiveConstness::Const;
  std::string_view rustc_path;
  std::string_view must_use_note;
};
const MethodNaming& method_naming(uint16_t index) {
  static const std::vector<MethodNaming> naming = [] {
    std::vector<MethodNaming> out(std::size(kEntries));
    for (size_t i = 0; i < std::size(kEntries); ++i) {
      const Entry& e = kEntries[i];
      if (e.kind != PrimitiveMember::Kind::Method) continue;
      out[i].constness = constness_of(e.receivers, e.name);
      out[i].rustc_path = rustc_path_of(e.receivers, e.name, out[i].constness);
      out[i].must_use_note = must_use_note_of(e.receivers, e.name);
    }
    return out;
  }();
  return naming[index];
}

}  // namespace

std::optional<PrimitiveMember> find_primitive_member(TypeStore& types, TypeId receiver, std::string_view name,
                                                     bool constant) {
  const std::vector<uint16_t>* candidates = entries_named(name);
  if (candidates == nullptr) return std::nullopt;
  for (uint16_t index : *candidates) {
    const Entry& e = kEntries[index];
    if (!matches(types, e.receivers, receiver)) continue;
    bool is_const = e.kind == PrimitiveMember::Kind::Const ||
                    (e.kind == PrimitiveMember::Kind::Unsupported && e.self == PrimitiveSelf::Assoc && e.params.empty() &&
                     !name.empty() && name[0] >= 'A' && name[0] <= 'Z');
    if (is_const != constant && e.kind != PrimitiveMember::Kind::Unsupported) continue;
    PrimitiveMember m;
    m.kind = e.kind;
    m.self = e.self;
    if (e.kind == PrimitiveMember::Kind::Unsupported) return m;
    if (e.kind == PrimitiveMember::Kind::Method) {
      m.constness = method_naming(index).constness;
      m.rustc_path = method_naming(index).rustc_path;
      m.must_use_note = method_naming(index).must_use_note;
    }
    m.is_trait_method = m.constness == PrimitiveConstness::OrdTrait;
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

std::vector<std::pair<std::string_view, size_t>> primitive_method_names(TypeStore& types, TypeId receiver) {
  std::vector<std::pair<std::string_view, size_t>> out;
  for (const Entry& e : kEntries) {
    if (e.kind == PrimitiveMember::Kind::Const || e.self == PrimitiveSelf::Assoc) continue;
    if (!matches(types, e.receivers, receiver)) continue;
    if (std::any_of(out.begin(), out.end(), [&](const auto& named) { return named.first == e.name; })) continue;
    size_t params = e.params.empty() ? 0 : size_t(std::count(e.params.begin(), e.params.end(), ',')) + 1;
    if (e.kind == PrimitiveMember::Kind::Unsupported) params = SIZE_MAX;  // the table does not say
    out.push_back({e.name, params});
  }
  return out;
}

std::span<const std::string_view> iterator_method_names() {
  static constexpr std::string_view kNames[] = {
#define SLUICE_ITERATOR_METHOD(name) name,
#include "analysis/builtin/iterator_methods.def"
#undef SLUICE_ITERATOR_METHOD
  };
  return kNames;
}

std::string must_use_name(const TypeStore& types, TypeId receiver, const PrimitiveMember& member,
                          std::string_view name) {
  if (member.is_trait_method) return name == "clamp" ? std::string(name) : "std::cmp::Ord::" + std::string(name);
  TypeKind kind = types.data(receiver).kind;
  if (kind == TypeKind::Array || kind == TypeKind::Slice) return "core::slice::<impl [T]>::" + std::string(name);
  return const_call_name(types, receiver, member, name);
}

std::string const_call_name(const TypeStore& types, TypeId receiver, const PrimitiveMember& member,
                            std::string_view name, const std::function<std::string(ItemRef)>& item_name) {
  const TypeData& d = types.data(receiver);
  std::string self;
  if (d.kind == TypeKind::IntVar) {
    self = "i32";
  } else if (d.kind == TypeKind::FloatVar) {
    self = "f64";
  } else {
    TypeId shown = d.kind == TypeKind::Array ? TypeId(d.a) : receiver;  // an array's methods are its slice's
    std::function<std::string(ItemRef)> names = item_name;
    if (!names) names = [](ItemRef) { return std::string("_"); };
    self = display_type(types, shown, names);
    if (d.kind == TypeKind::Array) self = "[" + self + "]";
  }
  std::string out;
  std::string_view path = member.rustc_path;
  for (size_t at = path.find("Self"); at != std::string_view::npos; at = path.find("Self")) {
    out.append(path.substr(0, at)).append(self);
    path.remove_prefix(at + 4);
  }
  out.append(path).append("::").append(name);
  return out;
}

}  // namespace sluice
