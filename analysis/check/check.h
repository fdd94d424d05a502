// Stage 3: checking bodies. Every function, const and static body of a crate
// is checked on its own, given only the def maps (interfaces) of its crate
// and of its dependencies: name resolution of locals and paths, type
// inference and checking, with rustc's diagnostics.
//
// Invariant (relied on by the engine, which checks bodies in parallel):
// check_body() reads nothing mutable but the thread-safe TypeStore and
// writes only its result, so bodies may be checked in any order and on any
// thread with identical diagnostics. Guarded by the test "bodies checked in
// shuffled order give identical diagnostics" (tests/unit/check_test.cpp).
#pragma once

#include <vector>

#include "analysis/resolve/resolve.h"

namespace sluice {

struct BodyCheckContext {
  const DefMaps* maps = nullptr;
  const CrateDefMap* crate = nullptr;
  const CrateInput* input = nullptr;  // the crate's files (syntax trees and text)
  const std::vector<ExternCrate>* externs = nullptr;
  TypeStore* types = nullptr;
};

// Items with a body to check (functions, consts, statics), in definition
// order, which is the order rustc reports their diagnostics in.
std::vector<ItemId> body_owners(const CrateDefMap& crate);

struct BodyResult {
  ItemId owner;
  // rustc resolves names of the whole crate before it type-checks any body,
  // so its resolution errors come first: kept apart to report them in order.
  std::vector<Diagnostic> resolution_diagnostics;
  std::vector<Diagnostic> type_diagnostics;
  // Exhaustiveness and usefulness (E0004, E0005, unreachable_patterns):
  // rustc checks them as it builds a body's MIR, after every body's type
  // check and right before that body's borrow check.
  std::vector<Diagnostic> match_diagnostics;
  // Mutability errors (rustc's borrow checker): only for bodies without
  // other errors, and after every type error of the crate.
  std::vector<Diagnostic> borrow_diagnostics;
  // A full build's MIR lints (arithmetic_overflow, unconditional_panic):
  // only for crates without errors, each right after its body's borrow check.
  std::vector<Diagnostic> known_panic_lints;
  // Late lints (overflowing_literals): reported only for crates without errors.
  std::vector<Diagnostic> late_lints;
  // rustc's privacy pass (E0451): like the late lints, only for crates
  // without errors, and after them.
  std::vector<Diagnostic> privacy_diagnostics;
  // Lints rustc reports before type checking, whatever the errors.
  std::vector<Diagnostic> early_lints;
  // Imports (indices into the crate's def map) that paths in this body used.
  std::vector<uint32_t> used_imports;
  // Local bindings (for the naming lints).
  std::vector<std::pair<std::string_view, Span>> bindings;
  // Items of this crate the body names, and those it constructs (dead_code).
  std::vector<uint32_t> used_items;
  std::vector<uint32_t> constructed_items;
  // Fields read: (struct or variant item, field index).
  std::vector<std::pair<uint32_t, uint32_t>> read_fields;
  // Root-first checking: the unsettled dependencies (sorted, unique) this
  // body's paths, or its crate's signatures, led into. When not empty the
  // result is partial: type checking's diagnostics only, every one of them
  // also in the result of checking the body again once these settled.
  std::vector<uint32_t> waits_on;
};

BodyResult check_body(const BodyCheckContext& context, ItemId owner);

}  // namespace sluice
