// Diagnostics as JSON: rustc's `--error-format=json` objects and cargo's
// `--message-format=json` lines (`compiler-message`, `build-finished`). Key
// order is the tools' own (rustc's struct order; cargo re-sorts the message's
// keys), so a consumer diffing our output with rustc's sees no noise.
// We ship no error-code explanations: `code.explanation` is always null.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analysis/diag/diagnostic.h"
#include "server/output/cargo_summary.h"

namespace sluice {

// One rustc JSON diagnostic. `rendered` is the human text (render_human).
// A code made only of lowercase letters and `_` is a lint name, which rustc
// puts in "code" but not in the human header.
nlohmann::ordered_json rustc_json(const Diagnostic& diagnostic, const SourceMap& sources, const std::string& rendered);
// A span-less message such as rustc's `failure-note` lines ("For more
// information about this error, ...") or "aborting due to 1 previous error".
nlohmann::ordered_json rustc_json_message(std::string_view level, const std::string& message,
                                          const std::string& rendered);

// cargo's package id: `path+file:///abs/dir#0.1.0` when the directory is
// named like the package, else `path+file:///abs/dir#name@0.1.0`.
std::string cargo_package_id(const CargoTargetInfo& target);
// The `"target"` object of cargo's JSON lines.
nlohmann::ordered_json cargo_target_json(const CargoTargetInfo& target);
// One `{"reason":"compiler-message",...}` line, without the newline.
std::string cargo_compiler_message_line(const CargoTargetInfo& target, const nlohmann::ordered_json& rustc_message);
// `{"reason":"build-finished","success":false}`, without the newline.
std::string cargo_build_finished_line(bool success);

// Every JSON line cargo prints for one crate's diagnostics: one
// compiler-message per diagnostic, then rustc's
// failure-note lines about `rustc --explain`. Cargo drops rustc's "aborting
// due to" message, so this does too. Lines end with "\n". `color` puts ANSI
// escapes in "rendered", as `--message-format=json-diagnostic-rendered-ansi`
// does; plain `--message-format=json` has none.
std::string cargo_json_lines(const CargoTargetInfo& target, const std::vector<Diagnostic>& diagnostics,
                             const SourceMap& sources, bool color);

}  // namespace sluice
