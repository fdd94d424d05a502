// rustc's help on an E0308 between two numeric types (or a char and an
// integer): how to convert the value it found into the type it expected,
// as a suggestion the editor can apply (`.into()`, `.try_into().unwrap()`,
// ` as f64`, a literal's suffix).
#include "analysis/check/body_checker.h"

namespace sluice {

namespace {

// usize and isize have no fixed width for rustc's rules.
std::optional<uint32_t> fixed_width(IntKind kind) {
  if (kind == IntKind::Usize || kind == IntKind::Isize) return std::nullopt;
  return int_bits(kind);
}

// Whether converting found -> expected may fail, and expected -> found
// (rustc's bit-width table for two integer types).
std::pair<bool, bool> conversion_fallibility(IntKind expected, IntKind found) {
  std::optional<uint32_t> e = fixed_width(expected), f = fixed_width(found);
  bool signed_e = is_signed(expected), signed_f = is_signed(found);
  if (signed_e == signed_f) {
    if (e && f) return {*e < *f, *e > *f};
    if (!e && f && (*f == 8 || *f == 16)) return {false, true};
    if (e && !f && (*e == 8 || *e == 16)) return {true, false};
    return {true, true};
  }
  if (signed_e) {  // from an unsigned type
    if (e && f && *f < *e) return {false, true};
    if (!e && f == 8u) return {false, true};
    return {true, true};
  }
  if (e && f && *f > *e) return {true, false};  // to an unsigned type
  if (e == 8u && !f) return {true, false};
  return {true, true};
}

// Expressions rustc wraps in parentheses before a method call or `as`.
bool needs_parentheses(NodeKind kind) {
  switch (kind) {
    case NodeKind::BinaryExpr:
    case NodeKind::PrefixExpr:
    case NodeKind::RefExpr:
    case NodeKind::CastExpr:
    case NodeKind::RangeExpr:
    case NodeKind::ClosureExpr:
    case NodeKind::BreakExpr:
    case NodeKind::ReturnExpr:
    case NodeKind::ContinueExpr: return true;
    default: return false;
  }
}

}  // namespace

std::string_view BodyChecker::type_article(TypeId type) {
  TypeKind kind = types_.kind(shallow(type));
  if (kind == TypeKind::Float) return "an";
  if (kind == TypeKind::Int) return is_signed(IntKind(types_.data(shallow(type)).detail)) ? "an" : "a";
  return "a";
}

// A literal of the wrong kind where a concrete type is expected: `1` for an
// f64 ("use a float literal": `1.0`), `'b'` for a `&str` (double quotes).
bool BodyChecker::suggest_literal_of_expected_kind(Diagnostic& d, NodeId expr, TypeId expected, TypeId found) {
  if (tree_->kind(expr) != NodeKind::LiteralExpr) return false;
  const Token& token = tree_->tokens[tree_->node(expr).first_token];
  Span at = tree_->span(expr);
  TypeKind ek = types_.kind(expected), fk = types_.kind(found);
  if (ek == TypeKind::Float && fk == TypeKind::IntVar && token.kind == TokenKind::IntLiteral &&
      !(token.flags & Token::kHasSuffix)) {
    std::string_view text = text_.substr(at.begin, at.length());
    if (text.size() > 1 && text[0] == '0' && std::isalpha(static_cast<unsigned char>(text[1]))) return false;  // 0x10
    d.with_fix(Span{at.file, at.end, at.end}, ".0", "use a float literal", Applicability::MaybeIncorrect,
               SuggestionStyle::ShowAlways);
    return true;
  }
  bool expects_str = ek == TypeKind::Ref && types_.kind(shallow(types_.element(expected))) == TypeKind::Str;
  if (expects_str && fk == TypeKind::Char && token.kind == TokenKind::CharLiteral) {
    std::string_view text = text_.substr(at.begin, at.length());
    std::string inner(text.substr(1, text.size() - 2));
    if (inner == "\\'") inner = "'";
    else if (inner == "\"") inner = "\\\"";
    d.with_fix(at, "\"" + inner + "\"", "if you meant to write a string literal, use double quotes",
               Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
    return true;
  }
  return false;
}

void BodyChecker::suggest_numeric_conversion(Diagnostic& d, NodeId expr, TypeId expected, TypeId found,
                                             std::string_view shorthand_field) {
  if (expr.is_none() || in_macro_arguments_) return;
  TypeId e = shallow(expected), f = shallow(found);
  TypeKind ek = types_.kind(e), fk = types_.kind(f);
  if (suggest_literal_of_expected_kind(d, expr, e, f)) return;
  bool e_numeric = ek == TypeKind::Int || ek == TypeKind::Float;
  if (!e_numeric || (fk != TypeKind::Int && fk != TypeKind::Float && fk != TypeKind::Char)) return;
  Span at = tree_->span(expr);
  std::string src(text_.substr(at.begin, at.length()));
  std::string shown_e = show(e), shown_f = show(f);
  std::string convert = "you can convert " + std::string(type_article(f)) + " `" + shown_f + "` to " +
                        std::string(type_article(e)) + " `" + shown_e + "`";
  std::string cast = "you can cast " + std::string(type_article(f)) + " `" + shown_f + "` to " +
                     std::string(type_article(e)) + " `" + shown_e + "`";
  // A suffixed literal gets its suffix changed (a float's fraction dropped for an integer).
  const Token& first = tree_->tokens[tree_->node(expr).first_token];
  bool suffixed = tree_->kind(expr) == NodeKind::LiteralExpr && (first.flags & Token::kHasSuffix);
  auto change_suffix = [&] {
    std::string digits = src.substr(0, src.size() - first.suffix_length);
    if (ek == TypeKind::Int && fk == TypeKind::Float) digits = digits.substr(0, digits.find_first_of(".eE"));
    d.with_fix(at, digits + shown_e, "change the type of the numeric literal from `" + shown_f + "` to `" + shown_e + "`",
               Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
  };
  bool wrap = needs_parentheses(tree_->kind(expr));
  Span start{at.file, at.begin, at.begin}, end{at.file, at.end, at.end};
  auto append = [&](std::string message, std::string tail) {
    std::string close = wrap ? ")" : "";
    if (!shorthand_field.empty()) {
      d.with_fix(start, std::string(shorthand_field) + ": ", std::move(message), Applicability::MachineApplicable,
                 SuggestionStyle::ShowAlways);
    } else if (wrap) {
      d.with_fix(start, "(", std::move(message), Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
    } else {
      d.with_fix(end, close + tail, std::move(message), Applicability::MachineApplicable, SuggestionStyle::ShowAlways);
      return;
    }
    d.children.back().spans.push_back(Label{end, close + tail});
  };
  // rustc's suggest_to_change_suffix_or_into, for an expectation with no
  // expression of its own (a declared type, a parameter, a return type).
  auto suffix_or_into = [&](bool found_to_expected_fallible) {
    if (suffixed) return change_suffix();
    bool negative = tree_->kind(expr) == NodeKind::PrefixExpr && text_[at.begin] == '-';
    if (found_to_expected_fallible && negative && ek == TypeKind::Int && !is_signed(IntKind(types_.data(e).detail))) {
      d.with_note("`" + src + "` cannot fit into type `" + shown_e + "`");
      return;
    }
    if (in_const_context()) return;
    if (found_to_expected_fallible) return append(convert + " and panic if the converted value doesn't fit", ".try_into().unwrap()");
    append(convert, ".into()");
  };
  if (ek == TypeKind::Int && fk == TypeKind::Int) {
    suffix_or_into(conversion_fallibility(IntKind(types_.data(e).detail), IntKind(types_.data(f).detail)).first);
  } else if (ek == TypeKind::Float && fk == TypeKind::Float) {
    bool widening = types_.data(f).detail == uint8_t(FloatKind::F32) && types_.data(e).detail == uint8_t(FloatKind::F64);
    if (widening) suffix_or_into(false);
    else if (suffixed) change_suffix();
  } else if (ek == TypeKind::Int && fk == TypeKind::Float) {
    if (suffixed) change_suffix();
  } else if (ek == TypeKind::Float && fk == TypeKind::Int) {
    std::optional<uint32_t> from = fixed_width(IntKind(types_.data(f).detail));
    uint32_t to = types_.data(e).detail == uint8_t(FloatKind::F32) ? 32 : 64;
    if (from && to > *from) {
      append(convert + ", producing the floating point representation of the integer", ".into()");
    } else if (suffixed) {
      change_suffix();
    } else {
      append(cast + ", producing the floating point representation of the integer, rounded if necessary", " as " + shown_e);
    }
  } else if (ek == TypeKind::Int && fk == TypeKind::Char) {
    IntKind kind = IntKind(types_.data(e).detail);
    if (int_bits(kind) >= 32 && kind != IntKind::Usize && kind != IntKind::Isize) {
      append(cast + ", since a `char` always occupies 4 bytes", " as " + shown_e);
    }
  }
}

}  // namespace sluice
