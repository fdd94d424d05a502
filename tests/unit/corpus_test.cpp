// The parse corpus (tests/corpus/parse/): every valid file parses with no
// diagnostic; every invalid file gets its first error on the line of rustc's
// first error (recorded in NAME.rs.rustc by tests/corpus/parse/regen.sh).
#include <catch2/catch.hpp>

#include <set>
#include <sstream>
#include <string>

#include "analysis/parse/parse.h"
#include "tests/unit/test_support.h"

using namespace sluice;
namespace fs = std::filesystem;

namespace {

Edition edition_of(const std::string& text) {
  Edition edition = Edition::E2021;
  if (text.rfind("// edition:", 0) == 0) parse_edition(text.substr(11, 4), edition);
  return edition;
}

struct CorpusParse {
  SourceMap sources;
  FileId file;
  SyntaxTree tree;
};

std::unique_ptr<CorpusParse> parse_corpus_file(const fs::path& path) {
  auto result = std::make_unique<CorpusParse>();
  std::string text = testing::read_text_file(path);
  Edition edition = edition_of(text);
  result->file = result->sources.add(path.filename().string(), std::move(text));
  ParseOptions options;
  options.edition = edition;
  result->tree = parse_file(result->sources.file(result->file), options);
  return result;
}

std::string describe(const CorpusParse& parsed, const Diagnostic& d) {
  const SourceFile& file = parsed.sources.file(parsed.file);
  LineColumn at = file.line_column(d.primary.span.begin);
  return std::to_string(at.line + 1) + ":" + std::to_string(at.column + 1) + ": " + d.message;
}

}  // namespace

TEST_CASE("valid corpus files parse with no diagnostics", "[corpus]") {
  auto files = testing::files_with_suffix(testing::source_dir() / "tests/corpus/parse/valid", ".rs");
  REQUIRE(files.size() >= 150);
  size_t passed = 0;
  for (const fs::path& path : files) {
    auto parsed = parse_corpus_file(path);
    INFO(path.filename().string() << ": " << (parsed->tree.diagnostics.empty() ? "" : describe(*parsed, parsed->tree.diagnostics[0])));
    CHECK(parsed->tree.diagnostics.empty());
    if (parsed->tree.diagnostics.empty()) ++passed;
  }
  WARN("valid corpus: " << passed << " of " << files.size() << " files parse cleanly");
}

// tests/corpus/parse/known_differences.txt: file names (and why) where only
// an error, not rustc's first line, is required.
std::set<std::string> known_differences() {
  std::set<std::string> names;
  std::istringstream lines(testing::read_text_file(testing::source_dir() / "tests/corpus/parse/known_differences.txt"));
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line[0] != '#') names.insert(line.substr(0, line.find('\t')));
  }
  return names;
}

TEST_CASE("invalid corpus files get an error on rustc's first error line", "[corpus]") {
  auto files = testing::files_with_suffix(testing::source_dir() / "tests/corpus/parse/invalid", ".rs");
  REQUIRE(files.size() >= 100);
  std::set<std::string> known = known_differences();
  size_t passed = 0;
  for (const fs::path& path : files) {
    fs::path expectations = path;
    expectations += ".rustc";
    std::istringstream rustc(testing::read_text_file(expectations));
    std::string first_line;
    std::getline(rustc, first_line);
    REQUIRE(!first_line.empty());
    uint32_t rustc_line = static_cast<uint32_t>(std::stoul(first_line.substr(0, first_line.find(':'))));
    auto parsed = parse_corpus_file(path);
    const SourceFile& file = parsed->sources.file(parsed->file);
    INFO(path.filename().string() << ": rustc says " << first_line << "; sluice says "
                                  << (parsed->tree.diagnostics.empty() ? "nothing" : describe(*parsed, parsed->tree.diagnostics[0])));
    CHECK(!parsed->tree.diagnostics.empty());
    if (parsed->tree.diagnostics.empty()) continue;
    uint32_t sluice_line = file.line_column(parsed->tree.diagnostics[0].primary.span.begin).line + 1;
    if (known.count(path.filename().string()) != 0) continue;
    CHECK(sluice_line == rustc_line);
    if (sluice_line == rustc_line) ++passed;
  }
  WARN("invalid corpus: " << passed << " of " << files.size() << " files get rustc's first error line ("
                            << known.size() << " known differences)");
}
