#include "tests/unit/test_support.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace sluice::testing {

std::filesystem::path source_dir() { return SLUICE_SOURCE_DIR; }
std::filesystem::path sluice_binary() { return SLUICE_BINARY; }

std::string read_text_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

bool update_golden_mode() {
  const char* value = std::getenv("SLUICE_UPDATE_GOLDEN");
  return value != nullptr && std::string(value) == "1";
}

static std::string first_difference(const std::string& expected, const std::string& actual) {
  std::istringstream e(expected), a(actual);
  std::string el, al;
  for (int line = 1;; ++line) {
    bool has_e = static_cast<bool>(std::getline(e, el));
    bool has_a = static_cast<bool>(std::getline(a, al));
    if (!has_e && !has_a) return "(only whitespace at the end differs)";
    if (!has_e || !has_a || el != al) {
      return "first difference at line " + std::to_string(line) + "\n  expected: " + (has_e ? el : "<end>") +
             "\n  actual:   " + (has_a ? al : "<end>");
    }
  }
}

std::string check_golden(const std::filesystem::path& expected_file, const std::string& actual) {
  if (update_golden_mode()) {
    std::ofstream out(expected_file, std::ios::binary);
    out << actual;
    return "";
  }
  if (!std::filesystem::exists(expected_file)) {
    return expected_file.string() + " does not exist; run with SLUICE_UPDATE_GOLDEN=1 to create it";
  }
  std::string expected = read_text_file(expected_file);
  if (expected == actual) return "";
  return expected_file.string() + " differs (SLUICE_UPDATE_GOLDEN=1 rewrites it):\n" +
         first_difference(expected, actual);
}

std::vector<std::filesystem::path> files_with_suffix(const std::filesystem::path& dir, const std::string& suffix) {
  std::vector<std::filesystem::path> files;
  if (!std::filesystem::exists(dir)) return files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && name.size() >= suffix.size() &&
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

CommandResult run_command(const std::string& command_line) {
  CommandResult result;
  char out_path[] = "/tmp/sluice-test-out-XXXXXX";
  char err_path[] = "/tmp/sluice-test-err-XXXXXX";
  int out_fd = mkstemp(out_path);
  int err_fd = mkstemp(err_path);
  close(out_fd);
  close(err_fd);
  std::string full = command_line + " </dev/null >" + out_path + " 2>" + err_path;
  int status = std::system(full.c_str());
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_text_file(out_path);
  result.err = read_text_file(err_path);
  std::remove(out_path);
  std::remove(err_path);
  return result;
}

std::filesystem::path generated_workspace(const std::string& name, const std::string& arguments) {
  // Per process: two test runs at once (a sanitizer build beside the normal
  // one) must not generate into each other's directories.
  std::filesystem::path dir = std::filesystem::temp_directory_path() / (name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  CommandResult result = run_command("python3 " + (source_dir() / "bench/gen_workspace.py").string() + " " + arguments +
                                     " --out " + dir.string());
  return result.exit_code == 0 ? dir : std::filesystem::path();
}

}  // namespace sluice::testing
