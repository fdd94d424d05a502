// Expressions: blocks, statements, control flow and operators. `expected`,
// when given, is a coercion site's type: the expression must coerce to it
// (block-like expressions pass it on to their tails and branches).
#include <span>

#include "analysis/check/body_checker.h"
#include "analysis/diag/similar_names.h"

namespace sluice {

namespace {

bool passes_expectation_down(NodeKind kind) {
  return kind == NodeKind::BlockExpr || kind == NodeKind::IfExpr || kind == NodeKind::MatchExpr ||
         kind == NodeKind::ParenExpr || kind == NodeKind::LoopExpr || kind == NodeKind::LiteralExpr ||
         kind == NodeKind::TupleExpr || kind == NodeKind::ArrayExpr;
}

}  // namespace

TypeId BodyChecker::check_coerce(NodeId node, TypeId expected) { return check_expr(node, expected); }

// unreachable_code, as rustc's type checker reports it: the first statement
// or expression checked after a divergence, once per divergence (also when
// the lint is allowed there).
void BodyChecker::warn_if_unreachable(Span span, std::string_view what) {
  if (diverges_.state != Divergence::Always) return;
  Span at = diverges_.at;
  bool all_arms = diverges_.all_arms;
  diverges_.state = Divergence::Warned;
  if (in_macro_arguments_) return;
  Diagnostic& d = type_error(make_diagnostic(DiagKind::UnreachableStatement, span, {std::string(what)}));
  d.with_label("unreachable " + std::string(what));
  if (at.is_none()) return;
  d.with_secondary(at, all_arms ? "any code following this `match` expression is unreachable, as all arms diverge"
                                : "any code following this expression is unreachable");
}

TypeId BodyChecker::check_expr(NodeId node, TypeId expected) {
  if (node.is_none()) return types_.error();
  NodeKind kind = tree_->kind(node);
  // Parentheses are not an expression of their own for rustc.
  bool transparent = kind == NodeKind::ParenExpr;
  if (!transparent && diverges_.state == Divergence::Always) warn_if_unreachable(tree_->span(node), "expression");
  Divergence outer = transparent ? Divergence{} : std::exchange(diverges_, Divergence{});
  bool after_divergence = outer.state != Divergence::Maybe;
  unreachable_nesting_ += after_divergence;
  size_t borrow_mark = kind == NodeKind::RefExpr ? borrow_diagnostics_.size() : 0;
  TypeId type = check_expr_inner(node, expected);
  if (record_expr_types_) typed_sites_.push_back({tree_->span(node), tree_->span(node), type});
  if ((kind == NodeKind::ArrayExpr || kind == NodeKind::TupleExpr || kind == NodeKind::RefExpr || transparent) &&
      types_.has_vars(type)) {
    note_unknown_site(node, type);
  }
  // An expression typed by an error (reported here or with an item it uses:
  // a field or parameter of an unknown type) taints the body as in rustc: no
  // pattern checks, liveness lints or borrow checking after type checking.
  tainted_ |= is_error(type) || (expected.has_value() && is_error(expected));
  unreachable_nesting_ -= after_divergence;
  if (!transparent && diverges_.state == Divergence::Always) {
    // An expression whose parts diverged is never evaluated itself.
    switch (kind) {
      case NodeKind::BlockExpr:
      case NodeKind::IfExpr:
      case NodeKind::MatchExpr:
      case NodeKind::LoopExpr:
      case NodeKind::WhileExpr:
      case NodeKind::ForExpr:
      case NodeKind::LetExpr: break;
      case NodeKind::CallExpr: {
        NodeId callee = first_expr_child(node);
        warn_if_unreachable(tree_->span(callee.has_value() ? callee : node), "call");
        break;
      }
      case NodeKind::MethodCallExpr: {
        NodeId name = first_child(*tree_, node, NodeKind::NameRef);
        warn_if_unreachable(tree_->span(name.has_value() ? name : node), "call");
        break;
      }
      default: warn_if_unreachable(tree_->span(node), "expression"); break;
    }
  }
  if (!transparent) {
    if (is_never(type)) diverge_at(tree_->span(node));
    diverges_ = either(diverges_, outer);
  }
  if (!in_macro_arguments_ && is_never(type) &&
      (kind == NodeKind::CallExpr || kind == NodeKind::MethodCallExpr || kind == NodeKind::MacroCall)) {
    flow_.set(node, FlowFacts::kDiverges);
  }
  mutable_reborrow_through_shared_ = false;
  if (expected.has_value() && !passes_expectation_down(tree_->kind(node)) && !coerces(type, expected)) {
    report_mismatch(tree_->span(node), expected, type, node);
  }
  if (mutable_reborrow_through_shared_ && kind == NodeKind::RefExpr) {
    // `&mut r` coerced to `&mut T` through `r: &T` reborrows the referent (a
    // place of its own): rustc reports it before the errors of `&mut r`.
    Diagnostic d = make_diagnostic(DiagKind::BorrowDataInSharedRef, tree_->span(node), {});
    d.with_label("cannot borrow as mutable");
    borrow_diagnostics_.insert(borrow_diagnostics_.begin() + std::min(borrow_mark, borrow_diagnostics_.size()), std::move(d));
    for (auto& [uid, index] : mut_borrow_errors_) index += index >= borrow_mark;
  }
  mutable_reborrow_through_shared_ = false;
  return type;
}

TypeId BodyChecker::check_expr_inner(NodeId node, TypeId expected) {
  switch (tree_->kind(node)) {
    case NodeKind::LiteralExpr: return check_literal(node, expected);
    case NodeKind::PathExpr: return check_path_expr(node);
    case NodeKind::ParenExpr: {
      for (NodeId c : Kids(*tree_, node)) {
        if (is_expr_kind(tree_->kind(c))) return check_expr(c, expected);
      }
      return types_.error();
    }
    case NodeKind::TupleExpr: return check_tuple(node, expected);
    case NodeKind::ArrayExpr: return check_array(node, expected);
    case NodeKind::BlockExpr: return check_block(node, expected);
    case NodeKind::IfExpr: return check_if(node, expected);
    case NodeKind::MatchExpr: return check_match(node, expected);
    case NodeKind::LoopExpr: return check_loop(node, expected);
    case NodeKind::WhileExpr: return check_while(node);
    case NodeKind::ForExpr: return check_for(node);
    case NodeKind::BreakExpr: return check_break(node);
    case NodeKind::ContinueExpr: {
      NodeId lifetime = first_child(*tree_, node, NodeKind::Lifetime);
      if (lifetime.is_none() && report_jump_in_while_condition(node, "continue")) return types_.error();
      if (lifetime.is_none()) check_unlabeled_jump(node, "continue");
      bool found = false;
      for (size_t i = loops_.size(); lifetime.has_value() && i-- > 0;) {
        if (loops_[i].label == tree_->text(lifetime, text_)) {
          loops_[i].label_used = true;
          found = true;
          if (loops_[i].is_block) {
            // rustc's loops pass: a block cannot be continued; the jump goes nowhere.
            Diagnostic& d = type_error(make_diagnostic(DiagKind::ContinueToLabeledBlock, tree_->span(node), {}));
            d.with_label("labeled blocks cannot be `continue`'d");
            d.with_secondary(loops_[i].head, "labeled block the `continue` points to");
            return types_.error();
          }
          break;
        }
      }
      if (!found && (lifetime.has_value() || loops_.empty())) {
        report_missing_jump_target(node, lifetime, "continue");
        return types_.error();  // as rustc: a jump to nowhere does not diverge
      }
      return types_.never();
    }
    case NodeKind::ReturnExpr: return check_return(node);
    case NodeKind::CallExpr: return check_call(node);
    case NodeKind::MethodCallExpr: return check_method_call(node);
    case NodeKind::FieldExpr: return check_field(node);
    case NodeKind::IndexExpr: return check_index(node);
    case NodeKind::CastExpr: return check_cast(node);
    case NodeKind::RefExpr: return check_ref(node, expected);
    case NodeKind::PrefixExpr: return check_prefix(node, expected);
    case NodeKind::BinaryExpr: return check_binary(node);
    case NodeKind::RangeExpr: return check_range(node);
    case NodeKind::RecordExpr: return check_record(node);
    case NodeKind::MacroCall: return check_macro_call(node);
    case NodeKind::LetExpr: return check_condition(node);
    case NodeKind::ClosureExpr:
      type_error(make_diagnostic(DiagKind::Unsupported, tree_->span(node), {"closures"}));
      return types_.error();
    case NodeKind::TryExpr:
      type_error(make_diagnostic(DiagKind::Unsupported, tree_->span(node), {"the `?` operator"}));
      return types_.error();
    case NodeKind::AwaitExpr: return check_await(node);
    case NodeKind::Error: return types_.error();
    default:
      type_error(make_diagnostic(DiagKind::Unsupported, tree_->span(node), {"this expression"}));
      return types_.error();
  }
}

// The number of bytes a byte string literal stands for (`b"a\n"` is 2).
uint64_t byte_string_length(std::string_view literal, TokenKind kind) {
  size_t open = literal.find('"');
  size_t close = literal.rfind('"');
  if (open == std::string_view::npos || close <= open) return 0;
  std::string_view body = literal.substr(open + 1, close - open - 1);
  if (kind == TokenKind::RawByteStrLiteral) return body.size();
  uint64_t count = 0;
  for (size_t i = 0; i < body.size(); ++i) {
    if (body[i] != '\\' || i + 1 >= body.size()) {
      ++count;
      continue;
    }
    char escape = body[++i];
    if (escape == 'x') {
      i += 2;
    } else if (escape == '\n') {
      // A line continuation: the newline and the whitespace after it are skipped.
      while (i + 1 < body.size() && (body[i + 1] == ' ' || body[i + 1] == '\t' || body[i + 1] == '\n' || body[i + 1] == '\r')) ++i;
      continue;
    }
    ++count;
  }
  return count;
}

// The expression inside `( )`; none when the parser found none.
// `e` without any parentheses around it.
NodeId BodyChecker::paren_inner_expr(NodeId e) const {
  for (int depth = 0; depth < 64 && e.has_value() && tree_->kind(e) == NodeKind::ParenExpr; ++depth) e = paren_inner(e);
  return e;
}

NodeId BodyChecker::paren_inner(NodeId paren) const {
  NodeId inner;
  for (NodeId c : Kids(*tree_, paren)) {
    if (is_expr_kind(tree_->kind(c))) inner = c;
  }
  return inner;
}

// rustc's suggestion replaces the closing parenthesis with nothing, but with
// a space in a function that starts the file (seen on rustc 1.95: `fn` at
// offset 0 of the file, however its lines go on).
Diagnostic unused_parens(Span open, Span close, std::string_view what, bool owner_starts_file) {
  Diagnostic d = make_diagnostic(DiagKind::UnusedParens, open, {std::string(what)});
  d.secondary.push_back(Label{close, "", true});
  d.with_fix(open, "", "remove these parentheses", Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
  d.children.back().spans.push_back(Label{close, owner_starts_file ? " " : ""});
  return d;
}

// unused_parens: `(expr)` where the parentheses change nothing. rustc keeps
// them quiet around what would parse differently without them. The same
// places lint unused_braces for `{ expr }`, except where rustc does not
// (`braces` false: a `let` initialiser, a match arm or scrutinee).
void BodyChecker::lint_parens(NodeId node, std::string_view what, bool braces) {
  // An early lint: errors elsewhere in the body do not silence it. Inside a
  // macro's arguments rustc lints the arguments of the calls written there
  // (`println!("{}", f((x)))`), not the macro's own operands.
  bool call_argument = what == "function argument" || what == "method argument";
  if (node.is_none() || (in_macro_arguments_ && !call_argument)) return;
  if (braces && tree_->kind(node) == NodeKind::BlockExpr) return lint_braces(node, what);
  if (tree_->kind(node) != NodeKind::ParenExpr) return;
  NodeId inner = paren_inner(node);
  if (inner.is_none()) return;
  NodeKind k = tree_->kind(inner);
  // (A struct literal there needs its parentheses.)
  bool condition = what.starts_with("`if`") || what.starts_with("`while`") || what.starts_with("`match`") ||
                   what.starts_with("`for`");
  if (condition && (k == NodeKind::RecordExpr || k == NodeKind::BlockExpr)) return;
  if (k == NodeKind::RangeExpr && what == "function argument") return;
  const Node& n = tree_->node(node);
  Span open = tree_->token_span(n.first_token);
  Span close = tree_->token_span(n.end_token - 1);
  // (rustc's fix keeps a space for the `)` inside a macro's arguments too.)
  result_.early_lints.push_back(unused_parens(open, close, what, owner_starts_file() || in_macro_arguments_));
}

// unused_braces: a plain block `{ expr }` on one line with nothing but its
// value, where a bare `expr` means the same. rustc's spans take the space
// inside the braces, and its fix leaves one space where the `}` was.
void BodyChecker::lint_braces(NodeId block, std::string_view what, bool only_literal) {
  if (in_macro_arguments_) return;
  Kids parts(*tree_, block);
  // A label, `unsafe`, `const` or `async` make the braces mean something.
  if (parts.size() != 1 || tree_->kind(parts[0]) != NodeKind::StmtList) return;
  Kids statements(*tree_, parts[0]);
  if (statements.size() != 1 || tree_->kind(statements[0]) != NodeKind::ExprStmt ||
      tree_->node(statements[0]).detail != 0) {
    return;
  }
  NodeId value;
  for (NodeId c : Kids(*tree_, statements[0])) {
    if (is_expr_kind(tree_->kind(c))) value = c;
  }
  if (value.is_none() || tree_->kind(value) == NodeKind::RecordExpr) return;
  if (only_literal && tree_->kind(value) != NodeKind::LiteralExpr) return;
  Span outer = tree_->span(block);
  Span inner = tree_->span(value);
  if (spans_lines(outer)) return;
  Span open{outer.file, outer.begin, inner.begin};
  Span close{outer.file, inner.end, outer.end};
  Diagnostic d = make_diagnostic(DiagKind::UnusedBraces, open, {std::string(what)});
  d.secondary.push_back(Label{close, "", true});
  d.with_fix(open, "", "remove these braces", Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
  d.children.back().spans.push_back(Label{close, " "});
  result_.early_lints.push_back(std::move(d));
}

bool BodyChecker::owner_starts_file() const {
  return owner_item_.node.has_value() && file_tree().span(owner_item_.node).begin == 0;
}

// unused_parens around a type, at any depth: `let q: (f64)`, `x: &(u8)`;
// unused_braces around an array type's length, whatever it is (`[u8; { N }]`).
void BodyChecker::lint_paren_types(NodeId type) {
  if (type.is_none() || in_macro_arguments_) return;
  uint32_t first = type.index + 1 - tree_->node(type).subtree_size;
  for (uint32_t i = first; i <= type.index; ++i) {
    const Node& n = tree_->nodes[i];
    if (n.kind == NodeKind::ArrayType) {
      NodeId length = last_child(*tree_, NodeId(i), NodeKind::BlockExpr);
      if (length.has_value()) lint_braces(length, "const expression", false);
    }
    if (n.kind != NodeKind::ParenType) continue;
    result_.early_lints.push_back(
        unused_parens(tree_->token_span(n.first_token), tree_->token_span(n.end_token - 1), "type", owner_starts_file()));
  }
}

// How rustc writes a type in the annotation it suggests: what inference
// learned is left to it (`_`), the structure around the unknown part is kept:
// `(&[_; 0], _)`.
std::string BodyChecker::placeholder_type(TypeId type) {
  TypeId t = resolved(type, 0, true);
  if (!types_.has_vars(t)) return "_";
  const TypeData& d = types_.data(t);
  switch (d.kind) {
    case TypeKind::Ref: return std::string(types_.is_mutable_ref(t) ? "&mut " : "&") + placeholder_type(types_.element(t));
    case TypeKind::Array: return "[" + placeholder_type(types_.element(t)) + "; " + std::to_string(d.length) + "]";
    case TypeKind::Slice: return "[" + placeholder_type(types_.element(t)) + "]";
    case TypeKind::Tuple: {
      std::span<const TypeId> elements = types_.tuple_elements(t);
      std::vector<TypeId> copy(elements.begin(), elements.end());
      std::string out = "(";
      for (size_t i = 0; i < copy.size(); ++i) out += (i > 0 ? ", " : "") + placeholder_type(copy[i]);
      return out + (copy.size() == 1 ? ",)" : ")");
    }
    default: return "_";
  }
}

void BodyChecker::report_unknown_let(const UnknownTypeLet& let, TypeId type, std::optional<Span> origin) {
  reported_unknown_type_ = true;
  bool bare = types_.kind(type) == TypeKind::InferVar;
  std::string shown = bare ? "" : show(type);
  Diagnostic& d = type_error(make_diagnostic(DiagKind::TypeAnnotationsNeeded, tree_->span(let.pattern),
                                             {bare ? "" : " for `" + shown + "`"}));
  if (origin) d.with_secondary(*origin, "type must be known at this point");
  NodeId name = first_child(*tree_, let.pattern, NodeKind::Name);
  Span end{tree_->span(let.pattern).file, tree_->span(let.pattern).end, tree_->span(let.pattern).end};
  std::string message = name.has_value() ? "consider giving `" + std::string(tree_->text(name, text_)) + "` an explicit type"
                                         : "consider giving this pattern a type";
  if (!bare) message += ", where the placeholders `_` are specified";
  d.with_fix(end, bare ? ": /* Type */" : ": " + placeholder_type(type), message, Applicability::HasPlaceholders,
             SuggestionStyle::ShowAlways);
}

void BodyChecker::report_type_must_be_known(NodeId receiver, TypeId var) {
  if (reported_unknown_type_ || tainted_ || in_macro_arguments_) return;
  for (const UnknownTypeLet& let : unknown_type_lets_) {
    if (shallow(let.type) != var) continue;
    report_unknown_let(let, var, tree_->span(receiver));
    unify(var, types_.error());  // known now, as an error: no second report
    return;
  }
}

void BodyChecker::note_unknown_site(NodeId node, TypeId type) {
  // A tuple, `&` or parentheses take over the sites of their own parts: rustc
  // points at `(&[], 2)` as a whole, but at the element `&[]` of `[&[]]`.
  if (tree_->kind(node) != NodeKind::ArrayExpr) {
    uint32_t first = node.index + 1 - tree_->node(node).subtree_size;
    Kids parts(*tree_, node);
    while (!unknown_sites_.empty() && unknown_sites_.back().node.index >= first &&
           std::find(parts.begin(), parts.end(), unknown_sites_.back().node) != parts.end()) {
      unknown_sites_.pop_back();
    }
  }
  unknown_sites_.push_back({node, tree_->span(node), type});
}

// The first inference variable left in a resolved type (only `var`, when given).
TypeId BodyChecker::find_unknown(TypeId t, TypeId var) {
  if (!types_.has_vars(t)) return TypeId::none();
  const TypeData& d = types_.data(t);
  switch (d.kind) {
    case TypeKind::InferVar: return var.is_none() || t == var ? t : TypeId::none();
    case TypeKind::Ref:
    case TypeKind::Slice:
    case TypeKind::Array:
    case TypeKind::Range:
    case TypeKind::Iter: return find_unknown(TypeId(d.a), var);
    case TypeKind::Tuple: {
      std::span<const TypeId> elements = types_.tuple_elements(t);
      std::vector<TypeId> copy(elements.begin(), elements.end());
      for (TypeId e : copy) {
        if (TypeId found = find_unknown(e, var); found.has_value()) return found;
      }
      return TypeId::none();
    }
    default: return TypeId::none();
  }
}

// At the end of the body: the first unknown a site needed (see
// unknown_sites_); else the first `let` whose type still has an unknown
// part; else a `for` over an empty array.
void BodyChecker::report_unknown_let_types() {
  // rustc's writeback reports no type left unknown in a body tainted by errors.
  if (reported_unknown_type_ || tainted_) return;
  // The first site that needed a type still unknown, reported at the `let`
  // that holds the unknown (or at the site, when none does).
  for (const UnknownSite& site : unknown_sites_) {
    TypeId var = find_unknown(resolved(site.type, 0, true));
    if (var.is_none()) continue;
    for (const UnknownTypeLet& let : unknown_type_lets_) {
      TypeId type = resolved(let.type, 0, true);
      if (find_unknown(type, var).is_none()) continue;
      report_unknown_let(let, type, site.span);
      return;
    }
    reported_unknown_type_ = true;
    type_error(make_diagnostic(DiagKind::TypeAnnotationsNeeded, site.span, {""})).with_label("cannot infer type");
    return;
  }
  for (const UnknownTypeLet& let : unknown_type_lets_) {
    TypeId type = resolved(let.type, 0, true);
    if (!types_.has_vars(type)) continue;
    // The label goes where the unknown type came from: the initializer, or
    // for `let y = x;` inside `for x in []`, the loop's array.
    std::optional<Span> origin;
    if (let.init.has_value()) origin = tree_->span(let.init);
    if (let.init.has_value() && tree_->kind(let.init) == NodeKind::PathExpr) {
      for (const UnknownIterable& it : unknown_iterables_) {
        if (types_.has_vars(resolved(it.type, 0, true)) && it.span.begin < tree_->span(let.pattern).begin) {
          origin = it.span;
          break;
        }
      }
    }
    report_unknown_let(let, type, origin);
    return;
  }
  for (const UnknownIterable& it : unknown_iterables_) {
    if (!types_.has_vars(resolved(it.type, 0, true))) continue;
    reported_unknown_type_ = true;
    type_error(make_diagnostic(DiagKind::TypeAnnotationsNeeded, it.span, {""})).with_label("cannot infer type");
    return;
  }
}

TypeId BodyChecker::check_literal(NodeId node, TypeId expected) {
  const Token& token = tree_->tokens[tree_->node(node).first_token];
  std::string_view text = tree_->token_text(tree_->node(node).first_token, text_);
  TypeId type;
  auto suffix = [&]() -> std::string_view {
    if (!(token.flags & Token::kHasSuffix)) return {};
    return text.substr(text.size() - token.suffix_length);
  };
  switch (token.kind) {
    case TokenKind::KwTrue:
    case TokenKind::KwFalse: type = types_.bool_type(); break;
    case TokenKind::CharLiteral: type = types_.char_type(); break;
    case TokenKind::ByteLiteral: type = types_.int_type(IntKind::U8); break;
    case TokenKind::StrLiteral:
    case TokenKind::RawStrLiteral: type = types_.ref_str(); break;
    case TokenKind::ByteStrLiteral:
    case TokenKind::RawByteStrLiteral:
      type = types_.reference(types_.array(types_.int_type(IntKind::U8), byte_string_length(text, token.kind)), false);
      break;
    case TokenKind::IntLiteral: {
      std::string_view s = suffix();
      TypeId suffixed = s.empty() ? TypeId::none() : primitive_type(types_, s);
      type = suffixed.has_value() ? suffixed : new_int_var();
      int_literals_.push_back({node, type, negated_literal_ == node, tree_, false});
      break;
    }
    case TokenKind::FloatLiteral: {
      std::string_view s = suffix();
      TypeId suffixed = s.empty() ? TypeId::none() : primitive_type(types_, s);
      type = suffixed.has_value() ? suffixed : new_float_var();
      float_literals_.push_back({node, type, false, tree_, false});
      break;
    }
    default: type = types_.error(); break;
  }
  if (expected.has_value() && !coerces(type, expected)) {
    report_mismatch(tree_->span(node), expected, type, node);
  }
  return type;
}

TypeId BodyChecker::check_block(NodeId block, TypeId expected) {
  if (block.is_none()) return types_.error();  // `while x` with no body, after a syntax error
  for (NodeId c : Kids(*tree_, block)) {
    if (tree_->kind(c) == NodeKind::Modifier) {
      ModifierKind m = static_cast<ModifierKind>(tree_->node(c).detail);
      if (m == ModifierKind::Async || m == ModifierKind::Const) {
        type_error(make_diagnostic(DiagKind::Unsupported, tree_->span(block), {"`async` and `const` blocks"}));
        return types_.error();
      }
    }
  }
  NodeId label = first_child(*tree_, block, NodeKind::Label);
  NodeId list = first_child(*tree_, block, NodeKind::StmtList);
  if (tree_->has_modifier(block, ModifierKind::Unsafe)) {
    ++unsafe_blocks_;
    TypeId type = check_stmt_list(list, expected);
    --unsafe_blocks_;
    return type;
  }
  if (label.has_value()) {
    LoopFrame frame;
    set_label(frame, label);
    frame.is_block = true;
    frame.head = tree_->span(block);
    frame.break_type = expected.has_value() ? expected : new_var();
    loops_.push_back(frame);
    size_t errors_before = result_.type_diagnostics.size();
    TypeId type = check_stmt_list(list, frame.break_type);
    LoopFrame done = pop_loop();
    bool broken_out = done.has_break;
    if (broken_out) diverges_ = Divergence{};
    widen_to_labelled_block(list, block, errors_before);
    NodeId tail = block_tail_expr(block);
    if (broken_out && tail.has_value() && !is_error(done.break_type) && !is_error(type) && !is_never(type) &&
        tail_mismatch(block, errors_before) == SIZE_MAX && !coerces(type, done.break_type)) {
      // A tail checked before the breaks were known (an `if` without
      // `else`): coerced to them now, as rustc's CoerceMany does.
      report_mismatch(tree_->span(tail), done.break_type, type);
    }
    // A `break 'label` leaves the block normally even when its end is never
    // reached; the block has the type its breaks and tail coerce to (rustc's
    // coercion target), or none when one of them failed to coerce to it.
    // After a break that failed, rustc coerces nothing more: no tail error.
    size_t tail_error = broken_out ? tail_mismatch(block, errors_before) : SIZE_MAX;
    if (broken_out && is_error(done.break_type) && tail_error != SIZE_MAX) {
      result_.type_diagnostics.erase(result_.type_diagnostics.begin() + static_cast<ptrdiff_t>(tail_error));
    }
    if (broken_out && (is_error(done.break_type) || tail_error != SIZE_MAX)) return types_.error();
    return broken_out ? frame.break_type : type;
  }
  return check_stmt_list(list, expected);
}

// rustc's span of a labelled block starts at its label: the mismatch of a
// block without a tail is reported there.
void BodyChecker::widen_to_labelled_block(NodeId list, NodeId block, size_t errors_before) {
  Span at = tree_->span(list);
  for (size_t i = errors_before; i < result_.type_diagnostics.size(); ++i) {
    Diagnostic& d = result_.type_diagnostics[i];
    if (d.kind == DiagKind::MismatchedTypes && d.primary.span == at) d.primary.span = tree_->span(block);
  }
}

// The E0308 that checking the block reported at its tail expression, by
// index into the type diagnostics (from `errors_before` on), if any.
size_t BodyChecker::tail_mismatch(NodeId block, size_t errors_before) const {
  NodeId tail = block_tail_expr(block);
  if (tail.is_none()) return SIZE_MAX;
  Span at = tree_->span(tail);
  for (size_t i = errors_before; i < result_.type_diagnostics.size(); ++i) {
    const Diagnostic& d = result_.type_diagnostics[i];
    if (d.kind == DiagKind::MismatchedTypes && d.primary.span == at) return i;
  }
  return SIZE_MAX;
}

// redundant_semicolons (rustc's early lint, at the block): each run of
// empty statements (`let c = 1;;`) is one warning.
void BodyChecker::lint_redundant_semicolons(const Kids& statements) {
  for (size_t i = 0; i < statements.size();) {
    if (tree_->kind(statements[i]) != NodeKind::EmptyStmt) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < statements.size() && tree_->kind(statements[end]) == NodeKind::EmptyStmt) ++end;
    Span span = tree_->span(statements[i]);
    span.end = tree_->span(statements[end - 1]).end;
    bool one = end - i == 1;
    Diagnostic d = make_diagnostic(DiagKind::RedundantSemicolons, span, {one ? "semicolon" : "semicolons"});
    d.with_fix(span, "", one ? "remove this semicolon" : "remove these semicolons", Applicability::MaybeIncorrect,
               SuggestionStyle::HideCodeInline);
    result_.early_lints.push_back(std::move(d));
    i = end;
  }
}

// rustc's suggest_missing_semicolon: a block's tail of these kinds, where
// `()` is expected, is offered a `;`.
bool could_end_with_semicolon(NodeKind kind) {
  switch (kind) {
    case NodeKind::CallExpr:
    case NodeKind::MethodCallExpr:
    case NodeKind::LoopExpr:
    case NodeKind::IfExpr:
    case NodeKind::MatchExpr:
    case NodeKind::BlockExpr: return true;
    default: return false;
  }
}

TypeId BodyChecker::check_stmt_list(NodeId list, TypeId expected) {
  if (list.is_none()) return types_.error();
  NodeId outer_list = std::exchange(current_stmt_list_, list);
  push_scope();
  auto block_module = crate_.block_modules.find((uint64_t(file_) << 32) | list.index);
  bool pushed_items = !in_macro_arguments_ && block_module != crate_.block_modules.end();
  if (pushed_items) item_scopes_.push_back(block_module->second);
  Kids all_statements(*tree_, list);
  NodeId tail;
  size_t statement_count = all_statements.size();
  if (statement_count > 0 && tree_->kind(all_statements.back()) == NodeKind::ExprStmt &&
      tree_->node(all_statements.back()).detail == 0) {
    tail = all_statements.back();
    --statement_count;
  }
  std::span<const NodeId> statements(all_statements.begin(), statement_count);
  if (!in_macro_arguments_) lint_redundant_semicolons(all_statements);
  // Each statement is checked with a fresh divergence flag, then combined.
  auto statement = [&](NodeId stmt, NodeId expr, auto&& check) {
    // A macro statement's span is the macro call's, without its `;`.
    bool macro = expr.has_value() && tree_->kind(expr) == NodeKind::MacroCall;
    if (diverges_.state == Divergence::Always) warn_if_unreachable(tree_->span(macro ? expr : stmt), "statement");
    Divergence outer = std::exchange(diverges_, Divergence{});
    bool after_divergence = outer.state != Divergence::Maybe;
    unreachable_nesting_ += after_divergence;
    check();
    unreachable_nesting_ -= after_divergence;
    diverges_ = either(diverges_, outer);
    flush_obligation_errors();
  };
  std::pair<NodeId, TypeId> last_value;  // the last statement, an expression with its `;`, and its type
  for (NodeId stmt : statements) {
    NodeKind kind = tree_->kind(stmt);
    lint_unused_doc_comment(stmt);
    if (kind == NodeKind::LetStmt) {
      statement(stmt, NodeId::none(), [&] { check_let(stmt); });
      continue;
    }
    if (kind != NodeKind::ExprStmt) continue;  // items are bodies of their own
    NodeId expr;
    for (NodeId c : Kids(*tree_, stmt)) {
      if (is_expr_kind(tree_->kind(c))) expr = c;
    }
    if (expr.is_none()) continue;
    bool has_semicolon = tree_->node(stmt).detail == 1;
    if (!has_semicolon) {
      semicolon_sites_.push_back({tree_->span(expr), true});
      lint_parens(expr, "block return value");  // rustc's lint sees a `;`-less statement as a block's value
    }
    statement(stmt, expr, [&] {
      TypeId type = check_expr(expr, has_semicolon ? TypeId::none() : types_.unit());
      if (has_semicolon && stmt == statements.back()) last_value = {stmt, type};
    });
    if (has_semicolon && !in_macro_arguments_) lint_unused_statement_value(stmt, expr);
  }
  // As rustc: a block whose statements cannot complete has type `!`.
  bool diverges = diverges_.state != Divergence::Maybe;
  TypeId result;
  // The parser gave up on the rest of this block (an Error node ends it): what
  // the block would have produced is unknown, so it is not judged.
  if (tail.is_none() && statement_count > 0 && tree_->kind(all_statements.back()) == NodeKind::Error) {
    result = types_.error();
  } else if (tail.has_value()) {
    NodeId expr;
    for (NodeId c : Kids(*tree_, tail)) {
      if (is_expr_kind(tree_->kind(c))) expr = c;
    }
    if (expr.has_value()) lint_parens(expr, "block return value");
    if (expr.has_value() && expected.has_value() && is_unit(expected) && could_end_with_semicolon(tree_->kind(expr))) {
      semicolon_sites_.push_back({tree_->span(expr), false});
    }
    result = expr.has_value() ? check_expr(expr, expected) : types_.unit();
    if (diverges && expr.has_value() && is_unit(result)) result = types_.never();
  } else {
    result = diverges ? types_.never() : types_.unit();
    // The last statement's value not known yet (a dependency has not settled):
    // whether rustc would offer to drop its `;` is not either, so the error
    // waits for the check that knows (an early diagnostic is never changed).
    bool undecided = last_value.first.has_value() && is_error(last_value.second) && met_unsettled();
    if (expected.has_value() && !diverges && !undecided && !coerces(types_.unit(), expected)) {
      Span span = tree_->span(list);
      bool fn_body = owner_item_.kind == ItemKind::Fn && loops_.empty() && scope_marks_.size() <= 2 &&
                     expected == return_type_;
      if (fn_body && crate_.fns[owner_item_.data].ret_span.file.has_value()) {
        span = crate_.fns[owner_item_.data].ret_span;
        // rustc points at the return type itself, after `->`.
        const SyntaxTree& file = file_tree();
        NodeId ret = first_child(file, owner_item_.node, NodeKind::RetType);
        if (ret.has_value()) {
          for (NodeId c : Kids(file, ret)) {
            if (is_type_kind(file.kind(c))) span = file.span(c);
          }
        }
      }
      size_t before = result_.type_diagnostics.size();
      if (!report_arm_block_without_tail(span, last_value.first, last_value.second, expected)) {
        report_mismatch(span, expected, types_.unit());
      }
      if (result_.type_diagnostics.size() > before && result_.type_diagnostics.back().kind == DiagKind::MismatchedTypes) {
        explain_missing_tail(result_.type_diagnostics.back(), last_value.first, last_value.second, expected, fn_body);
      }
    }
  }
  if (pushed_items) item_scopes_.pop_back();
  pop_scope();
  current_stmt_list_ = outer_list;
  return result;
}

// A function body without a tail where a value is expected: rustc says so
// at the function's name, and when the last statement's value would do,
// suggests removing its `;`.
void BodyChecker::explain_missing_tail(Diagnostic& d, NodeId last_stmt, TypeId last_type, TypeId expected,
                                       bool fn_body) {
  if (fn_body && owner_item_.name_span.file.has_value()) {
    d.with_secondary(owner_item_.name_span, "implicitly returns `()` as its body has no tail or `return` expression");
  }
  if (last_stmt.has_value() && !is_error(last_type) && would_coerce(last_type, expected)) {
    const Node& stmt = tree_->node(last_stmt);
    if (stmt.end_token > stmt.first_token && tree_->tokens[stmt.end_token - 1].kind == TokenKind::Semi) {
      d.with_fix(tree_->token_span(stmt.end_token - 1), "", "remove this semicolon to return this value",
                 Applicability::MachineApplicable, SuggestionStyle::HideCodeInline);
      return;
    }
  }
  // (A block elsewhere would count the bindings of its own statements and
  // of what encloses it, a match arm's or an `if let`'s; not done yet.)
  if (fn_body) suggest_returning_binding(d, expected);
}

// A match arm's block without a tail, after arms with values: rustc's
// "`match` arms have incompatible types" points at the last statement's
// value when removing its `;` would make it the arm's.
bool BodyChecker::report_arm_block_without_tail(Span block, NodeId last_stmt, TypeId last_type, TypeId expected) {
  if (arms_contexts_.empty() || arms_contexts_.back().current_block != block || arms_contexts_.back().earlier.empty() ||
      arms_contexts_.back().outer_expectation || last_stmt.is_none() || is_error(last_type) || !would_coerce(last_type, expected)) {
    return false;
  }
  const Node& stmt = tree_->node(last_stmt);
  if (stmt.end_token <= stmt.first_token || tree_->tokens[stmt.end_token - 1].kind != TokenKind::Semi) return false;
  Span semicolon = tree_->token_span(stmt.end_token - 1);
  Span value = tree_->span(last_stmt);
  value.end = semicolon.begin;
  while (value.end > value.begin && (text_[value.end - 1] == ' ' || text_[value.end - 1] == '\n')) --value.end;
  std::swap(arms_contexts_.back().current, value);
  size_t before = result_.type_diagnostics.size();
  report_mismatch(arms_contexts_.back().current, expected, types_.unit());
  std::swap(arms_contexts_.back().current, value);
  if (result_.type_diagnostics.size() == before) return true;
  result_.type_diagnostics.back().with_fix(semicolon, "", "consider removing this semicolon",
                                           Applicability::MachineApplicable, SuggestionStyle::HideCodeInline);
  return true;
}

// rustc's last resort for a body without a tail: the bindings of its
// top-level `let`s and parameters of the returned type (the latest of each
// name). One is suggested as the tail; two are pointed at; more, nothing.
void BodyChecker::suggest_returning_binding(Diagnostic& d, TypeId expected) {
  std::vector<const Local*> candidates;
  for (size_t i = locals_.size(); i-- > 0;) {
    const Local& local = locals_[i];
    if (!same_type_modulo_infer(local.type, expected)) continue;
    bool shadowed = false;
    for (const Local* c : candidates) shadowed |= c->name == local.name;
    if (!shadowed) candidates.push_back(&local);
  }
  if (candidates.size() == 2) {
    SubDiagnostic note{Level::Note, "consider returning one of these bindings", {}, std::nullopt};
    for (const Local* c : candidates) {
      note.spans.push_back(Label{c->span, ""});
      note.spans.back().primary = true;
    }
    std::sort(note.spans.begin(), note.spans.end(), [](const Label& a, const Label& b) { return a.span.begin < b.span.begin; });
    d.children.push_back(std::move(note));
    return;
  }
  const SyntaxTree& file = file_tree();
  NodeId body = owner_item_.node.has_value() ? first_child(file, owner_item_.node, NodeKind::BlockExpr) : NodeId::none();
  NodeId list = body.has_value() ? first_child(file, body, NodeKind::StmtList) : NodeId::none();
  if (candidates.size() != 1 || list.is_none()) return;
  std::string name(candidates[0]->name);
  Span block = file.span(list);
  bool multiline = text_.substr(block.begin, block.length()).find('\n') != std::string_view::npos;
  Kids statements(file, list);
  Span at;
  std::string code;
  if (!statements.empty()) {
    at = file.span(statements.back());
    at.begin = at.end;
    code = multiline ? "\n" + line_indentation(file.span(statements.back()).begin) + name : " " + name;
  } else {
    at = Span{block.file, block.begin + 1, block.begin + 1};
    code = multiline ? "\n" + line_indentation(block.begin) + "    " + name : " " + name + " ";
  }
  d.with_fix(at, code, "consider returning the local binding `" + name + "`", Applicability::MaybeIncorrect,
             SuggestionStyle::ShowAlways);
}

// The spaces and tabs that start the line holding `offset`.
std::string BodyChecker::line_indentation(uint32_t offset) const {
  size_t start = text_.rfind('\n', offset == 0 ? 0 : offset - 1);
  start = start == std::string_view::npos ? 0 : start + 1;
  size_t end = start;
  while (end < text_.size() && (text_[end] == ' ' || text_[end] == '\t')) ++end;
  return std::string(text_.substr(start, end - start));
}

// rustc's same_type_modulo_infer: equal types, where an inference variable
// matches any type of its kind (binding nothing).
bool BodyChecker::same_type_modulo_infer(TypeId a, TypeId b, int depth) {
  a = shallow(a);
  b = shallow(b);
  if (a == b) return !is_error(a);
  if (depth > 16) return false;
  const TypeData& da = types_.data(a);
  const TypeData& db = types_.data(b);
  if (da.kind == TypeKind::Error || db.kind == TypeKind::Error) return false;
  if (da.kind == TypeKind::InferVar || db.kind == TypeKind::InferVar) return true;
  auto int_like = [](TypeKind k) { return k == TypeKind::Int || k == TypeKind::IntVar; };
  auto float_like = [](TypeKind k) { return k == TypeKind::Float || k == TypeKind::FloatVar; };
  if (da.kind == TypeKind::IntVar || db.kind == TypeKind::IntVar) return int_like(da.kind) && int_like(db.kind);
  if (da.kind == TypeKind::FloatVar || db.kind == TypeKind::FloatVar) return float_like(da.kind) && float_like(db.kind);
  if (da.kind != db.kind || da.detail != db.detail) return false;
  switch (da.kind) {
    case TypeKind::Ref:
    case TypeKind::Slice: return same_type_modulo_infer(TypeId(da.a), TypeId(db.a), depth + 1);
    case TypeKind::Array: return da.length == db.length && same_type_modulo_infer(TypeId(da.a), TypeId(db.a), depth + 1);
    case TypeKind::Tuple: {
      std::vector<TypeId> ea(types_.tuple_elements(a).begin(), types_.tuple_elements(a).end());
      std::vector<TypeId> eb(types_.tuple_elements(b).begin(), types_.tuple_elements(b).end());
      if (ea.size() != eb.size()) return false;
      for (size_t i = 0; i < ea.size(); ++i) {
        if (!same_type_modulo_infer(ea[i], eb[i], depth + 1)) return false;
      }
      return true;
    }
    default: return false;
  }
}

// rustc's late lints on a statement whose value is thrown away: an
// operator's (`a == b;`, unused_must_use) or a path's (`a;`, path_statements).
void BodyChecker::lint_unused_statement_value(NodeId stmt, NodeId expr, bool in_block_tail) {
  NodeKind kind = tree_->kind(expr);
  if (kind == NodeKind::BlockExpr && !in_block_tail && first_child(*tree_, expr, NodeKind::Label).is_none() &&
      !tree_->has_modifier(expr, ModifierKind::Unsafe)) {
    // `{ scale * 2.0 };`: rustc looks at the block's value, its tail.
    NodeId tail = block_tail_expr(expr);
    NodeKind tail_kind = tail.has_value() ? tree_->kind(tail) : NodeKind::BlockExpr;
    if (tail_kind != NodeKind::BlockExpr && tail_kind != NodeKind::PathExpr) lint_unused_statement_value(stmt, tail, true);
    return;
  }
  if (kind == NodeKind::PathExpr) {
    result_.late_lints.push_back(make_diagnostic(DiagKind::PathStatementNoEffect, tree_->span(stmt), {}));
    return;
  }
  if ((kind == NodeKind::MethodCallExpr || kind == NodeKind::CallExpr) && last_primitive_call_ &&
      last_primitive_call_->call == expr) {
    // Every primitive method is #[must_use] in std.
    const PrimitiveCall& c = *last_primitive_call_;
    Span span = tree_->span(expr);
    Diagnostic d = make_diagnostic(DiagKind::UnusedMustUseResult, span,
                                   {must_use_name(types_, shallow(c.receiver), c.member, c.name)});
    if (!c.member.must_use_note.empty()) d.with_note(std::string(c.member.must_use_note));
    suggest_let_underscore(d, span, in_block_tail);
    result_.late_lints.push_back(std::move(d));
    return;
  }
  if (kind != NodeKind::BinaryExpr && kind != NodeKind::PrefixExpr && kind != NodeKind::RefExpr) return;
  NodeId op_node = last_child(*tree_, expr, NodeKind::Op);
  if (op_node.is_none() && kind != NodeKind::RefExpr) return;
  OpKind op = op_node.has_value() ? static_cast<OpKind>(tree_->node(op_node).detail) : OpKind::None;
  std::string what;
  if (kind == NodeKind::RefExpr) what = "borrow";
  else if (op >= OpKind::Eq && op <= OpKind::Ge) what = "comparison";
  else if (op >= OpKind::Add && op <= OpKind::Rem) what = "arithmetic operation";
  else if (op >= OpKind::BitAnd && op <= OpKind::Shr) what = "bitwise operation";
  else if (op == OpKind::And || op == OpKind::Or) what = "logical operation";
  else if (op == OpKind::Neg || op == OpKind::Not) what = "unary operation";
  else return;
  Span span = tree_->span(expr);
  Diagnostic d = make_diagnostic(DiagKind::UnusedMustUseOp, span, {what});
  d.with_label("the " + what + " produces a value");
  suggest_let_underscore(d, span, in_block_tail);
  result_.late_lints.push_back(std::move(d));
}

void BodyChecker::suggest_let_underscore(Diagnostic& d, Span span, bool in_block_tail) {
  d.with_fix(Span{span.file, span.begin, span.begin}, "let _ = ", "use `let _ = ...` to ignore the resulting value",
             Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
  if (in_block_tail) {
    // `{ a * 2 };`: the tail becomes a statement of its own (a two-part edit).
    d.children.back().spans.front().text = "let _ = ";
    d.children.back().spans.push_back(Label{Span{span.file, span.end, span.end}, ";"});
  }
}

// How rustc's expected/found notes name a type's sort: "struct `Entry`",
// "unit type `()`", "array `[u8; 4]`", "type `i32`".
std::string BodyChecker::type_sort(TypeId type) {
  TypeId t = shallow(type);
  switch (types_.kind(t)) {
    case TypeKind::Adt: return resolver_.item(types_.data(t).item).kind == ItemKind::Enum ? "enum" : "struct";
    case TypeKind::Array: return "array";
    case TypeKind::Slice: return "slice";
    case TypeKind::Tuple: return types_.tuple_elements(t).empty() ? "unit type" : "tuple";
    case TypeKind::Ref: return types_.is_mutable_ref(t) ? "mutable reference" : "reference";
    default: return "type";
  }
}

// E0308 as rustc words it for an `else` block that may end normally.
void BodyChecker::report_let_else_not_diverging(NodeId else_block, TypeId else_type) {
  std::string found = show(else_type);
  Diagnostic& d = type_error(make_diagnostic(DiagKind::LetElseNotDiverging, tree_->span(else_block), {}));
  d.with_label("expected `!`, found " + label_name(else_type));
  d.with_note(aligned_expected_found("expected type", "!", "found " + type_sort(else_type), found));
  d.with_help("try adding a diverging expression, such as `return` or `panic!(..)`");
  d.with_help("...or use `match` instead of `let...else`");
}

// unused_doc_comments (an early lint): `///` on a `let`, a macro call
// statement or a match arm, which rustdoc documents nothing of.
void BodyChecker::lint_unused_doc_comment(NodeId owner) {
  // A doc comment on the statement or arm (or on the macro call it holds) is its first token.
  if (in_macro_arguments_ || !tree_->may_start_with_attribute(owner)) return;
  NodeId documented = owner;
  NodeId first, last;
  auto collect = [&](NodeId node) {
    for (NodeId c : Kids(*tree_, node)) {
      if (tree_->kind(c) != NodeKind::DocComment) break;
      if (first.is_none()) first = c;
      last = c;
    }
  };
  collect(owner);
  // A doc comment with nothing after it is the parser's E0585, not this lint.
  bool documents_something = false;
  for (NodeId c : Kids(*tree_, owner)) {
    NodeKind k = tree_->kind(c);
    documents_something |= k != NodeKind::DocComment && k != NodeKind::Attr && k != NodeKind::Error;
  }
  if (!documents_something) return;
  NodeKind kind = tree_->kind(owner);
  NodeId expr = kind == NodeKind::ExprStmt ? last_expr_child(owner) : NodeId::none();
  bool macro_call = expr.has_value() && tree_->kind(expr) == NodeKind::MacroCall;
  if (first.is_none() && macro_call) collect(expr);
  if (first.is_none()) return;
  Span docs{tree_->file, tree_->span(first).begin, tree_->span(last).end};
  Diagnostic d = make_diagnostic(DiagKind::UnusedDocComment, docs, {});
  if (macro_call) {
    d.with_label("rustdoc does not generate documentation for macro invocations");
    d.with_help("to document an item produced by a macro, the macro must produce the documentation as part of its "
                "expansion");
  } else {
    if (kind == NodeKind::LetStmt) {
      Span statement = tree_->span_without_attributes(documented);
      d.with_secondary(statement, "rustdoc does not generate documentation for statements");
    } else if (kind == NodeKind::ExprStmt) {
      // The attribute belongs to the leftmost operand (`balance` of `balance -= fee`).
      NodeId leftmost = expr;
      while (leftmost.has_value()) {
        NodeKind k = tree_->kind(leftmost);
        bool infix = k == NodeKind::BinaryExpr || k == NodeKind::CastExpr || k == NodeKind::RangeExpr;
        NodeId inner = infix ? first_expr_child(leftmost) : NodeId::none();  // (a call keeps it whole)
        if (inner.is_none()) break;
        leftmost = inner;
      }
      if (leftmost.has_value()) d.with_secondary(tree_->span(leftmost), "rustdoc does not generate documentation for expressions");
    } else if (kind == NodeKind::MatchArm) {
      // From the pattern to the value, without the `,` (none when the value is a macro call, as rustc).
      NodeId value = last_expr_child(owner);
      NodeId pattern;
      for (NodeId c : Kids(*tree_, owner)) {
        if (tree_->kind(c) != NodeKind::DocComment) {
          pattern = c;
          break;
        }
      }
      if (value.has_value() && pattern.has_value() && tree_->kind(value) != NodeKind::MacroCall) {
        Span arm{tree_->file, tree_->span(pattern).begin, tree_->span(value).end};
        d.with_secondary(arm, "rustdoc does not generate documentation for match arms");
      }
    }
    d.with_help("use `//` for a plain comment");
  }
  result_.early_lints.push_back(std::move(d));
}

void BodyChecker::check_let(NodeId let) {
  NodeId pattern, type_node, init, else_block;
  for (NodeId c : Kids(*tree_, let)) {
    NodeKind k = tree_->kind(c);
    if (is_pattern_kind(k) && pattern.is_none()) {
      pattern = c;
    } else if (is_type_kind(k) && type_node.is_none() && init.is_none()) {
      type_node = c;
    } else if (is_expr_kind(k) && init.is_none()) {
      init = c;
    } else if (k == NodeKind::LetElse) {
      else_block = first_child(*tree_, c, NodeKind::BlockExpr);
    }
  }
  lint_paren_types(type_node);
  if (init.has_value()) lint_parens(init, "assigned value", false);
  bool in_dead_code = in_unreachable_code();  // before the initialiser, which may diverge
  TypeId declared = type_node.has_value() ? lower_type(type_node) : TypeId::none();
  // A declared type that did not resolve was reported already; as in rustc,
  // the body's later passes (lints, borrow checking) are then skipped.
  if (declared.has_value() && is_error(declared)) tainted_ = true;
  TypeId type = declared;
  if (init.has_value()) {
    size_t first_new = result_.type_diagnostics.size();
    NodeId outer_typed_init = std::exchange(typed_let_init_, type_node.has_value() ? init : NodeId::none());
    TypeId init_type = check_expr(init, declared);
    typed_let_init_ = outer_typed_init;
    if (type_node.has_value()) {
      // (A block's own mismatch, its missing tail, is not labelled so by rustc.)
      if (tree_->kind(init) != NodeKind::BlockExpr) {
        label_mismatches(first_new, tree_->span(init), {tree_->span(type_node), "expected due to this"});
      }
      if (pattern.has_value()) {
        label_mismatches(first_new, tree_->span(init), {tree_->span(pattern), "expected because of this assignment"},
                         DiagKind::IfWithoutElse);
      }
    }
    if (type.is_none()) type = is_never(init_type) ? new_diverging_var() : init_type;
    // An initialiser whose type is or holds the error makes a lone binding
    // the error even with a declared type (rustc's overwrite_local_ty_if_err):
    // `let n: u32 = unknown();` raises nothing where `n` is used. (The parts
    // of a destructuring pattern keep their types: `let (a, b)` of `(i32, {error})`.)
    if (pattern.has_value() && tree_->kind(pattern) == NodeKind::IdentPat && holds_error(init_type)) {
      type = types_.error();
    }
  }
  if (type.is_none()) type = new_var();
  if (else_block.has_value()) {
    Divergence before_else = diverges_;  // the `else` runs only when the pattern does not match
    TypeId else_type = check_block(else_block, TypeId::none());
    diverges_ = before_else;
    if (!is_never(else_type) && !is_error(else_type)) report_let_else_not_diverging(else_block, else_type);
  }
  if (!type_node.has_value() && types_.has_vars(type) && !in_macro_arguments_ &&
      (is_lone_binding(pattern) || tree_->kind(pattern) == NodeKind::WildcardPat)) {
    unknown_type_lets_.push_back({pattern, init, type});  // `let a;`, `let e = [];`: maybe never known (E0282)
  }
  uint32_t first_new = static_cast<uint32_t>(locals_.size());
  note_ref_mut_bindings(pattern, init, type);
  // `let x: T` and `let x = v` point later mismatching assignments at `T` or `v`.
  bool lone_binding = is_lone_binding(pattern);
  if (lone_binding && type_node.has_value()) binding_expectation_ = {tree_->span(type_node), "expected due to this type"};
  else if (lone_binding && init.has_value()) binding_expectation_ = {tree_->span(init), "expected due to this value"};
  {
    PatternScrutinee scrutinee(*this, !type_node.has_value() && init.has_value() ? tree_->span(init) : Span{}, type);
    if (pattern.has_value()) check_pattern(pattern, type, true);
  }
  // The local's own type: `let ref z = *v` binds a reference and is fine.
  if (lone_binding && init.has_value() && locals_.size() > first_new) {
    report_unsized_local(pattern, init, locals_[first_new].type);
  }
  for (uint32_t i = first_new; i < locals_.size(); ++i) locals_[i].in_dead_code = in_dead_code;
  if (lone_binding && !type_node.has_value() && locals_.size() == first_new + 1) locals_.back().untyped_let = true;
  binding_expectation_.reset();
  if (pattern.has_value() && else_block.is_none()) note_let_binding(pattern, init);
  if (pattern.has_value() && else_block.is_none() && !in_macro_arguments_ &&
      (!is_trivially_irrefutable(pattern) || may_name_variant(pattern, type))) {
    let_sites_.push_back({pattern, type, false, item_scope(), ConditionalLet::None, Span{},
                          init.has_value() ? tree_->span(init) : Span{}});
  }
  if (pattern.has_value() && else_block.has_value() && !in_macro_arguments_) {
    // rustc points at `let PAT = VALUE`, without the `else`.
    Span span = tree_->span(let);
    span.end = tree_->span(init.has_value() ? init : pattern).end;
    let_sites_.push_back({pattern, type, false, item_scope(), ConditionalLet::LetElse, span, Span{}});
  }
  if (init.is_none()) {
    for (uint32_t i = first_new; i < locals_.size(); ++i) locals_[i].assigned_at_declaration = false;
  }
}

// `let ch = *s` with `s: &str`: a local of an unsized type (`str`, `[T]`)
// is rustc's E0277; a deref is what usually made it, and rustc says so.
bool BodyChecker::is_unsized(TypeId type) {
  TypeKind k = types_.kind(shallow(type));
  return k == TypeKind::Str || k == TypeKind::Slice;
}

// rustc's E0277 for a value of a type without a size (`str`, `[T]`) at `at`.
Diagnostic BodyChecker::unsized_value(Span at, TypeId type) {
  std::string shown = show(type);
  Diagnostic d = make_diagnostic(DiagKind::UnsizedType, at, {shown});
  d.with_label("doesn't have a size known at compile-time");
  d.with_help("the trait `Sized` is not implemented for `" + shown + "`");
  return d;
}

void BodyChecker::report_unsized_local(NodeId pattern, NodeId init, TypeId type) {
  if (!is_unsized(type)) return;
  Diagnostic& d = type_error(unsized_value(tree_->span(pattern), shallow(type)));
  d.with_note("all local variables must have a statically known size");
  NodeId value = paren_inner_expr(init);
  if (value.has_value() && tree_->kind(value) == NodeKind::IndexExpr) {
    Span at = tree_->span(value);
    d.with_fix(Span{at.file, at.begin, at.begin}, "&", "consider borrowing here", Applicability::MachineApplicable,
               SuggestionStyle::ShowAlways);
  }
  if (prefix_op(*tree_, value) == OpKind::Deref) {
    d.with_fix(tree_->span(first_child(*tree_, value, NodeKind::Op)), "",
               "references are always `Sized`, even if they point to unsized data; consider not dereferencing the "
               "expression",
               Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
  }
}

// `fn f(s: str)`: E0277 when the body is checked, with rustc's `&`.
void BodyChecker::report_unsized_parameter(NodeId type_node, TypeId type) {
  if (type_node.is_none() || !is_unsized(type)) return;
  bool str = types_.kind(shallow(type)) == TypeKind::Str;
  Span at = tree_->span(type_node);
  Diagnostic& d = type_error(unsized_value(at, type));
  d.with_fix(Span{at.file, at.begin, at.begin}, "&",
             std::string("function arguments must have a statically known size, borrowed ") +
                 (str ? "types" : "slices") + " always have a known size",
             Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
}

TypeId BodyChecker::check_condition(NodeId cond, ConditionalLet let_kind) {
  if (tree_->kind(cond) == NodeKind::LetExpr) {
    NodeId pattern, scrutinee;
    for (NodeId c : Kids(*tree_, cond)) {
      if (is_pattern_kind(tree_->kind(c)) && pattern.is_none()) pattern = c;
      else if (is_expr_kind(tree_->kind(c))) scrutinee = c;
    }
    if (scrutinee.is_none()) {  // `while let a` (a recovered tree): its bindings exist, untyped
      if (pattern.has_value()) check_pattern(pattern, types_.error(), false);
      return types_.bool_type();
    }
    TypeId type = check_expr(scrutinee, TypeId::none());
    if (pattern.has_value()) note_ref_mut_bindings(pattern, scrutinee, type);
    if (pattern.has_value()) {
      PatternScrutinee context(*this, tree_->span(scrutinee), type);
      check_pattern(pattern, type, false);
    }
    if (pattern.has_value() && may_be_known(scrutinee, type)) {
      known_match_sites_.push_back({scrutinee, type, {{pattern, false}}, cond, NodeId::none()});
    }
    if (pattern.has_value() && let_kind != ConditionalLet::None && !in_macro_arguments_) {
      let_sites_.push_back({pattern, type, false, item_scope(), let_kind, tree_->span(cond), Span{}});
    }
    return types_.bool_type();
  }
  if (tree_->kind(cond) == NodeKind::BinaryExpr) {
    NodeId op = first_child(*tree_, cond, NodeKind::Op);
    if (op.has_value() && static_cast<OpKind>(tree_->node(op).detail) == OpKind::And) {
      std::vector<NodeId> parts;
      for (NodeId c : Kids(*tree_, cond)) {
        if (is_expr_kind(tree_->kind(c))) parts.push_back(c);
      }
      bool has_let = false;
      for (NodeId p : parts) has_let |= tree_->kind(p) == NodeKind::LetExpr;
      if (has_let && parts.size() == 2) {
        check_condition(parts[0]);
        check_condition(parts[1]);
        return types_.bool_type();
      }
    }
  }
  return check_expr(cond, types_.bool_type());
}

TypeId BodyChecker::check_if(NodeId node, TypeId expected) {
  auto [cond, then_block, else_branch] = if_parts(*tree_, node);
  push_scope();  // bindings of `if let` are visible in the then-branch only
  if (cond.has_value()) lint_parens(cond, "`if` condition");
  // An `if` whose condition is an error is the error (rustc's check_then_else): what uses it stays silent.
  bool cond_error = cond.has_value() && is_error(check_condition(cond, ConditionalLet::IfLet));
  std::optional<size_t> branch = cond.has_value() ? note_branch(cond, then_block, else_branch, node) : std::nullopt;
  // The `if` diverges when its condition does, or both branches do.
  Divergence cond_diverges = std::exchange(diverges_, Divergence{});
  if (else_branch.is_none()) {
    if (NodeId tail = block_tail_expr(then_block); tail.has_value()) {
      unit_if_branch_tails_.push_back({tree_->span(tail), tree_->span(node), false});
    }
    TypeId type = check_if_without_else(node, then_block, expected);
    if (branch) branch_sites_[*branch].true_diverges = diverges_.state != Divergence::Maybe;
    diverges_ = cond_diverges;
    pop_scope();
    return cond_error ? types_.error() : type;
  }
  TypeId target = expected;
  if (expected.has_value() && is_unit(expected)) {
    // rustc's "expected this to be `()`" at this `if`, on a branch's value.
    Span whole = tree_->span(node);
    if (NodeId tail = block_tail_expr(then_block); tail.has_value()) {
      unit_if_branch_tails_.push_back({tree_->span(tail), whole, true});
    }
    if (tree_->kind(else_branch) == NodeKind::BlockExpr) {
      if (NodeId tail = block_tail_expr(else_branch); tail.has_value()) {
        unit_if_branch_tails_.push_back({tree_->span(tail), whole, true});
      }
    }
  }
  TypeId then_type = then_block.has_value() ? check_block(then_block, target) : types_.error();
  Divergence then_diverges = std::exchange(diverges_, Divergence{});
  pop_scope();
  TypeId type = check_else_branch(else_branch, target, then_type, then_block, node);
  if (branch) {
    branch_sites_[*branch].true_diverges = then_diverges.state != Divergence::Maybe;
    branch_sites_[*branch].false_diverges = diverges_.state != Divergence::Maybe;
  }
  diverges_ = either(cond_diverges, both(then_diverges, diverges_));
  return cond_error ? types_.error() : type;
}

// The `else` of an `if` whose then-branch has `then_type`: the `if`'s type.
TypeId BodyChecker::check_else_branch(NodeId else_branch, TypeId target, TypeId then_type, NodeId then_block,
                                      NodeId if_node) {
  if (target.is_none()) {
    TypeId else_type = check_expr_inner(else_branch, TypeId::none());
    if (is_never(then_type)) return else_type;
    if (is_never(else_type)) return then_type;
    if (!coerces(else_type, then_type) && !coerces(then_type, else_type)) {
      if (!is_error(then_type) && !is_error(else_type)) {
        // rustc points at the else branch's tail expression.
        Span span = tree_->span(else_branch);
        NodeId list = first_child(*tree_, else_branch, NodeKind::StmtList);
        if (list.has_value()) {
          std::vector<NodeId> stmts = Kids(*tree_, list);
          if (!stmts.empty() && tree_->kind(stmts.back()) == NodeKind::ExprStmt) span = tree_->span(stmts.back());
        }
        NodeId else_tail = block_tail_expr(else_branch);
        NodeId then_tail = block_tail_expr(then_block);
        if (else_tail.has_value()) span = tree_->span(else_tail);
        Diagnostic d = make_diagnostic(DiagKind::IfElseIncompatible, span, {});
        d.with_label(mismatch_label(then_type, else_type));
        if (then_tail.has_value()) d.with_secondary(tree_->span(then_tail), "expected because of this");
        Span whole = tree_->span(if_node);
        if (spans_lines(whole)) {
          d.with_secondary(whole, "`if` and `else` have incompatible types");  // rustc: only for a multi-line `if`
        }
        if (else_tail.has_value()) suggest_numeric_conversion(d, else_tail, then_type, else_type, "");
        if (fn_item_function(else_type) != nullptr) {
          if (std::optional<std::string> note = expected_found_note(then_type, else_type)) d.with_note(std::move(*note));
          suggest_calling_fn_item(d, else_tail, then_type, else_type);
        }
        type_error(std::move(d));
      }
      return types_.error();  // rustc's CoerceMany: the `if` has no type of its own then
    }
    return then_type;
  }
  TypeId else_type = check_expr(else_branch, target);
  if (is_never(then_type) && is_never(else_type)) return types_.never();
  return target;
}

TypeId BodyChecker::check_match(NodeId node, TypeId expected) {
  NodeId scrutinee, arms;
  for (NodeId c : Kids(*tree_, node)) {
    if (tree_->kind(c) == NodeKind::MatchArmList) arms = c;
    else if (is_expr_kind(tree_->kind(c)) && scrutinee.is_none()) scrutinee = c;
  }
  // rustc's early lint pass looks at the arms' bodies, then the scrutinee,
  // before anything inside them.
  if (arms.has_value()) {
    for (NodeId arm : Kids(*tree_, arms)) {
      if (tree_->kind(arm) != NodeKind::MatchArm) continue;
      NodeId body;
      for (NodeId c : Kids(*tree_, arm)) {
        if (is_expr_kind(tree_->kind(c))) body = c;
      }
      if (body.has_value()) lint_parens(body, "match arm expression", false);
    }
  }
  if (scrutinee.has_value()) lint_parens(scrutinee, "`match` scrutinee expression", false);
  TypeId scrutinee_type = check_expr(scrutinee, TypeId::none());
  // The `match` diverges when its scrutinee does, or every arm does.
  Divergence scrutinee_diverges = std::exchange(diverges_, Divergence{});
  Divergence arms_diverge{Divergence::Warned, Span{}, false};
  // rustc does not coerce the arms to an expected `()` (a `match` statement's):
  // they agree among themselves, then the whole `match` is a mismatch.
  bool expects_unit = expected.has_value() && is_unit(shallow(expected));
  TypeId result = expects_unit ? TypeId::none() : expected;
  MatchSite site;
  site.scope = item_scope();
  site.scrutinee_type = scrutinee_type;
  site.scrutinee_span = tree_->span(scrutinee.has_value() ? scrutinee : node);
  site.start = tree_->span(node).begin;
  if (NodeId list = first_child(*tree_, node, NodeKind::MatchArmList); list.has_value()) site.arm_list = tree_->span(list);
  bool all_diverge = true;
  bool any_arm = false;
  bool arms_failed = false;
  // rustc's "`match` arms have incompatible types" marks `match x`, or the
  // whole `match` when it spans lines.
  Span head = tree_->span(node);
  if (scrutinee.has_value() && !spans_lines(head)) head.end = tree_->span(scrutinee).end;
  arms_contexts_.push_back(ArmsContext{head, {}, Span{}, Span{}, result.has_value() && !is_error(result)});
  if (arms.has_value()) {
    for (NodeId arm : Kids(*tree_, arms)) {
      if (tree_->kind(arm) != NodeKind::MatchArm) continue;
      lint_unused_doc_comment(arm);
      any_arm = true;
      push_scope();
      size_t outer_variants = arm_variants_.size();
      NodeId body;
      MatchArmSite arm_site;
      arm_site.has_guard = first_child(*tree_, arm, NodeKind::MatchGuard).has_value();
      diverges_ = Divergence{};  // an earlier arm that diverged does not make this one's bindings dead
      for (NodeId c : Kids(*tree_, arm)) {
        NodeKind k = tree_->kind(c);
        if (is_pattern_kind(k) && arm_site.pattern.is_none()) arm_site.pattern = c;
        if (is_pattern_kind(k)) {
          note_ref_mut_bindings(c, scrutinee, scrutinee_type);
          in_arm_pattern_ = true;
          in_guarded_arm_pattern_ = arm_site.has_guard;
          PatternScrutinee context(*this, tree_->span(scrutinee), scrutinee_type);
          check_pattern(c, scrutinee_type, false);
          in_arm_pattern_ = in_guarded_arm_pattern_ = false;
        }
        else if (k == NodeKind::MatchGuard) {
          diverges_ = Divergence{};
          for (NodeId g : Kids(*tree_, c)) {
            if (is_expr_kind(tree_->kind(g))) check_condition(g);
          }
        } else if (is_expr_kind(k)) body = c;
      }
      diverges_ = Divergence{};
      if (body.has_value()) {
        TypeId type;
        bool block = tree_->kind(body) == NodeKind::BlockExpr;
        arms_contexts_.back().current = block ? Span{} : tree_->span(body);
        arms_contexts_.back().current_block = block ? tree_->span(body) : Span{};
        if (arms_failed) {
          // rustc's CoerceMany: once an arm failed to coerce, the match's type
          // is the error and no arm is coerced again; a block arm's tail still
          // meets the match's own expectation.
          type = check_expr(body, block && expected.has_value() ? expected : types_.error());
        } else if (result.has_value()) {
          type = check_expr(body, result);
          // An arm of the error type makes the match's type the error too.
          if (!is_never(type) && (is_error(type) || !coerces(type, result))) {
            arms_failed = true;
            result = types_.error();
          }
        } else {
          type = check_expr(body, TypeId::none());
          if (!is_never(type)) result = type;
        }
        arms_contexts_.back().current = arms_contexts_.back().current_block = Span{};
        if (!is_never(type)) arms_contexts_.back().earlier.push_back({arm_value_span(body), type});
        if (!is_never(type)) all_diverge = false;
      }
      arms_diverge = both(arms_diverge, diverges_);
      arm_site.span = Span{tree_->span(arm).file, tree_->span(arm).begin,
                           body.has_value() ? tree_->span(body).end : tree_->span(arm).end};
      if (arm_site.pattern.has_value()) site.arms.push_back(arm_site);
      arm_variants_.resize(outer_variants);
      pop_scope();
    }
  }
  arms_contexts_.pop_back();
  if (arms.has_value() && may_be_known(scrutinee, scrutinee_type)) {
    std::vector<std::pair<NodeId, bool>> arm_list;
    for (NodeId arm : Kids(*tree_, arms)) {
      if (tree_->kind(arm) == NodeKind::MatchArm) {
        arm_list.push_back({arm, first_child(*tree_, arm, NodeKind::MatchGuard).has_value()});
      }
    }
    known_match_sites_.push_back({scrutinee, scrutinee_type, std::move(arm_list), NodeId::none(), node});
  }
  if (arms_diverge.state == Divergence::Always) arms_diverge = Divergence{Divergence::Always, tree_->span(node), true};
  // `match x {}` (an empty type, or E0004): no arm returns, so nothing after it runs.
  if (!any_arm && !in_macro_arguments_) arms_diverge = Divergence{Divergence::Always, tree_->span(node), false};
  diverges_ = either(scrutinee_diverges, arms_diverge);
  if (!in_macro_arguments_) match_sites_.push_back(std::move(site));
  if (!any_arm || all_diverge) return types_.never();
  if (!result.has_value()) return types_.never();
  if (expects_unit && !arms_failed && !coerces(result, expected)) {
    report_mismatch(tree_->span(node), expected, result, node);
    return types_.error();
  }
  return result;
}

// Where rustc says an arm's type was found: its value, a block's tail, or
// for a block without one its last statement (the block when empty).
Span BodyChecker::arm_value_span(NodeId body) const {
  if (tree_->kind(body) != NodeKind::BlockExpr) return tree_->span(body);
  if (NodeId tail = block_tail_expr(body); tail.has_value()) return tree_->span(tail);
  NodeId list = first_child(*tree_, body, NodeKind::StmtList);
  NodeId last;
  if (list.has_value()) {
    for (NodeId stmt : Kids(*tree_, list)) last = stmt;
  }
  return tree_->span(last.has_value() ? last : body);
}

TypeId BodyChecker::check_loop(NodeId node, TypeId expected) {
  LoopFrame frame;
  set_label_of(frame, node);
  frame.is_loop = true;
  frame.break_type = expected.has_value() ? expected : new_var();
  loops_.push_back(frame);
  check_block(first_child(*tree_, node, NodeKind::BlockExpr), types_.unit());
  LoopFrame done = pop_loop();
  // A loop left by `break` may complete; one that is not never does.
  if (done.has_break) diverges_ = Divergence{};
  else diverge_at(tree_->span(node));
  if (!done.has_break) return types_.never();
  return done.break_type;
}

NodeId BodyChecker::first_expr_child(NodeId node) const {
  for (NodeId c : Kids(*tree_, node)) {
    if (is_expr_kind(tree_->kind(c))) return c;
  }
  return NodeId::none();
}

// The value expression ending `block` (`{ ...; v }`), if any.
NodeId BodyChecker::block_tail_expr(NodeId block) const {
  NodeId list = block.has_value() ? first_child(*tree_, block, NodeKind::StmtList) : NodeId::none();
  if (list.is_none()) return NodeId::none();
  NodeId last;
  for (NodeId stmt : Kids(*tree_, list)) last = stmt;
  if (last.is_none() || tree_->kind(last) != NodeKind::ExprStmt || tree_->node(last).detail != 0) return NodeId::none();
  NodeId expr;
  for (NodeId c : Kids(*tree_, last)) {
    if (is_expr_kind(tree_->kind(c))) expr = c;
  }
  return expr;
}

// `if c { v }`: the missing `else` gives `()`. As rustc: the block is checked
// against what the `if` is expected to be; where that is `()` (a statement
// without `;`, a unit tail) a value in it is E0308, and where it is another
// type, or nothing and the block has a value, the `if` is E0317.
// Its type: `()`, or the error type once E0317 is reported (nothing more
// follows from it, as in rustc).
TypeId BodyChecker::check_if_without_else(NodeId node, NodeId then_block, TypeId expected) {
  // rustc's adjust_for_branches: an expectation not known yet when the `if`
  // is reached (a labelled block's type, before any break) is none.
  if (expected.has_value() && types_.kind(shallow(expected)) == TypeKind::InferVar) expected = TypeId::none();
  size_t first_new = result_.type_diagnostics.size();
  TypeId then_type = then_block.has_value() ? check_block(then_block, expected) : types_.unit();
  NodeId tail = block_tail_expr(then_block);
  // A block without a value where one is expected was the mismatch (E0308 at
  // the block, as in rustc): the missing `else` is not news then.
  if (expected.has_value() && tail.is_none() && result_.type_diagnostics.size() > first_new &&
      result_.type_diagnostics.back().kind == DiagKind::MismatchedTypes) {
    return types_.error();
  }
  TypeId shown = expected;
  if (expected.is_none()) {
    TypeId t = shallow(then_type);
    if (is_error(t) || is_never(t) || t == types_.unit() || types_.kind(t) == TypeKind::InferVar) return types_.unit();
    shown = t;
  } else if (coerces(types_.unit(), expected)) {
    if (tail.has_value()) {
      label_mismatches(first_new, tree_->span(tail),
                       {tree_->span(node), "`if` expressions without `else` arms expect their inner expression to be `()`"});
    }
    return types_.unit();
  }
  // So was a value of another type: rustc's coercion failed, nothing follows.
  if (expected.has_value() && tail.has_value() && tail_mismatch(then_block, first_new) != SIZE_MAX) {
    return types_.error();
  }
  Diagnostic& d = type_error(make_diagnostic(DiagKind::IfWithoutElse, tree_->span(node), {}));
  d.with_label("expected " + label_name(shown) + ", found `()`");
  // rustc gives a reason for the expectation only for a free function's
  // tail (its return type) and a typed `let`'s initialiser (labelled by
  // check_let); otherwise it points at the value found.
  bool free_fn = owner_item_.kind == ItemKind::Fn && crate_.item(owner_item_.parent).kind != ItemKind::Impl;
  if (expected.has_value() && node == body_tail_ && free_fn) {
    d.with_secondary(return_type_span_, "expected `" + show_with_static(expected, return_type_span_) +
                                            "` because of this return type");
  } else if (tail.has_value() && node != typed_let_init_) {
    d.with_secondary(tree_->span(tail), "found here");
  }
  d.with_note("`if` expressions without `else` evaluate to `()`");
  d.with_help("consider adding an `else` block that evaluates to the expected type");
  return types_.error();
}

// `x.await`: L1 has no `async` (an `async` fn or block is reported as outside
// it, and its body is not checked), so every `.await` checked is E0728.
TypeId BodyChecker::check_await(NodeId node) {
  for (NodeId c : Kids(*tree_, node)) {
    if (is_expr_kind(tree_->kind(c))) check_expr(c, TypeId::none());
  }
  if (owner_item_.node.has_value() && file_tree().has_modifier(owner_item_.node, ModifierKind::Async)) return types_.error();
  Diagnostic d = make_diagnostic(DiagKind::AwaitOutsideAsync, tree_->token_span(tree_->node(node).end_token - 1), {});
  d.with_label("only allowed inside `async` functions and blocks");
  // rustc names the function that is not `async` when it is a free one.
  bool free_fn = owner_item_.kind == ItemKind::Fn && crate_.item(owner_item_.parent).kind != ItemKind::Impl;
  if (free_fn) d.with_secondary(file_tree().fn_signature_span(owner_item_.node), "this is not `async`");
  type_error(std::move(d));
  return types_.error();
}

TypeId BodyChecker::check_while(NodeId node) {
  LoopFrame frame;
  set_label_of(frame, node);
  frame.break_type = types_.unit();
  push_scope();
  // The condition comes first, the body last (a condition may be a block too: `while { .. } {}`).
  NodeId body_block;
  for (NodeId c : Kids(*tree_, node)) {
    if (tree_->kind(c) == NodeKind::BlockExpr) body_block = c;
  }
  for (NodeId c : Kids(*tree_, node)) {
    if (is_expr_kind(tree_->kind(c)) && c != body_block) {
      lint_parens(c, "`while` condition");
      // `while (true)` too: rustc looks through the parentheses.
      NodeId condition = c;
      while (tree_->kind(condition) == NodeKind::ParenExpr && paren_inner(condition).has_value()) {
        condition = paren_inner(condition);
      }
      if (tree_->kind(condition) == NodeKind::LiteralExpr && tree_->text(condition, text_) == "true" &&
          !in_macro_arguments_) {
        // From the label, if any, to the condition; the fix keeps the label.
        Span span = tree_->span(node);
        span.end = tree_->span(c).end;
        NodeId label = first_child(*tree_, node, NodeKind::Label);
        NodeId lifetime = label.has_value() ? first_child(*tree_, label, NodeKind::Lifetime) : NodeId::none();
        std::string fix = lifetime.has_value() ? std::string(tree_->text(lifetime, text_)) + ": loop" : "loop";
        Diagnostic d = make_diagnostic(DiagKind::WhileTrue, span, {});
        d.with_fix(span, fix, "use `loop`", Applicability::MachineApplicable, SuggestionStyle::HideCodeInline);
        result_.early_lints.push_back(std::move(d));
      }
      size_t outer_condition = std::exchange(while_condition_loops_, loops_.size());
      check_condition(c, ConditionalLet::WhileLet);
      while_condition_loops_ = outer_condition;
      note_branch(c, body_block, NodeId::none());
      frame.keyword = "while";
      frame.head = Span{tree_->span(node).file, tree_->span(node).begin, tree_->span(c).end};  // with a label
      break;
    }
  }
  loops_.push_back(frame);
  NodeId body;
  for (NodeId c : Kids(*tree_, node)) {
    if (tree_->kind(c) == NodeKind::BlockExpr) body = c;
  }
  check_block(body, types_.unit());
  pop_loop();
  pop_scope();
  diverges_ = Divergence{};  // the condition may be false: what follows is reachable
  return types_.unit();
}

TypeId BodyChecker::check_break(NodeId node) {
  NodeId lifetime = first_child(*tree_, node, NodeKind::Lifetime);
  NodeId value;
  for (NodeId c : Kids(*tree_, node)) {
    if (is_expr_kind(tree_->kind(c))) value = c;
  }
  lint_parens(value, "`break` value");
  LoopFrame* target = nullptr;
  if (lifetime.has_value()) {
    std::string_view label = tree_->text(lifetime, text_);
    for (size_t i = loops_.size(); i-- > 0;) {
      if (loops_[i].label == label) {
        target = &loops_[i];
        target->label_used = true;
        break;
      }
    }
  } else {
    if (report_jump_in_while_condition(node, "break")) {
      if (value.has_value()) check_expr(value, TypeId::none());
      return types_.error();
    }
    check_unlabeled_jump(node, "break");
    for (size_t i = loops_.size(); i-- > 0;) {
      if (!loops_[i].is_block) {
        target = &loops_[i];
        break;
      }
    }
  }
  if (target == nullptr) {
    report_missing_jump_target(node, lifetime, "break");
    if (value.has_value()) check_expr(value, TypeId::none());
    // As rustc: a jump to nowhere does not diverge (an unlabeled `break` in
    // labeled blocks only, E0695, still does).
    return lifetime.has_value() || loops_.empty() ? types_.error() : types_.never();
  }
  target->has_break = true;
  if (value.has_value()) {
    if (!target->is_loop && !target->is_block) {
      check_expr(value, TypeId::none());
      std::string keyword(target->keyword.empty() ? "while" : target->keyword);
      Diagnostic& d = type_error(make_diagnostic(DiagKind::BreakWithValueInNonLoop, tree_->span(node), {keyword}));
      d.with_label("can only break with a value inside `loop` or breakable block");
      if (!target->head.is_none()) {
        d.with_secondary(target->head, "you can't `break` with a value in a `" + keyword + "` loop");
        Span kept = tree_->span(node);
        kept.end = lifetime.has_value() ? tree_->span(lifetime).end : tree_->token_span(tree_->node(node).first_token).end;
        d.with_fix(tree_->span(node), std::string(text_.substr(kept.begin, kept.end - kept.begin)),
                   "use `break` on its own without a value inside this `" + keyword + "` loop",
                   Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
      }
    } else {
      // As a match's arms: a value that fails to coerce makes the loop's type
      // the error, and later `break`s are not compared again.
      TypeId type = check_expr(value, target->break_type);
      if (!is_never(type) && (is_error(type) || !coerces(type, target->break_type))) target->break_type = types_.error();
    }
  } else if (target->is_loop || target->is_block) {
    if (!coerces(types_.unit(), target->break_type)) {
      report_mismatch(tree_->span(node), target->break_type, types_.unit());
      target->break_type = types_.error();
    }
  }
  return types_.never();
}

// Leaves the innermost loop or labelled block; a label nothing jumps to is
// rustc's unused_labels (reported by its resolver, with the early lints).
BodyChecker::LoopFrame BodyChecker::pop_loop() {
  LoopFrame frame = loops_.back();
  loops_.pop_back();
  if (!frame.label.empty() && !frame.label_used && !in_macro_arguments_) {
    result_.early_lints.push_back(make_diagnostic(DiagKind::UnusedLabel, frame.label_span, {}));
  }
  return frame;
}

// E0695: an unlabelled `break` or `continue` whose innermost breakable
// scope is a labelled block (it would leave the block, or pass through it).
// `'a: for .. { 'a: for .. {} }`: rustc's resolver warns (no lint: it cannot
// be allowed), whatever the errors.
void BodyChecker::warn_if_label_shadows(const LoopFrame& frame) {
  if (in_macro_arguments_) return;
  for (const LoopFrame& outer : loops_) {
    if (outer.label != frame.label || outer.label_span.is_none()) continue;
    std::string label(frame.label);
    Diagnostic d = make_diagnostic(DiagKind::LabelShadowsLabel, frame.label_span, {label});
    d.with_label("label `" + label + "` already in scope");
    d.with_secondary(outer.label_span, "first declared here");
    result_.resolution_diagnostics.push_back(std::move(d));
    return;
  }
}

// A `break` or `continue` with nowhere to go: a label no enclosing loop or
// block has (E0426, from rustc's resolver), or no loop at all (E0268, from its
// loops pass). An unlabeled one inside labeled blocks only is E0695 instead.
// The label of a loop or block around `node` but outside this body (`node`
// is in a nested fn): rustc's E0767 instead of E0426. Searched only on
// this error path.
Span BodyChecker::unreachable_label(NodeId node, std::string_view label) const {
  for (NodeId n = tree_->parent(node); n.has_value(); n = tree_->parent(n)) {  // innermost first
    NodeKind k = tree_->kind(n);
    if (k != NodeKind::LoopExpr && k != NodeKind::WhileExpr && k != NodeKind::ForExpr && k != NodeKind::BlockExpr) continue;
    NodeId own = first_child(*tree_, n, NodeKind::Label);
    NodeId lifetime = own.has_value() ? first_child(*tree_, own, NodeKind::Lifetime) : NodeId::none();
    if (lifetime.has_value() && tree_->text(lifetime, text_) == label) return tree_->span(lifetime);  // the innermost
  }
  return Span{};
}

void BodyChecker::report_missing_jump_target(NodeId node, NodeId lifetime, std::string_view keyword) {
  if (lifetime.has_value()) {
    std::string label(tree_->text(lifetime, text_));
    if (Span outer = unreachable_label(node, label); outer.file.has_value()) {
      Diagnostic& d = resolution_error(make_diagnostic(DiagKind::UnreachableLabel, tree_->span(lifetime), {label}));
      d.with_label("unreachable label `" + label + "`");
      d.with_secondary(outer, "unreachable label defined here");
      d.with_note("labels are unreachable through functions, closures, async blocks and modules");
      lifetime = NodeId::none();  // (reported)
    }
  }
  if (lifetime.has_value()) {
    std::string label(tree_->text(lifetime, text_));
    Diagnostic& d = resolution_error(make_diagnostic(DiagKind::UndeclaredLabel, tree_->span(lifetime), {label}));
    d.with_label("undeclared label `" + label + "`");
    std::vector<std::string_view> reachable;
    for (const LoopFrame& frame : loops_) {
      if (!frame.label.empty()) reachable.push_back(frame.label);
    }
    if (std::optional<std::string_view> similar = best_match_for_name(label, reachable)) {
      for (const LoopFrame& frame : loops_) {
        if (frame.label == *similar && !frame.label_span.is_none()) {
          d.with_secondary(frame.label_span, "a label with a similar name is reachable");
          break;
        }
      }
      d.with_fix(tree_->span(lifetime), std::string(*similar),
                 "try using similarly named label: `" + std::string(*similar) + "`", Applicability::MaybeIncorrect,
                 SuggestionStyle::HideCodeInline);
    }
  }
  if (!loops_.empty()) return;
  bool is_break = keyword == "break";
  std::string word(keyword);
  type_error(make_diagnostic(DiagKind::JumpOutsideLoop, tree_->span(node), {word, is_break ? " or labeled block" : ""}))
      .with_label("cannot `" + word + "` outside of a loop" + (is_break ? " or labeled block" : ""));
}

bool BodyChecker::report_jump_in_while_condition(NodeId node, std::string_view keyword) {
  if (while_condition_loops_ != loops_.size()) return false;
  type_error(make_diagnostic(DiagKind::UnlabeledJumpInWhileCondition, tree_->span(node), {}))
      .with_label("unlabeled `" + std::string(keyword) + "` in the condition of a `while` loop");
  return true;
}

void BodyChecker::check_unlabeled_jump(NodeId node, std::string_view keyword) {
  if (loops_.empty() || !loops_.back().is_block) return;
  Span span = tree_->token_span(tree_->node(node).first_token);
  std::string word(keyword);
  type_error(make_diagnostic(DiagKind::UnlabeledJumpInLabeledBlock, span, {word}))
      .with_label("`" + word + "` statements that would diverge to or through a labeled block need to bear a label");
}

TypeId BodyChecker::check_return(NodeId node) {
  NodeId value;
  for (NodeId c : Kids(*tree_, node)) {
    if (is_expr_kind(tree_->kind(c))) value = c;
  }
  TypeId expected = return_type_.has_value() ? return_type_ : types_.error();
  // rustc coerces every `return` into one CoerceMany: once one fails, a
  // later one's mismatch is not reported (one error per function; the tail
  // expression is checked on its own). Its value is still checked with the
  // return type as its hint (`return -1` of a u32 stays E0600).
  if (value.has_value()) lint_parens(value, "`return` value");
  if (value.has_value()) {
    mark_return_site(value, 0);
    size_t before = result_.type_diagnostics.size();
    check_expr(value, expected);
    // The coercion's mismatch: at the value, or within it where the
    // expectation goes down into arms and tails.
    Span at = tree_->span(value);
    bool deep = passes_expectation_down(tree_->kind(value));
    auto coercion_error = [&](const Diagnostic& d) {
      return d.code == "E0308" && (d.primary.span == at || (deep && at.contains(d.primary.span)));
    };
    auto added = result_.type_diagnostics.begin() + before;
    if (return_coercion_failed_) {
      result_.type_diagnostics.erase(std::remove_if(added, result_.type_diagnostics.end(), coercion_error),
                                     result_.type_diagnostics.end());
    } else {
      return_coercion_failed_ = std::any_of(added, result_.type_diagnostics.end(), coercion_error);
    }
  } else if (!return_coercion_failed_ && !coerces(types_.unit(), expected)) {
    Diagnostic& d = type_error(make_diagnostic(DiagKind::ReturnWithoutValue, tree_->span(node), {}));
    d.with_label("return type is not `()`");
    if (return_type_span_.file.has_value() && !is_error(expected)) {
      d.with_secondary(return_type_span_, "expected `" + show_with_static(expected, return_type_span_) +
                                              "` because of this return type");
      Span keyword = tree_->token_span(tree_->node(node).first_token);
      d.with_fix(Span{keyword.file, keyword.end, keyword.end}, " " + value_suggestion(expected, 0).value_or("/* value */"),
                 "give the `return` a value of the expected type", Applicability::HasPlaceholders,
                 SuggestionStyle::ShowAlways);
    }
    return_coercion_failed_ = true;
  }
  return types_.never();
}

}  // namespace sluice
