// Items, attributes, visibility, generics and token trees.
#include <utility>
#include <string>

#include "analysis/parse/parser.h"

namespace sluice {

// ---- attributes and token trees

void Parser::parse_outer_attributes() {
  while (true) {
    if (at(TokenKind::OuterDocComment)) {
      leaf(NodeKind::DocComment);
    } else if (at(TokenKind::Pound) && nth(1) == TokenKind::OpenBracket) {
      parse_attribute(false);
    } else if (at(TokenKind::Pound) && nth(1) == TokenKind::Bang && nth(2) == TokenKind::OpenBracket) {
      const Token& t = tokens_[pos_];
      error_at(Span{file_.id(), t.offset, t.end()}, DiagKind::InnerAttributeNotPermitted, {});
      parse_attribute(true);
    } else {
      return;
    }
  }
}

void Parser::parse_inner_attributes() {
  while (true) {
    if (at(TokenKind::InnerDocComment)) {
      leaf(NodeKind::DocComment, 1, 1);
    } else if (at(TokenKind::Pound) && nth(1) == TokenKind::Bang && nth(2) == TokenKind::OpenBracket) {
      parse_attribute(true);
    } else {
      return;
    }
  }
}

// #[path] / #[path(tokens)] / #[path = expr] / #[unsafe(path ...)]
void Parser::parse_attribute(bool inner) {
  Marker m = mark();
  bump(inner ? 2 : 1);  // # or #!
  uint32_t open = pos_;
  bump();  // [
  Marker meta = mark();
  bool wrapped_in_unsafe = at(TokenKind::KwUnsafe) && nth(1) == TokenKind::OpenParen;
  if (wrapped_in_unsafe) bump(2);
  parse_path(PathStyle::Mod);
  if (at(TokenKind::OpenParen) || at(TokenKind::OpenBracket) || at(TokenKind::OpenBrace)) {
    parse_token_tree();
  } else if (eat(TokenKind::Eq)) {
    parse_expr();
  }
  if (wrapped_in_unsafe) expect(TokenKind::CloseParen);
  finish(meta, NodeKind::Meta);
  if (!at(TokenKind::CloseBracket)) {
    error_expected_token(TokenKind::CloseBracket);
    skip_to_close_of(open);
    panicking_ = false;
  }
  eat(TokenKind::CloseBracket);
  finish(m, NodeKind::Attr, inner ? 1 : 0);
  attributes_.push_back(NodeId(static_cast<uint32_t>(nodes_.size() - 1)));
}

void Parser::parse_token_tree() {
  Marker m = mark();
  if (!is_open_delimiter(current())) {
    error_expected("one of `(`, `[`, or `{`");
    finish(m, NodeKind::TokenTree);
    return;
  }
  skip_group();
  finish(m, NodeKind::TokenTree);
}

// ---- visibility

bool Parser::at_visibility() const {
  return at(TokenKind::KwPub) || (at(TokenKind::KwCrate) && nth(1) != TokenKind::Colon && !at_path_sep(1));
}

void Parser::parse_visibility() {
  Marker m = mark();
  if (at(TokenKind::KwCrate)) {
    bump();
    finish(m, NodeKind::Visibility);
    return;
  }
  bump();  // pub
  if (at(TokenKind::OpenParen)) {
    TokenKind inside = nth(1);
    bool simple = (inside == TokenKind::KwCrate || inside == TokenKind::KwSelfValue || inside == TokenKind::KwSuper) &&
                  nth(2) == TokenKind::CloseParen;
    if (simple) {
      bump();
      leaf(NodeKind::NameRef);
      bump();
    } else if (inside == TokenKind::KwIn) {
      bump(2);
      parse_path(PathStyle::Mod);
      expect(TokenKind::CloseParen);
    }
  }
  finish(m, NodeKind::Visibility);
}

// ---- item dispatch

bool Parser::report_attributes_on_nothing(const Marker& m) {
  if (m.node_start == nodes_.size() || !at(TokenKind::CloseBrace)) return false;
  bool doc = nodes_.back().kind == NodeKind::DocComment;
  error_at(last_node_span(), doc ? DiagKind::DocCommentDocumentsNothing : DiagKind::ExpectedItemAfterAttributes, {});
  if (doc) diagnostics_.back().with_help(std::string(kDocCommentHelp));
  return true;
}

bool Parser::at_item_start() const {
  switch (current()) {
    case TokenKind::KwFn: case TokenKind::KwStruct: case TokenKind::KwEnum: case TokenKind::KwTrait:
    case TokenKind::KwImpl: case TokenKind::KwMod: case TokenKind::KwUse: case TokenKind::KwStatic:
    case TokenKind::KwType: case TokenKind::KwExtern: case TokenKind::KwPub: case TokenKind::KwMacro:
      return true;
    case TokenKind::KwConst:
      return nth(1) != TokenKind::OpenBrace;
    case TokenKind::KwUnsafe:
      return nth(1) != TokenKind::OpenBrace;
    case TokenKind::KwAsync:
      return nth(1) == TokenKind::KwFn || nth(1) == TokenKind::KwUnsafe || nth(1) == TokenKind::KwExtern;
    case TokenKind::KwCrate:
      return at_visibility();
    case TokenKind::Ident:
      return (at_word("union") && nth(1) == TokenKind::Ident) ||
             (at_word("macro_rules") && nth(1) == TokenKind::Bang &&
              (nth(2) == TokenKind::Ident || nth(2) == TokenKind::RawIdent)) ||
             (at_word("auto") && nth(1) == TokenKind::KwTrait) ||
             (at_word("default") && (nth(1) == TokenKind::KwFn || nth(1) == TokenKind::KwImpl ||
                                      nth(1) == TokenKind::KwConst || nth(1) == TokenKind::KwType ||
                                      nth(1) == TokenKind::KwUnsafe || nth(1) == TokenKind::KwAsync)) ||
             (at_word("safe") && (nth(1) == TokenKind::KwFn || nth(1) == TokenKind::KwStatic));
    default:
      return false;
  }
}

void Parser::parse_items_until(TokenKind close) {
  while (!at_eof() && !at(close)) {
    if (close != TokenKind::Eof && is_close_delimiter(current())) break;
    uint32_t before = pos_;
    parse_item_or_recover();
    if (pos_ == before) bump();  // never spin
  }
}

// Items sync at the next token that starts an item at this nesting level.
void Parser::parse_item_or_recover() {
  Marker m = mark();
  parse_outer_attributes();
  if (!parse_item_after_attrs(m)) {
    if (m.node_start != nodes_.size()) {
      // Attributes with nothing after them: rustc points at the last one.
      bool doc = nodes_.back().kind == NodeKind::DocComment;
      error_at(last_node_span(), doc ? DiagKind::ExpectedItemAfterDocComment : DiagKind::ExpectedItemAfterAttributes, {});
      panicking_ = true;
    } else {
      error_expected("item");
    }
  }
  if (!panicking_) return;
  Marker skipped = mark();
  while (!at_eof() && !is_close_delimiter(current())) {
    if (at_item_start() && (tokens_[pos_].flags & Token::kPrecededByNewline)) break;
    if (is_open_delimiter(current())) skip_group(); else bump();
  }
  if (pos_ != skipped.token_start) finish(skipped, NodeKind::Error);
  panicking_ = false;
}

// Returns false when no item starts here (nothing consumed after the attributes).
bool Parser::parse_item_after_attrs(const Marker& m) {
  if (at_visibility()) {
    Span visibility_start = token_span_here();
    parse_visibility();
    bool macro_call = (at(TokenKind::Ident) || at_path_sep()) && !at_item_start();
    if (!at_item_start() && !macro_call && !at_word("default")) {
      Span visibility{file_.id(), visibility_start.begin, last_node_span().end};
      std::string text(file_.text().substr(visibility.begin, visibility.length()));
      error_at(visibility, DiagKind::VisibilityWithoutItem, {text});
      panicking_ = true;
      return true;
    }
  }
  if (at_word("default") && nth(1) != TokenKind::Bang && nth(1) != TokenKind::Colon && !at_path_sep(1)) {
    modifier(ModifierKind::Default);
  }
  switch (current()) {
    case TokenKind::KwUse: parse_use(m); return true;
    case TokenKind::KwStruct: parse_struct_or_union(m, NodeKind::StructItem); return true;
    case TokenKind::KwEnum: parse_enum(m); return true;
    case TokenKind::KwTrait: parse_trait(m); return true;
    case TokenKind::KwImpl: parse_impl(m); return true;
    case TokenKind::KwMod: parse_mod(m); return true;
    case TokenKind::KwType: parse_type_alias(m); return true;
    case TokenKind::KwStatic: parse_const_or_static(m, NodeKind::StaticItem); return true;
    case TokenKind::KwMacro: parse_macro_def(m); return true;
    case TokenKind::KwFn: parse_fn(m); return true;
    default: break;
  }
  if (at(TokenKind::KwConst)) {
    bool is_fn = nth(1) == TokenKind::KwFn || nth(1) == TokenKind::KwUnsafe || nth(1) == TokenKind::KwAsync ||
                 nth(1) == TokenKind::KwExtern;
    if (is_fn) parse_fn(m); else parse_const_or_static(m, NodeKind::ConstItem);
    return true;
  }
  if (at(TokenKind::KwUnsafe)) {
    TokenKind next = nth(1);
    if (next == TokenKind::KwImpl) { parse_impl(m); return true; }
    if (next == TokenKind::KwTrait || (next == TokenKind::Ident && at_word("auto", 1))) { parse_trait(m); return true; }
    if (next == TokenKind::KwMod) { modifier(ModifierKind::Unsafe); parse_mod(m); return true; }
    if (next == TokenKind::KwExtern && nth(2) != TokenKind::KwFn &&
        !(is_literal(nth(2)) && nth(3) == TokenKind::KwFn)) {
      modifier(ModifierKind::Unsafe);
      parse_extern_block(m);
      return true;
    }
    bool fn_follows = next == TokenKind::KwFn || next == TokenKind::KwExtern || next == TokenKind::KwAsync ||
                      next == TokenKind::KwConst || at_word("safe", 1);
    if (!fn_follows) return false;  // `unsafe "C" {`: no item here
    parse_fn(m);
    return true;
  }
  if (at(TokenKind::KwAsync) || at_word("safe")) {
    if (at_word("safe") && nth(1) == TokenKind::KwStatic) {
      modifier(ModifierKind::Safe);
      parse_const_or_static(m, NodeKind::StaticItem);
      return true;
    }
    parse_fn(m);
    return true;
  }
  if (at(TokenKind::KwExtern)) {
    TokenKind next = nth(1);
    if (next == TokenKind::KwCrate) { parse_extern_crate(m); return true; }
    // `extern "C" unsafe fn` is a misordered function, not an extern block.
    auto is_fn_word = [&](uint32_t ahead) {
      TokenKind k = nth(ahead);
      return k == TokenKind::KwFn || k == TokenKind::KwUnsafe || k == TokenKind::KwAsync || k == TokenKind::KwConst ||
             at_word("safe", ahead);
    };
    bool fn_follows = is_fn_word(1) || (is_literal(next) && is_fn_word(2));
    if (fn_follows) parse_fn(m); else parse_extern_block(m);
    return true;
  }
  if (at_word("union") && nth(1) == TokenKind::Ident) { parse_struct_or_union(m, NodeKind::UnionItem); return true; }
  if (at_word("auto") && nth(1) == TokenKind::KwTrait) { parse_trait(m); return true; }
  if (at_word("macro_rules") && nth(1) == TokenKind::Bang &&
      (nth(2) == TokenKind::Ident || nth(2) == TokenKind::RawIdent)) {
    parse_macro_rules(m);
    return true;
  }
  bool path_start = at(TokenKind::Ident) || at(TokenKind::KwSelfValue) || at(TokenKind::KwSuper) ||
                    at(TokenKind::KwCrate) || at_path_sep();
  if (path_start) {
    parse_macro_call_item(m);
    return true;
  }
  return false;
}

void Parser::parse_name() {
  if (at(TokenKind::Ident) || at(TokenKind::RawIdent)) {
    leaf(NodeKind::Name);
    return;
  }
  error_expected("identifier");
  missing(NodeKind::Name);
}

// ---- functions

void Parser::parse_abi() {
  Marker m = mark();
  bump();  // extern
  if (at(TokenKind::StrLiteral) || at(TokenKind::RawStrLiteral)) leaf(NodeKind::Literal);
  finish(m, NodeKind::Abi);
}

// Qualifiers come in rustc's order: const, async, unsafe/safe, extern "abi".
// One out of order is reported as rustc does ("expected one of `extern` or
// `fn`, found keyword `async`").
void Parser::parse_fn_qualifiers() {
  int stage = 0;  // how far along const(1) async(2) safety(3) extern(4) we are
  while (true) {
    int next;
    if (at(TokenKind::KwConst)) next = 1;
    else if (at(TokenKind::KwAsync)) next = 2;
    else if (at(TokenKind::KwUnsafe) || at_word("safe")) next = 3;
    else if (at(TokenKind::KwExtern)) next = 4;
    else return;
    if (next <= stage) {
      static constexpr std::string_view kExpected[] = {
          "", "one of `async`, `extern`, `fn`, `safe`, or `unsafe`", "one of `extern`, `fn`, `safe`, or `unsafe`",
          "one of `extern` or `fn`", "`fn`"};
      error_expected(kExpected[stage]);
      return;
    }
    stage = next;
    if (next == 1) modifier(ModifierKind::Const);
    else if (next == 2) modifier(ModifierKind::Async);
    else if (next == 3) modifier(at(TokenKind::KwUnsafe) ? ModifierKind::Unsafe : ModifierKind::Safe);
    else parse_abi();
  }
}

void Parser::parse_fn(const Marker& m) {
  parse_fn_qualifiers();
  if (panicking_ || !expect(TokenKind::KwFn)) {
    finish(m, NodeKind::FnItem);
    return;
  }
  parse_name();
  if (at(TokenKind::Lt)) parse_generic_params();
  if (!panicking_) parse_param_list(ParamListKind::Fn);
  if (!panicking_ && at_joint(TokenKind::Eq, TokenKind::Gt)) {
    // `fn f() => u64`: rustc reports the arrow and reads it as `->`.
    Span arrow{file_.id(), tokens_[pos_].offset, tokens_[pos_ + 1].end()};
    error_at(arrow, DiagKind::FatArrowReturnType, {});
    diagnostics_.back().with_fix(arrow, "->", "use `->` instead", Applicability::MachineApplicable,
                                 SuggestionStyle::ShowAlways);
    parse_ret_type(true);
  }
  if (!panicking_ && at_joint(TokenKind::Minus, TokenKind::Gt)) parse_ret_type(true);
  if (!panicking_ && at(TokenKind::KwWhere)) parse_where_clause();
  if (!panicking_) {
    if (at(TokenKind::OpenBrace)) {
      parse_block_expr();
    } else if (at(TokenKind::Eq)) {
      // `fn f() = expr;`: rustc parses the expression, wants its `;`, then
      // says a body cannot be written so.
      Span equals = token_span_here();
      bump();
      parse_expr();
      expect_semicolon();
      panicking_ = false;
      error_at(equals, DiagKind::FnBodyIsExpression, {});
    } else if (!eat(TokenKind::Semi)) {
      bool on_new_line = (tokens_[pos_].flags & Token::kPrecededByNewline) != 0;
      if (body_optional_ && on_new_line && (at_item_start() || at(TokenKind::CloseBrace))) {
        expect_semicolon();  // `fn f()` then the next item: rustc asks for `;`
      } else {
        std::string found = describe_current();
        error_at(token_span_here(), DiagKind::MissingFnBody, {found});
        panicking_ = true;
      }
    }
  }
  finish(m, NodeKind::FnItem);
}

// Function items allow `-> impl A + B`; function pointers and `Fn() -> T`
// bounds do not (the `+` belongs to the enclosing bounds there).
void Parser::parse_ret_type(bool allow_plus) {
  Marker m = mark();
  bump(2);  // ->
  parse_type(allow_plus);
  finish(m, NodeKind::RetType);
}

bool Parser::at_self_param() const {
  uint32_t i = 0;
  if (nth(0) == TokenKind::And) {
    i = 1;
    if (nth(i) == TokenKind::Lifetime) ++i;
    if (nth(i) == TokenKind::KwMut) ++i;
  } else if (nth(0) == TokenKind::KwMut) {
    i = 1;
  }
  return nth(i) == TokenKind::KwSelfValue && !at_path_sep(i + 1);
}

void Parser::parse_self_param() {
  Marker m = mark();
  if (eat(TokenKind::And)) {
    modifier(ModifierKind::Ref, 0);
    if (at_lifetime()) leaf(NodeKind::Lifetime);
  }
  if (at(TokenKind::KwMut)) modifier(ModifierKind::Mut);
  leaf(NodeKind::Name);  // self
  if (eat(TokenKind::Colon)) parse_type();
  finish(m, NodeKind::SelfParam);
}

// A parameter takes only lint and cfg attributes (rustc's AST validation):
// a doc comment or another built-in attribute is an error, reported here
// once per attribute; the parameter is parsed and checked as usual.
void Parser::report_parameter_attributes(uint32_t attributes_start, uint32_t attributes_end) {
  static constexpr std::string_view kAllowed[] = {"allow", "cfg", "cfg_attr", "deny", "expect", "forbid", "warn"};
  for (uint32_t root : top_level_nodes(attributes_start, attributes_end)) {
    const Node& attr = nodes_[root];
    Span span = finished_node_span(root);
    if (attr.kind == NodeKind::DocComment) {
      error_at(span, DiagKind::DocCommentOnParameter, {});
      diagnostics_.back().with_label("doc comments are not allowed here");
      continue;
    }
    // `#[name ...]`: a path of one segment names a built-in attribute or an unknown one; `#[tool::name]` is neither.
    uint32_t name = attr.first_token + (tokens_[attr.first_token + 1].kind == TokenKind::Bang ? 3 : 2);
    if (name >= attr.end_token || tokens_[name].kind != TokenKind::Ident) continue;
    if (name + 1 < attr.end_token && tokens_[name + 1].kind == TokenKind::Colon) continue;
    std::string_view text = text_of(name);
    if (!is_builtin_attribute(text) || std::find(std::begin(kAllowed), std::end(kAllowed), text) != std::end(kAllowed)) {
      continue;
    }
    if (text == "derive" || text == "test" || text == "bench") {  // attribute macros, which rustc expands first
      const Token& t = tokens_[name];
      error_at(Span{file_.id(), t.offset, t.end()}, DiagKind::MacroAttributeOnParameter, {text});
      diagnostics_.back().with_label("not a non-macro attribute");
      continue;
    }
    error_at(span, DiagKind::AttributeOnParameter, {});
  }
}

void Parser::parse_param(ParamListKind kind, bool first) {
  Marker m = mark();
  parse_outer_attributes();
  if (nodes_.size() != m.node_start) report_parameter_attributes(m.node_start, static_cast<uint32_t>(nodes_.size()));
  if (kind == ParamListKind::Closure) {
    parse_pattern_no_alt();
    if (eat(TokenKind::Colon)) parse_type();
    finish(m, NodeKind::Param);
    return;
  }
  if (at_joint3(TokenKind::Dot, TokenKind::Dot, TokenKind::Dot)) {
    bump(3);
    finish(m, NodeKind::VariadicParam);
    return;
  }
  if (at_self_param()) {
    parse_self_param();
    if (!first) {
      // rustc recovers it as a plain parameter named `self` (lower_fn, check_body).
      error_at(last_node_span(), DiagKind::SelfParamNotFirst, {});
      diagnostics_.back().with_label("must be the first parameter of an associated function");
    }
    finish(m, NodeKind::Param);
    return;
  }
  // Function pointer types name their parameters only optionally: `fn(u8)`;
  // so do 2015-edition trait methods: `fn log(&self, &str);`.
  bool named = (at(TokenKind::Ident) || at(TokenKind::RawIdent)) && nth(1) == TokenKind::Colon && !at_path_sep(1);
  bool anonymous = kind == ParamListKind::FnPtr
                       ? !named
                       : options_.edition == Edition::E2015 && !param_has_top_level_colon();
  if (anonymous) {
    parse_type();
    finish(m, NodeKind::Param);
    return;
  }
  uint32_t pattern_start = pos_;
  parse_pattern_no_alt();
  if (eat(TokenKind::Colon)) {
    if (at_joint3(TokenKind::Dot, TokenKind::Dot, TokenKind::Dot)) {
      bump(3);
      finish(m, NodeKind::VariadicParam);
      return;
    }
    parse_type();
  } else if (!panicking_ && (at(TokenKind::Comma) || at(TokenKind::CloseParen))) {
    report_untyped_param(pattern_start);
  } else if (!panicking_) {
    error_expected("one of `:`, `@`, or `|`");
  }
  finish(m, NodeKind::Param);
}

// `fn add(a, b)`: rustc reports each parameter without a type, with its two
// readings, and goes on with the list (the parameter's type is unknown).
void Parser::report_untyped_param(uint32_t pattern_start) {
  bool named = nodes_.back().kind == NodeKind::IdentPat;
  error_expected(named ? "one of `:`, `@`, or `|`" : "one of `:` or `|`");
  panicking_ = false;
  Span start{file_.id(), tokens_[pattern_start].offset, tokens_[pattern_start].offset};
  Diagnostic& d = diagnostics_.back();
  if (named) {
    d.with_fix(previous_token_end(), ": TypeName", "if this is a parameter name, give it a type", Applicability::HasPlaceholders,
               SuggestionStyle::ShowAlways);
  }
  d.with_fix(start, "_: ", named ? "if this is a type, explicitly ignore the parameter name" : "explicitly ignore the parameter name",
             Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
}

// Whether the parameter starting here has a `:` outside any brackets before
// its `,` or `)`: `pat: Type` rather than a bare type.
bool Parser::param_has_top_level_colon() const {
  uint32_t depth = 0;
  for (uint32_t i = pos_; i < tokens_.size(); ++i) {
    TokenKind kind = tokens_[i].kind;
    if (kind == TokenKind::Eof) return false;
    if (is_open_delimiter(kind) || kind == TokenKind::Lt) {
      ++depth;
    } else if (is_close_delimiter(kind) || kind == TokenKind::Gt) {
      if (depth == 0) return false;
      --depth;
    } else if (depth == 0 && kind == TokenKind::Comma) {
      return false;
    } else if (depth == 0 && kind == TokenKind::Colon) {
      bool path_separator = (tokens_[i].is_joint() && token_at(i + 1).kind == TokenKind::Colon) ||
                            (i > 0 && tokens_[i - 1].kind == TokenKind::Colon && tokens_[i - 1].is_joint());
      if (!path_separator) return true;
    }
  }
  return false;
}

// (params) for functions and function pointers; |params| for closures.
void Parser::parse_param_list(ParamListKind kind) {
  Marker m = mark();
  bool closure = kind == ParamListKind::Closure;
  TokenKind close = closure ? TokenKind::Or : TokenKind::CloseParen;
  if (closure) {
    if (at_joint(TokenKind::Or, TokenKind::Or)) {
      bump(2);
      finish(m, NodeKind::ClosureParamList);
      return;
    }
    bump();
  } else if (!expect(TokenKind::OpenParen)) {
    finish(m, NodeKind::ParamList);
    return;
  }
  bool first = true;
  parse_comma_separated(close, closure ? "one of `,` or `|`" : "one of `,` or `)`", [&] {
    parse_param(kind, std::exchange(first, false));
    return true;
  });
  if (!closure) recover_list(TokenKind::CloseParen);
  if (!panicking_) expect(close);
  finish(m, closure ? NodeKind::ClosureParamList : NodeKind::ParamList);
}

// ---- structs, unions, enums

void Parser::parse_struct_or_union(const Marker& m, NodeKind kind) {
  bump();  // struct / union
  parse_name();
  Span name = last_node_span();
  if (at(TokenKind::Lt)) parse_generic_params();
  if (at(TokenKind::KwWhere)) parse_where_clause();
  if (at(TokenKind::OpenBrace)) {
    parse_record_field_list(kind == NodeKind::StructItem ? name : Span{});
  } else if (kind == NodeKind::StructItem && at(TokenKind::OpenParen)) {
    parse_tuple_field_list();
    if (at(TokenKind::KwWhere)) parse_where_clause();
    if (!panicking_) expect_semicolon();
  } else if (kind == NodeKind::StructItem && at(TokenKind::Semi)) {
    bump();
  } else {
    error_expected(kind == NodeKind::StructItem ? "`where`, `{`, `(`, or `;` after struct name" : "`where` or `{` after union name");
  }
  finish(m, kind);
}

void Parser::parse_record_field_list(Span owner_name) {
  Marker m = mark();
  uint32_t open = pos_;
  bump();  // {
  while (!at_eof() && !at(TokenKind::CloseBrace) && !panicking_) {
    Marker f = mark();
    parse_outer_attributes();
    if (report_attributes_on_nothing(f)) {
      finish(f, NodeKind::Error);
      break;
    }
    if (at_visibility()) parse_visibility();
    if (at_word("unsafe") || at(TokenKind::KwUnsafe)) modifier(ModifierKind::Unsafe);
    parse_name();
    if (!panicking_) expect(TokenKind::Colon);
    if (!panicking_) parse_type();
    if (!panicking_ && at(TokenKind::Eq)) {
      parse_default_value([&] { parse_expr(); });
    }
    finish(f, NodeKind::RecordField);
    if (at(TokenKind::CloseBrace) || panicking_) break;
    if (!eat(TokenKind::Comma)) recover_field_separator(owner_name);
  }
  if (panicking_) {
    skip_to_close_of(open);
    panicking_ = false;
  }
  expect(TokenKind::CloseBrace);
  finish(m, NodeKind::RecordFieldList);
}

// A field not followed by `,`: rustc reads on when the next token can start a
// field (`x: u32 y: u32`, or a `;` in place of the `,`) and stops otherwise.
void Parser::recover_field_separator(Span owner_name) {
  Span end = previous_token_end();
  if (at(TokenKind::Semi)) {
    error_at(token_span_here(), DiagKind::StructFieldsSeparatedByComma, {});
    if (!owner_name.is_none()) diagnostics_.back().with_secondary(owner_name, "while parsing this struct");
    diagnostics_.back().with_fix(token_span_here(), ",", "replace `;` with `,`", Applicability::MachineApplicable,
                                 SuggestionStyle::HideCodeInline);
    bump();
    return;
  }
  error_at(end, DiagKind::ExpectedFieldSeparator, {describe_current()});
  if (at(TokenKind::Ident) || at(TokenKind::RawIdent) || is_keyword(current())) {
    diagnostics_.back().with_fix(end, ",", "try adding a comma", Applicability::MachineApplicable);
    return;
  }
  panicking_ = true;
}

void Parser::parse_tuple_field_list() {
  Marker m = mark();
  bump();  // (
  parse_comma_separated(TokenKind::CloseParen, "one of `)` or `,`", [&] {
    Marker f = mark();
    parse_outer_attributes();
    if (at_visibility()) parse_visibility();
    parse_type();
    finish(f, NodeKind::TupleField);
    return true;
  });
  recover_list(TokenKind::CloseParen);
  expect(TokenKind::CloseParen);
  finish(m, NodeKind::TupleFieldList);
}

void Parser::parse_enum(const Marker& m) {
  bump();  // enum
  parse_name();
  Span name = last_node_span();
  if (at(TokenKind::Lt)) parse_generic_params();
  if (at(TokenKind::KwWhere)) parse_where_clause();
  Marker list = mark();
  uint32_t open = pos_;
  if (expect(TokenKind::OpenBrace)) {
    // A missing `,` between variants is reported and the next one parsed
    // anyway, as rustc does (a variant left out would cascade into E0599).
    while (!at_eof() && !at(TokenKind::CloseBrace) && !panicking_) {
      if (!parse_variant(name)) break;
      while (!at(TokenKind::CloseBrace) && !at_eof() && !panicking_ && !eat(TokenKind::Comma)) {
        report_missing_comma(expected_after_variant());
        if (!parse_after_missing_comma([&] { parse_variant(name); })) break;
      }
    }
    if (panicking_) {
      skip_to_close_of(open);
      panicking_ = false;
    }
    expect(TokenKind::CloseBrace);
  }
  finish(list, NodeKind::VariantList);
  finish(m, NodeKind::EnumItem);
}

// One enum variant: false after attributes on nothing (reported).
bool Parser::parse_variant(Span enum_name) {
  Marker v = mark();
  parse_outer_attributes();
  if (report_attributes_on_nothing(v)) return false;
  if (at_visibility()) parse_visibility();
  size_t reported = diagnostics_.size();
  parse_name();
  if (diagnostics_.size() > reported) {
    diagnostics_.back().with_secondary(enum_name, "while parsing this enum");
    diagnostics_.back().with_help(
        "enum variants can be `Variant`, `Variant = <integer>`, `Variant(Type, ..., TypeN)` or `Variant { fields: Types }`");
  }
  if (at(TokenKind::OpenBrace)) parse_record_field_list(Span{});
  else if (at(TokenKind::OpenParen)) parse_tuple_field_list();
  if (at(TokenKind::Eq)) {
    Marker d = mark();
    bump();
    parse_expr();
    finish(d, NodeKind::Discriminant);
  }
  finish(v, NodeKind::Variant);
  return true;
}

// What may follow the variant just parsed, in rustc's words.
std::string_view Parser::expected_after_variant() const {
  NodeKind last = nodes_.size() >= 2 ? nodes_[nodes_.size() - 2].kind : NodeKind::Name;  // the variant's last part
  if (last == NodeKind::Discriminant) return "one of `,`, `.`, `?`, `}`, or an operator";
  if (last == NodeKind::RecordFieldList || last == NodeKind::TupleFieldList) return "one of `,`, `=`, or `}`";
  return "one of `(`, `,`, `=`, `{`, or `}`";
}

// ---- traits, impls, modules

void Parser::parse_trait(const Marker& m) {
  if (at(TokenKind::KwUnsafe)) modifier(ModifierKind::Unsafe);
  if (at_word("auto")) modifier(ModifierKind::Auto);
  bump();  // trait
  parse_name();
  if (at(TokenKind::Lt)) parse_generic_params();
  if (at(TokenKind::Eq)) {  // trait alias
    bump();
    parse_bounds();
    if (at(TokenKind::KwWhere)) parse_where_clause();
    if (!panicking_) expect_semicolon();
    finish(m, NodeKind::TraitAliasItem);
    return;
  }
  if (eat(TokenKind::Colon) && !at(TokenKind::OpenBrace) && !at(TokenKind::KwWhere)) parse_bounds();
  if (at(TokenKind::KwWhere)) parse_where_clause();
  bool outer = body_optional_;
  body_optional_ = true;
  if (!panicking_) parse_item_list();
  body_optional_ = outer;
  finish(m, NodeKind::TraitItem);
}

void Parser::parse_impl(const Marker& m) {
  if (at(TokenKind::KwUnsafe)) modifier(ModifierKind::Unsafe);
  bump();  // impl
  // `impl<T>` has generics; `impl <T as X>::Y` would be a qualified path (rare).
  if (at(TokenKind::Lt) && !(nth(1) == TokenKind::Lt)) parse_generic_params();
  if (at(TokenKind::KwConst)) modifier(ModifierKind::Const);
  if (at(TokenKind::Bang)) modifier(ModifierKind::Not);
  if (at(TokenKind::KwImpl)) {
    error_at(token_span_here(), DiagKind::UnexpectedImplKeyword, {});
    bump();
  }
  uint32_t first_type = static_cast<uint32_t>(nodes_.size());
  parse_type();
  if (at(TokenKind::KwFor)) {
    // `impl Trait for Type`: only a path can name the trait.
    NodeKind trait_kind = nodes_.size() > first_type ? nodes_.back().kind : NodeKind::Error;
    if (trait_kind != NodeKind::PathType && trait_kind != NodeKind::DynTraitType && trait_kind != NodeKind::Error) {
      error_at(last_node_span(), DiagKind::ExpectedTraitFoundType, {});
    }
    bump();
    parse_type();
  }
  if (at(TokenKind::KwWhere)) parse_where_clause();
  bool outer = body_optional_;
  body_optional_ = false;
  if (!panicking_) parse_item_list();
  body_optional_ = outer;
  finish(m, NodeKind::ImplItem);
}

void Parser::parse_item_list() {
  Marker m = mark();
  uint32_t open = pos_;
  if (!expect(TokenKind::OpenBrace)) {
    finish(m, NodeKind::ItemList);
    return;
  }
  if (!enter_nested()) {
    finish(m, NodeKind::ItemList);
    return;
  }
  parse_inner_attributes();
  parse_items_until(TokenKind::CloseBrace);
  leave_nested();
  if (!at(TokenKind::CloseBrace)) skip_to_close_of(open);
  expect(TokenKind::CloseBrace);
  finish(m, NodeKind::ItemList);
}

void Parser::parse_mod(const Marker& m) {
  bump();  // mod
  parse_name();
  if (!eat(TokenKind::Semi) && !panicking_) {
    if (at(TokenKind::OpenBrace)) parse_item_list(); else error_expected("one of `;` or `{`");
  }
  finish(m, NodeKind::ModItem);
}

// ---- use, const, static, type, extern, macros

void Parser::parse_use(const Marker& m) {
  bump();  // use
  parse_use_tree();
  if (!panicking_) expect_semicolon();
  finish(m, NodeKind::UseItem);
}

void Parser::parse_use_tree() {
  Marker m = mark();
  if (!enter_nested()) {
    finish(m, NodeKind::UseTree);
    return;
  }
  bool has_path = !at(TokenKind::Star) && !at(TokenKind::OpenBrace) &&
                  !(at_path_sep() && (nth(2) == TokenKind::OpenBrace || nth(2) == TokenKind::Star));
  if (has_path) {
    parse_path(PathStyle::Mod);
  } else if (at_path_sep()) {
    bump(2);
  }
  if (at_path_sep() && (nth(2) == TokenKind::OpenBrace || nth(2) == TokenKind::Star)) {
    bump(2);
  } else if (has_path && (at(TokenKind::OpenBrace) || at(TokenKind::Star))) {
    error_expected("one of `::`, `;`, or `as`");  // `use a::b{c}`
  }
  if (at(TokenKind::Star)) {
    leaf(NodeKind::UseGlob);
  } else if (at(TokenKind::OpenBrace)) {
    Marker list = mark();
    bump();
    parse_comma_separated(TokenKind::CloseBrace, "one of `,`, `::`, `as`, or `}`", [&] {
      parse_use_tree();
      return true;
    });
    recover_list(TokenKind::CloseBrace);
    expect(TokenKind::CloseBrace);
    finish(list, NodeKind::UseTreeList);
  } else if (at(TokenKind::KwAs)) {
    Marker r = mark();
    bump();
    if (at(TokenKind::Ident) && text_of(pos_) == "_") leaf(NodeKind::Name); else parse_name();
    finish(r, NodeKind::Rename);
  } else if (!has_path) {
    error_expected("identifier");
  }
  leave_nested();
  finish(m, NodeKind::UseTree);
}

void Parser::parse_const_or_static(const Marker& m, NodeKind kind) {
  bump();  // const / static
  if (kind == NodeKind::StaticItem && at(TokenKind::KwMut)) modifier(ModifierKind::Mut);
  if (at(TokenKind::Ident) && text_of(pos_) == "_") leaf(NodeKind::Name); else parse_name();
  if (kind == NodeKind::ConstItem && at(TokenKind::Lt)) parse_generic_params();
  if (!panicking_) {
    if (eat(TokenKind::Colon)) parse_type();
    else if (at(TokenKind::Eq)) report_missing_item_type(kind);  // the type stays missing: unknown
    else error_expected("`:`");
  }
  std::string expected = "`;`";
  if (!panicking_ && at(TokenKind::Eq)) {
    parse_default_value([&] {
      parse_expr();
      bool ends = at(TokenKind::Semi) || at(TokenKind::KwWhere);
      if (!panicking_ && !ends) expected = expected_after_expr({";", kind == NodeKind::ConstItem ? "where" : ";"});
    });
  }
  if (!panicking_ && at(TokenKind::KwWhere)) parse_where_clause();
  if (!panicking_) expect_semicolon(expected);
  finish(m, kind);
}

// `const MAX = 64;`: rustc's own error, with the type a literal would have.
void Parser::report_missing_item_type(NodeKind kind) {
  bool is_const = kind == NodeKind::ConstItem;
  uint32_t end = tokens_[pos_ - 1].end();
  error_at(Span{file_.id(), end, end}, DiagKind::MissingItemType, {is_const ? "const" : "static"});
  std::string type = "<type>";
  switch (nth(1)) {
    case TokenKind::IntLiteral: type = "i32"; break;
    case TokenKind::FloatLiteral: type = "f64"; break;
    case TokenKind::StrLiteral: case TokenKind::RawStrLiteral: type = "&str"; break;
    case TokenKind::CharLiteral: type = "char"; break;
    case TokenKind::KwTrue: case TokenKind::KwFalse: type = "bool"; break;
    default: break;
  }
  bool alone = nth(2) == TokenKind::Semi;  // `= 64;`, not `= 64 * 2;`
  if (!alone || (nth(1) == TokenKind::IntLiteral && (tokens_[pos_ + 1].flags & Token::kHasSuffix))) type = "<type>";
  diagnostics_.back().with_fix(Span{file_.id(), end, end}, ": " + type,
                               is_const ? "provide a type for the constant" : "provide a type for the static variable",
                               Applicability::HasPlaceholders, SuggestionStyle::ShowCode);
}

void Parser::parse_type_alias(const Marker& m) {
  bump();  // type
  parse_name();
  if (at(TokenKind::Lt)) parse_generic_params();
  if (eat(TokenKind::Colon)) parse_bounds();
  if (at(TokenKind::KwWhere)) parse_where_clause();
  if (at(TokenKind::Eq)) {
    parse_default_value([&] { parse_type(); });
  }
  if (at(TokenKind::KwWhere)) parse_where_clause();
  if (!panicking_) expect_semicolon();
  finish(m, NodeKind::TypeAliasItem);
}

void Parser::parse_extern_crate(const Marker& m) {
  bump(2);  // extern crate
  if (at(TokenKind::KwSelfValue)) leaf(NodeKind::Name); else parse_name();
  if (at(TokenKind::KwAs)) {
    Marker r = mark();
    bump();
    if (at(TokenKind::Ident) && text_of(pos_) == "_") leaf(NodeKind::Name); else parse_name();
    finish(r, NodeKind::Rename);
  }
  if (!panicking_) expect_semicolon();
  finish(m, NodeKind::ExternCrateItem);
}

void Parser::parse_extern_block(const Marker& m) {
  parse_abi();
  bool outer = body_optional_;
  body_optional_ = true;
  parse_item_list();
  body_optional_ = outer;
  finish(m, NodeKind::ExternBlock);
}

void Parser::parse_macro_rules(const Marker& m) {
  bump(2);  // macro_rules !
  parse_name();
  bool braces = at(TokenKind::OpenBrace);
  Span open = token_span_here();
  parse_token_tree();
  if (!braces && !panicking_ && !eat(TokenKind::Semi)) {
    error_at(open, DiagKind::MacroNeedsSemicolon, {});
    diagnostics_.back().with_label("");
  }
  finish(m, NodeKind::MacroRules);
}

void Parser::parse_macro_def(const Marker& m) {
  bump();  // macro
  parse_name();
  if (at(TokenKind::OpenParen)) parse_token_tree();
  if (at(TokenKind::OpenBrace)) parse_token_tree(); else error_expected("`{`");
  finish(m, NodeKind::MacroDef);
}

// `path! (...)` at item level; braces need no `;`.
void Parser::parse_macro_call_item(const Marker& m) {
  Marker call = mark();
  parse_path(PathStyle::Mod);
  if (!eat(TokenKind::Bang)) {
    // `fucntion double(..)`: fatal in rustc, which reports nothing after it.
    error_expected("one of `!` or `::`");
    diagnostics_.back().kind = DiagKind::ExpectedFoundFatal;
    finish(call, NodeKind::MacroCall);
    finish(m, NodeKind::MacroCall);
    return;
  }
  if (at(TokenKind::Ident)) leaf(NodeKind::Name);  // old-style `macro_rules! name`-like invocations
  bool braces = at(TokenKind::OpenBrace);
  parse_token_tree();
  if (!braces && !panicking_) expect_semicolon();
  finish(call, NodeKind::MacroCall);
  finish(m, NodeKind::MacroCall);
}

// ---- generics

void Parser::parse_generic_params() {
  Marker m = mark();
  bump();  // <
  parse_comma_separated(TokenKind::Gt, "one of `,`, `:`, `=`, or `>`", [&] {
    Marker p = mark();
    parse_outer_attributes();
    if (at_lifetime()) {
      leaf(NodeKind::Lifetime);
      if (eat(TokenKind::Colon)) {
        while (at_lifetime()) {
          leaf(NodeKind::Lifetime);
          if (!eat(TokenKind::Plus)) break;
        }
      }
      finish(p, NodeKind::LifetimeParam);
    } else if (at(TokenKind::KwConst)) {
      bump();
      parse_name();
      if (!panicking_) expect(TokenKind::Colon);
      if (!panicking_) parse_type();
      if (!panicking_ && at(TokenKind::Eq)) {
        parse_default_value([&] {
          if (at(TokenKind::OpenBrace)) parse_block_expr(); else parse_prefix_expr({});
        });
      }
      finish(p, NodeKind::ConstParam);
    } else {
      parse_name();
      if (!panicking_ && eat(TokenKind::Colon) && !at(TokenKind::Comma) && !at(TokenKind::Gt)) parse_bounds();
      if (!panicking_ && at(TokenKind::Eq)) {
        parse_default_value([&] { parse_type(); });
      }
      finish(p, NodeKind::TypeParam);
    }
    return true;
  });
  if (!panicking_) expect(TokenKind::Gt);
  finish(m, NodeKind::GenericParamList);
}

void Parser::parse_for_binder() {
  Marker m = mark();
  bump();  // for
  parse_generic_params();
  finish(m, NodeKind::ForBinder);
}

void Parser::parse_where_clause() {
  Marker m = mark();
  bump();  // where
  while (!panicking_ && !at_eof() && !at(TokenKind::OpenBrace) && !at(TokenKind::Semi) && !at(TokenKind::Eq)) {
    Marker p = mark();
    if (at_lifetime()) {
      leaf(NodeKind::Lifetime);
      expect(TokenKind::Colon);
      while (at_lifetime()) {
        leaf(NodeKind::Lifetime);
        if (!eat(TokenKind::Plus)) break;
      }
    } else {
      if (at(TokenKind::KwFor)) parse_for_binder();
      parse_type();
      if (!panicking_) expect(TokenKind::Colon);
      if (!panicking_ && !at(TokenKind::Comma) && !at(TokenKind::OpenBrace) && !at(TokenKind::Semi)) parse_bounds();
    }
    finish(p, NodeKind::WherePred);
    if (!eat(TokenKind::Comma)) break;
  }
  finish(m, NodeKind::WhereClause);
}

bool Parser::at_bound_start() const {
  return at_lifetime() || at(TokenKind::Question) || at(TokenKind::KwFor) || at(TokenKind::OpenParen) ||
         at(TokenKind::Ident) || at(TokenKind::RawIdent) || at_path_sep() || at(TokenKind::KwSelfType) ||
         at(TokenKind::KwCrate) || at(TokenKind::KwSuper) || at(TokenKind::KwSelfValue) || at(TokenKind::KwUse) ||
         at(TokenKind::Tilde) || at(TokenKind::KwConst) || at(TokenKind::KwAsync) || at(TokenKind::Lt) ||
         at(TokenKind::Bang) || at(TokenKind::KwDyn);
}

void Parser::parse_bounds(bool allow_plus) {
  Marker m = mark();
  while (!panicking_) {
    parse_bound();
    if (!allow_plus || !at(TokenKind::Plus)) break;
    bump();
    if (!at_bound_start()) break;  // a trailing `+` is allowed before the end of the bounds
  }
  finish(m, NodeKind::TypeBoundList);
}

void Parser::parse_bound() {
  Marker m = mark();
  if (at_lifetime()) {
    leaf(NodeKind::Lifetime);
    finish(m, NodeKind::TypeBound);
    return;
  }
  if (at(TokenKind::KwUse) && nth(1) == TokenKind::Lt) {  // precise capturing: use<'a, T>
    bump();
    parse_generic_args();
    finish(m, NodeKind::UseBound);
    return;
  }
  bool parenthesized = at(TokenKind::OpenParen);
  if (parenthesized) bump();
  if (at(TokenKind::KwFor)) parse_for_binder();
  if (at(TokenKind::Tilde)) {
    bump();
    modifier(ModifierKind::Const);
  } else if (at(TokenKind::KwConst)) {
    modifier(ModifierKind::Const);
  }
  if (at(TokenKind::KwAsync)) modifier(ModifierKind::Async);
  if (at(TokenKind::Question)) modifier(ModifierKind::Question);
  else if (at(TokenKind::Bang)) modifier(ModifierKind::Not);
  if (at(TokenKind::KwFor)) parse_for_binder();
  parse_path(PathStyle::Type);
  if (parenthesized) expect(TokenKind::CloseParen);
  finish(m, NodeKind::TypeBound);
}

}  // namespace sluice
