#include "server/engine/real_file_system.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>

namespace sluice {

namespace {

FileStamp stamp_of(const struct stat& info) {
  uint64_t mtime = uint64_t(info.st_mtim.tv_sec) * 1000000000ULL + uint64_t(info.st_mtim.tv_nsec);
  return FileStamp{static_cast<uint64_t>(info.st_size), mtime};
}

}  // namespace

FileSystem::Status RealFileSystem::read_file(const std::string& path, std::string& out) {
  FileStamp unused;
  return read_file_stamped(path, out, unused);
}

// The stamp comes from the open file (fstat), before the first read: one
// path lookup per file instead of two.
FileSystem::Status RealFileSystem::read_file_stamped(const std::string& path, std::string& out,
                                                     FileStamp& stamp_before) {
  stamp_before = FileStamp{};
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return errno == ENOENT || errno == ENOTDIR ? Status::NotFound : Status::NotReadable;
  struct stat info;
  if (::fstat(fd, &info) != 0) {
    ::close(fd);
    return Status::NotReadable;
  }
  if (S_ISDIR(info.st_mode)) {
    ::close(fd);
    return Status::IsDirectory;
  }
  // Offsets are 32-bit throughout the front end.
  if (info.st_size >= static_cast<off_t>(UINT32_MAX)) {
    ::close(fd);
    return Status::TooLarge;
  }
  if (S_ISREG(info.st_mode)) stamp_before = stamp_of(info);
  out.resize(static_cast<size_t>(info.st_size));
  size_t done = 0;
  while (done < out.size()) {
    ssize_t n = ::read(fd, out.data() + done, out.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      ::close(fd);
      return Status::NotReadable;
    }
    if (n == 0) break;  // the file shrank while we read it
    done += static_cast<size_t>(n);
  }
  out.resize(done);
  ::close(fd);
  return is_valid_utf8(out) ? Status::Ok : Status::InvalidUtf8;
}

bool RealFileSystem::is_file(const std::string& path) {
  struct stat info;
  return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

bool RealFileSystem::is_directory(const std::string& path) {
  struct stat info;
  return ::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

std::vector<std::string> RealFileSystem::list_directory(const std::string& path) {
  std::vector<std::string> names;
  std::error_code error;
  for (std::filesystem::directory_iterator it(path, error), end; !error && it != end; it.increment(error)) {
    names.push_back(it->path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string absolute_path(const std::string& path) {
  if (!path.empty() && path[0] == '/') return normalize_path(path);
  std::error_code error;
  std::filesystem::path cwd = std::filesystem::current_path(error);
  return normalize_path(join_path(error ? "/" : cwd.string(), path));
}

FileStamp RealFileSystem::stamp(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return FileStamp{};
  return stamp_of(info);
}

}  // namespace sluice
