// Lints: their table, and the levels `#[allow]`, `#[warn]`, `#[deny]` and
// `#[forbid]` give them on items, modules and the crate. Phases report lint
// diagnostics at their default level; apply_lint_levels() then drops,
// keeps or raises each one for where it points, as rustc does.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/resolve/resolve.h"

namespace sluice {

enum class Lint : uint8_t {
#define SLUICE_LINT(name, rustc_name, level, group) name,
#include "analysis/lints/lint_table.def"
#undef SLUICE_LINT
  Count
};

enum class LintLevel : uint8_t { Allow, Warn, Deny, Forbid };

struct LintInfo {
  std::string_view name;
  LintLevel default_level;
  std::string_view group;
};
const LintInfo& lint_info(Lint lint);
std::optional<Lint> lint_by_name(std::string_view name);

// A lint whose level only the crate root's inner attributes set (rustc's
// lexer lints; rustc warns that an item's attribute for one is ignored).
bool is_crate_level_only(const LintInfo& info);

// True for the name of a lint or lint group rustc 1.95 knows (unknown_lints otherwise).
bool is_rustc_lint_name(std::string_view name);
// unknown_lints for `name` in a lint attribute, with rustc's "did you mean" when one is close.
Diagnostic unknown_lint(std::string_view name, Span span);

// Lint levels set by attributes in one crate. Immutable once built; shared.
class LintLevels {
 public:
  explicit LintLevels(const CrateInput& input);
  // The level of `lint` at a byte offset of a file.
  LintLevel level(FileId file, uint32_t offset, Lint lint) const;
  // Where the level of `lint` at a place comes from, as rustc explains it
  // under a lint's first diagnostic: the attribute's lint name (a lint, its
  // group or `warnings`) and the level it sets; none for the default level.
  struct Origin {
    Span name;
    std::string_view setting;
    LintLevel level = LintLevel::Warn;
  };
  std::optional<Origin> origin(FileId file, uint32_t offset, Lint lint) const;
  // What the attributes themselves get wrong: a lower level for a lint an
  // enclosing `forbid` set (E0453; forbidden_lint_groups when the forbid named its group).
  const std::vector<Diagnostic>& attribute_diagnostics() const { return attribute_diagnostics_; }

 private:
  struct Setting {
    uint32_t begin = 0, end = 0;  // byte range the attribute covers
    std::string_view name;        // a lint, a group, or "warnings"
    LintLevel level = LintLevel::Warn;
    uint32_t order = 0;           // later attributes on one item win
    Span name_span;               // the name in the attribute (maybe in a parent file)
  };
  struct FileLevels {
    FileId file;
    std::vector<Setting> settings;  // including those inherited from the `mod` declaration
  };
  const Setting* find(FileId file, uint32_t offset, const LintInfo& info) const;
  template <typename Applies>
  const Setting* innermost(FileId file, uint32_t offset, Applies applies) const;
  void check_forbidden(FileLevels& levels);
  void report_malformed_lint_arguments(const SyntaxTree& tree, std::string_view text, uint32_t first, uint32_t end);
  std::vector<FileLevels> files_;
  FileId root_file_;
  std::vector<Diagnostic> attribute_diagnostics_;
};

// Applies levels to the lint diagnostics in `diagnostics` (those whose code
// names a lint): allowed ones are removed, denied ones become errors; each
// gets rustc's notes on where its level comes from ("on by default", "the lint
// level is defined here", "implied by"), each note once per crate, unless
// `note_origins` is false: which one is first is known only once the crate's
// diagnostics are complete (root-first checking sends partial sets first).
void apply_lint_levels(std::vector<Diagnostic>& diagnostics, const LintLevels& levels, bool note_origins = true);

// Stage 1's lints (the lexer's, crate-level only) at the crate's levels, as
// apply_lint_levels() does for the later ones. Call once every file of the
// crate is in `input`.
void apply_stage1_lint_levels(std::vector<Diagnostic>& stage1, const CrateInput& input);

// rustc's has_errors_excluding_lint_errors: a denied lint does not stop the
// late lints, which any other error does.
bool has_errors_excluding_lints(const std::vector<Diagnostic>& diagnostics);

// Equal, but for those notes: a diagnostic sent in a partial set and again in
// the complete one is the same diagnostic, whether or not it is the one that
// got the notes there.
bool same_up_to_origin_note(const Diagnostic& a, const Diagnostic& b);

// "`a`", "`a` and `b`", "`a`, `b`, and `c`", as rustc lists names in lint messages.
std::string list_in_backticks(const std::vector<std::string_view>& names);

}  // namespace sluice
