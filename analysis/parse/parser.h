// Private to the parse phase: the recursive-descent parser. Every parse_*
// function consumes at least one token or reports an error and returns, so no
// loop can spin. Recovery: a hard error sets `panicking_`; diagnostics are
// muted until the enclosing list, block or item loop skips to a sync point
// (the matching close delimiter or the next item) and clears it. One mistake,
// one diagnostic. As in rustc, a statement that fails at its own level is
// dropped: it becomes one Error node with the rest of its block, so later
// phases neither resolve nor check it.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/parse/parse.h"

namespace sluice {

// E0585's help, where a doc comment documents nothing.
inline constexpr std::string_view kDocCommentHelp =
    "doc comments must come before what they document, if a comment was intended use `//`";

// Restrictions on the expression being parsed (as rustc's).
struct ExprContext {
  bool no_struct_literal = false;  // conditions, match scrutinees, `for` iterators
  bool statement = false;          // statement position: a block-like expression ends it
  bool allow_let = false;          // an `if`/`while` condition: `let` is an expression
};

class Parser {
 public:
  Parser(const SourceFile& file, TokenizedFile lexed, const ParseOptions& options);
  SyntaxTree run();
  // A comma-separated list of expressions up to the end of the tokens (macro arguments).
  SyntaxTree run_expression_list();

 private:
  struct Marker {
    uint32_t node_start;
    uint32_t token_start;
    uint32_t error_count;
  };

  // ---- tokens (parser.cpp)
  // Lookahead is at most kLookahead - 1 tokens: the token vector carries that
  // many extra Eof tokens while parsing, so nth() and at_joint() need no
  // bounds checks (they run for nearly every token).
  static constexpr uint32_t kLookahead = 8;
  const Token& token_at(uint32_t index) const;
  TokenKind nth(uint32_t ahead) const { return tokens_[pos_ + ahead].kind; }
  TokenKind current() const { return tokens_[pos_].kind; }
  bool at(TokenKind kind) const { return current() == kind; }
  // `a` immediately followed by `b` (a compound operator such as `::`).
  bool at_joint(TokenKind a, TokenKind b, uint32_t ahead = 0) const {
    const Token& first = tokens_[pos_ + ahead];
    return first.kind == a && first.is_joint() && tokens_[pos_ + ahead + 1].kind == b;
  }
  bool at_joint3(TokenKind a, TokenKind b, TokenKind c) const;
  bool at_word(std::string_view word, uint32_t ahead = 0) const;  // a weak keyword
  std::string_view text_of(uint32_t index) const;
  bool brace_starts_record_fields() const;
  bool at_path_sep(uint32_t ahead = 0) const { return at_joint(TokenKind::Colon, TokenKind::Colon, ahead); }
  void bump(uint32_t count = 1) { pos_ = pos_ + count < eof_index_ ? pos_ + count : eof_index_; }
  bool eat(TokenKind kind) {
    if (!at(kind)) return false;
    bump();
    return true;
  }
  bool eat_joint(TokenKind a, TokenKind b);
  bool at_eof() const { return at(TokenKind::Eof); }
  bool is_lifetime(TokenKind kind) const { return kind == TokenKind::Lifetime || kind == TokenKind::RawLifetime; }
  bool at_lifetime(uint32_t ahead = 0) const { return is_lifetime(nth(ahead)); }

  // ---- nodes
  // Called for every node: inline here, not in parser.cpp, so the other
  // parse_*.cpp files do not pay a call for each.
  Marker mark() const { return {static_cast<uint32_t>(nodes_.size()), pos_, error_count_}; }
  // Forced inline, with the vector's growth out of line, so a node costs a
  // few stores and no call (there is about one node per token).
  [[gnu::always_inline]] void finish(const Marker& m, NodeKind kind, uint8_t detail = 0) {
    uint8_t flags = (error_count_ != m.error_count || kind == NodeKind::Error) ? Node::kHasError : 0;
    uint32_t end = pos_ < m.token_start ? m.token_start : pos_;
    uint32_t size = static_cast<uint32_t>(nodes_.size()) - m.node_start + 1;
    if (nodes_.size() == nodes_.capacity()) [[unlikely]] grow_nodes();
    nodes_.push_back(Node{kind, flags, detail, m.token_start, end, size});
  }
  [[gnu::noinline]] void grow_nodes() { nodes_.reserve(nodes_.capacity() * 2 + 64); }
  void leaf(NodeKind kind, uint32_t token_count = 1, uint8_t detail = 0) {
    Marker m = mark();
    bump(token_count);
    finish(m, kind, detail);
  }
  void modifier(ModifierKind kind, uint32_t token_count = 1) { leaf(NodeKind::Modifier, token_count, uint8_t(kind)); }
  void missing(NodeKind kind = NodeKind::Error);  // an empty node where something was required

  // ---- diagnostics and recovery
  std::string describe_current() const;
  void error_at(Span span, DiagKind kind, std::initializer_list<std::string_view> args);
  void error_expected(std::string_view what);          // at the current token; hard
  void error_expected_token(TokenKind expected);       // "expected `;`, found ..."; hard
  bool expect(TokenKind kind);
  // Recovers from a missing `;` at the end of a line without panicking;
  // elsewhere reports "expected {expected}, found ..." (rustc's expected set).
  void expect_semicolon(std::string_view expected = "`;`");
  // rustc's expected set after the expression just finished (nodes_.back()):
  // the postfix `.` and `?`, any operator, what its last part could still
  // continue with (`::`, `!`, `{` after a path), and the tokens `context`
  // accepts after it. Formatted for error_expected().
  std::string expected_after_expr(std::initializer_list<std::string_view> context) const;
  std::string expected_after_pattern(std::initializer_list<std::string_view> context) const;
  Span previous_token_end() const;
  // The depth bound: true (and one level deeper) almost always; past the
  // bound, reports once, skips what would nest, and returns false.
  bool enter_nested() {
    if (depth_ < options_.max_depth) {
      ++depth_;
      return true;
    }
    return refuse_deeper_nesting();
  }
  bool refuse_deeper_nesting();
  void leave_nested() { --depth_; }
  void skip_to_close_of(uint32_t open_token);          // skip to and not past the matching close
  void skip_group();                                   // skip a whole delimited group at pos_
  void recover_list(TokenKind close);                  // after an error inside (..), [..] or {..}
  void recover_group(uint32_t open);                   // the same, to the close of the group opened at `open`
  void drop_failed_rest(uint32_t open, Marker failed); // the element from `failed` and the rest: one Error node
  // After a missing `,` rustc parses the next element anyway; when that one
  // fails too it cancels the element's own error, keeping only the comma's,
  // and drops the element (an Error node). True when the element parsed.
  template <typename ParseElement>
  bool parse_after_missing_comma(ParseElement parse_element) {
    panicking_ = false;
    size_t reported = diagnostics_.size();
    Marker element = mark();
    parse_element();
    if (!panicking_) return true;
    diagnostics_.resize(reported);
    finish(element, NodeKind::Error);
    return false;
  }
  void compute_delimiters();
  void drop_unknown_tokens();
  void order_like_rustc();
  void drop_literal_errors_in_token_trees(const SyntaxTree& tree);

  // Comma-separated elements up to (not past) `close`, with an optional
  // trailing comma. `parse_element` returns false to end the list early
  // (after `..base` or a rest pattern). A missing comma is one hard error.
  template <typename ParseElement>
  void parse_comma_separated(TokenKind close, std::string_view expected, ParseElement parse_element) {
    while (!at_eof() && !at(close) && !panicking_) {
      if (!parse_element()) return;
      if (at(close) || panicking_) return;
      if (!eat(TokenKind::Comma)) error_expected(expected);
    }
  }
  Span last_node_span() const;
  // The nodes finished between two points of nodes_ that no other of them
  // contains (a run of attributes: each one's root), in source order.
  std::vector<uint32_t> top_level_nodes(uint32_t start, uint32_t end) const;
  Span finished_node_span(uint32_t index) const;  // a node of nodes_ with tokens
  Span token_span_here() const { return Span{file_.id(), tokens_[pos_].offset, tokens_[pos_].end()}; }
  bool at_bound_start() const;
  // After outer attributes at a `}`: E0585 for a doc comment, else
  // "expected item after attributes"; true when reported.
  bool report_attributes_on_nothing(const Marker& m);
  // `= value` after a field, const, static, type alias or generic parameter.
  template <typename ParseValue>
  void parse_default_value(ParseValue parse_value) {
    Marker d = mark();
    bump();  // =
    parse_value();
    finish(d, NodeKind::DefaultValue);
  }

  // ---- attributes, visibility, token trees (parse_items.cpp)
  void parse_outer_attributes();
  void parse_inner_attributes();
  void report_forbidden_inner_attributes();
  void parse_attribute(bool inner);
  void parse_token_tree();
  bool at_visibility() const;
  void parse_visibility();

  // ---- items (parse_items.cpp)
  bool at_item_start() const;
  void parse_items_until(TokenKind close);
  void parse_item_or_recover();
  bool parse_item_after_attrs(const Marker& m);
  void parse_fn(const Marker& m);
  void parse_fn_qualifiers();
  void parse_abi();
  enum class ParamListKind { Fn, Closure, FnPtr };
  void parse_param_list(ParamListKind kind);
  void parse_param(ParamListKind kind, bool first);
  void gate_expression_attributes(uint32_t attributes_start, uint32_t attributes_end);
  void report_parameter_attributes(uint32_t attributes_start, uint32_t attributes_end);
  bool at_self_param() const;
  void parse_self_param();
  void parse_ret_type(bool allow_plus);
  bool param_has_top_level_colon() const;
  void report_untyped_param(uint32_t pattern_start);
  bool parse_variant(Span enum_name);
  std::string_view expected_after_variant() const;
  void report_missing_comma(std::string_view expected);
  void parse_struct_or_union(const Marker& m, NodeKind kind);
  void parse_record_field_list(Span owner_name);
  void recover_field_separator(Span owner_name);
  void parse_tuple_field_list();
  void parse_enum(const Marker& m);
  void parse_trait(const Marker& m);
  void parse_impl(const Marker& m);
  void parse_mod(const Marker& m);
  void parse_use(const Marker& m);
  void parse_use_tree();
  void parse_const_or_static(const Marker& m, NodeKind kind);
  void parse_type_alias(const Marker& m);
  void parse_extern_crate(const Marker& m);
  void parse_extern_block(const Marker& m);
  void parse_item_list();
  void parse_macro_rules(const Marker& m);
  void parse_macro_def(const Marker& m);
  void parse_macro_call_item(const Marker& m);
  void parse_generic_params();
  void parse_where_clause();
  void parse_bounds(bool allow_plus = true);
  void parse_bound();
  void parse_for_binder();
  void parse_name();

  // ---- paths and types (parse_patterns_types.cpp)
  enum class PathStyle { Expr, Type, Mod };
  void parse_path(PathStyle style);
  bool parse_cast_type_before_comparison(const Marker& cast);
  static constexpr uint32_t kNoFailure = UINT32_MAX;
  uint32_t generic_args_failure(uint32_t lt, int depth) const;
  uint32_t type_failure(uint32_t& j, int depth) const;
  uint32_t matching_gt(uint32_t lt) const;
  bool parse_path_segment(PathStyle style);
  void parse_generic_args();
  void parse_generic_arg();
  bool at_generic_args_start(PathStyle style) const;
  void parse_type(bool allow_plus = true);
  void parse_type_inner(bool allow_plus);
  void parse_fn_ptr_type(const Marker& m);
  bool at_type_start() const;
  // ---- patterns
  void parse_pattern_top();
  void parse_pattern_no_alt();
  bool at_mut_before_nested_pattern() const;
  void recover_mut_before_pattern();
  void parse_pattern_inner();
  void parse_pattern_list(TokenKind close);
  void parse_record_pat_fields();
  bool at_pattern_range_op() const;
  void parse_range_pattern_end();
  void parse_pattern_literal();

  // ---- expressions and statements (parse_exprs.cpp)
  void parse_expr(ExprContext context = {});
  void parse_expr_bp(uint8_t min_precedence, ExprContext context);
  // The binary-operator loop, with the left operand already parsed at `lhs`.
  void parse_binary_rest(const Marker& lhs, uint8_t min_precedence, ExprContext context);
  // An expression in statement position (also a match arm's body): returns
  // true when it is block-like and so needs no `;` or `,` after it.
  bool parse_statement_expr();
  void parse_prefix_expr(ExprContext context);
  void parse_postfix(const Marker& m, ExprContext context);
  void parse_tuple_index(const Marker& m);
  void parse_primary_expr(ExprContext context);
  void parse_path_start_expr(ExprContext context);
  void parse_arg_list();
  struct ExprSequence {
    uint32_t count = 0;
    bool trailing_comma = false;
    bool repeat = false;                     // `[value; count]`
    bool failed_after_missing_comma = false;  // panicking_ is set, the error reported is the missing `,`
  };
  ExprSequence parse_expr_sequence(TokenKind close, bool array = false);
  void parse_record_expr_fields();
  bool parse_record_expr_field(uint32_t open);
  void skip_to_field_end(uint32_t open);
  void parse_block_expr();  // `{ ... }` with an optional label/modifier already consumed into the marker
  void parse_stmt_list();
  void parse_stmt();
  void parse_let_stmt(const Marker& m);
  enum class LetEnd { Pattern, Type, Init, Else };  // the last part a `let` statement has
  std::string expected_after_let(LetEnd end) const;
  bool at_block_like_start() const;
  void parse_if(const Marker& m);
  void parse_condition();
  void parse_match(const Marker& m);
  void parse_match_arm();
  bool at_match_arm_start();
  void parse_closure(const Marker& m);
  void parse_label();
  bool at_expr_start() const;
  static bool starts_expression(TokenKind kind);
  OpKind peek_binary_op(uint32_t& token_count) const;
  OpKind peek_misspelled_operator(uint32_t& count, std::string_view& spelling) const;
  void report_misspelled_operator(std::string_view spelling, OpKind meant, uint32_t count);
  void report_postfix_increment(const Marker& operand);
  // `a < b < c`: what rustc makes of a chain of comparisons (after reporting it).
  enum class ChainRecovery { Keep, ErrorExpr, CallLike, DropStatement };
  struct Comparison {
    uint32_t token = UINT32_MAX;
    uint32_t count = 0;
    OpKind op = OpKind::None;
  };
  struct ChainOperands {  // of the first comparison, `l1 < r1`
    uint32_t l1_first = 0, r1_first = 0, r1_end = 0;  // tokens
    bool literal_operand = false, field_lhs = false;
  };
  ChainOperands chain_operands() const;
  ChainRecovery report_chained_comparison(const Comparison& inner, const Comparison& outer);
  bool recover_chained_comparison(const Marker& m, const Comparison& first, const Comparison& outer,
                                  ExprContext operand);
  void report_missing_item_type(NodeKind kind);
  void parse_let_expr();
  void report_inclusive_range_without_end(OpKind op);
  void parse_macro_call_after_path(const Marker& m);

  const SourceFile& file_;
  std::string_view text_;
  std::vector<Token> tokens_;
  std::vector<std::pair<uint32_t, uint32_t>> comments_;
  std::vector<NodeId> attributes_;  // every Attr node, for SyntaxTree::attributes
  std::vector<SyntaxTree::NumericField> numeric_fields_;  // for SyntaxTree::numeric_fields
  // For delimiter tokens only: the partner's index, or UINT32_MAX. Entries of
  // other tokens are never written or read (no need to clear megabytes).
  std::unique_ptr<uint32_t[]> matching_;
  std::vector<uint32_t> delimiters_;  // from the lexer: indices of delimiter tokens
  bool has_unknown_tokens_ = false;
  std::vector<Node> nodes_;
  std::vector<Diagnostic> diagnostics_;
  std::vector<Diagnostic> delimiter_diagnostics_;
  ParseOptions options_;
  size_t lexer_diagnostic_count_ = 0;
  uint32_t pos_ = 0;
  uint32_t eof_index_ = 0;  // the real Eof token; padding follows it
  uint32_t depth_ = 0;
  uint32_t error_count_ = 0;
  bool panicking_ = false;
  bool drop_rest_of_block_ = false;  // after the current statement (see parse_stmt_list)
  // The next block is an `if`'s or `else`'s: rustc parses it without inner attributes.
  bool block_forbids_inner_attributes_ = false;
  // Inside a trait or an extern block a function may end with `;` instead of
  // a body, so a missing `;` is reported as one (rustc's `req_body`).
  bool body_optional_ = false;
  bool reported_too_deep_ = false;
};

// "`;`", "one of `,` or `)`", "one of `.`, `;`, `?`, or an operator".
std::string format_expected(std::vector<std::string_view> tokens, bool or_an_operator);
bool is_open_delimiter(TokenKind kind);
bool is_close_delimiter(TokenKind kind);

}  // namespace sluice
