#include "server/lsp/convert_diagnostics.h"

#include <algorithm>
#include <array>

namespace sluice::lsp {

namespace {

protocol::DiagnosticSeverity severity_of(Level level) {
  switch (level) {
    case Level::Error: return protocol::DiagnosticSeverity::error;
    case Level::Warning: return protocol::DiagnosticSeverity::warning;
    case Level::Note: return protocol::DiagnosticSeverity::information;
    case Level::Help: return protocol::DiagnosticSeverity::hint;
  }
  return protocol::DiagnosticSeverity::error;
}

// Lints about code that does nothing: editors show it faded.
bool marks_unnecessary_code(std::string_view code) {
  static constexpr std::array<std::string_view, 6> kLints = {
      "unused_variables", "unused_imports", "dead_code", "unused_mut", "unused_assignments", "unreachable_code"};
  return std::find(kLints.begin(), kLints.end(), code) != kLints.end();
}

bool has_place(Span span, const ConversionContext& context) {
  return !span.is_none() && span.file.index < context.sources->size();
}

protocol::Location location_of(Span span, const ConversionContext& context) {
  const SourceFile& file = context.sources->file(span.file);
  return protocol::Location{context.uri_of(file), to_range(file, span, context.encoding)};
}

// rustc's text for a child: "help: consider ...: `replacement`".
std::string child_message(const SubDiagnostic& child) {
  std::string message = std::string(level_name(child.level)) + ": " + child.message;
  if (child.replacement && !child.replacement->empty()) message += ": `" + *child.replacement + "`";
  return message;
}

}  // namespace

std::string error_index_link(std::string_view code) {
  bool rustc_code = code.size() == 5 && code[0] == 'E' &&
                    std::all_of(code.begin() + 1, code.end(), [](char c) { return c >= '0' && c <= '9'; });
  return rustc_code ? "https://doc.rust-lang.org/error_codes/" + std::string(code) + ".html" : std::string();
}

protocol::Diagnostic to_lsp(const Diagnostic& d, const ConversionContext& context) {
  protocol::Diagnostic out;
  if (has_place(d.primary.span, context)) {
    out.range = to_range(context.sources->file(d.primary.span.file), d.primary.span, context.encoding);
  }
  out.severity = severity_of(d.level);
  if (!d.code.empty()) out.code = d.code;
  std::string link = error_index_link(d.code);
  if (!link.empty()) out.codeDescription = protocol::CodeDescription{link};
  out.source = "sluice";
  out.message = d.message;
  if (!d.primary.text.empty()) out.message += "\n" + d.primary.text;
  if (marks_unnecessary_code(d.code)) out.tags.push_back(protocol::DiagnosticTag::unnecessary);
  for (const Label& label : d.secondary) {
    if (!has_place(label.span, context)) continue;
    out.relatedInformation.push_back({location_of(label.span, context), label.text.empty() ? d.message : label.text});
  }
  for (const SubDiagnostic& child : d.children) {
    bool placed = false;
    for (const Label& label : child.spans) {
      if (!has_place(label.span, context)) continue;
      out.relatedInformation.push_back({location_of(label.span, context), child_message(child)});
      placed = true;
    }
    // A note without a place reads as part of the message, as rustc prints it.
    if (!placed) out.message += "\n" + child_message(child);
  }
  return out;
}

}  // namespace sluice::lsp
