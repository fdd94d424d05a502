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
  const LintLevels* levels = nullptr;  // the crate's, built once: reading every file's attributes is not free

  const CrateFile* file_of(FileId file) const {
    for (const CrateFile& f : input->files) {
      if (f.file == file) return &f;
    }
    return nullptr;
  }
};

// unused_imports: reported whatever else the crate has.
std::vector<Diagnostic> unused_import_lints(const CrateLintInput& input);
// By item: reachable from outside the crate through public names from its
// root (rustc's public effective visibility).
std::vector<bool> exported_items(const CrateDefMap& map);
// The naming conventions and dead_code: rustc reports them only for crates
// without errors.
std::vector<Diagnostic> late_lints(const CrateLintInput& input);
std::vector<Diagnostic> local_late_lints(const CrateLintInput& input);
std::vector<Diagnostic> dead_code_lints(const CrateLintInput& input);
// private_interfaces: signatures that name a type more private than the item.
std::vector<Diagnostic> private_interface_lints(const CrateLintInput& input);

// rustc runs dead_code and the late lints module by module (modules in
// definition order, each with the items of the blocks inside it): the
// item index of the `mod` whose pass reports on `item`.
uint32_t lint_pass_module(const CrateDefMap& map, uint32_t item);

// All of a crate's diagnostics from stages 2 and 3, in rustc's order (item and
// import errors, resolution in bodies, unused_imports, the early lints in
// source order, a missing `main` (E0601), type errors, borrow errors and
// liveness lints, then the late lints if there was no error), with lint
// levels applied. `results` are the bodies' results in body_owners() order;
// their diagnostics are moved out. With `complete` false (root-first checking,
// some bodies waited on unsettled dependencies) the lints over the whole crate
// (unused_imports, the late lints) are left out: they are known only when
// every body is. With `final_set` false (a partial set) the lints' "on by
// default" notes are left out too (apply_lint_levels()). `earlier_errors`:
// stage 1 reported errors (syntax, a missing module file), which keep the
// late lints out as the crate's own errors do.
std::vector<Diagnostic> crate_diagnostics(const CrateInput& input, const CrateDefMap& map,
                                          std::vector<BodyResult>& results, bool is_bin, bool complete = true,
                                          bool final_set = true, bool earlier_errors = false);

}  // namespace sluice
