#include "analysis/diag/diagnostic.h"

#include <algorithm>
#include <array>

namespace sluice {

namespace {
constexpr std::array<DiagKindInfo, static_cast<size_t>(DiagKind::Count)> kDiagKindInfos = {{
#define SLUICE_DIAG(name, code, level, message) {#name, code, Level::level, message},
#include "analysis/diag/kinds/all.def"
#undef SLUICE_DIAG
}};
}  // namespace

std::string_view level_name(Level level) {
  switch (level) {
    case Level::Error: return "error";
    case Level::Warning: return "warning";
    case Level::Note: return "note";
    case Level::Help: return "help";
  }
  return "error";
}

std::string_view applicability_name(Applicability a) {
  switch (a) {
    case Applicability::MachineApplicable: return "MachineApplicable";
    case Applicability::MaybeIncorrect: return "MaybeIncorrect";
    case Applicability::HasPlaceholders: return "HasPlaceholders";
    case Applicability::Unspecified: return "Unspecified";
  }
  return "Unspecified";
}

const DiagKindInfo& diag_kind_info(DiagKind kind) { return kDiagKindInfos[static_cast<size_t>(kind)]; }

std::string format_template(std::string_view message_template, std::initializer_list<std::string_view> args) {
  std::string out;
  out.reserve(message_template.size() + 16);
  for (size_t i = 0; i < message_template.size(); ++i) {
    char c = message_template[i];
    if (c == '{' && i + 2 < message_template.size() && message_template[i + 2] == '}' &&
        message_template[i + 1] >= '0' && message_template[i + 1] <= '9') {
      size_t index = static_cast<size_t>(message_template[i + 1] - '0');
      if (index < args.size()) out += *(args.begin() + index);
      i += 2;
      continue;
    }
    out += c;
  }
  return out;
}

Diagnostic make_diagnostic(DiagKind kind, Span primary, std::initializer_list<std::string_view> args) {
  const DiagKindInfo& info = diag_kind_info(kind);
  Diagnostic d;
  d.kind = kind;
  d.level = info.level;
  d.code = std::string(info.code);
  d.message = format_template(info.message_template, args);
  d.primary.span = primary;
  return d;
}

Diagnostic& Diagnostic::with_label(std::string text) {
  primary.text = std::move(text);
  return *this;
}
Diagnostic& Diagnostic::with_secondary(Span span, std::string text) {
  secondary.push_back({span, std::move(text)});
  return *this;
}
Diagnostic& Diagnostic::with_note(std::string text) {
  children.push_back({Level::Note, std::move(text), {}, std::nullopt, Applicability::Unspecified, {}});
  return *this;
}
Diagnostic& Diagnostic::with_help(std::string text) {
  children.push_back({Level::Help, std::move(text), {}, std::nullopt, Applicability::Unspecified, {}});
  return *this;
}
Diagnostic& Diagnostic::with_future_incompatibility() {
  children.push_back({Level::Warning,
                      "this was previously accepted by the compiler but is being phased out; it will become a hard "
                      "error in a future release!",
                      {}, std::nullopt, Applicability::Unspecified, {}});
  return *this;
}
Diagnostic& Diagnostic::with_note_at(Span span, std::string text) {
  children.push_back({Level::Note, std::move(text), {{span, ""}}, std::nullopt, Applicability::Unspecified, {}});
  return *this;
}
Diagnostic& Diagnostic::with_help_at(Span span, std::string text) {
  children.push_back({Level::Help, std::move(text), {{span, ""}}, std::nullopt, Applicability::Unspecified, {}});
  return *this;
}
Diagnostic& Diagnostic::with_fix(Span span, std::string replacement, std::string message, Applicability applicability,
                                 SuggestionStyle style) {
  children.push_back({Level::Help, std::move(message), {{span, ""}}, std::move(replacement), applicability, style});
  return *this;
}

void sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.primary.span.file != b.primary.span.file) return a.primary.span.file < b.primary.span.file;
    return a.primary.span.begin < b.primary.span.begin;
  });
}

DiagnosticCounts count_diagnostics(const std::vector<Diagnostic>& diagnostics) {
  DiagnosticCounts counts;
  for (const Diagnostic& d : diagnostics) {
    if (d.level == Level::Error) ++counts.errors;
    if (d.level == Level::Warning) ++counts.warnings;
  }
  return counts;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) { return d.level == Level::Error; });
}

}  // namespace sluice
