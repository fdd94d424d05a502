// Compiled (syntax only) by verify_tables.py: the two tables must expand as C++ X-macro includes, both with every
// macro defined and with none defined (the tables then define empty defaults and remove them afterwards).
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
#include "analysis/builtin/primitive_methods.def"
#define SLUICE_STD_MODULE SLUICE_COUNT
#define SLUICE_STD_FN SLUICE_COUNT
#define SLUICE_STD_CONST SLUICE_COUNT
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
#undef SLUICE_STD_MODULE
#undef SLUICE_STD_FN
#undef SLUICE_STD_CONST
#undef SLUICE_STD_UNSUPPORTED
#undef SLUICE_PRELUDE_UNSUPPORTED
#undef SLUICE_PRELUDE_DERIVE
#undef SLUICE_PRELUDE_ATTRIBUTE
#undef SLUICE_BUILTIN_MACRO
#undef SLUICE_UNSUPPORTED_MACRO
#include "analysis/builtin/primitive_methods.def"
#include "analysis/builtin/std_items.def"
#if defined(SLUICE_PRIM_METHOD) || defined(SLUICE_STD_MODULE) || defined(SLUICE_BUILTIN_MACRO)
#error "a .def file leaked its default macro definitions"
#endif

// verify_tables.py passes the counts its own reader found, so C++ and the scripts provably see the same entries.
static_assert(sizeof(kPrimMethods) / sizeof(kPrimMethods[0]) == SLUICE_EXPECTED_PRIM_METHODS);
static_assert(sizeof(kBuiltinMacros) / sizeof(kBuiltinMacros[0]) == SLUICE_EXPECTED_BUILTIN_MACROS);
static_assert(sizeof(kUnsupportedMethods) > 0 && sizeof(kStdUnsupported) > 0);
static_assert(kEveryEntry == SLUICE_EXPECTED_ENTRIES);

}  // namespace sluice::builtin_check
