// Rendering diagnostics exactly as rustc 1.95 and cargo print them. Every
// expected file under tests/golden/render/ is the tools' own output, made by
// the command written in the neighbouring .rs file (or cargo/README.md); each
// test builds by hand the Diagnostic values rustc reported and renders them.
// The expected files are never regenerated from our code: update mode only
// compares here.
#include <catch2/catch.hpp>

#include <functional>
#include <nlohmann/json.hpp>

#include "analysis/diag/render_human.h"
#include "analysis/diag/similar_names.h"
#include "server/output/cargo_summary.h"
#include "server/output/json_diagnostics.h"
#include "tests/unit/test_support.h"

namespace sluice {
namespace {

std::filesystem::path golden_dir() { return testing::source_dir() / "tests" / "golden" / "render"; }

// Compares with rustc's saved output; unlike check_golden's update mode it
// never rewrites the file, which must stay rustc's.
std::string check_rustc_output(const std::filesystem::path& expected_file, const std::string& actual) {
  if (!testing::update_golden_mode()) return testing::check_golden(expected_file, actual);
  std::string expected = testing::read_text_file(expected_file);
  return expected == actual ? "" : expected_file.string() + " differs from our rendering";
}

// One source file of a case, with helpers that find spans by their text.
struct Case {
  SourceMap sources;
  FileId file;
  std::string name;

  explicit Case(std::string case_name) : name(std::move(case_name)) {
    file = sources.add(name + ".rs", testing::read_text_file(golden_dir() / (name + ".rs")));
  }
  std::string_view text() const { return sources.file(file).text(); }

  // The `nth` occurrence (from 0) of `needle`, searching after `after`.
  Span find(std::string_view needle, int nth = 0, std::string_view after = "") const {
    size_t from = after.empty() ? 0 : text().find(after);
    REQUIRE(from != std::string_view::npos);
    size_t at = text().find(needle, from);
    for (int i = 0; i < nth && at != std::string_view::npos; ++i) at = text().find(needle, at + 1);
    REQUIRE(at != std::string_view::npos);
    return {file, static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
  }
  // The empty span just after `needle`.
  Span after(std::string_view needle, int nth = 0) const {
    Span s = find(needle, nth);
    return {file, s.end, s.end};
  }
  // From the start of `first` to the end of the first `last` after it.
  Span from_to(std::string_view first, std::string_view last) const {
    Span a = find(first);
    size_t end = text().find(last, a.begin);
    REQUIRE(end != std::string_view::npos);
    return {file, a.begin, static_cast<uint32_t>(end + last.size())};
  }
};

Diagnostic error(std::string code, std::string message, Span primary, std::string label = "") {
  Diagnostic d;
  d.level = Level::Error;
  d.code = std::move(code);
  d.message = std::move(message);
  d.primary = {primary, std::move(label)};
  return d;
}

Diagnostic warning(std::string code, std::string message, Span primary, std::string label = "") {
  Diagnostic d = error(std::move(code), std::move(message), primary, std::move(label));
  d.level = Level::Warning;
  return d;
}

// Everything rustc prints for the case: each diagnostic, then its closing lines.
std::string render_all(const Case& c, const std::vector<Diagnostic>& diagnostics, bool color) {
  std::string out;
  for (const Diagnostic& d : diagnostics) out += render_human(d, c.sources, {.color = color});
  out += rustc_aborting_message(count_diagnostics(diagnostics), color);
  out += rustc_explain_text(explained_codes(diagnostics), color);
  return out;
}

void check_case(const Case& c, const std::vector<Diagnostic>& diagnostics) {
  CHECK(check_rustc_output(golden_dir() / (c.name + ".stderr"), render_all(c, diagnostics, false)) == "");
  std::filesystem::path color_file = golden_dir() / (c.name + ".color.stderr");
  if (std::filesystem::exists(color_file)) {
    CHECK(check_rustc_output(color_file, render_all(c, diagnostics, true)) == "");
  }
}

const std::string kUnusedNote = "`#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default";

Diagnostic unused_variable(const Case& c, std::string_view name, std::string_view after, bool with_note) {
  Diagnostic d = warning("unused_variables", "unused variable: `" + std::string(name) + "`", c.find(name, 0, after));
  if (with_note) d.with_note(kUnusedNote);
  d.with_fix(d.primary.span, "_" + std::string(name), "if this is intentional, prefix it with an underscore");
  return d;
}

// Each case returns the diagnostics rustc reported for the file of its name.
std::vector<Diagnostic> mismatched_types(const Case& c) {
  return {error("E0308", "mismatched types", c.find("\"a\""), "expected `i32`, found `&str`")
              .with_secondary(c.find("i32"), "expected due to this")};
}

std::vector<Diagnostic> missing_semicolon(const Case& c) {
  Diagnostic parse = error("", "expected `;`, found keyword `let`", c.after("let y = 1"));
  parse.with_secondary(c.find("let", 0, "let z"), "unexpected token")
      .with_fix(c.after("let y = 1"), ";", "add `;` here", Applicability::MachineApplicable,
                SuggestionStyle::HideCodeInline);
  return {parse, unused_variable(c, "y", "let y", true), unused_variable(c, "z", "let z", false)};
}

std::vector<Diagnostic> binop_note_suggestion(const Case& c) {
  Diagnostic d = error("E0369", "cannot add `&str` to `&str`", c.find("+"),
                       "`+` cannot be used to concatenate two `&str` strings");
  d.with_secondary(c.find("a", 0, "a + b"), "&str").with_secondary(c.find("b", 0, "a + b"), "&str");
  d.with_note("string concatenation requires an owned `String` on the left");
  d.with_fix(c.find("a", 0, "a + b"), "a.to_owned()", "create an owned `String` from a string reference",
             Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
  return {d};
}

std::vector<Diagnostic> numeric_suggestion_diff(const Case& c) {
  Diagnostic d = error("E0308", "mismatched types", c.find("5i64"), "expected `u32`, found `i64`");
  d.with_secondary(c.find("u32"), "expected due to this");
  d.with_fix(c.find("i64", 0, "5i64"), "u32", "change the type of the numeric literal from `i64` to `u32`");
  return {d};
}

std::vector<Diagnostic> match_arms_multiline(const Case& c) {
  Diagnostic d =
      error("E0308", "`match` arms have incompatible types", c.find("2", 0, "_ =>"), "expected `&str`, found integer");
  d.with_secondary(c.find("\"x\""), "this is found to be of type `&str`");
  d.with_secondary(c.from_to("match 1", "\n    }"), "`match` arms have incompatible types");
  return {d};
}

std::vector<Diagnostic> same_line_mismatch(const Case& c, std::string_view literal) {
  return {error("E0308", "mismatched types", c.find(literal), "expected `i32`, found `&str`")
              .with_secondary(c.find("i32"), "expected due to this")};
}

std::vector<Diagnostic> missing_argument(const Case& c) {
  Diagnostic d =
      error("E0061", "this function takes 2 arguments but 1 argument was supplied", c.find("takes", 0, "takes(1)"));
  d.with_secondary(c.find("(1)"), "argument #2 of type `&str` is missing");
  d.children.push_back({Level::Note,
                        "function defined here",
                        {{c.find("takes"), ""}, {c.find("_b: &str"), ""}},
                        std::nullopt,
                        Applicability::Unspecified});
  d.with_fix(c.find("(1)"), "(1, /* &str */)", "provide the argument", Applicability::HasPlaceholders,
             SuggestionStyle::ShowAlways);
  return {d};
}

std::vector<Diagnostic> duplicate_field(const Case& c) {
  return {error("E0062", "field `a` specified more than once", c.find("a", 0, "a: 2"), "used more than once")
              .with_secondary(c.find("a: 1"), "first use of `a`")};
}

std::vector<Diagnostic> multiline_tuple(const Case& c) {
  Diagnostic d = error("E0308", "mismatched types", c.from_to("(1,", "3)"),
                       "expected `()`, found `({integer}, {integer}, {integer})`");
  d.with_secondary(c.find("()", 0, "_u"), "expected due to this");
  d.with_note("expected unit type `()`\n       found tuple `({integer}, {integer}, {integer})`");
  return {d};
}

std::vector<Diagnostic> unused_variables(const Case& c) {
  return {unused_variable(c, "a", "a: i32", true), unused_variable(c, "b", "b: &str", false)};
}

std::vector<Diagnostic> crate_missing_docs(const Case& c) {
  Diagnostic d = warning("missing_docs", "missing documentation for the crate", c.from_to("#![warn", "\n}"));
  d.with_note_at(c.find("missing_docs", 0, "#![warn"), "the lint level is defined here");
  return {d};
}

std::vector<Diagnostic> unclosed_delimiter(const Case& c) {
  uint32_t end = static_cast<uint32_t>(c.text().size());
  return {error("", "this file contains an unclosed delimiter", Span{c.file, end, end})
              .with_secondary(c.find("{"), "unclosed delimiter")};
}

std::vector<Diagnostic> no_span(const Case& c) {
  Diagnostic d = warning("E0602", "unknown lint: `foo`", Span{});
  d.with_note("requested on the command line with `-W foo`").with_note("`#[warn(unknown_lints)]` on by default");
  return {d};
}

std::vector<Diagnostic> elided_lines(const Case& c) {
  return {error("E0308", "mismatched types", c.find("\"s\""), "expected `i32`, found `&str`")
              .with_secondary(c.find("i32"), "expected `i32` because of return type")};
}

std::vector<Diagnostic> implicit_return(const Case& c) {
  Diagnostic d = error("E0308", "mismatched types", c.find("i32"), "expected `i32`, found `()`");
  d.with_secondary(c.find("f", 0, "f()"), "implicitly returns `()` as its body has no tail or `return` expression");
  d.with_fix(c.find(";", 0, "x + 1"), "", "remove this semicolon to return this value");
  return {d};
}

std::vector<Diagnostic> main_not_found(const Case& c) {
  return {error("E0601", "`main` function not found in crate `main_not_found`", c.after("fn f() {}"),
                "consider adding a `main` function to `main_not_found.rs`")};
}

std::vector<Diagnostic> if_else_multiline(const Case& c) {
  Diagnostic d =
      error("E0308", "`if` and `else` have incompatible types", c.find("\"a\""), "expected integer, found `&str`");
  d.with_secondary(c.find("1", 0, "if true"), "expected because of this");
  d.with_secondary(c.from_to("if true", "\"a\"\n    }"), "`if` and `else` have incompatible types");
  return {d};
}

struct NamedCase {
  const char* name;
  std::function<std::vector<Diagnostic>(const Case&)> build;
};

const std::vector<NamedCase>& all_cases() {
  static const std::vector<NamedCase> cases = {
      {"mismatched_types", mismatched_types},
      {"missing_semicolon", missing_semicolon},
      {"numeric_suggestion_diff", numeric_suggestion_diff},
      {"match_arms_multiline", match_arms_multiline},
      {"tab_line", [](const Case& c) { return same_line_mismatch(c, "\"tab\""); }},
      {"non_ascii", [](const Case& c) { return same_line_mismatch(c, "\"héllo wörld\""); }},
      {"emoji_width", [](const Case& c) { return same_line_mismatch(c, "\"😀😀\""); }},
      // NUL, U+0001 and DEL shown as control pictures, a zero-width joiner left out.
      {"control_characters",
       [](const Case& c) {
         static constexpr char kLiteral[] = "\"a\0b\x01" "c\x7f" "d\xE2\x80\x8D" "e\"";
         return same_line_mismatch(c, std::string_view(kLiteral, sizeof(kLiteral) - 1));
       }},
      {"duplicate_field", duplicate_field},
      {"multiline_tuple", multiline_tuple},
      {"unused_variables", unused_variables},
      {"crate_missing_docs", crate_missing_docs},
      {"unclosed_delimiter", unclosed_delimiter},
      {"no_span", no_span},
      {"elided_lines", elided_lines},
      {"implicit_return", implicit_return},
      {"main_not_found", main_not_found},
      {"if_else_multiline", if_else_multiline},
  };
  return cases;
}

TEST_CASE("human rendering matches rustc 1.95", "[render]") {
  for (const NamedCase& named : all_cases()) {
    SECTION(named.name) {
      Case c(named.name);
      check_case(c, named.build(c));
    }
  }
}

// rustc shows these suggestions as separate `help:` blocks because rustc's
// code asked for the verbose style (SuggestionStyle::ShowAlways).
TEST_CASE("verbose suggestions match rustc 1.95", "[render]") {
  SECTION("binop_note_suggestion") {
    Case c("binop_note_suggestion");
    check_case(c, binop_note_suggestion(c));
  }
  SECTION("missing_argument") {
    Case c("missing_argument");
    check_case(c, missing_argument(c));
  }
}

// rustc's JSON, as saved from `--error-format=json`; we ship no error-code
// explanations, so the expected "explanation" texts are compared as null.
nlohmann::json without_explanations(nlohmann::json j) {
  if (j.contains("code") && j["code"].is_object()) j["code"]["explanation"] = nullptr;
  if (j.contains("message") && j["message"].is_object()) j["message"] = without_explanations(j["message"]);
  return j;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1) {
    lines.push_back(text.substr(start, nl - start));
  }
  return lines;
}

TEST_CASE("rustc JSON matches rustc 1.95", "[render][json]") {
  for (const char* name : {"mismatched_types", "missing_semicolon", "multiline_tuple", "non_ascii", "tab_line",
                           "no_span", "numeric_suggestion_diff", "crate_missing_docs"}) {
    SECTION(name) {
      Case c(name);
      std::vector<Diagnostic> diagnostics;
      for (const NamedCase& named : all_cases()) {
        if (std::string(named.name) == name) diagnostics = named.build(c);
      }
      std::vector<std::string> expected = lines_of(testing::read_text_file(golden_dir() / (c.name + ".json")));
      REQUIRE(expected.size() >= diagnostics.size());
      for (size_t i = 0; i < diagnostics.size(); ++i) {
        std::string rendered = render_human(diagnostics[i], c.sources, {});
        nlohmann::ordered_json ours = rustc_json(diagnostics[i], c.sources, rendered);
        // Key order matters: compare the serialised text.
        std::string want = nlohmann::ordered_json::parse(expected[i]).dump();
        nlohmann::ordered_json want_json = nlohmann::ordered_json::parse(want);
        if (want_json["code"].is_object()) want_json["code"]["explanation"] = nullptr;
        CHECK(ours.dump() == want_json.dump());
      }
    }
  }
}

// rustc 1.95 puts the end of a file that ends in a newline on the last line,
// one column past the newline: {"line_start":3,"column_start":17,...} for
// unclosed_delimiter.rs, whose line 3 is `    let _x = 1;`.
TEST_CASE("rustc JSON places the end of the file like rustc", "[render][json]") {
  Case c("unclosed_delimiter");
  Diagnostic d = unclosed_delimiter(c).front();
  nlohmann::ordered_json j = rustc_json(d, c.sources, "");
  const auto& eof = j["spans"][1];
  CHECK(eof["line_start"] == 3);
  CHECK(eof["column_start"] == 17);
  CHECK(eof["column_end"] == 17);
  CHECK(eof["text"][0]["text"] == "    let _x = 1;");
  CHECK(eof["text"][0]["highlight_start"] == 17);
  CHECK(j["spans"][0]["label"] == "unclosed delimiter");
}

// A checker bug that leaves a note or a fix pointing nowhere must not crash
// the output: the child is left out, the rest drawn as before.
TEST_CASE("children without a location are left out, not read", "[render]") {
  Case c("unclosed_delimiter");
  Diagnostic d = unclosed_delimiter(c).front();
  std::string before = render_human(d, c.sources, {});
  Diagnostic broken = d;
  broken.with_fix(Span{}, "x", "an inline fix pointing nowhere", Applicability::MachineApplicable,
                  SuggestionStyle::HideCodeInline);
  broken.with_fix(Span{}, "y", "a fix pointing nowhere", Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
  CHECK(render_human(broken, c.sources, {}) == before);
  nlohmann::ordered_json j = rustc_json(broken, c.sources, "");
  CHECK(j["children"].size() == d.children.size() + 2);
}

// cargo 1.95 on the projects under tests/golden/render/cargo/ (see its README).
CargoTargetInfo hello_bin() {
  return {"hello",
          "0.1.0",
          "/tmp/sluice-render-cargo/hello/Cargo.toml",
          "/tmp/sluice-render-cargo/hello",
          CargoTargetKind::Bin,
          "hello",
          "/tmp/sluice-render-cargo/hello/src/main.rs",
          "2021"};
}

CargoTargetInfo my_pkg_lib() {
  return {"my-pkg",
          "1.2.3",
          "/tmp/sluice-render-cargo/other/Cargo.toml",
          "/tmp/sluice-render-cargo/other",
          CargoTargetKind::Lib,
          "my_pkg",
          "/tmp/sluice-render-cargo/other/src/lib.rs",
          "2021"};
}

TEST_CASE("cargo summaries match cargo 1.95", "[render][cargo]") {
  CrateSummaryInput one_error_one_warning{{1, 1}, 1};
  CHECK(cargo_crate_summary(hello_bin(), one_error_one_warning, false) ==
        "warning: `hello` (bin \"hello\") generated 1 warning\n"
        "error: could not compile `hello` (bin \"hello\") due to 1 previous error; 1 warning emitted\n");
  CHECK(cargo_crate_summary(hello_bin(), one_error_one_warning, true) ==
        "\x1b[1m\x1b[33mwarning\x1b[0m: `hello` (bin \"hello\") generated 1 warning\n"
        "\x1b[1m\x1b[91merror\x1b[0m: could not compile `hello` (bin \"hello\") due to 1 previous error; 1 warning "
        "emitted\n");
  CHECK(cargo_crate_summary(my_pkg_lib(), {{2, 0}, 0}, false) ==
        "error: could not compile `my-pkg` (lib) due to 2 previous errors\n");
  CHECK(cargo_crate_summary(my_pkg_lib(), {{0, 2}, 2}, false) ==
        "warning: `my-pkg` (lib) generated 2 warnings (run `cargo fix --lib -p my-pkg` to apply 2 suggestions)\n");
  CHECK(cargo_crate_summary(hello_bin(), {{0, 1}, 1}, true) ==
        "\x1b[1m\x1b[33mwarning\x1b[0m: `hello` (bin \"hello\") generated 1 warning (run `cargo fix --bin \"hello\" -p "
        "hello` to apply 1 suggestion)\n");
  CHECK(cargo_crate_summary(hello_bin(), {{0, 0}, 0}, false) == "");
  CHECK(cargo_checking_line(hello_bin(), false) == "    Checking hello v0.1.0 (/tmp/sluice-render-cargo/hello)\n");
  CHECK(cargo_checking_line(hello_bin(), true) ==
        "\x1b[1m\x1b[92m    Checking\x1b[0m hello v0.1.0 (/tmp/sluice-render-cargo/hello)\n");
  CHECK(cargo_finished_line(0.1, false, false) ==
        "    Finished `dev` profile [unoptimized + debuginfo] target(s) in 0.10s\n");
  CHECK(cargo_finished_line(0.1, false, true) ==
        "\x1b[1m\x1b[92m    Finished\x1b[0m `dev` profile [unoptimized + debuginfo] target(s) in 0.10s\n");
  CHECK(cargo_finished_line(0.01, true, false) == "    Finished `release` profile [optimized] target(s) in 0.01s\n");
  CHECK(cargo_package_id(hello_bin()) == "path+file:///tmp/sluice-render-cargo/hello#0.1.0");
  CHECK(cargo_package_id(my_pkg_lib()) == "path+file:///tmp/sluice-render-cargo/other#my-pkg@1.2.3");
  CHECK(cargo_build_finished_line(false) == "{\"reason\":\"build-finished\",\"success\":false}");
}

// The cargo projects' sources, with the diagnostics rustc reports in them.
struct CargoCase {
  SourceMap sources;
  FileId file;
  explicit CargoCase(const std::string& relative, const std::string& display_path) {
    file = sources.add(display_path, testing::read_text_file(golden_dir() / "cargo" / relative));
  }
  Span find(std::string_view needle, std::string_view after = "") const {
    std::string_view text = sources.file(file).text();
    size_t at = text.find(needle, after.empty() ? 0 : text.find(after));
    REQUIRE(at != std::string_view::npos);
    return {file, static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
  }
};

std::vector<Diagnostic> hello_diagnostics(const CargoCase& c) {
  Diagnostic mismatch = error("E0308", "mismatched types", c.find("\"a\""), "expected `i32`, found `&str`");
  mismatch.with_secondary(c.find("i32"), "expected due to this");
  Diagnostic unused = warning("unused_variables", "unused variable: `a`", c.find("a", "fn f("));
  unused.with_note(kUnusedNote)
      .with_fix(unused.primary.span, "_a", "if this is intentional, prefix it with an underscore");
  return {mismatch, unused};
}

std::vector<Diagnostic> my_pkg_diagnostics(const CargoCase& c) {
  Span end_of_let = c.find("let a = 1");
  end_of_let.begin = end_of_let.end;
  Diagnostic parse = error("", "expected `;`, found `}`", end_of_let);
  parse.with_secondary(c.find("}", "let a"), "unexpected token").with_fix(end_of_let, ";", "add `;` here",
                                                                        Applicability::MachineApplicable,
                                                                        SuggestionStyle::HideCodeInline);
  Diagnostic unused = warning("unused_variables", "unused variable: `a`", c.find("a", "let a"));
  unused.with_note(kUnusedNote)
      .with_fix(unused.primary.span, "_a", "if this is intentional, prefix it with an underscore");
  return {parse, unused};
}

std::string cargo_human(const CargoTargetInfo& target, const CargoCase& c, const std::vector<Diagnostic>& diagnostics) {
  std::string out = cargo_checking_line(target, false);
  for (const Diagnostic& d : diagnostics) out += render_human(d, c.sources, {});
  out += rustc_explain_text(explained_codes(diagnostics), false);
  out += cargo_crate_summary(target, summarize_for_cargo(diagnostics), false);
  return out;
}

std::string cargo_json(const CargoTargetInfo& target, const CargoCase& c, const std::vector<Diagnostic>& diagnostics) {
  std::string out = cargo_json_lines(target, diagnostics, c.sources, false);
  out += cargo_build_finished_line(false) + "\n";
  // Our explanations are null; null rustc's in the expected text the same way.
  return out;
}

std::string expected_cargo_json(const std::string& file) {
  std::string out;
  for (const std::string& line : lines_of(testing::read_text_file(golden_dir() / "cargo" / file))) {
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(line);
    if (j.contains("message") && j["message"]["code"].is_object()) j["message"]["code"]["explanation"] = nullptr;
    out += j.dump() + "\n";
  }
  return out;
}

TEST_CASE("cargo output matches cargo 1.95", "[render][cargo]") {
  SECTION("bin with an error and a warning") {
    CargoCase c("hello/src/main.rs", "src/main.rs");
    std::vector<Diagnostic> diagnostics = hello_diagnostics(c);
    CHECK(check_rustc_output(golden_dir() / "cargo" / "hello.stderr", cargo_human(hello_bin(), c, diagnostics)) == "");
    CHECK(cargo_json(hello_bin(), c, diagnostics) == expected_cargo_json("hello.json"));
  }
  SECTION("lib with a syntax error, package named unlike its directory") {
    CargoCase c("other/src/lib.rs", "src/lib.rs");
    std::vector<Diagnostic> diagnostics = my_pkg_diagnostics(c);
    CHECK(check_rustc_output(golden_dir() / "cargo" / "other.stderr", cargo_human(my_pkg_lib(), c, diagnostics)) == "");
    CHECK(cargo_json(my_pkg_lib(), c, diagnostics) == expected_cargo_json("other.json"));
  }
}

// rustc 1.95 on a program with ten explained codes (h60's repro 22) names
// nine and ends the list with `...`.
TEST_CASE("the explained codes are listed nine at most", "[render]") {
  std::vector<std::string> ten = {"E0308", "E0423", "E0425", "E0600", "E0604",
                                  "E0606", "E0608", "E0610", "E0614", "E0618"};
  std::vector<std::string> lines = rustc_explain_lines(ten);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] ==
        "Some errors have detailed explanations: E0308, E0423, E0425, E0600, E0604, E0606, E0608, E0610, E0614...");
  ten.pop_back();
  CHECK(rustc_explain_lines(ten)[0] ==
        "Some errors have detailed explanations: E0308, E0423, E0425, E0600, E0604, E0606, E0608, E0610, E0614.");
}

// The expected names are rustc 1.95's for the same typos (`hepler` finds
// `helper`: a transposition counts one); a name of 200,000 characters typed with
// its last letter wrong is found by stripping what the two share (the full
// table would be 4*10^10 cells), and one far longer or shorter than every
// candidate is rejected before any table.
TEST_CASE("similar names: rustc's distances, and long names stay cheap", "[diag][bad-input]") {
  std::vector<std::string_view> names = {"counter", "count", "helper", "total"};
  CHECK(best_match_for_name("totl", names) == std::optional<std::string_view>("total"));
  CHECK(best_match_for_name("hepler", names) == std::optional<std::string_view>("helper"));
  CHECK(best_match_for_name("TOTAL", names) == std::optional<std::string_view>("total"));
  CHECK_FALSE(best_match_for_name("zzzzzz", names).has_value());
  std::string declared(200000, 'a');
  std::string typed = declared.substr(0, declared.size() - 1) + "b";
  std::vector<std::string_view> long_names = {"main", declared};
  CHECK(best_match_for_name(typed, long_names) == std::optional<std::string_view>(declared));
  CHECK(best_match_with_substrings(typed, long_names) == std::optional<std::string_view>(declared));
  CHECK_FALSE(best_match_with_substrings(typed, std::vector<std::string_view>{"main", "len"}).has_value());
}

}  // namespace
}  // namespace sluice
