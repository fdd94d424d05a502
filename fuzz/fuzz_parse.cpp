// libFuzzer target over the lexer, the parser and the diagnostic renderer:
// any bytes must give a well-formed tree and renderable diagnostics, with no
// crash, hang, leak or undefined behaviour.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "analysis/diag/render_human.h"
#include "analysis/parse/parse.h"

using namespace sluice;

namespace {

void require(bool condition) {
  if (!condition) std::abort();
}

void check_tree(const SyntaxTree& tree) {
  require(!tree.nodes.empty());
  require(tree.kind(tree.root()) == NodeKind::SourceFile);
  require(tree.node(tree.root()).subtree_size == tree.nodes.size());
  require(!tree.tokens.empty() && tree.tokens.back().kind == TokenKind::Eof);
  for (uint32_t i = 0; i < tree.nodes.size(); ++i) {
    const Node& node = tree.nodes[i];
    require(node.subtree_size >= 1 && node.subtree_size <= i + 1);
    require(node.first_token <= node.end_token && node.end_token <= tree.tokens.size());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 20)) return 0;
  // The first byte picks the edition, so every edition's keywords get fuzzed.
  Edition edition = Edition::E2021;
  if (size > 0) edition = static_cast<Edition>(data[0] % 4);
  SourceMap sources;
  FileId file = sources.add("fuzz.rs", std::string(reinterpret_cast<const char*>(data), size));
  ParseOptions options;
  options.edition = edition;
  SyntaxTree tree = parse_file(sources.file(file), options);
  check_tree(tree);
  for (const Diagnostic& d : tree.diagnostics) {
    require(d.primary.span.is_none() || d.primary.span.end <= size);
    std::string rendered = render_human(d, sources, {});
    require(!rendered.empty());
  }
  return 0;
}
