// Private to analysis/workspace/: one Cargo.toml read into plain values, with
// spans for everything a later diagnostic may point at. Only workspace.cpp
// includes this; the phase's public header is workspace.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/workspace/workspace.h"

namespace sluice::manifest {

struct StringField {
  std::string value;
  Span span;  // the value, quotes included (where cargo points)
};

// A `[lib]` table or one `[[bin]]` entry.
struct TargetEntry {
  std::optional<StringField> name;
  std::optional<StringField> path;
  std::optional<Edition> edition;
  Span span;  // the table header
};

enum class DependencySource : uint8_t { Path, Registry, Git, Workspace, Missing };

struct DependencyEntry {
  StringField key;  // "my-util" as written; the span is the key's
  Span entry_span;  // key through value: "the line" a diagnostic points at
  DependencySource source = DependencySource::Missing;
  std::optional<StringField> path;
  std::optional<StringField> package;  // `package = "..."` rename
};

struct Manifest {
  bool parsed = false;       // the TOML was read; false after a syntax error
  bool has_package = false;  // a usable [package]: a table with a valid name
  Span package_span;         // the [package] header, or the whole file's start
  StringField name;
  std::string version = "0.0.0";
  bool version_from_workspace = false;
  Edition edition = Edition::E2015;
  bool edition_set = false;
  bool edition_from_workspace = false;
  bool autolib = true;
  bool autobins = true;
  std::optional<TargetEntry> lib;
  std::vector<TargetEntry> bins;
  std::vector<DependencyEntry> dependencies;

  bool has_workspace = false;
  Span workspace_span;
  bool has_members = false;
  std::vector<StringField> members;
  std::vector<StringField> exclude;
  // [workspace.package] and [workspace.dependencies], for members that inherit.
  std::optional<std::string> workspace_version;
  std::optional<Edition> workspace_edition;
  std::vector<DependencyEntry> workspace_dependencies;

  std::vector<Diagnostic> diagnostics;
};

// Never fails; every problem is a diagnostic in the result.
Manifest parse_manifest(const SourceFile& file);

// cargo's package-name rules; a diagnostic at `span` when the name is bad.
std::optional<Diagnostic> check_package_name(std::string_view name, Span span);
// semver's rules as cargo applies them to `package.version`; the error text or nothing.
std::optional<std::string> check_version(std::string_view version);

}  // namespace sluice::manifest
