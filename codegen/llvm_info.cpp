#include <llvm/Config/llvm-config.h>
#include <llvm/TargetParser/Host.h>

#include "codegen/codegen.h"

namespace sluice {

std::string llvm_version() { return LLVM_VERSION_STRING; }
std::string llvm_default_target_triple() { return llvm::sys::getDefaultTargetTriple(); }

}  // namespace sluice
