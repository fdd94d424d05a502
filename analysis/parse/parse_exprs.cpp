// Expressions and statements, with rustc's precedence and statement rules.
#include <string>

#include <utility>

#include "analysis/parse/parser.h"

namespace sluice {

namespace {

// Binding powers, loosest first (rustc's ExprPrecedence).
constexpr uint8_t kAssignPrecedence = 1;
constexpr uint8_t kRangePrecedence = 2;
constexpr uint8_t kComparePrecedence = 5;
constexpr uint8_t kCastPrecedence = 12;

uint8_t precedence_of(OpKind op) {
  switch (op) {
    case OpKind::Assign: case OpKind::AddAssign: case OpKind::SubAssign: case OpKind::MulAssign:
    case OpKind::DivAssign: case OpKind::RemAssign: case OpKind::BitAndAssign: case OpKind::BitOrAssign:
    case OpKind::BitXorAssign: case OpKind::ShlAssign: case OpKind::ShrAssign:
      return kAssignPrecedence;
    case OpKind::Range: case OpKind::RangeInclusive: case OpKind::RangeDotDotDot: return kRangePrecedence;
    case OpKind::Or: return 3;
    case OpKind::And: return 4;
    case OpKind::Eq: case OpKind::Ne: case OpKind::Lt: case OpKind::Le: case OpKind::Gt: case OpKind::Ge:
      return kComparePrecedence;
    case OpKind::BitOr: return 6;
    case OpKind::BitXor: return 7;
    case OpKind::BitAnd: return 8;
    case OpKind::Shl: case OpKind::Shr: return 9;
    case OpKind::Add: case OpKind::Sub: return 10;
    case OpKind::Mul: case OpKind::Div: case OpKind::Rem: return 11;
    default: return 0;
  }
}

bool is_range_op(OpKind op) {
  return op == OpKind::Range || op == OpKind::RangeInclusive || op == OpKind::RangeDotDotDot;
}

}  // namespace

// The operator at the current tokens, gluing joint punctuation.
OpKind Parser::peek_binary_op(uint32_t& count) const {
  auto joint = [&](TokenKind next) { return tokens_[pos_].is_joint() && nth(1) == next; };
  auto joint2 = [&](TokenKind a, TokenKind b) { return joint(a) && token_at(pos_ + 1).is_joint() && nth(2) == b; };
  auto with_assign = [&](OpKind plain, OpKind assign) {
    count = joint(TokenKind::Eq) ? 2 : 1;
    return count == 2 ? assign : plain;
  };
  count = 1;
  switch (current()) {
    case TokenKind::Plus: return with_assign(OpKind::Add, OpKind::AddAssign);
    case TokenKind::Minus:
      if (joint(TokenKind::Gt)) return OpKind::None;
      return with_assign(OpKind::Sub, OpKind::SubAssign);
    case TokenKind::Star: return with_assign(OpKind::Mul, OpKind::MulAssign);
    case TokenKind::Slash: return with_assign(OpKind::Div, OpKind::DivAssign);
    case TokenKind::Percent: return with_assign(OpKind::Rem, OpKind::RemAssign);
    case TokenKind::Caret: return with_assign(OpKind::BitXor, OpKind::BitXorAssign);
    case TokenKind::And:
      if (joint(TokenKind::And)) { count = 2; return OpKind::And; }
      return with_assign(OpKind::BitAnd, OpKind::BitAndAssign);
    case TokenKind::Or:
      if (joint(TokenKind::Or)) { count = 2; return OpKind::Or; }
      return with_assign(OpKind::BitOr, OpKind::BitOrAssign);
    case TokenKind::Lt:
      if (joint2(TokenKind::Lt, TokenKind::Eq)) { count = 3; return OpKind::ShlAssign; }
      if (joint(TokenKind::Lt)) { count = 2; return OpKind::Shl; }
      if (joint(TokenKind::Eq)) { count = 2; return OpKind::Le; }
      if (joint(TokenKind::Minus)) return OpKind::None;
      return OpKind::Lt;
    case TokenKind::Gt:
      if (joint2(TokenKind::Gt, TokenKind::Eq)) { count = 3; return OpKind::ShrAssign; }
      if (joint(TokenKind::Gt)) { count = 2; return OpKind::Shr; }
      if (joint(TokenKind::Eq)) { count = 2; return OpKind::Ge; }
      return OpKind::Gt;
    case TokenKind::Eq:
      if (joint(TokenKind::Eq)) { count = 2; return OpKind::Eq; }
      if (joint(TokenKind::Gt)) return OpKind::None;  // =>
      return OpKind::Assign;
    case TokenKind::Bang:
      if (joint(TokenKind::Eq)) { count = 2; return OpKind::Ne; }
      return OpKind::None;
    case TokenKind::Dot:
      if (joint2(TokenKind::Dot, TokenKind::Eq)) { count = 3; return OpKind::RangeInclusive; }
      if (joint2(TokenKind::Dot, TokenKind::Dot)) { count = 3; return OpKind::RangeDotDotDot; }
      if (joint(TokenKind::Dot)) { count = 2; return OpKind::Range; }
      return OpKind::None;
    default:
      return OpKind::None;
  }
}

bool Parser::at_expr_start() const {
  switch (current()) {
    case TokenKind::Dot:
      return at_joint(TokenKind::Dot, TokenKind::Dot);
    case TokenKind::Colon:
      return at_path_sep();
    default:
      return starts_expression(current());
  }
}

// Whether a token of `kind` may start an expression (`..` and `::` aside).
bool Parser::starts_expression(TokenKind kind) {
  switch (kind) {
    case TokenKind::Ident: case TokenKind::RawIdent: case TokenKind::Lifetime: case TokenKind::RawLifetime: case TokenKind::OpenParen:
    case TokenKind::OpenBracket: case TokenKind::OpenBrace: case TokenKind::Minus: case TokenKind::Bang:
    case TokenKind::Star: case TokenKind::And: case TokenKind::Or: case TokenKind::Lt: case TokenKind::Pound:
    case TokenKind::KwIf: case TokenKind::KwMatch: case TokenKind::KwLoop: case TokenKind::KwWhile:
    case TokenKind::KwFor: case TokenKind::KwUnsafe: case TokenKind::KwAsync: case TokenKind::KwConst:
    case TokenKind::KwMove: case TokenKind::KwReturn: case TokenKind::KwBreak: case TokenKind::KwContinue:
    case TokenKind::KwLet: case TokenKind::KwYield: case TokenKind::KwBecome: case TokenKind::KwBox:
    case TokenKind::KwTrue: case TokenKind::KwFalse: case TokenKind::KwSelfValue: case TokenKind::KwSelfType:
    case TokenKind::KwSuper: case TokenKind::KwCrate: case TokenKind::KwStatic: case TokenKind::KwTry:
      return true;
    default:
      return is_literal(kind);
  }
}

// rustc's expected set after a pattern that ended just now (nodes_.back()):
// `if` (guard patterns) and `|`, what the pattern could still continue with
// (`@` after a binding, a range after a literal or path, `::`, `(`, `{`, `!`
// after a path), and the tokens `context` accepts after it.
std::string Parser::expected_after_pattern(std::initializer_list<std::string_view> context) const {
  std::vector<std::string_view> tokens(context);
  tokens.insert(tokens.end(), {"if", "|"});
  const Node& last = nodes_.back();
  TokenKind last_token = last.end_token > 0 ? tokens_[last.end_token - 1].kind : TokenKind::Eof;
  switch (last.kind) {
    case NodeKind::IdentPat:
      if (last_token == TokenKind::Ident || last_token == TokenKind::RawIdent) tokens.push_back("@");
      break;
    case NodeKind::LiteralPat:
      tokens.insert(tokens.end(), {"...", "..=", ".."});
      break;
    case NodeKind::PathPat:
      tokens.insert(tokens.end(), {"!", "(", "...", "..=", "..", "::", "{"});
      break;
    default:
      break;
  }
  return format_expected(tokens, false);
}

// Operators and jumps end with their last operand, so what could continue
// them is what could continue that operand.
static bool ends_with_its_operand(NodeKind kind) {
  switch (kind) {
    case NodeKind::BinaryExpr: case NodeKind::PrefixExpr: case NodeKind::RefExpr: case NodeKind::RangeExpr:
    case NodeKind::ReturnExpr: case NodeKind::BreakExpr: case NodeKind::BoxExpr: case NodeKind::ClosureExpr:
    case NodeKind::YieldExpr: case NodeKind::BecomeExpr:
      return true;
    default:
      return false;
  }
}

std::string Parser::expected_after_expr(std::initializer_list<std::string_view> context) const {
  std::vector<std::string_view> tokens(context);
  tokens.insert(tokens.end(), {".", "?"});
  bool or_an_operator = true;
  size_t i = nodes_.size();  // one past the innermost expression that ended last
  while (i > 1 && ends_with_its_operand(nodes_[i - 1].kind) && nodes_[i - 1].subtree_size > 1 &&
         nodes_[i - 2].end_token == nodes_[i - 1].end_token) {
    --i;  // postorder: a node's last child sits just before it
  }
  if (i == 0) return format_expected(tokens, or_an_operator);
  const Node& last = nodes_[i - 1];
  TokenKind last_token = last.end_token > 0 ? tokens_[last.end_token - 1].kind : TokenKind::Eof;
  bool ends_with_name = last_token == TokenKind::Ident || last_token == TokenKind::RawIdent;
  switch (last.kind) {
    case NodeKind::PathExpr:  // `x` may go on as `x::y`, `x!(..)` or `x { .. }`
      tokens.insert(tokens.end(), {"!", "::", "{"});
      break;
    case NodeKind::FieldExpr:  // `a.b` may be a method call: `a.b(..)`, `a.b::<T>(..)`
      if (ends_with_name) tokens.insert(tokens.end(), {"(", "::"});
      if (last_token == TokenKind::Gt) tokens.push_back("(");
      break;
    case NodeKind::CastExpr:  // after `as T` rustc asks only what could continue the type
      or_an_operator = false;
      if (ends_with_name) tokens.insert(tokens.end(), {"!", "(", "::", "<"});
      break;
    default:
      break;
  }
  return format_expected(tokens, or_an_operator);
}

void Parser::report_inclusive_range_without_end(OpKind op) {
  if (op != OpKind::RangeInclusive) return;
  error_at(last_node_span(), DiagKind::InclusiveRangeNoEnd, {});
  diagnostics_.back().with_help("use `..` instead");
}

void Parser::parse_expr(ExprContext context) {
  context.statement = false;
  parse_expr_bp(kAssignPrecedence, context);
}

void Parser::parse_expr_bp(uint8_t min_precedence, ExprContext context) {
  Marker m = mark();
  uint32_t count = 0;
  OpKind prefix_range = at(TokenKind::Dot) ? peek_binary_op(count) : OpKind::None;
  if (is_range_op(prefix_range)) {  // `..`, `..hi`, `..=hi`
    leaf(NodeKind::Op, count, uint8_t(prefix_range));
    bool has_end = at_expr_start() && !(context.no_struct_literal && at(TokenKind::OpenBrace));
    if (has_end) parse_expr_bp(kRangePrecedence + 1, context);
    else report_inclusive_range_without_end(prefix_range);
    finish(m, NodeKind::RangeExpr);
    return;
  }
  parse_prefix_expr(context);
  parse_binary_rest(m, min_precedence, context);
}

void Parser::parse_binary_rest(const Marker& m, uint8_t min_precedence, ExprContext context) {
  context.statement = false;
  ExprContext operand = context;
  Comparison first_comparison;
  while (!panicking_) {
    if (at(TokenKind::KwAs)) {
      if (kCastPrecedence < min_precedence) break;
      bump();
      if (!parse_cast_type_before_comparison(m)) parse_type(false);
      finish(m, NodeKind::CastExpr);
      continue;
    }
    uint32_t count = 0;
    OpKind op = peek_binary_op(count);
    std::string_view misspelled;  // `===`, `and`: what another language spells so
    bool may_be_misspelled = at(TokenKind::Eq) || at(TokenKind::Bang) || at(TokenKind::Lt) || at(TokenKind::Ident);
    if (may_be_misspelled) {  // the test below is not free, and runs after every operand
      if (OpKind meant = peek_misspelled_operator(count, misspelled); meant != OpKind::None) op = meant;
    }
    if (op == OpKind::Add && at_joint(TokenKind::Plus, TokenKind::Plus) && !starts_expression(nth(2))) {
      // `x++;`: reported, then read as `x += <error>` (rustc reads `x += 1`).
      report_postfix_increment(m);
      leaf(NodeKind::Op, 2, uint8_t(OpKind::AddAssign));
      missing(NodeKind::Error);
      finish(m, NodeKind::BinaryExpr);
      continue;
    }
    uint8_t precedence = precedence_of(op);
    if (op == OpKind::None || precedence < min_precedence) break;
    if (!misspelled.empty()) report_misspelled_operator(misspelled, op, count);
    if (is_range_op(op)) {  // `lo..`, `lo..hi`: ranges do not chain
      leaf(NodeKind::Op, count, uint8_t(op));
      bool has_end = at_expr_start() && !(context.no_struct_literal && at(TokenKind::OpenBrace));
      if (has_end) parse_expr_bp(kRangePrecedence + 1, operand);
      else report_inclusive_range_without_end(op);
      finish(m, NodeKind::RangeExpr);
      break;
    }
    if (precedence == kComparePrecedence) {
      Comparison outer{pos_, count, op};
      if (first_comparison.token != UINT32_MAX && recover_chained_comparison(m, first_comparison, outer, operand)) break;
      first_comparison = outer;
    }
    leaf(NodeKind::Op, count, uint8_t(op));
    bool right_associative = precedence == kAssignPrecedence;
    // `let` may stand on either side of `&&` in a condition, nowhere deeper.
    operand.allow_let = context.allow_let && op == OpKind::And;
    parse_expr_bp(right_associative ? precedence : uint8_t(precedence + 1), operand);
    finish(m, NodeKind::BinaryExpr);
  }
}

void Parser::parse_prefix_expr(ExprContext context) {
  Marker m = mark();
  if (!enter_nested()) {
    missing(NodeKind::Error);
    return;
  }
  if (at(TokenKind::Pound) && nth(1) == TokenKind::OpenBracket) parse_outer_attributes();
  switch (current()) {
    case TokenKind::Minus: case TokenKind::Bang: case TokenKind::Star: {
      OpKind op = at(TokenKind::Minus) ? OpKind::Neg : at(TokenKind::Bang) ? OpKind::Not : OpKind::Deref;
      leaf(NodeKind::Op, 1, uint8_t(op));
      parse_prefix_expr(context);
      finish(m, NodeKind::PrefixExpr);
      break;
    }
    case TokenKind::And:
      bump();
      if (at_word("raw") && (nth(1) == TokenKind::KwConst || nth(1) == TokenKind::KwMut)) {
        modifier(ModifierKind::Raw);
        modifier(at(TokenKind::KwMut) ? ModifierKind::Mut : ModifierKind::Const);
      } else if (at(TokenKind::KwMut)) {
        modifier(ModifierKind::Mut);
      }
      parse_prefix_expr(context);
      finish(m, NodeKind::RefExpr);
      break;
    case TokenKind::KwBox:
      bump();
      parse_prefix_expr(context);
      finish(m, NodeKind::BoxExpr);
      break;
    default:
      parse_primary_expr(context);
      parse_postfix(m, context);
      break;
  }
  leave_nested();
}

// After `t.`, a number names tuple fields as rustc reads it: `0` one field,
// `1e5` one (E0609 later), `0.1` two fields sharing the token, `1.` a field
// then a dot with no name. A suffix (`1u8`) is an error but still read; a
// float with an exponent sign (`0.1e+1`) or a malformed one (`1e`) names no
// field: the token is unexpected, and stays for the caller to report.
void Parser::parse_tuple_index(const Marker& m) {
  const Token& token = tokens_[pos_];
  std::string_view text = text_of(pos_);
  std::string_view digits = text.substr(0, text.size() - ((token.flags & Token::kHasSuffix) ? token.suffix_length : 0));
  bool is_float = token.kind == TokenKind::FloatLiteral;
  if ((token.flags & Token::kMalformed) || (is_float && digits.find_first_of("+-") != std::string_view::npos)) {
    error_at(token_span_here(), DiagKind::UnexpectedToken, {describe_current()});
    finish(m, NodeKind::FieldExpr);
    return;
  }
  if ((token.flags & Token::kHasSuffix) && !panicking_) {
    error_at(token_span_here(), DiagKind::TupleIndexSuffix, {});
    diagnostics_.back().with_label("invalid suffix `" + std::string(text.substr(digits.size())) + "`");
  }
  size_t dot = is_float ? digits.find('.') : std::string_view::npos;
  SyntaxTree::NumericField field{pos_, UINT32_MAX, static_cast<uint32_t>(digits.size())};
  if (dot == std::string_view::npos) {
    bool suffixed = digits.size() < text.size();
    if (suffixed) numeric_fields_.push_back(field);
    leaf(NodeKind::NameRef, 1, suffixed ? 3 : 0);
    finish(m, NodeKind::FieldExpr);
    return;
  }
  if (dot + 1 == digits.size()) {
    // `t.1.(x)`: the float `1.` is a field and a dot with no name after it.
    bump();
    error_at(token_span_here(), DiagKind::UnexpectedToken, {describe_current()});
    panicking_ = true;
    finish(m, NodeKind::FieldExpr);
    return;
  }
  // `t.0.1` lexes `0.1` as one float: two field accesses share the token.
  field.dot = static_cast<uint32_t>(dot);
  numeric_fields_.push_back(field);
  leaf(NodeKind::NameRef, 1, 1);
  finish(m, NodeKind::FieldExpr);
  Node second;
  second.kind = NodeKind::NameRef;
  second.detail = 2;
  second.first_token = pos_ - 1;
  second.end_token = pos_;
  nodes_.push_back(second);
  finish(m, NodeKind::FieldExpr);
}

void Parser::parse_postfix(const Marker& m, ExprContext context) {
  while (!panicking_) {
    if (at(TokenKind::Question)) {
      bump();
      finish(m, NodeKind::TryExpr);
    } else if (at_joint(TokenKind::Minus, TokenKind::Gt) && (nth(2) == TokenKind::Ident) &&
               (tokens_[pos_].flags & Token::kPrecededByNewline)) {
      // `x\n->method()`: rustc reports the arrow and reads it as `.`.
      Span arrow{file_.id(), tokens_[pos_].offset, tokens_[pos_ + 1].end()};
      error_at(arrow, DiagKind::ArrowFieldAccess, {});
      bump(2);
      leaf(NodeKind::NameRef);
      if (at(TokenKind::OpenParen)) {
        parse_arg_list();
        finish(m, NodeKind::MethodCallExpr);
      } else {
        finish(m, NodeKind::FieldExpr);
      }
    } else if (at(TokenKind::Dot) && !at_joint(TokenKind::Dot, TokenKind::Dot)) {
      TokenKind next = nth(1);
      if (next == TokenKind::KwAwait) {
        bump(2);
        finish(m, NodeKind::AwaitExpr);
      } else if (next == TokenKind::Ident || next == TokenKind::RawIdent) {
        bump();
        leaf(NodeKind::NameRef);
        bool generic = at_path_sep() && nth(2) == TokenKind::Lt;
        if (generic) {
          bump(2);
          parse_generic_args();
          if (at(TokenKind::Gt)) error_at(token_span_here(), DiagKind::UnmatchedAngleBracket, {});
        }
        if (at(TokenKind::OpenParen)) {
          parse_arg_list();
          finish(m, NodeKind::MethodCallExpr);
        } else {
          if (generic) error_at(last_node_span(), DiagKind::FieldGenericArgs, {});
          finish(m, NodeKind::FieldExpr);
        }
      } else if (next == TokenKind::IntLiteral || next == TokenKind::FloatLiteral) {
        bump();
        parse_tuple_index(m);
      } else {
        bump();
        if (at(TokenKind::OpenParen)) {
          error_at(token_span_here(), DiagKind::UnexpectedToken, {describe_current()});
          panicking_ = true;
        } else {
          error_expected("identifier");
        }
        finish(m, NodeKind::FieldExpr);
      }
    } else if (at(TokenKind::OpenParen)) {
      parse_arg_list();
      finish(m, NodeKind::CallExpr);
    } else if (at(TokenKind::OpenBracket)) {
      // rustc does not recover inside an index: an error here fails the
      // enclosing statement (or argument list).
      bump();
      parse_expr();
      if (!panicking_ && !at(TokenKind::CloseBracket)) error_expected(expected_after_expr({"]"}));
      if (!panicking_) bump();  // ]
      finish(m, NodeKind::IndexExpr);
    } else {
      return;
    }
  }
}

void Parser::parse_arg_list() {
  Marker m = mark();
  uint32_t open = pos_;
  bump();  // (
  parse_expr_sequence(TokenKind::CloseParen);
  recover_group(open);
  expect(TokenKind::CloseParen);
  finish(m, NodeKind::ArgList);
}

// The comma-separated expressions of `f(..)`, `(..)` or `[..]`, up to (not
// past) `close`, as rustc's parse_seq: a missing `,` is reported with
// rustc's expected set and the next element is parsed anyway (so `f(1, 2 3)`
// has three arguments); when that element fails as well, only the missing
// `,` is reported. For an array, `;` after the first element starts the
// count of `[value; count]`. An element that fails leaves `panicking_` set.
Parser::ExprSequence Parser::parse_expr_sequence(TokenKind close, bool array) {
  ExprSequence seq;
  std::string_view close_text = close == TokenKind::CloseParen ? ")" : "]";
  if (at(close)) return seq;
  while (true) {
    parse_expr();
    ++seq.count;
    if (panicking_) return seq;
    if (array && seq.count == 1 && !at(TokenKind::Comma) && !at(close)) {
      // The first element of an array may end in `;` (`[value; count]`);
      // anything else fails the array, with no missing-comma recovery.
      if (!eat(TokenKind::Semi)) {
        error_expected(expected_after_expr({",", ";", close_text}));
        return seq;
      }
      seq.repeat = true;
      parse_expr();
      if (!panicking_ && !at(close)) error_expected(expected_after_expr({close_text}));
      return seq;
    }
    while (!eat(TokenKind::Comma)) {
      seq.trailing_comma = false;
      if (at(close) || at_eof()) return seq;
      error_expected(expected_after_expr({",", close_text}));
      if (!parse_after_missing_comma([&] { parse_expr(); })) {
        seq.failed_after_missing_comma = true;
        return seq;
      }
      ++seq.count;
    }
    seq.trailing_comma = true;
    if (at(close)) return seq;
  }
}

void Parser::parse_label() {
  Marker m = mark();
  leaf(NodeKind::Lifetime);
  bump();  // :
  finish(m, NodeKind::Label);
}

void Parser::parse_primary_expr(ExprContext context) {
  Marker m = mark();
  TokenKind kind = current();
  if (is_literal(kind) || kind == TokenKind::KwTrue || kind == TokenKind::KwFalse) {
    leaf(NodeKind::LiteralExpr);  // a leaf: the token is the literal
    return;
  }
  switch (kind) {
    case TokenKind::OpenParen: {
      uint32_t open = pos_;
      bump();
      ExprSequence seq = parse_expr_sequence(TokenKind::CloseParen);
      recover_group(open);
      expect(TokenKind::CloseParen);
      finish(m, seq.count == 1 && !seq.trailing_comma ? NodeKind::ParenExpr : NodeKind::TupleExpr);
      return;
    }
    case TokenKind::OpenBracket: {
      uint32_t open = pos_;
      bump();
      ExprSequence seq = parse_expr_sequence(TokenKind::CloseBracket, true);
      // rustc does not recover inside an array: a failed element fails the
      // enclosing statement (or argument list). After a missing `,` it keeps
      // the elements before and goes on after the `]`.
      if (seq.failed_after_missing_comma) recover_group(open);
      if (!panicking_) expect(TokenKind::CloseBracket);
      finish(m, NodeKind::ArrayExpr, seq.repeat ? 1 : 0);
      return;
    }
    case TokenKind::OpenBrace:
      parse_stmt_list();
      finish(m, NodeKind::BlockExpr);
      return;
    case TokenKind::KwIf: parse_if(m); return;
    case TokenKind::KwMatch: parse_match(m); return;
    case TokenKind::Lifetime: case TokenKind::RawLifetime:
      if (nth(1) != TokenKind::Colon) break;
      parse_label();
      if (at(TokenKind::OpenBrace)) {
        parse_stmt_list();
        finish(m, NodeKind::BlockExpr);
        return;
      }
      if (!at(TokenKind::KwLoop) && !at(TokenKind::KwWhile) && !at(TokenKind::KwFor)) {
        error_expected("`while`, `for`, `loop` or `{` after a label");
        finish(m, NodeKind::Error);
        return;
      }
      [[fallthrough]];
    case TokenKind::KwLoop: case TokenKind::KwWhile: case TokenKind::KwFor: {
      NodeKind loop_kind = at(TokenKind::KwLoop) ? NodeKind::LoopExpr
                           : at(TokenKind::KwWhile) ? NodeKind::WhileExpr : NodeKind::ForExpr;
      bump();
      if (loop_kind == NodeKind::WhileExpr) parse_condition();
      if (loop_kind == NodeKind::ForExpr) {
        parse_pattern_top();
        if (!panicking_) expect(TokenKind::KwIn);
        if (!panicking_) parse_expr({.no_struct_literal = true});
      }
      if (!panicking_) {
        if (at(TokenKind::OpenBrace)) parse_block_expr(); else error_expected_token(TokenKind::OpenBrace);
      }
      finish(m, loop_kind);
      return;
    }
    case TokenKind::KwUnsafe: case TokenKind::KwConst: case TokenKind::KwTry:
      if (nth(1) != TokenKind::OpenBrace) break;
      modifier(kind == TokenKind::KwUnsafe ? ModifierKind::Unsafe : kind == TokenKind::KwConst ? ModifierKind::Const
                                                                                          : ModifierKind::None);
      parse_stmt_list();
      finish(m, NodeKind::BlockExpr);
      return;
    case TokenKind::KwAsync:
      if (nth(1) == TokenKind::OpenBrace || (nth(1) == TokenKind::KwMove && nth(2) == TokenKind::OpenBrace)) {
        modifier(ModifierKind::Async);
        if (at(TokenKind::KwMove)) modifier(ModifierKind::Move);
        parse_stmt_list();
        finish(m, NodeKind::BlockExpr);
        return;
      }
      parse_closure(m);
      return;
    case TokenKind::Or: case TokenKind::KwMove: case TokenKind::KwStatic:
      parse_closure(m);
      return;
    case TokenKind::KwBreak: case TokenKind::KwContinue: case TokenKind::KwReturn: case TokenKind::KwYield:
    case TokenKind::KwBecome: {
      NodeKind jump = kind == TokenKind::KwBreak ? NodeKind::BreakExpr
                      : kind == TokenKind::KwContinue ? NodeKind::ContinueExpr
                      : kind == TokenKind::KwReturn ? NodeKind::ReturnExpr
                      : kind == TokenKind::KwYield ? NodeKind::YieldExpr : NodeKind::BecomeExpr;
      bump();
      if ((jump == NodeKind::BreakExpr || jump == NodeKind::ContinueExpr) && at_lifetime()) {
        leaf(NodeKind::Lifetime);
      }
      bool has_value = jump != NodeKind::ContinueExpr && at_expr_start() &&
                       !(context.no_struct_literal && at(TokenKind::OpenBrace));
      if (has_value) parse_expr({.no_struct_literal = context.no_struct_literal});
      finish(m, jump);
      return;
    }
    case TokenKind::KwLet:
      if (context.allow_let) {
        parse_let_expr();
        return;
      }
      {
        const Token& t = tokens_[pos_];
        error_at(Span{file_.id(), t.offset, t.end()}, DiagKind::LetInExpression, {});
        panicking_ = true;
      }
      finish(m, NodeKind::Error);
      return;
    default:
      break;
  }
  if (kind == TokenKind::Ident && text_of(pos_) == "_") {
    bump();
    finish(m, NodeKind::UnderscoreExpr);
    return;
  }
  bool path_start = kind == TokenKind::Ident || kind == TokenKind::RawIdent || kind == TokenKind::KwSelfValue ||
                    kind == TokenKind::KwSelfType || kind == TokenKind::KwSuper || kind == TokenKind::KwCrate ||
                    kind == TokenKind::Lt || at_path_sep();
  if (path_start) {
    parse_path_start_expr(context);
    return;
  }
  error_expected("expression");
  finish(m, NodeKind::Error);
}

void Parser::parse_path_start_expr(ExprContext context) {
  Marker m = mark();
  parse_path(PathStyle::Expr);
  if (at(TokenKind::Bang) && !at_joint(TokenKind::Bang, TokenKind::Eq) && is_open_delimiter(nth(1))) {
    parse_macro_call_after_path(m);
  } else if (at(TokenKind::OpenBrace) && !context.no_struct_literal) {
    parse_record_expr_fields();
    finish(m, NodeKind::RecordExpr);
  } else if (at(TokenKind::OpenBrace) && brace_starts_record_fields()) {
    // `if p == P { x: 1 } {`: no block starts `{ x:` or `{ x,`, so rustc
    // reads a struct literal, reports it and goes on as if it were allowed.
    parse_record_expr_fields();
    finish(m, NodeKind::RecordExpr);
    Span literal = last_node_span();
    error_at(literal, DiagKind::StructLiteralNotAllowedHere, {});
    diagnostics_.back().with_fix(Span{literal.file, literal.begin, literal.begin}, "(",
                                 "surround the struct literal with parentheses");
    diagnostics_.back().children.back().spans[0].text = "(";
    diagnostics_.back().children.back().spans.push_back(Label{Span{literal.file, literal.end, literal.end}, ")"});
  } else {
    finish(m, NodeKind::PathExpr);
  }
}

// At `{`: an identifier then `,` or `:` (not `::`) cannot start a block.
bool Parser::brace_starts_record_fields() const {
  bool name = nth(1) == TokenKind::Ident || nth(1) == TokenKind::RawIdent;
  return name && (nth(2) == TokenKind::Comma || (nth(2) == TokenKind::Colon && !at_path_sep(2)));
}

void Parser::parse_macro_call_after_path(const Marker& m) {
  bump();  // !
  parse_token_tree();
  finish(m, NodeKind::MacroCall);
}

void Parser::parse_record_expr_fields() {
  Marker m = mark();
  uint32_t open = pos_;
  bump();  // {
  while (!at_eof() && !at(TokenKind::CloseBrace) && !panicking_) {
    if (!parse_record_expr_field(open)) break;
  }
  recover_list(TokenKind::CloseBrace);
  expect(TokenKind::CloseBrace);
  finish(m, NodeKind::RecordExprFieldList);
}

// One field of a struct literal and the `,` after it; false when the list
// ends (at `}`, after `..base`, or after an error the list cannot go on
// from). rustc recovers field by field: after an error it skips to the next
// `,` and goes on with the next field.
bool Parser::parse_record_expr_field(uint32_t open) {
  Marker f = mark();
  parse_outer_attributes();
  if (at_joint(TokenKind::Dot, TokenKind::Dot)) {
    bump(2);
    if (!at(TokenKind::CloseBrace)) parse_expr();
    finish(f, NodeKind::RecordExprBase);
    return false;
  }
  bool named = (at(TokenKind::Ident) || at(TokenKind::RawIdent) || at(TokenKind::IntLiteral)) &&
               nth(1) == TokenKind::Colon && !at_path_sep(1);
  // `S { w = 10 }`: rustc reports the `=` and reads it as the `:`.
  bool equals_for_colon = (at(TokenKind::Ident) || at(TokenKind::RawIdent)) && nth(1) == TokenKind::Eq &&
                          !at_joint(TokenKind::Eq, TokenKind::Eq, 1) && !at_joint(TokenKind::Eq, TokenKind::Gt, 1);
  if (!named && !at(TokenKind::Ident) && !at(TokenKind::RawIdent)) {
    // `Point { 10, 20 }`: each such field is reported, then skipped.
    error_expected("identifier");
    skip_to_field_end(open);
    panicking_ = false;
    finish(f, NodeKind::Error);
    return eat(TokenKind::Comma);
  }
  leaf(NodeKind::NameRef);
  if (equals_for_colon) {
    Span equals = token_span_here();
    error_at(equals, DiagKind::ExpectedFound, {"`:`", "`=`"});
    Span from_name{equals.file, tokens_[pos_ - 1].end(), equals.end};  // `w = 10` becomes `w: 10`
    diagnostics_.back().with_fix(from_name, ":", "replace equals symbol with a colon", Applicability::MachineApplicable,
                                 SuggestionStyle::ShowAlways);
    named = true;
  }
  if (named) {
    bump();  // :
    parse_expr();
  }
  if (panicking_ || (!at(TokenKind::Comma) && !at(TokenKind::CloseBrace))) {
    // rustc keeps a named field whose value parsed (`a: x 3`), or failed
    // just before a `,`, as a field with an error value, so it is not
    // reported missing. Its value stays here, since the checker would read
    // a field without one as the shorthand `S { a }`. Other fields that
    // failed are dropped.
    bool value_failed = panicking_;
    if (!panicking_) error_expected(named ? expected_after_expr({",", "}"}) : "one of `,`, `:`, or `}`");
    skip_to_field_end(open);
    panicking_ = false;
    bool keep = named && (!value_failed || at(TokenKind::Comma));
    finish(f, keep ? NodeKind::RecordExprField : NodeKind::Error);
    return eat(TokenKind::Comma);
  }
  finish(f, NodeKind::RecordExprField);
  return eat(TokenKind::Comma);
}

// rustc's recovery inside a struct literal: to the next `,` or to the `}`
// of the literal, skipping nested groups.
void Parser::skip_to_field_end(uint32_t open) {
  uint32_t close = matching_[open];
  while (!at_eof() && pos_ != close && !at(TokenKind::Comma)) {
    if (is_close_delimiter(current())) break;
    if (is_open_delimiter(current())) skip_group(); else bump();
  }
}

void Parser::parse_closure(const Marker& m) {
  if (at(TokenKind::KwStatic)) modifier(ModifierKind::Static);
  if (at(TokenKind::KwAsync)) modifier(ModifierKind::Async);
  if (at(TokenKind::KwMove)) modifier(ModifierKind::Move);
  if (!at(TokenKind::Or)) {
    error_expected("`|`");
    finish(m, NodeKind::ClosureExpr);
    return;
  }
  parse_param_list(ParamListKind::Closure);
  if (!panicking_ && at_joint(TokenKind::Minus, TokenKind::Gt)) {
    parse_ret_type(false);
    if (at(TokenKind::OpenBrace)) parse_block_expr(); else error_expected_token(TokenKind::OpenBrace);
  } else if (!panicking_) {
    parse_expr();
  }
  finish(m, NodeKind::ClosureExpr);
}

// ---- conditions, if, match

void Parser::parse_let_expr() {
  Marker m = mark();
  bump();  // let
  parse_pattern_top();
  if (!panicking_) expect(TokenKind::Eq);
  // The scrutinee binds tighter than `&&` and `||`: `let x = a && b` chains.
  if (!panicking_) parse_expr_bp(kComparePrecedence, {.no_struct_literal = true});
  finish(m, NodeKind::LetExpr);
}

void Parser::parse_condition() {
  uint32_t first_node = static_cast<uint32_t>(nodes_.size());
  parse_expr_bp(kAssignPrecedence, {.no_struct_literal = true, .allow_let = true});
  if (options_.edition >= Edition::E2024 || panicking_) return;
  // Before 2024, `let` may not be chained with `&&`.
  bool chained = nodes_.back().kind == NodeKind::BinaryExpr;
  if (!chained) return;
  for (uint32_t i = first_node; i < nodes_.size(); ++i) {
    if (nodes_[i].kind != NodeKind::LetExpr) continue;
    Span span{file_.id(), tokens_[nodes_[i].first_token].offset, tokens_[nodes_[i].end_token - 1].end()};
    error_at(span, DiagKind::LetChainsEdition, {});
    break;
  }
}

void Parser::parse_if(const Marker& m) {
  Span if_keyword = token_span_here();
  bump();  // if
  parse_condition();
  if (!panicking_) {
    if (at(TokenKind::OpenBrace)) {
      block_forbids_inner_attributes_ = true;
      parse_block_expr();
    } else if (tokens_[pos_ - 1].kind == TokenKind::CloseBrace) {
      // The condition ate the block (`if x > { ... }`).
      error_at(if_keyword, DiagKind::IfMissingBlock, {});
      panicking_ = true;
    } else {
      error_expected_token(TokenKind::OpenBrace);
    }
  }
  if (!panicking_ && eat(TokenKind::KwElse)) {
    if (at(TokenKind::KwIf)) {
      Marker nested = mark();
      parse_if(nested);
    } else if (at(TokenKind::OpenBrace)) {
      block_forbids_inner_attributes_ = true;
      parse_block_expr();
    } else {
      error_expected("`{`");
    }
  }
  finish(m, NodeKind::IfExpr);
}

void Parser::parse_match(const Marker& m) {
  bump();  // match
  parse_expr({.no_struct_literal = true});
  Marker arms = mark();
  uint32_t open = pos_;
  if (!panicking_ && expect(TokenKind::OpenBrace)) {
    parse_inner_attributes();
    while (!at_eof() && !at(TokenKind::CloseBrace) && !panicking_) {
      if (is_close_delimiter(current())) break;
      uint32_t before = pos_;
      Marker arm = mark();
      parse_match_arm();
      if (panicking_) {
        // rustc keeps the arms before an arm that failed.
        drop_failed_rest(open, arm);
        break;
      }
      if (pos_ == before) bump();
    }
    if (panicking_) {
      skip_to_close_of(open);
      panicking_ = false;
    }
    expect(TokenKind::CloseBrace);
  }
  finish(arms, NodeKind::MatchArmList);
  finish(m, NodeKind::MatchExpr);
}

void Parser::parse_match_arm() {
  Marker m = mark();
  parse_outer_attributes();
  parse_pattern_top();
  bool arrow_missing = !at_joint(TokenKind::Eq, TokenKind::Gt) && !at(TokenKind::Comma) && !at(TokenKind::CloseBrace);
  std::string expected_arrow = arrow_missing && !at(TokenKind::KwIf) ? expected_after_pattern({"=>"}) : "";
  if (!panicking_ && at(TokenKind::KwIf)) {
    Marker guard = mark();
    bump();
    parse_expr_bp(kAssignPrecedence, {.allow_let = options_.edition >= Edition::E2024});
    arrow_missing = !at_joint(TokenKind::Eq, TokenKind::Gt) && !at(TokenKind::Comma) && !at(TokenKind::CloseBrace);
    if (arrow_missing) expected_arrow = expected_after_expr({"=>"});
    finish(guard, NodeKind::MatchGuard);
  }
  // An arm with no body (`Err(!),`) parses; rustc rejects it later unless
  // the pattern is a never pattern.
  bool has_body = true;
  if (!panicking_ && !eat_joint(TokenKind::Eq, TokenKind::Gt)) {
    if (at(TokenKind::Comma) || at(TokenKind::CloseBrace)) has_body = false;
    else error_expected(expected_arrow);
  }
  bool block_like = false;
  if (!panicking_ && has_body) block_like = parse_statement_expr();
  bool ends_here = panicking_ || at(TokenKind::Comma) || at(TokenKind::CloseBrace) || block_like;
  // rustc reads on only when a new arm (`pattern =>`) follows the body;
  // anything else fails this arm (and the rest of the `match`).
  if (!ends_here && !at_match_arm_start()) error_expected(expected_after_expr({",", "}"}));
  finish(m, NodeKind::MatchArm);
  if (panicking_ || eat(TokenKind::Comma) || ends_here) return;
  error_at(previous_token_end(), DiagKind::ExpectedCommaAfterArm, {});
  diagnostics_.back().with_fix(previous_token_end(), ",", "missing a comma here to end this `match` arm",
                               Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
}

// Whether a pattern and `=>` follow: parsed ahead and then undone, as
// rustc's snapshot does, so nothing of it stays (nodes, diagnostics).
bool Parser::at_match_arm_start() {
  uint32_t saved_pos = pos_, saved_errors = error_count_;
  size_t saved_nodes = nodes_.size(), saved_diagnostics = diagnostics_.size();
  bool saved_too_deep = reported_too_deep_;
  parse_pattern_top();
  bool arm = !panicking_ && at_joint(TokenKind::Eq, TokenKind::Gt);
  pos_ = saved_pos;
  error_count_ = saved_errors;
  nodes_.resize(saved_nodes);
  diagnostics_.resize(saved_diagnostics);
  reported_too_deep_ = saved_too_deep;
  panicking_ = false;
  return arm;
}

// ---- blocks and statements

void Parser::parse_block_expr() {
  Marker m = mark();
  parse_stmt_list();
  finish(m, NodeKind::BlockExpr);
}

// `if c { #![allow(x)] .. }`: rustc's error at each inner attribute, which
// it then drops (its lint levels do not apply).
void Parser::report_forbidden_inner_attributes() {
  for (uint32_t t = pos_; t + 2 < tokens_.size(); t = pos_) {
    if (tokens_[t].kind == TokenKind::InnerDocComment) return;
    if (tokens_[t].kind != TokenKind::Pound || tokens_[t + 1].kind != TokenKind::Bang ||
        tokens_[t + 2].kind != TokenKind::OpenBracket) {
      return;
    }
    uint32_t close = t + 2;  // the attribute's `]`
    for (int depth = 0; close < tokens_.size(); ++close) {
      TokenKind k = tokens_[close].kind;
      if (k == TokenKind::OpenBracket || k == TokenKind::OpenParen || k == TokenKind::OpenBrace) ++depth;
      if (k == TokenKind::CloseBracket || k == TokenKind::CloseParen || k == TokenKind::CloseBrace) {
        if (--depth == 0) break;
      }
    }
    if (close >= tokens_.size() || tokens_[close].kind == TokenKind::Eof) return;
    Diagnostic d = make_diagnostic(DiagKind::InnerAttributeNotPermitted,
                                   Span{file_.id(), tokens_[t].offset, tokens_[close].end()}, {});
    d.with_note("inner attributes, like `#![no_std]`, annotate the item enclosing them, and are usually found at the "
                "beginning of source files");
    d.with_note("outer attributes, like `#[test]`, annotate the item following them");
    diagnostics_.push_back(std::move(d));
    bump(close + 1 - pos_);
  }
}

void Parser::parse_stmt_list() {
  Marker m = mark();
  uint32_t open = pos_;
  if (!at(TokenKind::OpenBrace)) {
    error_expected_token(TokenKind::OpenBrace);
    finish(m, NodeKind::StmtList);
    return;
  }
  if (!enter_nested()) {
    finish(m, NodeKind::StmtList);
    return;
  }
  bump();  // {
  if (std::exchange(block_forbids_inner_attributes_, false)) report_forbidden_inner_attributes();
  parse_inner_attributes();
  while (!at_eof() && !at(TokenKind::CloseBrace) && !is_close_delimiter(current())) {
    uint32_t before = pos_;
    Marker statement = mark();
    parse_stmt();
    if (drop_rest_of_block_) {
      // A statement rustc recovered, after which it skips the rest of the block.
      drop_rest_of_block_ = panicking_ = false;
      skip_to_close_of(open);
      break;
    }
    if (panicking_) {
      // One error per block, as rustc: the statement that failed and the rest
      // of the block are dropped. A statement whose error was recovered
      // inside it (in an argument list, an inner block) is kept.
      drop_failed_rest(open, statement);
      break;
    }
    if (pos_ == before) bump();
  }
  expect(TokenKind::CloseBrace);
  leave_nested();
  finish(m, NodeKind::StmtList);
}

bool Parser::at_block_like_start() const {
  switch (current()) {
    case TokenKind::OpenBrace: case TokenKind::KwIf: case TokenKind::KwMatch: case TokenKind::KwLoop:
    case TokenKind::KwWhile: case TokenKind::KwFor:
      return true;
    case TokenKind::KwUnsafe: case TokenKind::KwConst: case TokenKind::KwTry:
      return nth(1) == TokenKind::OpenBrace;
    case TokenKind::KwAsync:
      return nth(1) == TokenKind::OpenBrace || (nth(1) == TokenKind::KwMove && nth(2) == TokenKind::OpenBrace);
    case TokenKind::Lifetime: case TokenKind::RawLifetime:
      return nth(1) == TokenKind::Colon;
    default:
      return false;
  }
}

bool Parser::parse_statement_expr() {
  Marker m = mark();
  if (at_block_like_start()) {
    parse_primary_expr({});
    // Only `.` and `?` continue a block-like expression in statement
    // position; `match x {} - 1` is two statements.
    if (!at(TokenKind::Dot) && !at(TokenKind::Question)) return true;
    parse_postfix(m, {});
    parse_binary_rest(m, kAssignPrecedence, {});
    return false;
  }
  parse_expr();
  // A macro call with braces (`m! { }`) is also a complete statement.
  const Node& last = nodes_.back();
  return last.kind == NodeKind::MacroCall && tokens_[pos_ - 1].kind == TokenKind::CloseBrace &&
         last.subtree_size == nodes_.size() - m.node_start;
}

void Parser::parse_stmt() {
  Marker m = mark();
  if (at(TokenKind::Semi)) {
    bump();
    finish(m, NodeKind::EmptyStmt);
    return;
  }
  parse_outer_attributes();
  if (at(TokenKind::KwLet)) {
    parse_let_stmt(m);
    return;
  }
  if (at_item_start()) {
    if (parse_item_after_attrs(m)) return;
    if (at(TokenKind::KwUnsafe)) bump();  // `unsafe *p`: rustc wants a block
    error_expected_token(TokenKind::OpenBrace);
    finish(m, NodeKind::Error);
    return;
  }
  if (at(TokenKind::CloseBrace) && m.node_start != nodes_.size()) {
    bool doc = nodes_.back().kind == NodeKind::DocComment;
    error_at(last_node_span(), doc ? DiagKind::DocCommentDocumentsNothing : DiagKind::ExpectedStatementAfterAttributes,
             {});
    if (doc) diagnostics_.back().with_help(std::string(kDocCommentHelp));
    finish(m, NodeKind::Error);
    return;
  }
  uint32_t attributes_end = static_cast<uint32_t>(nodes_.size());
  bool complete = parse_statement_expr();
  if (attributes_end != m.node_start) gate_expression_attributes(m.node_start, attributes_end);
  if (at(TokenKind::Semi)) {
    bump();
    finish(m, NodeKind::ExprStmt, 1);
    return;
  }
  if (!complete && !at(TokenKind::CloseBrace) && !panicking_) {
    expect_semicolon(expected_after_expr({";", "}"}));
    finish(m, NodeKind::ExprStmt, 1);
    // A `;` missing at the end of a line: rustc goes on with the next
    // statement but replaces this expression by an error, so it is neither
    // resolved nor checked (and, as for any error node, the body gets no
    // lints or borrow checking). A `let` keeps its initializer.
    if (!panicking_) finish(m, NodeKind::Error);
    return;
  }
  finish(m, NodeKind::ExprStmt, 0);
}

// Outer attributes on a statement whose expression is an operator's (`x = 1`,
// `a + b`, `x as u8`, `0..n`) belong to that expression: rustc's unstable
// stmt_expr_attributes (E0658), one per attribute. Not a parse error: the
// statement is checked as usual.
void Parser::gate_expression_attributes(uint32_t attributes_start, uint32_t attributes_end) {
  if (!is_operator_expression(nodes_.back().kind)) return;
  std::vector<uint32_t> roots = top_level_nodes(attributes_start, attributes_end);
  for (uint32_t root : roots) {
    const Node& attr = nodes_[root];
    Diagnostic d = make_diagnostic(DiagKind::AttributesOnExpressions, finished_node_span(root), {});
    d.with_note("see issue #15701 <https://github.com/rust-lang/rust/issues/15701> for more information");
    if (attr.kind == NodeKind::DocComment) {
      d.with_help("`///` is used for outer documentation comments; for a plain comment, use `//`");
    }
    diagnostics_.push_back(std::move(d));
  }
  // The expression's span starts at its attributes (rustc's, for its lints: `value assigned is never read`).
  nodes_.back().first_token = nodes_[roots.front()].first_token;
}

void Parser::parse_let_stmt(const Marker& m) {
  bump();  // let
  uint32_t pattern_start = static_cast<uint32_t>(nodes_.size());
  parse_pattern_top();
  if (nodes_.size() > pattern_start && nodes_.back().kind == NodeKind::OrPat) {
    const Node& pattern = nodes_.back();
    Span span{file_.id(), tokens_[pattern.first_token].offset, tokens_[pattern.end_token - 1].end()};
    error_at(span, DiagKind::LetOrPatternNeedsParens, {});
    diagnostics_.back().with_label("");
  }
  LetEnd end = LetEnd::Pattern;
  if (!panicking_ && eat(TokenKind::Colon)) {
    parse_type();
    end = LetEnd::Type;
  }
  if (!panicking_ && at(TokenKind::Eq)) {
    bump();
    parse_expr();
    end = LetEnd::Init;
    if (!panicking_ && at(TokenKind::KwElse) && tokens_[pos_ - 1].kind == TokenKind::CloseBrace) {
      Span brace{file_.id(), tokens_[pos_ - 1].offset, tokens_[pos_ - 1].end()};
      error_at(brace, DiagKind::BraceBeforeLetElse, {});
      diagnostics_.back().with_help("wrap the expression in parentheses");
    }
    if (!panicking_ && at(TokenKind::KwElse)) {
      Marker e = mark();
      bump();
      parse_block_expr();
      finish(e, NodeKind::LetElse);
      end = LetEnd::Else;
    }
  }
  if (!panicking_) expect_semicolon(at(TokenKind::Semi) ? "`;`" : expected_after_let(end));
  finish(m, NodeKind::LetStmt);
}

// rustc's expected set where a `let` statement should end, by its last part.
// Shapes whose set was not measured keep the plain "`;`".
std::string Parser::expected_after_let(LetEnd end) const {
  const Node& last = nodes_.back();
  TokenKind last_token = last.end_token > 0 ? tokens_[last.end_token - 1].kind : TokenKind::Eof;
  bool ends_with_name = last_token == TokenKind::Ident || last_token == TokenKind::RawIdent;
  switch (end) {
    case LetEnd::Init:
      return expected_after_expr({";", "else"});
    case LetEnd::Type:
      if (last.kind != NodeKind::PathType) break;
      if (ends_with_name) return format_expected({"!", "(", "+", "::", ";", "<", "="}, false);
      if (last_token == TokenKind::Gt) return format_expected({"!", "+", "::", ";", "="}, false);
      break;
    case LetEnd::Pattern:
      if (last.kind == NodeKind::IdentPat && ends_with_name) return format_expected({":", ";", "=", "@", "|"}, false);
      break;
    case LetEnd::Else:
      break;
  }
  return "`;`";
}

// `idx as usize < len`, `n as u32 << 2`: rustc parses the type's `<` as the
// start of generic arguments, and when that fails takes the bare path as the
// type, reports the mistake and parses on. Returns whether it took the type.
bool Parser::parse_cast_type_before_comparison(const Marker& cast) {
  uint32_t end = pos_;
  if (at_path_sep()) end += 2;
  while (tokens_[end].kind == TokenKind::Ident && tokens_[end + 1].kind == TokenKind::Colon &&
         tokens_[end + 1].is_joint() && tokens_[end + 2].kind == TokenKind::Colon) {
    end += 3;
  }
  if (tokens_[end].kind != TokenKind::Ident || tokens_[end + 1].kind != TokenKind::Lt) return false;
  uint32_t lt = end + 1;
  uint32_t failure = generic_args_failure(lt, 0);
  if (failure == kNoFailure) return false;
  bool shift = tokens_[lt].is_joint() && tokens_[lt + 1].kind == TokenKind::Lt;
  Marker type = mark();
  parse_path(PathStyle::Mod);  // the segments without arguments
  finish(type, NodeKind::PathType);
  const Token& op_last = tokens_[shift ? lt + 1 : lt];
  Span op{file_.id(), tokens_[lt].offset, op_last.end()};
  std::string type_text(file_.text().substr(tokens_[type.token_start].offset, tokens_[end].end() - tokens_[type.token_start].offset));
  error_at(op, shift ? DiagKind::ShiftInterpretedAsGenerics : DiagKind::ComparisonInterpretedAsGenerics, {type_text});
  Diagnostic& d = diagnostics_.back();
  d.with_label(shift ? "not interpreted as shift" : "not interpreted as comparison");
  uint32_t args_first = shift ? lt + 2 : lt + 1;
  d.with_secondary(Span{file_.id(), tokens_[args_first].offset, tokens_[std::max(failure, args_first)].end()},
                   "interpreted as generic arguments");
  uint32_t cast_begin = tokens_[cast.token_start].offset;
  d.with_fix(Span{file_.id(), cast_begin, cast_begin}, "(",
             shift ? "try shifting the cast value" : "try comparing the cast value", Applicability::MachineApplicable,
             SuggestionStyle::ShowAlways);
  d.children.back().spans.push_back(Label{Span{file_.id(), tokens_[end].end(), tokens_[end].end()}, ")"});
  return true;
}

// Where parsing generic arguments from the `<` at `lt` would fail, as the
// token index, or kNoFailure. Follows the shapes of types closely enough to
// find the first token no type could hold.
uint32_t Parser::generic_args_failure(uint32_t lt, int depth) const {
  if (depth > 16) return kNoFailure;
  uint32_t j = lt + 1;
  if (tokens_[j].kind == TokenKind::Gt) return kNoFailure;
  while (true) {
    TokenKind k = tokens_[j].kind;
    if (k == TokenKind::Minus) k = tokens_[++j].kind;  // `-1`
    if (k == TokenKind::Lifetime || k == TokenKind::IntLiteral || k == TokenKind::FloatLiteral ||
        k == TokenKind::CharLiteral || k == TokenKind::StrLiteral) {
      ++j;  // a lifetime, or a literal as a const argument
    } else {
      uint32_t failure = type_failure(j, depth + 1);
      if (failure != kNoFailure) return failure;
      if (tokens_[j].kind == TokenKind::Eq) {  // `Item = T`
        failure = type_failure(++j, depth + 1);
        if (failure != kNoFailure) return failure;
      }
    }
    if (tokens_[j].kind == TokenKind::Comma) {
      ++j;
      if (tokens_[j].kind == TokenKind::Gt) return kNoFailure;
      continue;
    }
    return tokens_[j].kind == TokenKind::Gt ? kNoFailure : j;
  }
}

// Advances `j` over a type; returns where it fails, or kNoFailure.
uint32_t Parser::type_failure(uint32_t& j, int depth) const {
  if (depth > 16) return kNoFailure;
  switch (tokens_[j].kind) {
    case TokenKind::And:  // `&T`, `&&T`, `&'a mut T`
      ++j;
      if (tokens_[j].kind == TokenKind::And) ++j;
      if (tokens_[j].kind == TokenKind::Lifetime) ++j;
      if (tokens_[j].kind == TokenKind::KwMut) ++j;
      return type_failure(j, depth + 1);
    case TokenKind::Star:
      ++j;
      if (tokens_[j].kind != TokenKind::KwConst && tokens_[j].kind != TokenKind::KwMut) return j;
      ++j;
      return type_failure(j, depth + 1);
    case TokenKind::OpenParen:
    case TokenKind::OpenBracket: {
      bool tuple = tokens_[j].kind == TokenKind::OpenParen;
      TokenKind close = tuple ? TokenKind::CloseParen : TokenKind::CloseBracket;
      ++j;
      while (tokens_[j].kind != close) {
        if (uint32_t failure = type_failure(j, depth + 1); failure != kNoFailure) return failure;
        if (!tuple && tokens_[j].kind == TokenKind::Semi) {  // `[T; N]`: the length, roughly
          ++j;
          if (tokens_[j].kind != TokenKind::IntLiteral && tokens_[j].kind != TokenKind::Ident) return j;
          ++j;
          break;
        }
        if (!tuple || tokens_[j].kind != TokenKind::Comma) break;
        ++j;
      }
      if (tokens_[j].kind != close) return j;
      ++j;
      return kNoFailure;
    }
    case TokenKind::Lt: {  // `<T as Trait>::Item`
      uint32_t failure = type_failure(++j, depth + 1);
      if (failure != kNoFailure) return failure;
      return tokens_[j].kind == TokenKind::KwAs || tokens_[j].kind == TokenKind::Gt ? kNoFailure : j;
    }
    case TokenKind::Colon:
    case TokenKind::Ident:
    case TokenKind::RawIdent:
    case TokenKind::KwSelfType:
    case TokenKind::KwCrate:
    case TokenKind::KwSuper:
    case TokenKind::KwSelfValue:
    case TokenKind::KwDyn:
    case TokenKind::KwImpl:
      if (tokens_[j].kind == TokenKind::KwDyn || tokens_[j].kind == TokenKind::KwImpl) ++j;
      if (tokens_[j].kind == TokenKind::Colon) j += 2;
      while (true) {
        TokenKind k = tokens_[j].kind;
        if (k != TokenKind::Ident && k != TokenKind::RawIdent && k != TokenKind::KwSelfType && k != TokenKind::KwCrate &&
            k != TokenKind::KwSuper && k != TokenKind::KwSelfValue) {
          return j;
        }
        ++j;
        if (tokens_[j].kind == TokenKind::Lt) {
          if (uint32_t failure = generic_args_failure(j, depth + 1); failure != kNoFailure) return failure;
          j = matching_gt(j);
        }
        if (tokens_[j].kind != TokenKind::Colon || tokens_[j + 1].kind != TokenKind::Colon) return kNoFailure;
        j += 2;
      }
    default: return j;
  }
}

// The token after the `>` closing the arguments opened at `lt` (which parse).
uint32_t Parser::matching_gt(uint32_t lt) const {
  int open = 0;
  for (uint32_t j = lt; j < tokens_.size(); ++j) {
    if (tokens_[j].kind == TokenKind::Lt) ++open;
    if (tokens_[j].kind == TokenKind::Gt && --open == 0) return j + 1;
    if (tokens_[j].kind == TokenKind::Eof) return j;
  }
  return static_cast<uint32_t>(tokens_.size() - 1);
}

// `a === b`, `a !== b`, `a <> b`, `a and b`, `a or b`: rustc reads the
// operator it takes to be meant, reports it and parses on.
OpKind Parser::peek_misspelled_operator(uint32_t& count, std::string_view& spelling) const {
  auto joint = [&](uint32_t at, TokenKind next) { return tokens_[pos_ + at].is_joint() && nth(at + 1) == next; };
  if (at(TokenKind::Eq) && joint(0, TokenKind::Eq) && joint(1, TokenKind::Eq)) {
    count = 3, spelling = "===";
    return OpKind::Eq;
  }
  if (at(TokenKind::Bang) && joint(0, TokenKind::Eq) && joint(1, TokenKind::Eq)) {
    count = 3, spelling = "!==";
    return OpKind::Ne;
  }
  if (at(TokenKind::Lt) && joint(0, TokenKind::Gt)) {
    count = 2, spelling = "<>";
    return OpKind::Ne;
  }
  if (at(TokenKind::Ident) && (at_word("and") || at_word("or")) && starts_expression(nth(1))) {
    count = 1, spelling = at_word("and") ? "and" : "or";
    return spelling == "and" ? OpKind::And : OpKind::Or;
  }
  return OpKind::None;
}

void Parser::report_misspelled_operator(std::string_view spelling, OpKind meant, uint32_t count) {
  Span span{file_.id(), tokens_[pos_].offset, tokens_[pos_ + count - 1].end()};
  std::string replacement(op_spelling(meant));
  if (spelling == "and" || spelling == "or") {
    error_at(span, DiagKind::NotALogicalOperator, {spelling});
    Diagnostic& d = diagnostics_.back();
    d.with_note("unlike in e.g., Python and PHP, `&&` and `||` are used for logical operators");
    d.with_fix(span, replacement,
               meant == OpKind::And ? "use `&&` to perform logical conjunction" : "use `||` to perform logical disjunction",
               Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
    return;
  }
  error_at(span, DiagKind::InvalidComparisonOperator, {spelling});
  diagnostics_.back().with_fix(span, replacement,
                               "`" + std::string(spelling) + "` is not a valid comparison operator, use `" + replacement + "`",
                               Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
}

// `a < b < c`: reported; true when the chain ended the expression (an error
// expression, or a failed statement). Rare: kept out of the operator loop.
[[gnu::noinline]] bool Parser::recover_chained_comparison(const Marker& m, const Comparison& first_comparison,
                                                          const Comparison& outer, ExprContext operand) {
  uint32_t count = outer.count;
  OpKind op = outer.op;
  size_t report = diagnostics_.size();
  uint32_t r1_first = chain_operands().r1_first;
  ChainRecovery recovery = report_chained_comparison(first_comparison, outer);
  if (recovery == ChainRecovery::DropStatement) {
    panicking_ = true;  // the statement and the rest of its block are dropped
    return true;
  }
  if (recovery == ChainRecovery::Keep) return false;
  // The chain becomes an error expression, with the rest of the expression
  // (`a == b < c && d`) or the call-like arguments.
  leaf(NodeKind::Op, count, uint8_t(op));
  if (recovery == ChainRecovery::CallLike) {
    skip_to_close_of(pos_);
    bump();
  } else {
    parse_expr_bp(kAssignPrecedence, operand);
    if (first_comparison.op == OpKind::Eq && report < diagnostics_.size()) {  // `a == (b < c)`
      Diagnostic& d = diagnostics_[report];
      uint32_t left = tokens_[r1_first].offset, right = tokens_[pos_ - 1].end();
      d.with_fix(Span{file_.id(), left, left}, "(", "parenthesize the comparison", Applicability::MaybeIncorrect,
                 SuggestionStyle::ShowAlways);
      d.children.back().spans.push_back(Label{Span{file_.id(), right, right}, ")"});
    }
  }
  finish(m, NodeKind::Error);
  return true;
}

// The operands of the comparison just parsed (the last node).
Parser::ChainOperands Parser::chain_operands() const {
  ChainOperands operands;
  if (nodes_.size() < 4 || nodes_.back().kind != NodeKind::BinaryExpr) return operands;
  size_t rhs = nodes_.size() - 2;
  size_t op = rhs - nodes_[rhs].subtree_size;
  const Node& l = nodes_[op - 1];
  const Node& r = nodes_[rhs];
  operands.l1_first = l.first_token;
  operands.r1_first = r.first_token;
  operands.r1_end = r.end_token;
  operands.literal_operand = l.kind == NodeKind::LiteralExpr || r.kind == NodeKind::LiteralExpr;
  // `foo.bar < baz`: most likely a turbofish, rustc suggests nothing else.
  operands.field_lhs = l.kind == NodeKind::FieldExpr && l.end_token > 0 &&
                       tokens_[l.end_token - 1].kind != TokenKind::IntLiteral && r.kind != NodeKind::LiteralExpr;
  return operands;
}

// rustc's check_no_chained_comparison: `a < b > c` and `a < b < c` may be a
// misspelt turbofish (`foo<bar>(x)`); unless call-like, the statement fails.
// `a == b < c` and `a < b == c` are recovered as an error expression; the
// other chains (`a == b == c`, `a <= b <= c`) are kept as `(a == b) == c`.
Parser::ChainRecovery Parser::report_chained_comparison(const Comparison& inner, const Comparison& outer) {
  auto span_of = [&](const Comparison& c) {
    return Span{file_.id(), tokens_[c.token].offset, tokens_[c.token + c.count - 1].end()};
  };
  error_at(span_of(inner), DiagKind::ComparisonChained, {});
  Diagnostic& d = diagnostics_.back();
  d.secondary.push_back(Label{span_of(outer), "", true});
  ChainOperands operands = chain_operands();
  auto ordering = [](OpKind k) { return k == OpKind::Lt || k == OpKind::Le || k == OpKind::Gt || k == OpKind::Ge; };
  bool ascending = (inner.op == OpKind::Lt || inner.op == OpKind::Le) && (outer.op == OpKind::Lt || outer.op == OpKind::Le);
  bool descending = (inner.op == OpKind::Gt || inner.op == OpKind::Ge) && (outer.op == OpKind::Gt || outer.op == OpKind::Ge);
  bool turbofish = (inner.op == OpKind::Lt && outer.op == OpKind::Lt) || outer.op == OpKind::Gt;
  bool recovers = false;
  if (turbofish && outer.op == OpKind::Lt) {
    // (`foo<bar<baz>>(x)`, a longer turbofish, is not modelled: the statement fails.)
    uint32_t closed = matching_gt(outer.token);
    TokenKind next = closed < tokens_.size() ? tokens_[closed].kind : TokenKind::Eof;
    if (next == TokenKind::OpenParen || next == TokenKind::Colon) return ChainRecovery::DropStatement;
  }
  uint32_t after = outer.token + outer.count;
  if (turbofish && tokens_[after].kind == TokenKind::OpenParen) {
    if (inner.op == OpKind::Lt) {  // `foo < bar > (x)`: the turbofish, offered
      uint32_t at = tokens_[inner.token].offset;
      d.with_fix(Span{file_.id(), at, at}, "::",
                 "use `::<...>` instead of `<...>` to specify lifetime, type, or const arguments",
                 Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
    } else {
      d.with_help("use `::<...>` instead of `<...>` to specify lifetime, type, or const arguments");
      d.with_help("or use `(...)` if you meant to specify fn arguments");
    }
    return ChainRecovery::CallLike;
  }
  if (turbofish && !operands.literal_operand) {
    d.with_help("use `::<...>` instead of `<...>` to specify lifetime, type, or const arguments");
    d.with_help("or use `(...)` if you meant to specify fn arguments");
  }
  bool split = (inner.op == OpKind::Eq && outer.op == OpKind::Eq) || ascending || descending;
  if (operands.field_lhs) {
    split = false;
  } else if (split) {
    std::string middle(file_.text().substr(tokens_[operands.r1_first].offset,
                                           tokens_[operands.r1_end - 1].end() - tokens_[operands.r1_first].offset));
    uint32_t at = tokens_[operands.r1_end - 1].end();
    d.with_fix(Span{file_.id(), at, at}, " && " + middle, "split the comparison into two", Applicability::MaybeIncorrect,
               SuggestionStyle::ShowAlways);
  } else if (inner.op == OpKind::Eq && ordering(outer.op)) {
    recovers = true;  // parenthesized once the rest is parsed (the caller)
  } else if (ordering(inner.op) && outer.op == OpKind::Eq) {
    recovers = true;
    uint32_t left = tokens_[operands.l1_first].offset, right = tokens_[operands.r1_end - 1].end();
    d.with_fix(Span{file_.id(), left, left}, "(", "parenthesize the comparison", Applicability::MaybeIncorrect,
               SuggestionStyle::ShowAlways);
    d.children.back().spans.push_back(Label{Span{file_.id(), right, right}, ")"});
  }
  if (recovers) return ChainRecovery::ErrorExpr;
  return turbofish ? ChainRecovery::DropStatement : ChainRecovery::Keep;
}

// `x++`: rustc has no such operator; it suggests `+= 1` and parses on.
void Parser::report_postfix_increment(const Marker& operand) {
  Span span{file_.id(), tokens_[pos_].offset, tokens_[pos_ + 1].end()};
  error_at(span, DiagKind::PostfixIncrement, {});
  Diagnostic& d = diagnostics_.back();
  d.with_label("not a valid postfix operator");
  if (nth(2) == TokenKind::Semi || nth(2) == TokenKind::CloseBrace) {
    d.with_fix(span, " += 1", "use `+= 1` instead", Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
    // As a statement (`i++;`), rustc keeps it as `i += 1` and skips the rest of the block.
    drop_rest_of_block_ = true;
    return;
  }
  // In an expression, the old value is the value.
  uint32_t begin = tokens_[operand.token_start].offset;
  std::string base(file_.text().substr(begin, tokens_[pos_ - 1].end() - begin));
  d.with_fix(Span{file_.id(), begin, span.end}, "{ let tmp = " + base + "; " + base + " += 1; tmp }",
             "use `+= 1` instead", Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
}

}  // namespace sluice
