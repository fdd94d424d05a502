#include "analysis/parse/parse.h"

#include <algorithm>
#include <string>

#include "analysis/parse/parser.h"

namespace sluice {

SyntaxTree parse_tokens(const SourceFile& file, TokenizedFile tokens, const ParseOptions& options) {
  Parser parser(file, std::move(tokens), options);
  return parser.run();
}

SyntaxTree parse_expression_list(const SourceFile& file, const SyntaxTree& tree, uint32_t first_token,
                                 uint32_t end_token, const ParseOptions& options) {
  TokenizedFile tokens;
  end_token = std::min<uint32_t>(std::max(end_token, first_token), static_cast<uint32_t>(tree.tokens.size()));
  first_token = std::min(first_token, end_token);
  tokens.tokens.assign(tree.tokens.begin() + first_token, tree.tokens.begin() + end_token);
  uint32_t eof_offset = end_token < tree.tokens.size() ? tree.tokens[end_token].offset : static_cast<uint32_t>(file.size());
  tokens.tokens.push_back(Token{TokenKind::Eof, 0, 0, 0, eof_offset, 0});
  Parser parser(file, std::move(tokens), options);
  return parser.run_expression_list();
}

SyntaxTree parse_file(const SourceFile& file, const ParseOptions& options) {
  LexOptions lex_options;
  lex_options.edition = options.edition;
  return parse_tokens(file, lex(file, lex_options), options);
}

namespace {

bool is_leaf_kind(NodeKind kind) {
  switch (kind) {
    case NodeKind::Name: case NodeKind::NameRef: case NodeKind::Lifetime: case NodeKind::Literal:
    case NodeKind::LiteralExpr:
    case NodeKind::Op: case NodeKind::Modifier: case NodeKind::TokenTree: case NodeKind::DocComment:
      return true;
    default:
      return false;
  }
}

void dump_node(const SyntaxTree& tree, const SourceFile& file, NodeId id, int depth, std::string& out) {
  const Node& node = tree.node(id);
  out.append(static_cast<size_t>(depth) * 2, ' ');
  out += node_kind_name(node.kind);
  if (node.kind == NodeKind::Op) {
    out += " ";
    out += op_spelling(static_cast<OpKind>(node.detail));
  } else if (node.kind == NodeKind::Modifier) {
    out += " ";
    out += modifier_spelling(static_cast<ModifierKind>(node.detail));
  } else if (is_leaf_kind(node.kind)) {
    std::string_view text = tree.text(id, file.text());
    if (text.size() > 40) text = text.substr(0, 37);
    out += " `";
    out += text;
    out += text.size() == 37 ? "...`" : "`";
  }
  if (node.flags & Node::kHasError) out += " !error";
  out += "\n";
  for (NodeId child : tree.children(id)) dump_node(tree, file, child, depth + 1, out);
}

}  // namespace

// Depth here is bounded by the parser's nesting limit (a few frames per level).
std::string dump_tree(const SyntaxTree& tree, const SourceFile& file) {
  std::string out;
  if (!tree.nodes.empty()) dump_node(tree, file, tree.root(), 0, out);
  return out;
}

}  // namespace sluice
