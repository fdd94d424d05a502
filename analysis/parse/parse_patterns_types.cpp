// Paths, types and patterns.
#include <algorithm>

#include "analysis/parse/parser.h"

namespace sluice {

// ---- paths

static bool is_path_segment_start(TokenKind kind) {
  return kind == TokenKind::Ident || kind == TokenKind::RawIdent || kind == TokenKind::KwSelfValue ||
         kind == TokenKind::KwSelfType || kind == TokenKind::KwSuper || kind == TokenKind::KwCrate;
}

bool Parser::at_generic_args_start(PathStyle style) const {
  if (style == PathStyle::Mod) return false;
  if (at_path_sep() && nth(2) == TokenKind::Lt) return true;
  // In types `<` opens arguments directly; `<-`, `<=` and `<<` cannot start them there either.
  return style == PathStyle::Type && at(TokenKind::Lt) && !at_joint(TokenKind::Lt, TokenKind::Eq);
}

void Parser::parse_path(PathStyle style) {
  Marker m = mark();
  if (at(TokenKind::Lt) && style != PathStyle::Mod) {
    Marker q = mark();
    bump();
    parse_type();
    if (eat(TokenKind::KwAs)) parse_path(PathStyle::Type);
    if (!panicking_) expect(TokenKind::Gt);
    finish(q, NodeKind::QualifiedPrefix);
    if (!panicking_ && !eat_joint(TokenKind::Colon, TokenKind::Colon)) error_expected_token(TokenKind::Colon);
  } else if (at_path_sep()) {
    bump(2);
  }
  while (!panicking_) {
    if (!parse_path_segment(style)) break;
    if (!at_path_sep()) break;
    // `use a::{..}` and `use a::*` end the path here; so do arguments
    // (`::<`, `::(`), which the segment took. Otherwise `::` wants a segment.
    TokenKind after = nth(2);
    if (after == TokenKind::OpenBrace || after == TokenKind::Star || after == TokenKind::Lt ||
        after == TokenKind::OpenParen) {
      break;
    }
    bump(2);
  }
  finish(m, NodeKind::Path);
}

// A segment is a NameRef child of the Path; only a segment with arguments
// (`Vec<u8>`, `Fn(u8)`) is wrapped in a PathSegment node. Most segments have
// none, and paths are a quarter of all nodes.
bool Parser::parse_path_segment(PathStyle style) {
  Marker m = mark();
  if (!is_path_segment_start(current())) {
    error_expected("identifier");
    missing(NodeKind::NameRef);
    return false;
  }
  leaf(NodeKind::NameRef);
  if (at_generic_args_start(style)) {
    if (at_path_sep()) bump(2);
    parse_generic_args();
    if (at(TokenKind::Gt) && style == PathStyle::Expr) {  // `Vec::<u8>>::new()`
      error_at(token_span_here(), DiagKind::UnmatchedAngleBracket, {});
    }
  } else if ((style == PathStyle::Type && at(TokenKind::OpenParen)) ||
             (style != PathStyle::Mod && at_path_sep() && nth(2) == TokenKind::OpenParen)) {
    if (at_path_sep()) bump(2);  // `Fn::(u32)` is accepted too
    Marker p = mark();
    bump();
    while (!at_eof() && !at(TokenKind::CloseParen) && !panicking_) {
      parse_type();
      if (!eat(TokenKind::Comma)) break;
    }
    recover_list(TokenKind::CloseParen);
    expect(TokenKind::CloseParen);
    if (at_joint(TokenKind::Minus, TokenKind::Gt)) parse_ret_type(false);
    finish(p, NodeKind::ParenthesizedArgs);
  } else {
    return true;
  }
  finish(m, NodeKind::PathSegment);
  return true;
}

void Parser::parse_generic_args() {
  Marker m = mark();
  bump();  // <
  parse_comma_separated(TokenKind::Gt, "one of `,` or `>`", [&] {
    parse_generic_arg();
    return true;
  });
  if (!panicking_) expect(TokenKind::Gt);
  finish(m, NodeKind::GenericArgList);
}

void Parser::parse_generic_arg() {
  Marker m = mark();
  if (at_lifetime()) {
    leaf(NodeKind::Lifetime);
    finish(m, NodeKind::LifetimeArg);
    return;
  }
  if (at(TokenKind::OpenBrace)) {
    parse_block_expr();
    finish(m, NodeKind::ConstArg);
    return;
  }
  if (is_literal(current()) || at(TokenKind::KwTrue) || at(TokenKind::KwFalse) ||
      (at(TokenKind::Minus) && is_literal(nth(1)))) {
    parse_prefix_expr({});
    finish(m, NodeKind::ConstArg);
    return;
  }
  bool assoc = at(TokenKind::Ident) &&
               ((nth(1) == TokenKind::Eq && !at_joint(TokenKind::Eq, TokenKind::Eq, 1)) ||
                (nth(1) == TokenKind::Colon && !at_path_sep(1)) || nth(1) == TokenKind::Lt);
  if (assoc && nth(1) == TokenKind::Lt) {
    // `Item<'a> = T` (a generic associated type) versus the type `Item<T>`:
    // look past the angle brackets for `=` or `:`.
    uint32_t i = pos_ + 1, depth = 0;
    for (; i < tokens_.size(); ++i) {
      TokenKind k = tokens_[i].kind;
      if (k == TokenKind::Lt) ++depth;
      else if (k == TokenKind::Gt && --depth == 0) break;
      else if (k == TokenKind::Eof || k == TokenKind::Semi || k == TokenKind::OpenBrace) break;
    }
    TokenKind after = token_at(i + 1).kind;
    assoc = after == TokenKind::Eq || (after == TokenKind::Colon && token_at(i + 2).kind != TokenKind::Colon);
  }
  if (assoc) {
    leaf(NodeKind::NameRef);
    if (at(TokenKind::Lt)) parse_generic_args();
    if (eat(TokenKind::Eq)) {
      if (at(TokenKind::OpenBrace) || is_literal(current())) parse_prefix_expr({}); else parse_type();
    } else {
      bump();  // :
      parse_bounds();
    }
    finish(m, NodeKind::AssocTypeArg);
    return;
  }
  parse_type();
  finish(m, NodeKind::TypeArg);
}

// ---- types

bool Parser::at_type_start() const {
  switch (current()) {
    case TokenKind::OpenParen: case TokenKind::Bang: case TokenKind::Star: case TokenKind::And:
    case TokenKind::OpenBracket: case TokenKind::KwFn: case TokenKind::KwUnsafe: case TokenKind::KwExtern:
    case TokenKind::KwFor: case TokenKind::KwImpl: case TokenKind::KwDyn: case TokenKind::Lt:
    case TokenKind::Ident: case TokenKind::RawIdent: case TokenKind::KwSelfType: case TokenKind::KwSelfValue:
    case TokenKind::KwSuper: case TokenKind::KwCrate: case TokenKind::Question: case TokenKind::Lifetime: case TokenKind::RawLifetime:
      return true;
    default:
      return at_path_sep();
  }
}

void Parser::parse_type(bool allow_plus) {
  if (!enter_nested()) {
    missing(NodeKind::Error);
    return;
  }
  parse_type_inner(allow_plus);
  leave_nested();
}

void Parser::parse_fn_ptr_type(const Marker& m) {
  if (at(TokenKind::KwUnsafe)) modifier(ModifierKind::Unsafe);
  if (at(TokenKind::KwExtern)) parse_abi();
  if (!expect(TokenKind::KwFn)) {
    finish(m, NodeKind::FnPtrType);
    return;
  }
  parse_param_list(ParamListKind::FnPtr);
  if (!panicking_ && at_joint(TokenKind::Minus, TokenKind::Gt)) parse_ret_type(false);
  finish(m, NodeKind::FnPtrType);
}

void Parser::parse_type_inner(bool allow_plus) {
  Marker m = mark();
  switch (current()) {
    case TokenKind::OpenParen: {
      bump();
      uint32_t count = 0;
      bool trailing_comma = false;
      while (!at_eof() && !at(TokenKind::CloseParen) && !panicking_) {
        parse_type();
        ++count;
        trailing_comma = eat(TokenKind::Comma);
        if (!trailing_comma) break;
      }
      recover_list(TokenKind::CloseParen);
      expect(TokenKind::CloseParen);
      bool parenthesized = count == 1 && !trailing_comma;
      if (parenthesized && allow_plus && at(TokenKind::Plus) && !panicking_) {  // `(Fn() -> u8) + Send`
        bump();
        parse_bounds(true);
        finish(m, NodeKind::DynTraitType);
        return;
      }
      finish(m, parenthesized ? NodeKind::ParenType : NodeKind::TupleType);
      return;
    }
    case TokenKind::Bang:
      bump();
      finish(m, NodeKind::NeverType);
      return;
    case TokenKind::Star:
      bump();
      if (at(TokenKind::KwMut)) modifier(ModifierKind::Mut);
      else if (at(TokenKind::KwConst)) modifier(ModifierKind::Const);
      else error_expected("mut or const in raw pointer type");
      parse_type(false);
      finish(m, NodeKind::PtrType);
      return;
    case TokenKind::And:
      bump();
      if (at_lifetime()) leaf(NodeKind::Lifetime);
      if (at(TokenKind::KwMut)) modifier(ModifierKind::Mut);
      parse_type(false);
      finish(m, NodeKind::RefType);
      return;
    case TokenKind::OpenBracket: {
      bump();
      parse_type();
      bool array = eat(TokenKind::Semi);
      if (array) parse_expr();
      recover_list(TokenKind::CloseBracket);
      expect(TokenKind::CloseBracket);
      finish(m, array ? NodeKind::ArrayType : NodeKind::SliceType);
      return;
    }
    case TokenKind::KwFn: case TokenKind::KwUnsafe: case TokenKind::KwExtern:
      parse_fn_ptr_type(m);
      return;
    case TokenKind::KwFor:
      parse_for_binder();
      if (at(TokenKind::KwFn) || at(TokenKind::KwUnsafe) || at(TokenKind::KwExtern)) {
        parse_type(false);
      } else {
        parse_bounds(allow_plus);
      }
      finish(m, NodeKind::ForType);
      return;
    case TokenKind::KwImpl:
      bump();
      parse_bounds(allow_plus);
      finish(m, NodeKind::ImplTraitType);
      return;
    case TokenKind::KwDyn:
      bump();
      if (at_bound_start()) parse_bounds(allow_plus);  // a bare `dyn` is diagnosed later, as rustc does
      finish(m, NodeKind::DynTraitType);
      return;
    case TokenKind::KwConst:
      if (nth(1) == TokenKind::OpenBrace) break;
      parse_bounds(allow_plus);  // `const Trait`: a bare trait object with a const bound
      finish(m, NodeKind::DynTraitType);
      return;
    default:
      break;
  }
  if (at(TokenKind::Ident) && text_of(pos_) == "_") {
    bump();
    finish(m, NodeKind::InferType);
    return;
  }
  // `dyn` is a weak keyword in 2015: `dyn Trait`.
  if (at_word("dyn") && (nth(1) == TokenKind::Ident || at_lifetime(1) || nth(1) == TokenKind::Question ||
                         nth(1) == TokenKind::KwFor || at_path_sep(1))) {
    bump();
    parse_bounds(allow_plus);
    finish(m, NodeKind::DynTraitType);
    return;
  }
  if (at(TokenKind::Question)) {  // a bare bound list in 2015-style trait objects
    parse_bounds(allow_plus);
    finish(m, NodeKind::DynTraitType);
    return;
  }
  if (at_lifetime()) {
    error_expected("type");
    diagnostics_.back().message = "expected type, found lifetime";
    finish(m, NodeKind::Error);
    return;
  }
  if (!at_type_start()) {
    error_expected("type");
    finish(m, NodeKind::Error);
    return;
  }
  parse_path(PathStyle::Type);
  // `Path!(..)` is a macro; `x as u32 != 0` is not (rustc lexes `!=` as one token).
  if (at(TokenKind::Bang) && !at_joint(TokenKind::Bang, TokenKind::Eq) && !panicking_) {
    bump();
    parse_token_tree();
    finish(m, NodeKind::MacroType);
    return;
  }
  if (allow_plus && at(TokenKind::Plus)) {  // a bare trait object `Trait + Send`
    bump();
    parse_bounds(true);
    finish(m, NodeKind::DynTraitType);
    return;
  }
  finish(m, NodeKind::PathType);
}

// ---- patterns

void Parser::parse_pattern_top() {
  Marker m = mark();
  bool leading_bar = at(TokenKind::Or) && !at_joint(TokenKind::Or, TokenKind::Or);
  if (leading_bar) bump();
  parse_pattern_no_alt();
  uint32_t alternatives = 1;
  while (at(TokenKind::Or) && !at_joint(TokenKind::Or, TokenKind::Or) && !panicking_) {
    bump();
    parse_pattern_no_alt();
    ++alternatives;
  }
  if (alternatives > 1 || leading_bar) finish(m, NodeKind::OrPat);
}

void Parser::parse_pattern_no_alt() {
  if (!enter_nested()) {
    missing(NodeKind::Error);
    return;
  }
  parse_pattern_inner();
  leave_nested();
}

bool Parser::at_pattern_range_op() const {
  return at_joint(TokenKind::Dot, TokenKind::Dot) && !at_joint3(TokenKind::Dot, TokenKind::Dot, TokenKind::Dot)
             ? true
             : at_joint3(TokenKind::Dot, TokenKind::Dot, TokenKind::Dot);
}

void Parser::parse_pattern_literal() {
  Marker m = mark();
  if (at(TokenKind::Minus)) bump();
  if (is_literal(current()) || at(TokenKind::KwTrue) || at(TokenKind::KwFalse)) {
    leaf(NodeKind::Literal);
  } else {
    error_expected("literal");
  }
  finish(m, NodeKind::LiteralPat);
}

// After `lo`, at `..`, `..=` or `...`: the operator and an optional end.
void Parser::parse_range_pattern_end() {
  if (at_joint3(TokenKind::Dot, TokenKind::Dot, TokenKind::Eq)) {
    leaf(NodeKind::Op, 3, uint8_t(OpKind::RangeInclusive));
  } else if (at_joint3(TokenKind::Dot, TokenKind::Dot, TokenKind::Dot)) {
    const Token& t = tokens_[pos_];
    if (options_.edition >= Edition::E2021) {
      error_at(Span{file_.id(), t.offset, t.offset + 3}, DiagKind::RangePatternDotDotDot, {});
      diagnostics_.back().with_fix(Span{file_.id(), t.offset, t.offset + 3}, "..=", "use `..=` for an inclusive range",
                                   Applicability::MachineApplicable, SuggestionStyle::HideCodeInline);
    }
    leaf(NodeKind::Op, 3, uint8_t(OpKind::RangeDotDotDot));
  } else {
    leaf(NodeKind::Op, 2, uint8_t(OpKind::Range));
  }
  bool has_end = at(TokenKind::Minus) || is_literal(current()) || at(TokenKind::Ident) || at_path_sep() ||
                 at(TokenKind::KwSelfType) || at(TokenKind::KwCrate) || at(TokenKind::KwSuper) ||
                 at(TokenKind::KwSelfValue) || at(TokenKind::Lt);
  if (!has_end) {
    if (nodes_.back().detail == uint8_t(OpKind::RangeInclusive)) {
      error_at(last_node_span(), DiagKind::InclusiveRangeNoEnd, {});
      diagnostics_.back().with_help("use `..` instead");
    }
    return;
  }
  if (at(TokenKind::Minus) || is_literal(current())) {
    parse_pattern_literal();
  } else {
    Marker p = mark();
    parse_path(PathStyle::Expr);
    finish(p, NodeKind::PathPat);
  }
}

// As rustc's parse_seq (and parse_expr_sequence): a missing `,` is reported
// and the next pattern parsed anyway, so `(a b)` binds two names; if that
// pattern fails as well, only the missing `,` is reported.
void Parser::parse_pattern_list(TokenKind close) {
  std::string_view close_text = close == TokenKind::CloseParen ? ")" : "]";
  while (!at_eof() && !at(close) && !panicking_) {
    parse_pattern_top();
    while (!panicking_ && !at(close) && !at_eof() && !eat(TokenKind::Comma)) {
      error_expected(expected_after_pattern({",", close_text}));
      parse_after_missing_comma([&] { parse_pattern_top(); });
    }
  }
  recover_list(close);
  expect(close);
}

void Parser::parse_record_pat_fields() {
  Marker m = mark();
  bump();  // {
  parse_comma_separated(TokenKind::CloseBrace, "one of `,` or `}`", [&] {
    Marker f = mark();
    parse_outer_attributes();
    if (at_joint(TokenKind::Dot, TokenKind::Dot)) {
      leaf(NodeKind::RestPat, 2);
      finish(f, NodeKind::RecordPatField);
      if (!at(TokenKind::CloseBrace)) error_expected_token(TokenKind::CloseBrace);  // `..` must come last
      return false;
    } else if ((at(TokenKind::Ident) || at(TokenKind::RawIdent) || at(TokenKind::IntLiteral)) &&
               nth(1) == TokenKind::Colon && !at_path_sep(1)) {
      leaf(NodeKind::NameRef);
      bump();  // :
      parse_pattern_top();
    } else {
      Marker ident = mark();
      if (at(TokenKind::KwBox)) bump();
      if (at(TokenKind::KwRef)) modifier(ModifierKind::Ref);
      if (at(TokenKind::KwMut)) modifier(ModifierKind::Mut);
      parse_name();
      finish(ident, NodeKind::IdentPat);
    }
    finish(f, NodeKind::RecordPatField);
    return true;
  });
  recover_list(TokenKind::CloseBrace);
  expect(TokenKind::CloseBrace);
  finish(m, NodeKind::RecordPatFieldList);
}

void Parser::parse_pattern_inner() {
  Marker m = mark();
  TokenKind kind = current();
  if (kind == TokenKind::Ident && text_of(pos_) == "_") {
    bump();
    finish(m, NodeKind::WildcardPat);
    return;
  }
  if (at_joint(TokenKind::Dot, TokenKind::Dot)) {
    bool range_to = at_joint3(TokenKind::Dot, TokenKind::Dot, TokenKind::Eq) || nth(2) == TokenKind::Minus ||
                    is_literal(nth(2)) || (nth(2) == TokenKind::Ident && text_of(pos_ + 2) != "_") ||
                    (nth(2) == TokenKind::Colon && at_path_sep(2));
    if (range_to) {  // ..=hi, ..hi
      parse_range_pattern_end();
      finish(m, NodeKind::RangePat);
      return;
    }
    bump(2);
    finish(m, NodeKind::RestPat);
    return;
  }
  switch (kind) {
    case TokenKind::Bang:
      bump();
      finish(m, NodeKind::NeverPat);
      return;
    case TokenKind::And:
      bump();
      if (at(TokenKind::KwMut)) modifier(ModifierKind::Mut);
      parse_pattern_no_alt();
      finish(m, NodeKind::RefPat);
      return;
    case TokenKind::OpenParen: {
      bump();
      Marker first = mark();
      parse_pattern_list(TokenKind::CloseParen);
      // `(p)` is a parenthesised pattern; `(p,)`, `()` and `(a, b)` are tuples.
      bool single = nodes_.size() > first.node_start &&
                    nodes_.size() - first.node_start == nodes_.back().subtree_size &&
                    tokens_[pos_ - 2].kind != TokenKind::Comma && nodes_.back().kind != NodeKind::RestPat;
      finish(m, single ? NodeKind::ParenPat : NodeKind::TuplePat);
      return;
    }
    case TokenKind::OpenBracket:
      bump();
      parse_pattern_list(TokenKind::CloseBracket);
      finish(m, NodeKind::SlicePat);
      return;
    case TokenKind::KwBox:
      bump();
      parse_pattern_no_alt();
      finish(m, NodeKind::BoxPat);
      return;
    case TokenKind::KwConst:
      bump();
      if (at(TokenKind::OpenBrace)) parse_block_expr(); else error_expected("`{`");
      finish(m, NodeKind::ConstBlockPat);
      return;
    case TokenKind::KwRef: case TokenKind::KwMut:
      if (at(TokenKind::KwMut) && at_mut_before_nested_pattern()) {
        recover_mut_before_pattern();
        return;
      }
      if (at(TokenKind::KwRef)) modifier(ModifierKind::Ref);
      if (at(TokenKind::KwMut)) modifier(ModifierKind::Mut);
      parse_name();
      if (eat(TokenKind::At)) parse_pattern_no_alt();
      finish(m, NodeKind::IdentPat);
      return;
    default:
      break;
  }
  if (kind == TokenKind::Minus || is_literal(kind) || kind == TokenKind::KwTrue || kind == TokenKind::KwFalse) {
    parse_pattern_literal();
    if (at_pattern_range_op()) {
      parse_range_pattern_end();
      finish(m, NodeKind::RangePat);
    }
    return;
  }
  bool path_start = is_path_segment_start(kind) || at_path_sep() || kind == TokenKind::Lt;
  if (!path_start && is_keyword(kind) &&
      (nth(1) == TokenKind::Eq || nth(1) == TokenKind::Colon || nth(1) == TokenKind::Semi)) {
    // `let type = 5;`: rustc reports the keyword and binds it as a name.
    Span keyword = token_span_here();
    std::string found = describe_current();  // "keyword `type`", "reserved keyword `try`"
    error_at(keyword, DiagKind::ExpectedFound, {"identifier", found});
    Diagnostic& d = diagnostics_.back();
    d.with_label(found.starts_with("reserved") ? "expected identifier, found reserved keyword"
                                               : "expected identifier, found keyword");
    d.with_fix(Span{keyword.file, keyword.begin, keyword.begin}, "r#",
               "escape `" + std::string(token_kind_spelling(kind)) + "` to use it as an identifier",
               Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
    leaf(NodeKind::Name);
    finish(m, NodeKind::IdentPat);
    return;
  }
  if (!path_start) {
    error_expected("pattern");
    finish(m, NodeKind::Error);
    return;
  }
  bool plain_binding = (kind == TokenKind::Ident || kind == TokenKind::RawIdent) && !at_path_sep(1) &&
                       nth(1) != TokenKind::OpenParen && nth(1) != TokenKind::OpenBrace && nth(1) != TokenKind::Bang &&
                       !at_joint(TokenKind::Dot, TokenKind::Dot, 1);
  if (plain_binding) {
    parse_name();
    if (eat(TokenKind::At)) parse_pattern_no_alt();
    finish(m, NodeKind::IdentPat);
    return;
  }
  parse_path(PathStyle::Expr);
  if (at(TokenKind::OpenParen)) {
    bump();
    parse_pattern_list(TokenKind::CloseParen);
    finish(m, NodeKind::TupleStructPat);
  } else if (at(TokenKind::OpenBrace)) {
    parse_record_pat_fields();
    finish(m, NodeKind::RecordPat);
  } else if (at(TokenKind::Bang)) {
    bump();
    parse_token_tree();
    finish(m, NodeKind::MacroPat);
  } else if (at_pattern_range_op()) {
    Marker lo = m;
    finish(lo, NodeKind::PathPat);
    parse_range_pattern_end();
    finish(m, NodeKind::RangePat);
  } else {
    finish(m, NodeKind::PathPat);
  }
}

}  // namespace sluice

namespace sluice {

// `mut (`, `mut [`, `mut Point(`, `mut Point {`, `mut shapes::Point(`.
bool Parser::at_mut_before_nested_pattern() const {
  TokenKind next = nth(1);
  if (next == TokenKind::OpenParen || next == TokenKind::OpenBracket) return true;
  if (next != TokenKind::Ident) return false;
  TokenKind after = nth(2);
  return after == TokenKind::OpenParen || after == TokenKind::OpenBrace || at_path_sep(2);
}

// `let mut (h, m) = ..`: rustc says `mut` belongs on each binding, suggests
// putting it there, and goes on as if it were: the bindings are mutable and
// the function is checked as usual.
void Parser::recover_mut_before_pattern() {
  uint32_t mut_token = pos_;
  bump();
  size_t first_node = nodes_.size();
  size_t reported = diagnostics_.size();
  parse_pattern_no_alt();
  if (diagnostics_.size() != reported) return;  // the pattern's own error is enough
  std::vector<uint32_t> binding_starts;  // in source order, for the fix
  for (size_t i = first_node; i < nodes_.size(); ++i) {
    Node& node = nodes_[i];
    TokenKind first = tokens_[node.first_token].kind;
    if (node.kind != NodeKind::IdentPat || first == TokenKind::KwMut || first == TokenKind::KwRef) continue;
    node.flags |= Node::kRecoveredMut;
    binding_starts.push_back(tokens_[node.first_token].offset);
  }
  std::sort(binding_starts.begin(), binding_starts.end());
  Span span{file_.id(), tokens_[mut_token].offset, previous_token_end().begin};
  std::string_view text = file_.text();
  std::string fix;
  uint32_t from = tokens_[mut_token + 1].offset;
  for (uint32_t start : binding_starts) {
    fix.append(text.substr(from, start - from)).append("mut ");
    from = start;
  }
  fix.append(text.substr(from, span.end - from));
  error_at(span, DiagKind::MutBeforeNestedPattern, {});
  diagnostics_.back().with_note("`mut` may be followed by `variable` and `variable @ pattern`");
  diagnostics_.back().with_fix(span, fix, "add `mut` to each binding", Applicability::MachineApplicable,
                               SuggestionStyle::ShowAlways);
}

}  // namespace sluice
