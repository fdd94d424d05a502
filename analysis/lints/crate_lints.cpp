// Lints over a whole crate, from its def map and its bodies' results:
// unused_imports (reported whatever the errors, as rustc's resolver does),
// and the late lints rustc runs only on crates without errors: the naming
// conventions and dead_code.
#include "analysis/lints/crate_lints.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_set>

namespace sluice {

namespace {

bool has_case(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

std::string_view trim_underscores(std::string_view name) {
  while (!name.empty() && name.front() == '_') name.remove_prefix(1);
  while (!name.empty() && name.back() == '_') name.remove_suffix(1);
  return name;
}

// rustc's rules (rustc_lint::nonstandard_style), for ASCII names.
bool is_camel_case(std::string_view name) {
  name = trim_underscores(name);
  if (name.empty()) return true;
  if (is_lower(name[0])) return false;
  if (name.find("__") != std::string_view::npos) return false;
  for (size_t i = 0; i + 1 < name.size(); ++i) {
    if ((has_case(name[i]) && name[i + 1] == '_') || (name[i] == '_' && has_case(name[i + 1]))) return false;
  }
  return true;
}

bool is_snake_case(std::string_view name) {
  name = trim_underscores(name);
  bool previous_underscore = false;
  for (char c : name) {
    if (c == '_') {
      if (previous_underscore) return false;
      previous_underscore = true;
      continue;
    }
    previous_underscore = false;
    if (is_upper(c)) return false;
  }
  return true;
}

bool is_upper_case(std::string_view name) {
  for (char c : name) {
    if (is_lower(c)) return false;
  }
  return true;
}

std::string to_snake_case(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (is_upper(c)) {
      if (i > 0 && out.back() != '_' && (is_lower(name[i - 1]) || (i + 1 < name.size() && is_lower(name[i + 1])))) out += '_';
      out += static_cast<char>(c - 'A' + 'a');
    } else {
      out += c;
    }
  }
  return out;
}

std::string to_upper_case(std::string_view name) {
  std::string snake = to_snake_case(name);
  for (char& c : snake) {
    if (is_lower(c)) c = static_cast<char>(c - 'a' + 'A');
  }
  return snake;
}

std::string to_camel_case(std::string_view name) {
  std::string out;
  bool upper_next = true;
  for (char c : name) {
    if (c == '_') {
      upper_next = true;
      continue;
    }
    out += upper_next && is_lower(c) ? static_cast<char>(c - 'a' + 'A') : c;
    upper_next = false;
  }
  return out;
}

// rustc adds "(notice the capitalization)" to a suggestion that changes only
// the case of letters whose two cases look alike (`owl` -> `Owl`, not
// `dog` -> `Dog`); the letters measured with rustc 1.95.
bool only_confusable_case_change(std::string_view from, std::string_view to) {
  constexpr std::string_view kConfusable = "cfikosuvwxyz";
  if (from.size() != to.size() || from == to) return false;
  for (size_t i = 0; i < from.size(); ++i) {
    if (from[i] == to[i]) continue;
    char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(from[i])));
    if (lower != std::tolower(static_cast<unsigned char>(to[i])) || kConfusable.find(lower) == std::string_view::npos) {
      return false;
    }
  }
  return true;
}

Diagnostic naming(DiagKind kind, Span span, std::string what, std::string_view name, std::string fixed,
                  std::string_view help) {
  Diagnostic d = make_diagnostic(kind, span, {std::move(what), std::string(name)});
  std::string message(help);
  if (only_confusable_case_change(name, fixed)) message += " (notice the capitalization)";
  d.with_fix(span, std::move(fixed), std::move(message), Applicability::MaybeIncorrect);
  return d;
}

}  // namespace

// `use path as _;` binds no name: in L1 nothing can use it, unless it
// imports a trait for its methods (outside L1: a local trait, or one of
// std's, which sluice does not model). Those stay quiet.
static bool may_be_trait_import(const CrateDefMap& map, const Import& import) {
  if (import.path.empty()) return false;
  std::string_view first = import.path.front().name;
  if (import.binding == "_" && (first == "std" || first == "core" || first == "alloc")) return true;
  if (import.binding.empty()) return false;  // a glob
  // A trait of the crate's own (outside L1): a method call may use it unseen.
  for (const Item& item : map.items) {
    if (item.kind == ItemKind::Unsupported && item.name == import.path.back().name) return true;
  }
  return false;
}

// rustc's fix for unused_imports, which it does not show but `cargo fix`
// (and an editor's quick fix) applies: the whole `use` item with its line
// break when nothing in it is used, else each unused import with its comma.
static void attach_import_removal(Diagnostic& d, const CrateLintInput& in, size_t first, size_t end,
                                  const std::vector<size_t>& unused) {
  const CrateDefMap& map = *in.map;
  const CrateFile* file = in.file_of(map.imports[first].item_span.file);
  if (file == nullptr) return;
  std::string_view text = file->text;
  SubDiagnostic fix{Level::Help, "", {}, std::string()};
  fix.applicability = Applicability::MachineApplicable;
  fix.style = SuggestionStyle::CompletelyHidden;
  if (unused.size() == end - first) {
    Span item = map.imports[first].item_span;
    if (item.end < text.size() && text[item.end] == '\n') ++item.end;
    fix.message = "remove the whole `use` item";
    fix.spans.push_back(Label{item, ""});
  } else {
    fix.message = unused.size() == 1 ? "remove the unused import" : "remove the unused imports";
    for (size_t k : unused) {
      Span at = map.imports[k].span;
      // With the comma and spaces after it, or (the last in a list) before it.
      size_t after = at.end;
      while (after < text.size() && text[after] == ' ') ++after;
      if (after < text.size() && text[after] == ',') {
        ++after;
        while (after < text.size() && text[after] == ' ') ++after;
        at.end = static_cast<uint32_t>(after);
      } else {
        size_t before = at.begin;
        while (before > 0 && text[before - 1] == ' ') --before;
        if (before > 0 && text[before - 1] == ',') at.begin = static_cast<uint32_t>(before - 1);
      }
      fix.spans.push_back(Label{at, ""});
    }
  }
  d.children.push_back(std::move(fix));
}

std::vector<Diagnostic> unused_import_lints(const CrateLintInput& in) {
  const CrateDefMap& map = *in.map;
  std::vector<bool> used(map.imports.size(), false);
  for (uint32_t i : map.imports_used_by_interface) used[i] = true;
  for (const BodyResult* body : in.bodies) {
    for (uint32_t i : body->used_imports) used[i] = true;
  }
  // A re-export is used by the outside only where it can be reached from
  // there: a `pub use` in a public module; `pub(crate)`, `pub(super)` or one
  // in a private module must be used inside.
  std::vector<bool> exported_modules = exported_items(map);
  std::vector<Diagnostic> out;
  size_t i = 0;
  while (i < map.imports.size()) {
    // One diagnostic per `use` item, as rustc.
    size_t end = i;
    while (end < map.imports.size() && map.imports[end].item_span.begin == map.imports[i].item_span.begin && map.imports[end].item_span.file == map.imports[i].item_span.file) ++end;
    std::vector<size_t> unused;
    for (size_t k = i; k < end; ++k) {
      const Import& import = map.imports[k];
      bool exported = import.visible_in.is_none() && exported_modules[import.module.index];
      if (!used[k] && !exported && map.import_resolved[k] && !may_be_trait_import(map, import)) unused.push_back(k);
    }
    if (!unused.empty()) {
      std::vector<std::string_view> names;
      for (size_t k : unused) {
        const Import& import = map.imports[k];
        const CrateFile* file = in.file_of(import.span.file);
        names.push_back(file == nullptr ? std::string_view("?")
                                        : file->text.substr(import.span.begin, import.span.end - import.span.begin));
      }
      // rustc points at every unused import (the first is the primary span)
      // and lists their text sorted.
      Span span = map.imports[unused[0]].span;
      std::sort(names.begin(), names.end());
      Diagnostic d = make_diagnostic(unused.size() == 1 ? DiagKind::UnusedImport : DiagKind::UnusedImports, span,
                                     {unused.size() == 1 ? "`" + std::string(names[0]) + "`" : list_in_backticks(names)});
      for (size_t u = 1; u < unused.size(); ++u) d.secondary.push_back(Label{map.imports[unused[u]].span, "", true});
      attach_import_removal(d, in, i, end, unused);
      out.push_back(std::move(d));
    }
    i = end;
  }
  return out;
}

// The naming lints of the late lint pass, by (module pass, offset): rustc
// runs the pass module by module, each in source order with the bodies'
// bindings where they are.
using KeyedLint = std::pair<std::pair<uint32_t, uint32_t>, Diagnostic>;

static void item_naming_lints(const CrateDefMap& map, uint32_t index, const std::vector<bool>& used,
                              const std::vector<bool>& exported, std::vector<Diagnostic>& out) {
  const Item& item = map.items[index];
  if (item.name.empty() || !item.name_span.file.has_value()) return;
  Span span = item.name_span;
  std::string_view name = item.name;
  const Item& parent = item.parent.has_value() ? map.items[item.parent.index] : item;
  bool associated = parent.kind == ItemKind::Impl;
  switch (item.kind) {
    case ItemKind::Fn:
      if (!is_snake_case(name)) {
        // rustc calls every fn of an impl a method, with `self` or without.
        out.push_back(naming(DiagKind::NonSnakeCase, span, associated ? "method" : "function", name, to_snake_case(name),
                             "convert the identifier to snake case"));
      }
      break;
    case ItemKind::Module:
      if (!is_snake_case(name)) {
        out.push_back(naming(DiagKind::NonSnakeCase, span, "module", name, to_snake_case(name),
                             "convert the identifier to snake case"));
      }
      break;
    case ItemKind::Const:
    case ItemKind::Static:
      if (!is_upper_case(name)) {
        std::string what = item.kind == ItemKind::Static ? "static variable" : associated ? "associated constant" : "constant";
        out.push_back(naming(DiagKind::NonUpperCaseGlobal, span, what, name, to_upper_case(name),
                             "convert the identifier to upper case"));
        // rustc's fix is machine-applicable where no other crate can be using the name.
        if (!exported[index]) out.back().children.back().applicability = Applicability::MachineApplicable;
        // rustc's fix for a used one renames its uses too, and is shown apart
        // (not for associated consts, whose uses it does not collect, nor for
        // exported ones, whose users are out of reach).
        if (used[index] && !associated) out.back().children.back().style = SuggestionStyle::ShowAlways;
      }
      break;
    default: break;
  }
  if ((item.kind == ItemKind::Struct || item.kind == ItemKind::Variant) && item.data < map.adts.size()) {
    const AdtData& adt = map.adts[item.data];
    if (adt.shape != FieldsShape::Named) return;
    for (const FieldDef& field : adt.fields) {
      if (!is_snake_case(field.name)) {
        out.push_back(naming(DiagKind::NonSnakeCase, field.span, "structure field", field.name,
                             to_snake_case(field.name), "convert the identifier to snake case"));
      }
    }
  }
}

static void naming_lints(const CrateLintInput& in, std::vector<Diagnostic>& out) {
  const CrateDefMap& map = *in.map;
  std::vector<KeyedLint> keyed;
  std::vector<Diagnostic> found;
  std::vector<bool> used(map.items.size(), false);
  for (const BodyResult* body : in.bodies) {
    for (uint32_t item : body->used_items) {
      if (item < used.size()) used[item] = true;
    }
  }
  for (const CrateDefMap::SignatureUse& use : map.signature_uses) {
    if (use.item < used.size()) used[use.item] = true;
  }
  std::vector<bool> exported = exported_items(map);
  for (size_t i = 0; i < used.size(); ++i) used[i] = used[i] && !exported[i];  // used here only
  for (uint32_t i = 0; i < map.items.size(); ++i) {
    found.clear();
    item_naming_lints(map, i, used, exported, found);
    uint32_t module = lint_pass_module(map, i);
    for (Diagnostic& d : found) keyed.push_back({{module, d.primary.span.begin}, std::move(d)});
  }
  for (const BodyResult* body : in.bodies) {
    uint32_t module = body->owner.index < map.items.size() ? lint_pass_module(map, body->owner.index) : 0;
    for (auto& [name, span] : body->bindings) {
      if (!is_snake_case(name)) {
        keyed.push_back({{module, span.begin}, naming(DiagKind::NonSnakeCase, span, "variable", name,
                                                      to_snake_case(name), "convert the identifier to snake case")});
      }
    }
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const KeyedLint& a, const KeyedLint& b) { return a.first < b.first; });
  for (KeyedLint& k : keyed) out.push_back(std::move(k.second));
}

// non_camel_case_types is one of rustc's early lints: reported whatever the
// errors, among the bodies' early lints in source order. By item index.
static std::vector<std::pair<uint32_t, Diagnostic>> camel_case_lints(const CrateDefMap& map) {
  std::vector<std::pair<uint32_t, Diagnostic>> out;
  for (uint32_t i = 0; i < map.items.size(); ++i) {
    const Item& item = map.items[i];
    bool type_like = item.kind == ItemKind::Struct || item.kind == ItemKind::Enum ||
                     item.kind == ItemKind::TypeAlias || item.kind == ItemKind::Variant;
    if (!type_like || item.name.empty() || !item.name_span.file.has_value() || is_camel_case(item.name)) continue;
    out.push_back({i, naming(DiagKind::NonCamelCase, item.name_span, item.kind == ItemKind::Variant ? "variant" : "type",
                             item.name, to_camel_case(item.name), "convert the identifier to upper camel case")});
  }
  return out;
}

// Where rustc's early lint pass reaches a position: it walks the crate's
// syntax once, entering a file module where its `mod m;` is. The key: the
// offsets of the `mod` items from the root down to the file, then the offset.
static std::vector<uint32_t> early_walk_key(const CrateInput& input, Span at) {
  const CrateFile* file = nullptr;
  for (const CrateFile& f : input.files) {
    if (f.file == at.file) file = &f;
  }
  std::vector<uint32_t> key;
  if (file == nullptr) return {UINT32_MAX, at.begin};
  const CrateFile* level = input.files.empty() ? nullptr : &input.files[0];
  for (size_t depth = 0; depth < file->order_key.size() && level != nullptr; ++depth) {
    uint32_t index = file->order_key[depth];
    if (index >= level->module_items.size() || level->tree == nullptr) return {UINT32_MAX, at.begin};
    key.push_back(level->tree->span(level->module_items[index]).begin);
    std::vector<uint32_t> prefix(file->order_key.begin(), file->order_key.begin() + depth + 1);
    const CrateFile* next = nullptr;
    for (const CrateFile& f : input.files) {
      if (f.order_key == prefix) next = &f;
    }
    level = next;
  }
  key.push_back(at.begin);
  return key;
}

// The early lints (unused imports, an item's naming, a body's unused_parens
// and while_true) in the order rustc's early lint pass meets their items;
// a body's own lints stay in the order its checker found them.
static void append_early_lints(const CrateInput& input, const CrateDefMap& map, std::vector<BodyResult>& results,
                               std::vector<Diagnostic> imports, std::vector<Diagnostic>& out) {
  std::vector<std::pair<std::vector<uint32_t>, Diagnostic>> keyed;
  for (Diagnostic& d : imports) keyed.emplace_back(early_walk_key(input, d.primary.span), std::move(d));
  for (auto& [item, d] : camel_case_lints(map)) keyed.emplace_back(early_walk_key(input, map.items[item].name_span), std::move(d));
  for (BodyResult& r : results) {
    if (r.early_lints.empty()) continue;  // most bodies: no key to compute
    std::vector<uint32_t> key = early_walk_key(input, map.items[r.owner.index].name_span);
    for (Diagnostic& d : r.early_lints) keyed.emplace_back(key, std::move(d));
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [key, d] : keyed) out.push_back(std::move(d));
}

// rustc reports dead_code before the late lint pass's naming lints.
std::vector<Diagnostic> late_lints(const CrateLintInput& in) {
  // rustc's privacy checks run before its late lint pass.
  std::vector<Diagnostic> out = private_interface_lints(in);
  std::vector<Diagnostic> dead = dead_code_lints(in);
  out.insert(out.end(), std::make_move_iterator(dead.begin()), std::make_move_iterator(dead.end()));
  naming_lints(in, out);
  return out;
}

// The late lints that judge one item at a time, whatever else the crate holds.
std::vector<Diagnostic> local_late_lints(const CrateLintInput& in) {
  std::vector<Diagnostic> out;
  naming_lints(in, out);
  return out;
}


// A std item outside L1 (`Vec`, `Option`) is reported once per crate, where
// it first appears; its other uses are indeterminate, not news.
static void drop_repeated_std_unsupported(std::vector<Diagnostic>& diagnostics) {
  std::unordered_set<std::string> seen;
  std::vector<Diagnostic> kept;
  for (Diagnostic& d : diagnostics) {
    bool std_item = d.kind == DiagKind::Unsupported && d.message.starts_with("`");
    if (std_item && !seen.insert(d.message).second) continue;
    kept.push_back(std::move(d));
  }
  diagnostics = std::move(kept);
}

// When rustc reports a resolution diagnostic: with the items and imports
// (before any path in a signature or body), at once as its late resolution
// walks the items (a path's middle segment, pattern bindings, captures),
// at the end of that walk (what it could not find: held back for import
// suggestions), after that (privacy, then a tuple struct's constructor made
// private by its fields), or when type checking gets there (a path whose
// first segment names nothing).
enum class ResolutionStage { Items, Walk, WalkEnd, Privacy, PrivateConstructor, TypeCheck };

static ResolutionStage resolution_stage(DiagKind kind) {
  switch (kind) {
    case DiagKind::CannotFindInPath:
    case DiagKind::CannotCaptureInFnItem:
    case DiagKind::NonConstantInConstant:
    case DiagKind::NotBoundInAllPatterns:
    case DiagKind::BoundMoreThanOnce: return ResolutionStage::Walk;
    case DiagKind::CannotFindName:
    case DiagKind::ExpectedTypeFound:
    case DiagKind::ExpectedValueFound:
    case DiagKind::ExpectedStructFound:
    case DiagKind::ExpectedTupleStructPattern:
    case DiagKind::ExpectedUnitStructPattern:
    case DiagKind::TupleStructPatternPrivateFields:
    case DiagKind::SelfValueNotAvailable: return ResolutionStage::WalkEnd;
    case DiagKind::PrivateItem: return ResolutionStage::Privacy;
    case DiagKind::TupleStructPrivateFields: return ResolutionStage::PrivateConstructor;
    case DiagKind::CannotFindModuleOrCrate:
    case DiagKind::StructCalled:
    case DiagKind::CannotFindTypeInScope:
    case DiagKind::RecursiveType:  // rustc's well-formedness checks, with the types
    case DiagKind::StructTailRecursionLimit:
    case DiagKind::DropCheckCycle: return ResolutionStage::TypeCheck;
    default: return ResolutionStage::Items;
  }
}

// Name resolution's errors (the def map's, then the bodies') in rustc's
// order, but for those reported with type checking: returned.
static std::vector<Diagnostic> append_resolution_diagnostics(const CrateDefMap& map, std::vector<BodyResult>& results,
                                                             std::vector<Diagnostic>& out) {
  std::array<std::vector<Diagnostic>, 6> stages;
  for (const Diagnostic& d : map.diagnostics) stages[size_t(resolution_stage(d.kind))].push_back(d);
  for (BodyResult& r : results) {
    for (Diagnostic& d : r.resolution_diagnostics) {
      ResolutionStage stage = resolution_stage(d.kind);
      // Those held for type checking went to the type diagnostics (resolution_error()).
      stages[size_t(stage == ResolutionStage::TypeCheck ? ResolutionStage::WalkEnd : stage)].push_back(std::move(d));
    }
  }
  // rustc's late resolution walks the items in order, each signature then
  // its body: in one file, the order of the source. (Across files it follows
  // the module tree: left as collected.)
  std::vector<Diagnostic>& walked = stages[size_t(ResolutionStage::WalkEnd)];
  bool one_file = std::all_of(walked.begin(), walked.end(), [&](const Diagnostic& d) {
    return d.primary.span.file == walked.front().primary.span.file;
  });
  if (one_file) {
    std::stable_sort(walked.begin(), walked.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return a.primary.span.begin < b.primary.span.begin;
    });
  }
  for (size_t stage = 0; stage < size_t(ResolutionStage::TypeCheck); ++stage) {
    for (Diagnostic& d : stages[stage]) out.push_back(std::move(d));
  }
  return std::move(stages[size_t(ResolutionStage::TypeCheck)]);
}

// After a glob import failed, no name is reported as not found (E0425,
// E0433, E0422, E0531): it might have come from the glob, as rustc reasons.
static void drop_unresolved_names(std::vector<Diagnostic>& out) {
  std::erase_if(out, [](const Diagnostic& d) {
    switch (d.kind) {
      case DiagKind::CannotFindName:
      case DiagKind::CannotFindStruct:
      case DiagKind::CannotFindTupleStruct:
      case DiagKind::CannotFindModuleOrCrate:
      case DiagKind::CannotFindTypeInScope:
      case DiagKind::CannotFindInScope:
      case DiagKind::CannotFindInPath: return true;
      default: return false;
    }
  });
}

// `#[inlin]`, `#[alow(dead_code)]`: an attribute no macro or tool defines.
// Without user macros in L1, a one-word attribute outside rustc's built-in
// ones is a typo; rustc reports it while expanding, before anything else.
static void append_unknown_attributes(const CrateInput& input, std::vector<Diagnostic>& out) {
  for (const CrateFile& file : input.files) {
    if (file.tree == nullptr) continue;
    const SyntaxTree& tree = *file.tree;
    for (NodeId attr : tree.attributes) {
      NodeId meta = tree.child(attr, NodeKind::Meta);
      NodeId path = meta.has_value() ? tree.child(meta, NodeKind::Path) : NodeId::none();
      if (path.is_none()) continue;
      std::string_view name = tree.text(path, file.text);
      if (name.find(':') != std::string_view::npos || is_builtin_attribute(name)) continue;  // tool attributes: `rustfmt::skip`
      out.push_back(make_diagnostic(DiagKind::UnknownAttribute, tree.span(path), {name}));
    }
  }
}

// How rustc's attribute checks name what an attribute is on, or "" where
// sluice does not judge it.
static std::string_view attribute_target(const SyntaxTree& tree, NodeId owner) {
  switch (tree.kind(owner)) {
    case NodeKind::StructItem: return "structs";
    case NodeKind::EnumItem: return "enums";
    case NodeKind::ConstItem: return "constants";
    case NodeKind::StaticItem: return "statics";
    case NodeKind::ModItem: return "modules";
    case NodeKind::TypeAliasItem: return "type aliases";
    case NodeKind::UseItem: return "use statements";
    case NodeKind::Param: return "function params";
    case NodeKind::LetStmt:
    case NodeKind::ExprStmt: return "statements";
    case NodeKind::ImplItem: {
      // `impl Trait for T` is a trait impl block.
      for (uint32_t t = tree.node(owner).first_token; t < tree.node(owner).end_token; ++t) {
        if (tree.tokens[t].kind == TokenKind::KwFor) return "trait impl blocks";
        if (tree.tokens[t].kind == TokenKind::OpenBrace) break;
      }
      return "inherent impl blocks";
    }
    default: return "";
  }
}

// Whether an attribute is on an expression, which rustc gates (E0658,
// stmt_expr_attributes): an outer one on a `let`'s initialiser, an inner one
// of a block that is a `let`'s initialiser or a match arm's value.
static bool on_expression(const SyntaxTree& tree, NodeId attr, NodeId owner) {
  if (tree.node(attr).detail == 1) {
    if (tree.kind(owner) != NodeKind::StmtList) return false;
    NodeId block = tree.parent(owner);
    NodeId parent = block.has_value() ? tree.parent(block) : NodeId::none();
    return parent.has_value() && (tree.kind(parent) == NodeKind::LetStmt || tree.kind(parent) == NodeKind::MatchArm);
  }
  if (tree.kind(owner) != NodeKind::LetStmt) return false;
  for (uint32_t t = tree.node(owner).first_token; t < tree.node(attr).first_token; ++t) {
    if (tree.tokens[t].kind == TokenKind::KwLet) return true;  // after `let`: on the initialiser
  }
  return false;
}

// `#[derive]` on what is no struct, enum or union (E0774) and attributes on
// expressions (E0658), while expanding; `#[inline]` on what is no function
// (after name resolution).
static void check_attribute_targets(const CrateInput& input, std::vector<Diagnostic>& gated,
                                    std::vector<Diagnostic>& derives, std::vector<Diagnostic>& inlines) {
  std::vector<Diagnostic> field_lints;  // after the errors, as rustc's buffered lints
  for (const CrateFile& file : input.files) {
    if (file.tree == nullptr) continue;
    const SyntaxTree& tree = *file.tree;
    for (NodeId attr : tree.attributes) {
      NodeId owner = tree.parent(attr);
      if (owner.is_none()) continue;
      bool expression = on_expression(tree, attr, owner);
      if (expression) {
        Diagnostic d = make_diagnostic(DiagKind::AttributesOnExpressions, tree.span(attr), {});
        d.with_note("see issue #15701 <https://github.com/rust-lang/rust/issues/15701> for more information");
        gated.push_back(std::move(d));
      }
      if (tree.node(attr).detail == 1) continue;  // an inner attribute
      NodeId meta = tree.child(attr, NodeKind::Meta);
      NodeId path = meta.has_value() ? tree.child(meta, NodeKind::Path) : NodeId::none();
      if (path.is_none()) continue;
      std::string_view name = tree.text(path, file.text);
      if (name != "derive" && name != "inline") continue;
      NodeKind kind = tree.kind(owner);
      if (name == "derive") {
        if (kind == NodeKind::StructItem || kind == NodeKind::EnumItem || kind == NodeKind::UnionItem) continue;
        if (kind == NodeKind::Param) continue;  // an attribute macro there: the parser's error
        if (kind != NodeKind::FnItem && attribute_target(tree, owner).empty()) continue;
        Diagnostic d = make_diagnostic(DiagKind::DeriveOnNonAdt, tree.span(attr), {});
        d.with_label("not applicable here");
        d.with_secondary(tree.span_without_attributes(owner), "not a `struct`, `enum` or `union`");
        derives.push_back(std::move(d));
        continue;
      }
      if (tree.kind(owner) == NodeKind::RecordField) {  // a lint for now: rustc phases it out
        Diagnostic d = make_diagnostic(DiagKind::AttributeOnField, tree.span(attr), {"inline"});
        d.with_future_incompatibility();
        d.with_help("`#[inline]` can only be applied to functions");
        field_lints.push_back(std::move(d));
        continue;
      }
      std::string_view target = expression ? "expressions" : attribute_target(tree, owner);
      if (target.empty()) continue;
      Diagnostic d = make_diagnostic(DiagKind::AttributeOnWrongTarget, tree.span(attr), {"inline", target});
      d.with_help("`#[inline]` can only be applied to functions");
      inlines.push_back(std::move(d));
    }
  }
  for (Diagnostic& d : field_lints) inlines.push_back(std::move(d));
}

// A crate's diagnostics in rustc's order: item and import errors, early
// lints, name resolution in bodies, type errors, then body by body the
// match checks, borrow-checker errors and liveness lints, then (only
// without errors) the late lints.
std::vector<Diagnostic> crate_diagnostics(const CrateInput& input, const CrateDefMap& map,
                                          std::vector<BodyResult>& results, bool is_bin, bool complete,
                                          bool final_set, bool earlier_errors) {
  CrateLintInput lint_input;
  lint_input.input = &input;
  lint_input.map = &map;
  lint_input.is_bin = is_bin;
  LintLevels levels(input);
  lint_input.levels = &levels;
  for (const BodyResult& r : results) lint_input.bodies.push_back(&r);
  std::vector<Diagnostic> out;
  auto append = [&](std::vector<Diagnostic>& from) {
    for (Diagnostic& d : from) out.push_back(std::move(d));
  };
  append_unknown_attributes(input, out);
  std::vector<Diagnostic> gated_attributes, misplaced_derives, misplaced_inlines;
  check_attribute_targets(input, gated_attributes, misplaced_derives, misplaced_inlines);
  append(gated_attributes);  // (rustc's feature gates, before its derive expansion)
  append(misplaced_derives);
  std::vector<Diagnostic> signature_paths = append_resolution_diagnostics(map, results, out);
  append(misplaced_inlines);
  // rustc reads lint levels (and reports what is wrong with them) after name resolution.
  out.insert(out.end(), levels.attribute_diagnostics().begin(), levels.attribute_diagnostics().end());
  append_early_lints(input, map, results, complete ? unused_import_lints(lint_input) : std::vector<Diagnostic>{}, out);
  // rustc looks for `main` after the early lints, before type checking.
  if (is_bin) {
    if (std::optional<Diagnostic> d = missing_main(input, map)) out.push_back(std::move(*d));
  }
  for (BodyResult& r : results) append(r.type_diagnostics);
  append(signature_paths);
  // rustc runs its late lints, and a build its MIR lints, unless there are
  // errors other than lints (its has_errors_excluding_lint_errors).
  auto hard = [](const std::vector<Diagnostic>& list, char kind) {
    return std::any_of(list.begin(), list.end(), [&](const Diagnostic& d) {
      return d.level == Level::Error && (kind == 'S' ? d.code == "S0001" : d.code.empty() || d.code[0] == 'E');
    });
  };
  auto crate_has = [&](char kind) {
    return hard(out, kind) || std::any_of(results.begin(), results.end(), [&](const BodyResult& r) {
             return hard(r.match_diagnostics, kind) || hard(r.borrow_diagnostics, kind);
           });
  };
  bool lints_run = complete && !earlier_errors && !crate_has('E');
  // Code outside L1 is no error to rustc, whose late lints run. Those that
  // look at one item or expression (naming, overflowing_literals) run here
  // too; dead_code and the build's MIR lints, which code sluice cannot see
  // would change, do not.
  bool whole_crate_lints = lints_run && !crate_has('S');
  for (BodyResult& r : results) {
    append(r.match_diagnostics);
    append(r.borrow_diagnostics);
    if (whole_crate_lints) append(r.known_panic_lints);
  }
  if (lints_run) {
    std::vector<Diagnostic> late = whole_crate_lints ? late_lints(lint_input) : local_late_lints(lint_input);
    append(late);
    for (BodyResult& r : results) append(r.late_lints);
    if (whole_crate_lints) {
      for (BodyResult& r : results) append(r.privacy_diagnostics);
    }
  }
  drop_repeated_std_unsupported(out);
  if (map.failed_glob_import) drop_unresolved_names(out);
  apply_lint_levels(out, levels, final_set);
  return out;
}

}  // namespace sluice
