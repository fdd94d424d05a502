// A main() for the fuzz targets without libFuzzer: runs LLVMFuzzerTestOneInput
// once on every file named on the command line, or in a directory named there
// (not recursively), in sorted order. Built by SLUICE_FUZZ_REPLAY with g++'s
// AddressSanitizer and UBSan (scripts/fuzz_replay.sh), so CI replays the
// committed corpora and the reproducers of old crashes without clang's
// libFuzzer, and a target that no longer compiles fails CI.
//
// Prints each file's name before running it (a crash's report follows the
// input that caused it) with --verbose; otherwise one summary line.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

std::vector<std::filesystem::path> inputs_of(const std::filesystem::path& path) {
  std::vector<std::filesystem::path> out;
  if (!std::filesystem::is_directory(path)) {
    out.push_back(path);
    return out;
  }
  for (const auto& entry : std::filesystem::directory_iterator(path)) {
    if (entry.is_regular_file() && entry.path().filename().string().front() != '.') out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  bool verbose = false;
  std::vector<std::filesystem::path> inputs;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--verbose") {
      verbose = true;
      continue;
    }
    if (!std::filesystem::exists(arg)) {
      std::fprintf(stderr, "%s: no such file or directory: %s\n", argv[0], arg.c_str());
      return 2;
    }
    for (auto& path : inputs_of(arg)) inputs.push_back(std::move(path));
  }
  for (const auto& path : inputs) {
    if (verbose) std::fprintf(stderr, "%s\n", path.c_str());
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) {
      std::fprintf(stderr, "%s: cannot read %s\n", argv[0], path.c_str());
      return 2;
    }
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  }
  std::fprintf(stderr, "%s: %zu inputs replayed\n", argv[0], inputs.size());
  return 0;
}
