// Workspaces: which crates exist, where their root files are, and how they
// depend on each other. load_workspace() reads Cargo.toml files (through an
// abstract FileSystem: analysis/ does no I/O of its own) and returns plain
// index-based structs plus diagnostics with spans into the manifests. Bad
// manifests never stop the load: the packages that can be loaded are.
//
// The module-file rules (`mod m;` -> m.rs or m/mod.rs) live here too, as pure
// functions: the driver walks the module tree and asks where to look.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/base/id.h"
#include "analysis/diag/diagnostic.h"
#include "analysis/base/edition.h"
#include "analysis/source/source.h"

namespace sluice {

// ---------------------------------------------------------------------------
// File access

// The engine's view of the disk. The driver implements it over the real file
// system, tests and the language server's overlay with InMemoryFileSystem.
// Implementations must be thread-safe. Paths are plain '/'-separated strings;
// the loader normalises them lexically (normalize_path) and never asks the
// file system to canonicalise anything.
// A file's size and modification time: equal stamps mean "not written
// since", which lets a cache skip reading a file whose content hash it has
// (as git's index and make do). Zero `mtime_ns`: no stamp.
struct FileStamp {
  uint64_t size = 0;
  uint64_t mtime_ns = 0;
  bool operator==(const FileStamp&) const = default;
};

class FileSystem {
 public:
  enum class Status : uint8_t { Ok, NotFound, NotReadable, IsDirectory, InvalidUtf8, TooLarge };

  virtual ~FileSystem() = default;
  virtual Status read_file(const std::string& path, std::string& out) = 0;
  virtual bool is_file(const std::string& path) = 0;
  virtual bool is_directory(const std::string& path) = 0;
  // The names (not paths) of the directory's entries, sorted; empty when the
  // directory does not exist.
  virtual std::vector<std::string> list_directory(const std::string& path) = 0;
  // The file's stamp; none (mtime_ns 0) where there are no stamps (in
  // memory, an editor's overlay): then caches compare contents.
  virtual FileStamp stamp(const std::string& path) { (void)path; return FileStamp{}; }
  // read_file, with the file's stamp as it was before the read (so a write
  // during the read changes it). One call, where a file system can take the
  // stamp from the file it opened instead of looking the path up twice.
  virtual Status read_file_stamped(const std::string& path, std::string& out, FileStamp& stamp_before) {
    stamp_before = stamp(path);
    return read_file(path, out);
  }
};

// The text Rust's std::io::Error prints for a status, as rustc and cargo show
// it: "No such file or directory (os error 2)".
std::string_view file_status_message(FileSystem::Status status);

// Files held in memory; directories exist implicitly above every file and can
// be added empty. Thread-safe (one mutex).
class InMemoryFileSystem final : public FileSystem {
 public:
  void add_file(const std::string& path, std::string text);
  void add_directory(const std::string& path);
  // Removes a file (not a directory); false when there was none.
  bool remove_file(const std::string& path);

  Status read_file(const std::string& path, std::string& out) override;
  bool is_file(const std::string& path) override;
  bool is_directory(const std::string& path) override;
  std::vector<std::string> list_directory(const std::string& path) override;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, std::string> files_;
  std::map<std::string, bool> directories_;  // every ancestor of every file, and added ones
};

// Lexical path handling: "a/./b/../c/" -> "a/c", "/.." -> "/", "" -> ".".
std::string normalize_path(std::string_view path);
// `relative` joined onto `directory`, normalised; an absolute `relative` wins.
std::string join_path(std::string_view directory, std::string_view relative);
// "/a/b.rs" -> "/a"; "/a" -> "/"; "b.rs" -> ".".
std::string parent_directory(std::string_view path);
// "/a/b.rs" -> "b.rs".
std::string_view file_name(std::string_view path);
// True when `path` is `directory` or lies below it (whole components).
bool path_starts_with(std::string_view path, std::string_view directory);
// A `.rs` file's path (not just ".rs"): checked as one crate, as `rustc file.rs` does.
inline bool is_rust_file_path(std::string_view path) { return path.size() > 3 && path.ends_with(".rs"); }

// ---------------------------------------------------------------------------
// Workspaces

struct PackageTag;
struct CrateTag;
using PackageId = Id<PackageTag>;
using CrateId = Id<CrateTag>;

enum class CrateKind : uint8_t { Lib, Bin };

struct Package {
  std::string name;            // as written in Cargo.toml: "my-pkg"
  std::string version;         // "0.0.0" when the manifest has none, as cargo
  std::string manifest_path;   // normalised; empty for a single .rs file
  FileId manifest_file;        // the manifest's text in the SourceMap; none for a single .rs file
  std::string directory;       // the manifest's directory
  Edition edition = Edition::E2015;
  bool is_workspace_member = false;  // false for path dependencies outside the workspace
  std::vector<CrateId> crates;       // its lib first, then its bins by name
};

struct CrateDependency {
  std::string name;  // the name the code uses: `extern crate` name, `-` turned into `_`
  CrateId crate;
  Span manifest_span;  // the dependency's line in Cargo.toml; none for a bin's own lib
};

struct Crate {
  std::string name;  // crate name: target name with `-` turned into `_`
  std::string target_name;  // as cargo names the target ("my-tool" for src/bin/my-tool.rs)
  CrateKind kind = CrateKind::Lib;
  std::string root_file;  // normalised path of lib.rs / main.rs / ...
  Edition edition = Edition::E2015;
  PackageId package;
  // Sorted by name. A bin depends on its own package's lib (as with cargo).
  std::vector<CrateDependency> dependencies;
};

struct WorkspaceOptions {
  // The edition of a single-file crate (`sluice check file.rs`); rustc's
  // default without --edition is 2015.
  Edition single_file_edition = Edition::E2015;
  // Given a package inside a workspace, load the whole workspace (as cargo).
  bool find_enclosing_workspace = true;
  // Manifests below this directory are added to the SourceMap under paths
  // relative to it, so diagnostics read "Cargo.toml:2:8" as cargo's do.
  // Messages that name paths keep them whole, as cargo's do.
  std::string display_base_directory;
};

struct Workspace {
  // The workspace root manifest; empty for a single .rs file.
  std::string root_manifest_path;
  std::vector<Package> packages;
  std::vector<Crate> crates;
  // Every crate once, each after all of its dependencies (dependency cycles
  // are diagnosed and the closing edge dropped, so this always exists).
  std::vector<CrateId> crate_order;
  // What `cargo check` in this place would check: the package of the manifest
  // given, or every member of a virtual workspace.
  std::vector<PackageId> selected_packages;
  std::vector<Diagnostic> diagnostics;

  const Package& package(PackageId id) const { return packages[id.index]; }
  const Crate& crate(CrateId id) const { return crates[id.index]; }
};

// `path` is a directory (the nearest Cargo.toml at or above it is used, as
// cargo does), a Cargo.toml, or a single `.rs` file (then one binary crate
// named after the file stem, as `rustc file.rs`). Manifests are added to
// `sources` so diagnostics can point into them. Never fails: problems are in
// `diagnostics`, and everything that could be loaded is.
Workspace load_workspace(const std::string& path, FileSystem& fs, SourceMap& sources,
                         const WorkspaceOptions& options = {});

// ---------------------------------------------------------------------------
// Module files (rustc's rules, checked against rustc 1.95 in workspace_test)

// Where the `mod m;` declarations of one module look for their files. Start
// with crate_root_module_scope(); step into a file with file_module_scope()
// and into `mod x { ... }` with inline_module_scope().
struct ModuleScope {
  std::string file_directory;   // the directory of the source file holding the declarations
  std::string child_directory;  // where `mod m;` looks for m.rs and m/mod.rs
  bool inside_inline_module = false;
};

// A crate root (lib.rs, main.rs, src/bin/x.rs) is a "mod-rs" file: its
// children live beside it.
ModuleScope crate_root_module_scope(const std::string& root_file);
// The scope inside the file that `mod name;` loaded. A file named mod.rs or
// loaded through #[path] is mod-rs (children beside it); any other file
// `a.rs` keeps its children in `a/`.
ModuleScope file_module_scope(const std::string& file, std::string_view module_name, bool loaded_through_path_attribute);
// The scope inside `mod name { ... }`, with its #[path = "..."] value if any.
ModuleScope inline_module_scope(const ModuleScope& parent, std::string_view module_name,
                                std::optional<std::string_view> path_attribute = std::nullopt);

struct ModuleFileCandidates {
  // With #[path]: the one file. Otherwise "dir/m.rs" then "dir/m/mod.rs".
  std::vector<std::string> paths;
  bool from_path_attribute = false;
};
// `module_name` may be a raw identifier (`r#type` looks for type.rs).
ModuleFileCandidates module_file_candidates(const ModuleScope& scope, std::string_view module_name,
                                            std::optional<std::string_view> path_attribute = std::nullopt);

// E0583 and E0761, with rustc's help and note lines. `display_paths` are the
// candidates as the user should see them (the driver makes them relative).
Diagnostic module_file_not_found(Span declaration, std::string_view module_name,
                                 const std::vector<std::string>& display_paths);
Diagnostic module_file_ambiguous(Span declaration, std::string_view module_name,
                                 const std::vector<std::string>& display_paths);

}  // namespace sluice
