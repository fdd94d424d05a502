// What a run leaves for the next: one record per checked crate in
// target/sluice/meta/<crate>-<fingerprint>.smeta, holding the crate's
// interface (interface_codec.h), its complete diagnostics, and the inputs
// they came from.
//
// Reading every file to hash it would cost most of a run that finds nothing
// changed, so a record also keeps each file's stamp (size and mtime, taken
// before the read): a file whose stamp is unchanged, and was already older
// than the record by a margin (so a second write within the file system's
// time granularity cannot hide), is taken as unchanged unread, as git's
// index does. Any other file is read and its content hash decides.
//
// A record is reused only when its fingerprint matches the crate's inputs
// now: the content hashes of its own files (and that the module files it
// did not find are still absent), its dependencies' *interface* hashes, its
// options, and the sluice build that wrote it. So editing a body changes
// that crate's fingerprint only; its dependents are checked again only if
// its interface hash changed (early cut-off).
//
// A record is never trusted: a bad magic number, another format version or
// sluice build, a length or checksum that does not match, or content that
// does not decode means the record is ignored (and replaced when the crate
// is checked). Writing goes through a temporary file and a rename, so a
// reader never sees half a record, even with two sluice processes at once.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/workspace/workspace.h"

namespace sluice {

inline constexpr uint64_t kRecordFormatVersion = 6;  // 2: labels carry `primary`; 3: bool, char and variant consts; 4: `const fn`; 5: items' def spans; 6: 128-bit const magnitudes

struct RecordFile {
  std::string path;  // as the SourceMap shows it (relative to the workspace root when below it)
  uint64_t hash = 0;
  FileStamp stamp;   // taken before the text was read; none for referenced files
};

struct RecordDependency {
  std::string extern_name;  // as the crate's code names it
  std::string key;          // the dependency's crate key
  uint64_t interface_hash = 0;
};

struct CrateRecord {
  std::string key;  // the crate key (see crate_key())
  uint64_t fingerprint = 0;
  uint64_t interface_hash = 0;
  std::vector<RecordFile> files;             // the crate's own files, root first
  std::vector<std::string> absent;           // module-file candidates that did not exist
  std::vector<RecordFile> referenced;        // other crates' files its diagnostics point into
  std::vector<RecordDependency> dependencies;
  std::vector<std::string> span_paths;       // the files spans in the sections name, by index
  std::string shape;                         // interface_codec.h
  std::string positions;
  std::string diagnostics;                   // encode_diagnostics()
  uint64_t lines = 0;
  uint64_t bodies = 0;
  uint64_t written_ns = 0;  // wall clock when encoded (for the stamps' racy window)

  // Not in the bytes: where the body (shape and positions) is, when it was
  // not read with the head (CrateCache::read_body()).
  bool has_body = false;
  std::string file_path;
  uint64_t body_offset = 0, body_size = 0, body_hash = 0;
};

// The fingerprint of a crate's inputs (everything in a record but its
// results), including the format version and sluice's build.
uint64_t record_fingerprint(const CrateRecord& record, uint64_t options_hash);

// The whole file's bytes: a header (magic number, format version, sluice
// build, then the size and hash of each part), the head (inputs, results'
// diagnostics), the body (the interface). A run that finds nothing changed
// reads heads only.
std::string encode_record(const CrateRecord& record);
// Nullopt for anything but a complete, intact record of this format and build.
std::optional<CrateRecord> decode_record(std::string_view bytes);

// Identifies this sluice build: records written by another build are stale
// (its checker may differ). The executable's size and modification time.
uint64_t sluice_build_id();

// A record found for a crate, its own files unchanged on disk.
struct ProbedRecord {
  std::shared_ptr<const CrateRecord> record;
  // By record.files index: the text, when it was read (a file whose stamp
  // vouched for it is read only if a diagnostic or an interface needs it).
  std::vector<std::optional<std::string>> texts;
};

class CrateCache {
 public:
  // `meta_directory`: where records live (created when first written);
  // relative record paths are below `root`.
  CrateCache(std::string meta_directory, std::string root, FileSystem& fs);

  // The crate's record, if one exists, is intact, and its files (own and
  // referenced) are unchanged and its absent module files still absent.
  std::optional<ProbedRecord> probe(std::string_view key, std::string_view crate_name);
  // Writes the record and removes the crate's older ones. A cache that
  // cannot be written costs time, not correctness: false and a reason.
  bool write(const CrateRecord& record, std::string_view crate_name, std::string& error);

  std::string absolute(std::string_view path) const;
  // The record's body (shape and positions set), if still intact on disk.
  std::optional<CrateRecord> read_body(const CrateRecord& record) const;
  // Reads a file a record names, if it still has the recorded hash.
  std::optional<std::string> read_if_unchanged(const RecordFile& file);

 private:
  std::string meta_directory_;
  std::string root_;
  FileSystem& fs_;
  // Record file names by crate name (the part before `-<fingerprint>.smeta`).
  std::unordered_map<std::string, std::vector<std::string>> existing_;
};

// A crate's key: the same from run to run, unique in the workspace.
std::string crate_key(const Workspace& workspace, CrateId crate);

}  // namespace sluice
