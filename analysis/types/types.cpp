#include "analysis/types/types.h"

#include <algorithm>

namespace sluice {

bool is_signed(IntKind kind) { return kind <= IntKind::Isize; }

uint32_t int_bits(IntKind kind) {
  static constexpr uint32_t kBits[] = {8, 16, 32, 64, 128, 64, 8, 16, 32, 64, 128, 64};
  return kBits[static_cast<size_t>(kind)];
}

std::string_view int_name(IntKind kind) {
  static constexpr std::string_view kNames[] = {"i8", "i16", "i32", "i64", "i128", "isize",
                                                "u8", "u16", "u32", "u64", "u128", "usize"};
  return kNames[static_cast<size_t>(kind)];
}

std::string_view range_struct_name(RangeShape shape) {
  static constexpr std::string_view kNames[] = {"Range", "RangeInclusive", "RangeFrom", "RangeTo", "RangeToInclusive",
                                                "RangeFull"};
  return kNames[std::min<size_t>(static_cast<size_t>(shape), 5)];
}

std::string_view float_name(FloatKind kind) { return kind == FloatKind::F32 ? "f32" : "f64"; }

static TypeData type_data(TypeKind kind, uint8_t detail = 0, uint32_t a = 0, uint64_t length = 0, ItemRef item = {}) {
  TypeData d;
  d.kind = kind;
  d.detail = detail;
  d.a = a;
  d.length = length;
  d.item = item;
  return d;
}

size_t TypeStore::DataHash::operator()(const TypeData& d) const noexcept {
  uint64_t h = uint64_t(d.kind) | (uint64_t(d.detail) << 8) | (uint64_t(d.a) << 16);
  h ^= d.length * 0x9E3779B97F4A7C15ull;
  h ^= ((uint64_t(d.item.crate) << 32) | d.item.item) * 0xC2B2AE3D27D4EB4Full;
  return std::hash<uint64_t>()(h);
}

namespace {

std::atomic<uint64_t> next_store_serial{1};

// A small per-thread cache of interned types, in front of the locked index:
// checking interns the same few types (a function's item type at each call,
// `&T` at each borrow) again and again, and a lookup here takes no lock and
// touches no shared cache line. Types are never removed, so an entry stays
// right for as long as its store lives; the serial keeps a later store at
// the same address from reading an earlier one's entries.
struct InternCacheEntry {
  uint64_t store_serial = 0;
  TypeData data;
  uint32_t id = 0;
};
constexpr size_t kInternCacheSize = 256;  // indexed by 8 bits of a hash (intern)
thread_local std::array<InternCacheEntry, kInternCacheSize> intern_cache;

}  // namespace

TypeStore::TypeStore()
    : serial_(next_store_serial.fetch_add(1, std::memory_order_relaxed)),
      chunks_(new std::atomic<TypeData*>[kMaxChunks]),
      list_chunks_(new std::atomic<std::atomic<const std::vector<TypeId>*>*>[kMaxLists >> kListChunkBits]) {
  for (uint32_t i = 0; i < kMaxChunks; ++i) chunks_[i].store(nullptr, std::memory_order_relaxed);
  for (uint32_t i = 0; i < (kMaxLists >> kListChunkBits); ++i) list_chunks_[i].store(nullptr, std::memory_order_relaxed);
  error_ = intern(type_data(TypeKind::Error));
  never_ = intern(type_data(TypeKind::Never));
  bool_ = intern(type_data(TypeKind::Bool));
  char_ = intern(type_data(TypeKind::Char));
  str_ = intern(type_data(TypeKind::Str));
  unit_ = tuple({});
  for (uint8_t i = 0; i < ints_.size(); ++i) ints_[i] = intern(type_data(TypeKind::Int, i));
  for (uint8_t i = 0; i < floats_.size(); ++i) floats_[i] = intern(type_data(TypeKind::Float, i));
  ref_str_ = reference(str_, false);
  constexpr TypeKind kVarKinds[] = {TypeKind::InferVar, TypeKind::IntVar, TypeKind::FloatVar};
  for (int k = 0; k < 3; ++k) {
    for (uint32_t n = 0; n < kPreinternedVars; ++n) preinterned_vars_[k].push_back(intern(type_data(kVarKinds[k], 0, n)));
  }
}

TypeId TypeStore::intern(const TypeData& data) {
  // The hash's low bits are mostly the kind: index by its mixed high bits.
  size_t slot_index = (uint64_t(DataHash{}(data)) * 0x9E3779B97F4A7C15ull) >> 56;
  InternCacheEntry& slot = intern_cache[slot_index];
  if (slot.store_serial == serial_ && slot.data == data) return TypeId(slot.id);
  TypeId id;
  {
    std::lock_guard lock(mutex_);
    id = intern_locked(data);
  }
  slot = InternCacheEntry{serial_, data, id.index};
  return id;
}

TypeId TypeStore::intern_locked(const TypeData& given) {
  TypeData data = given;
  data.flags = 0;
  switch (data.kind) {
    case TypeKind::InferVar:
    case TypeKind::IntVar:
    case TypeKind::FloatVar: data.flags = TypeData::kHasVars; break;
    case TypeKind::Error: data.flags = TypeData::kHasError; break;
    case TypeKind::Ref:
    case TypeKind::Slice:
    case TypeKind::Array:
    case TypeKind::Range:
    case TypeKind::Iter: data.flags = chunks_[data.a >> kChunkBits].load(std::memory_order_relaxed)[data.a & (kChunkSize - 1)].flags; break;
    case TypeKind::Tuple:
      for (TypeId e : *lists_[data.a]) {  // under the lock: lists_ is safe here
        data.flags |= chunks_[e.index >> kChunkBits].load(std::memory_order_relaxed)[e.index & (kChunkSize - 1)].flags;
      }
      break;
    default: break;
  }
  auto found = index_.find(data);
  if (found != index_.end()) return TypeId(found->second);
  uint32_t id = size_++;
  uint32_t chunk = id >> kChunkBits;
  if (chunk >= kMaxChunks) return error_;  // 64M distinct types: degrade rather than crash
  if ((id & (kChunkSize - 1)) == 0) {
    owned_chunks_.push_back(std::make_unique<TypeData[]>(kChunkSize));
    owned_chunks_.back()[0] = data;
    chunks_[chunk].store(owned_chunks_.back().get(), std::memory_order_release);
  } else {
    chunks_[chunk].load(std::memory_order_relaxed)[id & (kChunkSize - 1)] = data;
  }
  index_.emplace(data, id);
  return TypeId(id);
}

TypeId TypeStore::tuple(std::span<const TypeId> elements) {
  std::string key(reinterpret_cast<const char*>(elements.data()), elements.size() * sizeof(TypeId));
  std::lock_guard lock(mutex_);
  if (lists_.size() >= kMaxLists) return error_;  // millions of distinct tuples: degrade, never crash
  auto [it, inserted] = list_index_.emplace(std::move(key), static_cast<uint32_t>(lists_.size()));
  if (inserted) {
    lists_.push_back(std::make_unique<std::vector<TypeId>>(elements.begin(), elements.end()));
    uint32_t chunk = it->second >> kListChunkBits;
    if (list_chunks_[chunk].load(std::memory_order_relaxed) == nullptr) {
      owned_list_chunks_.push_back(std::make_unique<std::atomic<const std::vector<TypeId>*>[]>(1u << kListChunkBits));
      list_chunks_[chunk].store(owned_list_chunks_.back().get(), std::memory_order_release);
    }
    list_chunks_[chunk].load(std::memory_order_relaxed)[it->second & ((1u << kListChunkBits) - 1)].store(
        lists_.back().get(), std::memory_order_release);
  }
  return intern_locked(type_data(TypeKind::Tuple, 0, it->second));
}

std::span<const TypeId> TypeStore::tuple_elements(TypeId tuple) const {
  uint32_t list = data(tuple).a;
  const std::vector<TypeId>* elements = list_chunks_[list >> kListChunkBits].load(std::memory_order_acquire)
                                            [list & ((1u << kListChunkBits) - 1)]
                                                .load(std::memory_order_acquire);
  return {elements->data(), elements->size()};
}

// A type built from the error type is the error type: what follows from an
// error raises nothing.
TypeId TypeStore::array(TypeId element, uint64_t length) {
  if (element == error_) return error_;
  return intern(type_data(TypeKind::Array, 0, element.index, length));
}
TypeId TypeStore::slice(TypeId element) {
  if (element == error_) return error_;
  return intern(type_data(TypeKind::Slice, 0, element.index)); }
TypeId TypeStore::reference(TypeId referent, bool mutable_) {
  if (referent == error_) return error_;
  return intern(type_data(TypeKind::Ref, uint8_t(mutable_ ? 1 : 0), referent.index));
}
TypeId TypeStore::adt(ItemRef item) { return intern(type_data(TypeKind::Adt, 0, 0, 0, item)); }
TypeId TypeStore::fn_def(ItemRef item) { return intern(type_data(TypeKind::FnDef, 0, 0, 0, item)); }
TypeId TypeStore::range(TypeId element, RangeShape shape) {
  return intern(type_data(TypeKind::Range, static_cast<uint8_t>(shape), element.index));
}
TypeId TypeStore::iter(TypeId item) { return intern(type_data(TypeKind::Iter, 0, item.index)); }
TypeId TypeStore::infer_var(uint32_t number) {
  if (number < kPreinternedVars) return preinterned_vars_[0][number];
  return intern(type_data(TypeKind::InferVar, 0, number));
}
TypeId TypeStore::int_var(uint32_t number) {
  if (number < kPreinternedVars) return preinterned_vars_[1][number];
  return intern(type_data(TypeKind::IntVar, 0, number));
}
TypeId TypeStore::float_var(uint32_t number) {
  if (number < kPreinternedVars) return preinterned_vars_[2][number];
  return intern(type_data(TypeKind::FloatVar, 0, number));
}

bool TypeStore::is_integral(TypeId id) const {
  TypeKind k = kind(id);
  return k == TypeKind::Int || k == TypeKind::IntVar;
}
bool TypeStore::is_float(TypeId id) const {
  TypeKind k = kind(id);
  return k == TypeKind::Float || k == TypeKind::FloatVar;
}
bool TypeStore::is_numeric(TypeId id) const { return is_integral(id) || is_float(id); }

namespace {

void display_into(const TypeStore& types, TypeId id, const std::function<std::string(ItemRef)>& item_name,
                  std::string& out, int depth) {
  if (depth > 64) {
    out += "...";
    return;
  }
  const TypeData& d = types.data(id);
  switch (d.kind) {
    case TypeKind::Error: out += "{type error}"; return;
    case TypeKind::Never: out += "!"; return;
    case TypeKind::Bool: out += "bool"; return;
    case TypeKind::Char: out += "char"; return;
    case TypeKind::Str: out += "str"; return;
    case TypeKind::Int: out += int_name(static_cast<IntKind>(d.detail)); return;
    case TypeKind::Float: out += float_name(static_cast<FloatKind>(d.detail)); return;
    case TypeKind::IntVar: out += "{integer}"; return;
    case TypeKind::FloatVar: out += "{float}"; return;
    case TypeKind::InferVar: out += "_"; return;
    case TypeKind::Adt: out += item_name(d.item); return;
    case TypeKind::FnDef: out += "fn item {" + item_name(d.item) + "}"; return;
    case TypeKind::Tuple: {
      std::span<const TypeId> elements = types.tuple_elements(id);
      out += '(';
      for (size_t i = 0; i < elements.size(); ++i) {
        if (i > 0) out += ", ";
        display_into(types, elements[i], item_name, out, depth + 1);
      }
      if (elements.size() == 1) out += ',';
      out += ')';
      return;
    }
    case TypeKind::Array:
      out += '[';
      display_into(types, TypeId(d.a), item_name, out, depth + 1);
      out += "; " + std::to_string(d.length) + "]";
      return;
    case TypeKind::Slice:
      out += '[';
      display_into(types, TypeId(d.a), item_name, out, depth + 1);
      out += ']';
      return;
    case TypeKind::Ref:
      out += d.detail == 1 ? "&mut " : "&";
      display_into(types, TypeId(d.a), item_name, out, depth + 1);
      return;
    case TypeKind::Range: {
      out += "std::ops::";
      out += range_struct_name(static_cast<RangeShape>(d.detail));
      if (static_cast<RangeShape>(d.detail) == RangeShape::Full) return;
      out += '<';
      display_into(types, TypeId(d.a), item_name, out, depth + 1);
      out += '>';
      return;
    }
    case TypeKind::Iter:
      out += "impl Iterator<Item = ";
      display_into(types, TypeId(d.a), item_name, out, depth + 1);
      out += '>';
      return;
  }
}

}  // namespace

std::string display_type(const TypeStore& types, TypeId id, const std::function<std::string(ItemRef)>& item_name) {
  std::string out;
  display_into(types, id, item_name, out, 0);
  return out;
}

}  // namespace sluice
