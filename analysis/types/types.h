// The types of tier L1, interned: equal types have equal TypeIds, so type
// equality is an integer comparison and a TypeId can cross threads and stage
// boundaries. Inference variables are types too (IntVar/FloatVar/InferVar
// with a body-local number): their meaning is given by the body checker that
// made them, so one interned `?3` serves every body.
//
// Thread-safety: TypeStore is shared by every body checker of a session;
// intern() takes a mutex, data() is lock-free (entries never move, and a
// TypeId is only ever obtained after its entry was published).
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/base/id.h"
#include "analysis/base/item_ref.h"

namespace sluice {

struct TypeTag;
using TypeId = Id<TypeTag>;

enum class TypeKind : uint8_t {
  Error,     // unknown or erroneous: unifies with everything, raises nothing
  Never,     // !
  Bool,
  Char,
  Str,       // str (unsized; behind a reference)
  Int,       // detail: IntKind
  Float,     // detail: FloatKind
  Tuple,     // a: list id; () is the empty tuple
  Array,     // a: element TypeId, length
  Slice,     // a: element TypeId
  Ref,       // a: referent TypeId, detail: 1 for &mut
  Adt,       // item: the struct or enum
  FnDef,     // item: the function (or tuple constructor)
  Range,     // a: element TypeId; detail: RangeShape (an L1 stand-in for std::ops::Range*)
  Iter,      // a: item TypeId; detail: IterShape (an L1 stand-in for iterators in `for`)
  InferVar,  // a: body-local variable number
  IntVar,    // a: number; an integer literal's type before fallback
  FloatVar,  // a: number; a float literal's type before fallback
};

enum class IntKind : uint8_t { I8, I16, I32, I64, I128, Isize, U8, U16, U32, U64, U128, Usize };
enum class FloatKind : uint8_t { F32, F64 };
enum class RangeShape : uint8_t { HalfOpen, Inclusive, From, To, ToInclusive, Full };

// `Range`, `RangeInclusive`, ...: the std struct a range expression of that shape makes.
std::string_view range_struct_name(RangeShape shape);
bool is_signed(IntKind kind);
uint32_t int_bits(IntKind kind);  // isize/usize: 64
std::string_view int_name(IntKind kind);
std::string_view float_name(FloatKind kind);

struct TypeData {
  static constexpr uint8_t kHasVars = 1;   // contains an inference variable (set by the store)
  static constexpr uint8_t kHasError = 2;  // is or contains the error type (set by the store)

  TypeKind kind = TypeKind::Error;
  uint8_t detail = 0;
  uint8_t flags = 0;
  uint32_t a = 0;
  uint64_t length = 0;  // arrays
  ItemRef item;         // Adt, FnDef

  friend bool operator==(const TypeData&, const TypeData&) = default;
};

class TypeStore {
 public:
  TypeStore();
  TypeStore(const TypeStore&) = delete;
  TypeStore& operator=(const TypeStore&) = delete;

  // Inline: checking asks for types' data at nearly every node.
  const TypeData& data(TypeId id) const {
    TypeData* chunk = chunks_[id.index >> kChunkBits].load(std::memory_order_acquire);
    return chunk[id.index & (kChunkSize - 1)];
  }
  TypeKind kind(TypeId id) const { return data(id).kind; }

  TypeId error() const { return error_; }
  TypeId never() const { return never_; }
  TypeId bool_type() const { return bool_; }
  TypeId char_type() const { return char_; }
  TypeId str() const { return str_; }
  TypeId unit() const { return unit_; }
  TypeId ref_str() const { return ref_str_; }
  TypeId int_type(IntKind kind) const { return ints_[static_cast<size_t>(kind)]; }
  TypeId float_type(FloatKind kind) const { return floats_[static_cast<size_t>(kind)]; }

  TypeId tuple(std::span<const TypeId> elements);
  std::span<const TypeId> tuple_elements(TypeId tuple) const;
  TypeId array(TypeId element, uint64_t length);
  TypeId slice(TypeId element);
  TypeId reference(TypeId referent, bool mutable_);
  TypeId adt(ItemRef item);
  TypeId fn_def(ItemRef item);
  TypeId range(TypeId element, RangeShape shape);
  TypeId iter(TypeId item);
  // Inference variables, numbered by the body checker that uses them.
  TypeId infer_var(uint32_t number);
  TypeId int_var(uint32_t number);
  TypeId float_var(uint32_t number);

  // The element type of an Array, Slice, Ref (referent), Range or Iter.
  TypeId element(TypeId id) const { return TypeId(data(id).a); }
  bool is_mutable_ref(TypeId id) const { return kind(id) == TypeKind::Ref && data(id).detail == 1; }
  bool is_integral(TypeId id) const;  // Int or IntVar
  bool is_numeric(TypeId id) const;   // Int, Float, IntVar, FloatVar
  bool is_float(TypeId id) const;     // Float or FloatVar
  // False for a type with no inference variable in it: substituting them is a no-op.
  bool has_vars(TypeId id) const { return data(id).flags & TypeData::kHasVars; }
  bool has_error(TypeId id) const { return data(id).flags & TypeData::kHasError; }

 private:
  static constexpr uint32_t kChunkBits = 12;
  static constexpr uint32_t kChunkSize = 1u << kChunkBits;
  static constexpr uint32_t kMaxChunks = 1u << 14;  // 64M types
  static constexpr uint32_t kMaxLists = 1u << 24;   // 16M distinct tuples

  struct DataHash {
    size_t operator()(const TypeData& d) const noexcept;
  };

  TypeId intern(const TypeData& data);
  TypeId intern_locked(const TypeData& data);

  // Tells this store from an earlier one at the same address, for the
  // per-thread cache in front of index_ (types.cpp).
  const uint64_t serial_;
  mutable std::mutex mutex_;
  std::unordered_map<TypeData, uint32_t, DataHash> index_;
  std::unique_ptr<std::atomic<TypeData*>[]> chunks_;
  uint32_t size_ = 0;
  // Tuple element lists, interned by content; read without the lock like
  // the types (a list's slot is written before its id is published).
  std::unordered_map<std::string, uint32_t> list_index_;
  std::vector<std::unique_ptr<std::vector<TypeId>>> lists_;  // owns them; guarded by mutex_
  // Slots by list id, in chunks allocated on demand (a flat table would cost
  // its whole size at startup).
  static constexpr uint32_t kListChunkBits = 12;
  std::unique_ptr<std::atomic<std::atomic<const std::vector<TypeId>*>*>[]> list_chunks_;
  std::vector<std::unique_ptr<std::atomic<const std::vector<TypeId>*>[]>> owned_list_chunks_;
  std::vector<std::unique_ptr<TypeData[]>> owned_chunks_;

  TypeId error_, never_, bool_, char_, str_, unit_, ref_str_;
  // Inference variables 0..kPreinternedVars-1 of each kind, interned up front:
  // every body numbers its variables from 0, so these are nearly all it needs.
  static constexpr uint32_t kPreinternedVars = 1024;
  std::vector<TypeId> preinterned_vars_[3];
  std::array<TypeId, 12> ints_;
  std::array<TypeId, 2> floats_;
};

// How a type is written in a diagnostic (`&mut [i32; 3]`, `{integer}`).
// `item_name` gives an ADT's or function's displayed path.
std::string display_type(const TypeStore& types, TypeId id, const std::function<std::string(ItemRef)>& item_name);

}  // namespace sluice
