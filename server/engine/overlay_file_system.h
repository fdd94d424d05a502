// The editor's view of the disk: open documents' texts over the real files.
// The language server keeps a DocumentOverlay (mutable, one per session);
// each engine run reads through an OverlayFileSystem made from one snapshot
// of it, so a run sees one consistent state even while the user types.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "analysis/workspace/workspace.h"

namespace sluice {

// Open documents by absolute path, with the editor's version of each.
// Immutable once made: shared by runs.
struct OverlaySnapshot {
  std::map<std::string, std::string> documents;
  std::map<std::string, int32_t> versions;
};

// Thread-safe (one mutex): edits come from the protocol thread, snapshots
// are taken by whoever starts a run.
class DocumentOverlay {
 public:
  void set(const std::string& path, std::string text, int32_t version = 0);
  // False when the document was not open.
  bool remove(const std::string& path);
  std::shared_ptr<const OverlaySnapshot> snapshot() const;

 private:
  mutable std::mutex mutex_;
  // Copy on write: a snapshot handed out is never changed.
  std::shared_ptr<const OverlaySnapshot> current_ = std::make_shared<OverlaySnapshot>();
};

// Reads documents from the snapshot, everything else from `base`. A document
// that exists only in the editor (not saved yet) is a file, and its
// directories exist. Documents have no stamp: a cache compares their
// contents. Thread-safe as far as `base` is.
class OverlayFileSystem final : public FileSystem {
 public:
  OverlayFileSystem(FileSystem& base, std::shared_ptr<const OverlaySnapshot> snapshot)
      : base_(base), snapshot_(std::move(snapshot)) {}

  Status read_file(const std::string& path, std::string& out) override;
  bool is_file(const std::string& path) override;
  bool is_directory(const std::string& path) override;
  std::vector<std::string> list_directory(const std::string& path) override;
  FileStamp stamp(const std::string& path) override;
  Status read_file_stamped(const std::string& path, std::string& out, FileStamp& stamp_before) override;

 private:
  FileSystem& base_;
  std::shared_ptr<const OverlaySnapshot> snapshot_;
};

}  // namespace sluice
