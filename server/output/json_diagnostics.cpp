#include "server/output/json_diagnostics.h"

#include <algorithm>

#include "analysis/diag/render_human.h"

namespace sluice {

namespace {

using ordered_json = nlohmann::ordered_json;

uint32_t chars_in(std::string_view text) {
  uint32_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

struct JsonPosition {
  uint32_t line = 0;    // zero-based
  uint32_t column = 0;  // zero-based, in code points
};

// rustc's line table has no line after a file's final newline: the very end
// of such a file is on the last line, one column past its newline.
JsonPosition position_of(const SourceFile& file, uint32_t offset) {
  std::string_view text = file.text();
  if (offset >= text.size() && text.ends_with('\n') && file.line_count() >= 1) {
    uint32_t line = file.line_count() - 1;
    return {line, chars_in(file.line_text(line)) + 1};
  }
  return {file.line_column(offset).line, file.char_column(offset)};
}

// rustc's "text" array: every line the span touches, whole, with the
// highlighted part as 1-based character columns.
ordered_json span_text(const SourceFile& file, Span span) {
  JsonPosition lo = position_of(file, span.begin);
  JsonPosition hi = position_of(file, span.end);
  ordered_json lines = ordered_json::array();
  for (uint32_t line = lo.line; line <= hi.line; ++line) {
    std::string_view text = file.line_text(line);
    uint32_t start = line == lo.line ? lo.column + 1 : 1;
    uint32_t end = line == hi.line ? hi.column + 1 : chars_in(text) + 1;
    lines.push_back({{"text", std::string(text)}, {"highlight_start", start}, {"highlight_end", end}});
  }
  return lines;
}

struct SpanEntry {
  Span span;
  bool is_primary = false;
  std::optional<std::string> label;
  std::optional<std::string> replacement;
  std::optional<Applicability> applicability;
};

ordered_json span_json(const SourceMap& sources, const SpanEntry& entry) {
  const SourceFile& file = sources.file(entry.span.file);
  JsonPosition lo = position_of(file, entry.span.begin);
  JsonPosition hi = position_of(file, entry.span.end);
  ordered_json j;
  j["file_name"] = file.path();
  j["byte_start"] = entry.span.begin;
  j["byte_end"] = entry.span.end;
  j["line_start"] = lo.line + 1;
  j["line_end"] = hi.line + 1;
  j["column_start"] = lo.column + 1;
  j["column_end"] = hi.column + 1;
  j["is_primary"] = entry.is_primary;
  j["text"] = span_text(file, entry.span);
  j["label"] = entry.label ? ordered_json(*entry.label) : ordered_json(nullptr);
  j["suggested_replacement"] = entry.replacement ? ordered_json(*entry.replacement) : ordered_json(nullptr);
  j["suggestion_applicability"] =
      entry.applicability ? ordered_json(std::string(applicability_name(*entry.applicability))) : ordered_json(nullptr);
  j["expansion"] = nullptr;
  return j;
}

// rustc lists labelled spans in the order they were added, then a primary
// span without a label (its label is null). Secondary labels are strings,
// possibly empty.
ordered_json labelled_spans_json(const SourceMap& sources, const Label& primary, const Label* secondaries,
                                 size_t secondary_count) {
  ordered_json spans = ordered_json::array();
  bool has_primary = !primary.span.is_none();
  if (has_primary && !primary.text.empty())
    spans.push_back(span_json(sources, {primary.span, true, primary.text, std::nullopt, std::nullopt}));
  // A secondary drawn as primary and without a label is one more unlabelled primary span.
  auto extra_primary = [](const Label& l) { return l.primary && l.text.empty(); };
  for (size_t i = 0; i < secondary_count; ++i) {
    const Label& l = secondaries[i];
    if (l.span.is_none()) continue;
    if (!extra_primary(l)) spans.push_back(span_json(sources, {l.span, l.primary, l.text, std::nullopt, std::nullopt}));
  }
  if (has_primary && primary.text.empty())
    spans.push_back(span_json(sources, {primary.span, true, std::nullopt, std::nullopt, std::nullopt}));
  for (size_t i = 0; i < secondary_count; ++i) {
    const Label& l = secondaries[i];
    if (l.span.is_none()) continue;
    if (extra_primary(l)) spans.push_back(span_json(sources, {l.span, true, std::nullopt, std::nullopt, std::nullopt}));
  }
  return spans;
}

ordered_json child_json(const SourceMap& sources, const SubDiagnostic& child) {
  ordered_json j;
  j["message"] = child.message;
  j["code"] = nullptr;
  j["level"] = std::string(level_name(child.level));
  if (child.replacement) {
    ordered_json spans = ordered_json::array();
    for (const Label& l : child.spans) {
      if (l.span.is_none()) continue;  // a checker's bug: no location to name
      const std::string& replacement = l.text.empty() ? *child.replacement : l.text;
      spans.push_back(span_json(sources, {l.span, true, std::nullopt, replacement, child.applicability}));
    }
    j["spans"] = spans;
  } else if (child.spans.empty()) {
    j["spans"] = ordered_json::array();
  } else {
    j["spans"] = labelled_spans_json(sources, child.spans.front(), child.spans.data() + 1, child.spans.size() - 1);
  }
  j["children"] = ordered_json::array();
  j["rendered"] = nullptr;
  return j;
}

}  // namespace

ordered_json rustc_json(const Diagnostic& diagnostic, const SourceMap& sources, const std::string& rendered) {
  ordered_json j;
  j["$message_type"] = "diagnostic";
  j["message"] = diagnostic.message;
  if (diagnostic.code.empty()) {
    j["code"] = nullptr;
  } else {
    j["code"] = {{"code", diagnostic.code}, {"explanation", nullptr}};
  }
  j["level"] = std::string(level_name(diagnostic.level));
  j["spans"] =
      labelled_spans_json(sources, diagnostic.primary, diagnostic.secondary.data(), diagnostic.secondary.size());
  // Suggestions come after the notes and helps, as in rustc.
  ordered_json children = ordered_json::array();
  for (const SubDiagnostic& child : diagnostic.children) {
    if (!child.replacement) children.push_back(child_json(sources, child));
  }
  for (const SubDiagnostic& child : diagnostic.children) {
    if (child.replacement) children.push_back(child_json(sources, child));
  }
  j["children"] = children;
  j["rendered"] = rendered;
  return j;
}

ordered_json rustc_json_message(std::string_view level, const std::string& message, const std::string& rendered) {
  ordered_json j;
  j["$message_type"] = "diagnostic";
  j["message"] = message;
  j["code"] = nullptr;
  j["level"] = std::string(level);
  j["spans"] = ordered_json::array();
  j["children"] = ordered_json::array();
  j["rendered"] = rendered;
  return j;
}

std::string cargo_package_id(const CargoTargetInfo& target) {
  std::string dir = target.package_dir;
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  std::string base = dir.substr(dir.find_last_of('/') + 1);
  std::string fragment =
      base == target.package_name ? target.package_version : target.package_name + "@" + target.package_version;
  return "path+file://" + dir + "#" + fragment;
}

ordered_json cargo_target_json(const CargoTargetInfo& target) {
  std::string kind = target.kind == CargoTargetKind::Lib ? "lib" : "bin";
  ordered_json j;
  j["kind"] = ordered_json::array({kind});
  j["crate_types"] = ordered_json::array({kind});
  j["name"] = target.target_name;
  j["src_path"] = target.src_path;
  j["edition"] = target.edition;
  j["doc"] = true;
  j["doctest"] = target.kind == CargoTargetKind::Lib;
  j["test"] = true;
  return j;
}

namespace {

// A copy of `value` whose objects list their keys in byte order, as a
// std::map writes them. Our messages nest a few levels (spans, their macro
// expansions); past the bound a value is copied as it is.
ordered_json with_sorted_keys(const ordered_json& value, int depth = 0) {
  constexpr int kMaxDepth = 64;
  if (depth > kMaxDepth || !value.is_structured()) return value;
  if (value.is_array()) {
    ordered_json array = ordered_json::array();
    for (const ordered_json& element : value) array.push_back(with_sorted_keys(element, depth + 1));
    return array;
  }
  std::vector<const std::string*> keys;
  for (auto it = value.begin(); it != value.end(); ++it) keys.push_back(&it.key());
  std::sort(keys.begin(), keys.end(), [](const std::string* a, const std::string* b) { return *a < *b; });
  ordered_json object = ordered_json::object();
  for (const std::string* key : keys) object[*key] = with_sorted_keys(value.at(*key), depth + 1);
  return object;
}

}  // namespace

std::string cargo_compiler_message_line(const CargoTargetInfo& target, const ordered_json& rustc_message) {
  // Cargo reads rustc's message into a map and writes it back: "rendered"
  // first, the other keys sorted (nested objects too), "code" last.
  ordered_json message;
  message["rendered"] = rustc_message.value("rendered", ordered_json(nullptr));
  ordered_json sorted = with_sorted_keys(rustc_message);
  for (auto it = sorted.begin(); it != sorted.end(); ++it) {
    if (it.key() != "rendered" && it.key() != "code") message[it.key()] = it.value();
  }
  message["code"] = sorted.value("code", ordered_json(nullptr));

  ordered_json line;
  line["reason"] = "compiler-message";
  line["package_id"] = cargo_package_id(target);
  line["manifest_path"] = target.manifest_path;
  line["target"] = cargo_target_json(target);
  line["message"] = message;
  return line.dump();
}

std::string cargo_build_finished_line(bool success) {
  ordered_json line;
  line["reason"] = "build-finished";
  line["success"] = success;
  return line.dump();
}

std::string cargo_json_lines(const CargoTargetInfo& target, const std::vector<Diagnostic>& diagnostics,
                             const SourceMap& sources, bool color) {
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    std::string rendered = render_human(d, sources, {.color = color});
    out += cargo_compiler_message_line(target, rustc_json(d, sources, rendered)) + "\n";
  }
  std::vector<std::string> lines = rustc_explain_lines(explained_codes(diagnostics));
  for (const std::string& text : lines) {
    std::string rendered = color ? "\x1b[1m" + text + "\x1b[0m\n" : text + "\n";
    out += cargo_compiler_message_line(target, rustc_json_message("failure-note", text, rendered)) + "\n";
  }
  return out;
}

}  // namespace sluice
