#include "analysis/parse/syntax_tree.h"

#include <algorithm>
#include <array>

namespace sluice {

std::string_view node_kind_name(NodeKind kind) {
  static constexpr std::array<std::string_view, static_cast<size_t>(NodeKind::Count)> kNames = {{
#define SLUICE_NODE(name) #name,
#include "analysis/parse/node_kinds.def"
#undef SLUICE_NODE
  }};
  return kNames[static_cast<size_t>(kind)];
}

std::string_view op_spelling(OpKind op) {
  switch (op) {
    case OpKind::None: return "";
    case OpKind::Add: return "+"; case OpKind::Sub: return "-"; case OpKind::Mul: return "*";
    case OpKind::Div: return "/"; case OpKind::Rem: return "%"; case OpKind::BitAnd: return "&";
    case OpKind::BitOr: return "|"; case OpKind::BitXor: return "^"; case OpKind::Shl: return "<<";
    case OpKind::Shr: return ">>"; case OpKind::Eq: return "=="; case OpKind::Ne: return "!=";
    case OpKind::Lt: return "<"; case OpKind::Le: return "<="; case OpKind::Gt: return ">";
    case OpKind::Ge: return ">="; case OpKind::And: return "&&"; case OpKind::Or: return "||";
    case OpKind::Assign: return "="; case OpKind::AddAssign: return "+="; case OpKind::SubAssign: return "-=";
    case OpKind::MulAssign: return "*="; case OpKind::DivAssign: return "/="; case OpKind::RemAssign: return "%=";
    case OpKind::BitAndAssign: return "&="; case OpKind::BitOrAssign: return "|=";
    case OpKind::BitXorAssign: return "^="; case OpKind::ShlAssign: return "<<=";
    case OpKind::ShrAssign: return ">>="; case OpKind::Neg: return "-"; case OpKind::Not: return "!";
    case OpKind::Deref: return "*"; case OpKind::Range: return ".."; case OpKind::RangeInclusive: return "..=";
    case OpKind::RangeDotDotDot: return "...";
  }
  return "";
}

std::string_view modifier_spelling(ModifierKind modifier) {
  switch (modifier) {
    case ModifierKind::None: return "";
    case ModifierKind::Mut: return "mut"; case ModifierKind::Ref: return "ref";
    case ModifierKind::Const: return "const"; case ModifierKind::Async: return "async";
    case ModifierKind::Unsafe: return "unsafe"; case ModifierKind::Safe: return "safe";
    case ModifierKind::Extern: return "extern"; case ModifierKind::Move: return "move";
    case ModifierKind::Default: return "default"; case ModifierKind::Auto: return "auto";
    case ModifierKind::Raw: return "raw"; case ModifierKind::Static: return "static";
    case ModifierKind::Dyn: return "dyn"; case ModifierKind::Not: return "!";
    case ModifierKind::Question: return "?"; case ModifierKind::Tilde: return "~";
  }
  return "";
}

ChildList SyntaxTree::children(NodeId id) const {
  ChildList result;
  uint32_t first = id.index + 1 - nodes[id.index].subtree_size;
  uint32_t count = 0;
  for (uint32_t child = id.index; child > first; child = child - nodes[child - 1].subtree_size) ++count;
  result.size_ = count;
  if (count > ChildList::kInline) result.heap_.resize(count);
  NodeId* out = result.data();
  // The last child sits just before its parent; each earlier one before the
  // previous one's subtree.
  uint32_t i = count;
  for (uint32_t child = id.index; child > first; child = child - nodes[child - 1].subtree_size) {
    out[--i] = NodeId(child - 1);
  }
  return result;
}

NodeId SyntaxTree::nth_child(NodeId id, NodeKind kind, uint32_t n) const {
  // Walking backwards meets children last-first: count the matches, then take
  // the n-th from the front.
  uint32_t first = id.index + 1 - nodes[id.index].subtree_size;
  uint32_t matches = 0;
  for (uint32_t child = id.index; child > first; child = child - nodes[child - 1].subtree_size) {
    if (nodes[child - 1].kind == kind) ++matches;
  }
  if (n >= matches) return NodeId::none();
  uint32_t wanted_from_back = matches - 1 - n;
  for (uint32_t child = id.index; child > first; child = child - nodes[child - 1].subtree_size) {
    if (nodes[child - 1].kind == kind && wanted_from_back-- == 0) return NodeId(child - 1);
  }
  return NodeId::none();
}

NodeId SyntaxTree::child(NodeId id, NodeKind kind) const { return nth_child(id, kind, 0); }

NodeId SyntaxTree::parent(NodeId id) const {
  for (uint32_t i = id.index + 1; i < nodes.size(); ++i) {
    if (i + 1 - nodes[i].subtree_size <= id.index) return NodeId(i);
  }
  return NodeId::none();
}

Span SyntaxTree::token_span(uint32_t token) const {
  const Token& t = tokens[std::min<size_t>(token, tokens.size() - 1)];
  return Span{file, t.offset, t.end()};
}

Span SyntaxTree::span(NodeId id) const {
  const Node& n = nodes[id.index];
  if (n.end_token <= n.first_token) {
    uint32_t at = tokens[std::min<size_t>(n.first_token, tokens.size() - 1)].offset;
    return Span{file, at, at};
  }
  if (n.kind == NodeKind::NameRef && n.detail != 0) [[unlikely]] {
    if (const NumericField* field = numeric_field(n)) {
      const Token& t = tokens[field->token];
      if (field->name_length == t.length && n.detail == 1) return Span{file, t.offset, t.offset + field->dot};
      if (field->name_length == t.length && n.detail == 2) return Span{file, t.offset + field->dot + 1, t.end()};
    }
  }
  return Span{file, tokens[n.first_token].offset, tokens[n.end_token - 1].end()};
}

const SyntaxTree::NumericField* SyntaxTree::numeric_field(const Node& name) const {
  for (const NumericField& field : numeric_fields) {
    if (field.token == name.first_token) return &field;
  }
  return nullptr;
}

std::string_view SyntaxTree::token_text(uint32_t token, std::string_view source) const {
  const Token& t = tokens[std::min<size_t>(token, tokens.size() - 1)];
  return source.substr(t.offset, t.length);
}

std::string_view SyntaxTree::text(NodeId id, std::string_view source) const {
  const Node& n = nodes[id.index];
  if (n.kind == NodeKind::NameRef && n.detail != 0) [[unlikely]] {
    if (const NumericField* field = numeric_field(n)) {
      uint32_t begin = tokens[field->token].offset;
      if (n.detail == 1) return source.substr(begin, field->dot);
      if (n.detail == 2) return source.substr(begin + field->dot + 1, field->name_length - field->dot - 1);
      return source.substr(begin, field->name_length);
    }
  }
  Span s = span(id);
  return source.substr(s.begin, s.length());
}

bool SyntaxTree::may_start_with_attribute(NodeId id) const {
  const Node& n = node(id);
  if (n.first_token >= n.end_token) return false;
  TokenKind first = tokens[n.first_token].kind;
  return first == TokenKind::Pound || first == TokenKind::OuterDocComment || first == TokenKind::InnerDocComment;
}

Span SyntaxTree::span_without_attributes(NodeId item) const {
  Span whole = span(item);
  // Most items have no attributes: nothing to skip, no child list to build.
  if (!may_start_with_attribute(item)) return whole;
  uint32_t first = node(item).first_token;
  for (NodeId child : children(item)) {
    NodeKind k = kind(child);
    if (k == NodeKind::Attr || k == NodeKind::DocComment) first = std::max(first, node(child).end_token);
  }
  if (first >= node(item).end_token) return whole;
  return Span{whole.file, token_span(first).begin, whole.end};
}

Span SyntaxTree::fn_signature_span(NodeId fn) const {
  Span whole = span_without_attributes(fn);
  uint32_t end = whole.begin;
  for (NodeId child : children(fn)) {
    NodeKind k = kind(child);
    if (k == NodeKind::ParamList || k == NodeKind::RetType) end = span(child).end;
  }
  return Span{whole.file, whole.begin, end > whole.begin ? end : whole.end};
}

bool SyntaxTree::has_modifier(NodeId node, ModifierKind modifier) const {
  for (NodeId child : children(node)) {
    if (kind(child) == NodeKind::Modifier && this->node(child).detail == static_cast<uint8_t>(modifier)) return true;
  }
  return false;
}

Span SyntaxTree::def_span(NodeId item) const {
  NodeKind item_kind = kind(item);
  if (item_kind == NodeKind::FnItem) return fn_signature_span(item);
  Span head = span_without_attributes(item);
  uint32_t end = head.begin;
  for (NodeId child : children(item)) {
    NodeKind k = kind(child);
    bool is_type = k >= NodeKind::PathType && k <= NodeKind::MacroType;
    if (k == NodeKind::Name || ((item_kind == NodeKind::ConstItem || item_kind == NodeKind::StaticItem) && is_type)) {
      end = span(child).end;
    }
  }
  return Span{head.file, head.begin, end > head.begin ? end : head.end};
}

Span SyntaxTree::head_span(NodeId item) const {
  Span whole = span_without_attributes(item);
  const Node& n = node(item);
  for (uint32_t t = n.first_token; t < n.end_token; ++t) {
    if (tokens[t].kind != TokenKind::OpenBrace || tokens[t].offset < whole.begin) continue;
    if (t == n.first_token) break;
    Span before = token_span(t - 1);
    return Span{whole.file, whole.begin, before.end > whole.begin ? before.end : whole.end};
  }
  return whole;
}

bool is_builtin_attribute(std::string_view name) {
  static constexpr std::string_view kBuiltin[] = {
      "allow", "automatically_derived", "bench", "cfg", "cfg_attr", "cold", "collapse_debuginfo", "coverage",
      "crate_name", "crate_type", "debugger_visualizer", "default", "deny", "deprecated", "derive", "diagnostic", "doc",
      "expect", "export_name", "feature", "forbid", "global_allocator", "ignore", "inline", "instruction_set",
      "link", "link_name", "link_ordinal", "link_section", "macro_export", "macro_use", "must_use", "naked",
      "no_builtins", "no_core", "no_implicit_prelude", "no_link", "no_main", "no_mangle", "no_std",
      "non_exhaustive", "optimize", "panic_handler", "path", "proc_macro", "proc_macro_attribute",
      "proc_macro_derive", "recursion_limit", "register_tool", "repr", "should_panic", "start", "target_feature",
      "test", "test_runner", "thread_local", "track_caller", "type_length_limit", "unsafe", "used", "warn",
      "windows_subsystem", "define_opaque", "rustfmt", "clippy", "rustdoc"};
  if (name.starts_with("rustc_")) return true;
  return std::find(std::begin(kBuiltin), std::end(kBuiltin), name) != std::end(kBuiltin);
}

}  // namespace sluice
