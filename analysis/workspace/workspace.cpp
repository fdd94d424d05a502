// Loading a workspace: find the root manifest, expand the members, follow
// path dependencies, lay out each package's targets as crates, and order the
// crates. Every message is cargo 1.95's; workspace_test.cpp quotes the cargo
// output each one was compared against.
#include "analysis/workspace/workspace.h"

#include <algorithm>
#include <deque>
#include <map>
#include <memory>
#include <set>
#include <tuple>

#include "analysis/workspace/manifest.h"

namespace sluice {

// ---------------------------------------------------------------------------
// Paths and file systems

std::string_view file_status_message(FileSystem::Status status) {
  switch (status) {
    case FileSystem::Status::Ok: return "";
    case FileSystem::Status::NotFound: return "No such file or directory (os error 2)";
    case FileSystem::Status::NotReadable: return "Permission denied (os error 13)";
    case FileSystem::Status::IsDirectory: return "Is a directory (os error 21)";
    case FileSystem::Status::InvalidUtf8: return "stream did not contain valid UTF-8";
    case FileSystem::Status::TooLarge: return "File too large (os error 27)";
  }
  return "";
}

std::string normalize_path(std::string_view path) {
  bool absolute = path.starts_with('/');
  std::vector<std::string_view> parts;
  size_t i = 0;
  while (i <= path.size()) {
    size_t slash = path.find('/', i);
    if (slash == std::string_view::npos) slash = path.size();
    std::string_view part = path.substr(i, slash - i);
    i = slash + 1;
    if (part.empty() || part == ".") continue;
    if (part == ".." && !parts.empty() && parts.back() != "..") {
      parts.pop_back();
    } else if (part == ".." && absolute) {
      continue;  // "/.." is "/"
    } else {
      parts.push_back(part);
    }
  }
  std::string out = absolute ? "/" : "";
  for (size_t k = 0; k < parts.size(); ++k) {
    if (k > 0) out += '/';
    out += parts[k];
  }
  return out.empty() ? "." : out;
}

std::string join_path(std::string_view directory, std::string_view relative) {
  if (relative.starts_with('/')) return normalize_path(relative);
  std::string joined(directory);
  joined += '/';
  joined += relative;
  return normalize_path(joined);
}

std::string parent_directory(std::string_view path) {
  std::string normalized = normalize_path(path);
  size_t slash = normalized.rfind('/');
  if (slash == std::string::npos) return normalized == ".." ? "../.." : ".";
  if (slash == 0) return "/";
  return normalized.substr(0, slash);
}

std::string_view file_name(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool path_starts_with(std::string_view path, std::string_view directory) {
  if (directory == "/" ) return path.starts_with('/');
  if (!path.starts_with(directory)) return false;
  return path.size() == directory.size() || path[directory.size()] == '/';
}

void InMemoryFileSystem::add_file(const std::string& path, std::string text) {
  std::string normalized = normalize_path(path);
  std::lock_guard lock(mutex_);
  for (std::string dir = parent_directory(normalized);; dir = parent_directory(dir)) {
    directories_[dir] = true;
    if (dir == "/" || dir == "." || dir == "..") break;
  }
  files_[normalized] = std::move(text);
}

void InMemoryFileSystem::add_directory(const std::string& path) {
  std::string normalized = normalize_path(path);
  std::lock_guard lock(mutex_);
  for (std::string dir = normalized;; dir = parent_directory(dir)) {
    directories_[dir] = true;
    if (dir == "/" || dir == "." || dir == "..") break;
  }
}

bool InMemoryFileSystem::remove_file(const std::string& path) {
  std::lock_guard lock(mutex_);
  return files_.erase(normalize_path(path)) > 0;
}

FileSystem::Status InMemoryFileSystem::read_file(const std::string& path, std::string& out) {
  std::string normalized = normalize_path(path);
  std::lock_guard lock(mutex_);
  auto it = files_.find(normalized);
  if (it == files_.end()) return directories_.count(normalized) ? Status::IsDirectory : Status::NotFound;
  out = it->second;
  return Status::Ok;
}

bool InMemoryFileSystem::is_file(const std::string& path) {
  std::lock_guard lock(mutex_);
  return files_.count(normalize_path(path)) > 0;
}

bool InMemoryFileSystem::is_directory(const std::string& path) {
  std::lock_guard lock(mutex_);
  return directories_.count(normalize_path(path)) > 0;
}

std::vector<std::string> InMemoryFileSystem::list_directory(const std::string& path) {
  std::string dir = normalize_path(path);
  std::lock_guard lock(mutex_);
  std::set<std::string> names;
  auto collect = [&](const std::string& entry) {
    if (entry == dir || parent_directory(entry) != dir) return;
    names.insert(std::string(file_name(entry)));
  };
  // Children sort right after their directory's prefix; scan just that range.
  std::string prefix = dir == "/" ? "/" : dir + "/";
  for (auto it = files_.lower_bound(prefix); it != files_.end() && it->first.starts_with(prefix); ++it) collect(it->first);
  for (auto it = directories_.lower_bound(prefix); it != directories_.end() && it->first.starts_with(prefix); ++it)
    collect(it->first);
  return std::vector<std::string>(names.begin(), names.end());
}

// ---------------------------------------------------------------------------
// Globs in workspace.members: `*`, `?` and `[...]` within one path component.

namespace {

bool has_glob_characters(std::string_view text) { return text.find_first_of("*?[") != std::string_view::npos; }

// Matches name[n] against the class starting at pattern[p] == '['; sets
// `class_end` past the ']'. Returns nullopt when the class is unterminated
// (then the '[' is an ordinary character).
std::optional<bool> match_class(std::string_view pattern, size_t p, char c, size_t& class_end) {
  size_t i = p + 1;
  bool negated = i < pattern.size() && (pattern[i] == '!' || pattern[i] == '^');
  if (negated) ++i;
  bool matched = false;
  bool first = true;
  for (; i < pattern.size() && (pattern[i] != ']' || first); first = false) {
    char low = pattern[i];
    char high = low;
    if (i + 2 < pattern.size() && pattern[i + 1] == '-' && pattern[i + 2] != ']') {
      high = pattern[i + 2];
      i += 3;
    } else {
      ++i;
    }
    if (c >= low && c <= high) matched = true;
  }
  if (i >= pattern.size()) return std::nullopt;
  class_end = i + 1;
  return matched != negated;
}

// Iterative matching with one backtrack point for the last `*`.
bool glob_match(std::string_view pattern, std::string_view name) {
  size_t p = 0, n = 0;
  size_t star = std::string_view::npos, star_n = 0;
  while (n < name.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      star_n = n;
      continue;
    }
    if (p < pattern.size()) {
      size_t class_end = 0;
      std::optional<bool> in_class =
          pattern[p] == '[' ? match_class(pattern, p, name[n], class_end) : std::nullopt;
      if (in_class.has_value() && *in_class) {
        p = class_end, ++n;
        continue;
      }
      if (!in_class.has_value() && (pattern[p] == '?' || pattern[p] == name[n])) {
        ++p, ++n;
        continue;
      }
    }
    if (star == std::string_view::npos) return false;
    p = star + 1;
    n = ++star_n;
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

std::vector<std::string> split_components(std::string_view path) {
  std::vector<std::string> parts;
  size_t i = 0;
  while (i < path.size()) {
    size_t slash = path.find('/', i);
    if (slash == std::string_view::npos) slash = path.size();
    if (slash > i) parts.emplace_back(path.substr(i, slash - i));
    i = slash + 1;
  }
  return parts;
}

// The directories matching a normalised pattern, sorted. Like cargo (glob
// crate), files that match are skipped.
std::vector<std::string> glob_directories(FileSystem& fs, const std::string& pattern) {
  std::vector<std::string> current{pattern.starts_with('/') ? "/" : "."};
  for (const std::string& component : split_components(pattern)) {
    std::vector<std::string> next;
    for (const std::string& dir : current) {
      if (!has_glob_characters(component)) {
        std::string candidate = join_path(dir, component);
        if (fs.is_directory(candidate)) next.push_back(candidate);
        continue;
      }
      for (const std::string& name : fs.list_directory(dir)) {
        std::string candidate = join_path(dir, name);
        if (glob_match(component, name) && fs.is_directory(candidate)) next.push_back(candidate);
      }
    }
    current = std::move(next);
  }
  std::sort(current.begin(), current.end());
  return current;
}

std::string underscored(std::string_view name) {
  std::string out(name);
  std::replace(out.begin(), out.end(), '-', '_');
  return out;
}

bool ends_with(std::string_view text, std::string_view suffix) { return text.ends_with(suffix); }

// Where walking up stops: the root, or the top of a relative path (whose
// lexical parents would be "..", "../..", ... for ever).
bool is_top_directory(std::string_view dir) { return dir == "/" || dir == "." || dir.starts_with(".."); }

}  // namespace

// ---------------------------------------------------------------------------
// The loader

namespace {

using manifest::DependencyEntry;
using manifest::DependencySource;
using manifest::Manifest;
using manifest::TargetEntry;

// One Cargo.toml, read and parsed once however often it is reached.
struct ManifestSlot {
  std::string path;
  FileSystem::Status status = FileSystem::Status::NotFound;
  Manifest manifest;
  bool diagnostics_reported = false;
  PackageId package;  // once a package was made from it
};

// A member directory and the `members` string that named it.
struct MemberDirectory {
  std::string directory;
  Span span;                 // that string in the root manifest; none for the root package itself
  std::string via_pattern;   // the glob, when it came from one
};

struct PackageEdge {
  PackageId to;
  const DependencyEntry* entry;  // owned by the manifest slot of the `from` package
};

// Loader-side state of one package.
struct PackageState {
  ManifestSlot* slot = nullptr;  // null for a single .rs file
  std::vector<PackageEdge> edges;
};

class WorkspaceLoader {
 public:
  WorkspaceLoader(FileSystem& fs, SourceMap& sources, const WorkspaceOptions& options)
      : fs_(fs), sources_(sources), options_(options) {}

  Workspace load(const std::string& path);

 private:
  void load_single_file(const std::string& path);
  std::optional<std::string> find_manifest(const std::string& path);
  std::optional<std::string> find_enclosing_workspace(const std::string& package_directory);
  void load_from_root(ManifestSlot& root, const std::string& selected_manifest);

  ManifestSlot& slot_at(const std::string& manifest_path);
  void report(ManifestSlot& slot);
  std::string display_path(const std::string& path) const;

  std::vector<MemberDirectory> expand_members(const ManifestSlot& root);
  bool is_excluded(const ManifestSlot& root, const std::string& directory) const;
  void load_member(const MemberDirectory& member, const ManifestSlot& root);
  PackageId add_package(ManifestSlot& slot, bool is_member);
  void inherit_from_workspace(Package& package, ManifestSlot& slot);

  void resolve_dependencies();
  void resolve_dependency(PackageId from, const DependencyEntry& entry);
  std::optional<DependencyEntry> inherited_dependency(PackageId from, const DependencyEntry& entry);
  void follow_path_dependency(PackageId from, const DependencyEntry& entry, const std::string& directory);
  std::string package_id_text(PackageId id) const;

  void check_duplicate_package_names();
  void break_dependency_cycles();
  void report_cycle(const std::vector<std::pair<PackageId, size_t>>& stack, size_t cycle_start, PackageId from,
                    size_t edge_index);

  void add_targets(PackageId id);
  std::vector<std::pair<std::string, std::string>> discover_bins(const Package& package) const;
  void add_lib(PackageId id, const Manifest& manifest);
  void add_bins(PackageId id, const Manifest& manifest,
                const std::vector<std::pair<std::string, std::string>>& discovered);
  CrateId add_crate(PackageId package, CrateKind kind, std::string target_name, std::string root, Edition edition);

  std::vector<CrateDependency> package_dependencies(PackageId id);
  void link_crates();
  void order_crates();
  void error(Diagnostic d) { ws_.diagnostics.push_back(std::move(d)); }

  FileSystem& fs_;
  SourceMap& sources_;
  const WorkspaceOptions& options_;
  Workspace ws_;
  std::map<std::string, std::unique_ptr<ManifestSlot>> slots_;
  std::map<std::string, PackageId> package_by_directory_;
  std::vector<PackageState> states_;  // parallel to ws_.packages
  ManifestSlot* root_ = nullptr;
  std::deque<DependencyEntry> inherited_entries_;
};

std::string WorkspaceLoader::display_path(const std::string& path) const {
  const std::string& base = options_.display_base_directory;
  if (base.empty() || !path_starts_with(path, base) || path.size() == base.size()) return path;
  return path.substr(base == "/" ? 1 : base.size() + 1);
}

ManifestSlot& WorkspaceLoader::slot_at(const std::string& manifest_path) {
  std::unique_ptr<ManifestSlot>& slot = slots_[manifest_path];
  if (slot) return *slot;
  slot = std::make_unique<ManifestSlot>();
  slot->path = manifest_path;
  std::string text;
  slot->status = fs_.is_file(manifest_path) ? fs_.read_file(manifest_path, text) : FileSystem::Status::NotFound;
  if (slot->status == FileSystem::Status::Ok) {
    FileId file = sources_.add(display_path(manifest_path), std::move(text));
    slot->manifest = manifest::parse_manifest(sources_.file(file));
  }
  return *slot;
}

void WorkspaceLoader::report(ManifestSlot& slot) {
  if (slot.diagnostics_reported) return;
  slot.diagnostics_reported = true;
  for (Diagnostic& d : slot.manifest.diagnostics) error(std::move(d));
  slot.manifest.diagnostics.clear();
}

Workspace WorkspaceLoader::load(const std::string& path) {
  std::string normalized = normalize_path(path);
  if (ends_with(normalized, ".rs")) {
    load_single_file(normalized);
    return std::move(ws_);
  }
  std::optional<std::string> manifest_path = find_manifest(normalized);
  if (!manifest_path) return std::move(ws_);
  ManifestSlot& given = slot_at(*manifest_path);
  if (given.status != FileSystem::Status::Ok) {
    error(make_diagnostic(DiagKind::ManifestReadFailed, Span{}, {*manifest_path})
              .with_note(std::string(file_status_message(given.status))));
    return std::move(ws_);
  }
  ManifestSlot* root = &given;
  if (!given.manifest.has_workspace && given.manifest.parsed && options_.find_enclosing_workspace) {
    if (auto enclosing = find_enclosing_workspace(parent_directory(*manifest_path))) root = &slot_at(*enclosing);
  }
  load_from_root(*root, *manifest_path);
  return std::move(ws_);
}

// cargo: `error: could not find `Cargo.toml` in `/tmp/nocargo/sub` or any parent directory`
// and `error: manifest path `/tmp/nocargo/Cargo.toml` does not exist`.
std::optional<std::string> WorkspaceLoader::find_manifest(const std::string& path) {
  if (fs_.is_file(path)) return path;
  if (!fs_.is_directory(path)) {
    error(make_diagnostic(DiagKind::ManifestPathNotFound, Span{}, {path}));
    return std::nullopt;
  }
  for (std::string dir = path;; dir = parent_directory(dir)) {
    std::string candidate = join_path(dir, "Cargo.toml");
    if (fs_.is_file(candidate)) return candidate;
    if (is_top_directory(dir)) break;
  }
  error(make_diagnostic(DiagKind::ManifestNotFound, Span{}, {path}));
  return std::nullopt;
}

// The nearest ancestor manifest with a [workspace] that lists this package.
// An ancestor workspace that does not list it ends the search (cargo would
// refuse with "current package believes it's in a workspace when it's not";
// sluice loads the package on its own).
std::optional<std::string> WorkspaceLoader::find_enclosing_workspace(const std::string& package_directory) {
  if (is_top_directory(package_directory)) return std::nullopt;
  for (std::string dir = parent_directory(package_directory);; dir = parent_directory(dir)) {
    std::string candidate = join_path(dir, "Cargo.toml");
    if (fs_.is_file(candidate)) {
      ManifestSlot& slot = slot_at(candidate);
      if (slot.manifest.has_workspace) {
        for (const MemberDirectory& member : expand_members(slot)) {
          if (member.directory == package_directory) return candidate;
        }
        return std::nullopt;
      }
    }
    if (is_top_directory(dir)) break;
  }
  return std::nullopt;
}

void WorkspaceLoader::load_single_file(const std::string& path) {
  std::string stem(file_name(path));
  stem.resize(stem.size() - 3);
  std::string crate_name = underscored(stem);
  // rustc: `error: invalid character ' ' in crate name: `a b``.
  for (char c : crate_name) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
              static_cast<unsigned char>(c) >= 0x80;
    if (!ok) {
      error(make_diagnostic(DiagKind::CrateNameInvalidCharacter, Span{}, {std::string(1, c), crate_name}));
      return;
    }
  }
  if (crate_name.empty()) {
    error(make_diagnostic(DiagKind::CrateNameEmpty, Span{}));
    return;
  }
  if (!fs_.is_file(path)) {
    // rustc: `error: couldn't read `nonexist.rs`: No such file or directory (os error 2)`.
    FileSystem::Status status = fs_.is_directory(path) ? FileSystem::Status::IsDirectory : FileSystem::Status::NotFound;
    error(make_diagnostic(DiagKind::CouldNotReadFile, Span{}, {display_path(path), file_status_message(status)}));
    return;
  }
  Package package;
  package.name = stem;
  package.version = "0.0.0";
  package.directory = parent_directory(path);
  package.edition = options_.single_file_edition;
  package.is_workspace_member = true;
  ws_.packages.push_back(std::move(package));
  states_.push_back({});
  PackageId id(0);
  ws_.selected_packages.push_back(id);
  add_crate(id, CrateKind::Bin, stem, path, options_.single_file_edition);
  order_crates();
}

void WorkspaceLoader::load_from_root(ManifestSlot& root, const std::string& selected_manifest) {
  root_ = &root;
  ws_.root_manifest_path = root.path;
  report(root);
  const Manifest& m = root.manifest;
  if (!m.parsed) return;
  if (m.has_workspace) {
    std::vector<MemberDirectory> members = expand_members(root);
    for (const MemberDirectory& member : members) load_member(member, root);
    if (members.empty() && !m.has_package) {
      // cargo: `error: manifest path `/tmp/t` contains no package: The manifest is virtual, and the workspace has no members.`
      error(make_diagnostic(DiagKind::VirtualWorkspaceWithoutMembers, m.workspace_span,
                            {parent_directory(root.path)}));
    }
  } else if (m.has_package) {
    add_package(root, true);
  }
  resolve_dependencies();
  check_duplicate_package_names();
  break_dependency_cycles();
  for (uint32_t i = 0; i < ws_.packages.size(); ++i) add_targets(PackageId(i));
  link_crates();
  order_crates();
  ManifestSlot& selected = slot_at(selected_manifest);
  if (selected.package.has_value()) {
    ws_.selected_packages.push_back(selected.package);
  } else {
    for (uint32_t i = 0; i < ws_.packages.size(); ++i)
      if (ws_.packages[i].is_workspace_member) ws_.selected_packages.push_back(PackageId(i));
  }
}

// cargo expands each `members` entry; a glob that matches nothing is taken as
// a literal path (so it fails to load), matches that are files are skipped,
// and `exclude` prunes everything below it unless a literal member names it.
std::vector<MemberDirectory> WorkspaceLoader::expand_members(const ManifestSlot& root) {
  std::vector<MemberDirectory> members;
  std::set<std::string> seen;
  std::string root_dir = parent_directory(root.path);
  auto add = [&](MemberDirectory member) {
    if (seen.insert(member.directory).second) members.push_back(std::move(member));
  };
  if (root.manifest.has_package) add({root_dir, Span{}, ""});
  for (const manifest::StringField& entry : root.manifest.members) {
    std::string pattern = join_path(root_dir, entry.value);
    std::vector<std::string> matches;
    if (has_glob_characters(entry.value)) matches = glob_directories(fs_, pattern);
    if (matches.empty()) {
      add({pattern, entry.span, ""});
      continue;
    }
    for (std::string& dir : matches) {
      if (!is_excluded(root, dir)) add({std::move(dir), entry.span, entry.value});
    }
  }
  return members;
}

bool WorkspaceLoader::is_excluded(const ManifestSlot& root, const std::string& directory) const {
  std::string root_dir = parent_directory(root.path);
  auto under_any = [&](const std::vector<manifest::StringField>& list) {
    return std::any_of(list.begin(), list.end(), [&](const manifest::StringField& entry) {
      return path_starts_with(directory, join_path(root_dir, entry.value));
    });
  };
  return under_any(root.manifest.exclude) && !under_any(root.manifest.members);
}

// cargo:
//   error: failed to load manifest for workspace member `/tmp/wsx/ws2/crates/b`
//   referenced via `crates/*` by workspace at `/tmp/wsx/ws2/Cargo.toml`
//   Caused by: failed to read `/tmp/wsx/ws2/crates/b/Cargo.toml`
//   Caused by: No such file or directory (os error 2)
void WorkspaceLoader::load_member(const MemberDirectory& member, const ManifestSlot& root) {
  std::string manifest_path = join_path(member.directory, "Cargo.toml");
  ManifestSlot& slot = manifest_path == root.path ? *root_ : slot_at(manifest_path);
  if (slot.status != FileSystem::Status::Ok) {
    std::string referenced = member.via_pattern.empty()
                                 ? "referenced by workspace at `" + root.path + "`"
                                 : "referenced via `" + member.via_pattern + "` by workspace at `" + root.path + "`";
    error(make_diagnostic(DiagKind::WorkspaceMemberLoadFailed, member.span, {member.directory})
              .with_note(referenced)
              .with_note("failed to read `" + manifest_path + "`: " + std::string(file_status_message(slot.status))));
    return;
  }
  report(slot);
  if (slot.manifest.has_package) add_package(slot, true);
}

PackageId WorkspaceLoader::add_package(ManifestSlot& slot, bool is_member) {
  if (slot.package.has_value()) {
    if (is_member) ws_.packages[slot.package.index].is_workspace_member = true;
    return slot.package;
  }
  const Manifest& m = slot.manifest;
  Package package;
  package.name = m.name.value;
  package.version = m.version;
  package.manifest_path = slot.path;
  package.manifest_file = m.package_span.file;
  package.directory = parent_directory(slot.path);
  package.edition = m.edition;
  package.is_workspace_member = is_member;
  inherit_from_workspace(package, slot);
  if (!m.edition_set) {
    // cargo: `warning: no edition set: defaulting to the 2015 edition while the latest is 2024` (no span).
    error(make_diagnostic(DiagKind::NoEditionSet, m.package_span));
  }
  PackageId id(static_cast<uint32_t>(ws_.packages.size()));
  slot.package = id;
  package_by_directory_[package.directory] = id;
  ws_.packages.push_back(std::move(package));
  states_.push_back(PackageState{&slot, {}});
  return id;
}

// `edition.workspace = true` and `version.workspace = true` take the values of
// the root's [workspace.package].
void WorkspaceLoader::inherit_from_workspace(Package& package, ManifestSlot& slot) {
  const Manifest& m = slot.manifest;
  const Manifest* root = root_ != nullptr && root_->manifest.has_workspace ? &root_->manifest : nullptr;
  if (m.edition_from_workspace) {
    if (root != nullptr && root->workspace_edition) {
      package.edition = *root->workspace_edition;
    } else {
      error(make_diagnostic(DiagKind::WorkspaceInheritanceFailed, m.package_span, {"edition", "package.edition"})
                .with_note(root == nullptr ? "failed to find a workspace root"
                                           : "`workspace.package.edition` was not defined"));
    }
  }
  if (m.version_from_workspace) {
    if (root != nullptr && root->workspace_version) {
      package.version = *root->workspace_version;
    } else {
      error(make_diagnostic(DiagKind::WorkspaceInheritanceFailed, m.package_span, {"version", "package.version"})
                .with_note(root == nullptr ? "failed to find a workspace root"
                                           : "`workspace.package.version` was not defined"));
    }
  }
}

std::string WorkspaceLoader::package_id_text(PackageId id) const {
  const Package& p = ws_.packages[id.index];
  return p.name + " v" + p.version + " (" + p.directory + ")";
}

// Breadth-first: packages reached through path dependencies join the list
// and have their own dependencies followed in turn.
void WorkspaceLoader::resolve_dependencies() {
  for (uint32_t i = 0; i < ws_.packages.size(); ++i) {
    ManifestSlot* slot = states_[i].slot;
    for (const DependencyEntry& entry : slot->manifest.dependencies) resolve_dependency(PackageId(i), entry);
  }
}

void WorkspaceLoader::resolve_dependency(PackageId from, const DependencyEntry& entry) {
  const Package& package = ws_.packages[from.index];
  switch (entry.source) {
    case DependencySource::Path:
      follow_path_dependency(from, entry, join_path(package.directory, entry.path->value));
      return;
    case DependencySource::Registry:
      error(make_diagnostic(DiagKind::Unsupported, entry.entry_span, {"the registry dependency `" + entry.key.value + "`"})
                .with_help("sluice builds only `path` dependencies for now"));
      return;
    case DependencySource::Git:
      error(make_diagnostic(DiagKind::Unsupported, entry.entry_span, {"the git dependency `" + entry.key.value + "`"})
                .with_help("sluice builds only `path` dependencies for now"));
      return;
    case DependencySource::Workspace:
      if (auto inherited = inherited_dependency(from, entry)) {
        // Edges point at their entry, so the inherited one needs a stable home.
        inherited_entries_.push_back(std::move(*inherited));
        resolve_dependency(from, inherited_entries_.back());
      }
      return;
    case DependencySource::Missing:
      // cargo: `dependency (foo) specified without providing a local path, Git repository, version, or
      // workspace dependency to use` (under "failed to parse manifest at").
      error(make_diagnostic(DiagKind::DependencyWithoutSource, entry.entry_span, {entry.key.value}));
      return;
  }
}

// `foo = { workspace = true }`: the root's [workspace.dependencies] entry, with
// a path made relative to this package's directory so the usual code applies.
// cargo: `error inheriting `bar` from workspace root manifest's `workspace.dependencies.bar``
//        Caused by: `dependency.bar` was not found in `workspace.dependencies`
std::optional<DependencyEntry> WorkspaceLoader::inherited_dependency(PackageId from, const DependencyEntry& entry) {
  const Manifest* root = root_ != nullptr && root_->manifest.has_workspace ? &root_->manifest : nullptr;
  const DependencyEntry* found = nullptr;
  if (root != nullptr) {
    for (const DependencyEntry& candidate : root->workspace_dependencies)
      if (candidate.key.value == entry.key.value) found = &candidate;
  }
  if (found == nullptr || found->source == DependencySource::Workspace) {
    error(make_diagnostic(DiagKind::WorkspaceInheritanceFailed, entry.entry_span,
                          {entry.key.value, "dependencies." + entry.key.value})
              .with_note(root == nullptr ? "failed to find a workspace root"
                                         : "`dependency." + entry.key.value + "` was not found in `workspace.dependencies`"));
    return std::nullopt;
  }
  DependencyEntry inherited = *found;
  inherited.key = entry.key;
  inherited.entry_span = entry.entry_span;
  if (entry.package) inherited.package = entry.package;
  if (inherited.path) inherited.path->value = join_path(parent_directory(root_->path), inherited.path->value);
  return inherited;
}

// cargo, for a directory without Cargo.toml:
//   error: failed to get `missing` as a dependency of package `s v0.1.0 (/tmp/wsx/single)`
//   Caused by: failed to load source for dependency `missing`
//   Caused by: unable to update /tmp/wsx/nothere
//   Caused by: failed to read `/tmp/wsx/nothere/Cargo.toml`
//   Caused by: No such file or directory (os error 2)
// and for a package of another name:
//   error: no matching package named `foo` found
//   location searched: /tmp/wsx/dep2/util
//   required by package `app v0.1.0 (/tmp/wsx/dep2/app)`
void WorkspaceLoader::follow_path_dependency(PackageId from, const DependencyEntry& entry,
                                             const std::string& directory) {
  std::string manifest_path = join_path(directory, "Cargo.toml");
  ManifestSlot& slot = slot_at(manifest_path);
  if (slot.status != FileSystem::Status::Ok) {
    error(make_diagnostic(DiagKind::DependencyLoadFailed, entry.entry_span, {entry.key.value, package_id_text(from)})
              .with_note("failed to load source for dependency `" + entry.key.value + "`")
              .with_note("unable to update " + directory)
              .with_note("failed to read `" + manifest_path + "`: " + std::string(file_status_message(slot.status))));
    return;
  }
  report(slot);
  if (!slot.manifest.parsed) return;  // its own diagnostics say why
  const std::string& wanted = entry.package ? entry.package->value : entry.key.value;
  if (!slot.manifest.has_package || slot.manifest.name.value != wanted) {
    if (slot.manifest.has_package || !slot.manifest.name.value.empty() || slot.manifest.has_workspace) {
      error(make_diagnostic(DiagKind::DependencyPackageNotFound, entry.entry_span, {wanted})
                .with_note("location searched: " + directory)
                .with_note("required by package `" + package_id_text(from) + "`"));
    }
    return;
  }
  bool member = root_ != nullptr && root_->manifest.has_workspace &&
                path_starts_with(directory, parent_directory(root_->path)) && !is_excluded(*root_, directory);
  PackageId to = add_package(slot, member);
  states_[from.index].edges.push_back({to, &entry});
}

// cargo:
//   error: two packages named `a` in this workspace:
//   - /tmp/wsx/ws3/crates/a/Cargo.toml
//   - /tmp/wsx/ws3/crates/b/Cargo.toml
void WorkspaceLoader::check_duplicate_package_names() {
  std::map<std::string, PackageId> first_by_name;
  for (uint32_t i = 0; i < ws_.packages.size(); ++i) {
    const Package& p = ws_.packages[i];
    if (!p.is_workspace_member) continue;
    auto [it, inserted] = first_by_name.emplace(p.name, PackageId(i));
    if (inserted) continue;
    error(make_diagnostic(DiagKind::DuplicatePackageName, states_[i].slot->manifest.name.span,
                          {p.name, ws_.packages[it->second.index].manifest_path, p.manifest_path}));
  }
}

// Depth-first with an explicit stack; each back edge is a cycle, reported in
// cargo's words and dropped, so the crates can still be ordered.
void WorkspaceLoader::break_dependency_cycles() {
  enum class Mark : uint8_t { New, Active, Done };
  std::vector<Mark> marks(ws_.packages.size(), Mark::New);
  for (uint32_t start = 0; start < ws_.packages.size(); ++start) {
    if (marks[start] != Mark::New) continue;
    std::vector<std::pair<PackageId, size_t>> stack{{PackageId(start), 0}};  // package, next edge
    marks[start] = Mark::Active;
    while (!stack.empty()) {
      auto& [node, next] = stack.back();
      std::vector<PackageEdge>& edges = states_[node.index].edges;
      if (next >= edges.size()) {
        marks[node.index] = Mark::Done;
        stack.pop_back();
        continue;
      }
      size_t edge_index = next++;
      PackageId to = edges[edge_index].to;
      if (marks[to.index] == Mark::New) {
        marks[to.index] = Mark::Active;
        stack.push_back({to, 0});
      } else if (marks[to.index] == Mark::Active) {
        size_t cycle_start = 0;
        while (stack[cycle_start].first != to) ++cycle_start;
        report_cycle(stack, cycle_start, node, edge_index);
        edges[edge_index].to = PackageId::none();
      }
    }
  }
  for (PackageState& state : states_) {
    std::erase_if(state.edges, [](const PackageEdge& e) { return e.to.is_none(); });
  }
}

// cargo:
//   error: cyclic package dependency: package `a v0.1.0 (/tmp/wsx/cyc/a)` depends on itself. Cycle:
//   package `a v0.1.0 (/tmp/wsx/cyc/a)`
//       ... which satisfies path dependency `a` of package `c v0.1.0 (/tmp/wsx/cyc/c)`
//       ... which satisfies path dependency `c` of package `b v0.1.0 (/tmp/wsx/cyc/b)`
//       ... which satisfies path dependency `b` of package `a v0.1.0 (/tmp/wsx/cyc/a)`
void WorkspaceLoader::report_cycle(const std::vector<std::pair<PackageId, size_t>>& stack, size_t cycle_start,
                                   PackageId from, size_t edge_index) {
  PackageId target = stack[cycle_start].first;
  const PackageEdge& closing = states_[from.index].edges[edge_index];
  std::string chain = "package `" + package_id_text(target) + "`";
  auto line = [&](const PackageEdge& edge, PackageId owner) {
    chain += "\n    ... which satisfies path dependency `" + edge.entry->key.value + "` of package `" +
             package_id_text(owner) + "`";
  };
  line(closing, from);
  for (size_t k = stack.size() - 1; k > cycle_start; --k) {
    PackageId owner = stack[k - 1].first;
    // The edge owner -> stack[k] is the one just before owner's `next`.
    line(states_[owner.index].edges[stack[k - 1].second - 1], owner);
  }
  error(make_diagnostic(DiagKind::DependencyCycle, closing.entry->entry_span, {package_id_text(target), chain}));
}

// ---------------------------------------------------------------------------
// Targets, as cargo infers them: [lib] or src/lib.rs; [[bin]] entries, plus
// src/main.rs, src/bin/NAME.rs and src/bin/NAME/main.rs unless autobins = false.

// Every bin the directory layout implies, by target name, in a stable order
// (two with one name are both kept: that is an error the caller reports).
std::vector<std::pair<std::string, std::string>> WorkspaceLoader::discover_bins(const Package& package) const {
  std::vector<std::pair<std::string, std::string>> bins;
  std::string main_rs = join_path(package.directory, "src/main.rs");
  if (fs_.is_file(main_rs)) bins.emplace_back(package.name, main_rs);
  std::string bin_dir = join_path(package.directory, "src/bin");
  for (const std::string& entry : fs_.list_directory(bin_dir)) {
    std::string path = join_path(bin_dir, entry);
    if (entry.ends_with(".rs") && entry.size() > 3 && fs_.is_file(path)) {
      bins.emplace_back(entry.substr(0, entry.size() - 3), path);
    } else if (fs_.is_file(join_path(path, "main.rs"))) {
      bins.emplace_back(entry, join_path(path, "main.rs"));
    }
  }
  return bins;
}

void WorkspaceLoader::add_targets(PackageId id) {
  const Manifest& m = states_[id.index].slot->manifest;
  const Package& package = ws_.packages[id.index];
  std::vector<std::pair<std::string, std::string>> discovered = discover_bins(package);
  bool auto_lib = m.autolib && fs_.is_file(join_path(package.directory, "src/lib.rs"));
  if (!m.lib && m.bins.empty() && !auto_lib && (discovered.empty() || !m.autobins)) {
    // cargo: `no targets specified in the manifest` / `either src/lib.rs, src/main.rs, a [lib] section, or
    // [[bin]] section must be present` (under "failed to parse manifest at"), no span.
    error(make_diagnostic(DiagKind::NoTargets, m.package_span)
              .with_note("either src/lib.rs, src/main.rs, a [lib] section, or [[bin]] section must be present"));
    return;
  }
  add_lib(id, m);
  add_bins(id, m, discovered);
}

// cargo: `can't find lib `t` at path `/tmp/wsx/t/src/nope.rs``, `library target names cannot contain
// hyphens: my-lib`, `can't find library `y`, rename file to `src/lib.rs` or specify lib.path`.
void WorkspaceLoader::add_lib(PackageId id, const Manifest& m) {
  const Package& package = ws_.packages[id.index];
  std::string default_root = join_path(package.directory, "src/lib.rs");
  if (!m.lib) {
    if (m.autolib && fs_.is_file(default_root))
      add_crate(id, CrateKind::Lib, underscored(package.name), default_root, package.edition);
    return;
  }
  const TargetEntry& lib = *m.lib;
  std::string name = lib.name ? lib.name->value : underscored(package.name);
  if (lib.name && name.find('-') != std::string::npos) {
    error(make_diagnostic(DiagKind::LibNameWithHyphen, lib.name->span, {name}));
    return;
  }
  std::string root = lib.path ? join_path(package.directory, lib.path->value) : default_root;
  if (lib.path && !fs_.is_file(root)) {
    error(make_diagnostic(DiagKind::TargetFileNotFound, lib.path->span, {"lib", name, root}));
    return;
  }
  if (!lib.path && !fs_.is_file(root)) {
    error(make_diagnostic(DiagKind::LibNotFound, lib.span, {name}));
    return;
  }
  add_crate(id, CrateKind::Lib, name, root, lib.edition.value_or(package.edition));
}

namespace {
struct BinTarget {
  std::string name;
  std::string root;
  std::optional<Edition> edition;
  Span span;
  size_t order = 0;
};

// rustc's crate-name rule: alphanumerics and `_` once `-` became `_`.
bool is_valid_crate_name(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
  });
}
}  // namespace

// cargo: `binary target bin.name is required`; `can't find `zz` bin at `src/bin/zz.rs` or
// `src/bin/zz/main.rs`. Please specify bin.path if you want to use a non-default path.`;
// `can't find bin `x` at path `/tmp/wsx/t/src/nope.rs``; `found duplicate binary name x, but all
// binary targets must have a unique name`.
void WorkspaceLoader::add_bins(PackageId id, const Manifest& m,
                               const std::vector<std::pair<std::string, std::string>>& discovered) {
  const Package& package = ws_.packages[id.index];
  std::vector<BinTarget> bins;
  for (const TargetEntry& entry : m.bins) {
    if (!entry.name) {
      error(make_diagnostic(DiagKind::BinNameRequired, entry.span));
      continue;
    }
    const std::string& name = entry.name->value;
    std::string root;
    if (entry.path) {
      root = join_path(package.directory, entry.path->value);
      if (!fs_.is_file(root)) {
        error(make_diagnostic(DiagKind::TargetFileNotFound, entry.path->span, {"bin", name, root}));
        continue;
      }
    } else {
      auto found = std::find_if(discovered.begin(), discovered.end(), [&](const auto& d) { return d.first == name; });
      if (found == discovered.end()) {
        error(make_diagnostic(DiagKind::BinNotFound, entry.name->span, {name}));
        continue;
      }
      root = found->second;
    }
    bins.push_back({name, root, entry.edition, entry.name->span});
  }
  if (m.autobins) {
    size_t explicit_count = bins.size();
    for (const auto& [name, root] : discovered) {
      bool declared = std::any_of(bins.begin(), bins.begin() + explicit_count, [&](const BinTarget& b) {
        return b.name == name || b.root == root;
      });
      if (!declared) bins.push_back({name, root, std::nullopt, m.package_span});
    }
  }
  // By name; among equal names (an error below) the explicit target first.
  for (size_t i = 0; i < bins.size(); ++i) bins[i].order = i;
  std::sort(bins.begin(), bins.end(), [](const BinTarget& a, const BinTarget& b) {
    return std::tie(a.name, a.order) < std::tie(b.name, b.order);
  });
  for (size_t i = 0; i < bins.size(); ++i) {
    if (i > 0 && bins[i].name == bins[i - 1].name) {
      error(make_diagnostic(DiagKind::DuplicateBinaryName, bins[i].span, {bins[i].name}));
      continue;
    }
    if (!is_valid_crate_name(underscored(bins[i].name))) {
      // rustc: `error: invalid character ' ' in crate name: `a b``.
      std::string crate_name = underscored(bins[i].name);
      char bad = *std::find_if(crate_name.begin(), crate_name.end(), [](char c) { return !is_valid_crate_name({&c, 1}); });
      error(make_diagnostic(DiagKind::CrateNameInvalidCharacter, bins[i].span, {std::string(1, bad), crate_name}));
      continue;
    }
    add_crate(id, CrateKind::Bin, bins[i].name, bins[i].root, bins[i].edition.value_or(package.edition));
  }
}

CrateId WorkspaceLoader::add_crate(PackageId package, CrateKind kind, std::string target_name, std::string root,
                                   Edition edition) {
  CrateId id(static_cast<uint32_t>(ws_.crates.size()));
  Crate crate;
  crate.name = underscored(target_name);
  crate.target_name = std::move(target_name);
  crate.kind = kind;
  crate.root_file = std::move(root);
  crate.edition = edition;
  crate.package = package;
  ws_.crates.push_back(std::move(crate));
  ws_.packages[package.index].crates.push_back(id);
  return id;
}

// ---------------------------------------------------------------------------
// Crate dependencies and order

namespace {
CrateId lib_of(const Workspace& ws, PackageId package) {
  for (CrateId id : ws.packages[package.index].crates)
    if (ws.crates[id.index].kind == CrateKind::Lib) return id;
  return CrateId::none();
}
}  // namespace

// A dependency is on the other package's lib, named in code by its lib name,
// or by the dependency key when `package = ".."` renames it.
// cargo: `warning: app v0.1.0 (/tmp/wsx/dep2/app) ignoring invalid dependency `binonly` which is
// missing a lib target`; `error: the crate `app v0.1.0 (/tmp/wsx/dep3/app)` depends on crate
// `util-lib v0.1.0 (/tmp/wsx/dep3/util)` multiple times with different names`.
std::vector<CrateDependency> WorkspaceLoader::package_dependencies(PackageId id) {
  std::vector<CrateDependency> deps;
  std::map<uint32_t, std::string> name_by_package;
  for (const PackageEdge& edge : states_[id.index].edges) {
    CrateId lib = lib_of(ws_, edge.to);
    if (lib.is_none()) {
      if (!ws_.packages[edge.to.index].crates.empty())
        error(make_diagnostic(DiagKind::DependencyWithoutLib, edge.entry->entry_span,
                              {package_id_text(id), edge.entry->key.value}));
      continue;
    }
    std::string name = edge.entry->package ? underscored(edge.entry->key.value) : ws_.crates[lib.index].name;
    auto [it, inserted] = name_by_package.emplace(edge.to.index, name);
    if (!inserted) {
      if (it->second != name)
        error(make_diagnostic(DiagKind::DependencyMultipleNames, edge.entry->entry_span,
                              {package_id_text(id), package_id_text(edge.to)}));
      continue;
    }
    deps.push_back({name, lib, edge.entry->entry_span});
  }
  return deps;
}

void WorkspaceLoader::link_crates() {
  for (uint32_t i = 0; i < ws_.packages.size(); ++i) {
    PackageId id(i);
    std::vector<CrateDependency> deps = package_dependencies(id);
    CrateId own_lib = lib_of(ws_, id);
    for (CrateId crate_id : ws_.packages[i].crates) {
      Crate& crate = ws_.crates[crate_id.index];
      crate.dependencies = deps;
      if (crate.kind == CrateKind::Bin && own_lib.has_value())
        crate.dependencies.push_back({ws_.crates[own_lib.index].name, own_lib, Span{}});
      std::sort(crate.dependencies.begin(), crate.dependencies.end(),
                [](const CrateDependency& a, const CrateDependency& b) {
                  return std::tie(a.name, a.crate.index) < std::tie(b.name, b.crate.index);
                });
    }
  }
}

// Kahn's algorithm, smallest ready id first, so the order is deterministic.
void WorkspaceLoader::order_crates() {
  size_t count = ws_.crates.size();
  std::vector<uint32_t> waiting_on(count, 0);
  std::vector<std::vector<uint32_t>> dependents(count);
  for (uint32_t i = 0; i < count; ++i) {
    for (const CrateDependency& dep : ws_.crates[i].dependencies) {
      ++waiting_on[i];
      dependents[dep.crate.index].push_back(i);
    }
  }
  std::set<uint32_t> ready;
  for (uint32_t i = 0; i < count; ++i)
    if (waiting_on[i] == 0) ready.insert(i);
  std::vector<bool> placed(count, false);
  while (!ready.empty()) {
    uint32_t next = *ready.begin();
    ready.erase(ready.begin());
    placed[next] = true;
    ws_.crate_order.push_back(CrateId(next));
    for (uint32_t dependent : dependents[next])
      if (--waiting_on[dependent] == 0) ready.insert(dependent);
  }
  // Cycles were broken at the package level; should one remain, every crate
  // is still listed exactly once.
  for (uint32_t i = 0; i < count; ++i)
    if (!placed[i]) ws_.crate_order.push_back(CrateId(i));
}

}  // namespace

Workspace load_workspace(const std::string& path, FileSystem& fs, SourceMap& sources, const WorkspaceOptions& options) {
  return WorkspaceLoader(fs, sources, options).load(path);
}

}  // namespace sluice
