// The built-in `std` (and its alias `core`): the part of the standard library
// tier-L1 programs name, as a def map with crate number ItemRef::kStdCrate,
// plus the names of common std items outside L1, so that using them says
// "not supported yet" rather than "cannot find". Declared in one place so the
// `library/` crate written in the subset (tier L2) can replace it.
#pragma once

#include "analysis/resolve/def_map.h"

namespace sluice {

// Built once per session, before any crate's stage 2; immutable afterwards.
CrateDefMap build_std_def_map(TypeStore& types);

}  // namespace sluice
