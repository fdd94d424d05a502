#include "server/engine/overlay_file_system.h"

#include <algorithm>

namespace sluice {

namespace {

// Strictly below `directory` (a document is not its own directory).
bool is_below(const std::string& path, const std::string& directory) {
  return path != directory && path_starts_with(path, directory);
}

}  // namespace

void DocumentOverlay::set(const std::string& path, std::string text, int32_t version) {
  std::lock_guard lock(mutex_);
  auto next = std::make_shared<OverlaySnapshot>(*current_);
  next->documents[path] = std::move(text);
  next->versions[path] = version;
  current_ = std::move(next);
}

bool DocumentOverlay::remove(const std::string& path) {
  std::lock_guard lock(mutex_);
  if (current_->documents.count(path) == 0) return false;
  auto next = std::make_shared<OverlaySnapshot>(*current_);
  next->documents.erase(path);
  next->versions.erase(path);
  current_ = std::move(next);
  return true;
}

std::shared_ptr<const OverlaySnapshot> DocumentOverlay::snapshot() const {
  std::lock_guard lock(mutex_);
  return current_;
}

FileSystem::Status OverlayFileSystem::read_file(const std::string& path, std::string& out) {
  auto found = snapshot_->documents.find(path);
  if (found == snapshot_->documents.end()) return base_.read_file(path, out);
  // An editor's buffer is what the user sees: invalid UTF-8 cannot come
  // from an LSP client (JSON strings are Unicode), so it is taken as is.
  out = found->second;
  return Status::Ok;
}

bool OverlayFileSystem::is_file(const std::string& path) {
  return snapshot_->documents.count(path) != 0 || base_.is_file(path);
}

bool OverlayFileSystem::is_directory(const std::string& path) {
  if (base_.is_directory(path)) return true;
  auto after = snapshot_->documents.upper_bound(path);
  return after != snapshot_->documents.end() && is_below(after->first, path);
}

std::vector<std::string> OverlayFileSystem::list_directory(const std::string& path) {
  std::vector<std::string> names = base_.list_directory(path);
  for (auto it = snapshot_->documents.upper_bound(path); it != snapshot_->documents.end(); ++it) {
    if (!is_below(it->first, path)) break;
    size_t start = path.size() + (path.back() == '/' ? 0 : 1);
    size_t slash = it->first.find('/', start);
    names.push_back(it->first.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

FileStamp OverlayFileSystem::stamp(const std::string& path) {
  if (snapshot_->documents.count(path) != 0) return FileStamp{};
  return base_.stamp(path);
}

FileSystem::Status OverlayFileSystem::read_file_stamped(const std::string& path, std::string& out,
                                                        FileStamp& stamp_before) {
  if (snapshot_->documents.count(path) == 0) return base_.read_file_stamped(path, out, stamp_before);
  stamp_before = FileStamp{};
  return read_file(path, out);
}

}  // namespace sluice
