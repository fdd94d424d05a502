// Exhaustiveness and usefulness of patterns (E0004, E0005,
// unreachable_patterns), after a body type-checked. Patterns are lowered to
// constructors with fields (enum variants, bool, integer and char ranges,
// tuples and structs, references, arrays and slices by length, opaque
// constants for floats and strings) and checked with the usefulness
// algorithm of Maranget ("Warnings for pattern matching", 2007), splitting
// integer ranges at the boundaries the rows use, as rustc does.
#include <algorithm>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <functional>
#include <span>
#include <map>
#include <set>

#include "analysis/check/body_checker.h"
#include "analysis/resolve/const_arith.h"

namespace sluice {

namespace {

// A value of a pattern's type, ordered as the type orders its values: an
// unsigned integer or a char as itself, a signed integer biased by 2^127 so
// that its MIN is 0 (encode(), decode()). All of u128 and of i128 fit.
using Wide = unsigned __int128;

constexpr Wide kSignedBias = Wide(1) << 127;

struct Ctor {
  enum class Kind : uint8_t { Single, Variant, Bool, Range, Opaque, Slice } kind = Kind::Single;
  uint32_t index = 0;   // variant index; bool value; slice length (Slice); opaque id
  Wide lo = 0, hi = 0;  // Range: inclusive, biased. Slice with slice_rest: the elements before `..`
  bool slice_rest = false;  // Slice: `[a, .., b]` (covers every length >= index)
};

struct Pat {
  bool wild = true;
  Ctor ctor;
  std::vector<Pat> fields;
  std::vector<Pat> alternatives;  // an or-pattern (then `wild` is false and `ctor` unused)
  TypeId type;
  NodeId node;  // where the pattern is written (its span is computed only to report it)
  bool is_or() const { return !alternatives.empty(); }
};

using Row = std::vector<Pat>;
// A row of the search for missing values. A row under a guard is in rustc's
// matrix like any other (its constructors are present, and split the others)
// but covers nothing.
struct WitnessRow {
  Row pats;
  bool guarded = false;
};

// usize and isize: no fixed bounds for exhaustiveness (see domain()).
bool is_pointer_sized(const TypeData& t) {
  return t.kind == TypeKind::Int && (IntKind(t.detail) == IntKind::Usize || IntKind(t.detail) == IntKind::Isize);
}

std::vector<const Pat*> arm_patterns(const std::vector<std::pair<Pat, bool>>& arms) {
  std::vector<const Pat*> out;
  for (const auto& arm : arms) out.push_back(&arm.first);
  return out;
}

// A match's arms (pattern, has a guard) as rows of that search.
std::vector<WitnessRow> witness_rows(const std::vector<std::pair<Pat, bool>>& arms) {
  std::vector<WitnessRow> rows;
  for (const auto& [pattern, guard] : arms) rows.push_back({Row{pattern}, guard});
  return rows;
}

}  // namespace


// Everything the usefulness algorithm needs from types: lives in the body checker.
class PatternChecker {
 public:
  PatternChecker(BodyChecker& checker, TypeStore& types, const PathResolver& resolver, const SyntaxTree& tree,
                 std::string_view text)
      : checker_(checker), types_(types), resolver_(resolver), tree_(tree), text_(text) {}

  Pat lower(NodeId node, TypeId type, int depth = 0);
  // Rows of the usefulness algorithm: pointers to lowered patterns (alive
  // while the checker is) and to wildcards it owns, flattened row by row.
  using PatRow = std::span<const Pat* const>;
  struct PatMatrix {
    uint32_t width = 0;
    uint32_t height = 0;
    std::vector<const Pat*> cells = ScratchPool<const Pat*>::take();  // one per specialization: reused
    PatMatrix() = default;
    PatMatrix(const PatMatrix&) = delete;
    PatMatrix(PatMatrix&& other) noexcept : width(other.width), height(other.height), cells(std::move(other.cells)) {}
    PatMatrix& operator=(PatMatrix&& other) noexcept {
      ScratchPool<const Pat*>::give(cells);
      width = other.width;
      height = other.height;
      cells = std::move(other.cells);
      return *this;
    }
    ~PatMatrix() { ScratchPool<const Pat*>::give(cells); }
    PatRow row(uint32_t r) const { return PatRow(cells.data() + static_cast<size_t>(r) * width, width); }
    void add_row(PatRow row) {
      cells.insert(cells.end(), row.begin(), row.end());
      ++height;
    }
  };
  bool useful(const PatMatrix& matrix, PatRow v, int depth = 0);
  std::string witness(const std::vector<WitnessRow>& rows, TypeId type);
  // Of the last witness(): each missing pattern, and the enum variants at
  // their heads (through references), first seen first.
  std::vector<std::string> witness_patterns;
  std::vector<ItemRef> witness_variants;
  // How many values the last witness() found: "pattern" or "patterns".
  std::string_view pattern_word() const { return witness_count_ > 1 ? "patterns " : "pattern "; }
  // Matches whose arms are all field-less constructors or wildcards (the
  // common `match n { 0 => .., 1..=9 => .., _ => .. }`), in O(n log n): a
  // 10,000-arm match must not take the general algorithm's quadratic time.
  struct FlatResult {
    std::vector<NodeId> unreachable;
    bool exhaustive = false;
    std::vector<Diagnostic> overlapping_endpoints;
  };
  void lint_overlapping_endpoints(const std::vector<const Pat*>& earlier, const Pat& range, TypeId type,
                                  std::vector<Diagnostic>& out) const;
  void lint_non_contiguous_endpoints(const std::vector<const Pat*>& ranges, TypeId type,
                                     std::vector<Diagnostic>& out) const;
  // non_contiguous_range_endpoints over a match's patterns (or one let's),
  // column by column as rustc walks them: the integer ranges of each field
  // position under each constructor.
  void lint_range_columns(std::vector<const Pat*> column, std::vector<Diagnostic>& out, int depth = 0) const;
  bool any_exclusive_range(const Pat& p, int depth) const;
  // `lo..hi` (or `..hi`): whether the pattern at `node` is a range that leaves out its end.
  bool is_exclusive_range(NodeId node, bool& has_start) const;
  std::optional<FlatResult> check_flat(const std::vector<std::pair<Pat, bool>>& arms, TypeId type);
  void explain_unreachable(const std::vector<std::pair<Pat, bool>>& arms, const std::vector<NodeId>& dead,
                           std::vector<Diagnostic>& out) const;

 private:
  Pat wild(TypeId type) const {
    Pat p;
    p.type = type;
    return p;
  }
  uint32_t arity(const Ctor& c, TypeId type) const;
  std::vector<TypeId> field_types(const Ctor& c, TypeId type) const;
  void field_types_into(const Ctor& c, TypeId type, std::vector<TypeId>& out) const;
  std::vector<Ctor> all_ctors(TypeId type, const std::vector<const Ctor*>& used, bool& infinite) const;
  void all_ctors_into(TypeId type, const std::vector<const Ctor*>& used, bool& infinite, std::vector<Ctor>& out) const;
  bool covers(const Ctor& row, const Ctor& c) const;
  std::optional<Row> specialize(const Row& row, const Ctor& c, TypeId type) const;
  const Pat* wildcard(TypeId type);
  bool specialize_into(PatRow row, const Ctor& c, std::span<const TypeId> fields, std::vector<const Pat*>& out);
  PatMatrix specialize_matrix(const PatMatrix& m, const Ctor& c, std::span<const TypeId> fields);
  static bool first_column_has_or(const PatMatrix& m);
  static PatMatrix expand_or_rows(const PatMatrix& m);
  std::optional<std::pair<Wide, Wide>> domain(TypeId type) const;
  std::optional<ConstInt> literal_value(NodeId literal_pat) const;
  Wide encode(ConstInt value, TypeId type) const;
  ConstInt decode(Wide value, TypeId type) const;
  Pat lower_item_pattern(ItemRef item, TypeId type, Pat p);
  bool names_const(NodeId path_pattern);
  void lint_binding_named_like_variant(NodeId binding, NodeId name, TypeId type);
  std::unordered_set<uint32_t> linted_bindings_;
  // What the checker does not understand matches nothing else and covers nothing.
  Pat opaque(Pat p) {
    p.wild = false;
    p.fields.clear();
    p.ctor = Ctor{Ctor::Kind::Opaque, 2000000000u + next_opaque_++};
    return p;
  }
  // A path that names nothing (reported already, or behind a failed import
  // or a dependency not settled yet): rustc's pattern has the error type and
  // its body is not checked for exhaustiveness, so neither is this match.
  Pat unresolved(Pat p) {
    pattern_error = true;
    uncertain = true;
    return opaque(std::move(p));
  }
  std::optional<ConstInt> bound_value(NodeId bound, TypeId type);
  std::optional<ConstInt> primitive_bound(NodeId path, TypeId type);
  Pat with_ctor(const Ctor& c, TypeId type) const;
  std::vector<Row> missing_rows(const std::vector<WitnessRow>& rows, std::span<const TypeId> types, bool scrutinee,
                                int depth);
  std::string show(const Pat& p, int depth) const;
  bool intersects(const Pat& a, const Pat& b, int depth) const;
  bool slices_intersect(const Pat& a, const Pat& b, int depth) const;
  std::string show_range(const Ctor& c, TypeId type) const;
  std::string show_bound(Wide v, TypeId type) const;
  static constexpr size_t kMaxWitnesses = 256;  // rustc counts them all; past this the count is a guess

  BodyChecker& checker_;
  TypeStore& types_;
  const PathResolver& resolver_;
  const SyntaxTree& tree_;
  std::string_view text_;
  uint32_t next_opaque_ = 0;
  size_t witness_count_ = 0;
 public:
  // A pattern named a value rustc knows and sluice could not compute (a
  // const of an integer, bool, char or enum type): what the match covers is
  // not known, so it gets no E0004. Cleared by the caller per match.
  bool uncertain = false;
  bool pattern_error = false;  // a pattern rustc rejects as it lowers it (E0030): the match is not checked further
  void report_empty_range(NodeId range, bool inclusive);
  void report_range_end_out_of_range(NodeId end, TypeId type);
  ConstInt wrap_to_type(ConstInt value, TypeId type) const;
 private:
  std::unordered_map<std::string, uint32_t> opaque_ids_;
  // Boxed: useful()'s rows point at them while more are made. (Not a deque:
  // that allocates when constructed, and most bodies need no wildcard.)
  std::vector<std::unique_ptr<Pat>> wildcards_;
  std::unordered_map<uint32_t, size_t> wildcard_index_;  // by TypeId
};

namespace {

}  // namespace

std::optional<std::pair<Wide, Wide>> PatternChecker::domain(TypeId type) const {
  const TypeData& d = types_.data(type);
  if (d.kind == TypeKind::Char) return std::pair<Wide, Wide>{0, 0x10FFFF};
  if (d.kind != TypeKind::Int) return std::nullopt;
  IntKind k = IntKind(d.detail);
  // usize and isize have no fixed bounds for exhaustiveness: one more value
  // beyond each end (64 bits wide, they leave room for it).
  bool pointer = is_pointer_sized(d);
  IntRange range = int_range(k);
  Wide beyond_min = pointer && is_signed(k) ? 1 : 0;
  return std::pair<Wide, Wide>{encode(range.min, type) - beyond_min, encode(range.max, type) + (pointer ? 1 : 0)};
}

Wide PatternChecker::encode(ConstInt value, TypeId type) const {
  bool biased = types_.kind(type) == TypeKind::Int && is_signed(IntKind(types_.data(type).detail));
  return value.low_bits() + (biased ? kSignedBias : 0);
}

ConstInt PatternChecker::decode(Wide value, TypeId type) const {
  bool biased = types_.kind(type) == TypeKind::Int && is_signed(IntKind(types_.data(type).detail));
  return biased ? ConstInt::from_bits(value - kSignedBias, true) : ConstInt(value);
}

// A literal pattern's value: an integer, or a char's or byte's code.
std::optional<ConstInt> PatternChecker::literal_value(NodeId pat) const {
  NodeId literal = tree_.kind(pat) == NodeKind::Literal ? pat : first_child(tree_, pat, NodeKind::Literal);
  if (literal.is_none()) return std::nullopt;
  const Token& token = tree_.tokens[tree_.node(literal).first_token];
  std::string_view text = tree_.text(literal, text_);
  bool negative = tree_.tokens[tree_.node(pat).first_token].kind == TokenKind::Minus;
  if (token.kind == TokenKind::CharLiteral || token.kind == TokenKind::ByteLiteral) {
    std::optional<uint32_t> code = char_literal_value(text);
    if (!code) return std::nullopt;
    return ConstInt(*code);
  }
  if (token.kind != TokenKind::IntLiteral) return std::nullopt;
  std::optional<Wide> value = integer_literal_value(text, (token.flags & Token::kHasSuffix) ? token.suffix_length : 0);
  if (!value) return std::nullopt;
  return ConstInt::from_sign_magnitude(negative, *value);
}

Pat PatternChecker::lower(NodeId node, TypeId type, int depth) {
  type = checker_.fallback(checker_.resolved(type));
  Pat p = wild(type);
  p.node = node;
  if (depth > 64 || checker_.is_error(type)) return p;
  NodeKind kind = tree_.kind(node);
  const TypeData& t = types_.data(type);
  // Default binding modes: a non-reference pattern against `&T` matches through the reference.
  bool through_ref = t.kind == TypeKind::Ref && kind != NodeKind::IdentPat && kind != NodeKind::WildcardPat &&
                     kind != NodeKind::RefPat && kind != NodeKind::OrPat && kind != NodeKind::ParenPat &&
                     kind != NodeKind::RestPat &&
                     !(kind == NodeKind::LiteralPat && types_.kind(checker_.resolved(TypeId(t.a))) == TypeKind::Str);
  if (through_ref && kind == NodeKind::PathPat) through_ref = !names_const(node);  // a const is matched as it is
  if (through_ref) {
    p.wild = false;
    p.ctor = Ctor{};
    p.fields.push_back(lower(node, TypeId(t.a), depth + 1));
    return p;
  }
  std::vector<NodeId> subs;
  for (NodeId c : Kids(tree_, node)) {
    if (is_pattern_kind(tree_.kind(c))) subs.push_back(c);
  }
  auto variant_or_struct = [&](ItemRef item, Pat& out) -> const AdtData* {
    const CrateDefMap* map = resolver_.map_of(item.crate);
    if (map == nullptr) return nullptr;
    const Item& it = map->items[item.item];
    out.wild = false;
    if (it.kind == ItemKind::Variant) {
      out.ctor.kind = Ctor::Kind::Variant;
      out.ctor.index = variant_index(*map, ItemId(item.item));
    } else {
      out.ctor.kind = Ctor::Kind::Single;
    }
    return &map->adts[it.data];
  };
  switch (kind) {
    case NodeKind::WildcardPat:
    case NodeKind::RestPat: return p;
    case NodeKind::ParenPat: return subs.empty() ? p : lower(subs[0], type, depth + 1);
    case NodeKind::IdentPat: {
      if (!subs.empty()) return lower(subs[0], type, depth + 1);  // `x @ pat`
      // A lone name may be a unit variant, unit struct or const.
      NodeId name = first_child(tree_, node, NodeKind::Name);
      bool has_modifier = first_child(tree_, node, NodeKind::Modifier).has_value();
      if (name.is_none() || has_modifier) return p;
      std::optional<ItemRef> item = checker_.unit_pattern_item(tree_.text(name, text_));
      if (!item) {
        lint_binding_named_like_variant(node, name, type);
        return p;
      }
      // A unit variant or struct is a non-reference pattern: against `&T` it
      // matches through the reference, as `E::A` would.
      ItemKind item_kind = resolver_.item(*item).kind;
      if (t.kind == TypeKind::Ref && (item_kind == ItemKind::Variant || item_kind == ItemKind::Struct)) {
        p.wild = false;
        p.ctor = Ctor{};
        p.fields.push_back(lower(node, TypeId(t.a), depth + 1));
        return p;
      }
      return lower_item_pattern(*item, type, p);
    }
    case NodeKind::PathExpr:  // `Mode::Off = m;` (see assigns_to_pattern)
    case NodeKind::PathPat: {
      NodeId path = first_child(tree_, node, NodeKind::Path);
      if (std::optional<ConstInt> bound = path.has_value() ? primitive_bound(path, type) : std::nullopt) {  // `i64::MIN`
        p.wild = false;
        p.ctor.kind = Ctor::Kind::Range;
        p.ctor.lo = p.ctor.hi = encode(*bound, type);
        return p;
      }
      std::optional<ItemRef> item = path.has_value() ? checker_.silent_pattern_path(path) : std::nullopt;
      if (!item) return unresolved(std::move(p));
      return lower_item_pattern(*item, type, p);
    }
    case NodeKind::LiteralPat: {
      if (t.kind == TypeKind::Bool) {
        p.wild = false;
        p.ctor.kind = Ctor::Kind::Bool;
        p.ctor.index = tree_.text(node, text_).find("true") != std::string_view::npos ? 1 : 0;
        return p;
      }
      if (std::optional<ConstInt> v = literal_value(node); v && domain(type)) {
        p.wild = false;
        p.ctor.kind = Ctor::Kind::Range;
        p.ctor.lo = p.ctor.hi = encode(wrap_to_type(*v, type), type);
        return p;
      }
      p.wild = false;
      p.ctor.kind = Ctor::Kind::Opaque;
      std::string key(tree_.text(node, text_));
      auto [it, inserted] = opaque_ids_.emplace(key, next_opaque_);
      if (inserted) ++next_opaque_;
      p.ctor.index = it->second;
      return p;
    }
    case NodeKind::RangePat: {
      std::optional<std::pair<Wide, Wide>> dom = domain(type);
      if (!dom) return opaque(p);
      std::vector<NodeId> bounds;
      for (NodeId c : Kids(tree_, node)) {
        if (tree_.kind(c) == NodeKind::LiteralPat || tree_.kind(c) == NodeKind::PathPat) bounds.push_back(c);
      }
      NodeId op = first_child(tree_, node, NodeKind::Op);
      bool inclusive = op.has_value() && static_cast<OpKind>(tree_.node(op).detail) != OpKind::Range;
      bool has_start = !bounds.empty() && (op.is_none() || bounds[0].index < op.index);
      Wide lo = dom->first, hi = dom->second;
      size_t next = 0;
      NodeId overflowed;  // the first end whose literal does not fit (rustc wraps it)
      auto end_value = [&](NodeId bound) -> std::optional<Wide> {
        std::optional<ConstInt> v = bound_value(bound, type);
        uncertain |= !v;
        if (!v) return std::nullopt;
        if (tree_.kind(bound) != NodeKind::LiteralPat) return encode(*v, type);
        ConstInt wrapped = wrap_to_type(*v, type);
        if (wrapped != *v && overflowed.is_none()) overflowed = bound;
        return encode(wrapped, type);
      };
      if (has_start) {
        std::optional<Wide> v = end_value(bounds[next++]);
        if (!v) return opaque(p);
        lo = *v;
      }
      if (next < bounds.size()) {
        std::optional<Wide> v = end_value(bounds[next]);
        if (!v) return opaque(p);
        hi = inclusive ? *v : *v - 1;
      }
      if (hi < lo) {
        // An empty range because an end wrapped is reported at that end.
        if (overflowed.has_value()) report_range_end_out_of_range(overflowed, type);
        else report_empty_range(node, inclusive);
        return opaque(p);
      }
      p.wild = false;
      p.ctor.kind = Ctor::Kind::Range;
      p.ctor.lo = lo;
      p.ctor.hi = hi;
      return p;
    }
    case NodeKind::TuplePat: {
      if (t.kind != TypeKind::Tuple) return p;
      std::span<const TypeId> elements = types_.tuple_elements(type);
      std::vector<TypeId> element_types(elements.begin(), elements.end());
      p.wild = false;
      p.ctor.kind = Ctor::Kind::Single;
      size_t rest = subs.size();
      for (size_t i = 0; i < subs.size(); ++i) {
        if (tree_.kind(subs[i]) == NodeKind::RestPat) rest = i;
      }
      for (size_t i = 0; i < element_types.size(); ++i) p.fields.push_back(wild(element_types[i]));
      for (size_t i = 0; i < subs.size(); ++i) {
        if (i == rest) continue;
        size_t index = i < rest ? i : element_types.size() - (subs.size() - i);
        if (index < element_types.size()) p.fields[index] = lower(subs[i], element_types[index], depth + 1);
      }
      return p;
    }
    case NodeKind::TupleStructPat:
    case NodeKind::RecordPat: {
      NodeId path = first_child(tree_, node, NodeKind::Path);
      std::optional<ItemRef> item = path.has_value() ? checker_.silent_pattern_path(path) : std::nullopt;
      if (!item) return unresolved(std::move(p));
      Pat out = p;
      const AdtData* adt = variant_or_struct(*item, out);
      if (adt == nullptr) return p;
      for (const FieldDef& f : adt->fields) out.fields.push_back(wild(f.type));
      if (kind == NodeKind::TupleStructPat) {
        size_t rest = subs.size();
        for (size_t i = 0; i < subs.size(); ++i) {
          if (tree_.kind(subs[i]) == NodeKind::RestPat) rest = i;
        }
        for (size_t i = 0; i < subs.size(); ++i) {
          if (i == rest) continue;
          size_t index = i < rest ? i : adt->fields.size() - (subs.size() - i);
          if (index < adt->fields.size()) out.fields[index] = lower(subs[i], adt->fields[index].type, depth + 1);
        }
        return out;
      }
      NodeId list = first_child(tree_, node, NodeKind::RecordPatFieldList);
      if (list.is_none()) return out;
      for (NodeId f : Kids(tree_, list)) {
        if (tree_.kind(f) != NodeKind::RecordPatField) continue;
        NodeId name_node = first_child(tree_, f, NodeKind::NameRef);
        std::vector<NodeId> inner;
        for (NodeId c : Kids(tree_, f)) {
          if (is_pattern_kind(tree_.kind(c))) inner.push_back(c);
        }
        std::string_view name;
        if (name_node.has_value()) name = tree_.text(name_node, text_);
        else if (!inner.empty() && tree_.kind(inner[0]) == NodeKind::IdentPat) {
          NodeId n = first_child(tree_, inner[0], NodeKind::Name);
          if (n.has_value()) name = tree_.text(n, text_);
        }
        for (size_t i = 0; i < adt->fields.size(); ++i) {
          bool match = adt->shape == FieldsShape::Named ? adt->fields[i].name == name : name == std::to_string(i);
          if (match && !inner.empty() && name_node.has_value()) out.fields[i] = lower(inner[0], adt->fields[i].type, depth + 1);
        }
      }
      return out;
    }
    case NodeKind::RefPat: {
      if (t.kind != TypeKind::Ref || subs.empty()) return p;
      p.wild = false;
      p.ctor.kind = Ctor::Kind::Single;
      p.fields.push_back(lower(subs[0], TypeId(t.a), depth + 1));
      return p;
    }
    case NodeKind::OrPat: {
      p.wild = false;
      // Nested or-patterns flatten into one list, as rustc: `(1 | 2) | 3`.
      for (NodeId s : subs) {
        Pat alternative = lower(s, type, depth + 1);
        if (!alternative.is_or()) {
          p.alternatives.push_back(std::move(alternative));
          continue;
        }
        for (Pat& a : alternative.alternatives) p.alternatives.push_back(std::move(a));
      }
      return p;
    }
    case NodeKind::SlicePat: {
      if (t.kind != TypeKind::Array && t.kind != TypeKind::Slice) return p;
      TypeId element = TypeId(t.a);
      size_t rest = subs.size();
      for (size_t i = 0; i < subs.size(); ++i) {
        NodeKind sk = tree_.kind(subs[i]);
        if (sk == NodeKind::RestPat ||
            (sk == NodeKind::IdentPat && first_child(tree_, subs[i], NodeKind::RestPat).has_value()))
          rest = i;
      }
      p.wild = false;
      p.ctor.kind = Ctor::Kind::Slice;
      p.ctor.slice_rest = rest < subs.size();
      p.ctor.index = static_cast<uint32_t>(subs.size() - (p.ctor.slice_rest ? 1 : 0));
      p.ctor.lo = p.ctor.slice_rest ? rest : p.ctor.index;  // how many fields come before `..`
      for (size_t i = 0; i < subs.size(); ++i) {
        if (i != rest) p.fields.push_back(lower(subs[i], element, depth + 1));
      }
      // On an array (one length, known), a pattern of another length is a
      // type error (E0527/E0528) and matches nothing. The rest stay slice
      // constructors, never expanded to the array's length (which may be
      // 10^12): all_ctors_into() gives an array the lengths rustc does.
      if (t.kind == TypeKind::Array && (p.ctor.slice_rest ? p.fields.size() > t.length : p.fields.size() != t.length))
        return opaque(std::move(p));
      return p;
    }
    default: return p;
  }
}

// A range bound: a literal, `i32::MIN`/`MAX`, or a const with a known value.
std::optional<ConstInt> PatternChecker::bound_value(NodeId bound, TypeId type) {
  if (tree_.kind(bound) == NodeKind::LiteralPat) return literal_value(bound);
  NodeId path = first_child(tree_, bound, NodeKind::Path);
  if (path.is_none()) return std::nullopt;
  if (std::optional<ConstInt> value = primitive_bound(path, type)) return value;
  std::optional<ItemRef> item = checker_.silent_pattern_path(path);
  if (!item) return std::nullopt;
  const CrateDefMap* map = resolver_.map_of(item->crate);
  const Item& it = map->items[item->item];
  const ConstValue* v = it.kind == ItemKind::Const ? &map->consts[it.data].value : nullptr;
  if (v == nullptr || !v->known || (v->kind != ConstValue::Kind::Int && v->kind != ConstValue::Kind::Char)) {
    return std::nullopt;
  }
  return v->int_value();
}

// `i32::MIN`, `u8::MAX`, `char::MAX` of the pattern's type.
std::optional<ConstInt> PatternChecker::primitive_bound(NodeId path, TypeId type) {
  SegmentList segments = checker_.segments_of(path);
  if (segments.size() != 2 || primitive_type(types_, segments[0].name) != type) return std::nullopt;
  bool max = segments[1].name == "MAX";
  if (!max && segments[1].name != "MIN") return std::nullopt;
  const TypeData& t = types_.data(type);
  if (t.kind == TypeKind::Char) return ConstInt(max ? 0x10FFFF : 0);
  if (t.kind != TypeKind::Int) return std::nullopt;
  IntRange range = int_range(IntKind(t.detail));
  return max ? range.max : range.min;
}

// rustc truncates an integer literal in a pattern to its type's width (the
// overflowing_literals lint reports it later): `256` matches a u8's 0.
ConstInt PatternChecker::wrap_to_type(ConstInt value, TypeId type) const {
  const TypeData& d = types_.data(type);
  return d.kind == TypeKind::Int ? wrap_to(value, IntKind(d.detail)) : value;
}

void PatternChecker::report_range_end_out_of_range(NodeId end, TypeId type) {
  pattern_error = true;
  if (!linted_bindings_.insert(end.index).second) return;
  IntKind kind = IntKind(types_.data(type).detail);
  IntRange range = int_range(kind);
  std::string name(int_name(kind));
  Diagnostic d = make_diagnostic(DiagKind::RangePatternEndOutOfRange, tree_.span(end), {name});
  d.with_label("this value does not fit into the type `" + name + "` whose range is `" + int_digits(range.min) + "..=" +
               int_digits(range.max) + "`");
  checker_.pattern_diagnostics_.push_back(std::move(d));
}

// `10..=5` (E0030), `5..5` (E0579): rustc reports them as it lowers the
// pattern, and then checks that match no further.
void PatternChecker::report_empty_range(NodeId range, bool inclusive) {
  pattern_error = true;
  if (!linted_bindings_.insert(range.index).second) return;
  Diagnostic d = make_diagnostic(inclusive ? DiagKind::RangePatternLowerAboveUpper : DiagKind::RangePatternEmpty,
                                 tree_.span(range), {});
  if (inclusive) d.with_label("lower bound larger than upper bound");
  checker_.pattern_diagnostics_.push_back(std::move(d));
}

// `Red =>` matching a `Light` with a unit variant `Red`: a new binding that
// matches everything, rustc's deny-by-default bindings_with_variant_name.
void PatternChecker::lint_binding_named_like_variant(NodeId binding, NodeId name, TypeId type) {
  // Through `&State` too: the binding is then by reference, the mistake the same.
  for (int depth = 0; depth < 8 && types_.kind(type) == TypeKind::Ref; ++depth) type = types_.element(type);
  if (types_.kind(type) != TypeKind::Adt || !linted_bindings_.insert(binding.index).second) return;
  ItemRef adt = types_.data(type).item;
  const CrateDefMap* map = resolver_.map_of(adt.crate);
  if (map == nullptr || map->items[adt.item].kind != ItemKind::Enum) return;
  std::string_view text = tree_.text(name, text_);
  for (ItemId v : map->adts[map->items[adt.item].data].variants) {
    const Item& variant = map->items[v.index];
    if (variant.name != text || map->adts[variant.data].shape != FieldsShape::Unit) continue;
    std::string enum_name(map->items[adt.item].name);
    Diagnostic d = make_diagnostic(DiagKind::BindingNamedLikeVariant, tree_.span(name), {std::string(text), enum_name});
    d.with_fix(tree_.span(name), enum_name + "::" + std::string(text), "to match on the variant, qualify the path",
               Applicability::MachineApplicable, SuggestionStyle::ShowCode);
    checker_.pattern_diagnostics_.push_back(std::move(d));
    return;
  }
}

bool PatternChecker::names_const(NodeId path_pattern) {
  NodeId path = first_child(tree_, path_pattern, NodeKind::Path);
  std::optional<ItemRef> item = path.has_value() ? checker_.silent_pattern_path(path) : std::nullopt;
  return item && resolver_.item(*item).kind == ItemKind::Const;
}

// A unit struct, unit variant or const used as a pattern.
Pat PatternChecker::lower_item_pattern(ItemRef ref, TypeId type, Pat p) {
  const CrateDefMap* map = resolver_.map_of(ref.crate);
  if (map == nullptr) return p;
  const Item& item = map->items[ref.item];
  if (item.kind == ItemKind::Variant) {
    p.wild = false;
    p.ctor.kind = Ctor::Kind::Variant;
    p.ctor.index = variant_index(*map, ItemId(ref.item));
    return p;
  }
  if (item.kind == ItemKind::Struct) {
    p.wild = false;
    p.ctor.kind = Ctor::Kind::Single;
    return p;
  }
  if (item.kind == ItemKind::Const) {
    const ConstValue& v = map->consts[item.data].value;
    // A bool or unit variant const matches what its value does.
    if (v.known && v.kind == ConstValue::Kind::Bool && types_.kind(type) == TypeKind::Bool) {
      p.wild = false;
      p.ctor.kind = Ctor::Kind::Bool;
      p.ctor.index = uint32_t(v.magnitude);
      return p;
    }
    if (v.known && v.kind == ConstValue::Kind::Variant) {
      const CrateDefMap* owner = resolver_.map_of(v.variant.crate);
      if (owner != nullptr && types_.kind(type) == TypeKind::Adt && types_.data(type).item.crate == v.variant.crate &&
          types_.data(type).item.item == owner->items[v.variant.item].parent.index) {
        return lower_item_pattern(v.variant, type, p);
      }
    }
    if (v.known && v.kind != ConstValue::Kind::Bool && v.kind != ConstValue::Kind::Variant && domain(type)) {
      p.wild = false;
      p.ctor.kind = Ctor::Kind::Range;
      p.ctor.lo = p.ctor.hi = encode(v.int_value(), type);
      return p;
    }
    p.wild = false;
    p.ctor.kind = Ctor::Kind::Opaque;
    p.ctor.index = 1000000 + ref.item;
    uncertain |= domain(type).has_value() || types_.kind(type) == TypeKind::Bool || types_.kind(type) == TypeKind::Adt;
    return p;
  }
  return p;
}

// The fields a constructor of `type` has, with their types.
std::vector<TypeId> PatternChecker::field_types(const Ctor& c, TypeId type) const {
  std::vector<TypeId> out;
  field_types_into(c, type, out);
  return out;
}

void PatternChecker::field_types_into(const Ctor& c, TypeId type, std::vector<TypeId>& out) const {
  const TypeData& t = types_.data(type);
  out.clear();
  switch (t.kind) {
    case TypeKind::Tuple: {
      std::span<const TypeId> e = types_.tuple_elements(type);
      out.assign(e.begin(), e.end());
      break;
    }
    case TypeKind::Ref: out.push_back(TypeId(t.a)); break;
    case TypeKind::Array:
    case TypeKind::Slice:
      // A length's elements (with slice_rest: the prefix, then the suffix).
      if (c.kind == Ctor::Kind::Slice) out.assign(c.index, TypeId(t.a));
      break;
    case TypeKind::Adt: {
      const CrateDefMap* map = resolver_.map_of(t.item.crate);
      const Item& item = map->items[t.item.item];
      const AdtData* adt = &map->adts[item.data];
      if (item.kind == ItemKind::Enum) {
        if (c.kind != Ctor::Kind::Variant || c.index >= adt->variants.size()) return;
        adt = &map->adts[map->items[adt->variants[c.index].index].data];
      }
      for (const FieldDef& f : adt->fields) out.push_back(f.type);
      break;
    }
    default: break;
  }
  return;
}

bool PatternChecker::covers(const Ctor& row, const Ctor& c) const {
  if (row.kind != c.kind) return false;
  switch (c.kind) {
    case Ctor::Kind::Single: return true;
    case Ctor::Kind::Variant:
    case Ctor::Kind::Bool:
    case Ctor::Kind::Opaque: return row.index == c.index;
    case Ctor::Kind::Range: return row.lo <= c.lo && c.hi <= row.hi;
    case Ctor::Kind::Slice:
      // `c` is a length (with slice_rest: that length and every longer one).
      if (!row.slice_rest) return !c.slice_rest && row.index == c.index;
      return row.index <= c.index;
  }
  return false;
}

// The row with its head replaced by the head's fields, if the head matches `c`.
std::optional<Row> PatternChecker::specialize(const Row& row, const Ctor& c, TypeId type) const {
  const Pat& head = row[0];
  if (!head.wild && !covers(head.ctor, c)) return std::nullopt;  // before building anything
  Row out;
  std::vector<TypeId> fields = field_types(c, type);
  if (head.wild) {
    for (TypeId f : fields) out.push_back(wild(f));
  } else if (head.ctor.kind == Ctor::Kind::Slice && head.ctor.slice_rest) {
    // `[a, .., b]` at length n: a, then wildcards, then b.
    size_t n = c.index;
    size_t given = head.fields.size();
    size_t prefix = static_cast<size_t>(head.ctor.lo);  // fields before `..` (see lower())
    size_t suffix = given - prefix;
    TypeId element = TypeId(types_.data(type).a);
    for (size_t i = 0; i < n; ++i) {
      if (i < prefix) out.push_back(head.fields[i]);
      else if (i >= n - suffix) out.push_back(head.fields[prefix + (i - (n - suffix))]);
      else out.push_back(wild(element));
    }
  } else {
    out = head.fields;
    while (out.size() < fields.size()) out.push_back(wild(fields[out.size()]));
  }
  for (size_t i = 1; i < row.size(); ++i) out.push_back(row[i]);
  return out;
}

// The constructors a wildcard of `type` stands for, split so that each is
// either inside or outside every constructor the rows use.
std::vector<Ctor> PatternChecker::all_ctors(TypeId type, const std::vector<const Ctor*>& used, bool& infinite) const {
  std::vector<Ctor> out;
  all_ctors_into(type, used, infinite, out);
  return out;
}

void PatternChecker::all_ctors_into(TypeId type, const std::vector<const Ctor*>& used, bool& infinite,
                                    std::vector<Ctor>& out) const {
  infinite = false;
  out.clear();
  const TypeData& t = types_.data(type);
  if (t.kind == TypeKind::Bool) {
    out.push_back(Ctor{Ctor::Kind::Bool, 0});
    out.push_back(Ctor{Ctor::Kind::Bool, 1});
    return;
  }
  if (std::optional<std::pair<Wide, Wide>> dom = domain(type)) {
    std::vector<Wide> cuts = {dom->first};
    for (const Ctor* c : used) {
      if (c->kind != Ctor::Kind::Range) continue;
      cuts.push_back(c->lo);
      if (c->hi < dom->second) cuts.push_back(c->hi + 1);
    }
    if (t.kind == TypeKind::Char) {
      cuts.push_back(0xD800);
      cuts.push_back(0xE000);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    for (size_t i = 0; i < cuts.size(); ++i) {
      Wide lo = cuts[i], hi = i + 1 < cuts.size() ? cuts[i + 1] - 1 : dom->second;
      if (t.kind == TypeKind::Char && lo == 0xD800) continue;  // surrogates are no chars
      Ctor c{Ctor::Kind::Range};
      c.lo = lo;
      c.hi = hi;
      out.push_back(c);
    }
    return;
  }
  if (t.kind == TypeKind::Adt) {
    const CrateDefMap* map = resolver_.map_of(t.item.crate);
    const Item& item = map->items[t.item.item];
    if (item.kind == ItemKind::Enum) {
      for (uint32_t i = 0; i < map->adts[item.data].variants.size(); ++i) out.push_back(Ctor{Ctor::Kind::Variant, i});
      return;
    }
    out.push_back(Ctor{Ctor::Kind::Single});
    return;
  }
  if (t.kind == TypeKind::Tuple || t.kind == TypeKind::Ref) {
    out.push_back(Ctor{Ctor::Kind::Single});
    return;
  }
  if (t.kind == TypeKind::Slice || t.kind == TypeKind::Array) {
    // Lengths 0..=L, the last standing for "L or more". L leaves room for
    // the longest prefix and the longest suffix of the `..` patterns side by
    // side (`[x, ..]` and `[.., y]` test different elements), and exceeds
    // every fixed length; the "or more" constructor's elements are that
    // prefix, then the suffix counted from the end.
    uint32_t longest_fixed = 0, prefix = 0, suffix = 0;
    bool any_fixed = false;
    for (const Ctor* c : used) {
      if (c->kind != Ctor::Kind::Slice) continue;
      if (c->slice_rest) {
        prefix = std::max(prefix, static_cast<uint32_t>(c->lo));
        suffix = std::max(suffix, c->index - static_cast<uint32_t>(c->lo));
      } else {
        longest_fixed = std::max(longest_fixed, c->index);
        any_fixed = true;
      }
    }
    uint32_t longest = std::max(any_fixed ? longest_fixed + 1 : 0u, prefix + suffix);
    if (t.kind == TypeKind::Array) {
      // The array's one length, as rustc: written out when the patterns
      // reach every element (or give the length), else as `[prefix, .., suffix]`.
      if (any_fixed || t.length <= prefix + suffix) {
        out.push_back(Ctor{Ctor::Kind::Slice, static_cast<uint32_t>(t.length)});
      } else {
        Ctor c{Ctor::Kind::Slice, prefix + suffix};
        c.slice_rest = true;
        c.lo = prefix;
        out.push_back(c);
      }
      return;
    }
    for (uint32_t n = 0; n <= longest; ++n) {
      Ctor c{Ctor::Kind::Slice, n};
      c.slice_rest = n == longest;
      if (c.slice_rest) c.lo = longest - suffix;
      out.push_back(c);
    }
    return;
  }
  infinite = true;  // floats, strings, and what L1 cannot enumerate
  return;
}

const Pat* PatternChecker::wildcard(TypeId type) {
  auto [it, inserted] = wildcard_index_.try_emplace(type.index, wildcards_.size());
  if (inserted) wildcards_.push_back(std::make_unique<Pat>(wild(type)));
  return wildcards_[it->second].get();
}

// Appends to `out` the row `row` specialized by `c` (its head replaced by
// `arity` field patterns), if the head matches `c`; as specialize(), by pointer.
bool PatternChecker::specialize_into(PatRow row, const Ctor& c, std::span<const TypeId> fields,
                                     std::vector<const Pat*>& out) {
  const Pat& head = *row[0];
  if (!head.wild && !covers(head.ctor, c)) return false;
  size_t arity = fields.size();
  if (head.wild) {
    for (TypeId f : fields) out.push_back(wildcard(f));
  } else if (head.ctor.kind == Ctor::Kind::Slice && head.ctor.slice_rest) {
    // `[a, .., b]` at length n: a, then wildcards, then b.
    size_t prefix = static_cast<size_t>(head.ctor.lo);  // fields before `..` (see lower())
    size_t suffix = head.fields.size() - prefix;
    for (size_t i = 0; i < arity; ++i) {
      if (i < prefix) out.push_back(&head.fields[i]);
      else if (i >= arity - suffix) out.push_back(&head.fields[prefix + (i - (arity - suffix))]);
      else out.push_back(wildcard(fields[i]));
    }
  } else {
    for (size_t i = 0; i < arity; ++i) out.push_back(i < head.fields.size() ? &head.fields[i] : wildcard(fields[i]));
  }
  out.insert(out.end(), row.begin() + 1, row.end());
  return true;
}

PatternChecker::PatMatrix PatternChecker::specialize_matrix(const PatMatrix& m, const Ctor& c,
                                                            std::span<const TypeId> fields) {
  PatMatrix out;
  out.width = static_cast<uint32_t>(fields.size()) + m.width - 1;
  out.cells.reserve(static_cast<size_t>(out.width) * m.height);
  for (uint32_t r = 0; r < m.height; ++r) out.height += specialize_into(m.row(r), c, fields, out.cells);
  return out;
}

// Whether `v` matches a value no row of `m` matches (Maranget's usefulness),
// on rows of pointers: specializing copies pointers, never patterns (copying
// pattern trees at every level dominated match checking).
bool PatternChecker::useful(const PatMatrix& matrix, PatRow v, int depth) {
  if (v.empty()) return matrix.height == 0;
  if (depth > 200) return false;  // too deep to judge: say covered (no diagnostic)
  const Pat& head = *v[0];
  if (head.is_or()) {
    std::vector<const Pat*> expanded(v.begin(), v.end());
    for (const Pat& alternative : head.alternatives) {
      expanded[0] = &alternative;
      if (useful(matrix, expanded, depth + 1)) return true;
    }
    return false;
  }
  // Or-patterns in the first column become one row per alternative.
  PatMatrix expanded_matrix;
  const PatMatrix* m = &matrix;
  if (first_column_has_or(matrix)) {
    expanded_matrix = expand_or_rows(matrix);
    m = &expanded_matrix;
  }
  TypeId type = head.type;
  // Scratch vectors from the thread's pools: this runs for every pattern of
  // every match and let, recursively.
  PooledVector<const Ctor*> used_buffer;
  std::vector<const Ctor*>& used = used_buffer.v;
  for (uint32_t r = 0; r < m->height; ++r) {
    if (!m->row(r)[0]->wild) used.push_back(&m->row(r)[0]->ctor);
  }
  PooledVector<const Pat*> specialized_v;
  PooledVector<TypeId> fields;
  auto useful_under = [&](const Ctor& c) {
    field_types_into(c, type, fields.v);
    specialized_v.v.clear();
    if (!specialize_into(v, c, fields.v, specialized_v.v)) return false;
    return useful(specialize_matrix(*m, c, fields.v), specialized_v.v, depth + 1);
  };
  PooledVector<Ctor> ctors_buffer;
  std::vector<Ctor>& ctors = ctors_buffer.v;
  if (!head.wild) {
    bool splits = head.ctor.kind == Ctor::Kind::Range || (head.ctor.kind == Ctor::Kind::Slice && head.ctor.slice_rest);
    if (!splits) return useful_under(head.ctor);
    // Split the range (or the lengths a `..` slice pattern covers) so each
    // piece is inside or outside every row's.
    used.push_back(&head.ctor);
    bool infinite = false;
    all_ctors_into(type, used, infinite, ctors);
    for (const Ctor& piece : ctors) {
      if (covers(head.ctor, piece) && useful_under(piece)) return true;
    }
    return false;
  }
  bool infinite = false;
  all_ctors_into(type, used, infinite, ctors);
  bool complete = !infinite && !ctors.empty();
  for (size_t i = 0; complete && i < ctors.size(); ++i) {
    const Ctor& c = ctors[i];
    bool seen = false;
    for (const Ctor* u : used) seen |= covers(*u, c) || (c.kind == Ctor::Kind::Range && u->kind == Ctor::Kind::Range && !(u->hi < c.lo || u->lo > c.hi));
    complete = seen;
  }
  if (complete) {
    for (const Ctor& c : ctors) {
      if (useful_under(c)) return true;
    }
    return false;
  }
  // Some constructor no row mentions: only the rows with a wildcard head matter.
  PatMatrix defaults;
  defaults.width = m->width - 1;
  for (uint32_t r = 0; r < m->height; ++r) {
    PatRow row = m->row(r);
    if (!row[0]->wild) continue;
    defaults.cells.insert(defaults.cells.end(), row.begin() + 1, row.end());
    ++defaults.height;
  }
  return useful(defaults, v.subspan(1), depth + 1);
}

bool PatternChecker::first_column_has_or(const PatMatrix& m) {
  for (uint32_t r = 0; r < m.height; ++r) {
    if (m.row(r)[0]->is_or()) return true;
  }
  return false;
}

PatternChecker::PatMatrix PatternChecker::expand_or_rows(const PatMatrix& m) {
  PatMatrix out;
  out.width = m.width;
  for (uint32_t r = 0; r < m.height; ++r) {
    PatRow row = m.row(r);
    std::span<const Pat> heads = row[0]->is_or() ? std::span<const Pat>(row[0]->alternatives)
                                                 : std::span<const Pat>(row[0], 1);
    for (const Pat& alternative : heads) {
      out.cells.push_back(&alternative);
      out.cells.insert(out.cells.end(), row.begin() + 1, row.end());
      ++out.height;
    }
  }
  return out;
}

// A constructor of `type` with wildcard fields: `Shape::Rect(_, _)`.
Pat PatternChecker::with_ctor(const Ctor& c, TypeId type) const {
  Pat p = wild(type);
  p.wild = false;
  p.ctor = c;
  for (TypeId f : field_types(c, type)) p.fields.push_back(wild(f));
  return p;
}

// The values the rows miss, as rows of patterns for the columns `types`,
// computed as rustc does so the messages name the same witnesses: in a column
// where some constructor is missing, only the missing ones are reported (by
// name where the column mentions any constructor or is the scrutinee of a
// non-integer type, else as `_`); otherwise each present constructor is
// explored in turn.
std::vector<Row> PatternChecker::missing_rows(const std::vector<WitnessRow>& rows, std::span<const TypeId> types,
                                              bool scrutinee, int depth) {
  std::vector<Row> out;
  if (types.empty()) {
    if (std::all_of(rows.begin(), rows.end(), [](const WitnessRow& r) { return r.guarded; })) out.emplace_back();
    return out;
  }
  if (depth > 200) return out;
  std::vector<WitnessRow> flat;
  for (const WitnessRow& r : rows) {
    if (!r.pats[0].is_or()) {
      flat.push_back(r);
      continue;
    }
    for (const Pat& alternative : r.pats[0].alternatives) {
      flat.push_back(r);
      flat.back().pats[0] = alternative;
    }
  }
  if (flat.size() != rows.size()) return missing_rows(flat, types, scrutinee, depth + 1);  // nested or-patterns
  TypeId type = types[0];
  std::vector<const Ctor*> used;
  for (const WitnessRow& r : flat) {
    if (!r.pats[0].wild) used.push_back(&r.pats[0].ctor);
  }
  bool infinite = false;
  std::vector<Ctor> present, missing;
  for (const Ctor& c : all_ctors(type, used, infinite)) {
    bool seen = false;
    for (const Ctor* u : used) {
      seen |= covers(*u, c) || (c.kind == Ctor::Kind::Range && u->kind == Ctor::Kind::Range && !(u->hi < c.lo || u->lo > c.hi));
    }
    (seen ? present : missing).push_back(c);
  }
  if (infinite || !missing.empty()) {
    std::vector<WitnessRow> defaults;
    for (const WitnessRow& r : flat) {
      if (r.pats[0].wild) defaults.push_back({Row(r.pats.begin() + 1, r.pats.end()), r.guarded});
    }
    // rustc lists the missing constructors where some are present, and at the
    // scrutinee whenever there are arms (guarded ones: `i32::MIN..=i32::MAX`).
    bool by_name = !infinite && (!present.empty() || (scrutinee && (!domain(type) || !flat.empty())));
    // rustc explores `true` before `false`.
    if (types_.kind(type) == TypeKind::Bool) std::reverse(missing.begin(), missing.end());
    for (const Row& rest : missing_rows(defaults, types.subspan(1), false, depth + 1)) {
      std::vector<Pat> heads;
      if (by_name) {
        for (const Ctor& c : missing) heads.push_back(with_ctor(c, type));
      } else {
        heads.push_back(wild(type));
      }
      for (Pat& head : heads) {
        if (out.size() >= kMaxWitnesses) return out;
        out.push_back(Row{std::move(head)});
        out.back().insert(out.back().end(), rest.begin(), rest.end());
      }
    }
    return out;
  }
  // rustc explores `true` before `false`, and other constructors in declaration order.
  if (types_.kind(type) == TypeKind::Bool) std::reverse(present.begin(), present.end());
  for (const Ctor& c : present) {
    std::vector<WitnessRow> specialized;
    for (const WitnessRow& r : flat) {
      if (std::optional<Row> s = specialize(r.pats, c, type)) specialized.push_back({std::move(*s), r.guarded});
    }
    std::vector<TypeId> inner = field_types(c, type);
    size_t arity = inner.size();
    inner.insert(inner.end(), types.begin() + 1, types.end());
    for (Row& w : missing_rows(specialized, inner, false, depth + 1)) {
      if (out.size() >= kMaxWitnesses) return out;
      Pat head = wild(type);
      head.wild = false;
      head.ctor = c;
      head.fields.assign(w.begin(), w.begin() + arity);
      Row row{std::move(head)};
      row.insert(row.end(), w.begin() + arity, w.end());
      out.push_back(std::move(row));
    }
  }
  return out;
}

namespace {

// A char as rustc's `{:?}` writes it, for the characters a witness range can start or end at.
std::string char_text(uint32_t c) {
  auto hex = [](uint32_t v) {
    static const char* digits = "0123456789abcdef";
    std::string h;
    do {
      h += digits[v % 16];
      v /= 16;
    } while (v != 0);
    return "\\u{" + std::string(h.rbegin(), h.rend()) + "}";
  };
  std::string body;
  switch (c) {
    case 0: body = "\\0"; break;
    case '\t': body = "\\t"; break;
    case '\n': body = "\\n"; break;
    case '\r': body = "\\r"; break;
    case '\'': body = "\\'"; break;
    case '\\': body = "\\\\"; break;
    default: {
      bool unprintable = c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD || (c >= 0xD7FC && c <= 0xF8FF) ||
                         (c & 0xFFFE) == 0xFFFE || c >= 0xF0000;
      if (unprintable) {
        body = hex(c);
      } else if (c < 0x80) {
        body = char(c);
      } else if (c < 0x800) {
        body = {char(0xC0 | (c >> 6)), char(0x80 | (c & 0x3F))};
      } else if (c < 0x10000) {
        body = {char(0xE0 | (c >> 12)), char(0x80 | ((c >> 6) & 0x3F)), char(0x80 | (c & 0x3F))};
      } else {
        body = {char(0xF0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3F)), char(0x80 | ((c >> 6) & 0x3F)),
                char(0x80 | (c & 0x3F))};
      }
    }
  }
  return "'" + body + "'";
}

}  // namespace

// One end of a witness range: `5_u8`, `-1_i32`, `u8::MAX`, `i8::MIN`, `'a'`.
std::string PatternChecker::show_bound(Wide v, TypeId type) const {
  const TypeData& t = types_.data(type);
  if (t.kind == TypeKind::Char) return char_text(static_cast<uint32_t>(v));
  return show_int_value(decode(v, type), IntKind(t.detail));
}

// `10_u8..=u8::MAX`; usize and isize ranges reaching past the ends are open: `10_usize..`.
std::string PatternChecker::show_range(const Ctor& c, TypeId type) const {
  std::optional<std::pair<Wide, Wide>> dom = domain(type);
  if (!dom) return "_";
  const TypeData& t = types_.data(type);
  bool pointer = is_pointer_sized(t);
  bool open_start = pointer && is_signed(IntKind(t.detail)) && c.lo == dom->first;
  bool open_end = pointer && c.hi == dom->second;
  if (open_start && open_end) return "_";
  if (open_end) return show_bound(c.lo == dom->second ? c.lo - 1 : c.lo, type) + "..";
  if (open_start) return c.hi == dom->first ? ".." + show_bound(c.hi + 1, type) : "..=" + show_bound(c.hi, type);
  if (c.lo == c.hi) return show_bound(c.lo, type);
  return show_bound(c.lo, type) + "..=" + show_bound(c.hi, type);
}

// A witness as rustc prints it: `(Cmd::Go(_), Cmd::Stop)`, `P { x: false, .. }`, `&[_, ..]`.
std::string PatternChecker::show(const Pat& p, int depth) const {
  if (p.wild || depth > 32) return "_";
  if (p.is_or()) return show(p.alternatives[0], depth + 1);
  auto list = [&](size_t from) {
    std::string out;
    for (size_t i = from; i < p.fields.size(); ++i) out += (i > from ? ", " : "") + show(p.fields[i], depth + 1);
    return out;
  };
  const TypeData& t = types_.data(p.type);
  switch (p.ctor.kind) {
    case Ctor::Kind::Bool: return p.ctor.index ? "true" : "false";
    case Ctor::Kind::Range: return show_range(p.ctor, p.type);
    case Ctor::Kind::Opaque: return "_";
    case Ctor::Kind::Slice: {
      if (!p.ctor.slice_rest) return "[" + list(0) + "]";
      // `[a, .., z]`: the constructor's prefix, then its suffix. On an array
      // (whose length is known) wildcards next to the `..` say nothing, and
      // rustc leaves them out: `[x, .., y]`, not `[x, _, .., _, y]`.
      size_t split = std::min(static_cast<size_t>(p.ctor.lo), p.fields.size());
      size_t prefix_end = split, suffix_begin = split;
      if (t.kind == TypeKind::Array) {
        while (prefix_end > 0 && p.fields[prefix_end - 1].wild) --prefix_end;
        while (suffix_begin < p.fields.size() && p.fields[suffix_begin].wild) ++suffix_begin;
      }
      std::string out = "[";
      for (size_t i = 0; i < prefix_end; ++i) out += show(p.fields[i], depth + 1) + ", ";
      out += "..";
      for (size_t i = suffix_begin; i < p.fields.size(); ++i) out += ", " + show(p.fields[i], depth + 1);
      return out + "]";
    }
    case Ctor::Kind::Single:
    case Ctor::Kind::Variant: break;
  }
  if (t.kind == TypeKind::Ref) {
    return (t.detail == 1 ? "&mut " : "&") + (p.fields.empty() ? std::string("_") : show(p.fields[0], depth + 1));
  }
  if (t.kind == TypeKind::Tuple) return "(" + list(0) + (p.fields.size() == 1 ? ",)" : ")");
  if (t.kind == TypeKind::Array) return "[" + list(0) + "]";
  if (t.kind != TypeKind::Adt) return "_";
  const CrateDefMap* map = resolver_.map_of(t.item.crate);
  const Item& item = map->items[t.item.item];
  std::string name(item.name);
  const AdtData* adt = &map->adts[item.data];
  if (item.kind == ItemKind::Enum) {
    if (p.ctor.kind != Ctor::Kind::Variant || p.ctor.index >= adt->variants.size()) return "_";
    const Item& variant = map->items[adt->variants[p.ctor.index].index];
    name += "::" + std::string(variant.name);
    adt = &map->adts[variant.data];
  }
  if (adt->shape == FieldsShape::Tuple) return name + "(" + list(0) + ")";
  if (adt->shape != FieldsShape::Named) return name;
  std::string out;
  bool rest = false;
  for (size_t i = 0; i < p.fields.size() && i < adt->fields.size(); ++i) {
    if (p.fields[i].wild) {
      rest = true;
      continue;
    }
    out += (out.empty() ? "" : ", ") + std::string(adt->fields[i].name) + ": " + show(p.fields[i], depth + 1);
  }
  if (rest) out += out.empty() ? ".." : ", ..";
  return name + " { " + out + " }";
}

// The values `rows` miss, for the message: rustc names three, then counts the rest.
std::string PatternChecker::witness(const std::vector<WitnessRow>& rows, TypeId type) {
  TypeId types[] = {type};
  std::vector<std::string> missing;
  witness_patterns.clear();
  witness_variants.clear();
  for (const Row& w : missing_rows(rows, types, true, 0)) {
    witness_patterns.push_back(show(w[0], 0));
    missing.push_back("`" + witness_patterns.back() + "`");
    const Pat* head = &w[0];
    while (!head->wild && head->ctor.kind == Ctor::Kind::Single && types_.kind(head->type) == TypeKind::Ref &&
           head->fields.size() == 1) {
      head = &head->fields[0];
    }
    if (head->wild || head->ctor.kind != Ctor::Kind::Variant || types_.kind(head->type) != TypeKind::Adt) continue;
    ItemRef adt = types_.data(head->type).item;
    const CrateDefMap* map = resolver_.map_of(adt.crate);
    const std::vector<ItemId>& variants = map->adts[map->items[adt.item].data].variants;
    if (head->ctor.index >= variants.size()) continue;
    ItemRef variant{adt.crate, variants[head->ctor.index].index};
    if (std::find(witness_variants.begin(), witness_variants.end(), variant) == witness_variants.end()) {
      witness_variants.push_back(variant);
    }
  }
  witness_count_ = missing.size();
  if (missing.empty()) return "`_`";
  std::string out;
  size_t shown = missing.size() > 3 ? 3 : missing.size();
  for (size_t i = 0; i < shown; ++i) {
    if (i > 0) out += i + 1 == shown && missing.size() <= 3 ? " and " : ", ";
    out += missing[i];
  }
  if (missing.size() > 3) out += " and " + std::to_string(missing.size() - 3) + " more";
  return out;
}

std::optional<PatternChecker::FlatResult> PatternChecker::check_flat(const std::vector<std::pair<Pat, bool>>& arms,
                                                                      TypeId type) {
  auto flat = [](const Pat& p) { return p.wild || (!p.is_or() && p.fields.empty() && p.ctor.kind != Ctor::Kind::Slice); };
  for (auto& [p, guard] : arms) {
    if (p.is_or()) {
      for (const Pat& a : p.alternatives) {
        if (!flat(a)) return std::nullopt;
      }
    } else if (!flat(p)) {
      return std::nullopt;
    }
  }
  FlatResult result;
  bool wildcard = false;
  std::map<Wide, Wide> covered;  // disjoint inclusive intervals, by start
  std::set<std::pair<int, uint32_t>> seen;  // other constructors: (kind, index)
  auto range_covered = [&](Wide lo, Wide hi) {
    auto it = covered.upper_bound(lo);
    if (it == covered.begin()) return false;
    --it;
    return it->first <= lo && hi <= it->second;
  };
  auto insert_range = [&](Wide lo, Wide hi) {
    auto it = covered.upper_bound(lo);
    if (it != covered.begin() && std::prev(it)->second + 1 >= lo) {
      --it;
      lo = it->first;
      hi = std::max(hi, it->second);
      it = covered.erase(it);
    }
    while (it != covered.end() && it->first <= hi + 1) {
      hi = std::max(hi, it->second);
      it = covered.erase(it);
    }
    covered[lo] = hi;
  };
  auto all_covered = [&] {
    std::vector<const Ctor*> none;
    bool infinite = false;
    std::vector<Ctor> all = all_ctors(type, none, infinite);
    if (infinite || all.empty()) return false;
    if (std::optional<std::pair<Wide, Wide>> dom = domain(type)) {
      if (types_.kind(type) == TypeKind::Char) {
        return range_covered(dom->first, 0xD7FF) && range_covered(0xE000, dom->second);
      }
      return range_covered(dom->first, dom->second);
    }
    for (const Ctor& c : all) {
      if (!seen.count({int(c.kind), c.index})) return false;
    }
    return true;
  };
  std::vector<const Pat*> earlier_ranges;  // for overlapping_range_endpoints
  for (auto& [p, guard] : arms) {
    std::vector<const Pat*> alternatives;
    if (p.is_or()) {
      for (const Pat& a : p.alternatives) alternatives.push_back(&a);
    } else {
      alternatives.push_back(&p);
    }
    for (const Pat* a : alternatives) {
      bool useful_here;
      if (wildcard) useful_here = false;
      else if (a->wild) useful_here = !all_covered();  // `_` after arms that cover every value
      else if (a->ctor.kind == Ctor::Kind::Range) useful_here = !range_covered(a->ctor.lo, a->ctor.hi);
      else useful_here = !seen.count({int(a->ctor.kind), a->ctor.index});
      if (!useful_here) result.unreachable.push_back(a->node);
      bool proper_range = !a->wild && a->ctor.kind == Ctor::Kind::Range && a->ctor.lo < a->ctor.hi;
      if (proper_range && useful_here && types_.kind(type) == TypeKind::Int) {
        lint_overlapping_endpoints(earlier_ranges, *a, type, result.overlapping_endpoints);
      }
      if (proper_range) earlier_ranges.push_back(a);
      if (guard) continue;
      if (a->wild) wildcard = true;
      else if (a->ctor.kind == Ctor::Kind::Range) insert_range(a->ctor.lo, a->ctor.hi);
      else seen.insert({int(a->ctor.kind), a->ctor.index});
    }
  }
  result.exhaustive = wildcard || all_covered();
  return result;
}

namespace {

// E0004 at the scrutinee; `word` is "pattern " or "patterns " (a witness may contain ", " itself).
Diagnostic non_exhaustive(Span scrutinee, const std::string& missing, std::string_view word, std::string type) {
  Diagnostic d = make_diagnostic(DiagKind::NonExhaustivePatterns, scrutinee, {missing});
  d.with_label(std::string(word) + missing + " not covered");
  d.with_note("the matched value is of type `" + type + "`");
  // rustc's reasons a wildcard or half-open range is needed.
  if (missing.find("usize::MAX..") != std::string::npos) {
    d.with_note("`usize::MAX` is not treated as exhaustive, so half-open ranges are necessary to match exhaustively");
  }
  if (type == "&str") d.with_note("`&str` cannot be matched exhaustively, so a wildcard `_` is necessary");
  return d;
}

}  // namespace

namespace {

struct Covering {
  NodeId node;
  bool catchall = false;
};

// rustc's "matches any value": a wildcard or binding, or a tuple, struct or
// reference made of those only.
bool is_catchall(const Pat& p) {
  if (p.wild) return true;
  if (p.is_or() || p.ctor.kind != Ctor::Kind::Single) return false;
  return std::all_of(p.fields.begin(), p.fields.end(), is_catchall);
}

// rustc's explanation of an unreachable pattern: the one earlier pattern that
// covers it, or up to four of the earlier patterns that together do.
Diagnostic unreachable_pattern(const SyntaxTree& tree, NodeId pattern, const std::vector<Covering>& covering) {
  Span span = tree.span(pattern);
  Diagnostic d = make_diagnostic(DiagKind::UnreachablePattern, span, {});
  d.with_label("no value can reach this");
  if (covering.size() == 1) {
    d.with_secondary(tree.span(covering[0].node),
                     covering[0].catchall ? "matches any value" : "matches all the relevant values");
  } else if (covering.size() > 1) {
    constexpr size_t kShown = 4;
    size_t more = covering.size() > kShown ? covering.size() - kShown : 0;
    SubDiagnostic note;
    note.level = Level::Note;
    note.message = "multiple earlier patterns match some of the same values";
    note.spans.push_back({span, more == 0 ? "collectively making this unreachable"
                                          : "...and " + std::to_string(more) +
                                                " other patterns collectively make this unreachable"});
    for (size_t i = 0; i < covering.size() && i < kShown; ++i) {
      note.spans.push_back({tree.span(covering[i].node), "matches some of the same values"});
    }
    d.children.push_back(std::move(note));
  }
  return d;
}

}  // namespace

// Whether some value matches both patterns (what rustc's explanations list).
bool PatternChecker::intersects(const Pat& a, const Pat& b, int depth) const {
  if (a.wild || b.wild || depth > 64) return true;
  if (a.is_or()) {
    return std::any_of(a.alternatives.begin(), a.alternatives.end(), [&](const Pat& x) { return intersects(x, b, depth + 1); });
  }
  if (b.is_or()) return intersects(b, a, depth + 1);
  if (a.ctor.kind != b.ctor.kind) return false;
  switch (a.ctor.kind) {
    case Ctor::Kind::Range: return !(a.ctor.hi < b.ctor.lo || b.ctor.hi < a.ctor.lo);
    case Ctor::Kind::Variant:
    case Ctor::Kind::Bool:
    case Ctor::Kind::Opaque:
      if (a.ctor.index != b.ctor.index) return false;
      break;
    case Ctor::Kind::Slice: return slices_intersect(a, b, depth);
    case Ctor::Kind::Single: break;
  }
  for (size_t i = 0; i < a.fields.size() && i < b.fields.size(); ++i) {
    if (!intersects(a.fields[i], b.fields[i], depth + 1)) return false;
  }
  return true;
}

// Two slice patterns share a value when their lengths do and their elements
// do, compared from the front for both prefixes and from the back for both
// suffixes (a fixed-length pattern is all prefix and all suffix).
bool PatternChecker::slices_intersect(const Pat& a, const Pat& b, int depth) const {
  auto length_ok = [](const Ctor& x, const Ctor& y) { return !x.slice_rest || y.index >= x.index; };
  if (!a.ctor.slice_rest && !b.ctor.slice_rest && a.ctor.index != b.ctor.index) return false;
  if (!length_ok(a.ctor, b.ctor) || !length_ok(b.ctor, a.ctor)) return false;
  auto prefix = [](const Pat& p) { return p.ctor.slice_rest ? static_cast<size_t>(p.ctor.lo) : p.fields.size(); };
  auto suffix = [&](const Pat& p) { return p.fields.size() - (p.ctor.slice_rest ? prefix(p) : 0); };
  for (size_t i = 0; i < std::min(prefix(a), prefix(b)); ++i) {
    if (!intersects(a.fields[i], b.fields[i], depth + 1)) return false;
  }
  for (size_t j = 1; j <= std::min(suffix(a), suffix(b)); ++j) {
    if (!intersects(a.fields[a.fields.size() - j], b.fields[b.fields.size() - j], depth + 1)) return false;
  }
  return true;
}

// overlapping_range_endpoints: `50..=100` after `0..=50` shares only the
// value 50 with it, most likely by mistake.
void PatternChecker::lint_overlapping_endpoints(const std::vector<const Pat*>& earlier, const Pat& range, TypeId type,
                                                std::vector<Diagnostic>& out) const {
  std::optional<Diagnostic> d;
  for (const Pat* other : earlier) {
    Wide point;
    if (other->ctor.hi == range.ctor.lo) point = range.ctor.lo;
    else if (other->ctor.lo == range.ctor.hi) point = range.ctor.hi;
    else continue;
    if (!d) {
      d = make_diagnostic(DiagKind::OverlappingRangeEndpoints, tree_.span(range.node), {});
      d->with_label("... with this range");
      d->with_note("you likely meant to write mutually exclusive ranges");
    }
    d->with_secondary(tree_.span(other->node), "this range overlaps on `" + show_bound(point, type) + "`...");
  }
  if (d) out.push_back(std::move(*d));
}

bool PatternChecker::is_exclusive_range(NodeId node, bool& has_start) const {
  if (tree_.kind(node) != NodeKind::RangePat) return false;
  NodeId op = first_child(tree_, node, NodeKind::Op);
  if (op.is_none() || static_cast<OpKind>(tree_.node(op).detail) != OpKind::Range) return false;
  bool has_end = false;
  has_start = false;
  for (NodeId c : Kids(tree_, node)) {
    if (tree_.kind(c) != NodeKind::LiteralPat && tree_.kind(c) != NodeKind::PathPat) continue;
    (c.index < op.index ? has_start : has_end) = true;
  }
  return has_end;
}

// non_contiguous_range_endpoints: `0..10` next to `11..=20` leaves out 10,
// most likely by mistake, as `0..255` leaves out u8::MAX. Only when no
// pattern of the match covers that value; in the order of the values left out.
void PatternChecker::lint_non_contiguous_endpoints(const std::vector<const Pat*>& ranges, TypeId type,
                                                   std::vector<Diagnostic>& out) const {
  std::optional<std::pair<Wide, Wide>> dom = domain(type);
  if (!dom) return;
  std::vector<std::pair<Wide, Diagnostic>> found;
  for (const Pat* range : ranges) {
    bool has_start = false;
    if (!is_exclusive_range(range->node, has_start) || range->ctor.hi >= dom->second) continue;
    Wide gap = range->ctor.hi + 1;
    auto covers_gap = [&](const Pat* p) { return p->ctor.lo <= gap && gap <= p->ctor.hi; };
    if (std::any_of(ranges.begin(), ranges.end(), covers_gap)) continue;
    std::vector<const Pat*> after;
    for (const Pat* p : ranges) {
      if (gap < dom->second && p->ctor.lo == gap + 1) after.push_back(p);
    }
    // (usize's and isize's domains end one past MAX: `0..usize::MAX` leaves nothing out there.)
    bool missing_max = after.empty() && gap == dom->second;
    if (after.empty() && !missing_max) continue;
    std::string start = has_start ? show_bound(range->ctor.lo, type) : "";
    std::string end = show_bound(gap, type);
    Diagnostic d = missing_max ? make_diagnostic(DiagKind::ExclusiveRangeMissingMax, tree_.span(range->node), {end})
                               : make_diagnostic(DiagKind::RangesOneApart, tree_.span(range->node), {});
    d.with_label("this range doesn't match `" + end + "` because `..` is an exclusive range");
    for (const Pat* p : after) {
      d.with_secondary(tree_.span(p->node), "this could appear to continue range `" + start + ".." + end + "`, but `" +
                                                end + "` isn't matched by either of them");
    }
    d.with_fix(tree_.span(range->node), start + "..=" + end, "use an inclusive range instead",
               Applicability::MaybeIncorrect);
    found.push_back({gap, std::move(d)});
  }
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [gap, d] : found) out.push_back(std::move(d));
}

bool PatternChecker::any_exclusive_range(const Pat& p, int depth) const {
  if (depth > 32) return false;
  bool has_start = false;
  if (!p.wild && p.ctor.kind == Ctor::Kind::Range && is_exclusive_range(p.node, has_start)) return true;
  auto exclusive = [&](const Pat& sub) { return any_exclusive_range(sub, depth + 1); };
  return std::any_of(p.alternatives.begin(), p.alternatives.end(), exclusive) ||
         std::any_of(p.fields.begin(), p.fields.end(), exclusive);
}

void PatternChecker::lint_range_columns(std::vector<const Pat*> column, std::vector<Diagnostic>& out, int depth) const {
  if (depth > 32) return;
  if (depth == 0) {  // most matches have no `lo..hi`: build no columns for them
    auto exclusive = [&](const Pat* p) { return any_exclusive_range(*p, 0); };
    if (std::none_of(column.begin(), column.end(), exclusive)) return;
  }
  // An or-pattern's alternatives stand in the column themselves; a wildcard
  // holds no range and, for this lint, covers no value.
  std::vector<const Pat*> heads;
  for (size_t i = 0; i < column.size(); ++i) {
    const Pat* p = column[i];
    if (p->is_or()) {
      for (const Pat& a : p->alternatives) column.push_back(&a);  // (appended: walked in this loop)
    } else if (!p->wild) {
      heads.push_back(p);
    }
  }
  if (heads.empty()) return;
  TypeId type = heads.front()->type;
  if (domain(type)) {
    std::vector<const Pat*> ranges;
    for (const Pat* p : heads) {
      if (p->ctor.kind == Ctor::Kind::Range) ranges.push_back(p);
    }
    lint_non_contiguous_endpoints(ranges, type, out);
    return;
  }
  // Each constructor's fields, column by column, constructors in the order first seen.
  std::vector<std::pair<int, uint32_t>> ctors;
  for (const Pat* p : heads) {
    std::pair<int, uint32_t> key{int(p->ctor.kind), p->ctor.index};
    if (p->ctor.kind != Ctor::Kind::Slice && std::find(ctors.begin(), ctors.end(), key) == ctors.end()) {
      ctors.push_back(key);
    }
  }
  for (const auto& [kind, index] : ctors) {
    size_t arity = 0;
    for (const Pat* p : heads) {
      if (int(p->ctor.kind) == kind && p->ctor.index == index) arity = std::max(arity, p->fields.size());
    }
    for (size_t field = 0; field < arity; ++field) {
      std::vector<const Pat*> sub;
      for (const Pat* p : heads) {
        if (int(p->ctor.kind) == kind && p->ctor.index == index && field < p->fields.size()) {
          sub.push_back(&p->fields[field]);
        }
      }
      lint_range_columns(std::move(sub), out, depth + 1);
    }
  }
}

// Unreachable alternatives (`dead`, in the order found) with the earlier
// reachable, unguarded patterns that intersect them. As rustc, the
// unreachable alternatives of reachable or-patterns come first, then the
// wholly unreachable arms, each group in arm order.
void PatternChecker::explain_unreachable(const std::vector<std::pair<Pat, bool>>& arms, const std::vector<NodeId>& dead,
                                         std::vector<Diagnostic>& out) const {
  std::vector<Diagnostic> whole_arms;
  std::set<uint32_t> dead_nodes;
  for (NodeId n : dead) dead_nodes.insert(n.index);
  auto alternatives_of = [](const Pat& p) {
    return p.is_or() ? std::span<const Pat>(p.alternatives) : std::span<const Pat>(&p, 1);
  };
  auto live = [&](const Pat& p) {
    for (const Pat& a : alternatives_of(p)) {
      if (!dead_nodes.count(a.node.index)) return true;
    }
    return false;
  };
  for (size_t i = 0; i < arms.size(); ++i) {
    std::span<const Pat> alternatives = alternatives_of(arms[i].first);
    // An or-pattern none of whose alternatives is reachable: one warning for the whole, as rustc.
    bool all_dead = arms[i].first.is_or() && std::all_of(alternatives.begin(), alternatives.end(), [&](const Pat& a) {
      return dead_nodes.count(a.node.index) != 0;
    });
    if (all_dead) {
      std::vector<Covering> covering;
      for (size_t j = 0; j < i; ++j) {
        const Pat& earlier = arms[j].first;
        bool overlaps = std::any_of(alternatives.begin(), alternatives.end(),
                                    [&](const Pat& a) { return intersects(earlier, a, 0); });
        if (!arms[j].second && live(earlier) && overlaps) covering.push_back({earlier.node, is_catchall(earlier)});
      }
      whole_arms.push_back(unreachable_pattern(tree_, arms[i].first.node, covering));
      continue;
    }
    for (size_t k = 0; k < alternatives.size(); ++k) {
      const Pat& target = alternatives[k];
      if (!dead_nodes.count(target.node.index)) continue;
      std::vector<Covering> covering;
      // rustc names a whole arm's covering patterns whole, and an
      // alternative's covering alternatives one by one.
      bool by_alternative = arms[i].first.is_or();
      for (size_t j = 0; j < i; ++j) {
        const Pat& earlier = arms[j].first;
        if (arms[j].second || !live(earlier)) continue;
        if (!by_alternative) {
          if (intersects(earlier, target, 0)) covering.push_back({earlier.node, is_catchall(earlier)});
          continue;
        }
        for (const Pat& a : alternatives_of(earlier)) {
          if (!dead_nodes.count(a.node.index) && intersects(a, target, 0)) covering.push_back({a.node, is_catchall(a)});
        }
      }
      for (size_t m = 0; m < k; ++m) {
        const Pat& earlier = alternatives[m];
        if (!dead_nodes.count(earlier.node.index) && intersects(earlier, target, 0)) {
          covering.push_back({earlier.node, is_catchall(earlier)});
        }
      }
      (arms[i].first.is_or() ? out : whole_arms).push_back(unreachable_pattern(tree_, target.node, covering));
    }
  }
  for (Diagnostic& d : whole_arms) out.push_back(std::move(d));
}

namespace {

// irrefutable_let_patterns: a conditional `let` whose pattern always matches.
Diagnostic irrefutable_let(ConditionalLet kind, Span span) {
  std::string_view what = kind == ConditionalLet::IfLet ? "if let" : kind == ConditionalLet::WhileLet ? "while let" : "let...else";
  Diagnostic d = make_diagnostic(DiagKind::IrrefutableLetPattern, span, {std::string(what)});
  if (kind == ConditionalLet::IfLet) {
    d.with_note("this pattern will always match, so the `if let` is useless");
    d.with_help("consider replacing the `if let` with a `let`");
  } else if (kind == ConditionalLet::WhileLet) {
    d.with_note("this pattern will always match, so the loop will never exit");
    d.with_help("consider instead using a `loop { ... }` with a `let` inside it");
  } else {
    d.with_note("this pattern will always match, so the `else` clause is useless");
    d.with_help("consider removing the `else` clause");
  }
  return d;
}

}  // namespace

// Match checking for a body that type-checked: usefulness of every arm and
// exhaustiveness of every `match`, refutability of `let`, `for` and parameter patterns.
// `let LIMIT = n` where `LIMIT` is a const: rustc says so and offers a name.
bool BodyChecker::note_constant_binding(Diagnostic& d, NodeId pattern) {
  if (tree_->kind(pattern) != NodeKind::IdentPat) return false;
  NodeId name = first_child(*tree_, pattern, NodeKind::Name);
  std::optional<ItemRef> item = name.has_value() ? unit_pattern_item(tree_->text(name, text_)) : std::nullopt;
  if (!item || item->crate != crate_.crate || resolver_.item(*item).kind != ItemKind::Const) return false;
  const Item& constant = resolver_.item(*item);
  std::string text(tree_->text(name, text_));
  d.with_secondary(cx_.input->files[constant.file].tree->def_span(constant.node),
                   "missing patterns are not covered because `" + text +
                       "` is interpreted as a constant pattern, not a new variable");
  Span end{tree_->span(name).file, tree_->span(name).end, tree_->span(name).end};
  d.with_fix(end, "_var", "introduce a variable instead", Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
  return true;
}

bool BodyChecker::is_empty_enum(TypeId type) {
  TypeId t = shallow(type);
  if (types_.kind(t) != TypeKind::Adt) return false;
  const CrateDefMap* map = resolver_.map_of(types_.data(t).item.crate);
  const Item& item = map->items[types_.data(t).item.item];
  return item.kind == ItemKind::Enum && map->adts[item.data].variants.empty();
}

void BodyChecker::check_patterns_exhaustive() {
  PatternChecker checker(*this, types_, resolver_, *tree_, text_);
  auto check_match_site = [&](const MatchSite& site) {
    TypeId type = resolved(site.scrutinee_type);
    if (is_error(type)) return;
    if (site.arms.empty() && is_empty_enum(type)) return;  // `match never {}`: no value to match (not through a reference)
    item_scopes_.push_back(site.scope);
    std::vector<std::pair<Pat, bool>> lowered;
    checker.uncertain = false;
    checker.pattern_error = false;
    for (const MatchArmSite& arm : site.arms) lowered.push_back({checker.lower(arm.pattern, type), arm.has_guard});
    if (checker.pattern_error) {
      item_scopes_.pop_back();
      return;
    }
    if (std::optional<PatternChecker::FlatResult> flat = checker.check_flat(lowered, type)) {
      for (Diagnostic& d : flat->overlapping_endpoints) pattern_diagnostics_.push_back(std::move(d));
      checker.lint_range_columns(arm_patterns(lowered), pattern_diagnostics_);
      checker.explain_unreachable(lowered, flat->unreachable, pattern_diagnostics_);
      if (!flat->exhaustive && !checker.uncertain) {
        report_non_exhaustive(site, type, checker.witness(witness_rows(lowered), type), checker);
      }
      item_scopes_.pop_back();
      return;
    }
    PatternChecker::PatMatrix rows;
    rows.width = 1;
    std::vector<NodeId> dead;
    for (size_t arm_index = 0; arm_index < site.arms.size(); ++arm_index) {
      const MatchArmSite& arm = site.arms[arm_index];
      const Pat& p = lowered[arm_index].first;
      std::span<const Pat> alternatives =
          p.is_or() ? std::span<const Pat>(p.alternatives) : std::span<const Pat>(&p, 1);
      // Each alternative of an or-pattern must be useful on its own: against
      // the earlier arms' rows and the alternatives before it, appended to
      // `rows` for the duration (no copy of the rows per arm).
      uint32_t arm_rows = rows.height;
      for (size_t i = 0; i < alternatives.size(); ++i) {
        const Pat* alternative = &alternatives[i];
        if (!checker.useful(rows, {&alternative, 1})) dead.push_back(alternatives[i].node);
        if (i + 1 < alternatives.size()) rows.add_row({&alternative, 1});
      }
      rows.height = arm_rows;
      rows.cells.resize(arm_rows);
      const Pat* whole = &p;
      if (!arm.has_guard) rows.add_row({&whole, 1});
    }
    checker.lint_range_columns(arm_patterns(lowered), pattern_diagnostics_);
    checker.explain_unreachable(lowered, dead, pattern_diagnostics_);
    Pat any;
    any.type = type;
    const Pat* any_row = &any;
    if (!checker.uncertain && checker.useful(rows, {&any_row, 1})) {
      report_non_exhaustive(site, type, checker.witness(witness_rows(lowered), type), checker);
    }
    item_scopes_.pop_back();
  };
  auto check_let_site = [&](const LetSite& site) {
    TypeId type = site.conditional == ConditionalLet::None ? fallback(resolved(site.type)) : resolved(site.type);
    if (is_error(type)) return;
    item_scopes_.push_back(site.scope);
    checker.uncertain = false;
    Pat p = checker.lower(site.pattern, type);
    if (checker.uncertain) {
      item_scopes_.pop_back();
      return;
    }
    checker.lint_range_columns({&p}, pattern_diagnostics_);
    Pat any;
    any.type = type;
    const Pat* any_row = &any;
    const Pat* pattern_row = &p;
    PatternChecker::PatMatrix rows;
    rows.width = 1;
    rows.add_row({&pattern_row, 1});
    bool refutable = !p.wild && checker.useful(rows, {&any_row, 1});
    if (site.conditional != ConditionalLet::None) {
      if (!refutable) pattern_diagnostics_.push_back(irrefutable_let(site.conditional, site.span));
      item_scopes_.pop_back();
      return;
    }
    if (refutable) {
      std::string missing = checker.witness({WitnessRow{Row{p}, false}}, type);
      std::string_view what = site.in_for                                    ? "`for` loop binding"
                              : pattern_is_parameter(*tree_, site.pattern) ? "function argument"
                                                                             : "local binding";
      Diagnostic d = make_diagnostic(DiagKind::RefutablePattern, tree_->span(site.pattern), {what});
      d.with_label(std::string(checker.pattern_word()) + missing + " not covered");
      if (what == "local binding") {
        d.with_note("`let` bindings require an \"irrefutable pattern\", like a `struct` or an `enum` with only one variant");
        d.with_note("for more information, visit https://doc.rust-lang.org/book/ch19-02-refutability.html");
      }
      d.with_note("the matched value is of type `" + show(type) + "`");
      note_matched_definition(d, type, checker.witness_variants);
      // A constant taken for a new name: rustc's one help is to name a variable.
      bool constant = note_constant_binding(d, site.pattern);
      if (what == "local binding" && site.init.file.has_value() && !constant) {
        bool several = checker.witness_patterns.size() > 1;
        if (!suggest_if_let(d, site, several)) {
          d.with_fix(Span{site.init.file, site.init.end, site.init.end}, " else { todo!() }",
                     several ? "you might want to use `let...else` to handle the variants that aren't matched"
                             : "you might want to use `let...else` to handle the variant that isn't matched",
                     Applicability::HasPlaceholders, SuggestionStyle::ShowAlways);
        }
        suggest_underscore_binding(d, site.pattern);
      }
      pattern_diagnostics_.push_back(std::move(d));
    }
    item_scopes_.pop_back();
  };
  // rustc checks a body's matches and lets as it meets them walking the
  // body: each before what it contains, so in source order of their starts.
  std::vector<std::pair<uint32_t, size_t>> order;  // (start, index; lets after matches)
  for (size_t i = 0; i < match_sites_.size(); ++i) order.push_back({match_sites_[i].start, i});
  for (size_t i = 0; i < let_sites_.size(); ++i) {
    order.push_back({tree_->span(let_sites_[i].pattern).begin, match_sites_.size() + i});
  }
  std::stable_sort(order.begin(), order.end());
  for (auto [start, index] : order) {
    if (index < match_sites_.size()) check_match_site(match_sites_[index]);
    else check_let_site(let_sites_[index - match_sites_.size()]);
  }
}

// rustc's note on a matched type of this crate (through references): its
// name, and under it the variants the missing patterns start with.
void BodyChecker::note_matched_definition(Diagnostic& d, TypeId type, const std::vector<ItemRef>& missing_variants) {
  TypeId t = shallow(type);
  while (types_.kind(t) == TypeKind::Ref) t = shallow(types_.element(t));
  if (types_.kind(t) != TypeKind::Adt) return;
  ItemRef adt = types_.data(t).item;
  if (adt.crate != crate_.crate) return;
  const Item& item = crate_.item(ItemId(adt.item));
  if (item.name_span.is_none()) return;
  SubDiagnostic note{Level::Note, "`" + show(t) + "` defined here", {{item.name_span, ""}}, std::nullopt,
                     Applicability::Unspecified, {}};
  // rustc points at five of the variants not covered at most.
  for (size_t i = 0; i < missing_variants.size() && i < 5; ++i) {
    ItemRef variant = missing_variants[i];
    if (variant.crate == crate_.crate) note.spans.push_back(Label{crate_.item(ItemId(variant.item)).name_span, "not covered"});
  }
  // Before "the matched value is of type ..." (the last note).
  auto matched = std::find_if(d.children.begin(), d.children.end(), [](const SubDiagnostic& c) {
    return c.message.starts_with("the matched value is of type");
  });
  d.children.insert(matched, std::move(note));
}

// rustc's arm for what a match misses: the missing patterns or-ed (up to
// three, else `_`), with its message.
std::pair<std::string, std::string> missing_arm(const std::vector<std::string>& witnesses) {
  bool listed = !witnesses.empty() && witnesses.size() < 4;
  std::string pattern = "_";
  if (listed) {
    pattern.clear();
    for (size_t i = 0; i < witnesses.size(); ++i) pattern += (i > 0 ? " | " : "") + witnesses[i];
  }
  std::string message = "ensure that all possible cases are being handled by adding a match arm with a wildcard pattern";
  if (witnesses.empty()) return {pattern, message + " as shown"};  // a type, not variants, is missing
  if (witnesses.size() > 1 && listed) message += ", a match arm with multiple or-patterns";
  message += witnesses.size() == 1 ? " or an explicit pattern as shown" : " as shown, or multiple match arms";
  return {pattern, message};
}

// rustc's "ensure that all possible cases are being handled": the missing
// patterns (up to three, else `_`) as an arm after the last one.
void BodyChecker::suggest_missing_arms(Diagnostic& d, const MatchSite& site, const std::vector<std::string>& witnesses) {
  if (in_macro_arguments_) return;
  if (site.arms.empty()) {
    suggest_first_arm(d, site, witnesses);
    return;
  }
  const MatchArmSite& last = site.arms.back();
  if (last.span.is_none()) return;
  auto indentation_before = [&](Span at) {
    size_t line_start = text_.rfind('\n', at.begin == 0 ? 0 : at.begin - 1);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    std::string_view indent = text_.substr(line_start, at.begin - line_start);
    return indent.find_first_not_of(" \t") == std::string_view::npos ? std::optional<std::string>(indent) : std::nullopt;
  };
  std::string spacing = " ";
  if (site.arms.size() >= 2) {
    Span previous = site.arms[site.arms.size() - 2].span;
    std::string_view between = text_.substr(previous.end, last.span.begin - previous.end);
    if (between.find('\n') != std::string_view::npos) {
      std::optional<std::string> indent = indentation_before(last.span);
      if (!indent) return;
      spacing = "\n" + *indent;
    }
  } else {
    size_t after = last.span.end;
    while (after < text_.size() && (text_[after] == ' ' || text_[after] == '\t' || text_[after] == ',' || text_[after] == '\n' || text_[after] == '\r')) ++after;
    bool multiline = text_.substr(last.span.begin, after - last.span.begin).find('\n') != std::string_view::npos;
    std::optional<std::string> indent = indentation_before(last.span);
    if (multiline && indent) spacing = "\n" + *indent;
  }
  auto [pattern, message] = missing_arm(witnesses);
  d.with_fix(Span{last.span.file, last.span.end, last.span.end}, "," + spacing + pattern + " => todo!()", message,
             Applicability::HasPlaceholders, SuggestionStyle::ShowAlways);
}

// E0004 with the patterns missing, or for `match t {}` on a tuple or a number
// the type named instead (rustc's "type `(u8, u8)` is non-empty").
void BodyChecker::report_non_exhaustive(const MatchSite& site, TypeId type, const std::string& missing,
                                        const PatternChecker& checker) {
  bool enum_type = types_.kind(type) == TypeKind::Adt && resolver_.item(types_.data(type).item).kind == ItemKind::Enum;
  if (site.arms.empty() && !enum_type) {
    Diagnostic d = make_diagnostic(DiagKind::NonExhaustiveNonEmptyType, site.scrutinee_span, {show(type)});
    d.with_note("the matched value is of type `" + show(type) + "`");
    suggest_missing_arms(d, site, {});
    pattern_diagnostics_.push_back(std::move(d));
    return;
  }
  Diagnostic d = non_exhaustive(site.scrutinee_span, missing, checker.pattern_word(), show(type));
  if (!site.arms.empty() &&
      std::all_of(site.arms.begin(), site.arms.end(), [](const MatchArmSite& arm) { return arm.has_guard; })) {
    d.with_note("match arms with guards don't count towards exhaustivity");
  }
  note_matched_definition(d, type, checker.witness_variants);
  suggest_missing_arms(d, site, checker.witness_patterns);
  pattern_diagnostics_.push_back(std::move(d));
}

// `match m {}`: rustc writes the first arm into the braces.
void BodyChecker::suggest_first_arm(Diagnostic& d, const MatchSite& site, const std::vector<std::string>& witnesses) {
  Span braces = site.arm_list;
  if (braces.is_none() || braces.file != tree_->file || braces.length() < 2 || text_[braces.begin] != '{') return;
  size_t line_start = text_.rfind('\n', site.start == 0 ? 0 : site.start - 1);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  std::string_view before = text_.substr(line_start, site.start - line_start);
  std::string indent(before.substr(0, before.find_first_not_of(" \t")));
  auto [pattern, message] = missing_arm(witnesses);
  // Between the braces, on lines of their own.
  Span inside{braces.file, braces.begin + 1, braces.end - 1};
  d.with_fix(inside, "\n" + indent + "    " + pattern + " => todo!(),\n" + indent, message,
             Applicability::HasPlaceholders, SuggestionStyle::ShowAlways);
}

// E0005 for a pattern that binds nothing (`let State::Idle = s;`): rustc
// offers `if let ... { todo!() }` rather than `let ... else`.
bool BodyChecker::suggest_if_let(Diagnostic& d, const LetSite& site, bool several) {
  uint32_t first = site.pattern.index + 1 - tree_->node(site.pattern).subtree_size;
  for (uint32_t i = first; i <= site.pattern.index; ++i) {
    if (tree_->nodes[i].kind != NodeKind::IdentPat) continue;
    NodeId name = first_child(*tree_, NodeId(i), NodeKind::Name);
    if (name.is_none() || !value_item_named(tree_->text(name, text_)).item) return false;  // a binding
  }
  Span pattern = tree_->span(site.pattern);
  // `if` replaces `let`, or goes before an assignment's pattern.
  std::optional<uint32_t> at = site.assignment ? pattern.begin : let_keyword_before(pattern);
  if (!at) return false;
  SubDiagnostic fix{Level::Help,
                    several ? "you might want to use `if let` to ignore the variants that aren't matched"
                            : "you might want to use `if let` to ignore the variant that isn't matched",
                    {}, std::string()};
  fix.spans.push_back(Label{Span{pattern.file, *at, *at}, "if "});
  fix.spans.push_back(Label{Span{site.init.file, site.init.end, site.init.end}, " { todo!() }"});
  fix.applicability = Applicability::HasPlaceholders;
  fix.style = SuggestionStyle::ShowAlways;
  d.children.push_back(std::move(fix));
  return true;
}

// `let 1 = x;`: rustc guesses a name was meant, which cannot start with a digit.
void BodyChecker::suggest_underscore_binding(Diagnostic& d, NodeId pattern) {
  if (tree_->kind(pattern) != NodeKind::LiteralPat) return;
  const Node& node = tree_->node(pattern);
  if (node.end_token != node.first_token + 1 || tree_->tokens[node.first_token].kind != TokenKind::IntLiteral) return;
  Span at = tree_->span(pattern);
  d.with_fix(Span{at.file, at.begin, at.begin}, "_",
             "alternatively, you could prepend the pattern with an underscore to define a new named variable; "
             "identifiers cannot begin with digits",
             Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
}

}  // namespace sluice
