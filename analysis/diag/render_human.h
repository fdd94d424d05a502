// rustc-style text rendering of one diagnostic: the header, the ` --> ` line,
// the source snippet with a line-number gutter, carets and labels, then the
// `= note:`/`= help:` lines and suggestions.
#pragma once

#include <string>

#include "analysis/diag/diagnostic.h"

namespace sluice {

struct HumanRenderOptions {
  bool color = false;  // ANSI colours as rustc uses them on a terminal
};

std::string render_human(const Diagnostic& diagnostic, const SourceMap& sources, const HumanRenderOptions& options);

}  // namespace sluice
