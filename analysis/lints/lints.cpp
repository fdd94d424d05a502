#include "analysis/lints/lints.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <unordered_map>

#include "analysis/diag/similar_names.h"


namespace sluice {

// A statement `#[attr] x = 1;` whose expression is an operator's: the
// attribute is the expression's, which rustc gates (E0658, reported by the
// parser) and does not apply.
static bool on_operator_statement(const SyntaxTree& tree, NodeId owner) {
  if (tree.kind(owner) != NodeKind::ExprStmt) return false;
  for (NodeId c : tree.children(owner)) {
    if (is_operator_expression(tree.kind(c))) return true;
  }
  return false;
}

namespace {

std::string order_key_string(const std::vector<uint32_t>& key) {
  std::string out;
  for (uint32_t k : key) out += std::to_string(k) + ".";
  return out;
}

constexpr LintInfo kLints[] = {
#define SLUICE_LINT(name, rustc_name, level, group) {rustc_name, LintLevel::level, group},
#include "analysis/lints/lint_table.def"
#undef SLUICE_LINT
};

std::optional<LintLevel> level_of_attribute(std::string_view name) {
  if (name == "allow" || name == "expect") return LintLevel::Allow;
  if (name == "warn") return LintLevel::Warn;
  if (name == "deny") return LintLevel::Deny;
  if (name == "forbid") return LintLevel::Forbid;
  return std::nullopt;
}

// The node whose lint levels an attribute sets: its parent, or for an inner
// attribute of an item list or block, the item that owns it.
NodeId attribute_owner(const SyntaxTree& tree, NodeId attr) {
  for (NodeId n = tree.parent(attr); n.has_value(); n = tree.parent(n)) {
    NodeKind kind = tree.kind(n);
    if (kind == NodeKind::ItemList || kind == NodeKind::StmtList) continue;  // inner: the owner is further out
    if (kind == NodeKind::BlockExpr && tree.node(attr).detail == 1) continue;
    return n;
  }
  return tree.root();
}

}  // namespace

const LintInfo& lint_info(Lint lint) { return kLints[static_cast<size_t>(lint)]; }

std::optional<Lint> lint_by_name(std::string_view name) {
  for (size_t i = 0; i < std::size(kLints); ++i) {
    if (kLints[i].name == name) return static_cast<Lint>(i);
  }
  return std::nullopt;
}

bool is_crate_level_only(const LintInfo& info) {
  return &info == &lint_info(Lint::TextDirectionCodepointInComment) ||
         &info == &lint_info(Lint::TextDirectionCodepointInLiteral);
}

LintLevels::LintLevels(const CrateInput& input) {
  for (const CrateFile& file : input.files) {
    if (file.order_key.empty()) root_file_ = file.file;
  }
  std::unordered_map<std::string, size_t> by_key;
  for (size_t i = 0; i < input.files.size(); ++i) by_key[order_key_string(input.files[i].order_key)] = i;
  for (size_t f = 0; f < input.files.size(); ++f) {
    const CrateFile& file = input.files[f];
    FileLevels levels;
    levels.file = file.file;
    if (file.tree == nullptr) {
      files_.push_back(std::move(levels));
      continue;
    }
    uint32_t order = 0;
    // Inherited from the `mod m;` item in the parent file (and what covers it there).
    if (!file.order_key.empty()) {
      std::vector<uint32_t> parent_key(file.order_key.begin(), file.order_key.end() - 1);
      auto parent = by_key.find(order_key_string(parent_key));
      if (parent != by_key.end() && parent->second < f) {
        const CrateFile& p = input.files[parent->second];
        uint32_t index = file.order_key.back();
        if (index < p.module_items.size() && p.tree != nullptr) {
          Span at = p.tree->span(p.module_items[index]);
          std::vector<Setting> covering;
          for (const Setting& s : files_[parent->second].settings) {
            if (s.begin <= at.begin && at.begin < s.end) covering.push_back(s);
          }
          std::stable_sort(covering.begin(), covering.end(), [](const Setting& a, const Setting& b) {
            return (a.end - a.begin) > (b.end - b.begin) || ((a.end - a.begin) == (b.end - b.begin) && a.order < b.order);
          });
          for (Setting s : covering) {
            s.begin = 0;
            s.end = UINT32_MAX;
            s.order = order++;
            levels.settings.push_back(s);
          }
        }
      }
    }
    const SyntaxTree& tree = *file.tree;
    for (NodeId attr : tree.attributes) {
      NodeId meta = tree.child(attr, NodeKind::Meta);
      NodeId path = meta.has_value() ? tree.child(meta, NodeKind::Path) : NodeId::none();
      NodeId args = meta.has_value() ? tree.child(meta, NodeKind::TokenTree) : NodeId::none();
      if (path.is_none() || args.is_none()) continue;
      std::optional<LintLevel> level = level_of_attribute(tree.text(path, file.text));
      if (!level) continue;
      NodeId owner = attribute_owner(tree, attr);
      if (on_operator_statement(tree, owner)) continue;  // E0658, and rustc does not apply it
      Span covered = owner == tree.root() ? Span{file.file, 0, UINT32_MAX} : tree.span(owner);
      const Node& n = tree.node(args);
      if (n.end_token == n.first_token + 2) {  // `#[allow()]`
        Span whole = tree.span(attr);
        Diagnostic d = make_diagnostic(DiagKind::UnusedAttribute, whole, {});
        d.with_fix(whole, "", "remove this attribute", Applicability::MachineApplicable);
        d.with_note("attribute `" + std::string(tree.text(path, file.text)) + "` with an empty list has no effect");
        attribute_diagnostics_.push_back(std::move(d));
        continue;
      }
      report_malformed_lint_arguments(tree, file.text, n.first_token + 1, n.end_token - 1);
      for (uint32_t t = n.first_token + 1; t + 1 < n.end_token; ++t) {
        if (tree.tokens[t].kind != TokenKind::Ident) continue;
        // A tool's lint (`clippy::needless_return`) is the tool's business.
        bool tool_path = tree.tokens[t - 1].kind == TokenKind::Colon || tree.tokens[t + 1].kind == TokenKind::Colon;
        if (tool_path || tree.tokens[t + 1].kind == TokenKind::Eq) continue;  // nor is `reason = ".."` a lint
        if (!is_rustc_lint_name(tree.token_text(t, file.text))) {
          attribute_diagnostics_.push_back(unknown_lint(tree.token_text(t, file.text), tree.token_span(t)));
          continue;
        }
        Setting s;
        s.begin = covered.begin;
        s.end = covered.end;
        s.name = tree.token_text(t, file.text);
        s.name_span = tree.token_span(t);
        s.level = *level;
        s.order = order++;
        levels.settings.push_back(s);
      }
    }
    check_forbidden(levels);
    files_.push_back(std::move(levels));
  }
}

namespace {

std::string_view level_word(LintLevel level) {
  switch (level) {
    case LintLevel::Allow: return "allow";
    case LintLevel::Warn: return "warn";
    case LintLevel::Deny: return "deny";
    case LintLevel::Forbid: return "forbid";
  }
  return "warn";
}

}  // namespace

namespace {

constexpr std::string_view kRustcLintNames[] = {
#define SLUICE_RUSTC_LINT(name) name,
#include "analysis/builtin/rustc_lints.def"
#undef SLUICE_RUSTC_LINT
};

}  // namespace

bool is_rustc_lint_name(std::string_view name) {
  for (std::string_view known : kRustcLintNames) {
    if (known == name) return true;
  }
  return false;
}

// E0452: an argument of `#[allow(..)]` and the like that is neither a lint's
// path nor `reason = "text"` (`dead_code = "x"`, `reason = 2024`).
void LintLevels::report_malformed_lint_arguments(const SyntaxTree& tree, std::string_view text, uint32_t first,
                                                 uint32_t end) {
  uint32_t item = first;
  int depth = 0;
  for (uint32_t t = first; t <= end; ++t) {
    TokenKind k = t < end ? tree.tokens[t].kind : TokenKind::Comma;
    if (k == TokenKind::OpenParen || k == TokenKind::OpenBracket || k == TokenKind::OpenBrace) ++depth;
    if (k == TokenKind::CloseParen || k == TokenKind::CloseBracket || k == TokenKind::CloseBrace) --depth;
    if (k != TokenKind::Comma || depth > 0) continue;
    uint32_t eq = item;
    while (eq < t && tree.tokens[eq].kind != TokenKind::Eq) ++eq;
    if (eq < t && eq > item) {
      bool reason = eq == item + 1 && tree.tokens[item].kind == TokenKind::Ident &&
                    tree.token_text(item, text) == "reason";
      bool text = eq + 2 == t && (tree.tokens[eq + 1].kind == TokenKind::StrLiteral ||
                                  tree.tokens[eq + 1].kind == TokenKind::RawStrLiteral);
      if (!reason || !text) {
        Span at = reason && eq + 1 < t ? Span{tree.token_span(eq + 1).file, tree.token_span(eq + 1).begin,
                                                  tree.token_span(t - 1).end}
                                       : Span{tree.token_span(item).file, tree.token_span(item).begin,
                                              tree.token_span(t - 1).end};
        Diagnostic d = make_diagnostic(DiagKind::MalformedLintAttribute, at, {});
        d.with_label(reason ? "reason must be a string literal" : "bad attribute argument");
        attribute_diagnostics_.push_back(std::move(d));
      }
    }
    item = t + 1;
  }
}

Diagnostic unknown_lint(std::string_view name, Span span) {
  Diagnostic d = make_diagnostic(DiagKind::UnknownLints, span, {std::string(name)});
  if (std::optional<std::string_view> similar = best_match_for_name(name, kRustcLintNames)) {
    d.with_fix(span, std::string(*similar), "did you mean");
  }
  return d;
}

// A setting below `deny` for what an enclosing, earlier forbid names: rustc
// reports the setting (E0453), and what it covers still reports nothing of the
// lint (seen on rustc 1.95). A lint of a forbidden group is a
// future-incompatibility warning instead (forbidden_lint_groups).
void LintLevels::check_forbidden(FileLevels& levels) {
  for (Setting& s : levels.settings) {
    if (s.level == LintLevel::Forbid || s.name_span.file != levels.file) continue;  // inherited: checked in its file
    if (s.level == LintLevel::Deny) continue;  // no lower than forbid's error: rustc accepts it
    std::optional<Lint> lint = lint_by_name(s.name);
    for (const Setting& f : levels.settings) {
      if (f.level != LintLevel::Forbid || f.order >= s.order || s.begin < f.begin || s.end > f.end) continue;
      bool same = f.name == s.name;
      bool in_group = lint && f.name == lint_info(*lint).group;
      if (!same && !in_group) continue;
      Diagnostic d = make_diagnostic(same ? DiagKind::IncompatibleWithForbid : DiagKind::ForbiddenLintGroups, s.name_span,
                                     {std::string(level_word(s.level)), std::string(s.name)});
      d.with_label("overruled by previous forbid");
      d.with_secondary(f.name_span, "`forbid` level set here");
      if (in_group) {
        d.with_future_incompatibility();
        d.with_note("for more information, see issue #81670 <https://github.com/rust-lang/rust/issues/81670>");
      }
      attribute_diagnostics_.push_back(std::move(d));
      break;
    }
  }
}

template <typename Applies>
const LintLevels::Setting* LintLevels::innermost(FileId file, uint32_t offset, Applies applies) const {
  const Setting* best = nullptr;
  for (const FileLevels& f : files_) {
    if (f.file != file) continue;
    for (const Setting& s : f.settings) {
      if (offset < s.begin || offset >= s.end || !applies(s)) continue;
      if (best == nullptr || (s.end - s.begin) < (best->end - best->begin) ||
          ((s.end - s.begin) == (best->end - best->begin) && s.order > best->order)) {
        best = &s;
      }
    }
  }
  return best;
}

// The setting that decides a lint's level at a place: the innermost one
// naming the lint or its group; and when that leaves it a warning, the
// innermost `warnings` setting, which rustc applies to whatever warns there
// (`#![deny(warnings)]` makes an explicit `#[warn(x)]` an error too).
const LintLevels::Setting* LintLevels::find(FileId file, uint32_t offset, const LintInfo& info) const {
  // A crate-level lint reads only the crate root's inner attributes (those
  // covering the whole root file), at rustc's lexer's time, before any other.
  bool crate_level = is_crate_level_only(info);
  if (crate_level) {
    file = root_file_;
    offset = 0;
  }
  auto at_level = [&](const Setting& s) { return !crate_level || (s.begin == 0 && s.end == UINT32_MAX); };
  const Setting* specific = innermost(file, offset, [&](const Setting& s) {
    return at_level(s) && (s.name == info.name || (!info.group.empty() && s.name == info.group));
  });
  LintLevel level = specific != nullptr ? specific->level : info.default_level;
  if (level != LintLevel::Warn) return specific;
  // rustc emits forbidden_lint_groups while it builds the levels, before
  // `warnings` can apply to it (seen on rustc 1.95).
  if (&info == &lint_info(Lint::ForbiddenLintGroups)) return specific;
  const Setting* warnings = innermost(file, offset, [&](const Setting& s) { return at_level(s) && s.name == "warnings"; });
  return warnings != nullptr ? warnings : specific;
}


LintLevel LintLevels::level(FileId file, uint32_t offset, Lint lint) const {
  const LintInfo& info = lint_info(lint);
  const Setting* s = find(file, offset, info);
  return s == nullptr ? info.default_level : s->level;
}

std::optional<LintLevels::Origin> LintLevels::origin(FileId file, uint32_t offset, Lint lint) const {
  const Setting* s = find(file, offset, lint_info(lint));
  if (s == nullptr) return std::nullopt;
  return Origin{s->name_span, s->name, s->level};
}

namespace {

constexpr std::string_view kDefaultNoteEnd = "on by default";
constexpr std::string_view kDefinedHere = "the lint level is defined here";
constexpr std::string_view kImpliedBy = "` implied by `#[";

bool is_origin_note(const SubDiagnostic& note) {
  if (note.level != Level::Note) return false;
  if (note.message == kDefinedHere) return note.spans.size() == 1;
  return note.spans.empty() && note.message.starts_with("`#[") &&
         (note.message.ends_with(kDefaultNoteEnd) || note.message.find(kImpliedBy) != std::string::npos);
}

// rustc adds each of these notes once per crate (its `note_once`): the first
// diagnostic of a lint explains its level; a later one from the same
// attribute, or of another lint the same attribute decides, says only what is new.
void add_origin_notes(Diagnostic& d, const LintLevels& levels, Lint lint, std::set<std::string>& given) {
  const Span& at = d.primary.span;
  const LintInfo& info = lint_info(lint);
  auto once = [&](std::string key) { return given.insert(std::move(key)).second; };
  std::optional<LintLevels::Origin> origin = levels.origin(at.file, at.begin, lint);
  if (!origin) {
    std::string word(level_word(info.default_level));
    std::string note = "`#[" + word + "(" + std::string(info.name) + ")]` ";
    if (!info.group.empty()) note += "(part of `#[" + word + "(" + std::string(info.group) + ")]`) ";
    note += kDefaultNoteEnd;
    if (once(note)) d.with_note(note);
    return;
  }
  if (origin->name.file.has_value() &&
      once("span:" + std::to_string(origin->name.file.index) + ":" + std::to_string(origin->name.begin))) {
    d.with_note_at(origin->name, std::string(kDefinedHere));
  }
  if (origin->setting != info.name) {
    std::string word(level_word(origin->level));
    std::string note = "`#[" + word + "(" + std::string(info.name) + ")]" + std::string(kImpliedBy) + word + "(" +
                       std::string(origin->setting) + ")]`";
    if (once(note)) d.with_note(note);
  }
}

}  // namespace

// Equal once the trailing origin notes of each are set aside.
bool same_up_to_origin_note(const Diagnostic& a, const Diagnostic& b) {
  if (a == b) return true;
  auto trimmed = [](const Diagnostic& d) {
    Diagnostic t = d;
    while (!t.children.empty() && is_origin_note(t.children.back())) t.children.pop_back();
    return t;
  };
  return trimmed(a) == trimmed(b);
}

void apply_lint_levels(std::vector<Diagnostic>& diagnostics, const LintLevels& levels, bool note_origins) {
  std::vector<Diagnostic> kept;
  std::set<std::string> notes_given;
  for (Diagnostic& d : diagnostics) {
    std::optional<Lint> lint = d.code.empty() || d.code[0] == 'E' || d.code[0] == 'S' ? std::nullopt : lint_by_name(d.code);
    if (!lint) {
      kept.push_back(std::move(d));
      continue;
    }
    const Span& at = d.primary.span;
    LintLevel level = levels.level(at.file, at.begin, *lint);
    if (level == LintLevel::Allow) continue;
    d.level = level == LintLevel::Warn ? Level::Warning : Level::Error;
    if (*lint == Lint::BindingsWithVariantName) d.code = "E0170";  // a lint that rustc shows with an error code
    if (note_origins) add_origin_notes(d, levels, *lint, notes_given);
    kept.push_back(std::move(d));
  }
  diagnostics = std::move(kept);
}

namespace {

bool is_lint(const Diagnostic& d) { return !d.code.empty() && lint_by_name(d.code).has_value(); }

}  // namespace

void apply_stage1_lint_levels(std::vector<Diagnostic>& stage1, const CrateInput& input) {
  if (std::none_of(stage1.begin(), stage1.end(), is_lint)) return;  // the usual case: no levels to read
  apply_lint_levels(stage1, LintLevels(input));
}

bool has_errors_excluding_lints(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.level == Level::Error && !is_lint(d); });
}

std::string list_in_backticks(const std::vector<std::string_view>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "`" + std::string(names[i]) + "`";
  }
  return out;
}

}  // namespace sluice
