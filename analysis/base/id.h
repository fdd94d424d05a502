// Typed 32-bit indices. IDs, not pointers, cross stage boundaries (STYLE.md
// habit 3): they are cheap to copy between threads, to hash and to serialise.
#pragma once

#include <compare>
#include <cstdint>
#include <functional>

namespace sluice {

// `Tag` only makes distinct ID types incompatible; it is never defined.
template <typename Tag>
struct Id {
  static constexpr uint32_t kNoneIndex = UINT32_MAX;
  uint32_t index = kNoneIndex;

  constexpr Id() = default;
  constexpr explicit Id(uint32_t i) : index(i) {}
  static constexpr Id none() { return Id(); }
  constexpr bool is_none() const { return index == kNoneIndex; }
  constexpr bool has_value() const { return index != kNoneIndex; }
  friend constexpr auto operator<=>(Id, Id) = default;
};

}  // namespace sluice

template <typename Tag>
struct std::hash<sluice::Id<Tag>> {
  size_t operator()(sluice::Id<Tag> id) const noexcept { return std::hash<uint32_t>()(id.index); }
};
