// The engine's two invariants (ARCHITECTURE.md, "Root first"), on every
// conformance workspace and on generated workspaces with injected errors:
//  1. root-first checking ends with the diagnostics of a strict
//     dependency-order check, crate by crate;
//  2. no diagnostic sent before a crate's complete update is missing from it.
// Each workspace runs with the default roots and with every crate a root (then
// every crate's first pass sees no dependency settled: the hardest case), on
// one and on two threads.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "analysis/lints/lints.h"
#include "server/engine/engine.h"
#include "server/engine/real_file_system.h"
#include "tests/unit/test_support.h"

using namespace sluice;
namespace fs = std::filesystem;

namespace {

struct LoadedWorkspace {
  SourceMap sources;
  Workspace workspace;
  LoadedCrates loaded;
};

std::unique_ptr<LoadedWorkspace> load(const fs::path& dir) {
  auto result = std::make_unique<LoadedWorkspace>();
  RealFileSystem file_system;
  result->workspace = load_workspace(dir.string(), file_system, result->sources);
  LoadOptions options;
  options.threads = 2;
  result->loaded = load_and_parse_crates(result->workspace, file_system, result->sources, options);
  return result;
}

struct Run {
  AnalyzedWorkspace analyzed;
  std::vector<CrateUpdate> updates;
};

Run run(LoadedWorkspace& w, CheckOrder order, std::vector<CrateId> roots, unsigned threads) {
  Run result;
  EngineOptions options;
  options.threads = threads;
  options.order = order;
  options.roots = std::move(roots);
  result.analyzed =
      run_engine(w.workspace, w.sources, w.loaded, options, [&](const CrateUpdate& u) { result.updates.push_back(u); });
  return result;
}

std::vector<CrateId> every_crate(const Workspace& workspace) { return workspace.crate_order; }

// The crates no other crate depends on.
std::vector<CrateId> top_crates(const Workspace& workspace) {
  std::vector<uint8_t> depended_on(workspace.crates.size(), 0);
  for (const Crate& crate : workspace.crates) {
    for (const CrateDependency& dep : crate.dependencies) depended_on[dep.crate.index] = 1;
  }
  std::vector<CrateId> tops;
  for (CrateId id : workspace.crate_order) {
    if (!depended_on[id.index]) tops.push_back(id);
  }
  return tops;
}

std::string describe(const Diagnostic& d, const SourceMap& sources) {
  std::string where = d.primary.span.is_none() ? "-" : sources.file(d.primary.span.file).path();
  return d.code + " " + d.message + " at " + where + ":" + std::to_string(d.primary.span.begin);
}

// Invariant 2 for one run: every crate gets exactly one complete update, its
// last, and every diagnostic of its earlier updates is in it.
void check_nothing_retracted(const Run& r, const LoadedWorkspace& w) {
  std::map<uint32_t, const CrateUpdate*> complete;
  for (const CrateUpdate& u : r.updates) {
    INFO("crate " << w.workspace.crate(u.crate).name);
    CHECK(complete.count(u.crate.index) == 0);  // nothing after the complete update
    if (u.complete) complete[u.crate.index] = &u;
  }
  for (const CrateUpdate& u : r.updates) {
    if (u.complete) continue;
    REQUIRE(complete.count(u.crate.index) == 1);
    const std::vector<Diagnostic>& final_set = complete[u.crate.index]->diagnostics;
    std::vector<uint8_t> used(final_set.size(), 0);
    for (const Diagnostic& early : u.diagnostics) {
      bool found = false;
      for (size_t i = 0; i < final_set.size() && !found; ++i) {
        if (!used[i] && same_up_to_origin_note(final_set[i], early)) {
          used[i] = 1;
          found = true;
        }
      }
      INFO("early diagnostic retracted: " << describe(early, w.sources));
      CHECK(found);
    }
  }
}

void check_same_final(const Run& strict, const Run& root_first, const LoadedWorkspace& w) {
  REQUIRE(strict.analyzed.diagnostics.size() == root_first.analyzed.diagnostics.size());
  for (size_t c = 0; c < strict.analyzed.diagnostics.size(); ++c) {
    const auto& expected = strict.analyzed.diagnostics[c];
    const auto& actual = root_first.analyzed.diagnostics[c];
    INFO("crate " << w.workspace.crates[c].name);
    CHECK(actual.size() == expected.size());
    for (size_t i = 0; i < std::min(actual.size(), expected.size()); ++i) {
      INFO("expected " << describe(expected[i], w.sources) << "\nactual   " << describe(actual[i], w.sources));
      CHECK(actual[i] == expected[i]);
    }
  }
}

void check_invariants(const fs::path& dir) {
  INFO("workspace " << dir.string());
  auto w = load(dir);
  REQUIRE(!w->workspace.crates.empty());
  Run strict = run(*w, CheckOrder::Dependencies, {}, 1);
  // A strict check checks every body once and sends one update per crate.
  CHECK(strict.analyzed.totals.body_checks == strict.analyzed.totals.bodies);
  check_nothing_retracted(strict, *w);
  for (bool all_roots : {false, true}) {
    for (unsigned threads : {1u, 2u}) {
      INFO((all_roots ? "every crate a root" : "default roots") << ", threads " << threads);
      std::vector<CrateId> roots = all_roots ? every_crate(w->workspace) : top_crates(w->workspace);
      Run root_first = run(*w, CheckOrder::RootFirst, roots, threads);
      check_same_final(strict, root_first, *w);
      check_nothing_retracted(root_first, *w);
    }
  }
}

fs::path generated(const std::string& name, const std::string& arguments) {
  fs::path dir = testing::generated_workspace("sluice-engine-test-" + name, arguments);
  REQUIRE(!dir.empty());
  return dir;
}

}  // namespace

TEST_CASE("root-first invariants on every conformance workspace", "[engine][invariants]") {
  fs::path root = testing::source_dir() / "tests/conformance/workspaces";
  size_t count = 0;
  for (const auto& entry : fs::directory_iterator(root)) {
    if (!entry.is_directory()) continue;
    check_invariants(entry.path());
    ++count;
  }
  CHECK(count >= 8);
}

TEST_CASE("root-first invariants on generated workspaces with injected errors", "[engine][invariants]") {
  const char* cases[][2] = {
      {"clean", "--lines 12000 --crates 6 --seed 3"},
      {"type-root", "--lines 12000 --crates 6 --seed 4 --inject-error root --error-kind type"},
      {"type-leaf", "--lines 12000 --crates 6 --seed 5 --inject-error leaf --error-kind type"},
      {"type-middle", "--lines 12000 --crates 6 --seed 6 --inject-error 3 --error-kind type --main-deps all"},
      {"syntax-leaf", "--lines 12000 --crates 6 --seed 7 --inject-error leaf --error-kind syntax"},
  };
  for (auto& [name, arguments] : cases) {
    INFO(name);
    check_invariants(generated(name, arguments));
  }
}

TEST_CASE("a root's first pass does not depend on threads or timing", "[engine]") {
  fs::path dir = generated("first-pass", "--lines 12000 --crates 6 --seed 8 --inject-error root --error-kind type");
  auto w = load(dir);
  std::vector<CrateId> roots = every_crate(w->workspace);
  auto first_updates = [&](unsigned threads) {
    Run r = run(*w, CheckOrder::RootFirst, roots, threads);
    std::map<uint32_t, std::vector<Diagnostic>> first;
    for (const CrateUpdate& u : r.updates) first.emplace(u.crate.index, u.diagnostics);
    return first;
  };
  auto serial = first_updates(1);
  for (int round = 0; round < 3; ++round) CHECK(first_updates(2) == serial);
}

TEST_CASE("a root's error is sent before its dependencies are checked", "[engine]") {
  fs::path dir = generated("early", "--lines 12000 --crates 6 --seed 9 --inject-error root --error-kind type");
  auto w = load(dir);
  // The crate with the injected error as the crate of interest.
  Run strict = run(*w, CheckOrder::Dependencies, {}, 1);
  CrateId injected;
  for (CrateId id : w->workspace.crate_order) {
    if (!strict.analyzed.diagnostics[id.index].empty()) injected = id;
  }
  REQUIRE(injected.has_value());
  REQUIRE(!w->workspace.crate(injected).dependencies.empty());
  Run r = run(*w, CheckOrder::RootFirst, {injected}, 1);
  REQUIRE(!r.updates.empty());
  // On one thread the root's first pass runs before any dependency: its first
  // update comes first and already has the error, long before it is complete.
  CHECK(r.updates.front().crate == injected);
  CHECK_FALSE(r.updates.front().complete);
  bool has_error = false;
  for (const Diagnostic& d : r.updates.front().diagnostics) has_error |= d.code == "E0308";
  CHECK(has_error);
}

TEST_CASE("many runs on two threads: crates settling while the engine starts tasks", "[engine][race]") {
  // Two races once made a crate start twice (a settle and the start-up loop
  // both saw its last dependency done) or a root refresh before its first
  // pass; both crashed or sent a second complete update now and then.
  fs::path dir = generated("race", "--lines 800 --crates 8 --seed 5 --inject-error leaf --error-kind type");
  auto w = load(dir);
  Run strict = run(*w, CheckOrder::Dependencies, {}, 1);
  for (int round = 0; round < 400; ++round) {
    std::vector<CrateId> roots = round % 2 == 0 ? top_crates(w->workspace) : every_crate(w->workspace);
    Run root_first = run(*w, round % 3 == 0 ? CheckOrder::Dependencies : CheckOrder::RootFirst, roots, 2);
    REQUIRE(root_first.analyzed.diagnostics == strict.analyzed.diagnostics);
    size_t complete_updates = 0;
    for (const CrateUpdate& u : root_first.updates) complete_updates += u.complete;
    REQUIRE(complete_updates == w->workspace.crates.size());
  }
}

namespace {

// A run with stage 1 in the engine (nothing loaded before it), in a fresh
// SourceMap: what `sluice check` does.
struct EngineLoadedRun {
  SourceMap sources;
  Workspace workspace;
  AnalyzedWorkspace analyzed;
  std::vector<CrateUpdate> updates;
  std::vector<uint64_t> files_parsed_at_update;
};

std::unique_ptr<EngineLoadedRun> run_with_stage1(const fs::path& dir, CheckOrder order, bool all_roots,
                                                 unsigned threads) {
  auto r = std::make_unique<EngineLoadedRun>();
  RealFileSystem file_system;
  r->workspace = load_workspace(dir.string(), file_system, r->sources);
  std::atomic<uint64_t> files_parsed{0};
  EngineOptions options;
  options.threads = threads;
  options.order = order;
  options.roots = all_roots ? every_crate(r->workspace) : top_crates(r->workspace);
  options.fs = &file_system;
  options.load.threads = threads;
  options.load.files_parsed = &files_parsed;
  r->analyzed = run_engine(r->workspace, r->sources, LoadedCrates{}, options, [&](const CrateUpdate& u) {
    r->updates.push_back(u);
    r->files_parsed_at_update.push_back(files_parsed.load());
  });
  return r;
}

std::vector<std::string> described(const EngineLoadedRun& r) {
  std::vector<std::string> lines;
  for (CrateId id : r.workspace.crate_order) {
    lines.push_back("crate " + r.workspace.crate(id).name);
    for (const Diagnostic& d : r.analyzed.diagnostics[id.index]) lines.push_back(describe(d, r.sources));
  }
  return lines;
}

void write_text(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

}  // namespace

TEST_CASE("stage 1 in the engine: the same final diagnostics in every order and thread count", "[engine][stage1]") {
  const char* cases[][2] = {
      {"s1-type-root", "--lines 6000 --crates 5 --seed 11 --inject-error root --error-kind type"},
      {"s1-syntax-leaf", "--lines 6000 --crates 5 --seed 12 --inject-error leaf --error-kind syntax"},
      {"s1-syntax-middle", "--lines 6000 --crates 5 --seed 13 --inject-error 2 --error-kind syntax --main-deps all"},
  };
  for (auto& [name, arguments] : cases) {
    INFO(name);
    fs::path dir = generated(name, arguments);
    auto strict = run_with_stage1(dir, CheckOrder::Dependencies, false, 1);
    for (bool all_roots : {false, true}) {
      for (unsigned threads : {1u, 2u}) {
        INFO((all_roots ? "every crate a root" : "default roots") << ", threads " << threads);
        auto root_first = run_with_stage1(dir, CheckOrder::RootFirst, all_roots, threads);
        CHECK(described(*root_first) == described(*strict));
      }
    }
  }
}

TEST_CASE("a root's first diagnostics come before the other crates are parsed", "[engine][stage1]") {
  fs::path dir = generated("s1-early", "--lines 12000 --crates 6 --seed 9 --inject-error root --error-kind type");
  auto r = run_with_stage1(dir, CheckOrder::RootFirst, false, 1);
  REQUIRE(!r->updates.empty());
  CrateId root = top_crates(r->workspace).front();
  // One thread: the root's stage 1 runs first, then its first pass; the
  // other crates' files are not parsed yet when its update is sent.
  const CrateUpdate& first = r->updates.front();
  CHECK(first.crate == root);
  CHECK_FALSE(first.complete);
  CHECK(r->files_parsed_at_update.front() < r->analyzed.parse_stats.files);
}

TEST_CASE("a dependency with a syntax error: its dependents are still checked", "[engine][stage1]") {
  fs::path dir = fs::temp_directory_path() / ("sluice-engine-test-dead-dep-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  write_text(dir / "Cargo.toml", "[workspace]\nmembers = [\"dep\", \"app\"]\nresolver = \"2\"\n");
  write_text(dir / "dep/Cargo.toml", "[package]\nname = \"dep\"\nversion = \"0.1.0\"\nedition = \"2021\"\n");
  write_text(dir / "dep/src/lib.rs", "pub fn f() -> i32 { 1 }\npub fn broken( { }\n");
  write_text(dir / "app/Cargo.toml",
             "[package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\ndep = { path = "
             "\"../dep\" }\n");
  write_text(dir / "app/src/main.rs",
             "fn main() {\n    let from_dep: u8 = dep::f();\n    let x: i32 = \"text\";\n    println!(\"{} {}\", "
             "from_dep, x);\n}\n");
  for (CheckOrder order : {CheckOrder::Dependencies, CheckOrder::RootFirst}) {
    auto r = run_with_stage1(dir, order, false, 2);
    std::vector<std::string> lines = described(*r);
    INFO(::Catch::Detail::stringify(lines));
    CrateId app = top_crates(r->workspace).front();
    const std::vector<Diagnostic>& app_diagnostics = r->analyzed.diagnostics[app.index];
    // The type error that does not involve `dep` is found; the call into the
    // broken crate is indeterminate (no E0308 for `u8` vs `i32` there).
    REQUIRE(app_diagnostics.size() == 1);
    CHECK(app_diagnostics[0].code == "E0308");
    CHECK(r->sources.file(app_diagnostics[0].primary.span.file).text().substr(app_diagnostics[0].primary.span.begin, 6) ==
          "\"text\"");
    bool dep_syntax_error = false;
    for (CrateId id : r->workspace.crate_order) {
      if (id == app) continue;
      for (const Diagnostic& d : r->analyzed.diagnostics[id.index]) dep_syntax_error |= d.level == Level::Error;
    }
    CHECK(dep_syntax_error);
  }
}

TEST_CASE("a root's bodies wait item by item: only those that met the dependency are checked again",
          "[engine][waits]") {
  fs::path dir = fs::temp_directory_path() / ("sluice-engine-test-item-waits-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  write_text(dir / "Cargo.toml", "[workspace]\nmembers = [\"dep\", \"app\"]\nresolver = \"2\"\n");
  write_text(dir / "dep/Cargo.toml", "[package]\nname = \"dep\"\nversion = \"0.1.0\"\nedition = \"2021\"\n");
  write_text(dir / "dep/src/lib.rs",
             "pub struct T {\n    pub v: i32,\n}\n\npub fn x() -> i32 {\n    1\n}\n\npub const N: usize = 3;\n");
  write_text(dir / "app/Cargo.toml",
             "[package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\ndep = { path = "
             "\"../dep\" }\n");
  // Seven bodies meet `dep`: by a path (calls_dep, SIZE), through their own
  // signature (takes_holder, fetch) or through what they use (uses_size
  // reads SIZE; indirect and main call fetch, whose `Holder` has a field of
  // type `dep::T`). Two do not (plain, local_only).
  write_text(dir / "app/src/main.rs", R"(use dep::T;

struct Holder {
    t: T,
}

struct Plain {
    n: i32,
}

const SIZE: usize = dep::N;

fn calls_dep() -> i32 {
    dep::x()
}

fn takes_holder(h: Holder) -> i32 {
    h.t.v
}

fn fetch() -> Holder {
    Holder { t: T { v: 2 } }
}

fn indirect() -> i32 {
    let wrong: bool = fetch().t.v;
    if wrong { 1 } else { 0 }
}

fn uses_size() -> usize {
    SIZE
}

fn plain(p: Plain) -> i32 {
    p.n
}

fn local_only() -> i32 {
    let text: i32 = "local";
    text
}

fn main() {
    let p = Plain { n: 1 };
    println!("{} {} {} {} {}", plain(p), local_only(), calls_dep(), indirect(), uses_size());
    println!("{}", takes_holder(fetch()));
}
)");
  check_invariants(dir);
  auto w = load(dir);
  CrateId app = top_crates(w->workspace).front();
  auto line_of = [&](const Diagnostic& d) {
    std::string_view text = w->sources.file(d.primary.span.file).text();
    return 1 + std::count(text.begin(), text.begin() + d.primary.span.begin, '\n');
  };
  auto e0308_lines = [&](const std::vector<Diagnostic>& diagnostics) {
    std::vector<long> lines;
    for (const Diagnostic& d : diagnostics) {
      if (d.code == "E0308") lines.push_back(line_of(d));
    }
    return lines;
  };
  Run r = run(*w, CheckOrder::RootFirst, {app}, 1);
  REQUIRE(r.updates.size() >= 2);
  // The first pass runs before `dep` settles: local_only's error is sent at
  // once; indirect's needs `dep::T` and comes with the complete update.
  CHECK(r.updates.front().crate == app);
  CHECK_FALSE(r.updates.front().complete);
  CHECK(e0308_lines(r.updates.front().diagnostics) == std::vector<long>{39});
  CHECK(e0308_lines(r.analyzed.diagnostics[app.index]) == std::vector<long>{26, 39});
  // app's 9 bodies and dep's 2 once each, and again exactly the seven that waited.
  CHECK(r.analyzed.totals.bodies == 11);
  CHECK(r.analyzed.totals.body_checks == 11 + 7);
  fs::remove_all(dir);
}

TEST_CASE("a cancelled run stops starting work and sends nothing more", "[engine][cancel]") {
  fs::path dir = generated("cancel", "--lines 12000 --crates 6 --seed 14 --inject-error leaf --error-kind type");
  SourceMap sources;
  RealFileSystem file_system;
  Workspace workspace = load_workspace(dir.string(), file_system, sources);
  std::atomic<bool> cancel{false};
  EngineOptions options;
  options.threads = 2;
  options.fs = &file_system;
  options.load.threads = 2;
  options.cancel = &cancel;
  options.roots = top_crates(workspace);
  size_t updates = 0;
  size_t after_cancel = 0;
  AnalyzedWorkspace analyzed = run_engine(workspace, sources, LoadedCrates{}, options, [&](const CrateUpdate&) {
    after_cancel += cancel.load();
    ++updates;
    cancel = true;  // at the first update
  });
  CHECK(analyzed.cancelled);
  CHECK(updates == 1);
  CHECK(after_cancel == 0);
  // Not every body was checked: the run stopped (a full run checks them all).
  options.cancel = nullptr;
  AnalyzedWorkspace full = run_engine(workspace, sources, LoadedCrates{}, options, {});
  CHECK_FALSE(full.cancelled);
  CHECK(analyzed.totals.body_checks < full.totals.body_checks);
}
