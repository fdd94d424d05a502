#include "analysis/modules/modules.h"

namespace sluice {

namespace {

std::string_view strip_raw(std::string_view name) {
  return name.substr(0, 2) == "r#" ? name.substr(2) : name;
}

// The string of `#[name = "value"]`, without escapes (paths rarely have any).
std::optional<std::string> string_attribute_value(const SyntaxTree& tree, std::string_view source, NodeId meta) {
  NodeId value = tree.child(meta, NodeKind::LiteralExpr);
  if (value.is_none()) return std::nullopt;
  std::string_view text = tree.text(value, source);
  if (text.size() < 2 || text.front() != '"' || text.back() != '"') return std::nullopt;
  return std::string(text.substr(1, text.size() - 2));
}

std::string_view meta_name(const SyntaxTree& tree, std::string_view source, NodeId meta) {
  NodeId path = tree.child(meta, NodeKind::Path);
  if (path.is_none()) return {};
  return tree.text(path, source);
}

struct ItemAttributes {
  bool enabled = true;
  std::optional<std::string> path;
};

ItemAttributes read_attributes(const SyntaxTree& tree, std::string_view source, NodeId item, const CfgOptions& cfg) {
  ItemAttributes result;
  for (NodeId child : tree.children(item)) {
    if (tree.kind(child) != NodeKind::Attr) continue;
    NodeId meta = tree.child(child, NodeKind::Meta);
    if (meta.is_none()) continue;
    std::string_view name = meta_name(tree, source, meta);
    if (name == "path") {
      result.path = string_attribute_value(tree, source, meta);
    } else if (name == "cfg") {
      NodeId predicate = tree.child(meta, NodeKind::TokenTree);
      if (predicate.has_value() && !evaluate_cfg(tree, source, predicate, cfg)) result.enabled = false;
    }
  }
  return result;
}

// rustc points at `pub mod m;`, leaving the attributes out.
Span span_without_attributes(const SyntaxTree& tree, NodeId item) {
  Span span = tree.span(item);
  for (NodeId child : tree.children(item)) {
    NodeKind kind = tree.kind(child);
    if (kind != NodeKind::Attr && kind != NodeKind::DocComment) break;
    span.begin = tree.token_span(tree.node(child).end_token).begin;
  }
  return span;
}

// Walks items; inline modules are followed with an explicit stack so deep
// nesting cannot overflow.
void collect(const SyntaxTree& tree, const SourceFile& file, NodeId items_owner, const ModuleScope& scope,
             const CfgOptions& cfg, std::vector<ModuleDeclaration>& out) {
  std::vector<std::pair<NodeId, ModuleScope>> pending = {{items_owner, scope}};
  while (!pending.empty()) {
    auto [owner, owner_scope] = pending.back();
    pending.pop_back();
    std::vector<NodeId> children = tree.children(owner);
    // Reverse so the stack pops inline modules in source order.
    std::vector<std::pair<NodeId, ModuleScope>> inline_modules;
    for (NodeId item : children) {
      if (tree.kind(item) != NodeKind::ModItem) continue;
      NodeId name_node = tree.child(item, NodeKind::Name);
      if (name_node.is_none()) continue;
      ItemAttributes attributes = read_attributes(tree, file.text(), item, cfg);
      if (!attributes.enabled) continue;
      std::string name(strip_raw(tree.text(name_node, file.text())));
      NodeId body = tree.child(item, NodeKind::ItemList);
      if (body.has_value()) {
        std::optional<std::string_view> path;
        if (attributes.path) path = *attributes.path;
        inline_modules.push_back({body, inline_module_scope(owner_scope, name, path)});
        continue;
      }
      out.push_back(ModuleDeclaration{name, span_without_attributes(tree, item), owner_scope, attributes.path, item});
    }
    for (auto it = inline_modules.rbegin(); it != inline_modules.rend(); ++it) pending.push_back(*it);
  }
}

// A recursive-descent evaluator over the tokens of a cfg predicate.
class CfgEvaluator {
 public:
  CfgEvaluator(const SyntaxTree& tree, std::string_view source, uint32_t begin, uint32_t end, const CfgOptions& cfg)
      : tree_(tree), source_(source), pos_(begin), end_(end), cfg_(cfg) {}

  bool predicate(int depth = 0) {
    if (pos_ >= end_ || depth > 32) return false;
    std::string_view name = text(pos_++);
    if ((name == "all" || name == "any" || name == "not") && at("(")) {
      ++pos_;
      bool all = true, any = false, first = true, first_value = false;
      while (pos_ < end_ && !at(")")) {
        bool value = predicate(depth + 1);
        if (first) first_value = value;
        first = false;
        all = all && value;
        any = any || value;
        if (at(",")) ++pos_;
        else break;
      }
      if (at(")")) ++pos_;
      if (name == "all") return all;
      if (name == "any") return any;
      return !first_value;
    }
    if (at("=")) {
      ++pos_;
      std::string_view value = pos_ < end_ ? text(pos_++) : std::string_view();
      return key_value(name, value);
    }
    return flag(name);
  }

 private:
  std::string_view text(uint32_t token) const { return tree_.token_text(token, source_); }
  bool at(std::string_view s) const { return pos_ < end_ && text(pos_) == s; }

  bool flag(std::string_view name) const {
    if (name == "test") return cfg_.test;
    if (name == "debug_assertions") return cfg_.debug_assertions;
    return name == "unix" || name == "true";
  }
  static bool key_value(std::string_view key, std::string_view value) {
    if (key == "target_os") return value == "\"linux\"";
    if (key == "target_family") return value == "\"unix\"";
    if (key == "target_pointer_width") return value == "\"64\"";
    if (key == "target_arch") return value == "\"x86_64\"";
    if (key == "target_endian") return value == "\"little\"";
    if (key == "panic") return value == "\"unwind\"";
    return false;  // features and everything else are off
  }

  const SyntaxTree& tree_;
  std::string_view source_;
  uint32_t pos_;
  uint32_t end_;
  const CfgOptions& cfg_;
};

}  // namespace

bool evaluate_cfg(const SyntaxTree& tree, std::string_view source, NodeId token_tree, const CfgOptions& cfg) {
  const Node& node = tree.node(token_tree);
  if (node.end_token < node.first_token + 2) return true;
  CfgEvaluator evaluator(tree, source, node.first_token + 1, node.end_token - 1, cfg);
  return evaluator.predicate();
}

std::vector<ModuleDeclaration> collect_module_declarations(const SyntaxTree& tree, const SourceFile& file,
                                                           const ModuleScope& file_scope, const CfgOptions& cfg) {
  std::vector<ModuleDeclaration> out;
  if (!tree.nodes.empty()) collect(tree, file, tree.root(), file_scope, cfg, out);
  return out;
}

}  // namespace sluice
