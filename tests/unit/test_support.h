// Shared helpers for the unit tests.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace sluice::testing {

// The repository root (for test data).
std::filesystem::path source_dir();
// The sluice executable under test.
std::filesystem::path sluice_binary();
std::string read_text_file(const std::filesystem::path& path);
// Golden files update themselves when SLUICE_UPDATE_GOLDEN=1 is set: the
// expected file is rewritten and the check passes; review is reading the diff.
bool update_golden_mode();
// Compares `actual` with the file's content (or writes it in update mode);
// returns an empty string on a match, otherwise a readable difference.
std::string check_golden(const std::filesystem::path& expected_file, const std::string& actual);
// Files below `dir` whose name ends with `suffix`, sorted.
std::vector<std::filesystem::path> files_with_suffix(const std::filesystem::path& dir, const std::string& suffix);

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};
// Runs a command line through /bin/sh with stdin from /dev/null.
CommandResult run_command(const std::string& command_line);

// A workspace from bench/gen_workspace.py with `arguments`, in a fresh
// temporary directory `name`; empty when the generator failed.
std::filesystem::path generated_workspace(const std::string& name, const std::string& arguments);

}  // namespace sluice::testing
