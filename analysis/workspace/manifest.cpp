// Reading one Cargo.toml. toml++ does the TOML; this file maps its tables to
// Manifest values and gives each problem cargo's message and span.
//
// toml++ is the system's shared library, built with exceptions, so its parse
// errors arrive as toml::parse_error. They are caught in read_toml() and never
// leave this file (no exceptions across phase boundaries).
#include "analysis/workspace/manifest.h"

#include <toml++/toml.h>

#include <algorithm>
#include <charconv>

namespace sluice::manifest {

namespace {

// toml++ recurses on dotted keys and table headers without a bound (a header
// `[a.a.a...]` 40,000 deep overflows an 8 MiB stack; 20,000 does not), while
// it stops nested arrays and inline tables itself at 256. A key needs one
// '.' per level and cannot span lines, so bounding the dots outside strings
// and comments on each line bounds the depth. Guarded by the
// "deeply nested dotted keys" test.
constexpr uint32_t kMaxDotsPerLine = 256;

// The first line whose dot count is over the limit, or nothing.
std::optional<uint32_t> find_overdeep_line(std::string_view text) {
  uint32_t line = 0, dots = 0;
  char quote = 0;  // the quote of the string we are in, or 0
  bool comment = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      ++line, dots = 0, comment = false;
      // Multi-line strings continue; single-line ones are TOML errors anyway.
      continue;
    }
    if (comment) continue;
    if (quote != 0) {
      if (c == '\\' && quote == '"') ++i;
      else if (c == quote) quote = 0;
      continue;
    }
    if (c == '"' || c == '\'') quote = c;
    else if (c == '#') comment = true;
    else if (c == '.' && ++dots > kMaxDotsPerLine) return line;
  }
  return std::nullopt;
}

// toml++ positions are 1-based lines and columns counted in code points; a
// leading byte-order mark is skipped and not counted.
uint32_t offset_of(const SourceFile& file, const toml::source_position& position) {
  if (position.line == 0 || file.line_count() == 0) return 0;
  uint32_t line = std::min<uint32_t>(position.line - 1, file.line_count() - 1);
  uint32_t offset = file.line_start(line);
  std::string_view text = file.text();
  if (line == 0 && text.substr(0, 3) == "\xEF\xBB\xBF") offset += 3;
  std::string_view line_text = file.line_text(line);
  uint32_t line_end = file.line_start(line) + static_cast<uint32_t>(line_text.size());
  for (uint32_t column = 1; column < position.column && offset < line_end; ++column) {
    ++offset;
    while (offset < line_end && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) ++offset;
  }
  return offset;
}

Span span_of(const SourceFile& file, const toml::source_region& region) {
  if (region.begin.line == 0) return Span{file.id(), 0, 0};
  uint32_t begin = offset_of(file, region.begin);
  uint32_t end = region.end.line == 0 ? begin : offset_of(file, region.end);
  return Span{file.id(), begin, std::max(begin, end)};
}

Span join_spans(Span a, Span b) { return Span{a.file, std::min(a.begin, b.begin), std::max(a.end, b.end)}; }

std::string format_float(double value) {
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

// How serde names an unexpected value in "invalid type: ..., expected ...".
std::string describe_value(const toml::node& node) {
  if (auto* s = node.as_string()) return "string \"" + s->get() + "\"";
  if (auto* i = node.as_integer()) return "integer `" + std::to_string(i->get()) + "`";
  if (auto* f = node.as_floating_point()) return "floating point `" + format_float(f->get()) + "`";
  if (auto* b = node.as_boolean()) return std::string("boolean `") + (b->get() ? "true" : "false") + "`";
  if (node.is_array()) return "sequence";
  return "map";  // tables, and dates (which toml deserialises as maps)
}

// The parse errors cargo's TOML parser words differently, in cargo's words.
std::string cargo_syntax_message(std::string_view description) {
  // toml++ says "Error while parsing <what>: <detail>"; the detail is the news.
  std::string_view detail = description;
  if (detail.starts_with("Error while parsing ")) {
    size_t colon = detail.find(": ");
    if (colon != std::string_view::npos) detail.remove_prefix(colon + 2);
  }
  if (detail.starts_with("expected '=', saw")) return "key with no value, expected `=`";
  if (detail.starts_with("cannot redefine existing")) return "duplicate key";
  if (detail.starts_with("expected ']', saw")) return "unclosed table, expected `]`";
  if (detail.starts_with("could not determine value type")) return "string values must be quoted, expected literal string";
  if (detail.starts_with("unescaped control characters") || detail.starts_with("encountered end-of-file"))
    return "invalid basic string, expected `\"`";
  return std::string(detail);
}

class ManifestReader {
 public:
  ManifestReader(const SourceFile& file, Manifest& out) : file_(file), out_(out) {}

  void read(const toml::table& root);

 private:
  Span span(const toml::node& node) const { return span_of(file_, node.source()); }
  Span span(const toml::key& key) const { return span_of(file_, key.source()); }
  void invalid_type(const toml::node& node, std::string_view expected) {
    out_.diagnostics.push_back(make_diagnostic(DiagKind::ManifestInvalidType, span(node),
                                               {describe_value(node), expected}));
  }
  std::optional<StringField> read_string(const toml::node& node, std::string_view expected = "a string");
  std::optional<bool> read_bool(const toml::table& table, std::string_view key);
  bool inherits_from_workspace(const toml::node& node);

  void read_package(const toml::node& node);
  void read_package_name(const toml::table& package);
  void read_package_version(const toml::table& package);
  void read_package_edition(const toml::table& package);
  std::optional<Edition> read_edition(const toml::node& node);
  std::optional<TargetEntry> read_target(const toml::node& node);
  void read_targets(const toml::table& root);
  std::vector<DependencyEntry> read_dependency_table(const toml::node& node);
  std::optional<DependencyEntry> read_dependency(const toml::key& key, const toml::node& value);
  void read_workspace(const toml::node& node);
  std::vector<StringField> read_string_list(const toml::node& node);

  const SourceFile& file_;
  Manifest& out_;
};

std::optional<StringField> ManifestReader::read_string(const toml::node& node, std::string_view expected) {
  if (auto* s = node.as_string()) return StringField{s->get(), span(node)};
  invalid_type(node, expected);
  return std::nullopt;
}

std::optional<bool> ManifestReader::read_bool(const toml::table& table, std::string_view key) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return std::nullopt;
  if (auto* b = node->as_boolean()) return b->get();
  invalid_type(*node, "a boolean");
  return std::nullopt;
}

// `edition.workspace = true` / `version = { workspace = true }`.
bool ManifestReader::inherits_from_workspace(const toml::node& node) {
  const toml::table* table = node.as_table();
  if (table == nullptr) return false;
  const toml::node* flag = table->get("workspace");
  return flag != nullptr && flag->as_boolean() != nullptr && flag->as_boolean()->get();
}

void ManifestReader::read(const toml::table& root) {
  if (const toml::node* package = root.get("package")) read_package(*package);
  if (const toml::node* workspace = root.get("workspace")) read_workspace(*workspace);
  if (!out_.has_package && root.get("package") == nullptr && root.get("workspace") == nullptr) {
    out_.diagnostics.push_back(make_diagnostic(DiagKind::ManifestNotPackageOrWorkspace, Span{file_.id(), 0, 0}));
  }
  if (out_.has_package) read_targets(root);
  if (const toml::node* dependencies = root.get("dependencies")) out_.dependencies = read_dependency_table(*dependencies);
  // Platform-specific dependencies would need cfg evaluation: name them, skip them.
  if (const toml::table* targets = root.get_as<toml::table>("target")) {
    for (auto&& [platform, table] : *targets) {
      if (table.as_table() != nullptr && table.as_table()->get("dependencies") != nullptr) {
        out_.diagnostics.push_back(make_diagnostic(
            DiagKind::Unsupported, span(platform),
            {"the platform-specific dependency table `target." + std::string(platform.str()) + ".dependencies`"}));
      }
    }
  }
  // [dev-dependencies] and [build-dependencies] are for tests and build
  // scripts, which sluice does not run: ignored quietly.
}

void ManifestReader::read_package(const toml::node& node) {
  const toml::table* package = node.as_table();
  if (package == nullptr) {
    invalid_type(node, "struct TomlPackage");
    return;
  }
  out_.package_span = span(node);
  read_package_name(*package);
  read_package_version(*package);
  read_package_edition(*package);
  if (auto autolib = read_bool(*package, "autolib")) out_.autolib = *autolib;
  if (auto autobins = read_bool(*package, "autobins")) out_.autobins = *autobins;
}

void ManifestReader::read_package_name(const toml::table& package) {
  const toml::node* name = package.get("name");
  if (name == nullptr) {
    // cargo: "failed to parse manifest at `...`" / "Caused by: missing field `package.name`", with no span.
    Diagnostic d = make_diagnostic(DiagKind::ManifestMissingField, out_.package_span, {"package.name"});
    out_.diagnostics.push_back(std::move(d));
    return;
  }
  std::optional<StringField> field = read_string(*name);
  if (!field) return;
  if (auto problem = check_package_name(field->value, field->span)) {
    out_.diagnostics.push_back(std::move(*problem));
    return;
  }
  out_.name = std::move(*field);
  out_.has_package = true;
}

void ManifestReader::read_package_version(const toml::table& package) {
  const toml::node* version = package.get("version");
  if (version == nullptr) return;
  if (inherits_from_workspace(*version)) {
    out_.version_from_workspace = true;
    return;
  }
  std::optional<StringField> field = read_string(*version, "SemVer version");
  if (!field) return;
  if (auto problem = check_version(field->value)) {
    out_.diagnostics.push_back(make_diagnostic(DiagKind::InvalidVersion, field->span, {*problem}));
    return;
  }
  size_t first = field->value.find_first_not_of(" \t\n\r");
  size_t last = field->value.find_last_not_of(" \t\n\r");
  out_.version = field->value.substr(first, last - first + 1);
}

std::optional<Edition> ManifestReader::read_edition(const toml::node& node) {
  std::optional<StringField> field = read_string(node, "a string or workspace");
  if (!field) return std::nullopt;
  Edition edition;
  if (parse_edition(field->value, edition)) return edition;
  Diagnostic d = make_diagnostic(DiagKind::UnknownEdition, field->span, {field->value});
  d.with_note("failed to parse the `edition` key");
  out_.diagnostics.push_back(std::move(d));
  return std::nullopt;
}

void ManifestReader::read_package_edition(const toml::table& package) {
  const toml::node* edition = package.get("edition");
  if (edition == nullptr) return;
  if (inherits_from_workspace(*edition)) {
    out_.edition_from_workspace = true;
    out_.edition_set = true;
    return;
  }
  if (auto value = read_edition(*edition)) {
    out_.edition = *value;
    out_.edition_set = true;
  } else {
    out_.edition_set = true;  // already diagnosed: no second warning about a missing edition
  }
}

std::optional<TargetEntry> ManifestReader::read_target(const toml::node& node) {
  const toml::table* table = node.as_table();
  if (table == nullptr) {
    invalid_type(node, "struct TomlTarget");
    return std::nullopt;
  }
  TargetEntry target;
  target.span = span(node);
  if (const toml::node* name = table->get("name")) target.name = read_string(*name);
  if (const toml::node* path = table->get("path")) target.path = read_string(*path);
  if (const toml::node* edition = table->get("edition")) target.edition = read_edition(*edition);
  return target;
}

void ManifestReader::read_targets(const toml::table& root) {
  if (const toml::node* lib = root.get("lib")) out_.lib = read_target(*lib);
  const toml::node* bins = root.get("bin");
  if (bins == nullptr) return;
  const toml::array* array = bins->as_array();
  if (array == nullptr) {
    invalid_type(*bins, "a sequence");
    return;
  }
  for (const toml::node& bin : *array) {
    if (auto target = read_target(bin)) out_.bins.push_back(std::move(*target));
  }
}

std::vector<DependencyEntry> ManifestReader::read_dependency_table(const toml::node& node) {
  std::vector<DependencyEntry> entries;
  const toml::table* table = node.as_table();
  if (table == nullptr) {
    invalid_type(node, "a map");
    return entries;
  }
  for (auto&& [key, value] : *table) {
    if (auto entry = read_dependency(key, value)) entries.push_back(std::move(*entry));
  }
  // toml++ keeps keys sorted; source order makes the diagnostics read top-down.
  std::sort(entries.begin(), entries.end(), [](const DependencyEntry& a, const DependencyEntry& b) {
    return a.key.span.begin < b.key.span.begin;
  });
  return entries;
}

std::optional<DependencyEntry> ManifestReader::read_dependency(const toml::key& key, const toml::node& value) {
  DependencyEntry entry;
  entry.key = StringField{std::string(key.str()), span(key)};
  entry.entry_span = join_spans(span(key), span(value));
  if (value.is_string()) {
    entry.source = DependencySource::Registry;
    return entry;
  }
  const toml::table* detail = value.as_table();
  if (detail == nullptr) {
    invalid_type(value, "a version string like \"0.9.8\" or a detailed dependency like { version = \"0.9.8\" }");
    return std::nullopt;
  }
  if (const toml::node* path = detail->get("path")) {
    entry.path = read_string(*path);
    if (!entry.path) return std::nullopt;
  }
  if (const toml::node* package = detail->get("package")) {
    entry.package = read_string(*package);
    if (!entry.package) return std::nullopt;
  }
  if (entry.path) entry.source = DependencySource::Path;
  else if (detail->get("git") != nullptr) entry.source = DependencySource::Git;
  else if (inherits_from_workspace(value)) entry.source = DependencySource::Workspace;
  else if (detail->get("version") != nullptr || detail->get("registry") != nullptr) entry.source = DependencySource::Registry;
  else entry.source = DependencySource::Missing;
  return entry;
}

std::vector<StringField> ManifestReader::read_string_list(const toml::node& node) {
  std::vector<StringField> list;
  const toml::array* array = node.as_array();
  if (array == nullptr) {
    invalid_type(node, "a sequence");
    return list;
  }
  for (const toml::node& element : *array) {
    if (auto field = read_string(element)) list.push_back(std::move(*field));
  }
  return list;
}

void ManifestReader::read_workspace(const toml::node& node) {
  const toml::table* workspace = node.as_table();
  if (workspace == nullptr) {
    invalid_type(node, "struct TomlWorkspace");
    return;
  }
  out_.has_workspace = true;
  out_.workspace_span = span(node);
  if (const toml::node* members = workspace->get("members")) {
    out_.has_members = true;
    out_.members = read_string_list(*members);
  }
  if (const toml::node* exclude = workspace->get("exclude")) out_.exclude = read_string_list(*exclude);
  if (const toml::table* package = workspace->get_as<toml::table>("package")) {
    if (const toml::node* edition = package->get("edition")) out_.workspace_edition = read_edition(*edition);
    if (const toml::node* version = package->get("version")) {
      if (auto field = read_string(*version, "SemVer version")) out_.workspace_version = field->value;
    }
  }
  if (const toml::node* dependencies = workspace->get("dependencies")) {
    out_.workspace_dependencies = read_dependency_table(*dependencies);
  }
}

// Parses the text; on a syntax error adds the diagnostic and returns nothing.
std::optional<toml::table> read_toml(const SourceFile& file, std::vector<Diagnostic>& diagnostics) {
  if (auto line = find_overdeep_line(file.text())) {
    uint32_t begin = file.line_start(*line);
    Span span{file.id(), begin, begin + static_cast<uint32_t>(file.line_text(*line).size())};
    diagnostics.push_back(make_diagnostic(DiagKind::NestingTooDeep, span, {std::to_string(kMaxDotsPerLine)}));
    return std::nullopt;
  }
  try {
    return toml::parse(file.text(), std::string_view(file.path()));
  } catch (const toml::parse_error& error) {
    toml::source_region region = error.source();
    region.end = region.begin;
    Span span = span_of(file, region);
    // cargo points at one character; at a line's end that is an empty span
    // (a span over the newline would draw as one running into the next line).
    char at = span.begin < file.size() ? file.text()[span.begin] : '\n';
    if (at != '\n' && at != '\r') span.end = span.begin + 1;
    diagnostics.push_back(
        make_diagnostic(DiagKind::ManifestSyntax, span, {cargo_syntax_message(error.description())}));
    return std::nullopt;
  }
}

}  // namespace

Manifest parse_manifest(const SourceFile& file) {
  Manifest manifest;
  manifest.package_span = Span{file.id(), 0, 0};
  std::optional<toml::table> root = read_toml(file, manifest.diagnostics);
  if (!root) return manifest;
  manifest.parsed = true;
  ManifestReader(file, manifest).read(*root);
  return manifest;
}

namespace {

// Decodes one UTF-8 code point at `i` and advances past it; invalid bytes
// decode as U+FFFD one at a time (manifests are valid UTF-8 by the time
// names are checked, since toml++ rejects anything else).
char32_t next_code_point(std::string_view text, size_t& i) {
  unsigned char lead = static_cast<unsigned char>(text[i++]);
  if (lead < 0x80) return lead;
  int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
  if (extra == 0) return 0xFFFD;
  char32_t value = lead & (0x3F >> extra);
  for (int k = 0; k < extra && i < text.size(); ++k) value = (value << 6) | (static_cast<unsigned char>(text[i++]) & 0x3F);
  return value;
}

std::string encode_utf8(char32_t c) {
  std::string out;
  append_utf8(out, c);
  return out;
}

// Unicode XID without the tables: exact for ASCII; outside ASCII, the big
// blocks of punctuation, symbols and emoji are refused and the rest (letters
// of every script, mostly) accepted. Close enough for package names, where
// non-ASCII is rare; a precise table would belong to the lexer's XID code.
bool is_non_ascii_symbol(char32_t c) {
  return (c >= 0x80 && c <= 0xBF && c != 0xAA && c != 0xB5 && c != 0xBA) || c == 0xD7 || c == 0xF7 ||
         (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE00 && c <= 0xFE6F) ||
         (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0x1F000 && c <= 0x1FAFF) || c == 0xFFFD;
}
bool is_xid_start(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return !is_non_ascii_symbol(c);
}
bool is_xid_continue(char32_t c) {
  if (c < 0x80) return is_xid_start(c) || (c >= '0' && c <= '9') || c == '_';
  return !is_non_ascii_symbol(c);
}

}  // namespace

// cargo 1.95 (see the "invalid package names" test for the outputs):
//   error: invalid character `1` in package name: `1abc`, the name cannot start with a digit
std::optional<Diagnostic> check_package_name(std::string_view name, Span span) {
  if (name.empty()) return make_diagnostic(DiagKind::PackageNameEmpty, span);
  size_t i = 0;
  bool first = true;
  while (i < name.size()) {
    char32_t c = next_code_point(name, i);
    std::string_view reason;
    if (first && c >= '0' && c <= '9') reason = "the name cannot start with a digit";
    else if (first && !is_xid_start(c) && c != '_')
      reason = "the first character must be a Unicode XID start character (most letters or `_`)";
    else if (!first && !is_xid_continue(c) && c != '-')
      reason = "characters must be Unicode XID characters (numbers, `-`, `_`, or most letters)";
    first = false;
    if (reason.empty()) continue;
    return make_diagnostic(DiagKind::PackageNameInvalidCharacter, span, {encode_utf8(c), name, reason});
  }
  return std::nullopt;
}

namespace {

// A small semver reader that fails where the semver crate fails, with its words.
class VersionChecker {
 public:
  explicit VersionChecker(std::string_view text) : text_(text) {}

  std::optional<std::string> check() {
    if (text_.empty()) return "empty string, expected a semver version";
    if (auto e = number("major")) return e;
    if (auto e = dot("major")) return e;
    if (auto e = number("minor")) return e;
    if (auto e = dot("minor")) return e;
    if (auto e = number("patch")) return e;
    std::string_view after = "patch version number";
    if (peek() == '-') {
      ++i_;
      if (auto e = identifier("pre-release identifier", true)) return e;
      after = "pre-release identifier";
    }
    if (peek() == '+') {
      ++i_;
      if (auto e = identifier("build metadata", false)) return e;
      after = "build metadata";
    }
    if (i_ < text_.size()) return unexpected_after(after);
    return std::nullopt;
  }

 private:
  char peek() const { return i_ < text_.size() ? text_[i_] : '\0'; }
  static bool is_digit(char c) { return c >= '0' && c <= '9'; }
  std::string unexpected_after(std::string_view what) const {
    return "unexpected character '" + std::string(1, text_[i_]) + "' after " + std::string(what);
  }

  std::optional<std::string> number(std::string_view component) {
    std::string what = std::string(component) + " version number";
    if (i_ >= text_.size()) return "unexpected end of input while parsing " + what;
    if (!is_digit(text_[i_])) return "unexpected character '" + std::string(1, text_[i_]) + "' while parsing " + what;
    size_t start = i_;
    unsigned __int128 value = 0;
    while (i_ < text_.size() && is_digit(text_[i_])) {
      value = value * 10 + static_cast<unsigned>(text_[i_++] - '0');
      if (value > UINT64_MAX) return "value of " + what + " exceeds u64::MAX";
    }
    if (i_ - start > 1 && text_[start] == '0') return "invalid leading zero in " + what;
    return std::nullopt;
  }

  std::optional<std::string> dot(std::string_view component) {
    std::string what = std::string(component) + " version number";
    if (i_ >= text_.size()) return "unexpected end of input while parsing " + what;
    if (text_[i_] != '.') return unexpected_after(what);
    ++i_;
    return std::nullopt;
  }

  static bool is_identifier_char(char c) {
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
  }

  std::optional<std::string> identifier(std::string_view what, bool numeric_segments_need_no_leading_zero) {
    while (true) {
      size_t start = i_;
      bool all_digits = true;
      while (i_ < text_.size() && is_identifier_char(text_[i_])) all_digits &= is_digit(text_[i_++]);
      if (i_ == start) return "empty identifier segment in " + std::string(what);
      if (numeric_segments_need_no_leading_zero && all_digits && i_ - start > 1 && text_[start] == '0')
        return "invalid leading zero in " + std::string(what);
      if (peek() != '.') return std::nullopt;
      ++i_;
    }
  }

  std::string_view text_;
  size_t i_ = 0;
};

}  // namespace

std::optional<std::string> check_version(std::string_view version) {
  // cargo trims surrounding whitespace before parsing (" 1.0.0" is accepted).
  size_t first = version.find_first_not_of(" \t\n\r");
  if (first == std::string_view::npos) return VersionChecker("").check();
  size_t last = version.find_last_not_of(" \t\n\r");
  return VersionChecker(version.substr(first, last - first + 1)).check();
}

}  // namespace sluice::manifest
