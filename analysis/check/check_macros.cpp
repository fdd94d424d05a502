// The built-in macros of tier L1 (println!, assert_eq!, panic!, ...): their
// arguments are parsed on demand as expressions and checked in the body's
// scopes; format strings are read for placeholders, captured names and the
// Display/Debug each argument needs. Other macros are outside L1.
#include <algorithm>
#include <bit>
#include <cctype>
#include <string>

#include "analysis/check/body_checker.h"
#include "analysis/parse/parse.h"

namespace sluice {

// One `{...}` of a format string.
struct FormatPlaceholder {
  enum class Argument : uint8_t { Next, Index, Name } argument = Argument::Next;
  size_t index = 0;
  std::string_view name;
  bool debug = false;
  // `{:x}` `{:X}` `{:o}` `{:b}` `{:e}` `{:E}`: LowerHex, UpperHex, Octal,
  // Binary, LowerExp, UpperExp instead of Display; 0 for Display or Debug.
  char numeric_trait = 0;
  bool is_count = false;  // a width or precision argument: a usize, not formatted
  Span span;  // the placeholder, braces included
  Span count_span;  // a count's `1$` or `w$`
  Span argument_span;  // `2` of `{2}`; empty inside `{}`
};

struct FormatString {
  std::vector<FormatPlaceholder> placeholders;
  bool valid = true;
  // rustc's "invalid format string": an unclosed `{` (open: where it
  // opens) or a lone `}`, at `error`.
  std::optional<Span> error;
  std::optional<Span> open;
  // `{:.2f}`, `{:d}`: a type that names no formatting trait, and where.
  std::vector<std::pair<Span, std::string_view>> unknown_traits;
  // An argument that is not a name or an index (`{p.x}`, `{arr[0]}`):
  // rustc's own words for it (with `error`, and `open` for the latter).
  std::string message, label, note;
  std::string fix;  // `{:?x}`: the letters the other way round
  std::optional<Span> raw_prefix;  // `{r#type}`: the `r#` to remove
};

namespace {

enum class MacroKind : uint8_t { Print, Panic, Assert, AssertCmp, Todo, None };

struct BuiltinMacro {
  std::string_view name;
  MacroKind kind;
  bool format_required;
};

#define Print MacroKind::Print
#define Panic MacroKind::Panic
#define Assert MacroKind::Assert
#define AssertCmp MacroKind::AssertCmp
#define Todo MacroKind::Todo
#define Required true
#define Optional false
constexpr BuiltinMacro kBuiltinMacros[] = {
#define SLUICE_BUILTIN_MACRO(name, kind, format_string, stream, line_end, build, fixed_message) \
  {name, kind, format_string},
#include "analysis/builtin/std_items.def"
#undef SLUICE_BUILTIN_MACRO
};
#undef Print
#undef Panic
#undef Assert
#undef AssertCmp
#undef Todo
#undef Required
#undef Optional

const BuiltinMacro* find_builtin_macro(std::string_view name) {
  for (const BuiltinMacro& m : kBuiltinMacros) {
    if (m.name == name) return &m;
  }
  return nullptr;
}

// rustc's diagnostics with several primary spans (`^` at each).
void also_primary(Diagnostic& d, Span span, std::string label = "") {
  d.with_secondary(span, std::move(label));
  d.secondary.back().primary = true;
}

// rustc's "invalid format string" for a string read_format_string() rejected.
Diagnostic invalid_format_string(const FormatString& parsed) {
  bool unclosed = parsed.open.has_value();
  bool own_words = !parsed.message.empty();
  std::string shown = own_words ? parsed.message : unclosed ? "expected `}` but string was terminated" : "unmatched `}` found";
  Diagnostic d = make_diagnostic(DiagKind::InvalidFormatString, *parsed.error, {shown});
  d.with_label(own_words ? parsed.label : unclosed ? "expected `}` in format string" : "unmatched `}` in format string");
  if (unclosed) d.with_secondary(*parsed.open, "because of this opening brace");
  if (own_words && !parsed.note.empty()) d.with_note(parsed.note);
  if (!own_words) {
    d.with_note(unclosed ? "if you intended to print `{`, you can escape it using `{{`"
                         : "if you intended to print `}`, you can escape it using `}}`");
  }
  if (parsed.raw_prefix) {
    d.with_fix(*parsed.raw_prefix, "", "remove the `r#`", Applicability::MachineApplicable,
               SuggestionStyle::HideCodeInline);
  }
  if (!parsed.fix.empty()) {
    Span whole{parsed.error->file, parsed.error->begin - 1, parsed.error->end};
    d.with_fix(whole, parsed.fix, "did you mean `" + parsed.fix + "`?", Applicability::MachineApplicable,
               SuggestionStyle::ShowAlways);
  }
  return d;
}

// Where the type of a format spec starts, past rustc's
// `[[fill]align][sign]['#']['0'][width]['.' precision]`; the type is the rest.
size_t format_spec_type_start(std::string_view spec) {
  size_t pos = 0;
  auto is_align = [](char c) { return c == '<' || c == '^' || c == '>'; };
  size_t fill = spec.empty() ? 0 : (static_cast<unsigned char>(spec[0]) < 0x80 ? 1 : std::countl_one(static_cast<unsigned char>(spec[0])));
  if (spec.size() > fill && is_align(spec[fill])) pos = fill + 1;
  else if (!spec.empty() && is_align(spec[0])) pos = 1;
  if (pos < spec.size() && (spec[pos] == '+' || spec[pos] == '-')) ++pos;
  if (pos < spec.size() && spec[pos] == '#') ++pos;
  if (pos < spec.size() && spec[pos] == '0' && !(pos + 1 < spec.size() && spec[pos + 1] == '$')) ++pos;
  auto is_ident = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  // A count: digits, `N$` or `name$`; a bare name is the type, not a count.
  auto skip_count = [&](size_t at) {
    size_t end = at;
    while (end < spec.size() && is_ident(spec[end])) ++end;
    if (end < spec.size() && spec[end] == '$') return end + 1;
    size_t digits = at;
    while (digits < spec.size() && std::isdigit(static_cast<unsigned char>(spec[digits]))) ++digits;
    return digits;
  };
  pos = skip_count(pos);
  if (pos < spec.size() && spec[pos] == '.') {
    ++pos;
    if (pos < spec.size() && spec[pos] == '*') ++pos;
    else pos = skip_count(pos);
  }
  return pos;
}

// A byte of an identifier: ASCII letters, digits and `_`, or any byte of a
// non-ASCII character (rustc takes Unicode identifiers in format strings).
bool is_identifier_byte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

// The whole UTF-8 character starting at byte `at`.
std::string_view utf8_char_at(std::string_view text, size_t at) {
  unsigned char lead = static_cast<unsigned char>(text[at]);
  size_t length = lead < 0x80 ? 1 : std::max(1, std::countl_one(lead));
  return text.substr(at, length);
}

// Where a format spec's type stops being one: after `?`, a trait name
// (`x`, `e`, an unknown word) or `x?`/`X?`. The rest is rustc's "expected `}`".
size_t format_type_end(std::string_view spec_type) {
  std::string_view type = spec_type;
  while (!type.empty() && type.back() == ' ') type.remove_suffix(1);  // `{:>5 }`: rustc skips them
  size_t end = 0;
  if (!type.empty() && type[0] == '?') {
    end = 1;
  } else {
    while (end < type.size() && is_identifier_byte(type[end])) ++end;
    if ((type.substr(0, end) == "x" || type.substr(0, end) == "X") && end < type.size() && type[end] == '?') ++end;
  }
  return end == type.size() ? spec_type.size() : end;
}

// The character an escape at `at` (a backslash) stands for, and where the
// escape ends: `\u{7D}` is a `}` (rustc reads the format string unescaped).
std::pair<char32_t, size_t> read_escape(std::string_view literal, size_t at) {
  if (at + 1 >= literal.size()) return {0, at + 1};
  if (literal[at + 1] != 'u' || at + 2 >= literal.size() || literal[at + 2] != '{') return {0, at + 2};
  size_t close = literal.find('}', at + 3);
  if (close == std::string_view::npos) return {0, at + 2};
  char32_t value = 0;
  for (size_t i = at + 3; i < close; ++i) {
    char c = literal[i];
    if (c == '_') continue;
    value = value * 16 + char32_t(std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : (std::tolower(c) - 'a' + 10));
  }
  return {value, close + 1};
}

// Reads placeholders from a string literal's source text; escapes are
// skipped (and `\u{7B}`/`\u{7D}` count as the braces they are).
FormatString read_format_string(std::string_view literal, uint32_t offset, FileId file, bool raw) {
  FormatString out;
  size_t begin = literal.find('"');
  size_t end = literal.rfind('"');
  if (begin == std::string_view::npos || end <= begin) {
    out.valid = false;
    return out;
  }
  for (size_t i = begin + 1; i < end; ++i) {
    char c = literal[i];
    if (c == '\\' && !raw) {
      auto [value, after] = read_escape(literal, i);
      if (value == U'}' || value == U'{') {
        // An escaped brace is not an escape of the format syntax: a lone one is an error.
        out.valid = false;
        out.error = Span{file, offset + uint32_t(i), offset + uint32_t(after)};
        if (value == U'{') out.open = out.error;
        return out;
      }
      i = after - 1;
      continue;
    }
    if (c == '}') {
      if (i + 1 < end && literal[i + 1] == '}') {
        ++i;
      } else {
        out.valid = false;
        out.error = Span{file, offset + uint32_t(i), offset + uint32_t(i + 1)};
        return out;
      }
      continue;
    }
    if (c != '{') continue;
    if (i + 1 < end && literal[i + 1] == '{') {
      ++i;
      continue;
    }
    size_t close = literal.find('}', i);
    if (close == std::string_view::npos || close >= end) {
      out.valid = false;
      out.open = Span{file, offset + uint32_t(i), offset + uint32_t(i + 1)};
      out.error = Span{file, offset + uint32_t(end), offset + uint32_t(end + 1)};
      return out;
    }
    std::string_view inside = literal.substr(i + 1, close - i - 1);
    FormatPlaceholder p;
    p.span = Span{file, offset + uint32_t(i), offset + uint32_t(close + 1)};
    size_t colon = inside.find(':');
    std::string_view argument = inside.substr(0, colon);
    std::string_view spec = colon == std::string_view::npos ? std::string_view() : inside.substr(colon + 1);
    while (!argument.empty() && argument.back() == ' ') argument.remove_suffix(1);
    size_t odd = std::find_if(argument.begin(), argument.end(), [&](char c) { return !is_identifier_byte(c); }) -
                 argument.begin();
    if (odd < argument.size() && argument[odd] == ' ') {
      // `{ x}`, `{count + 1}`: rustc skips the spaces, then expects the `}`.
      odd = argument.find_first_not_of(' ', odd);
    }
    if (odd < argument.size()) {
      // rustc's parser stops at the first such placeholder of the string.
      uint32_t at = offset + uint32_t(i + 1);
      out.valid = false;
      if (argument.substr(0, 2) == "r#" && odd == 1 && argument.size() > 2 &&
          std::all_of(argument.begin() + 2, argument.end(), is_identifier_byte)) {
        out.error = Span{file, at, at + uint32_t(argument.size())};
        out.message = "raw identifiers are not supported";
        out.label = "raw identifier used here in format string";
        out.note = "identifiers in format strings can be keywords and don't need to be prefixed with `r#`";
        out.raw_prefix = Span{file, at, at + 2};
      } else if (argument[odd] == '.' && odd > 0) {
        out.error = Span{file, at, at + uint32_t(argument.size())};
        out.message = "field access isn't supported";
        out.label = "not supported in format string";
        out.note = "consider moving this expression to a local variable and then using the local here instead";
      } else {
        std::string_view found = utf8_char_at(argument, odd);
        out.error = Span{file, at + uint32_t(odd), at + uint32_t(odd + found.size())};
        out.open = Span{file, offset + uint32_t(i), offset + uint32_t(i + 1)};
        out.message = "expected `}`, found `" + std::string(found) + "`";
        out.label = "expected `}` in format string";
        out.note = "if you intended to print `{`, you can escape it using `{{`";
      }
      return out;
    }
    p.argument_span = Span{file, offset + uint32_t(i + 1), offset + uint32_t(i + 1 + argument.size())};
    if (argument.empty()) {
      p.argument = FormatPlaceholder::Argument::Next;
    } else if (argument[0] >= '0' && argument[0] <= '9') {
      p.argument = FormatPlaceholder::Argument::Index;
      for (char d : argument) p.index = p.index * 10 + size_t(d >= '0' && d <= '9' ? d - '0' : 0);
    } else {
      p.argument = FormatPlaceholder::Argument::Name;
      p.name = argument;
    }
    size_t type_start = format_spec_type_start(spec);
    std::string_view type = spec.substr(type_start);
    if (size_t junk = format_type_end(type); junk < type.size()) {
      uint32_t at = offset + uint32_t(i + 1 + colon + 1 + type_start + junk);
      std::string_view found = utf8_char_at(type, junk);
      out.valid = false;
      out.error = Span{file, at, at + uint32_t(found.size())};
      out.message = "expected `}`, found `" + std::string(found) + "`";
      if (type[0] == '?') {
        // `{:?x}`: rustc's words for a trait letter after the `?`.
        out.label = "expected `'}'` in format string";
        if (found == "x" || found == "X") out.fix = std::string(found) + "?";
      } else {
        out.open = Span{file, offset + uint32_t(i), offset + uint32_t(i + 1)};
        out.label = "expected `}` in format string";
        out.note = "if you intended to print `{`, you can escape it using `{{`";
      }
      return out;
    }
    static constexpr std::string_view kTraits[] = {"", "?", "x?", "X?", "x", "X", "o", "b", "e", "E", "p"};
    bool named_type = !type.empty() && (std::isalpha(static_cast<unsigned char>(type[0])) || type[0] == '_') &&
                      std::all_of(type.begin(), type.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
    if (named_type && std::find(std::begin(kTraits), std::end(kTraits), type) == std::end(kTraits)) {
      uint32_t at = offset + uint32_t(i + 1 + colon + 1 + type_start);
      out.unknown_traits.push_back({Span{file, at, at + uint32_t(type.size())}, type});
    }
    p.debug = spec.find('?') != std::string_view::npos;
    if (!p.debug && !spec.empty() && std::string_view("xXobeE").find(spec.back()) != std::string_view::npos) {
      p.numeric_trait = spec.back();
    }
    out.placeholders.push_back(p);
    // Width and precision may name arguments too: `{:width$}`, `{:1$}`, `{:.*}`.
    for (size_t dollar = spec.find('$'); dollar != std::string_view::npos; dollar = spec.find('$', dollar + 1)) {
      size_t start = dollar;
      while (start > 0 && (std::isalnum(static_cast<unsigned char>(spec[start - 1])) || spec[start - 1] == '_')) --start;
      std::string_view word = spec.substr(start, dollar - start);
      if (word.empty()) continue;
      FormatPlaceholder extra;
      extra.span = p.span;
      extra.is_count = true;
      uint32_t spec_at = offset + uint32_t(i + 1 + colon + 1);
      size_t shown = start > 0 && spec[start - 1] == '.' ? start - 1 : start;  // a precision's `.5$`
      extra.count_span = Span{file, spec_at + uint32_t(shown), spec_at + uint32_t(dollar + 1)};
      if (word[0] >= '0' && word[0] <= '9') {
        extra.argument = FormatPlaceholder::Argument::Index;
        for (char d : word) extra.index = extra.index * 10 + size_t(d - '0');
      } else {
        extra.argument = FormatPlaceholder::Argument::Name;
        extra.name = word;
      }
      out.placeholders.push_back(extra);
    }
    if (spec.find(".*") != std::string_view::npos) {
      // `.*` takes the precision from the next positional argument, before the value.
      FormatPlaceholder extra;
      extra.span = p.span;
      extra.is_count = true;
      out.placeholders.insert(out.placeholders.end() - 1, extra);
    }
    i = close;
  }
  return out;
}

}  // namespace

bool BodyChecker::implements_display(TypeId type) {
  TypeId t = shallow(type);
  if (has_trait_impls(t)) return true;  // maybe `impl Display`
  switch (types_.kind(t)) {
    case TypeKind::Int:
    case TypeKind::Float:
    case TypeKind::IntVar:
    case TypeKind::FloatVar:
    case TypeKind::Bool:
    case TypeKind::Char:
    case TypeKind::Str:
    case TypeKind::Error:
    case TypeKind::Never:
    case TypeKind::InferVar: return true;
    case TypeKind::Ref: return implements_display(types_.element(t));
    default: return false;
  }
}

bool BodyChecker::implements_debug(TypeId type, int depth) {
  TypeId t = shallow(type);
  if (depth > 16) return true;
  switch (types_.kind(t)) {
    case TypeKind::Tuple: {
      std::span<const TypeId> elements = types_.tuple_elements(t);
      if (elements.size() > 12) return false;  // std implements Debug for tuples of up to twelve
      std::vector<TypeId> copy(elements.begin(), elements.end());
      for (TypeId e : copy) {
        if (!implements_debug(e, depth + 1)) return false;
      }
      return true;
    }
    case TypeKind::Array:
    case TypeKind::Slice:
    case TypeKind::Ref:
    case TypeKind::Range: return implements_debug(types_.element(t), depth + 1);
    case TypeKind::Adt: {
      const CrateDefMap* map = resolver_.map_of(types_.data(t).item.crate);
      if (has_trait_impls(t)) return true;
      return is_derived(map->adts[map->items[types_.data(t).item.item].data], DeriveKind::Debug);
    }
    case TypeKind::FnDef:
    case TypeKind::Iter: return false;
    default: return implements_display(t);
  }
}

namespace {

std::string_view numeric_format_trait_name(char spec) {
  switch (spec) {
    case 'x': return "LowerHex";
    case 'X': return "UpperHex";
    case 'o': return "Octal";
    case 'b': return "Binary";
    case 'e': return "LowerExp";
    case 'E': return "UpperExp";
  }
  return "Display";
}

}  // namespace

// The hex, octal and binary traits are integers' (and what refers to one);
// the exponent ones integers' and floats'.
bool BodyChecker::implements_numeric_format(TypeId type, char spec, int depth) {
  TypeId t = shallow(type);
  if (depth > 16 || has_trait_impls(t)) return true;
  switch (types_.kind(t)) {
    case TypeKind::Int:
    case TypeKind::IntVar:
    case TypeKind::Error:
    case TypeKind::Never:
    case TypeKind::InferVar: return true;
    case TypeKind::Float:
    case TypeKind::FloatVar: return spec == 'e' || spec == 'E';
    case TypeKind::Ref: return implements_numeric_format(types_.element(t), spec, depth + 1);
    default: return false;
  }
}

// `arg` is the argument's span, none for a name captured from the format string.
void BodyChecker::require_format_trait(Span arg, TypeId type, bool debug, char numeric_trait, Span placeholder) {
  if (types_.kind(shallow(type)) == TypeKind::InferVar) {
    deferred_format_checks_.push_back({arg, type, debug, numeric_trait, placeholder});
    return;
  }
  if (arg.file.has_value() && is_unsized(type)) {
    // A `str` or slice by value (`let w = a[1..3];` then `{:?}`, w): the argument must be sized.
    Diagnostic d = unsized_value(arg, type);
    if (placeholder.file.has_value()) d.with_secondary(placeholder, formatting_parameter_label());
    type_error(std::move(d));
    return;
  }
  if (numeric_trait != 0) {
    if (implements_numeric_format(type, numeric_trait)) return;
    std::string shown = show(type);
    std::string trait(numeric_format_trait_name(numeric_trait));
    Span at = arg.file.has_value() ? arg : placeholder;
    Diagnostic& d = type_error(make_diagnostic(DiagKind::TraitBoundNotSatisfied, at, {shown, trait}));
    d.with_label("the trait `" + trait + "` is not implemented for `" + shown + "`");
    if (arg.file.has_value() && placeholder.file.has_value()) d.with_secondary(placeholder, formatting_parameter_label());
    return;
  }
  bool ok = debug ? implements_debug(type) : implements_display(type);
  if (ok) return;
  report_missing_format_trait(arg, placeholder, type, debug);
}

std::vector<TypeId> BodyChecker::format_obligation_chain(TypeId type, bool debug) {
  std::vector<TypeId> chain{shallow(type)};
  for (int depth = 0; depth < 16; ++depth) {
    TypeId t = chain.back();
    TypeKind kind = types_.kind(t);
    TypeId next = TypeId::none();
    if (kind == TypeKind::Ref || (debug && (kind == TypeKind::Array || kind == TypeKind::Slice || kind == TypeKind::Range))) {
      next = types_.element(t);
    } else if (debug && kind == TypeKind::Tuple) {
      std::span<const TypeId> elements = types_.tuple_elements(t);
      std::vector<TypeId> copy(elements.begin(), elements.end());  // implements_debug may intern types
      for (TypeId e : copy) {
        if (!implements_debug(e)) {
          next = e;
          break;
        }
      }
    }
    if (next.is_none()) break;
    chain.push_back(shallow(next));
  }
  return chain;
}

// rustc lists the tuple impls of Debug when the outermost type it could not
// see through, after references, is a tuple. (For arrays and slices it points
// into its own library sources instead, which sluice does not have.)
void BodyChecker::note_tuple_debug_impls(Diagnostic& d, const std::vector<TypeId>& chain) {
  for (size_t i = 0; i + 1 < chain.size(); ++i) {
    TypeKind kind = types_.kind(chain[i]);
    if (kind == TypeKind::Ref) continue;
    if (kind != TypeKind::Tuple) return;
    d.with_help(
        "the following other types implement trait `Debug`:\n  ()\n  (A, Z, Y, X, W, V, U, T)\n  (B, A, Z, Y, X, W, V, U, T)\n"
        "  (C, B, A, Z, Y, X, W, V, U, T)\n  (D, C, B, A, Z, Y, X, W, V, U, T)\n  (E, D, C, B, A, Z, Y, X, W, V, U, T)\n"
        "  (T,)\n  (U, T)\nand 5 others");
    return;
  }
}

void BodyChecker::report_missing_format_trait(Span primary, Span placeholder, TypeId type, bool debug) {
  std::vector<TypeId> chain = format_obligation_chain(type, debug);
  TypeId leaf = chain.back();
  std::string shown = show(leaf);
  std::string trait = debug ? "Debug" : "std::fmt::Display";
  Diagnostic d = make_diagnostic(debug ? DiagKind::DoesNotImplementDebug : DiagKind::DoesNotImplementDisplay, primary,
                                 {shown});
  d.with_label(debug ? "`" + shown + "` cannot be formatted using `{:?}` because it doesn't implement `Debug`"
                     : "`" + shown + "` cannot be formatted with the default formatter");
  if (placeholder.file.has_value() && !(placeholder == primary)) d.with_secondary(placeholder, formatting_parameter_label());
  // A function named without `()`: rustc's "fn item", and the call it offers.
  const Item* fn_item = nullptr;
  const FnData* fn = fn_item_function(leaf, &fn_item);
  if (fn != nullptr) d.with_secondary(fn_item->name_span, "consider calling this function");
  std::string not_implemented =
      "the trait `" + trait + "` is not implemented for " + (fn != nullptr ? "fn item " : "") + "`" + shown + "`";
  // Without a derive to suggest (Display; Debug of a type whose fields lack
  // it), rustc points at the type's definition instead.
  bool derivable = debug && fields_implement_debug(leaf);
  std::optional<Span> definition = derivable ? std::nullopt : local_definition_span(leaf);
  if (definition) {
    d.with_help_at(*definition, not_implemented);
  } else {
    d.with_help(not_implemented);
  }
  if (debug && types_.kind(shallow(leaf)) == TypeKind::Tuple) {
    // More than twelve elements: std's impls, as rustc lists them (sorted, eight, then a count).
    d.with_help(long_tuple_debug_impls());
  } else if (debug && fn == nullptr) {
    d.with_note("add `#[derive(Debug)]` to `" + shown + "` or manually `impl Debug for " + shown + "`");
    note_tuple_debug_impls(d, chain);
  } else if (!debug) {
    d.with_note("in format strings you may be able to use `{:?}` (or {:#?} for pretty-print) instead");
  }
  if (fn != nullptr) {
    d.with_help("use parentheses to call this function: `" + std::string(fn_item->name) + call_placeholders(fn->params) + "`");
  }
  // The requirements from the leaf outwards: the first, how many rustc
  // hides, and the argument's own type.
  size_t n = chain.size();
  auto required = [&](TypeId t) { d.with_note("required for `" + show(t) + "` to implement `" + trait + "`"); };
  if (n >= 2) required(chain[n - 2]);
  if (n >= 3) {
    d.with_note(std::to_string(n - 2) + " redundant requirement" + (n - 2 == 1 ? "" : "s") + " hidden");
    required(chain[0]);
  }
  if (derivable) suggest_derive(d, leaf, "Debug");
  type_error(std::move(d));
}

// unreachable!, todo! and unimplemented! hand their arguments on to a
// formatting expression of their own; rustc's label says so.
std::string BodyChecker::formatting_parameter_label() const {
  return formatting_through_panic_helper_ ? "required by a formatting parameter in this expression"
                                          : "required by this formatting parameter";
}

// Whether `#[derive(Debug)]` would compile on `type`: its fields have Debug.
bool BodyChecker::fields_implement_debug(TypeId type) {
  TypeId t = shallow(type);
  if (types_.kind(t) != TypeKind::Adt) return false;
  ItemRef ref = types_.data(t).item;
  const CrateDefMap* map = resolver_.map_of(ref.crate);
  if (map == nullptr) return false;
  const Item& item = map->items[ref.item];
  std::vector<const AdtData*> shapes{&map->adts[item.data]};
  if (item.kind == ItemKind::Enum) {
    shapes.clear();
    for (ItemId variant : map->adts[item.data].variants) shapes.push_back(&map->adts[map->items[variant.index].data]);
  }
  for (const AdtData* shape : shapes) {
    for (const FieldDef& f : shape->fields) {
      if (!implements_debug(f.type)) return false;
    }
  }
  return true;
}

// rustc's list of std's Debug impls for tuples (sorted, eight, then a count),
// where a tuple has more than twelve elements.
std::string BodyChecker::long_tuple_debug_impls() {
  return "the following other types implement trait `Debug`:\n  ()\n  (A, Z, Y, X, W, V, U, T)\n"
         "  (B, A, Z, Y, X, W, V, U, T)\n  (C, B, A, Z, Y, X, W, V, U, T)\n  (D, C, B, A, Z, Y, X, W, V, U, T)\n"
         "  (E, D, C, B, A, Z, Y, X, W, V, U, T)\n  (T,)\n  (U, T)\nand 5 others";
}

void BodyChecker::report_assert_without_debug(Span call, TypeId type) {
  std::vector<TypeId> chain = format_obligation_chain(type, true);
  std::string shown = show(chain.back());
  bool long_tuple = types_.kind(shallow(chain.back())) == TypeKind::Tuple;  // more than twelve elements
  for (int side = 0; side < 2; ++side) {  // the left operand's, then the right one's
    Diagnostic d = make_diagnostic(DiagKind::DoesNotImplementDebug, call, {shown});
    if (long_tuple) {
      // rustc words an obligation still holding `{integer}`s as unsatisfied.
      if (types_.data(resolved(chain.back())).flags & TypeData::kHasVars) {
        d.with_label("unsatisfied trait bound");
        d.with_help("the trait `Debug` is not implemented for `" + shown + "`");
      } else {
        d.with_label("the trait `Debug` is not implemented for `" + shown + "`");
      }
      d.with_help(long_tuple_debug_impls());
      type_error(std::move(d));
      continue;
    }
    d.with_label("the trait `Debug` is not implemented for `" + shown + "`");
    d.with_note("add `#[derive(Debug)]` to `" + shown + "` or manually `impl Debug for " + shown + "`");
    note_tuple_debug_impls(d, chain);
    suggest_derive(d, chain.back(), "Debug");
    type_error(std::move(d));
  }
}

// A width or precision taken from an argument (`{:>1$}`, `{:.*}`) is a usize.
void BodyChecker::check_count_argument(TypeId type, Span at, Span count) {
  if (is_error(type) || unify(type, types_.int_type(IntKind::Usize))) return;
  std::string found = "&" + show(type);
  Diagnostic& d = type_error(make_diagnostic(DiagKind::MismatchedTypes, at, {}));
  d.with_label("expected `&usize`, found `" + found + "`");
  if (!count.is_none()) d.with_secondary(count, "arguments to this function are incorrect");
  d.with_note("expected reference `&usize`\n   found reference `" + found + "`");
}

void BodyChecker::check_format_arguments(const std::vector<NodeId>& args, size_t first) {
  if (first >= args.size()) return;
  NodeId format = args[first];
  if (tree_->kind(format) != NodeKind::LiteralExpr) {
    // rustc's expansion fails here: nothing of the arguments is checked
    // (`println!("x is " + x)` is this error alone, no E0369).
    resolution_error(make_diagnostic(DiagKind::FormatArgumentMustBeString, tree_->span(format), {}));
    return;
  }
  const Token& token = tree_->tokens[tree_->node(format).first_token];
  if (token.kind != TokenKind::StrLiteral && token.kind != TokenKind::RawStrLiteral) {
    resolution_error(make_diagnostic(DiagKind::FormatArgumentMustBeString, tree_->span(format), {}));
    return;
  }
  FormatString parsed =
      read_format_string(tree_->text(format, text_), token.offset, tree_->file, token.kind == TokenKind::RawStrLiteral);
  if (parsed.error) {
    // Reported as the macro expands (an error without a code): nothing of
    // the arguments is checked.
    result_.resolution_diagnostics.push_back(invalid_format_string(parsed));
    tainted_ = true;
    return;
  }
  if (!parsed.unknown_traits.empty()) {
    // Like a malformed string: reported as the macro expands, arguments unchecked.
    for (const auto& [span, name] : parsed.unknown_traits) {
      Diagnostic d = make_diagnostic(DiagKind::UnknownFormatTrait, span, {std::string(name)});
      d.with_label("");
      d.with_note("the only appropriate formatting traits are:\n- ``, which uses the `Display` trait\n"
                  "- `?`, which uses the `Debug` trait\n- `e`, which uses the `LowerExp` trait\n"
                  "- `E`, which uses the `UpperExp` trait\n- `o`, which uses the `Octal` trait\n"
                  "- `p`, which uses the `Pointer` trait\n- `b`, which uses the `Binary` trait\n"
                  "- `x`, which uses the `LowerHex` trait\n- `X`, which uses the `UpperHex` trait");
      result_.resolution_diagnostics.push_back(std::move(d));
    }
    tainted_ = true;
    return;
  }
  FormatArguments arguments;
  if (!split_format_arguments(args, first + 1, arguments)) return;
  std::vector<NodeId>& positional = arguments.positional;
  auto& named = arguments.named;
  std::vector<TypeId> positional_types, named_types;
  for (NodeId a : positional) positional_types.push_back(check_expr(a, TypeId::none()));
  for (const auto& n : named) named_types.push_back(check_expr(n.value, TypeId::none()));
  // format_args! takes each argument by reference.
  for (NodeId a : positional) note_borrowed_place(a);
  for (const auto& n : named) note_borrowed_place(n.value);
  // rustc drops the formatting obligations of a call with an erroneous argument.
  bool any_error = std::any_of(positional_types.begin(), positional_types.end(), [&](TypeId t) { return is_error(t); }) ||
                   std::any_of(named_types.begin(), named_types.end(), [&](TypeId t) { return is_error(t); });
  std::vector<bool> used(positional.size(), false), named_used(named.size(), false);
  // Named arguments count as positional ones after the others: `{}` may
  // take one (named_arguments_used_positionally).
  std::vector<std::pair<size_t, Span>> named_by_position;
  std::vector<std::pair<size_t, const FormatPlaceholder*>> invalid;  // references past the last argument
  size_t next = 0;
  auto use_argument = [&](NodeId value, TypeId type, const FormatPlaceholder& p) {
    if (record_expr_types_) {
      typed_sites_.push_back({format_macro_span_, format_macro_span_, type, true});
      typed_sites_.push_back({p.span, p.span, type, true});
    }
    if (p.is_count) check_count_argument(type, tree_->span(value), p.count_span);
    if (!p.is_count && !any_error) require_format_trait(tree_->span(value), type, p.debug, p.numeric_trait, p.span);
  };
  for (const FormatPlaceholder& p : parsed.placeholders) {
    if (p.argument == FormatPlaceholder::Argument::Name) {
      bool found = false;
      for (size_t i = 0; i < named.size(); ++i) {
        if (named[i].name != p.name) continue;
        named_used[i] = found = true;
        use_argument(named[i].value, named_types[i], p);
      }
      if (!found) check_format_capture(p, any_error);
      continue;
    }
    size_t index = p.argument == FormatPlaceholder::Argument::Index ? p.index : next++;
    if (index < positional.size()) {
      used[index] = true;
      use_argument(positional[index], positional_types[index], p);
    } else if (index < positional.size() + named.size()) {
      size_t i = index - positional.size();
      named_used[i] = true;
      named_by_position.push_back({i, p.span});
      use_argument(named[i].value, named_types[i], p);
    } else {
      invalid.push_back({index, &p});
    }
  }
  if (!parsed.valid) return;
  bool failed = !invalid.empty();
  if (failed) {
    std::vector<NodeId> all = positional;
    for (const auto& n : named) all.push_back(n.value);
    report_invalid_format_references(parsed, invalid, all);
  }
  failed |= report_unused_format_arguments(format, arguments, used, named_used);
  if (failed) return;
  for (const auto& [i, placeholder] : named_by_position) {
    Diagnostic d = make_diagnostic(DiagKind::NamedArgumentUsedPositionally, tree_->span(named[i].name_node),
                                   {named[i].name});
    d.with_label("this named argument is referred to by position in formatting string");
    d.with_secondary(placeholder, "this formatting argument uses named argument `" + std::string(named[i].name) +
                                      "` by position");
    Span after_brace{placeholder.file, placeholder.begin + 1, placeholder.begin + 1};
    d.with_fix(after_brace, std::string(named[i].name), "use the named argument by name to avoid ambiguity",
               Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
    result_.early_lints.push_back(std::move(d));  // buffered as the macro expands
  }
}

// The arguments after a format string: positional ones, then `name = value`
// ones. Either rule broken (a positional one after a named one, a name
// given twice) is reported as the macro expands; nothing else is checked.
bool BodyChecker::split_format_arguments(const std::vector<NodeId>& args, size_t from, FormatArguments& out) {
  for (size_t i = from; i < args.size(); ++i) {
    NodeId a = args[i];
    NodeId op = tree_->kind(a) == NodeKind::BinaryExpr ? first_child(*tree_, a, NodeKind::Op) : NodeId::none();
    Kids parts(*tree_, a, kIsExpr);
    if (op.has_value() && static_cast<OpKind>(tree_->node(op).detail) == OpKind::Assign && parts.size() == 2 &&
        tree_->kind(parts[0]) == NodeKind::PathExpr) {
      std::string_view name = tree_->text(parts[0], text_);
      for (const auto& earlier : out.named) {
        if (earlier.name != name) continue;
        Diagnostic d = make_diagnostic(DiagKind::DuplicateFormatArgument, tree_->span(parts[0]), {name});
        d.with_label("duplicate argument");
        d.with_secondary(tree_->span(earlier.name_node), "previously here");
        resolution_error(std::move(d));
        return false;
      }
      out.named.push_back({name, parts[0], parts[1], a});
      continue;
    }
    if (!out.named.empty()) {
      Diagnostic d = make_diagnostic(DiagKind::PositionalFormatArgumentAfterNamed, tree_->span(a), {});
      d.with_label("positional arguments must be before named arguments");
      for (const auto& n : out.named) d.with_secondary(tree_->span(n.whole), "named argument");
      resolution_error(std::move(d));
      return false;
    }
    out.positional.push_back(a);
  }
  return true;
}

// `{2}` with two arguments. rustc counts the placeholders when all of them
// are implicit (`{} {} {}`), and names the bad indexes otherwise.
void BodyChecker::report_invalid_format_references(const FormatString& parsed,
                                                   const std::vector<std::pair<size_t, const FormatPlaceholder*>>& invalid,
                                                   const std::vector<NodeId>& arguments) {
  size_t argument_count = arguments.size();
  std::string given = argument_count == 0 ? std::string("no arguments were given")
                      : argument_count == 1 ? std::string("there is 1 argument")
                                            : "there are " + std::to_string(argument_count) + " arguments";
  bool all_implicit = std::all_of(parsed.placeholders.begin(), parsed.placeholders.end(), [](const FormatPlaceholder& p) {
    return p.argument == FormatPlaceholder::Argument::Next;
  });
  if (all_implicit) {
    size_t count = parsed.placeholders.size();
    std::string message = std::to_string(count) + " positional argument" + (count == 1 ? "" : "s") +
                          " in format string, but " + given;
    Diagnostic d = make_diagnostic(DiagKind::FormatArgumentCount, parsed.placeholders[0].span, {message});
    for (size_t i = 1; i < parsed.placeholders.size(); ++i) also_primary(d, parsed.placeholders[i].span);
    for (NodeId a : arguments) d.with_secondary(tree_->span(a), "");
    resolution_error(std::move(d));
    return;
  }
  std::vector<size_t> indexes;
  for (const auto& entry : invalid) indexes.push_back(entry.first);
  std::sort(indexes.begin(), indexes.end());
  indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
  std::string list = std::to_string(indexes.back());
  if (indexes.size() > 1) {
    std::string head;
    for (size_t i = 0; i + 1 < indexes.size(); ++i) head += (i ? ", " : "") + std::to_string(indexes[i]);
    list = head + " and " + list;
  }
  std::string message = "invalid reference to positional argument" + std::string(indexes.size() > 1 ? "s " : " ") +
                        list + " (" + given + ")";
  const FormatPlaceholder& first = *invalid[0].second;
  Diagnostic d = make_diagnostic(DiagKind::FormatArgumentCount, first.is_count ? first.count_span : first.argument_span,
                                 {message});
  for (size_t i = 1; i < invalid.size(); ++i) {
    const FormatPlaceholder& p = *invalid[i].second;
    also_primary(d, p.is_count ? p.count_span : p.argument_span);
  }
  d.with_note("positional arguments are zero-based");
  bool counts = std::any_of(invalid.begin(), invalid.end(), [](const auto& entry) { return entry.second->is_count; });
  if (counts) d.with_note("for information about formatting flags, visit https://doc.rust-lang.org/std/fmt/index.html");
  resolution_error(std::move(d));
}

// Arguments no placeholder takes: whether any was reported.
bool BodyChecker::report_unused_format_arguments(NodeId format, const FormatArguments& arguments,
                                                 const std::vector<bool>& used, const std::vector<bool>& named_used) {
  std::vector<std::pair<NodeId, bool>> unused;  // the argument, and whether it is named
  for (size_t i = 0; i < arguments.positional.size(); ++i) {
    if (!used[i]) unused.push_back({arguments.positional[i], false});
  }
  for (size_t i = 0; i < arguments.named.size(); ++i) {
    if (!named_used[i]) unused.push_back({arguments.named[i].value, true});
  }
  if (unused.empty()) return false;
  if (unused.size() == 1) {
    bool is_named = unused[0].second;
    Diagnostic d = make_diagnostic(is_named ? DiagKind::NamedFormatArgumentNeverUsed : DiagKind::FormatArgumentNeverUsed,
                                   tree_->span(unused[0].first), {});
    d.with_label(is_named ? "named argument never used" : "argument never used");
    d.with_secondary(tree_->span(format), "formatting specifier missing");
    resolution_error(std::move(d));
    return true;
  }
  Diagnostic d = make_diagnostic(DiagKind::FormatArgumentsNeverUsed, tree_->span(unused[0].first), {});
  d.with_label(unused[0].second ? "named argument never used" : "argument never used");
  d.with_secondary(tree_->span(format), "multiple missing formatting specifiers");
  for (size_t i = 1; i < unused.size(); ++i) {
    also_primary(d, tree_->span(unused[i].first), unused[i].second ? "named argument never used" : "argument never used");
  }
  resolution_error(std::move(d));
  return true;
}

// `{name}` naming no argument: a captured local, const, static or unit
// struct or variant.
void BodyChecker::check_format_capture(const FormatPlaceholder& p, bool any_error) {
  TypeId type;
  Span name_span{p.span.file, p.span.begin + 1, p.span.begin + 1 + uint32_t(p.name.size())};
  if (std::optional<uint32_t> local = find_local(p.name)) {
    note_read(*local);
    note_local_use(*local, NodeId::none());
    note_borrowed_local(locals_[*local].uid);
    type = locals_[*local].type;
  } else {
    value_name_site_ = ValueNameSite::FormatCapture;
    PathResolution r = resolve_value_name(PathSegment{p.name, name_span});
    value_name_site_ = ValueNameSite::Path;
    if (r.kind != PathResolution::Kind::Item || r.consumed != 1) return;
    ItemKind kind = resolver_.item(r.item).kind;
    if (kind != ItemKind::Const && kind != ItemKind::Static && kind != ItemKind::Struct && kind != ItemKind::Variant) return;
    type = item_value_type(r.item, name_span, NodeId::none(), false);
    if (types_.kind(type) == TypeKind::FnDef) return;  // a tuple constructor: not modelled
  }
  if (p.is_count) {
    check_count_argument(type, p.count_span, p.count_span);
  } else if (!any_error && p.numeric_trait != 0) {
    require_format_trait(Span{}, type, false, p.numeric_trait, p.span);
  } else if (!any_error && !(p.debug ? implements_debug(type) : implements_display(type))) {
    report_missing_format_trait(p.span, p.span, type, p.debug);
  }
}

// Whether a binding's path in a macro's arguments is passed by value, and
// so moved: an argument of a call (`println!("{}", take(t))`), a field of a
// struct literal, an element of a tuple or array. The format arguments
// themselves are only borrowed.
bool BodyChecker::passed_by_value_in_macro(NodeId path) const {
  for (NodeId n = tree_->parent(path); n.has_value(); n = tree_->parent(n)) {
    if (n == tree_->root()) return false;  // a format argument itself: borrowed
    NodeKind parent = tree_->kind(n);
    if (parent == NodeKind::ParenExpr) continue;  // `(x)`: as `x`
    return parent == NodeKind::ArgList || parent == NodeKind::RecordExprField || parent == NodeKind::TupleExpr ||
           parent == NodeKind::ArrayExpr;
  }
  return false;
}

// An operand the macro's expansion borrows (`&$left`): when it is a place
// (`x`, `p.a`), its read is marked for the flow pass.
TypeId BodyChecker::check_borrowed_operand(NodeId arg, std::vector<FlowFacts::MacroRead>& reads) {
  size_t before = reads.size();
  TypeId type = check_expr(arg, TypeId::none());
  NodeId place = arg;
  while (place.has_value() && (tree_->kind(place) == NodeKind::ParenExpr || tree_->kind(place) == NodeKind::FieldExpr)) {
    NodeId inner = first_expr_child(place);
    place = inner;
  }
  if (reads.size() == before + 1 && place.has_value() && tree_->kind(place) == NodeKind::PathExpr) {
    reads.back().borrowed_by_expansion = true;
  }
  note_borrowed_place(arg);
  return type;
}

// An assertion's failure path is a block of its own in the lint's order;
// its message's arguments (from `args[message]`) are evaluated there.
void BodyChecker::note_assertion(NodeId macro, const std::vector<NodeId>& args, size_t message) {
  lint_shape_.asserting_macros.push_back(macro.index);
  if (args.size() > message && recording_macro_) {
    macro_sites_[*recording_macro_].message_from = args[message].index + 1 - tree_->node(args[message]).subtree_size;
  }
}

TypeId BodyChecker::check_macro_call(NodeId node) {
  NodeId path = first_child(*tree_, node, NodeKind::Path);
  NodeId token_tree = first_child(*tree_, node, NodeKind::TokenTree);
  if (path.is_none() || token_tree.is_none()) return types_.error();
  SegmentList segments = segments_of(path);
  if (segments.empty()) return types_.error();
  bool std_path = segments.size() == 2 && (segments[0].name == "std" || segments[0].name == "core");
  const BuiltinMacro* builtin =
      segments.size() == 1 || std_path ? find_builtin_macro(segments.back().name) : nullptr;
  if (builtin == nullptr) {
    // A user macro was reported where it is defined; its uses are indeterminate.
    // (Textual macro scope reaches into child modules: the ancestors count too.)
    bool user_macro = false;
    if (segments.size() == 1) {
      for (ItemId m = item_scope(); m.has_value() && !user_macro; m = crate_.module(m).parent_module) {
        user_macro = resolver_.lookup_in_module(ItemRef{crate_.crate, m.index}, Namespace::Macro, segments[0].name) != nullptr;
      }
    }
    if (!user_macro) {
      type_error(make_diagnostic(DiagKind::Unsupported, tree_->span(node),
                                 {"the macro `" + std::string(segments.back().name) + "!`"}));
    }
    tainted_ = true;  // what the macro does with the body's locals is not known
    return types_.error();
  }
  if (in_macro_arguments_) {
    type_error(make_diagnostic(DiagKind::Unsupported, tree_->span(node), {"macro calls inside macro arguments"}));
    return types_.error();
  }
  const Node& tt = tree_->node(token_tree);
  ParseOptions options;
  options.edition = tree_->edition;
  const SourceFile* source = cx_.input->files[file_].source;
  if (source == nullptr) return types_.error();
  // The arguments lie between the delimiters; an unclosed tree (after a
  // syntax error) has no closing one.
  uint32_t first = tt.first_token + 1;
  uint32_t end = tt.end_token;
  TokenKind last = end > first ? tree_->tokens[end - 1].kind : TokenKind::Eof;
  if (last == TokenKind::CloseParen || last == TokenKind::CloseBracket || last == TokenKind::CloseBrace) --end;
  end = std::max(end, first);
  SyntaxTree& arguments = macro_argument_trees_.emplace_back(parse_expression_list(*source, *tree_, first, end, options));
  if (!arguments.diagnostics.empty()) {
    // Reported as the macro expands (before names are resolved), as rustc.
    for (Diagnostic& d : arguments.diagnostics) result_.resolution_diagnostics.push_back(std::move(d));
    tainted_ = true;
    return types_.error();
  }
  const SyntaxTree* saved = tree_;
  tree_ = &arguments;
  in_macro_arguments_ = true;
  MacroSites& sites = macro_sites_.emplace_back();
  sites.tree = &arguments;
  sites.call = node;
  swap_site_lists(sites);
  recording_macro_ = macro_sites_.size() - 1;
  std::vector<FlowFacts::MacroRead> reads;
  macro_reads_ = &reads;
  std::vector<NodeId> args;
  for (NodeId c : Kids(*tree_, tree_->root())) {
    if (is_expr_kind(tree_->kind(c))) args.push_back(c);
  }
  format_macro_span_ = saved->span(node);
  switch (builtin->kind) {
    case MacroKind::Print:
    case MacroKind::Panic:
    case MacroKind::Todo:
      formatting_through_panic_helper_ = builtin->kind == MacroKind::Todo;
      if (args.empty() && builtin->format_required) {
        type_error(make_diagnostic(DiagKind::MacroRequiresFormatString, saved->span(node),
                                   {std::string(builtin->name)}));
      }
      check_format_arguments(args, 0);
      formatting_through_panic_helper_ = false;
      break;
    case MacroKind::Assert:
      note_assertion(node, args, 1);
      if (args.empty()) {
        Diagnostic d = make_diagnostic(DiagKind::AssertWithoutCondition, saved->span(node), {});
        resolution_error(std::move(d)).with_label("boolean expression required");
        break;
      }
      check_expr(args[0], types_.bool_type());
      check_format_arguments(args, 1);
      break;
    case MacroKind::AssertCmp: {
      note_assertion(node, args, 2);
      if (args.size() < 2) {
        report_missing_assert_operand(node, token_tree, args.size(), saved);
        break;
      }
      {
        TypeId left = check_borrowed_operand(args[0], reads);
        TypeId right = check_borrowed_operand(args[1], reads);
        std::string left_shown = show(left), right_shown = show(right);  // before relating them unifies
        AssertOperands relation = relate_assert_operands(left, right);
        if (relation == AssertOperands::SequencesCompare) {
          // `assert_eq!(slice, &[2, 3])`: std compares a slice with an array.
        } else if (relation == AssertOperands::ReferenceAndValue || relation == AssertOperands::ArrayLengthsDiffer) {
          // `assert_eq!(r, 5)` with `r: &i32`, `assert_eq!([1, 2], [1, 2, 3])`:
          // no `PartialEq` between the two.
          Span call = saved->span(node);
          const std::string& l = left_shown;
          const std::string& r = right_shown;
          Diagnostic d = make_diagnostic(DiagKind::CannotCompare, call, {l, r});
          d.with_label("no implementation for `" + l + " == " + r + "`");
          d.with_help("the trait `PartialEq<" + r + ">` is not implemented for `" + l + "`");
          type_error(std::move(d));
        } else if (!unify(left, right)) {
          report_mismatch(tree_->span(args[1]), left, right);
        } else if (lacks_comparison(shallow(left), OpKind::Eq)) {
          // The expansion compares `*left_val == *right_val`: E0369 at the whole call.
          TypeId t = shallow(left);
          Span call = saved->span(node);
          std::string shown = show(t);
          Diagnostic d = make_diagnostic(DiagKind::BinaryOpCannotApply, call,
                                         {"binary operation `==` cannot be applied to type `" + shown + "`"});
          d.with_secondary(call, shown);
          d.with_secondary(call, shown);
          note_missing_operator_impl(d, OpKind::Eq, false, t, t);
          type_error(std::move(d));
          // The values are printed too, should they differ: rustc's Debug errors follow.
          if (!implements_debug(left)) report_assert_without_debug(saved->span(node), left);
        } else if (!implements_debug(left)) {
          report_assert_without_debug(saved->span(node), left);
        }
      }
      check_format_arguments(args, 2);
      break;
    }
    case MacroKind::None: break;
  }
  in_macro_arguments_ = false;
  swap_site_lists(macro_sites_[*recording_macro_]);
  recording_macro_.reset();
  macro_reads_ = nullptr;
  tree_ = saved;
  flow_.macro_reads[node.index] = std::move(reads);
  bool diverges = builtin->kind == MacroKind::Panic || builtin->kind == MacroKind::Todo;
  return diverges ? types_.never() : types_.unit();
}

// `assert_eq!(a)`: the macro's pattern fails to match, as it expands. rustc
// points at the end of the arguments and names what it was matching (the
// note's span is in std's source, which sluice does not have).
void BodyChecker::report_missing_assert_operand(NodeId call, NodeId token_tree, size_t operands,
                                                const SyntaxTree* call_tree) {
  const Node& tt = call_tree->node(token_tree);
  uint32_t close = tt.end_token - 1;
  bool trailing_comma = close > tt.first_token + 1 && call_tree->tokens[close - 1].kind == TokenKind::Comma;
  Span at = operands == 0 ? call_tree->span(call) : call_tree->token_span(close);
  Diagnostic d = make_diagnostic(DiagKind::UnexpectedEndOfMacroInvocation, at, {});
  d.with_label("missing tokens in macro arguments");
  d.with_note(operands == 0       ? "while trying to match meta-variable `$left:expr`"
              : trailing_comma    ? "while trying to match meta-variable `$right:expr`"
                                  : "while trying to match `,`");
  resolution_error(std::move(d));
}

// How `assert_eq!`'s operands, which it compares as `*left == *right`,
// relate beyond plain equality of types: std has `PartialEq` between slices
// and arrays (through as many references on each side), and none between a
// reference and a value.
BodyChecker::AssertOperands BodyChecker::relate_assert_operands(TypeId left, TypeId right) {
  TypeId l = shallow(left), r = shallow(right);
  while (types_.kind(l) == TypeKind::Ref && types_.kind(r) == TypeKind::Ref) {
    l = shallow(types_.element(l));
    r = shallow(types_.element(r));
  }
  TypeKind lk = types_.kind(l), rk = types_.kind(r);
  bool sequences = (lk == TypeKind::Slice && (rk == TypeKind::Array || rk == TypeKind::Slice)) ||
                   (rk == TypeKind::Slice && lk == TypeKind::Array);
  if (sequences && unify(types_.element(l), types_.element(r))) return AssertOperands::SequencesCompare;
  // And `&[T] == [U; N]`, `[T; N] == &[U]`: one reference more on the slice's side.
  auto slice_behind_ref = [&](TypeId t) {
    return types_.kind(t) == TypeKind::Ref && types_.kind(shallow(types_.element(t))) == TypeKind::Slice;
  };
  if ((slice_behind_ref(l) && rk == TypeKind::Array) || (slice_behind_ref(r) && lk == TypeKind::Array)) {
    TypeId slice = slice_behind_ref(l) ? shallow(types_.element(l)) : shallow(types_.element(r));
    TypeId array = slice_behind_ref(l) ? r : l;
    if (unify(types_.element(slice), types_.element(array))) return AssertOperands::SequencesCompare;
  }
  if (lk == TypeKind::Array && rk == TypeKind::Array && types_.data(l).length != types_.data(r).length &&
      unify(types_.element(l), types_.element(r))) {
    return AssertOperands::ArrayLengthsDiffer;
  }
  bool one_reference = (lk == TypeKind::Ref) != (rk == TypeKind::Ref);
  if (one_reference) {
    TypeId referent = lk == TypeKind::Ref ? shallow(types_.element(l)) : shallow(types_.element(r));
    TypeId value = lk == TypeKind::Ref ? r : l;
    if (unify(referent, value)) {
      return AssertOperands::ReferenceAndValue;
    }
  }
  return AssertOperands::Plain;
}

}  // namespace sluice
