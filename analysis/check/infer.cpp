// Inference variables and unification. Variables are numbered per body;
// integer and float literal variables only unify with integer (float) types
// and fall back to i32 (f64) at the end of the body, as in rustc.
#include "analysis/check/body_checker.h"

namespace sluice {

TypeId BodyChecker::new_var() {
  vars_.push_back({TypeKind::InferVar, TypeId::none()});
  return types_.infer_var(static_cast<uint32_t>(vars_.size() - 1));
}

// `let x = todo!();`: `x` is not of type `!` but of a variable that
// whatever uses `x` may settle, and that falls back to `()` at the end of
// the body (edition 2024 keeps `!`).
TypeId BodyChecker::new_diverging_var() {
  vars_.push_back({TypeKind::InferVar, TypeId::none(), true});
  return types_.infer_var(static_cast<uint32_t>(vars_.size() - 1));
}

void BodyChecker::apply_diverging_fallback() {
  TypeId fallback = tree_->edition < Edition::E2024 ? types_.unit() : types_.never();
  for (Var& var : vars_) {
    if (var.diverging && var.bound.is_none()) var.bound = fallback;
  }
  report_diverging_operands();
  std::vector<DeferredFormatCheck> checks = std::move(deferred_format_checks_);
  deferred_format_checks_.clear();
  for (const DeferredFormatCheck& c : checks) {
    TypeId t = resolved(c.type, 0, true);
    if (!types_.has_vars(t)) require_format_trait(c.arg, t, c.debug, c.numeric_trait, c.placeholder);
  }
}

bool BodyChecker::is_diverging_var(TypeId type) {
  TypeId t = shallow(type);
  return types_.kind(t) == TypeKind::InferVar && types_.data(t).a < vars_.size() && vars_[types_.data(t).a].diverging;
}

TypeId BodyChecker::new_int_var() {
  vars_.push_back({TypeKind::IntVar, TypeId::none()});
  return types_.int_var(static_cast<uint32_t>(vars_.size() - 1));
}

TypeId BodyChecker::new_float_var() {
  vars_.push_back({TypeKind::FloatVar, TypeId::none()});
  return types_.float_var(static_cast<uint32_t>(vars_.size() - 1));
}

static bool is_var_kind(TypeKind kind) {
  return kind == TypeKind::InferVar || kind == TypeKind::IntVar || kind == TypeKind::FloatVar;
}

TypeId BodyChecker::shallow_var(TypeId type) {
  for (int guard = 0; guard < 1000; ++guard) {
    const TypeData& d = types_.data(type);
    if (!is_var_kind(d.kind) || d.a >= vars_.size() || vars_[d.a].bound.is_none()) return type;
    type = vars_[d.a].bound;
  }
  return types_.error();
}

TypeId BodyChecker::resolved(TypeId type, int depth, bool with_fallback) {
  if (!types_.has_vars(type)) return type;
  type = shallow(type);
  if (depth > 32) return type;
  const TypeData& d = types_.data(type);
  auto inner = [&](TypeId t) { return resolved(t, depth + 1, with_fallback); };
  switch (d.kind) {
    case TypeKind::Ref: return types_.reference(inner(TypeId(d.a)), d.detail == 1);
    case TypeKind::Slice: return types_.slice(inner(TypeId(d.a)));
    case TypeKind::Array: return types_.array(inner(TypeId(d.a)), d.length);
    case TypeKind::Range: return types_.range(inner(TypeId(d.a)), static_cast<RangeShape>(d.detail));
    case TypeKind::Iter: return types_.iter(inner(TypeId(d.a)));
    case TypeKind::Tuple: {
      std::span<const TypeId> elements = types_.tuple_elements(type);
      std::vector<TypeId> out(elements.begin(), elements.end());
      for (TypeId& e : out) e = inner(e);
      return types_.tuple(out);
    }
    default: return with_fallback ? fallback(type) : type;
  }
}

TypeId BodyChecker::fallback(TypeId type) {
  type = shallow(type);
  TypeKind kind = types_.kind(type);
  if (kind == TypeKind::IntVar) return types_.int_type(IntKind::I32);
  if (kind == TypeKind::FloatVar) return types_.float_type(FloatKind::F64);
  return type;
}

bool BodyChecker::unify(TypeId a, TypeId b, int depth) {
  a = shallow(a);
  b = shallow(b);
  if (a == b) return true;
  if (depth > 64) return true;
  const TypeData& da = types_.data(a);
  const TypeData& db = types_.data(b);
  auto bind = [&](const TypeData& var, TypeId to) {
    vars_[var.a].bound = to;
    return true;
  };
  // A type variable meeting an error becomes the error, as in rustc: what
  // follows from it is not news (no "type annotations needed" for it).
  if (da.kind == TypeKind::Error && db.kind == TypeKind::InferVar) return bind(db, a);
  if (db.kind == TypeKind::Error && da.kind == TypeKind::InferVar) return bind(da, b);
  if (da.kind == TypeKind::Error || db.kind == TypeKind::Error) return true;
  if (da.kind == TypeKind::InferVar) return bind(da, b);
  if (db.kind == TypeKind::InferVar) return bind(db, a);
  if (da.kind == TypeKind::IntVar) {
    if (db.kind == TypeKind::Int || db.kind == TypeKind::IntVar) return bind(da, b);
    return false;
  }
  if (db.kind == TypeKind::IntVar) return da.kind == TypeKind::Int && bind(db, a);
  if (da.kind == TypeKind::FloatVar) {
    if (db.kind == TypeKind::Float || db.kind == TypeKind::FloatVar) return bind(da, b);
    return false;
  }
  if (db.kind == TypeKind::FloatVar) return da.kind == TypeKind::Float && bind(db, a);
  if (da.kind != db.kind || da.detail != db.detail) return false;
  switch (da.kind) {
    case TypeKind::Ref:
    case TypeKind::Slice:
    case TypeKind::Range:
    case TypeKind::Iter: return unify(TypeId(da.a), TypeId(db.a), depth + 1);
    case TypeKind::Array: return da.length == db.length && unify(TypeId(da.a), TypeId(db.a), depth + 1);
    case TypeKind::Tuple: {
      std::span<const TypeId> ea = types_.tuple_elements(a);
      std::span<const TypeId> eb = types_.tuple_elements(b);
      if (ea.size() != eb.size()) return false;
      std::vector<TypeId> xa(ea.begin(), ea.end()), xb(eb.begin(), eb.end());
      for (size_t i = 0; i < xa.size(); ++i) {
        if (!unify(xa[i], xb[i], depth + 1)) return false;
      }
      return true;
    }
    default: return false;  // distinct interned types
  }
}

// The coercions of tier L1: `!` to anything, `&mut T` to `&T`, `&[T; N]` to
// `&[T]` (and `&mut` likewise), then plain unification.
bool BodyChecker::coerces(TypeId from, TypeId to) {
  from = shallow(from);
  to = shallow(to);
  if (types_.kind(from) == TypeKind::Never) return true;
  const TypeData& f = types_.data(from);
  const TypeData& t = types_.data(to);
  if (f.kind == TypeKind::Ref && t.kind == TypeKind::Ref && (f.detail == 1 || t.detail == 0)) {
    TypeId inner_from = shallow(TypeId(f.a));
    TypeId inner_to = shallow(TypeId(t.a));
    const TypeData& fi = types_.data(inner_from);
    const TypeData& ti = types_.data(inner_to);
    if (fi.kind == TypeKind::Array && ti.kind == TypeKind::Slice) return unify(TypeId(fi.a), TypeId(ti.a));
    // Deref coercion through references: `&&str` to `&str`, and `&mut &T`
    // to `&mut T` (whose mutability error is the borrow checker's).
    if (fi.kind == TypeKind::Ref && ti.kind != TypeKind::Ref && ti.kind != TypeKind::InferVar) {
      TypeId referent = inner_from;
      bool through_shared = false;
      for (int step = 0; step < 8 && types_.kind(referent) == TypeKind::Ref; ++step) {
        through_shared |= !types_.is_mutable_ref(referent);
        referent = shallow(types_.element(referent));
      }
      // `&mut &T` to `&mut T` type-checks; the borrow checker then rejects
      // the mutable reborrow through `&` (E0596), which the caller reports.
      if (t.detail == 1 && through_shared) mutable_reborrow_through_shared_ = true;
      if (types_.kind(referent) == TypeKind::Array && ti.kind == TypeKind::Slice) {
        return unify(types_.element(referent), TypeId(ti.a));
      }
      return unify(referent, inner_to);
    }
    if (f.detail != t.detail) return unify(inner_from, inner_to);
  }
  return unify(from, to);
}

// Whether `from` would coerce to `to`, binding no inference variable (for a
// suggestion, once the error is known).
bool BodyChecker::would_coerce(TypeId from, TypeId to) {
  PooledVector<Var> saved;
  saved.v.assign(vars_.begin(), vars_.end());
  bool reborrow = mutable_reborrow_through_shared_;
  bool ok = coerces(from, to);
  vars_.assign(saved.v.begin(), saved.v.end());
  mutable_reborrow_through_shared_ = reborrow;
  return ok;
}

bool BodyChecker::is_copy(TypeId type) {
  type = shallow(type);
  const TypeData& d = types_.data(type);
  switch (d.kind) {
    case TypeKind::Adt: {
      const CrateDefMap* map = resolver_.map_of(d.item.crate);
      const Item& item = map->items[d.item.item];
      // A hand-written `impl Copy` (outside L1) may make it Copy: its moves
      // are not judged.
      return map->adts[item.data].is_copy() || has_trait_impls(type);
    }
    case TypeKind::Ref: return d.detail == 0;
    case TypeKind::Array:
    case TypeKind::Slice: return is_copy(TypeId(d.a));
    case TypeKind::Tuple: {
      std::span<const TypeId> elements = types_.tuple_elements(type);
      std::vector<TypeId> copy(elements.begin(), elements.end());
      for (TypeId e : copy) {
        if (!is_copy(e)) return false;
      }
      return true;
    }
    case TypeKind::Range:
    case TypeKind::Iter:
    case TypeKind::Str: return false;
    default: return true;
  }
}

std::string BodyChecker::show(TypeId type) {
  TypeId t = resolved(type);
  if (types_.kind(t) == TypeKind::FnDef) {
    if (std::optional<std::string> shown = show_fn_item(types_.data(t).item)) return *shown;
  }
  return display_type(types_, t, [&](ItemRef item) {
    const CrateDefMap* map = resolver_.map_of(item.crate);
    if (map == nullptr || item.item >= map->items.size()) return std::string("{unknown}");
    return std::string(map->items[item.item].name);
  });
}

// A free function's item type as rustc shows it: `fn(u8) -> i32 {parse}`
// (none for a method or a constructor, shown the short way).
std::optional<std::string> BodyChecker::show_fn_item(ItemRef fn) {
  const CrateDefMap* map = resolver_.map_of(fn.crate);
  if (map == nullptr || fn.item >= map->items.size()) return std::nullopt;
  const Item& item = map->items[fn.item];
  if (item.kind != ItemKind::Fn || item.data >= map->fns.size()) return std::nullopt;
  const FnData& data = map->fns[item.data];
  if (data.self != SelfParamKind::None || (item.parent.has_value() && map->items[item.parent.index].kind == ItemKind::Impl)) {
    return std::nullopt;
  }
  std::string out = "fn(";
  for (size_t i = 0; i < data.params.size(); ++i) out += (i ? ", " : "") + show(data.params[i]);
  out += ")";
  if (data.ret.has_value() && !(types_.kind(data.ret) == TypeKind::Tuple && types_.tuple_elements(data.ret).empty())) {
    out += " -> " + show(data.ret);
  }
  return out + " {" + std::string(item.name) + "}";
}

}  // namespace sluice
