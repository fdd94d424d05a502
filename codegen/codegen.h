// Stage 4: codegen. Lowering, codegen units and object emission come with the
// codegen issue; today this phase only answers which LLVM it was built with.
#pragma once

#include <string>

namespace sluice {

std::string llvm_version();  // "19.1.7"
std::string llvm_default_target_triple();

}  // namespace sluice
