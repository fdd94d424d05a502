// Lints over a whole crate (see crate_lints.cpp and dead_code.cpp).
#pragma once

#include <vector>

#include "analysis/check/check.h"
#include "analysis/lints/lints.h"

namespace sluice {

struct CrateLintInput {
  const CrateInput* input = nullptr;
  const CrateDefMap* map = nullptr;
  std::vector<const BodyResult*> bodies;  // every body of the crate
  bool is_bin = false;

  const CrateFile* file_of(FileId file) const {
    for (const CrateFile& f : input->files) {
      if (f.file == file) return &f;
    }
    return nullptr;
  }
};

// unused_imports: reported whatever else the crate has.
std::vector<Diagnostic> unused_import_lints(const CrateLintInput& input);
// The naming conventions and dead_code: rustc reports them only for crates
// without errors.
std::vector<Diagnostic> late_lints(const CrateLintInput& input);
std::vector<Diagnostic> dead_code_lints(const CrateLintInput& input);

}  // namespace sluice
