// Stages 2 and 3 in process: fixtures of one or more files (`//- path`
// lines split them; the first is the crate root) are resolved and checked,
// and the diagnostics are compared as `CODE line` lines. Expected values come
// from rustc 1.95 (each fixture says what rustc reported).
#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

#include "analysis/builtin/builtin_std.h"
#include "analysis/check/check.h"
#include "analysis/lints/crate_lints.h"
#include "analysis/parse/parse.h"
#include "tests/unit/test_support.h"

namespace sluice {
namespace {

struct Fixture {
  SourceMap sources;
  std::vector<SyntaxTree> trees;
  TypeStore types;
  CrateDefMap std_map;
  CrateDefMap map;
  CrateInput input;
  DefMaps maps;
  std::vector<ExternCrate> externs;

  explicit Fixture(const std::string& text) : std_map(build_std_def_map(types)) {
    // Split into files; module files are found by the order key of their `mod`.
    std::vector<std::pair<std::string, std::string>> files;
    std::string current_path = "main.rs", current;
    size_t pos = 0;
    while (pos < text.size()) {
      size_t end = text.find('\n', pos);
      std::string line = text.substr(pos, end == std::string::npos ? std::string::npos : end - pos + 1);
      pos = end == std::string::npos ? text.size() : end + 1;
      if (line.rfind("//- ", 0) == 0) {
        if (!current.empty()) files.push_back({current_path, current});
        current_path = line.substr(4, line.find_last_not_of("\n ") - 3);
        current.clear();
        continue;
      }
      current += line;
    }
    files.push_back({current_path, current});
    trees.reserve(files.size());
    input.crate = 0;
    input.name = "main";
    input.edition = Edition::E2021;
    for (size_t i = 0; i < files.size(); ++i) {
      FileId id = sources.add(files[i].first, files[i].second);
      trees.push_back(parse_file(sources.file(id), ParseOptions{}));
      CrateFile f;
      f.file = id;
      f.source = &sources.file(id);
      f.text = f.source->text();
      f.tree = &trees.back();
      // Files after the root are the root's `mod` children, in order.
      if (i > 0) f.order_key = {static_cast<uint32_t>(i - 1)};
      input.files.push_back(f);
    }
    for (NodeId child : trees[0].children(trees[0].root())) {
      if (trees[0].kind(child) == NodeKind::ModItem && trees[0].child(child, NodeKind::ItemList).is_none()) {
        input.files[0].module_items.push_back(child);
      }
    }
    maps.std = &std_map;
    maps.crates = {nullptr};
    ResolveContext context;
    context.maps = &maps;
    context.types = &types;
    map = build_def_map(input, context);
    maps.crates[0] = &map;
  }

  BodyCheckContext body_context() {
    BodyCheckContext context;
    context.maps = &maps;
    context.crate = &map;
    context.input = &input;
    context.externs = &externs;
    context.types = &types;
    return context;
  }

  // Errors only: lints are not produced by these stages yet.
  std::string describe(const Diagnostic& d) {
    if (d.level != Level::Error) return "";
    LineColumn at = sources.file(d.primary.span.file).line_column(d.primary.span.begin);
    return (d.code.empty() ? std::string("-") : d.code) + " " + std::to_string(at.line + 1) + "\n";
  }

  // Diagnostics of stages 2 and 3 as the driver orders them, bodies checked
  // in `order` (indices into body_owners()).
  std::string diagnostics(const std::vector<size_t>& order = {}) {
    std::vector<ItemId> owners = body_owners(map);
    std::vector<BodyResult> results(owners.size());
    BodyCheckContext context = body_context();
    for (size_t k = 0; k < owners.size(); ++k) {
      size_t i = order.empty() ? k : order[k];
      results[i] = check_body(context, owners[i]);
    }
    std::string out;
    for (const Diagnostic& d : crate_diagnostics(input, map, results, /*is_bin=*/true)) out += describe(d);
    return out;
  }
};

std::string check(const std::string& text) {
  Fixture fixture(text);
  return fixture.diagnostics();
}

TEST_CASE("a clean program has no diagnostics", "[check]") {
  CHECK(check(R"(
struct Point { x: i32, y: i32 }
impl Point {
    fn new(x: i32, y: i32) -> Point { Point { x, y } }
    fn norm1(&self) -> i32 { self.x.abs() + self.y.abs() }
}
fn main() {
    let p = Point::new(3, -4);
    let mut total = 0u64;
    for i in 0..10 { total += i; }
    let arr = [1.5, 2.5];
    for x in arr.iter() { println!("{x} {}", p.norm1()); }
    println!("{} {}", total, arr.len());
}
)") == "");
}

TEST_CASE("names that do not resolve", "[check]") {
  // rustc 1.95: E0432 at 2, E0425 at 4, E0425 (type) at 5, E0433 at 6.
  CHECK(check(R"(
use m::nothing;
mod m {}
fn main() { let a = missing;
    let b: Missing = 1;
    nowhere::f();
}
)") == "E0432 2\nE0425 4\nE0425 5\nE0433 6\n");
}

TEST_CASE("privacy across modules", "[check]") {
  // rustc 1.95: E0603 at 6, E0616 at 8.
  CHECK(check(R"(
mod bank {
    pub struct Account { balance: i64 }
    fn audit() {}
    pub fn open() -> Account { Account { balance: 0 } } }
fn main() { bank::audit();
    let a = bank::open();
    println!("{}", a.balance);
}
)") == "E0603 6\nE0616 8\n");
}

TEST_CASE("type mismatches, with literal inference", "[check]") {
  // rustc 1.95: E0308 at 3 and 5; none at 4 (the literal becomes u8).
  CHECK(check(R"(
fn take(x: u8) -> u8 { x }
fn main() { let a: i32 = "no";
    let b = take(200);
    let c: bool = b;
}
)") == "E0308 3\nE0308 5\n");
}

TEST_CASE("module files are found through the crate input", "[check]") {
  // rustc 1.95: E0425 at util.rs:1.
  CHECK(check(R"(
mod util;
fn main() { util::helper(); }
//- util.rs
pub fn helper() { undefined(); }
)") == "E0425 1\n");
}

TEST_CASE("mutability errors only for bodies without type errors", "[check]") {
  // rustc 1.95: E0308 at 2 (in `a`), E0384 at 3 (in `b`); `a`'s E0384 is not reported.
  // (rustc also warns unused_assignments at 3.)
  CHECK(check(R"(
fn a() { let x = 1; let y: bool = 2; x = 3; }
fn b() { let y = 1; y = 2; println!("{}", y); }
fn main() { a(); b(); }
)") == "E0308 2\nE0384 3\n");
}

TEST_CASE("constructs outside tier L1 are reported once and silence what follows", "[check]") {
  CHECK(check(R"(
fn largest<T: PartialOrd>(items: &[T]) -> &T { &items[0] }
fn main() {
    let v = largest(&[1, 2, 3]);
    let w: i32 = *v + 1;
    println!("{}", w);
}
)") == "S0001 2\n");
}

TEST_CASE("code outside L1 leaves the lints of one item or literal running", "[check]") {
  // rustc has no error here, so its late lints run: overflowing_literals
  // (deny, an error) in a function that is plain L1 is still reported.
  CHECK(check(R"(
fn compute() -> u8 { let small: u8 = 300; small }
fn make() -> Vec<i32> { Vec::new() }
fn main() { println!("{} {}", compute(), make().len()); }
)") == "S0001 3\noverflowing_literals 2\n");
}

// The invariant of check.h: bodies are independent given the def maps.
TEST_CASE("bodies checked in shuffled order give identical diagnostics", "[check]") {
  std::string program = R"(
struct Meter { value: f64 }
impl Meter { fn add(&mut self, v: f64) { self.value += v; } fn read(&self) -> f64 { self.value } }
fn one() -> i32 { let m = Meter { value: 1.0 }; m.add(2.0); 0 }
fn two() -> u8 { let t: u8 = 300; let s: bool = 1; t }
fn three() { let x = undefined_name; let y = [1, 2][5u8]; }
fn four() { let mut a = 1; a += "s"; }
fn five(x: i64) -> i64 { if x > 0 { x } else { "neg" } }
fn main() { one(); two(); three(); four(); five(1); let m = Meter { value: 0.0 }; println!("{}", m.read()); }
)";
  Fixture fixture(program);
  std::string in_order = fixture.diagnostics();
  REQUIRE(!in_order.empty());
  size_t count = body_owners(fixture.map).size();
  std::mt19937 random(12345);
  for (int round = 0; round < 20; ++round) {
    std::vector<size_t> order(count);
    for (size_t i = 0; i < count; ++i) order[i] = i;
    std::shuffle(order.begin(), order.end(), random);
    CHECK(fixture.diagnostics(order) == in_order);
  }
}

}  // namespace
}  // namespace sluice

namespace sluice {
namespace {

// Bad input: big, deep or cyclic programs get diagnostics, never a crash or a hang.
TEST_CASE("hundreds of errors are each reported once", "[check][bad-input]") {
  // rustc 1.95: E0308 on each of the 500 lines.
  std::string program = "fn main() {\n";
  std::string expected;
  for (int i = 0; i < 500; ++i) {
    program += "    let v" + std::to_string(i) + ": i32 = \"text\";\n";
    expected += "E0308 " + std::to_string(i + 2) + "\n";
  }
  program += "}\n";
  CHECK(check(program) == expected);
}

TEST_CASE("deeply nested expressions, blocks and ifs", "[check][bad-input]") {
  // rustc 1.95 accepts this program (with unused_parens/unused_braces warnings).
  std::string parens = std::string(200, '(') + "1" + std::string(200, ')');
  std::string blocks;
  for (int i = 0; i < 200; ++i) blocks += "{ ";
  blocks += "2";
  for (int i = 0; i < 200; ++i) blocks += " }";
  std::string ifs = "0";
  for (int i = 0; i < 200; ++i) ifs = "if x > " + std::to_string(i) + " { " + ifs + " } else { 1 }";
  CHECK(check("fn main() {\n    let x = " + parens + ";\n    let y = " + blocks + ";\n    let z = " + ifs +
              ";\n    println!(\"{} {} {}\", x, y, z);\n}\n") == "");
}

TEST_CASE("a match with 10,000 arms", "[check][bad-input]") {
  std::string program = "fn main() {\n    let x: u32 = 5;\n    let y = match x {\n";
  for (int i = 0; i < 10000; ++i) program += "        " + std::to_string(i) + " => " + std::to_string(i % 7) + ",\n";
  program += "        _ => 0,\n    };\n    println!(\"{}\", y);\n}\n";
  CHECK(check(program) == "");
  // Without the last arm it is not exhaustive (rustc 1.95: E0004 at the scrutinee).
  std::string partial = program;
  partial.replace(partial.find("        _ => 0,\n"), 16, "");
  CHECK(check(partial) == "E0004 3\n");
}

TEST_CASE("cycles of type aliases, consts and glob imports", "[check][bad-input]") {
  // rustc 1.95: E0391 at 2 (expanding type alias `A`) and at 4 (`X` is a trivial const).
  CHECK(check(R"(
type A = B;
type B = A;
const X: i32 = Y;
const Y: i32 = X;
fn main() { let _a: A = 1; let _ = X; }
)") == "E0391 2\nE0391 4\n");
  // Glob imports that import each other are fine (rustc 1.95: no diagnostics).
  CHECK(check(R"(
mod a { pub use crate::b::*; pub fn fa() {} }
mod b { pub use crate::a::*; pub fn fb() {} }
use a::fb;
fn main() { fb(); b::fa(); }
)") == "");
}

TEST_CASE("moves and initialisation", "[check]") {
  // rustc 1.95: E0382 at 8, E0381 at 10.
  CHECK(check(R"(
#[derive(Debug)]
struct Big { v: i32 }
fn take(b: Big) -> i32 { b.v }
fn main() {
    let b = Big { v: 2 };
    take(b);
    take(b);
    let c: i32;
    println!("{}", c);
}
)") == "E0382 8\nE0381 10\n");
}

TEST_CASE("exhaustiveness errors stop the borrow checker, as in rustc", "[check]") {
  // rustc 1.95: E0004 at 9, E0005 at 11, and no E0382 for the second `take(b)`.
  CHECK(check(R"(
struct Big { v: i32 }
enum Dir { N, E, S }
fn take(b: Big) -> i32 { b.v }
fn main() {
    let b = Big { v: 2 };
    take(b);
    let d = Dir::N;
    match d { Dir::N => {}, Dir::E => {} }
    let t = (1, 2);
    let (x, 1) = t;
    let _ = (Dir::S, x, take(b));
}
)") == "E0004 9\nE0005 11\n");
}

}  // namespace
}  // namespace sluice

namespace sluice {
namespace {

// Inputs the checker fuzzer (fuzz/fuzz_check.cpp) once crashed or hung on,
// checked here on their recovered trees (the driver itself stops after a
// syntax error; the language server will not).
TEST_CASE("the fuzzer's reproducers check without crashing", "[check][bad-input]") {
  auto files = testing::files_with_suffix(testing::source_dir() / "tests/corpus/check_crashes", ".rs");
  REQUIRE(files.size() >= 7);
  for (const auto& path : files) {
    INFO(path.string());
    std::string text = testing::read_text_file(path);
    Fixture fixture(text);
    fixture.diagnostics();
    for (const Diagnostic& d : fixture.map.diagnostics) {
      CHECK(d.primary.span.begin <= d.primary.span.end);
      CHECK(d.primary.span.end <= text.size());
    }
  }
}

// The edits of rustc's hidden fix for unused_imports (rustc 1.95's JSON for
// this program: the whole item with its line break; `max, ` in a group).
TEST_CASE("unused imports carry the edit that removes them", "[check][lints]") {
  Fixture fixture(R"(use std::fmt::Debug;
use m::{max, min};
mod m { pub fn max() {} pub fn min() {} }
fn main() { min(); }
)");
  std::vector<ItemId> owners = body_owners(fixture.map);
  std::vector<BodyResult> results(owners.size());
  BodyCheckContext context = fixture.body_context();
  for (size_t i = 0; i < owners.size(); ++i) results[i] = check_body(context, owners[i]);
  std::vector<std::string> edits;
  for (const Diagnostic& d : crate_diagnostics(fixture.input, fixture.map, results, /*is_bin=*/true)) {
    if (d.kind != DiagKind::UnusedImport) continue;
    for (const SubDiagnostic& child : d.children) {
      if (!child.replacement) continue;
      CHECK(child.applicability == Applicability::MachineApplicable);
      CHECK(child.style == SuggestionStyle::CompletelyHidden);
      for (const Label& l : child.spans) {
        edits.push_back(child.message + ": " + std::string(fixture.input.files[0].text.substr(l.span.begin, l.span.length())));
      }
    }
  }
  REQUIRE(edits.size() == 2);
  CHECK(edits[0] == "remove the whole `use` item: use std::fmt::Debug;\n");
  CHECK(edits[1] == "remove the unused import: max, ");
}

}  // namespace
}  // namespace sluice
