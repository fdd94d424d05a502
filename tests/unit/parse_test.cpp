// Parser tests: golden tree dumps for every grammar production and recovery
// path (tests/golden/parse/), plus bad-input tests that must never crash.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "analysis/parse/parse.h"
#include "tests/unit/test_support.h"

using namespace sluice;
namespace fs = std::filesystem;

namespace {

// `// edition:2024` on the first line picks the edition; 2021 otherwise.
Edition edition_of(const std::string& text) {
  Edition edition = Edition::E2021;
  if (text.rfind("// edition:", 0) == 0) parse_edition(text.substr(11, 4), edition);
  return edition;
}

std::string render_diagnostics(const SyntaxTree& tree, const SourceFile& file) {
  std::string out;
  for (const Diagnostic& d : tree.diagnostics) {
    LineColumn at = file.line_column(d.primary.span.begin);
    out += std::to_string(at.line + 1) + ":" + std::to_string(file.char_column(d.primary.span.begin) + 1) + ": " +
           std::string(level_name(d.level)) + (d.code.empty() ? "" : "[" + d.code + "]") + ": " + d.message + "\n";
  }
  return out;
}

struct Parsed {
  SourceMap sources;
  FileId file;
  SyntaxTree tree;
};

std::unique_ptr<Parsed> parse_text(const std::string& text, Edition edition = Edition::E2021) {
  auto parsed = std::make_unique<Parsed>();
  parsed->file = parsed->sources.add("test.rs", text);
  ParseOptions options;
  options.edition = edition;
  parsed->tree = parse_file(parsed->sources.file(parsed->file), options);
  return parsed;
}

}  // namespace

TEST_CASE("parse golden files", "[parse][golden]") {
  auto inputs = testing::files_with_suffix(testing::source_dir() / "tests/golden/parse", ".rs");
  REQUIRE(inputs.size() >= 10);
  for (const fs::path& input : inputs) {
    std::string text = testing::read_text_file(input);
    auto parsed = parse_text(text, edition_of(text));
    const SourceFile& file = parsed->sources.file(parsed->file);
    std::string actual = dump_tree(parsed->tree, file) + "---- diagnostics\n" + render_diagnostics(parsed->tree, file);
    fs::path expected = input;
    expected += ".tree";
    INFO(input.string());
    CHECK(testing::check_golden(expected, actual) == "");
  }
}

TEST_CASE("the tree covers the file and children nest", "[parse]") {
  auto parsed = parse_text("fn main() { let x = (1 + 2) * 3; if x > 3 { println!(\"{}\", x); } }\n");
  const SyntaxTree& tree = parsed->tree;
  CHECK(tree.diagnostics.empty());
  CHECK(tree.kind(tree.root()) == NodeKind::SourceFile);
  CHECK(tree.node(tree.root()).subtree_size == tree.nodes.size());
  // Every node's subtree lies inside its parent's token range.
  for (uint32_t i = 0; i < tree.nodes.size(); ++i) {
    for (NodeId child : tree.children(NodeId(i))) {
      CHECK(tree.node(child).first_token >= tree.nodes[i].first_token);
      CHECK(tree.node(child).end_token <= tree.nodes[i].end_token);
    }
  }
  NodeId fn = tree.child(tree.root(), NodeKind::FnItem);
  REQUIRE(fn.has_value());
  CHECK(tree.text(tree.child(fn, NodeKind::Name), parsed->sources.file(parsed->file).text()) == "main");
}

TEST_CASE("precedence and associativity follow rustc", "[parse]") {
  // a - b - c is (a - b) - c; a = b = c is a = (b = c); 1 + 2 * 3 groups the product.
  auto parsed = parse_text("fn f() { a - b - c; a = b = c; 1 + 2 * 3; -x as u8; }\n");
  std::string dump = dump_tree(parsed->tree, parsed->sources.file(parsed->file));
  CHECK(parsed->tree.diagnostics.empty());
  // Left-associative: the first child of the outer `-` is the inner `-`.
  CHECK(dump.find("          BinaryExpr\n            BinaryExpr\n              PathExpr") != std::string::npos);
  // Right-associative: `=` has the inner assignment as its last child.
  CHECK(dump.find("            Op =\n            BinaryExpr\n") != std::string::npos);
  // Unary minus binds tighter than `as`.
  CHECK(dump.find("          CastExpr\n            PrefixExpr") != std::string::npos);
}

TEST_CASE("deep nesting is reported once, never overflows the stack", "[parse][bad-input]") {
  for (const char* open_close : {"()", "[]", "{}"}) {
    std::string text = "fn main() { let x = ";
    text.append(100000, open_close[0]);
    text.append(100000, open_close[1]);
    text += "; }\n";
    auto parsed = parse_text(text);
    REQUIRE(parsed->tree.diagnostics.size() == 1);
    CHECK(parsed->tree.diagnostics[0].kind == DiagKind::NestingTooDeep);
  }
  std::string types = "type T = ";
  for (int i = 0; i < 50000; ++i) types += "&";
  types += "u8;\n";
  auto parsed = parse_text(types);
  REQUIRE(parsed->tree.diagnostics.size() == 1);
  CHECK(parsed->tree.diagnostics[0].kind == DiagKind::NestingTooDeep);
  std::string unary = "fn f() { ";
  unary.append(100000, '-');
  unary += "1; }\n";
  auto negated = parse_text(unary);
  REQUIRE(negated->tree.diagnostics.size() == 1);
  CHECK(negated->tree.diagnostics[0].kind == DiagKind::NestingTooDeep);
}

TEST_CASE("degenerate files parse without crashing", "[parse][bad-input]") {
  CHECK(parse_text("")->tree.diagnostics.empty());
  CHECK(parse_text("\n\n   \n")->tree.diagnostics.empty());
  // A 10 MB single line of valid items.
  std::string line;
  while (line.size() < 10'000'000) line += "const A: u32 = 1 + 2 * 3; ";
  CHECK(parse_text(line)->tree.diagnostics.empty());
  // Random bytes and random token soup: any diagnostics, no crash, no hang.
  std::mt19937 random(12345);
  const std::string pieces[] = {"fn", "(", ")", "{", "}", "[", "]", "let", "=", ";", "x", "1", "::", "<", ">",
                                "match", "=>", ",", "|", "&", "'a", "\"s\"", "#", "!", ".", "..", "if", "else",
                                "struct", "impl", "for", "in", "->", "mod", "use", "*", "?", "as", "loop", "@"};
  for (int round = 0; round < 300; ++round) {
    std::string soup;
    int length = static_cast<int>(random() % 200);
    for (int i = 0; i < length; ++i) soup += pieces[random() % std::size(pieces)] + " ";
    auto parsed = parse_text(soup);
    CHECK(parsed->tree.nodes.back().kind == NodeKind::SourceFile);
    std::string bytes;
    for (int i = 0; i < length; ++i) bytes += static_cast<char>(random() % 128);
    CHECK(parse_text(bytes)->tree.nodes.back().kind == NodeKind::SourceFile);
  }
}

TEST_CASE("a missing semicolon is one diagnostic at the end of the line", "[parse][recovery]") {
  auto parsed = parse_text("fn main() {\n    let x = 5\n    let y = 6;\n    foo(x, y)\n    bar();\n}\n");
  const SourceFile& file = parsed->sources.file(parsed->file);
  REQUIRE(parsed->tree.diagnostics.size() == 2);
  // rustc: 2:14 and 4:14, "expected `;`, found keyword `let`" / "found `bar`".
  CHECK(render_diagnostics(parsed->tree, file) ==
        "2:14: error: expected `;`, found keyword `let`\n4:14: error: expected `;`, found `bar`\n");
}
