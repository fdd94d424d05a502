// Stage 1b: parsing. One function turns a file's tokens into a syntax tree plus
// the syntax diagnostics. Parsing never fails: after a mistake it reports one
// diagnostic, records an Error node, and resumes at the next statement or item,
// so the tree is always complete (STYLE.md habit 4). Nesting deeper than
// ParseOptions::max_depth is reported once and skipped without recursion.
#pragma once

#include "analysis/lex/lex.h"
#include "analysis/parse/syntax_tree.h"

namespace sluice {

struct ParseOptions {
  Edition edition = Edition::E2021;
  uint32_t max_depth = 256;
};

// Lexes and parses `file`. The tree keeps the tokens (the language server needs
// them) and a reference to nothing else: it is an immutable value.
SyntaxTree parse_file(const SourceFile& file, const ParseOptions& options);

// Whether rustc goes on to check a crate after this stage-1 error: true for
// syntax errors the parser recovered from and for lexical errors that are not
// fatal; false for fatal lexical errors (an unterminated literal or comment)
// and delimiter errors, after which rustc stops, and for every other kind.
bool is_recoverable_syntax_error(DiagKind kind);

// Parses already-lexed tokens (the lexer's diagnostics are moved into the tree).
SyntaxTree parse_tokens(const SourceFile& file, TokenizedFile tokens, const ParseOptions& options);

// Parses tokens [first_token, end_token) of `tree` as a comma-separated list
// of expressions (a built-in macro's arguments). The result's tokens are
// copies, so spans stay those of the file; its root is an ArgList.
SyntaxTree parse_expression_list(const SourceFile& file, const SyntaxTree& tree, uint32_t first_token,
                                 uint32_t end_token, const ParseOptions& options);

// An indented, one-node-per-line dump for golden tests:
//   FnItem 0:0-3:1
//     Name `main`
std::string dump_tree(const SyntaxTree& tree, const SourceFile& file);

}  // namespace sluice
