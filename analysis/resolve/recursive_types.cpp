// E0072: structs and enums that hold themselves by value. Without `Box`
// (outside L1) a field of such a type, directly or through other structs,
// enums, tuples and arrays, makes the size infinite; a reference breaks the
// cycle. rustc reports each cycle once, at its types in item order, with a
// label at the first field of each that leads back into the cycle and a
// suggestion to box it; then what its later queries meet on such types
// (the struct tail, drop checking), which depend on the derives.
#include <algorithm>

#include "analysis/resolve/builder.h"
#include "analysis/resolve/syntax_walk.h"

namespace sluice {

namespace {

bool is_adt_kind(ItemKind kind) { return kind == ItemKind::Struct || kind == ItemKind::Enum; }

NodeId inner_type(const SyntaxTree& t, NodeId node) {
  for (NodeId c : t.children(node)) {
    if (is_type_kind(t.kind(c))) return c;
  }
  return NodeId::none();
}

}  // namespace

// The structs and enums of this crate that `type` holds by value.
void DefMapBuilder::held_adts(TypeId type, std::vector<uint32_t>& out, int depth) const {
  if (depth > 64) return;
  switch (types_.kind(type)) {
    case TypeKind::Adt: {
      ItemRef item = types_.data(type).item;
      if (item.crate == map_.crate && is_adt_kind(map_.items[item.item].kind)) out.push_back(item.item);
      return;
    }
    case TypeKind::Tuple:
      for (TypeId element : types_.tuple_elements(type)) held_adts(element, out, depth + 1);
      return;
    case TypeKind::Array: held_adts(types_.element(type), out, depth + 1); return;
    default: return;
  }
}

// Each field of a struct (or of each variant of an enum), with its type's
// node, in declaration order.
std::vector<std::pair<TypeId, NodeId>> DefMapBuilder::fields_with_nodes(uint32_t adt_item) const {
  std::vector<std::pair<TypeId, NodeId>> out;
  auto add = [&](uint32_t data) {
    const std::vector<FieldDef>& fields = map_.adts[data].fields;
    const std::vector<NodeId>* nodes = data < field_type_nodes_.size() ? &field_type_nodes_[data] : nullptr;
    for (size_t i = 0; i < fields.size(); ++i) {
      out.push_back({fields[i].type, nodes != nullptr && i < nodes->size() ? (*nodes)[i] : NodeId::none()});
    }
  };
  const Item& item = map_.items[adt_item];
  if (item.kind == ItemKind::Struct) {
    add(item.data);
  } else {
    for (ItemId variant : map_.adts[item.data].variants) add(map_.items[variant.index].data);
  }
  return out;
}

// The part of a field's type (its node `node`, its lowered `type`) that names
// a member of the cycle: a path, inside tuples and arrays but not references.
NodeId DefMapBuilder::cycle_member_node(const SyntaxTree& t, NodeId node, TypeId type,
                                        const std::vector<uint8_t>& member, int depth) const {
  if (node.is_none() || depth > 64) return NodeId::none();
  std::vector<uint32_t> held;
  held_adts(type, held, 0);
  if (std::none_of(held.begin(), held.end(), [&](uint32_t item) { return member[item]; })) return NodeId::none();
  switch (t.kind(node)) {
    case NodeKind::ParenType: return cycle_member_node(t, inner_type(t, node), type, member, depth + 1);
    case NodeKind::ArrayType:
      if (types_.kind(type) != TypeKind::Array) return node;
      return cycle_member_node(t, inner_type(t, node), types_.element(type), member, depth + 1);
    case NodeKind::TupleType: {
      if (types_.kind(type) != TypeKind::Tuple) return node;
      std::span<const TypeId> elements = types_.tuple_elements(type);
      size_t i = 0;
      for (NodeId c : t.children(node)) {
        if (!is_type_kind(t.kind(c))) continue;
        if (i >= elements.size()) break;
        if (NodeId found = cycle_member_node(t, c, elements[i++], member, depth + 1); found.has_value()) return found;
      }
      return node;
    }
    default: return node;  // a path (or an alias of a tuple holding one)
  }
}

// Tarjan's strongly connected components of the by-value graph, iteratively
// (a long chain of structs must not exhaust the stack); the cycles in item order.
std::vector<std::vector<uint32_t>> DefMapBuilder::recursive_type_cycles() const {
  size_t n = map_.items.size();
  std::vector<std::vector<uint32_t>> holds(n);
  bool any = false;
  for (uint32_t i = 0; i < n; ++i) {
    if (!is_adt_kind(map_.items[i].kind)) continue;
    for (const auto& field : fields_with_nodes(i)) held_adts(field.first, holds[i], 0);
    any |= !holds[i].empty();
  }
  std::vector<std::vector<uint32_t>> cycles;
  if (!any) return cycles;
  constexpr uint32_t kUnseen = UINT32_MAX;
  std::vector<uint32_t> index(n, kUnseen), low(n, 0);
  std::vector<uint8_t> on_stack(n, 0);
  std::vector<uint32_t> stack;
  uint32_t next = 0;
  for (uint32_t root = 0; root < n; ++root) {
    if (holds[root].empty() || index[root] != kUnseen) continue;
    std::vector<std::pair<uint32_t, size_t>> work = {{root, 0}};
    index[root] = low[root] = next++;
    stack.push_back(root);
    on_stack[root] = 1;
    while (!work.empty()) {
      auto& [v, edge] = work.back();
      if (edge < holds[v].size()) {
        uint32_t w = holds[v][edge++];
        if (index[w] == kUnseen) {
          index[w] = low[w] = next++;
          stack.push_back(w);
          on_stack[w] = 1;
          work.push_back({w, 0});
        } else if (on_stack[w]) {
          low[v] = std::min(low[v], index[w]);
        }
        continue;
      }
      uint32_t done = v;
      work.pop_back();
      if (!work.empty()) low[work.back().first] = std::min(low[work.back().first], low[done]);
      if (low[done] != index[done]) continue;
      std::vector<uint32_t> component;
      uint32_t w;
      do {
        w = stack.back();
        stack.pop_back();
        on_stack[w] = 0;
        component.push_back(w);
      } while (w != done);
      bool cyclic = component.size() > 1 ||
                    std::find(holds[done].begin(), holds[done].end(), done) != holds[done].end();
      if (!cyclic) continue;
      std::sort(component.begin(), component.end());
      cycles.push_back(std::move(component));
    }
  }
  std::sort(cycles.begin(), cycles.end(), [](const auto& a, const auto& b) { return a.front() < b.front(); });
  return cycles;
}

void DefMapBuilder::check_recursive_types() {
  std::vector<std::vector<uint32_t>> cycles = recursive_type_cycles();
  if (cycles.empty()) return;
  std::vector<Diagnostic> later;  // rustc's drop-check cycles come after every E0072
  std::vector<uint8_t> member(map_.items.size(), 0);
  for (const std::vector<uint32_t>& cycle : cycles) {
    for (uint32_t item : cycle) member[item] = 1;
    std::string names;
    for (size_t i = 0; i < cycle.size(); ++i) {
      if (i > 0) names += i + 1 == cycle.size() ? " and " : ", ";
      names += "`" + std::string(map_.items[cycle[i]].name) + "`";
    }
    std::string message = cycle.size() == 1 ? "recursive type " + names + " has infinite size"
                                             : "recursive types " + names + " have infinite size";
    Diagnostic d = make_diagnostic(DiagKind::RecursiveType, Span{}, {message});
    SubDiagnostic boxed;
    boxed.level = Level::Help;
    boxed.message = "insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle";
    boxed.replacement = "";
    boxed.applicability = Applicability::HasPlaceholders;
    boxed.style = SuggestionStyle::ShowAlways;
    for (size_t i = 0; i < cycle.size(); ++i) {
      const Item& item = map_.items[cycle[i]];
      const SyntaxTree& t = tree(item.file);
      // `pub struct S`: from the visibility to the name.
      Span head{item.name_span.file, t.span_without_attributes(item.node).begin, item.name_span.end};
      if (i == 0) d.primary = Label{head, "", true};
      else d.secondary.push_back(Label{head, "", true});
      for (const auto& [type, node] : fields_with_nodes(cycle[i])) {
        NodeId part = cycle_member_node(t, node, type, member, 0);
        if (part.is_none()) continue;
        Span span = t.span(part);
        d.secondary.push_back(Label{span, "recursive without indirection", false});
        boxed.spans.push_back(Label{Span{span.file, span.begin, span.begin}, "Box<", false});
        boxed.spans.push_back(Label{Span{span.file, span.end, span.end}, ">", false});
        break;
      }
    }
    d.children.push_back(std::move(boxed));
    map_.diagnostics.push_back(std::move(d));
    for (uint32_t item : cycle) member[item] = 0;
    if (cycle.size() == 1) report_recursive_type_queries(cycle[0], later);
  }
  for (Diagnostic& d : later) map_.diagnostics.push_back(std::move(d));
}

// What rustc's later queries meet on a type that holds itself (measured with
// rustc 1.95; only for a type alone in its cycle): the derived `Debug` of a
// struct whose last field leads back finds no struct tail, and the type's
// drop glue (for a derived `Debug`) or drop-check constraints (a derived
// `Copy`) are a cycle.
void DefMapBuilder::report_recursive_type_queries(uint32_t adt_item, std::vector<Diagnostic>& later) {
  const Item& item = map_.items[adt_item];
  const AdtData& adt = map_.adts[item.data];
  std::string name(item.name);
  bool debug = is_derived(adt, DeriveKind::Debug);
  if (debug && item.kind == ItemKind::Struct && !adt.fields.empty()) {
    std::vector<uint32_t> tail;
    held_adts(adt.fields.back().type, tail, 0);
    if (types_.kind(adt.fields.back().type) == TypeKind::Adt && !tail.empty() && tail.front() == adt_item) {
      // At rustc's dummy span: the start of the crate's first file, shown in JSON only.
      const SyntaxTree& root = tree(0);  // the crate root's file
      Diagnostic d = make_diagnostic(DiagKind::StructTailRecursionLimit, Span{root.span(root.root()).file, 0, 0}, {name});
      d.primary.hidden = true;
      d.with_help("consider increasing the recursion limit by adding a `#![recursion_limit = \"256\"]`");
      map_.diagnostics.push_back(std::move(d));
    }
  }
  const SyntaxTree& t = tree(item.file);
  Span head{item.name_span.file, t.span_without_attributes(item.node).begin, item.name_span.end};
  std::string query;
  std::string again;
  std::string used;
  if (debug) {
    query = "computing when `" + name + "` needs drop";
    used = "computing whether `" + name + "` needs drop";
  } else if (is_derived(adt, DeriveKind::Copy)) {
    query = "computing drop-check constraints for `" + name + "`";
    used = "computing dropck types for `" + name + "`";
  } else {
    return;
  }
  Diagnostic d = make_diagnostic(DiagKind::DropCheckCycle, head, {query});
  d.with_note("...which immediately requires " + query + " again");
  d.with_note("cycle used when " + used);
  d.with_note("see https://rustc-dev-guide.rust-lang.org/overview.html#queries and "
              "https://rustc-dev-guide.rust-lang.org/query.html for more information");
  later.push_back(std::move(d));
}

}  // namespace sluice
