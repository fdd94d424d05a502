#include "analysis/resolve/def_map.h"

#include "analysis/resolve/builder.h"

namespace sluice {

bool is_derived(const AdtData& adt, DeriveKind kind) { return (adt.derives >> static_cast<uint32_t>(kind)) & 1u; }

bool AdtData::is_copy() const { return is_derived(*this, DeriveKind::Copy); }

CrateDefMap build_def_map(const CrateInput& input, const ResolveContext& context) {
  DefMapBuilder builder(input, context);
  return builder.build();
}

}  // namespace sluice
