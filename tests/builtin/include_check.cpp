// Compiled (syntax only) by verify_tables.py: the two tables must expand as C++ X-macro includes, both with every
// macro defined and with none defined (the tables then define empty defaults and remove them afterwards).
// With SLUICE_CONST_NAMES_MAIN it is also linked with the checker's primitive_methods.cpp and run (check 8): main()
// prints what the checker's lookup says about every supported method in a const context, for rustc to confirm.
#include <string_view>

namespace sluice::builtin_check {

enum class Receivers { Int, SignedInt, UnsignedInt, Float, Char, U8, Str, Slice, U8Slice, Array, Bool };
enum class SelfMode { ByValue, ByRef, ByMutRef, Assoc };
enum class Namespace { Type, Value, Macro };
enum class MacroKind { Print, Panic, Assert, AssertCmp, Todo };
enum class FormatString { Required, Optional };
enum class Stream { Stdout, Stderr };
enum class LineEnd { Newline, NoNewline };
enum class Build { Always, DebugOnly };
enum class Tier { L2, L3, Unplanned };
enum class Why { NonConst, OrdTrait };

struct PrimMethod {
  Receivers receivers;
  std::string_view name;
  SelfMode self_mode;
  std::string_view params;
  std::string_view result;
};

constexpr PrimMethod kPrimMethods[] = {
#define SLUICE_PRIM_METHOD(receivers, name, self_mode, params, result) \
  {Receivers::receivers, name, SelfMode::self_mode, params, result},
#include "analysis/builtin/primitive_methods.def"
#undef SLUICE_PRIM_METHOD
};

constexpr std::string_view kUnsupportedMethods[] = {
#define SLUICE_PRIM_METHOD_UNSUPPORTED(receivers, name) ((void)Receivers::receivers, name),
#include "analysis/builtin/primitive_methods.def"
#undef SLUICE_PRIM_METHOD_UNSUPPORTED
};

struct NotConst {
  Receivers receivers;
  std::string_view name;
  Why why;
};

constexpr NotConst kNotConst[] = {
#define SLUICE_PRIM_NOT_CONST(receivers, name, why) {Receivers::receivers, name, Why::why},
#include "analysis/builtin/primitive_methods.def"
#undef SLUICE_PRIM_NOT_CONST
};

struct RustcPath {
  Receivers receivers;
  std::string_view path;
  std::string_view names;
};

constexpr RustcPath kRustcPaths[] = {
#define SLUICE_PRIM_RUSTC_PATH(receivers, path, names) {Receivers::receivers, path, names},
#include "analysis/builtin/primitive_methods.def"
#undef SLUICE_PRIM_RUSTC_PATH
};

struct BuiltinMacro {
  std::string_view name;
  MacroKind kind;
  FormatString format_string;
  Stream stream;
  LineEnd line_end;
  Build build;
  std::string_view fixed_message;
};

constexpr BuiltinMacro kBuiltinMacros[] = {
#define SLUICE_BUILTIN_MACRO(name, kind, format_string, stream, line_end, build, fixed_message)                  \
  {name, MacroKind::kind, FormatString::format_string, Stream::stream, LineEnd::line_end, Build::build, \
   fixed_message},
#include "analysis/builtin/std_items.def"
#undef SLUICE_BUILTIN_MACRO
};

struct NamedInNamespace {
  std::string_view module;
  std::string_view name;
  Namespace ns;
};

constexpr NamedInNamespace kStdUnsupported[] = {
#define SLUICE_STD_UNSUPPORTED(module, name, ns, construct) {module, name, Namespace::ns},
#define SLUICE_PRELUDE_UNSUPPORTED(name, ns) {"std::prelude::rust_2021", name, Namespace::ns},
#define SLUICE_UNSUPPORTED_MACRO(name, tier, construct) {((void)Tier::tier, "std"), name, Namespace::Macro},
#include "analysis/builtin/std_items.def"
#undef SLUICE_STD_UNSUPPORTED
#undef SLUICE_PRELUDE_UNSUPPORTED
#undef SLUICE_UNSUPPORTED_MACRO
};

// Every macro at once, through the defaults: only the count of entries remains.
constexpr int kEveryEntry = 0
#define SLUICE_COUNT(...) +1
#define SLUICE_PRIM_METHOD SLUICE_COUNT
#define SLUICE_PRIM_CONST SLUICE_COUNT
#define SLUICE_PRIM_METHOD_UNSUPPORTED SLUICE_COUNT
#define SLUICE_PRIM_CONST_UNSUPPORTED SLUICE_COUNT
#define SLUICE_PRIM_NOT_CONST SLUICE_COUNT
#define SLUICE_PRIM_RUSTC_PATH SLUICE_COUNT
#define SLUICE_PRIM_MUST_USE_NOTE SLUICE_COUNT
#include "analysis/builtin/primitive_methods.def"
#define SLUICE_STD_MODULE SLUICE_COUNT
#define SLUICE_STD_FN SLUICE_COUNT
#define SLUICE_STD_CONST SLUICE_COUNT
#define SLUICE_STD_TYPE SLUICE_COUNT
#define SLUICE_STD_UNSUPPORTED SLUICE_COUNT
#define SLUICE_PRELUDE_UNSUPPORTED SLUICE_COUNT
#define SLUICE_PRELUDE_DERIVE SLUICE_COUNT
#define SLUICE_PRELUDE_ATTRIBUTE SLUICE_COUNT
#define SLUICE_BUILTIN_MACRO SLUICE_COUNT
#define SLUICE_UNSUPPORTED_MACRO SLUICE_COUNT
#include "analysis/builtin/std_items.def"
    ;

// With nothing defined, the includes must expand to nothing and leave no macro behind.
#undef SLUICE_PRIM_METHOD
#undef SLUICE_PRIM_CONST
#undef SLUICE_PRIM_METHOD_UNSUPPORTED
#undef SLUICE_PRIM_CONST_UNSUPPORTED
#undef SLUICE_PRIM_NOT_CONST
#undef SLUICE_PRIM_RUSTC_PATH
#undef SLUICE_PRIM_MUST_USE_NOTE
#undef SLUICE_STD_MODULE
#undef SLUICE_STD_FN
#undef SLUICE_STD_CONST
#undef SLUICE_STD_TYPE
#undef SLUICE_STD_UNSUPPORTED
#undef SLUICE_PRELUDE_UNSUPPORTED
#undef SLUICE_PRELUDE_DERIVE
#undef SLUICE_PRELUDE_ATTRIBUTE
#undef SLUICE_BUILTIN_MACRO
#undef SLUICE_UNSUPPORTED_MACRO
#include "analysis/builtin/primitive_methods.def"
#include "analysis/builtin/std_items.def"
#if defined(SLUICE_PRIM_METHOD) || defined(SLUICE_PRIM_NOT_CONST) || defined(SLUICE_PRIM_RUSTC_PATH) || \
    defined(SLUICE_STD_MODULE) || defined(SLUICE_STD_TYPE) || defined(SLUICE_PRIM_MUST_USE_NOTE) || \
    defined(SLUICE_BUILTIN_MACRO)
#error "a .def file leaked its default macro definitions"
#endif

// verify_tables.py passes the counts its own reader found, so C++ and the scripts provably see the same entries.
static_assert(sizeof(kPrimMethods) / sizeof(kPrimMethods[0]) == SLUICE_EXPECTED_PRIM_METHODS);
static_assert(sizeof(kBuiltinMacros) / sizeof(kBuiltinMacros[0]) == SLUICE_EXPECTED_BUILTIN_MACROS);
static_assert(sizeof(kUnsupportedMethods) > 0 && sizeof(kStdUnsupported) > 0);
static_assert(sizeof(kNotConst) > 0 && sizeof(kRustcPaths) > 0);
static_assert(kEveryEntry == SLUICE_EXPECTED_ENTRIES);

}  // namespace sluice::builtin_check

#ifdef SLUICE_CONST_NAMES_MAIN
#include <cstdio>
#include <span>
#include <vector>

#include "analysis/check/primitive_methods.h"

namespace sluice::builtin_check {

// The receiver types find_primitive_member is given for each kind of entry: the checker auto-derefs `&str` and
// `&[i32]` before the lookup, so Str and Slice are probed on `str`, `[i32]` and the array `[i32; 3]`.
std::vector<TypeId> receiver_types(TypeStore& types, Receivers receivers) {
  std::vector<TypeId> out;
  auto ints = [&](int from, int to) {
    for (int i = from; i < to; ++i) out.push_back(types.int_type(static_cast<IntKind>(i)));
  };
  switch (receivers) {
    case Receivers::Int: ints(0, 12); break;
    case Receivers::SignedInt: ints(0, 6); break;
    case Receivers::UnsignedInt: ints(6, 12); break;
    case Receivers::U8: ints(6, 7); break;
    case Receivers::Float: out = {types.float_type(FloatKind::F32), types.float_type(FloatKind::F64)}; break;
    case Receivers::Char: out = {types.char_type()}; break;
    case Receivers::Str: out = {types.str()}; break;
    case Receivers::Slice:
      out = {types.slice(types.int_type(IntKind::I32)), types.array(types.int_type(IntKind::I32), 3)};
      break;
    default: break;
  }
  return out;
}

std::string_view constness_name(PrimitiveConstness constness) {
  switch (constness) {
    case PrimitiveConstness::Const: return "Const";
    case PrimitiveConstness::NonConst: return "NonConst";
    case PrimitiveConstness::OrdTrait: return "OrdTrait";
  }
  return "?";
}

// One line for the method on the receiver: receiver, name, constness, rustc's name, tab-separated.
void print_const_name(TypeStore& types, TypeId receiver, std::string_view method) {
  std::string shown = display_type(types, receiver, [](ItemRef) { return std::string("?"); });
  std::string name(method);
  std::optional<PrimitiveMember> member = find_primitive_member(types, receiver, method, false);
  if (!member || member->kind != PrimitiveMember::Kind::Method) {
    std::printf("%s\t%s\tMISSING\t\n", shown.c_str(), name.c_str());
    return;
  }
  std::string rustc_name = const_call_name(types, receiver, *member, method);
  std::printf("%s\t%s\t%s\t%s\n", shown.c_str(), name.c_str(),
              std::string(constness_name(member->constness)).c_str(), rustc_name.c_str());
}

int print_const_names() {
  TypeStore types;
  for (const PrimMethod& entry : kPrimMethods) {
    for (TypeId receiver : receiver_types(types, entry.receivers)) print_const_name(types, receiver, entry.name);
  }
  print_const_name(types, types.int_var(0), "min");  // `{integer}`: named after rustc's fallback to i32
  return 0;
}

}  // namespace sluice::builtin_check

int main() { return sluice::builtin_check::print_const_names(); }
#endif
