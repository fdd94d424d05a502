// A reference to an item in any crate of a session: the crate's number and
// the item's index in that crate's item table. 8 bytes, hashable, and
// meaningful across threads and (with a crate-number map) across runs.
#pragma once

#include <compare>
#include <cstdint>
#include <functional>

namespace sluice {

struct ItemRef {
  static constexpr uint32_t kNone = UINT32_MAX;
  // The built-in `std` crate's number: it is no workspace crate.
  static constexpr uint32_t kStdCrate = UINT32_MAX - 1;

  uint32_t crate = kNone;
  uint32_t item = kNone;

  constexpr bool is_none() const { return crate == kNone; }
  constexpr bool has_value() const { return crate != kNone; }
  friend constexpr auto operator<=>(ItemRef, ItemRef) = default;
};

}  // namespace sluice

template <>
struct std::hash<sluice::ItemRef> {
  size_t operator()(sluice::ItemRef r) const noexcept {
    return std::hash<uint64_t>()((uint64_t(r.crate) << 32) | r.item);
  }
};
