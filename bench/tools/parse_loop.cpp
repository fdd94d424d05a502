// Lexes and parses every .rs file under a directory, in memory, many times
// over, and prints the fastest pass: the lexer's and parser's own speed,
// without process start-up, file reads or first-touch page faults. For
// comparing two builds of the front end quickly (`sluice check --stats` is
// the figure the targets are judged on; this one is far less noisy).
//
//   sluice_parse_loop DIR [PASSES]
#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/parse/parse.h"
#include "analysis/source/source.h"

namespace {

std::vector<std::string> rust_files_under(const std::filesystem::path& root) {
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.is_regular_file() && entry.path().extension() == ".rs" &&
        entry.path().string().find("/target/") == std::string::npos) {
      paths.push_back(entry.path().string());
    }
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: sluice_parse_loop DIR [PASSES]\n");
    return 2;
  }
  // Every pass reuses the memory of the one before (no mmap per large
  // vector, nothing given back), so passes after the first pay no page
  // faults: on the project's VMs those would dominate what is measured.
  mallopt(M_MMAP_THRESHOLD, 1 << 30);
  mallopt(M_TRIM_THRESHOLD, -1);
  int passes = argc > 2 ? std::max(1, std::atoi(argv[2])) : 20;
  sluice::SourceMap sources;
  std::vector<sluice::FileId> files;
  size_t bytes = 0, lines = 0;
  for (const std::string& path : rust_files_under(argv[1])) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    files.push_back(sources.add(path, text.str()));
    bytes += sources.file(files.back()).text().size();
    lines += sources.file(files.back()).line_count();
  }
  double best_ms = 1e300;
  size_t tokens = 0, nodes = 0;
  for (int pass = 0; pass < passes; ++pass) {
    std::vector<sluice::SyntaxTree> trees;
    trees.reserve(files.size());
    auto start = std::chrono::steady_clock::now();
    for (sluice::FileId id : files) trees.push_back(sluice::parse_file(sources.file(id), sluice::ParseOptions{}));
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    best_ms = std::min(best_ms, ms);
    tokens = nodes = 0;
    for (const auto& tree : trees) {
      tokens += tree.tokens.size();
      nodes += tree.nodes.size();
    }
  }
  std::printf("files=%zu lines=%zu bytes=%zu tokens=%zu nodes=%zu best_ms=%.3f lines_per_s=%.0f mb_per_s=%.1f\n",
              files.size(), lines, bytes, tokens, nodes, best_ms, lines / (best_ms / 1000), bytes / best_ms / 1000);
  return 0;
}
