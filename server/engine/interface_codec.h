// A crate's interface (its def map, without what only its own bodies and
// lints read) and its diagnostics as bytes, for target/sluice/meta/*.smeta,
// and back.
//
// An interface is written as two sections:
//  - the shape: items, scopes, signatures, layouts, constants' values; every
//    crate it names by its key (never by this run's crate number), every
//    type structurally. Its stable hash is the crate's *interface hash*:
//    dependents are checked again only when it changes (early cut-off).
//  - the positions: spans and syntax-node indices. They move whenever a body
//    above them is edited, so they are kept out of the hash; dependents only
//    show them in diagnostics, and a dependent's cached diagnostics record
//    the files they point into (see crate_cache.h).
// Spans name files by path (a table per record), never by FileId.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "analysis/resolve/resolve.h"
#include "analysis/source/source.h"
#include "server/engine/binary_codec.h"

namespace sluice {

// Collects the files spans point into while writing.
class SpanWriter {
 public:
  explicit SpanWriter(const SourceMap& sources) : sources_(sources) {}
  void span(ByteWriter& out, Span span);
  const std::vector<std::string>& paths() const { return paths_; }

 private:
  const SourceMap& sources_;
  std::vector<std::string> paths_;
  std::unordered_map<uint32_t, uint32_t> index_of_file_;  // FileId index -> paths_ index
};

// Maps a record's path table back to this run's files, each when a span
// first names it (`resolve` may load it: only files a span uses are read).
// A path that does not resolve, or a span past its file's end, fails the read.
class SpanReader {
 public:
  using Resolve = std::function<FileId(std::string_view path)>;
  SpanReader(const SourceMap& sources, std::vector<std::string_view> paths, Resolve resolve);
  Span span(ByteReader& in) const;

 private:
  const SourceMap& sources_;
  std::vector<std::string_view> paths_;
  Resolve resolve_;
  mutable std::vector<FileId> files_;  // none until resolved
  mutable std::vector<uint32_t> sizes_;
  mutable std::vector<uint8_t> resolved_;
};

// How records name crates: a key that stays the same from run to run
// (crate numbers do not). `key_of(number)`, and `number_of(key)` (nullopt for
// a key this workspace no longer has).
struct CrateNaming {
  std::function<std::string(uint32_t crate)> key_of;
  std::function<std::optional<uint32_t>(std::string_view key)> number_of;
};

struct EncodedInterface {
  std::string shape;
  std::string positions;
  uint64_t hash = 0;  // of the shape
};

// Fails (nullopt) for a map that still waits on unsettled crates.
std::optional<EncodedInterface> encode_interface(const CrateDefMap& map, const TypeStore& types,
                                                 const CrateNaming& naming, SpanWriter& spans);

// `storage` holds the bytes both sections view; the map keeps it alive.
// Types are interned into `types`. Nullopt when the bytes are malformed or
// name a crate or file this run does not have. `maps` holds the maps of
// every crate the interface names (its dependencies, settled).
std::optional<CrateDefMap> decode_interface(std::shared_ptr<const std::string> storage, std::string_view shape,
                                            std::string_view positions, uint32_t crate, TypeStore& types,
                                            const CrateNaming& naming, const SpanReader& spans, const DefMaps& maps);

void encode_diagnostics(ByteWriter& out, const std::vector<Diagnostic>& diagnostics, SpanWriter& spans);
std::optional<std::vector<Diagnostic>> decode_diagnostics(ByteReader& in, const SpanReader& spans);

}  // namespace sluice
