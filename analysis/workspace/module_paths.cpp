// Where `mod m;` finds its file. The rules, as rustc 1.95 applies them (each
// is a case in the "module files" tests of workspace_test.cpp):
// - A "mod-rs" file (a crate root, a mod.rs, or any file loaded through
//   #[path]) keeps its children beside it: `mod m;` -> dir/m.rs or dir/m/mod.rs.
// - Any other file dir/a.rs keeps them in dir/a/.
// - `mod x { ... }` adds x/ (or its own #[path] value) to the child directory.
// - #[path] on a declaration outside inline modules is relative to the
//   directory of the current file, even in a non-mod-rs file; inside an
//   inline module it is relative to the child directory built so far.
#include "analysis/workspace/workspace.h"

namespace sluice {

namespace {

// `r#type` is looked up as type.rs; rustc still names it `r#type` in messages.
std::string_view file_stem_of_module(std::string_view module_name) {
  if (module_name.starts_with("r#")) module_name.remove_prefix(2);
  return module_name;
}

std::string_view base_directory_for_path_attribute(const ModuleScope& scope) {
  return scope.inside_inline_module ? scope.child_directory : scope.file_directory;
}

}  // namespace

ModuleScope crate_root_module_scope(const std::string& root_file) {
  std::string directory = parent_directory(normalize_path(root_file));
  return ModuleScope{directory, directory, false};
}

ModuleScope file_module_scope(const std::string& file, std::string_view module_name,
                              bool loaded_through_path_attribute) {
  std::string normalized = normalize_path(file);
  std::string directory = parent_directory(normalized);
  bool mod_rs = loaded_through_path_attribute || file_name(normalized) == "mod.rs";
  std::string children = mod_rs ? directory : join_path(directory, file_stem_of_module(module_name));
  return ModuleScope{directory, children, false};
}

ModuleScope inline_module_scope(const ModuleScope& parent, std::string_view module_name,
                                std::optional<std::string_view> path_attribute) {
  ModuleScope scope = parent;
  scope.child_directory = path_attribute ? join_path(base_directory_for_path_attribute(parent), *path_attribute)
                                         : join_path(parent.child_directory, file_stem_of_module(module_name));
  scope.inside_inline_module = true;
  return scope;
}

ModuleFileCandidates module_file_candidates(const ModuleScope& scope, std::string_view module_name,
                                            std::optional<std::string_view> path_attribute) {
  ModuleFileCandidates candidates;
  if (path_attribute) {
    candidates.paths.push_back(join_path(base_directory_for_path_attribute(scope), *path_attribute));
    candidates.from_path_attribute = true;
    return candidates;
  }
  std::string stem(file_stem_of_module(module_name));
  candidates.paths.push_back(join_path(scope.child_directory, stem + ".rs"));
  candidates.paths.push_back(join_path(scope.child_directory, stem + "/mod.rs"));
  return candidates;
}

// rustc 1.95:
//   error[E0583]: file not found for module `b`
//     = help: to create the module `b`, create file "src/a/b.rs" or "src/a/b/mod.rs"
//     = note: if there is a `mod b` elsewhere in the crate already, import it with `use crate::...` instead
Diagnostic module_file_not_found(Span declaration, std::string_view module_name,
                                 const std::vector<std::string>& display_paths) {
  Diagnostic d = make_diagnostic(DiagKind::ModuleFileNotFound, declaration, {module_name});
  std::string name(module_name);
  if (display_paths.size() >= 2) {
    d.with_help("to create the module `" + name + "`, create file \"" + display_paths[0] + "\" or \"" +
                display_paths[1] + "\"");
  }
  d.with_note("if there is a `mod " + name + "` elsewhere in the crate already, import it with `use crate::...` instead");
  return d;
}

// rustc 1.95:
//   error[E0761]: file for module `b` found at both "src/a/b.rs" and "src/a/b/mod.rs"
//     = help: delete or rename one of them to remove the ambiguity
Diagnostic module_file_ambiguous(Span declaration, std::string_view module_name,
                                 const std::vector<std::string>& display_paths) {
  std::string_view first = display_paths.size() > 0 ? std::string_view(display_paths[0]) : "";
  std::string_view second = display_paths.size() > 1 ? std::string_view(display_paths[1]) : "";
  Diagnostic d = make_diagnostic(DiagKind::ModuleFileAmbiguous, declaration, {module_name, first, second});
  d.with_help("delete or rename one of them to remove the ambiguity");
  return d;
}

}  // namespace sluice
