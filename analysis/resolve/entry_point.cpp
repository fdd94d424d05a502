// E0601: a binary crate without a `main` function at its root, as rustc 1.95
// reports it (checked on single files and on a cargo package):
//
//   error[E0601]: `main` function not found in crate `app`
//     --> src/main.rs:3:2      (just past the root file's last token)
//      |  ^ consider adding a `main` function to `src/main.rs`
//
// with a secondary label when the name belongs to something else at the root
// ("non-function item at `crate::main` is found"), or, when `main` functions
// exist in modules, "the main function must be defined at the crate level
// (in `src/main.rs`)" and a note at each of them. An empty root file gives
// the text as a note, with no place.
#include <optional>

#include "analysis/resolve/resolve.h"

namespace sluice {

namespace {

// Free functions named `main` below the crate root, in definition order.
std::vector<const Item*> nested_mains(const CrateDefMap& map) {
  std::vector<const Item*> found;
  for (const Item& item : map.items) {
    if (item.kind != ItemKind::Fn || item.name != "main" || item.file == UINT32_MAX) continue;
    if (map.item(item.parent).kind != ItemKind::Module || item.parent == map.root()) continue;
    found.push_back(&item);
  }
  return found;
}

// `#![crate_type = "lib"]` (any type but "bin") or `#![no_main]` at the
// root: rustc expects no `main` then.
bool main_not_required(const CrateFile& root) {
  const SyntaxTree& tree = *root.tree;
  for (NodeId attr : tree.attributes) {
    std::string_view text = tree.text(attr, root.text);
    if (!text.starts_with("#!")) continue;
    text.remove_prefix(2);
    while (!text.empty() && (text.front() == ' ' || text.front() == '[')) text.remove_prefix(1);
    if (text.starts_with("no_main")) return true;
    if (!text.starts_with("crate_type")) continue;
    size_t quote = text.find('"');
    if (quote != std::string_view::npos && text.substr(quote).starts_with("\"bin\"")) continue;
    return quote != std::string_view::npos;
  }
  return false;
}

}  // namespace

std::optional<Diagnostic> missing_main(const CrateInput& input, const CrateDefMap& map) {
  if (input.files.empty() || input.files[0].tree == nullptr || map.items.empty()) return std::nullopt;
  if (main_not_required(input.files[0])) return std::nullopt;
  const ModuleData& root = map.module(map.root());
  const auto& values = root.names[static_cast<size_t>(Namespace::Value)];
  auto bound = values.find("main");
  const Item* non_function = nullptr;
  if (bound != values.end()) {
    // Another crate's item (or a dependency still unsettled): rustc takes
    // any function there; sluice cannot tell here, so it says nothing.
    if (bound->second.target.crate != map.crate) return std::nullopt;
    const Item& item = map.item(ItemId(bound->second.target.item));
    if (item.kind == ItemKind::Fn || item.kind == ItemKind::Unsupported) return std::nullopt;
    non_function = &item;
  } else if (!root.unsettled_globs.empty()) {
    return std::nullopt;  // a glob of an unsettled dependency may bring it
  }
  const CrateFile& file = input.files[0];
  const SyntaxTree& tree = *file.tree;
  std::string path = file.source != nullptr ? file.source->path() : std::string();
  uint32_t end = 0;
  for (const Token& token : tree.tokens) {
    if (token.kind != TokenKind::Eof) end = token.end();
  }
  std::vector<const Item*> elsewhere = non_function == nullptr ? nested_mains(map) : std::vector<const Item*>{};
  std::string label = elsewhere.empty() ? "consider adding a `main` function to `" + path + "`"
                                        : "the main function must be defined at the crate level (in `" + path + "`)";
  bool has_tokens = tree.tokens.size() > 1;
  Diagnostic d = make_diagnostic(DiagKind::MissingMain, has_tokens ? Span{file.file, end, end} : Span{},
                                 {std::string(map.name)});
  if (has_tokens) d.with_label(label);
  else d.with_note(label);
  if (non_function != nullptr) {
    const SyntaxTree& owner_tree = *input.files[non_function->file].tree;
    d.with_secondary(owner_tree.span_without_attributes(non_function->node),
                     "non-function item at `crate::main` is found");
  }
  for (const Item* item : elsewhere) {
    d.with_note_at(input.files[item->file].tree->fn_signature_span(item->node), "here is a function named `main`");
  }
  if (!elsewhere.empty()) {
    d.with_note("you have one or more functions named `main` not defined at the crate level");
    d.with_help("consider moving the `main` function definitions");
  }
  return d;
}

}  // namespace sluice
