// sluice's diagnostics as LSP diagnostics: ranges in the negotiated
// encoding, rustc's codes with links to the error index, lints that mark
// unused code tagged Unnecessary (editors fade it), secondary labels and
// notes with a place as related information.
#pragma once

#include <functional>
#include <string>

#include "analysis/diag/diagnostic.h"
#include "protocol/lsp_diagnostics.h"
#include "server/lsp/positions.h"

namespace sluice::lsp {

struct ConversionContext {
  const SourceMap* sources = nullptr;
  PositionEncoding encoding = PositionEncoding::Utf16;
  // The file URI of a source file (by its SourceMap path).
  std::function<std::string(const SourceFile&)> uri_of;
};

protocol::Diagnostic to_lsp(const Diagnostic& diagnostic, const ConversionContext& context);

// "https://doc.rust-lang.org/error_codes/E0308.html" for E codes; empty otherwise.
std::string error_index_link(std::string_view code);

}  // namespace sluice::lsp
