// The FileSystem of analysis/workspace over the real disk. Thread-safe
// (stateless). Files that are not valid UTF-8 or over 4 GiB are refused, as
// rustc refuses them.
#pragma once

#include "analysis/workspace/workspace.h"

namespace sluice {

class RealFileSystem final : public FileSystem {
 public:
  Status read_file(const std::string& path, std::string& out) override;
  bool is_file(const std::string& path) override;
  bool is_directory(const std::string& path) override;
  std::vector<std::string> list_directory(const std::string& path) override;
  FileStamp stamp(const std::string& path) override;
  Status read_file_stamped(const std::string& path, std::string& out, FileStamp& stamp_before) override;
};

// The absolute, lexically normalised form of a command-line path.
std::string absolute_path(const std::string& path);

}  // namespace sluice
