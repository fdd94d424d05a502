// Diagnostics are values (STYLE.md habit 4). Every kind is declared once, in
// the tables under analysis/diag/kinds/, with its rustc code, level and message
// template; a phase makes one with make_diagnostic() and attaches labels,
// notes and suggested fixes where it knows them. Renderers (rustc-style text
// here, cargo JSON and LSP in server/) only read these values.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/source/source.h"

namespace sluice {

enum class Level : uint8_t { Error, Warning, Note, Help };
std::string_view level_name(Level level);  // "error", "warning", ...

enum class DiagKind : uint16_t {
#define SLUICE_DIAG(name, code, level, message) name,
#include "analysis/diag/kinds/all.def"
#undef SLUICE_DIAG
  Count
};

struct DiagKindInfo {
  std::string_view name;
  std::string_view code;  // "E0765", "S0001", or "" when rustc gives none
  Level level;
  std::string_view message_template;  // "{0}", "{1}" stand for the arguments
};
const DiagKindInfo& diag_kind_info(DiagKind kind);

// rustc's suggestion applicability, carried into JSON and LSP code actions.
enum class Applicability : uint8_t { MachineApplicable, MaybeIncorrect, HasPlaceholders, Unspecified };
std::string_view applicability_name(Applicability a);

// How rustc draws a suggestion in text (JSON always carries it): as a
// `help: msg: `code`` label when short (ShowCode), as a `help: msg` label
// (HideCodeInline, rustc's span_suggestion_short), always as a separate
// snippet (ShowAlways, span_suggestion_verbose), as a plain `= help: msg`
// line after the notes (HideCodeAlways), or not at all (CompletelyHidden,
// rustc's tool_only suggestions). The values are stored in interface files:
// append, never renumber.
enum class SuggestionStyle : uint8_t { ShowCode, HideCodeInline, ShowAlways, CompletelyHidden, HideCodeAlways };

struct Label {
  Span span;
  // May be empty. In a suggestion's spans, a non-empty text is that part's
  // own replacement (the others take the suggestion's `replacement`).
  std::string text;
  // A secondary span drawn as primary too (`^`): rustc's diagnostics with
  // several primary spans, like unused_parens' two parentheses.
  bool primary = false;
  // A place rustc's text does not show (its dummy span: the start of the
  // crate's first file), though its JSON still names it.
  bool hidden = false;
  bool operator==(const Label&) const = default;
};

// A `note:`/`help:` attached to a diagnostic. With `replacement` set it is a
// suggested fix: replace each span's text with it.
struct SubDiagnostic {
  Level level = Level::Note;
  std::string message;
  std::vector<Label> spans;
  std::optional<std::string> replacement;
  Applicability applicability = Applicability::Unspecified;
  SuggestionStyle style = SuggestionStyle::ShowCode;
  bool operator==(const SubDiagnostic&) const = default;
};

struct Diagnostic {
  DiagKind kind = DiagKind::Count;
  Level level = Level::Error;
  std::string code;
  std::string message;
  Label primary;  // span may be none for diagnostics about no place
  std::vector<Label> secondary;
  std::vector<SubDiagnostic> children;

  bool operator==(const Diagnostic&) const = default;
  Diagnostic& with_label(std::string text);
  Diagnostic& with_secondary(Span span, std::string text);
  Diagnostic& with_note(std::string text);
  Diagnostic& with_help(std::string text);
  // rustc's `= warning: this was previously accepted by the compiler but is being phased out; ...`.
  Diagnostic& with_future_incompatibility();
  Diagnostic& with_note_at(Span span, std::string text);
  Diagnostic& with_help_at(Span span, std::string text);
  Diagnostic& with_fix(Span span, std::string replacement, std::string message,
                       Applicability applicability = Applicability::MachineApplicable,
                       SuggestionStyle style = SuggestionStyle::ShowCode);
};

// Fills code, level and message from the kind's table entry.
Diagnostic make_diagnostic(DiagKind kind, Span primary, std::initializer_list<std::string_view> args = {});
std::string format_template(std::string_view message_template, std::initializer_list<std::string_view> args);

// Orders by file, then offset, then insertion (stable): the order rustc prints.
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

struct DiagnosticCounts {
  uint32_t errors = 0;
  uint32_t warnings = 0;
};
DiagnosticCounts count_diagnostics(const std::vector<Diagnostic>& diagnostics);
bool has_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace sluice
