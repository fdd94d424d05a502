#include "analysis/parse/parser.h"

#include <algorithm>
#include <iterator>
#include <string>

namespace sluice {

bool is_open_delimiter(TokenKind kind) {
  return kind == TokenKind::OpenParen || kind == TokenKind::OpenBrace || kind == TokenKind::OpenBracket;
}
bool is_close_delimiter(TokenKind kind) {
  return kind == TokenKind::CloseParen || kind == TokenKind::CloseBrace || kind == TokenKind::CloseBracket;
}
static TokenKind closer_of(TokenKind open) {
  switch (open) {
    case TokenKind::OpenParen: return TokenKind::CloseParen;
    case TokenKind::OpenBrace: return TokenKind::CloseBrace;
    default: return TokenKind::CloseBracket;
  }
}

Parser::Parser(const SourceFile& file, TokenizedFile lexed, const ParseOptions& options)
    : file_(file),
      text_(file.text()),
      tokens_(std::move(lexed.tokens)),
      comments_(std::move(lexed.comments)),
      delimiters_(std::move(lexed.delimiters)),
      has_unknown_tokens_(lexed.has_unknown_tokens),
      diagnostics_(std::move(lexed.diagnostics)),
      options_(options) {
  if (tokens_.empty() || tokens_.back().kind != TokenKind::Eof) {
    tokens_.push_back(Token{TokenKind::Eof, 0, 0, 0, file.size(), 0});
  }
  if (delimiters_.empty()) {  // tokens not from lex() (or a file without delimiters): find them
    for (uint32_t i = 0; i < tokens_.size(); ++i) {
      if (is_open_delimiter(tokens_[i].kind) || is_close_delimiter(tokens_[i].kind)) delimiters_.push_back(i);
    }
  }
  drop_unknown_tokens();
  lexer_diagnostic_count_ = diagnostics_.size();
  // Paths make nodes outnumber tokens (`x` is PathExpr/Path/PathSegment/NameRef).
  nodes_.reserve(tokens_.size() + tokens_.size() / 3 + 16);
  compute_delimiters();
  eof_index_ = static_cast<uint32_t>(tokens_.size() - 1);
  Token eof = tokens_.back();
  tokens_.resize(tokens_.size() + kLookahead, eof);
}

// ---- tokens

// rustc reports a character that starts no token and then lexes on as if it
// were whitespace; so does the parser, so `fn f() { \ }` is one error.
void Parser::drop_unknown_tokens() {
  if (!has_unknown_tokens_) return;  // the usual case, known from the lexer
  auto first = std::find_if(tokens_.begin(), tokens_.end(), [](const Token& t) { return t.kind == TokenKind::Unknown; });
  if (first == tokens_.end()) return;
  size_t kept = static_cast<size_t>(first - tokens_.begin());
  for (size_t i = kept; i < tokens_.size(); ++i) {
    if (tokens_[i].kind == TokenKind::Unknown) {
      if (kept > 0) tokens_[kept - 1].flags &= static_cast<uint8_t>(~Token::kJoint);
      continue;
    }
    tokens_[kept++] = tokens_[i];
  }
  tokens_.resize(kept);
  // Indices moved: find the delimiters again (rare: only files with errors).
  delimiters_.clear();
  for (uint32_t i = 0; i < tokens_.size(); ++i) {
    if (is_open_delimiter(tokens_[i].kind) || is_close_delimiter(tokens_[i].kind)) delimiters_.push_back(i);
  }
}

const Token& Parser::token_at(uint32_t index) const {
  return tokens_[index < eof_index_ ? index : eof_index_];
}

bool Parser::at_joint3(TokenKind a, TokenKind b, TokenKind c) const {
  return at_joint(a, b) && token_at(pos_ + 1).is_joint() && nth(2) == c;
}

bool Parser::at_word(std::string_view word, uint32_t ahead) const {
  const Token& t = token_at(pos_ + ahead);
  return t.kind == TokenKind::Ident && text_.substr(t.offset, t.length) == word;
}

std::string_view Parser::text_of(uint32_t index) const {
  const Token& t = token_at(index);
  return text_.substr(t.offset, t.length);
}



bool Parser::eat_joint(TokenKind a, TokenKind b) {
  if (!at_joint(a, b)) return false;
  bump(2);
  return true;
}

// ---- nodes




void Parser::missing(NodeKind kind) {
  Marker m = mark();
  finish(m, kind);
}

// ---- diagnostics

static bool is_reserved_keyword(TokenKind kind) {
  switch (kind) {
    case TokenKind::KwAbstract: case TokenKind::KwBecome: case TokenKind::KwBox: case TokenKind::KwDo:
    case TokenKind::KwFinal: case TokenKind::KwMacro: case TokenKind::KwOverride: case TokenKind::KwPriv:
    case TokenKind::KwTypeof: case TokenKind::KwUnsized: case TokenKind::KwVirtual: case TokenKind::KwYield:
    case TokenKind::KwTry: case TokenKind::KwGen:
      return true;
    default:
      return false;
  }
}

// rustc's way of naming the token it found: "keyword `let`", "`x`", "`<eof>`".
std::string Parser::describe_current() const {
  const Token& t = tokens_[pos_];
  if (t.kind == TokenKind::Eof) return "`<eof>`";
  std::string text(text_.substr(t.offset, t.length));
  if (t.kind == TokenKind::OuterDocComment || t.kind == TokenKind::InnerDocComment) return "doc comment `" + text + "`";
  if (is_reserved_keyword(t.kind)) return "reserved keyword `" + text + "`";
  // Punctuation glued from several tokens is named whole: `->`, `::`, `..=`.
  static constexpr std::string_view kCompound[] = {"<<=", ">>=", "...", "..=", "::", "->", "=>", "==", "!=", "<=",
                                                   ">=", "&&", "||", "..", "+=", "-=", "*=", "/=", "%=", "^=",
                                                   "&=", "|=", "<<", ">>"};
  if (t.is_joint() && !is_literal(t.kind) && t.kind != TokenKind::Ident) {
    uint32_t end = t.end();
    for (uint32_t k = pos_; k < pos_ + 2 && tokens_[k].is_joint(); ++k) end = tokens_[k + 1].end();
    std::string_view glued = text_.substr(t.offset, end - t.offset);
    for (std::string_view compound : kCompound) {
      if (glued.substr(0, compound.size()) == compound) return "`" + std::string(compound) + "`";
    }
  }
  if (is_keyword(t.kind)) return "keyword `" + text + "`";
  return "`" + text + "`";
}

void Parser::error_at(Span span, DiagKind kind, std::initializer_list<std::string_view> args) {
  if (panicking_) return;
  diagnostics_.push_back(make_diagnostic(kind, span, args));
  ++error_count_;
}

void Parser::error_expected(std::string_view what) {
  if (panicking_) return;
  std::string found = describe_current();
  const Token& t = tokens_[pos_];
  error_at(Span{file_.id(), t.offset, t.end()}, DiagKind::ExpectedFound, {what, found});
  diagnostics_.back().with_label("expected " + std::string(what));
  panicking_ = true;
}

void Parser::error_expected_token(TokenKind expected) {
  std::string what = "`" + std::string(token_kind_spelling(expected)) + "`";
  error_expected(what);
}

bool Parser::expect(TokenKind kind) {
  if (eat(kind)) return true;
  error_expected_token(kind);
  return false;
}

Span Parser::last_node_span() const {
  const Node& node = nodes_.back();
  if (node.end_token <= node.first_token) return previous_token_end();
  return Span{file_.id(), tokens_[node.first_token].offset, tokens_[node.end_token - 1].end()};
}

std::vector<uint32_t> Parser::top_level_nodes(uint32_t start, uint32_t end) const {
  std::vector<uint32_t> roots;  // postorder: each root ends its subtree
  for (uint32_t root = end; root > start; root -= nodes_[root - 1].subtree_size) roots.push_back(root - 1);
  std::reverse(roots.begin(), roots.end());
  return roots;
}

Span Parser::finished_node_span(uint32_t index) const {
  const Node& node = nodes_[index];
  return Span{file_.id(), tokens_[node.first_token].offset, tokens_[node.end_token - 1].end()};
}

Span Parser::previous_token_end() const {
  uint32_t end = pos_ > 0 ? tokens_[pos_ - 1].end() : 0;
  return Span{file_.id(), end, end};
}

// A missing `;` where the next token starts a new line is reported at the end
// of the previous token with a fix, as rustc does, and parsing goes on as if
// it were there: the next statement is usually fine.
void Parser::expect_semicolon(std::string_view expected) {
  if (eat(TokenKind::Semi)) return;
  if (panicking_) return;
  // rustc's ternary recovery: `x?` then `let` on the next line reads as
  // `x ? let ...` and reports the `let`.
  if (pos_ > 0 && tokens_[pos_ - 1].kind == TokenKind::Question && at(TokenKind::KwLet)) {
    error_at(token_span_here(), DiagKind::LetInExpression, {});
    panicking_ = true;
    return;
  }
  bool on_new_line = (tokens_[pos_].flags & Token::kPrecededByNewline) != 0;
  bool starts_something = at_expr_start() || at_item_start() || at(TokenKind::CloseBrace);
  if ((!on_new_line && !at(TokenKind::CloseBrace)) || !starts_something) {
    error_expected(expected);
    return;
  }
  std::string found = describe_current();
  Span at_end = previous_token_end();
  error_at(at_end, DiagKind::ExpectedFound, {"`;`", found});
  const Token& t = tokens_[pos_];
  diagnostics_.back()
      .with_secondary(Span{file_.id(), t.offset, t.end()}, "unexpected token")
      .with_fix(at_end, ";", "add `;` here", Applicability::MachineApplicable, SuggestionStyle::HideCodeInline);
}

// rustc's parse_seq after an element followed by neither `,` nor the close:
// the error, with the `,` offered where it is missing. When the token comes
// on a later line, rustc labels the end of the line and the token apart.
void Parser::report_missing_comma(std::string_view expected) {
  if (panicking_) return;
  error_expected(expected);
  Diagnostic& d = diagnostics_.back();
  Span end = previous_token_end();
  if ((tokens_[pos_].flags & Token::kPrecededByNewline) != 0) {
    d.primary.text = "unexpected token";
    d.with_secondary(end, "expected " + std::string(expected));
  }
  d.with_fix(end, ",", "missing `,`", Applicability::MachineApplicable, SuggestionStyle::HideCodeInline);
}

// rustc's wording of an expected set: "`;`", "one of `,` or `)`", "one of
// `.`, `;`, `?`, `}`, or an operator". Tokens are listed in byte order, as
// rustc lists them, except that `..` follows `...` and `..=`.
std::string format_expected(std::vector<std::string_view> tokens, bool or_an_operator) {
  auto key = [](std::string_view t) { return t == ".." ? std::string("..\x7f") : std::string(t); };
  std::sort(tokens.begin(), tokens.end(), [&](std::string_view a, std::string_view b) { return key(a) < key(b); });
  tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
  std::vector<std::string> items;
  for (std::string_view t : tokens) items.push_back("`" + std::string(t) + "`");
  if (or_an_operator) items.push_back("an operator");
  if (items.empty()) return "";
  if (items.size() == 1) return items[0];
  std::string out = "one of ";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += items.size() == 2 ? " " : ", ";
    if (i + 1 == items.size()) out += "or ";
    out += items[i];
  }
  return out;
}

bool Parser::refuse_deeper_nesting() {
  if (!reported_too_deep_ && !panicking_) {
    const Token& t = tokens_[pos_];
    std::string limit = std::to_string(options_.max_depth);
    error_at(Span{file_.id(), t.offset, t.end()}, DiagKind::NestingTooDeep, {limit});
    reported_too_deep_ = true;
  }
  panicking_ = true;
  // Skip what would have been nested, without recursing.
  if (is_open_delimiter(current())) {
    skip_group();
  } else if (!at_eof() && !is_close_delimiter(current())) {
    bump();
  }
  return false;
}

void Parser::skip_group() {
  uint32_t open = pos_;
  uint32_t close = is_open_delimiter(current()) ? matching_[open] : UINT32_MAX;
  if (close == UINT32_MAX) {
    bump();
    return;
  }
  while (pos_ < close && !at_eof()) bump();
  bump();  // the close delimiter
}

void Parser::skip_to_close_of(uint32_t open_token) {
  bool is_open = open_token < tokens_.size() && is_open_delimiter(tokens_[open_token].kind);
  uint32_t close = is_open ? matching_[open_token] : UINT32_MAX;
  if (close != UINT32_MAX && close >= pos_) {
    pos_ = close;
    return;
  }
  // Unbalanced input: skip groups until a close delimiter at this level.
  while (!at_eof() && !is_close_delimiter(current())) {
    if (is_open_delimiter(current())) skip_group(); else bump();
  }
}

// After a hard error inside a delimited list: skip to the list's close
// delimiter and stop panicking, so the rest of the file is parsed normally.
void Parser::recover_list(TokenKind close) {
  if (!panicking_) return;
  Marker m = mark();
  while (!at_eof() && !at(close)) {
    if (is_close_delimiter(current())) break;
    if (is_open_delimiter(current())) skip_group(); else bump();
  }
  if (pos_ != m.token_start) finish(m, NodeKind::Error);
  panicking_ = false;
}

// After a hard error inside the group opened at `open`: skip to its close
// delimiter, past any group an inner error left open, and stop panicking.
void Parser::recover_group(uint32_t open) {
  if (!panicking_) return;
  Marker m = mark();
  skip_to_close_of(open);
  if (pos_ != m.token_start) finish(m, NodeKind::Error);
  panicking_ = false;
}

// A statement or arm that failed at its own level, and the rest of the group
// opened at `open`, become one Error node: rustc drops them, so nothing in
// them is resolved or checked, and the code around the group goes on.
void Parser::drop_failed_rest(uint32_t open, Marker failed) {
  skip_to_close_of(open);
  finish(failed, NodeKind::Error);
  panicking_ = false;
}

// Delimiters are matched over the whole file first, as rustc's token-tree pass
// does; an unbalanced file gets only these errors (rustc stops there too).
// rustc's rules (rustc_parse's lexer/tokentrees.rs): a closer that does not
// match the innermost open group closes it anyway and is recorded as
// unmatched; it is then tried against the next group out only if some open
// group could take it, else skipped. A closer with nothing open is
// "unexpected", and takes every unmatched closer recorded so far as a
// "missing open" label; the rest become "mismatched closing delimiter" errors.
void Parser::compute_delimiters() {
  matching_.reset(new uint32_t[tokens_.size()]);
  std::vector<uint32_t> open;
  open.reserve(64);
  struct Unmatched {
    uint32_t closer;
    uint32_t unclosed;
  };
  std::vector<Unmatched> unmatched;
  std::vector<Diagnostic> stray_closers, mismatches;
  auto span_of = [&](uint32_t i) { return Span{file_.id(), tokens_[i].offset, tokens_[i].end()}; };
  auto spelling_of = [&](uint32_t i) { return std::string(token_kind_spelling(tokens_[i].kind)); };
  auto opener_spelling = [&](TokenKind closer) {
    return closer == TokenKind::CloseParen ? "(" : closer == TokenKind::CloseBracket ? "[" : "{";
  };
  for (uint32_t i : delimiters_) {
    TokenKind kind = tokens_[i].kind;
    switch (kind) {
      case TokenKind::OpenParen: case TokenKind::OpenBrace: case TokenKind::OpenBracket:
        matching_[i] = UINT32_MAX;
        open.push_back(i);
        continue;
      case TokenKind::CloseParen: case TokenKind::CloseBrace: case TokenKind::CloseBracket:
        break;
      default:
        continue;
    }
    matching_[i] = UINT32_MAX;
    bool recorded = false;
    while (true) {
      if (open.empty()) {
        // rustc reports only the first stray closer; the unmatched `)` and `]`
        // before it become its labels, an unmatched `}` stays an error.
        if (stray_closers.empty()) {
          Diagnostic d = make_diagnostic(DiagKind::UnexpectedClosingDelimiter, span_of(i), {spelling_of(i)});
          d.with_label("unexpected closing delimiter");
          std::vector<Unmatched> kept;
          for (const Unmatched& u : unmatched) {
            if (tokens_[u.closer].kind == TokenKind::CloseBrace) {
              kept.push_back(u);
              continue;
            }
            d.with_secondary(span_of(u.closer), std::string("missing open `") +
                                                    opener_spelling(tokens_[u.closer].kind) + "` for this delimiter");
          }
          unmatched = std::move(kept);
          stray_closers.push_back(std::move(d));
        }
        break;
      }
      uint32_t top = open.back();
      if (closer_of(tokens_[top].kind) == kind) {
        matching_[top] = i;
        matching_[i] = top;
        open.pop_back();
        break;
      }
      if (!recorded) unmatched.push_back({i, top});
      recorded = true;
      matching_[top] = i;  // the unclosed group ends here, for recovery
      open.pop_back();
      bool outer_takes_it = false;
      for (uint32_t o : open) outer_takes_it |= closer_of(tokens_[o].kind) == kind;
      if (!outer_takes_it) break;  // skipped
    }
  }
  for (const Unmatched& u : unmatched) {
    // Two primary spans in rustc; its ` --> ` shows the earlier, the opener.
    Diagnostic d = make_diagnostic(DiagKind::MismatchedClosingDelimiter, span_of(u.unclosed), {spelling_of(u.closer)});
    d.with_label("unclosed delimiter").with_secondary(span_of(u.closer), "mismatched closing delimiter");
    mismatches.push_back(std::move(d));
  }
  // rustc's order: mismatches, then stray closers, then the unclosed end.
  for (Diagnostic& d : mismatches) delimiter_diagnostics_.push_back(std::move(d));
  for (Diagnostic& d : stray_closers) delimiter_diagnostics_.push_back(std::move(d));
  if (!open.empty()) {
    uint32_t end = file_.size();
    Diagnostic d = make_diagnostic(DiagKind::UnclosedDelimiter, Span{file_.id(), end, end}, {});
    // As rustc: the first five openers, then where the rest begin (from two on).
    constexpr size_t kShown = 5;
    for (size_t i = 0; i < open.size() && i < kShown; ++i) d.with_secondary(span_of(open[i]), "unclosed delimiter");
    if (open.size() >= kShown + 2) {
      d.with_secondary(span_of(open[kShown]),
                       "another " + std::to_string(open.size() - kShown) + " unclosed delimiters begin from here");
    }
    delimiter_diagnostics_.push_back(std::move(d));
  }
}

namespace {

// rustc stops at once on these lexical errors (they are fatal there).
bool is_fatal_lexical_error(DiagKind kind) {
  switch (kind) {
    case DiagKind::UnterminatedBlockComment: case DiagKind::UnterminatedBlockDocComment:
    case DiagKind::UnterminatedString: case DiagKind::UnterminatedByteString: case DiagKind::UnterminatedCString:
    case DiagKind::UnterminatedChar: case DiagKind::UnterminatedByte: case DiagKind::UnterminatedRawString:
    case DiagKind::RawStringInvalidDelimiter: case DiagKind::RawStringTooManyHashes:
      return true;
    default:
      return false;
  }
}

// Our lexer finds these, but rustc reports them only when it parses the
// literal, so they are dropped whenever rustc would not have parsed.
bool is_reported_by_rustc_parser(DiagKind kind) {
  switch (kind) {
    case DiagKind::InvalidNumberSuffix: case DiagKind::InvalidFloatSuffix: case DiagKind::InvalidIntegerWidth:
    case DiagKind::InvalidFloatWidth: case DiagKind::IntegerLiteralTooLarge: case DiagKind::SuffixOnQuotedLiteral:
    case DiagKind::UnderscoreLiteralSuffix:
      return true;
    default:
      return false;
  }
}

}  // namespace

// rustc lexes the whole file before it parses: its lexical errors come first,
// in source order, then the parser's (with the literal errors it finds while
// parsing), in source order.
void Parser::order_like_rustc() {
  if (lexer_diagnostic_count_ > diagnostics_.size()) lexer_diagnostic_count_ = diagnostics_.size();
  auto parser_part = std::stable_partition(diagnostics_.begin(), diagnostics_.begin() + lexer_diagnostic_count_,
                                           [](const Diagnostic& d) { return !is_reported_by_rustc_parser(d.kind); });
  size_t lexical = static_cast<size_t>(parser_part - diagnostics_.begin());
  std::vector<Diagnostic> deferred(std::make_move_iterator(parser_part),
                                   std::make_move_iterator(diagnostics_.begin() + lexer_diagnostic_count_));
  std::vector<Diagnostic> parsed(std::make_move_iterator(diagnostics_.begin() + lexer_diagnostic_count_),
                                 std::make_move_iterator(diagnostics_.end()));
  diagnostics_.resize(lexical);
  sort_diagnostics(diagnostics_);
  // The parser's own come in the order it reported them (rustc's order);
  // literal errors it would have found on the way are merged by position.
  sort_diagnostics(deferred);
  auto by_position = [](const Diagnostic& a, const Diagnostic& b) { return a.primary.span.begin < b.primary.span.begin; };
  std::vector<Diagnostic> merged;
  std::merge(std::make_move_iterator(parsed.begin()), std::make_move_iterator(parsed.end()),
             std::make_move_iterator(deferred.begin()), std::make_move_iterator(deferred.end()),
             std::back_inserter(merged), by_position);
  for (Diagnostic& d : merged) diagnostics_.push_back(std::move(d));
}

// Inside a macro's tokens a literal is not yet an expression: rustc checks its
// suffix only if the expansion makes it one (`1km` is fine in `m!(1km)`).
void Parser::drop_literal_errors_in_token_trees(const SyntaxTree& tree) {
  bool any = std::any_of(diagnostics_.begin(), diagnostics_.end(),
                         [](const Diagnostic& d) { return is_reported_by_rustc_parser(d.kind); });
  if (!any) return;  // the usual case: no node walk
  std::vector<std::pair<uint32_t, uint32_t>> trees;
  for (uint32_t i = 0; i < tree.nodes.size(); ++i) {
    if (tree.nodes[i].kind != NodeKind::TokenTree) continue;
    Span span = tree.span(NodeId(i));
    trees.push_back({span.begin, span.end});
  }
  if (trees.empty()) return;
  std::erase_if(diagnostics_, [&](const Diagnostic& d) {
    if (!is_reported_by_rustc_parser(d.kind)) return false;
    for (auto [begin, end] : trees) {
      if (d.primary.span.begin >= begin && d.primary.span.end <= end) return true;
    }
    return false;
  });
  lexer_diagnostic_count_ = std::min(lexer_diagnostic_count_, diagnostics_.size());
}

SyntaxTree Parser::run() {
  Marker root = mark();
  parse_inner_attributes();
  parse_items_until(TokenKind::Eof);
  finish(root, NodeKind::SourceFile);

  SyntaxTree tree;
  tree.file = file_.id();
  tree.edition = options_.edition;
  tokens_.resize(eof_index_ + 1);  // drop the lookahead padding
  tree.tokens = std::move(tokens_);
  tree.comments = std::move(comments_);
  tree.nodes = std::move(nodes_);
  tree.attributes = std::move(attributes_);
  tree.numeric_fields = std::move(numeric_fields_);
  // A fatal lexical error or unbalanced delimiters stop rustc before its
  // parser runs: then only the lexer's own diagnostics (and the delimiter
  // errors, unless lexing was fatal) are what rustc would show.
  bool fatal = false;
  for (size_t i = 0; i < lexer_diagnostic_count_; ++i) fatal |= is_fatal_lexical_error(diagnostics_[i].kind);
  if (fatal || !delimiter_diagnostics_.empty()) {
    std::vector<Diagnostic> kept;
    for (size_t i = 0; i < lexer_diagnostic_count_; ++i) {
      if (!is_reported_by_rustc_parser(diagnostics_[i].kind)) kept.push_back(std::move(diagnostics_[i]));
    }
    if (!fatal) {
      for (Diagnostic& d : delimiter_diagnostics_) kept.push_back(std::move(d));
    }
    diagnostics_ = std::move(kept);
  }
  // A fatal parse error (an item that cannot start so) ends rustc's parse:
  // nothing found after it is reported.
  for (size_t i = 0; i < diagnostics_.size(); ++i) {
    if (diagnostics_[i].kind == DiagKind::ExpectedFoundFatal) {
      diagnostics_.resize(i + 1);
      break;
    }
  }
  drop_literal_errors_in_token_trees(tree);
  order_like_rustc();
  tree.diagnostics = std::move(diagnostics_);
  return tree;
}

// The arguments of a built-in macro (`println!("{}", x)`), parsed on demand
// by the checker. rustc parses them the same way after expansion.
SyntaxTree Parser::run_expression_list() {
  Marker root = mark();
  while (!at(TokenKind::Eof) && !panicking_) {
    parse_expr();
    if (!eat(TokenKind::Comma)) break;
  }
  if (!at(TokenKind::Eof)) {
    error_expected(expected_after_expr({","}));
    Marker rest = mark();
    while (!at(TokenKind::Eof)) bump();
    finish(rest, NodeKind::Error);
  }
  finish(root, NodeKind::ArgList);
  SyntaxTree tree;
  tree.file = file_.id();
  tree.edition = options_.edition;
  tokens_.resize(eof_index_ + 1);
  tree.tokens = std::move(tokens_);
  tree.nodes = std::move(nodes_);
  tree.numeric_fields = std::move(numeric_fields_);
  tree.diagnostics = std::move(diagnostics_);
  return tree;
}

bool is_recoverable_syntax_error(DiagKind kind) {
  switch (kind) {
#define SLUICE_DIAG(name, code, level, message) case DiagKind::name:
#include "analysis/diag/kinds/lex.def"
#include "analysis/diag/kinds/parse.def"
#undef SLUICE_DIAG
      return !is_fatal_lexical_error(kind) && kind != DiagKind::UnclosedDelimiter && kind != DiagKind::ExpectedFoundFatal &&
             kind != DiagKind::UnexpectedClosingDelimiter && kind != DiagKind::MismatchedClosingDelimiter;
    default:
      return false;
  }
}

}  // namespace sluice
