// Workspaces, Cargo.toml and module files. Each expected message was compared
// with cargo 1.95 / rustc 1.95 output, quoted in a comment beside the test
// (paths in those quotes are the temporary directories the tools ran in).
// Fixtures are strings with `//- path` lines splitting them into files, laid
// out under /ws in an InMemoryFileSystem.
#include <catch2/catch.hpp>

#include "analysis/diag/render_human.h"
#include "analysis/workspace/workspace.h"
#include "tests/unit/test_support.h"

namespace sluice {
namespace {

void add_fixture(InMemoryFileSystem& fs, std::string_view fixture) {
  std::string path;
  std::string text;
  auto flush = [&] {
    if (!path.empty()) fs.add_file(join_path("/ws", path), text);
    text.clear();
  };
  size_t i = 0;
  while (i < fixture.size()) {
    size_t end = fixture.find('\n', i);
    if (end == std::string_view::npos) end = fixture.size();
    std::string_view line = fixture.substr(i, end - i);
    i = end + 1;
    if (line.starts_with("//- ")) {
      flush();
      path = std::string(line.substr(4));
    } else {
      text += line;
      text += '\n';
    }
  }
  flush();
}

struct Loaded {
  InMemoryFileSystem fs;
  SourceMap sources;
  Workspace ws;

  // One line per diagnostic: "error: message @ file:line:col `spanned text`", then its notes.
  std::string diagnostics() const {
    std::string out;
    for (const Diagnostic& d : ws.diagnostics) {
      out += std::string(level_name(d.level));
      if (!d.code.empty()) out += "[" + d.code + "]";
      out += ": " + d.message;
      if (!d.primary.span.is_none()) {
        const SourceFile& file = sources.file(d.primary.span.file);
        LineColumn lc = file.line_column(d.primary.span.begin);
        out += " @ " + file.path() + ":" + std::to_string(lc.line + 1) + ":" + std::to_string(lc.column + 1);
        out += " `" + std::string(file.text().substr(d.primary.span.begin, d.primary.span.length())) + "`";
      }
      out += "\n";
      for (const SubDiagnostic& child : d.children) out += "  = " + std::string(level_name(child.level)) + ": " + child.message + "\n";
    }
    return out;
  }
  // "name kind root edition -> dep=crate, ..." per crate, in crate order.
  std::string crates() const {
    std::string out;
    for (CrateId id : ws.crate_order) {
      const Crate& c = ws.crate(id);
      out += c.name + (c.kind == CrateKind::Lib ? " lib " : " bin ") + c.root_file + " " +
             std::string(edition_name_for_test(c.edition));
      for (size_t k = 0; k < c.dependencies.size(); ++k)
        out += (k == 0 ? " -> " : ", ") + c.dependencies[k].name + "=" + ws.crate(c.dependencies[k].crate).target_name;
      out += "\n";
    }
    return out;
  }
  static std::string_view edition_name_for_test(Edition e) {
    switch (e) {
      case Edition::E2015: return "2015";
      case Edition::E2018: return "2018";
      case Edition::E2021: return "2021";
      case Edition::E2024: return "2024";
    }
    return "?";
  }
};

std::unique_ptr<Loaded> load(std::string_view fixture, const std::string& path = "/ws", WorkspaceOptions options = {}) {
  auto loaded = std::make_unique<Loaded>();
  add_fixture(loaded->fs, fixture);
  options.display_base_directory = "/ws";
  loaded->ws = load_workspace(path, loaded->fs, loaded->sources, options);
  return loaded;
}

// ---------------------------------------------------------------------------
// Packages

TEST_CASE("a package with a lib and a main", "[workspace]") {
  auto l = load(R"(//- Cargo.toml
[package]
name = "my-pkg"
version = "0.1.0"
edition = "2021"
//- src/lib.rs
//- src/main.rs
)");
  CHECK(l->diagnostics() == "");
  REQUIRE(l->ws.packages.size() == 1);
  const Package& p = l->ws.packages[0];
  CHECK(p.name == "my-pkg");
  CHECK(p.version == "0.1.0");
  CHECK(p.manifest_path == "/ws/Cargo.toml");
  CHECK(p.directory == "/ws");
  CHECK(p.edition == Edition::E2021);
  CHECK(l->sources.file(p.manifest_file).path() == "Cargo.toml");
  CHECK(l->crates() ==
        "my_pkg lib /ws/src/lib.rs 2021\n"
        "my_pkg bin /ws/src/main.rs 2021 -> my_pkg=my_pkg\n");
  CHECK(l->ws.root_manifest_path == "/ws/Cargo.toml");
  CHECK(l->ws.selected_packages.size() == 1);
}

TEST_CASE("the path may be Cargo.toml itself or a directory below the package", "[workspace]") {
  std::string_view fixture = "//- Cargo.toml\n[package]\nname = \"a\"\nedition = \"2021\"\n//- src/lib.rs\n//- src/inner/x.rs\n";
  CHECK(load(fixture, "/ws/Cargo.toml")->crates() == "a lib /ws/src/lib.rs 2021\n");
  CHECK(load(fixture, "/ws/src/inner")->crates() == "a lib /ws/src/lib.rs 2021\n");
  // A missing version is cargo's 0.0.0, without a word.
  CHECK(load(fixture)->ws.packages[0].version == "0.0.0");
}

// cargo 1.95, no `edition` key:
//   warning: no edition set: defaulting to the 2015 edition while the latest is 2024
//   (cargo metadata: "edition": "2015" for the package and its targets)
TEST_CASE("a missing edition is 2015 with cargo's warning", "[workspace]") {
  auto l = load("//- Cargo.toml\n[package]\nname = \"noed\"\nversion = \"0.1.0\"\n//- src/main.rs\n");
  CHECK(l->diagnostics() ==
        "warning: no edition set: defaulting to the 2015 edition while the latest is 2024 @ Cargo.toml:1:1 `[package]`\n");
  CHECK(l->crates() == "noed bin /ws/src/main.rs 2015\n");
}

// cargo 1.95, edition = "2019":
//   error: failed to parse manifest at `/tmp/wsx/t/Cargo.toml`
//   Caused by: failed to parse the `edition` key
//   Caused by: supported edition values are `2015`, `2018`, `2021`, or `2024`, but `2019` is unknown
// edition = 2021:
//   error: invalid type: integer `2021`, expected a string or workspace  --> Cargo.toml:4:11
TEST_CASE("bad editions", "[workspace]") {
  auto l = load("//- Cargo.toml\n[package]\nname = \"t\"\nversion = \"0.1.0\"\nedition = \"2019\"\n//- src/main.rs\n");
  CHECK(l->diagnostics() ==
        "error: supported edition values are `2015`, `2018`, `2021`, or `2024`, but `2019` is unknown @ "
        "Cargo.toml:4:11 `\"2019\"`\n  = note: failed to parse the `edition` key\n");
  l = load("//- Cargo.toml\n[package]\nname = \"t\"\nversion = \"0.1.0\"\nedition = 2021\n//- src/main.rs\n");
  CHECK(l->diagnostics() == "error: invalid type: integer `2021`, expected a string or workspace @ Cargo.toml:4:11 `2021`\n");
}

// cargo 1.95:
//   version = "abc"    error: unexpected character 'a' while parsing major version number  --> Cargo.toml:3:11
//   version = "1.0"    error: unexpected end of input while parsing minor version number
//   version = "1"      error: unexpected end of input while parsing major version number
//   version = "1.0.0-" error: empty identifier segment in pre-release identifier
//   version = "01.0.0" error: invalid leading zero in major version number
//   version = "1x.0.0" error: unexpected character 'x' after major version number
//   version = "1.0.0x" error: unexpected character 'x' after patch version number
//   version = "1.0.0+" error: empty identifier segment in build metadata
//   version = "1.0.0-01" error: invalid leading zero in pre-release identifier
//   version = "99999999999999999999.0.0" error: value of major version number exceeds u64::MAX
//   version = ""       error: empty string, expected a semver version
//   version = "1.0.0-a+b+c" error: unexpected character '+' after build metadata
//   version = 1        error: invalid type: integer `1`, expected SemVer version
//   accepted: " 1.0.0", "1.0.0+b", "1.0.0-alpha.1", "1.0.0 "
TEST_CASE("package versions", "[workspace]") {
  auto message = [](std::string version) {
    auto l = load("//- Cargo.toml\n[package]\nname = \"t\"\nversion = " + version + "\nedition = \"2021\"\n//- src/main.rs\n");
    std::string d = l->diagnostics();
    return d.substr(0, d.find(" @ "));
  };
  CHECK(message("\"abc\"") == "error: unexpected character 'a' while parsing major version number");
  CHECK(message("\"1.0\"") == "error: unexpected end of input while parsing minor version number");
  CHECK(message("\"1\"") == "error: unexpected end of input while parsing major version number");
  CHECK(message("\"1.0.0-\"") == "error: empty identifier segment in pre-release identifier");
  CHECK(message("\"01.0.0\"") == "error: invalid leading zero in major version number");
  CHECK(message("\"1x.0.0\"") == "error: unexpected character 'x' after major version number");
  CHECK(message("\"1.0.0x\"") == "error: unexpected character 'x' after patch version number");
  CHECK(message("\"1.0.0+\"") == "error: empty identifier segment in build metadata");
  CHECK(message("\"1.0.0-01\"") == "error: invalid leading zero in pre-release identifier");
  CHECK(message("\"99999999999999999999.0.0\"") == "error: value of major version number exceeds u64::MAX");
  CHECK(message("\"\"") == "error: empty string, expected a semver version");
  CHECK(message("\"1.0.0-a+b+c\"") == "error: unexpected character '+' after build metadata");
  CHECK(message("1") == "error: invalid type: integer `1`, expected SemVer version");
  CHECK(message("\" 1.0.0\"") == "");
  CHECK(message("\"1.0.0+b\"") == "");
  CHECK(message("\"1.0.0-alpha.1\"") == "");
  auto l = load("//- Cargo.toml\n[package]\nname = \"t\"\nversion = \" 1.2.3 \"\nedition = \"2021\"\n//- src/main.rs\n");
  CHECK(l->ws.packages[0].version == "1.2.3");
}

// cargo 1.95:
//   error: failed to parse manifest at `/tmp/wsx/noname/Cargo.toml`
//   Caused by: missing field `package.name`
//   name = 1:  error: invalid type: integer `1`, expected a string --> Cargo.toml:2:8
//   name = []: error: invalid type: sequence, expected a string
//   name = {}: error: invalid type: map, expected a string
//   name = true: error: invalid type: boolean `true`, expected a string
//   name = 1.5: error: invalid type: floating point `1.5`, expected a string
TEST_CASE("missing and non-string names", "[workspace]") {
  auto l = load("//- Cargo.toml\n[package]\nversion = \"0.1.0\"\nedition = \"2021\"\n//- src/main.rs\n");
  CHECK(l->diagnostics() == "error: missing field `package.name` @ Cargo.toml:1:1 `[package]`\n");
  CHECK(l->ws.crates.empty());
  auto message = [](std::string value) {
    return load("//- Cargo.toml\n[package]\nname = " + value + "\nedition = \"2021\"\n//- src/main.rs\n")->diagnostics();
  };
  CHECK(message("1") == "error: invalid type: integer `1`, expected a string @ Cargo.toml:2:8 `1`\n");
  CHECK(message("[]") == "error: invalid type: sequence, expected a string @ Cargo.toml:2:8 `[]`\n");
  CHECK(message("true") == "error: invalid type: boolean `true`, expected a string @ Cargo.toml:2:8 `true`\n");
  CHECK(message("1.5") == "error: invalid type: floating point `1.5`, expected a string @ Cargo.toml:2:8 `1.5`\n");
  CHECK(message("{}").starts_with("error: invalid type: map, expected a string @ Cargo.toml:2:8"));
}

// cargo 1.95:
//   error: invalid character ` ` in package name: `foo bar`, characters must be Unicode XID characters (numbers, `-`, `_`, or most letters)
//    --> Cargo.toml:2:8  (the whole "foo bar", quotes included)
//   error: package name cannot be empty
//   error: invalid character `1` in package name: `1abc`, the name cannot start with a digit
//   error: invalid character `-` in package name: `-foo`, the first character must be a Unicode XID start character (most letters or `_`)
//   accepted: "fn", "test", "std", "core", "é", "_foo", "Foo-Bar"
TEST_CASE("invalid package names", "[workspace]") {
  auto message = [](std::string name) {
    return load("//- Cargo.toml\n[package]\nname = \"" + name + "\"\nedition = \"2021\"\n//- src/main.rs\n")->diagnostics();
  };
  CHECK(message("foo bar") ==
        "error: invalid character ` ` in package name: `foo bar`, characters must be Unicode XID characters (numbers, "
        "`-`, `_`, or most letters) @ Cargo.toml:2:8 `\"foo bar\"`\n");
  CHECK(message("") == "error: package name cannot be empty @ Cargo.toml:2:8 `\"\"`\n");
  CHECK(message("1abc") ==
        "error: invalid character `1` in package name: `1abc`, the name cannot start with a digit @ Cargo.toml:2:8 "
        "`\"1abc\"`\n");
  CHECK(message("-foo") ==
        "error: invalid character `-` in package name: `-foo`, the first character must be a Unicode XID start "
        "character (most letters or `_`) @ Cargo.toml:2:8 `\"-foo\"`\n");
  CHECK(message("a/b").starts_with("error: invalid character `/` in package name: `a/b`, characters must"));
  CHECK(message("foo.bar").starts_with("error: invalid character `.` in package name: `foo.bar`"));
  for (std::string ok : {"fn", "test", "std", "core", "\xC3\xA9", "_foo", "Foo-Bar"}) CHECK(message(ok) == "");
}

// cargo 1.95 (empty Cargo.toml):
//   error: failed to parse manifest at `/tmp/wsx/t/Cargo.toml`
//   Caused by: manifest is missing either a `[package]` or a `[workspace]`
// package = 3:   error: invalid type: integer `3`, expected struct TomlPackage --> Cargo.toml:1:11
// workspace = 1: error: invalid type: integer `1`, expected struct TomlWorkspace --> Cargo.toml:1:13
TEST_CASE("manifests that are neither package nor workspace", "[workspace]") {
  CHECK(load("//- Cargo.toml\n")->diagnostics() ==
        "error: manifest is missing either a `[package]` or a `[workspace]` @ Cargo.toml:1:1 ``\n");
  CHECK(load("//- Cargo.toml\npackage = 3\n")->diagnostics() ==
        "error: invalid type: integer `3`, expected struct TomlPackage @ Cargo.toml:1:11 `3`\n");
  CHECK(load("//- Cargo.toml\nworkspace = 1\n")->diagnostics() ==
        "error: invalid type: integer `1`, expected struct TomlWorkspace @ Cargo.toml:1:13 `1`\n");
}

// cargo 1.95:
//   (run in /tmp/nocargo/sub) error: could not find `Cargo.toml` in `/tmp/nocargo/sub` or any parent directory
//   --manifest-path /tmp/nocargo/Cargo.toml: error: manifest path `/tmp/nocargo/Cargo.toml` does not exist
TEST_CASE("no Cargo.toml", "[workspace]") {
  auto l = load("//- sub/notes.txt\n", "/ws/sub");
  CHECK(l->diagnostics() == "error: could not find `Cargo.toml` in `/ws/sub` or any parent directory\n");
  CHECK(l->ws.packages.empty());
  CHECK(load("//- sub/notes.txt\n", "/ws/Cargo.toml")->diagnostics() ==
        "error: manifest path `/ws/Cargo.toml` does not exist\n");
}

// ---------------------------------------------------------------------------
// TOML syntax and hostile input

// cargo 1.95 (toml_edit) against ours (toml++): the positions agree, the words
// are mapped for the common cases:
//   version = "0.1.0<newline>  error: invalid basic string, expected `"`  --> Cargo.toml:3:17
//   name "x"                   error: key with no value, expected `=`     --> Cargo.toml:2:6
//   [package<newline>          error: unclosed table, expected `]`        --> Cargo.toml:2:9
//   name = x                   error: string values must be quoted, expected literal string --> Cargo.toml:2:8
//   name = "x" twice           error: duplicate key --> Cargo.toml:3:1 (the key; toml++ points at the value: 3:8)
TEST_CASE("TOML syntax errors", "[workspace]") {
  auto syntax = [](std::string body) { return load("//- Cargo.toml\n[package]\n" + body + "\n")->diagnostics(); };
  CHECK(syntax("name = \"syn\"\nversion = \"0.1.0\nedition = \"2021\"") ==
        "error: invalid basic string, expected `\"` @ Cargo.toml:3:17 ``\n");
  CHECK(syntax("name \"x\"") == "error: key with no value, expected `=` @ Cargo.toml:2:6 `\"`\n");
  CHECK(load("//- Cargo.toml\n[package\nname=\"x\"\n")->diagnostics() ==
        "error: unclosed table, expected `]` @ Cargo.toml:1:9 ``\n");
  CHECK(syntax("name = x") == "error: string values must be quoted, expected literal string @ Cargo.toml:2:8 `x`\n");
  CHECK(syntax("name = \"x\"\nname = \"y\"").starts_with("error: duplicate key @ Cargo.toml:3:"));
}

TEST_CASE("hostile manifests never crash", "[workspace]") {
  auto first_line = [](std::string text) {
    InMemoryFileSystem fs;
    fs.add_file("/ws/Cargo.toml", std::move(text));
    SourceMap sources;
    Workspace ws = load_workspace("/ws", fs, sources);
    REQUIRE(!ws.diagnostics.empty());
    return ws.diagnostics[0].message;
  };
  CHECK(first_line(std::string("\x00\xff\xfe\x01[[[\x80", 9)) == "Encountered invalid utf-8 sequence");
  CHECK(first_line("a = " + std::string(100000, '[')).find("exceeded maximum nested value depth") != std::string::npos);
  std::string inline_tables;
  for (int i = 0; i < 100000; ++i) inline_tables += "{b=";
  CHECK(first_line("a = " + inline_tables).find("nested") != std::string::npos);
  // deeply nested dotted keys: toml++ has no bound here and overflowed the
  // stack at 40,000 levels; sluice refuses more than 256 dots on a line.
  std::string dotted = "a";
  for (int i = 0; i < 100000; ++i) dotted += ".a";
  CHECK(first_line("[" + dotted + "]\n") == "this is nested too deeply: sluice stops at a depth of 256");
  CHECK(first_line(dotted + " = 1\n") == "this is nested too deeply: sluice stops at a depth of 256");
  // A 10 MB line is fine, and the package still loads.
  InMemoryFileSystem fs;
  fs.add_file("/ws/Cargo.toml", "[package]\nname = \"big\"\nedition = \"2021\"\ndescription = \"" +
                                    std::string(10 * 1024 * 1024, 'x') + "\"\n");
  fs.add_file("/ws/src/lib.rs", "");
  SourceMap sources;
  Workspace ws = load_workspace("/ws", fs, sources);
  CHECK(ws.diagnostics.empty());
  CHECK(ws.crates.size() == 1);
  // A 10 MB line with an error at its end points at the right byte.
  fs.add_file("/ws/Cargo.toml", "x = \"" + std::string(10 * 1024 * 1024, 'x') + "\" y\n");
  ws = load_workspace("/ws", fs, sources);
  REQUIRE(ws.diagnostics.size() == 1);
  CHECK(ws.diagnostics[0].primary.span.begin == 5 + 10 * 1024 * 1024 + 2);
}

TEST_CASE("spans count columns in characters and skip a byte-order mark", "[workspace]") {
  auto l = load("//- Cargo.toml\n\xEF\xBB\xBF# \xC3\xA9\xC3\xA9\n[package]\nname = \"\xC3\xA9\" \nedition = 1\n//- src/lib.rs\n");
  CHECK(l->diagnostics() == "error: invalid type: integer `1`, expected a string or workspace @ Cargo.toml:4:11 `1`\n");
  l = load("//- Cargo.toml\n\xEF\xBB\xBFpackage = 1\n");
  CHECK(l->diagnostics() == "error: invalid type: integer `1`, expected struct TomlPackage @ Cargo.toml:1:14 `1`\n");
}

// ---------------------------------------------------------------------------
// Targets

// cargo metadata 1.95 for this layout:
//   my_pkg ['lib'] /tmp/wsx/tg/lib/root.rs
//   custom ['bin'] /tmp/wsx/tg/tools/custom.rs
//   dirbin ['bin'] /tmp/wsx/tg/src/bin/dirbin/main.rs
//   extra-tool ['bin'] /tmp/wsx/tg/src/bin/extra-tool.rs
//   my-pkg ['bin'] /tmp/wsx/tg/src/main.rs
//   other ['bin'] /tmp/wsx/tg/src/bin/other.rs
TEST_CASE("explicit and discovered targets", "[workspace]") {
  auto l = load(R"(//- Cargo.toml
[package]
name = "my-pkg"
version = "0.1.0"
edition = "2021"

[lib]
path = "lib/root.rs"

[[bin]]
name = "extra-tool"

[[bin]]
name = "custom"
path = "tools/custom.rs"
//- lib/root.rs
//- src/lib.rs
//- src/main.rs
//- src/bin/extra-tool.rs
//- src/bin/dirbin/main.rs
//- src/bin/other.rs
//- src/bin/notrs.txt
//- src/bin/empty/x.rs
//- tools/custom.rs
)");
  CHECK(l->diagnostics() == "");
  CHECK(l->crates() ==
        "my_pkg lib /ws/lib/root.rs 2021\n"
        "custom bin /ws/tools/custom.rs 2021 -> my_pkg=my_pkg\n"
        "dirbin bin /ws/src/bin/dirbin/main.rs 2021 -> my_pkg=my_pkg\n"
        "extra_tool bin /ws/src/bin/extra-tool.rs 2021 -> my_pkg=my_pkg\n"
        "my_pkg bin /ws/src/main.rs 2021 -> my_pkg=my_pkg\n"
        "other bin /ws/src/bin/other.rs 2021 -> my_pkg=my_pkg\n");
  CHECK(l->ws.crates[3].target_name == "extra-tool");
}

// cargo metadata 1.95: autobins = false with src/main.rs and src/lib.rs lists only the lib;
// [lib] name = "mylib" names the lib crate mylib; [[bin]] name = "t" (the package's name) is src/main.rs;
// a [[bin]] with its own edition keeps it (cargo warns "`edition` is set on binary `a` which is deprecated").
TEST_CASE("target options", "[workspace]") {
  std::string package = "[package]\nname = \"t\"\nversion = \"0.1.0\"\nedition = \"2021\"\n";
  CHECK(load("//- Cargo.toml\n" + package + "autobins = false\n//- src/main.rs\n//- src/lib.rs\n")->crates() ==
        "t lib /ws/src/lib.rs 2021\n");
  CHECK(load("//- Cargo.toml\n" + package + "[lib]\nname = \"mylib\"\n//- src/lib.rs\n")->crates() ==
        "mylib lib /ws/src/lib.rs 2021\n");
  CHECK(load("//- Cargo.toml\n" + package + "[[bin]]\nname = \"t\"\n//- src/main.rs\n")->crates() ==
        "t bin /ws/src/main.rs 2021\n");
  CHECK(load("//- Cargo.toml\n" + package + "[[bin]]\nname = \"a\"\npath = \"src/main.rs\"\nedition = \"2018\"\n//- src/main.rs\n")
            ->crates() == "a bin /ws/src/main.rs 2018\n");
}

// cargo 1.95:
//   error: failed to parse manifest at `/tmp/wsx/cyc/a/Cargo.toml`
//   Caused by: no targets specified in the manifest
//     either src/lib.rs, src/main.rs, a [lib] section, or [[bin]] section must be present
//   [[bin]] path = "src/x.rs" without a name:  Caused by: binary target bin.name is required
//   src/bin/x.rs and src/bin/x/main.rs:        Caused by: found duplicate binary name x, but all binary targets must have a unique name
//   [[bin]] name = "zz", no file:               Caused by: can't find `zz` bin at `src/bin/zz.rs` or `src/bin/zz/main.rs`. Please specify bin.path if you want to use a non-default path.
//   [lib] path = "src/nope.rs" (cargo check):   error: can't find lib `t` at path `/tmp/wsx/t/src/nope.rs`
//   [[bin]] name = "x" path = "src/nope.rs":    error: can't find bin `x` at path `/tmp/wsx/t/src/nope.rs`
//   [lib] name = "my-lib":                      Caused by: library target names cannot contain hyphens: my-lib
//   [lib] name = "y", no src/lib.rs:            Caused by: can't find library `y`, rename file to `src/lib.rs` or specify lib.path
TEST_CASE("target errors", "[workspace]") {
  std::string package = "[package]\nname = \"t\"\nversion = \"0.1.0\"\nedition = \"2021\"\n";
  auto diagnostics = [&](std::string rest) { return load("//- Cargo.toml\n" + package + rest)->diagnostics(); };
  CHECK(diagnostics("//- README\n") ==
        "error: no targets specified in the manifest @ Cargo.toml:1:1 `[package]`\n"
        "  = note: either src/lib.rs, src/main.rs, a [lib] section, or [[bin]] section must be present\n");
  CHECK(diagnostics("[[bin]]\npath = \"src/x.rs\"\n//- src/x.rs\n") ==
        "error: binary target bin.name is required @ Cargo.toml:5:1 `[[bin]]`\n");
  CHECK(diagnostics("//- src/bin/x.rs\n//- src/bin/x/main.rs\n") ==
        "error: found duplicate binary name x, but all binary targets must have a unique name @ Cargo.toml:1:1 "
        "`[package]`\n");
  CHECK(diagnostics("[[bin]]\nname = \"zz\"\n//- src/main.rs\n") ==
        "error: can't find `zz` bin at `src/bin/zz.rs` or `src/bin/zz/main.rs`. Please specify bin.path if you want "
        "to use a non-default path. @ Cargo.toml:6:8 `\"zz\"`\n");
  CHECK(diagnostics("[lib]\npath = \"src/nope.rs\"\n//- src/main.rs\n") ==
        "error: can't find lib `t` at path `/ws/src/nope.rs` @ Cargo.toml:6:8 `\"src/nope.rs\"`\n");
  CHECK(diagnostics("[[bin]]\nname = \"x\"\npath = \"src/nope.rs\"\n//- src/main.rs\n") ==
        "error: can't find bin `x` at path `/ws/src/nope.rs` @ Cargo.toml:7:8 `\"src/nope.rs\"`\n");
  CHECK(diagnostics("[lib]\nname = \"my-lib\"\n//- src/lib.rs\n") ==
        "error: library target names cannot contain hyphens: my-lib @ Cargo.toml:6:8 `\"my-lib\"`\n");
  CHECK(diagnostics("[lib]\nname = \"y\"\n//- src/main.rs\n") ==
        "error: can't find library `y`, rename file to `src/lib.rs` or specify lib.path @ Cargo.toml:5:1 `[lib]`\n");
  // The targets that are fine still load.
  auto l = load("//- Cargo.toml\n" + package + "[[bin]]\nname = \"zz\"\n//- src/main.rs\n//- src/lib.rs\n");
  CHECK(l->crates() == "t lib /ws/src/lib.rs 2021\nt bin /ws/src/main.rs 2021 -> t=t\n");
}

// rustc 1.95: `rustc "a b.rs"` -> error: invalid character ' ' in crate name: `a b`;
// `rustc 1-a.rs` and `rustc my-tool.rs` compile; `rustc nonexist.rs` ->
// error: couldn't read `nonexist.rs`: No such file or directory (os error 2)
TEST_CASE("a single .rs file is one binary crate", "[workspace]") {
  WorkspaceOptions options;
  options.single_file_edition = Edition::E2021;
  auto l = load("//- tools/my-tool.rs\nfn main() {}\n", "/ws/tools/my-tool.rs", options);
  CHECK(l->diagnostics() == "");
  CHECK(l->crates() == "my_tool bin /ws/tools/my-tool.rs 2021\n");
  CHECK(l->ws.packages[0].name == "my-tool");
  CHECK(l->ws.packages[0].manifest_file.is_none());
  CHECK(l->ws.root_manifest_path.empty());
  CHECK(load("//- 1-a.rs\n", "/ws/1-a.rs")->crates() == "1_a bin /ws/1-a.rs 2015\n");
  CHECK(load("//- a b.rs\n", "/ws/a b.rs")->diagnostics() == "error: invalid character ' ' in crate name: `a b`\n");
  CHECK(load("//- x.txt\n", "/ws/nonexist.rs")->diagnostics() ==
        "error: couldn't read `nonexist.rs`: No such file or directory (os error 2)\n");
}

// ---------------------------------------------------------------------------
// Workspaces

// cargo metadata 1.95 with members = ["crates/*", "c?ates/[ab]x"], exclude = ["crates/b"]:
//   packages a (crates/a) and ax (crates/ax); crates/notes.txt (a file) and the
//   excluded crates/b (no Cargo.toml) are skipped without a word.
TEST_CASE("members with globs and exclude", "[workspace]") {
  auto l = load(R"(//- Cargo.toml
[workspace]
members = ["crates/*", "c?ates/[ab]x"]
exclude = ["crates/b"]
//- crates/a/Cargo.toml
[package]
name = "a"
version = "0.1.0"
edition = "2021"
//- crates/a/src/lib.rs
//- crates/notes.txt
//- crates/b/README
//- crates/ax/Cargo.toml
[package]
name = "ax"
version = "0.1.0"
edition = "2021"
//- crates/ax/src/lib.rs
)");
  CHECK(l->diagnostics() == "");
  REQUIRE(l->ws.packages.size() == 2);
  CHECK(l->ws.packages[0].name == "a");
  CHECK(l->ws.packages[1].name == "ax");
  CHECK(l->ws.selected_packages.size() == 2);  // a virtual workspace checks every member
  CHECK(l->sources.file(l->ws.packages[1].manifest_file).path() == "crates/ax/Cargo.toml");
}

// cargo 1.95:
//   error: failed to load manifest for workspace member `/tmp/wsx/ws1/nope`
//   referenced by workspace at `/tmp/wsx/ws1/Cargo.toml`
//   Caused by: failed to read `/tmp/wsx/ws1/nope/Cargo.toml`
//   Caused by: No such file or directory (os error 2)
// and for a directory matched by a glob:
//   error: failed to load manifest for workspace member `/tmp/wsx/ws2/crates/b`
//   referenced via `crates/*` by workspace at `/tmp/wsx/ws2/Cargo.toml`
// A glob that matches nothing is taken literally:
//   error: failed to load manifest for workspace member `/tmp/wsx/ws4/none/*`
// A literal member beats exclude (members = ["crates/b", ...], exclude = ["crates/b"] still fails on crates/b).
TEST_CASE("members that do not exist", "[workspace]") {
  auto l = load(R"(//- Cargo.toml
[workspace]
members = ["crates/*", "nope", "none/*"]
//- crates/a/Cargo.toml
[package]
name = "a"
edition = "2021"
//- crates/a/src/lib.rs
//- crates/b/README
)");
  CHECK(l->diagnostics() ==
        "error: failed to load manifest for workspace member `/ws/crates/b` @ Cargo.toml:2:12 `\"crates/*\"`\n"
        "  = note: referenced via `crates/*` by workspace at `/ws/Cargo.toml`\n"
        "  = note: failed to read `/ws/crates/b/Cargo.toml`: No such file or directory (os error 2)\n"
        "error: failed to load manifest for workspace member `/ws/nope` @ Cargo.toml:2:24 `\"nope\"`\n"
        "  = note: referenced by workspace at `/ws/Cargo.toml`\n"
        "  = note: failed to read `/ws/nope/Cargo.toml`: No such file or directory (os error 2)\n"
        "error: failed to load manifest for workspace member `/ws/none/*` @ Cargo.toml:2:32 `\"none/*\"`\n"
        "  = note: referenced by workspace at `/ws/Cargo.toml`\n"
        "  = note: failed to read `/ws/none/*/Cargo.toml`: No such file or directory (os error 2)\n");
  CHECK(l->crates() == "a lib /ws/crates/a/src/lib.rs 2021\n");
  l = load("//- Cargo.toml\n[workspace]\nmembers = [\"crates/b\", \"crates/*\"]\nexclude = [\"crates/b\"]\n//- crates/b/README\n");
  CHECK(l->diagnostics().starts_with("error: failed to load manifest for workspace member `/ws/crates/b`"));
}

// cargo 1.95:
//   [workspace] alone: error: manifest path `/tmp/wsx/t` contains no package: The manifest is virtual, and the workspace has no members.
//   members = "x":     error: invalid type: string "x", expected a sequence --> Cargo.toml:2:11
//   members = [1]:     error: invalid type: integer `1`, expected a string --> Cargo.toml:2:12
TEST_CASE("bad workspace tables", "[workspace]") {
  CHECK(load("//- Cargo.toml\n[workspace]\n")->diagnostics() ==
        "error: manifest path `/ws` contains no package: The manifest is virtual, and the workspace has no members. @ "
        "Cargo.toml:1:1 `[workspace]`\n");
  CHECK(load("//- Cargo.toml\n[workspace]\nmembers = \"x\"\n")->diagnostics().starts_with(
      "error: invalid type: string \"x\", expected a sequence @ Cargo.toml:2:11 `\"x\"`\n"));
  CHECK(load("//- Cargo.toml\n[workspace]\nmembers = [1]\n")->diagnostics().starts_with(
      "error: invalid type: integer `1`, expected a string @ Cargo.toml:2:12 `1`\n"));
}

TEST_CASE("a root package that is also a workspace", "[workspace]") {
  auto l = load(R"(//- Cargo.toml
[package]
name = "root"
edition = "2021"
[workspace]
members = ["tools/*"]
[dependencies]
helper = { path = "tools/helper" }
//- src/main.rs
//- tools/helper/Cargo.toml
[package]
name = "helper"
edition = "2018"
//- tools/helper/src/lib.rs
)");
  CHECK(l->diagnostics() == "");
  CHECK(l->crates() ==
        "helper lib /ws/tools/helper/src/lib.rs 2018\n"
        "root bin /ws/src/main.rs 2021 -> helper=helper\n");
  // cargo check at the root of a non-virtual workspace checks the root package only.
  REQUIRE(l->ws.selected_packages.size() == 1);
  CHECK(l->ws.package(l->ws.selected_packages[0]).name == "root");
  CHECK(l->ws.packages[1].is_workspace_member);
}

TEST_CASE("a member's directory loads its whole workspace", "[workspace]") {
  std::string_view fixture = R"(//- Cargo.toml
[workspace]
members = ["app", "util"]
[workspace.package]
edition = "2024"
version = "2.0.0"
//- app/Cargo.toml
[package]
name = "app"
edition.workspace = true
version.workspace = true
//- app/src/main.rs
//- util/Cargo.toml
[package]
name = "util"
edition = "2021"
//- util/src/lib.rs
)";
  auto l = load(fixture, "/ws/app");
  CHECK(l->diagnostics() == "");
  CHECK(l->ws.root_manifest_path == "/ws/Cargo.toml");
  CHECK(l->crates() == "app bin /ws/app/src/main.rs 2024\nutil lib /ws/util/src/lib.rs 2021\n");
  CHECK(l->ws.packages[0].version == "2.0.0");
  REQUIRE(l->ws.selected_packages.size() == 1);
  CHECK(l->ws.package(l->ws.selected_packages[0]).name == "app");
  WorkspaceOptions alone;
  alone.find_enclosing_workspace = false;
  l = load(fixture, "/ws/util", alone);
  CHECK(l->ws.root_manifest_path == "/ws/util/Cargo.toml");
  CHECK(l->ws.packages.size() == 1);
}

// cargo 1.95:
//   error: two packages named `a` in this workspace:
//   - /tmp/wsx/ws3/crates/a/Cargo.toml
//   - /tmp/wsx/ws3/crates/b/Cargo.toml
// ("a-b" and "a_b" side by side are fine for cargo: two lib crates named a_b.)
TEST_CASE("duplicate package names", "[workspace]") {
  auto l = load(R"(//- Cargo.toml
[workspace]
members = ["crates/*"]
//- crates/a/Cargo.toml
[package]
name = "a"
edition = "2021"
//- crates/a/src/lib.rs
//- crates/b/Cargo.toml
[package]
name = "a"
edition = "2021"
//- crates/b/src/lib.rs
//- crates/c/Cargo.toml
[package]
name = "a-b"
edition = "2021"
//- crates/c/src/lib.rs
//- crates/d/Cargo.toml
[package]
name = "a_b"
edition = "2021"
//- crates/d/src/lib.rs
)");
  CHECK(l->diagnostics() ==
        "error: two packages named `a` in this workspace:\n- /ws/crates/a/Cargo.toml\n- /ws/crates/b/Cargo.toml @ "
        "crates/b/Cargo.toml:2:8 `\"a\"`\n");
}

// ---------------------------------------------------------------------------
// Dependencies

// cargo 1.95: `util-lib = { path = "../util" }` with [lib] name = "mylib" is `mylib::` in code;
// `renamed-one = { path = "../util", package = "util-lib" }` is `renamed_one::`.
TEST_CASE("path dependencies and renames", "[workspace]") {
  auto l = load(R"(//- Cargo.toml
[workspace]
members = ["app"]
//- app/Cargo.toml
[package]
name = "app"
edition = "2021"
[dependencies]
my-util = { path = "../util", package = "util-lib" }
other = { path = "../other" }
[dev-dependencies]
testing-thing = "1.0"
[build-dependencies]
cc = "1"
//- app/src/main.rs
//- util/Cargo.toml
[package]
name = "util-lib"
edition = "2021"
//- util/src/lib.rs
//- other/Cargo.toml
[package]
name = "other"
edition = "2021"
[lib]
name = "other_lib"
//- other/src/lib.rs
)");
  CHECK(l->diagnostics() == "");
  CHECK(l->crates() ==
        "util_lib lib /ws/util/src/lib.rs 2021\n"
        "other_lib lib /ws/other/src/lib.rs 2021\n"
        "app bin /ws/app/src/main.rs 2021 -> my_util=util_lib, other_lib=other_lib\n");
  // Path dependencies inside the workspace directory are members, as with cargo.
  CHECK(l->ws.packages[1].is_workspace_member);
  CHECK(l->ws.selected_packages.size() == 3);
}

// cargo 1.95 does not support these here (no registry); sluice's own message.
TEST_CASE("registry and git dependencies are reported, the rest loads", "[workspace]") {
  auto l = load(R"(//- Cargo.toml
[package]
name = "reg"
edition = "2021"
[dependencies]
serde = "1.0"
rand = { version = "0.8" }
foo = { git = "https://example.invalid/foo" }
local = { path = "local" }
[target.'cfg(unix)'.dependencies]
libc = "0.2"
//- src/main.rs
//- local/Cargo.toml
[package]
name = "local"
edition = "2021"
//- local/src/lib.rs
)");
  CHECK(l->diagnostics() ==
        "error[S0001]: the platform-specific dependency table `target.cfg(unix).dependencies` is not supported by "
        "sluice yet @ Cargo.toml:9:9 `'cfg(unix)'`\n"
        "error[S0001]: the registry dependency `serde` is not supported by sluice yet @ Cargo.toml:5:1 `serde = \"1.0\"`\n"
        "  = help: sluice builds only `path` dependencies for now\n"
        "error[S0001]: the registry dependency `rand` is not supported by sluice yet @ Cargo.toml:6:1 "
        "`rand = { version = \"0.8\" }`\n"
        "  = help: sluice builds only `path` dependencies for now\n"
        "error[S0001]: the git dependency `foo` is not supported by sluice yet @ Cargo.toml:7:1 "
        "`foo = { git = \"https://example.invalid/foo\" }`\n"
        "  = help: sluice builds only `path` dependencies for now\n");
  CHECK(l->crates() == "local lib /ws/local/src/lib.rs 2021\nreg bin /ws/src/main.rs 2021 -> local=local\n");
}

// cargo 1.95:
//   error: failed to get `missing` as a dependency of package `s v0.1.0 (/tmp/wsx/single)`
//   Caused by: failed to load source for dependency `missing`
//   Caused by: unable to update /tmp/wsx/nothere
//   Caused by: failed to read `/tmp/wsx/nothere/Cargo.toml`
//   Caused by: No such file or directory (os error 2)
// (the same for an existing directory without Cargo.toml)
TEST_CASE("a path dependency without Cargo.toml", "[workspace]") {
  auto l = load(R"(//- Cargo.toml
[package]
name = "s"
version = "0.1.0"
edition = "2021"
[dependencies]
missing = { path = "../nothere" }
//- src/main.rs
)");
  CHECK(l->diagnostics() ==
        "error: failed to get `missing` as a dependency of package `s v0.1.0 (/ws)` @ Cargo.toml:6:1 "
        "`missing = { path = \"../nothere\" }`\n"
        "  = note: failed to load source for dependency `missing`\n"
        "  = note: unable to update /nothere\n"
        "  = note: failed to read `/nothere/Cargo.toml`: No such file or directory (os error 2)\n");
  CHECK(l->crates() == "s bin /ws/src/main.rs 2021\n");
}

// cargo 1.95:
//   foo = { path = "../util" } where util is `util-lib`:
//     error: no matching package named `foo` found
//     location searched: /tmp/wsx/dep2/util
//     required by package `app v0.1.0 (/tmp/wsx/dep2/app)`
//   a dependency on a package with only a bin:
//     warning: app v0.1.0 (/tmp/wsx/dep2/app) ignoring invalid dependency `binonly` which is missing a lib target
//   util-lib twice under two names:
//     error: the crate `app v0.1.0 (/tmp/wsx/dep3/app)` depends on crate `util-lib v0.1.0 (/tmp/wsx/dep3/util)` multiple times with different names
//   foo = { }:
//     Caused by: dependency (foo) specified without providing a local path, Git repository, version, or workspace dependency to use
//   foo = 1:
//     error: invalid type: integer `1`, expected a version string like "0.9.8" or a detailed dependency like { version = "0.9.8" }
TEST_CASE("dependency errors", "[workspace]") {
  auto l = load(R"(//- Cargo.toml
[package]
name = "app"
version = "0.1.0"
edition = "2021"
[dependencies]
foo = { path = "util" }
binonly = { path = "binonly" }
util-lib = { path = "util" }
renamed = { path = "util", package = "util-lib" }
empty = { }
number = 1
//- src/main.rs
//- util/Cargo.toml
[package]
name = "util-lib"
version = "0.1.0"
edition = "2021"
//- util/src/lib.rs
//- binonly/Cargo.toml
[package]
name = "binonly"
version = "0.1.0"
edition = "2021"
//- binonly/src/main.rs
)");
  CHECK(l->diagnostics() ==
        "error: invalid type: integer `1`, expected a version string like \"0.9.8\" or a detailed dependency like { "
        "version = \"0.9.8\" } @ Cargo.toml:11:10 `1`\n"
        "error: no matching package named `foo` found @ Cargo.toml:6:1 `foo = { path = \"util\" }`\n"
        "  = note: location searched: /ws/util\n"
        "  = note: required by package `app v0.1.0 (/ws)`\n"
        "error: dependency (empty) specified without providing a local path, Git repository, version, or workspace "
        "dependency to use @ Cargo.toml:10:1 `empty = { }`\n"
        "warning: app v0.1.0 (/ws) ignoring invalid dependency `binonly` which is missing a lib target @ "
        "Cargo.toml:7:1 `binonly = { path = \"binonly\" }`\n"
        "error: the crate `app v0.1.0 (/ws)` depends on crate `util-lib v0.1.0 (/ws/util)` multiple times with "
        "different names @ Cargo.toml:9:1 `renamed = { path = \"util\", package = \"util-lib\" }`\n");
  CHECK(l->crates() == "binonly bin /ws/binonly/src/main.rs 2021\nutil_lib lib /ws/util/src/lib.rs 2021\n"
                       "app bin /ws/src/main.rs 2021 -> util_lib=util_lib\n");
}

// cargo 1.95:
//   error inheriting `bar` from workspace root manifest's `workspace.dependencies.bar`
//   Caused by: `dependency.bar` was not found in `workspace.dependencies`
TEST_CASE("dependencies inherited from the workspace", "[workspace]") {
  auto l = load(R"(//- Cargo.toml
[workspace]
members = ["app"]
[workspace.dependencies]
util = { path = "libs/util" }
//- app/Cargo.toml
[package]
name = "app"
edition = "2021"
[dependencies]
util = { workspace = true }
bar.workspace = true
//- app/src/main.rs
//- libs/util/Cargo.toml
[package]
name = "util"
edition = "2021"
//- libs/util/src/lib.rs
)");
  CHECK(l->diagnostics() ==
        "error: error inheriting `bar` from workspace root manifest's `workspace.dependencies.bar` @ "
        "app/Cargo.toml:6:1 `bar`\n"
        "  = note: `dependency.bar` was not found in `workspace.dependencies`\n");
  CHECK(l->crates() == "util lib /ws/libs/util/src/lib.rs 2021\napp bin /ws/app/src/main.rs 2021 -> util=util\n");
}

// cargo 1.95:
//   error: cyclic package dependency: package `a v0.1.0 (/tmp/wsx/cyc/a)` depends on itself. Cycle:
//   package `a v0.1.0 (/tmp/wsx/cyc/a)`
//       ... which satisfies path dependency `a` of package `c v0.1.0 (/tmp/wsx/cyc/c)`
//       ... which satisfies path dependency `c` of package `b v0.1.0 (/tmp/wsx/cyc/b)`
//       ... which satisfies path dependency `b` of package `a v0.1.0 (/tmp/wsx/cyc/a)`
// and for a package depending on itself:
//   error: cyclic package dependency: package `a v0.1.0 (/tmp/wsx/self)` depends on itself. Cycle:
//   package `a v0.1.0 (/tmp/wsx/self)`
//       ... which satisfies path dependency `a` of package `a v0.1.0 (/tmp/wsx/self)`
TEST_CASE("dependency cycles are named and broken", "[workspace]") {
  auto l = load(R"(//- Cargo.toml
[workspace]
members = ["a", "b", "c"]
//- a/Cargo.toml
[package]
name = "a"
version = "0.1.0"
edition = "2021"
[dependencies]
b = { path = "../b" }
//- a/src/lib.rs
//- b/Cargo.toml
[package]
name = "b"
version = "0.1.0"
edition = "2021"
[dependencies]
c = { path = "../c" }
//- b/src/lib.rs
//- c/Cargo.toml
[package]
name = "c"
version = "0.1.0"
edition = "2021"
[dependencies]
a = { path = "../a" }
//- c/src/lib.rs
)");
  CHECK(l->diagnostics() ==
        "error: cyclic package dependency: package `a v0.1.0 (/ws/a)` depends on itself. Cycle:\n"
        "package `a v0.1.0 (/ws/a)`\n"
        "    ... which satisfies path dependency `a` of package `c v0.1.0 (/ws/c)`\n"
        "    ... which satisfies path dependency `c` of package `b v0.1.0 (/ws/b)`\n"
        "    ... which satisfies path dependency `b` of package `a v0.1.0 (/ws/a)` @ c/Cargo.toml:6:1 "
        "`a = { path = \"../a\" }`\n");
  CHECK(l->crates() == "c lib /ws/c/src/lib.rs 2021\nb lib /ws/b/src/lib.rs 2021 -> c=c\na lib /ws/a/src/lib.rs 2021 -> b=b\n");

  l = load("//- Cargo.toml\n[package]\nname = \"a\"\nversion = \"0.1.0\"\nedition = \"2021\"\n[dependencies]\n"
           "a = { path = \".\" }\n//- src/lib.rs\n");
  CHECK(l->diagnostics() ==
        "error: cyclic package dependency: package `a v0.1.0 (/ws)` depends on itself. Cycle:\n"
        "package `a v0.1.0 (/ws)`\n"
        "    ... which satisfies path dependency `a` of package `a v0.1.0 (/ws)` @ Cargo.toml:6:1 `a = { path = \".\" }`\n");
  CHECK(l->crates() == "a lib /ws/src/lib.rs 2021\n");
}

TEST_CASE("crates come in dependency order", "[workspace]") {
  auto l = load(R"(//- Cargo.toml
[workspace]
members = ["top", "mid", "base"]
//- top/Cargo.toml
[package]
name = "top"
edition = "2021"
[dependencies]
mid = { path = "../mid" }
base = { path = "../base" }
//- top/src/main.rs
//- top/src/lib.rs
//- mid/Cargo.toml
[package]
name = "mid"
edition = "2021"
[dependencies]
base = { path = "../base" }
//- mid/src/lib.rs
//- base/Cargo.toml
[package]
name = "base"
edition = "2021"
//- base/src/lib.rs
)");
  CHECK(l->diagnostics() == "");
  CHECK(l->crates() ==
        "base lib /ws/base/src/lib.rs 2021\n"
        "mid lib /ws/mid/src/lib.rs 2021 -> base=base\n"
        "top lib /ws/top/src/lib.rs 2021 -> base=base, mid=mid\n"
        "top bin /ws/top/src/main.rs 2021 -> base=base, mid=mid, top=top\n");
}

// ---------------------------------------------------------------------------
// Module files. Each case is rustc 1.95's E0583 help line for the same layout
// ("to create the module `m`, create file "src/x/m.rs" or "src/x/m/mod.rs""),
// or its "couldn't read `src/y/p2.rs`" for a #[path] file.

TEST_CASE("module files follow rustc", "[workspace][modules]") {
  ModuleScope root = crate_root_module_scope("/p/src/main.rs");
  auto candidates = [](const ModuleScope& scope, std::string_view name,
                       std::optional<std::string_view> path = std::nullopt) {
    std::string out;
    for (const std::string& p : module_file_candidates(scope, name, path).paths) out += (out.empty() ? "" : " | ") + p;
    return out;
  };
  // main.rs: mod a;  -> "src/a.rs" or "src/a/mod.rs"
  CHECK(candidates(root, "a") == "/p/src/a.rs | /p/src/a/mod.rs");
  // a.rs: mod b; -> "src/a/b.rs" or "src/a/b/mod.rs"
  ModuleScope a = file_module_scope("/p/src/a.rs", "a", false);
  CHECK(candidates(a, "b") == "/p/src/a/b.rs | /p/src/a/b/mod.rs");
  // a/mod.rs: mod b; -> "src/a/b.rs" or "src/a/b/mod.rs"
  CHECK(candidates(file_module_scope("/p/src/a/mod.rs", "a", false), "b") == "/p/src/a/b.rs | /p/src/a/b/mod.rs");
  // a/b.rs: mod c; -> "src/a/b/c.rs" or "src/a/b/c/mod.rs"
  CHECK(candidates(file_module_scope("/p/src/a/b.rs", "b", false), "c") == "/p/src/a/b/c.rs | /p/src/a/b/c/mod.rs");
  // main.rs: mod x { mod m; } -> "src/x/m.rs" or "src/x/m/mod.rs"
  CHECK(candidates(inline_module_scope(root, "x"), "m") == "/p/src/x/m.rs | /p/src/x/m/mod.rs");
  // a.rs: mod ix { mod m4; } -> "src/a/ix/m4.rs" or "src/a/ix/m4/mod.rs"
  CHECK(candidates(inline_module_scope(a, "ix"), "m4") == "/p/src/a/ix/m4.rs | /p/src/a/ix/m4/mod.rs");
  // main.rs: #[path = "p1.rs"] mod viapath; -> couldn't read `src/p1.rs`
  CHECK(candidates(root, "viapath", "p1.rs") == "/p/src/p1.rs");
  // main.rs: mod y { #[path = "p2.rs"] mod m2; } -> couldn't read `src/y/p2.rs`
  CHECK(candidates(inline_module_scope(root, "y"), "m2", "p2.rs") == "/p/src/y/p2.rs");
  // main.rs: #[path = "pathdir"] mod z { mod m3; } -> "src/pathdir/m3.rs" or "src/pathdir/m3/mod.rs"
  CHECK(candidates(inline_module_scope(root, "z", "pathdir"), "m3") == "/p/src/pathdir/m3.rs | /p/src/pathdir/m3/mod.rs");
  // a.rs: #[path = "p3.rs"] mod viapath2; -> couldn't read `src/p3.rs` (the file's directory, not src/a/)
  CHECK(candidates(a, "viapath2", "p3.rs") == "/p/src/p3.rs");
  // a.rs: mod iy { #[path = "p4.rs"] mod m5; } -> couldn't read `src/a/iy/p4.rs`
  CHECK(candidates(inline_module_scope(a, "iy"), "m5", "p4.rs") == "/p/src/a/iy/p4.rs");
  // a.rs: #[path = "pd"] mod iz { mod m6; } -> "src/pd/m6.rs" or "src/pd/m6/mod.rs"
  CHECK(candidates(inline_module_scope(a, "iz", "pd"), "m6") == "/p/src/pd/m6.rs | /p/src/pd/m6/mod.rs");
  // a.rs: mod iz { #[path = "pd"] mod iw { mod m7; } } -> "src/a/iz/pd/m7.rs" or "src/a/iz/pd/m7/mod.rs"
  CHECK(candidates(inline_module_scope(inline_module_scope(a, "iz"), "iw", "pd"), "m7") ==
        "/p/src/a/iz/pd/m7.rs | /p/src/a/iz/pd/m7/mod.rs");
  // A file loaded through #[path] is mod-rs whatever its name:
  // main.rs: #[path="q/p.rs"] mod m; and q/p.rs: mod c; -> "src/q/c.rs" or "src/q/c/mod.rs"
  CHECK(candidates(file_module_scope("/p/src/q/p.rs", "m", true), "c") == "/p/src/q/c.rs | /p/src/q/c/mod.rs");
  // main.rs: mod x { #[path="q/p.rs"] mod m; } and src/x/q/p.rs: mod c; -> "src/x/q/c.rs" or "src/x/q/c/mod.rs"
  ModuleFileCandidates via = module_file_candidates(inline_module_scope(root, "x"), "m", "q/p.rs");
  CHECK(via.from_path_attribute);
  CHECK(candidates(file_module_scope(via.paths[0], "m", true), "c") == "/p/src/x/q/c.rs | /p/src/x/q/c/mod.rs");
  // mod r#type; -> "src/type.rs" or "src/type/mod.rs"
  CHECK(candidates(root, "r#type") == "/p/src/type.rs | /p/src/type/mod.rs");
  // #[path="/tmp/wsx/abs.rs"] -> couldn't read `/tmp/wsx/abs.rs`
  CHECK(candidates(root, "m", "/abs/x.rs") == "/abs/x.rs");
  // A crate root in src/bin/ keeps its modules beside it.
  CHECK(candidates(crate_root_module_scope("/p/src/bin/tool.rs"), "m") == "/p/src/bin/m.rs | /p/src/bin/m/mod.rs");
}

// rustc 1.95:
//   error[E0583]: file not found for module `r#type`
//     = help: to create the module `r#type`, create file "src/type.rs" or "src/type/mod.rs"
//     = note: if there is a `mod r#type` elsewhere in the crate already, import it with `use crate::...` instead
//   error[E0761]: file for module `b` found at both "src/a/b.rs" and "src/a/b/mod.rs"
//     = help: delete or rename one of them to remove the ambiguity
TEST_CASE("module file diagnostics", "[workspace][modules]") {
  Diagnostic missing = module_file_not_found(Span{}, "r#type", {"src/type.rs", "src/type/mod.rs"});
  CHECK(missing.code == "E0583");
  CHECK(missing.message == "file not found for module `r#type`");
  REQUIRE(missing.children.size() == 2);
  CHECK(missing.children[0].level == Level::Help);
  CHECK(missing.children[0].message == "to create the module `r#type`, create file \"src/type.rs\" or \"src/type/mod.rs\"");
  CHECK(missing.children[1].message ==
        "if there is a `mod r#type` elsewhere in the crate already, import it with `use crate::...` instead");
  Diagnostic both = module_file_ambiguous(Span{}, "b", {"src/a/b.rs", "src/a/b/mod.rs"});
  CHECK(both.code == "E0761");
  CHECK(both.message == "file for module `b` found at both \"src/a/b.rs\" and \"src/a/b/mod.rs\"");
  REQUIRE(both.children.size() == 1);
  CHECK(both.children[0].message == "delete or rename one of them to remove the ambiguity");
}

// ---------------------------------------------------------------------------
// Paths and the in-memory file system

TEST_CASE("lexical paths", "[workspace]") {
  CHECK(normalize_path("a/./b/../c/") == "a/c");
  CHECK(normalize_path("/..") == "/");
  CHECK(normalize_path("") == ".");
  CHECK(normalize_path("../x/../../y") == "../../y");
  CHECK(normalize_path("//a//b") == "/a/b");
  CHECK(join_path("/ws/app", "../util") == "/ws/util");
  CHECK(join_path("/ws", "/abs") == "/abs");
  CHECK(parent_directory("/a/b.rs") == "/a");
  CHECK(parent_directory("/a") == "/");
  CHECK(parent_directory("b.rs") == ".");
  CHECK(file_name("/a/b.rs") == "b.rs");
  CHECK(path_starts_with("/ws/crates/b/x", "/ws/crates/b"));
  CHECK(!path_starts_with("/ws/crates/bb", "/ws/crates/b"));
}

TEST_CASE("in-memory file system", "[workspace]") {
  InMemoryFileSystem fs;
  fs.add_file("/ws/src/lib.rs", "x");
  fs.add_file("/ws/src/bin/a.rs", "");
  fs.add_directory("/ws/empty");
  std::string text;
  CHECK(fs.read_file("/ws/./src/lib.rs", text) == FileSystem::Status::Ok);
  CHECK(text == "x");
  CHECK(fs.read_file("/ws/src", text) == FileSystem::Status::IsDirectory);
  CHECK(fs.read_file("/ws/nope", text) == FileSystem::Status::NotFound);
  CHECK(fs.is_directory("/ws/src/bin"));
  CHECK(fs.is_directory("/"));
  CHECK(fs.is_file("/ws/src/bin/a.rs"));
  CHECK(!fs.is_file("/ws/src"));
  CHECK(fs.list_directory("/ws") == std::vector<std::string>{"empty", "src"});
  CHECK(fs.list_directory("/ws/src") == std::vector<std::string>{"bin", "lib.rs"});
  CHECK(fs.list_directory("/nope").empty());
  CHECK(fs.remove_file("/ws/src/lib.rs"));
  CHECK(!fs.is_file("/ws/src/lib.rs"));
  CHECK(file_status_message(FileSystem::Status::NotFound) == "No such file or directory (os error 2)");
}

// ---------------------------------------------------------------------------
// Golden files: tests/golden/workspace/NAME.fixture is a fixture; NAME.stderr
// is what sluice renders for it, in rustc's style (SLUICE_UPDATE_GOLDEN=1
// rewrites them; review is reading the diff).

TEST_CASE("golden workspace diagnostics", "[workspace][golden]") {
  auto dir = testing::source_dir() / "tests" / "golden" / "workspace";
  auto fixtures = testing::files_with_suffix(dir, ".fixture");
  CHECK(!fixtures.empty());
  for (const auto& fixture : fixtures) {
    auto l = load(testing::read_text_file(fixture));
    std::vector<Diagnostic> diagnostics = l->ws.diagnostics;
    std::string rendered;
    for (const Diagnostic& d : diagnostics) rendered += render_human(d, l->sources, {});
    auto expected = fixture;
    expected.replace_extension(".stderr");
    INFO(fixture.string());
    CHECK(testing::check_golden(expected, rendered) == "");
  }
}

}  // namespace
}  // namespace sluice
