// The `sluice` command line, end to end: exit codes, usage errors, and the
// text and JSON it prints (compared with what rustc and cargo print).
#include <catch2/catch.hpp>
#include <unistd.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "tests/unit/test_support.h"

using namespace sluice;
namespace fs = std::filesystem;

namespace {

testing::CommandResult run_sluice(const std::string& args) {
  return testing::run_command(testing::sluice_binary().string() + " " + args);
}

fs::path temp_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("sluice-cli-test-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void write_file(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// Absolute paths differ between machines: show them relative to `root`.
std::string without_root(std::string text, const std::string& root) {
  for (size_t at; (at = text.find(root)) != std::string::npos;) text.replace(at, root.size(), "$ROOT");
  return text;
}

}  // namespace

TEST_CASE("version and help", "[cli]") {
  auto version = run_sluice("--version");
  CHECK(version.exit_code == 0);
  CHECK(version.out.rfind("sluice 0.1.0 (LLVM 19.", 0) == 0);
  auto help = run_sluice("help check");
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("--message-format human|json") != std::string::npos);
  CHECK(run_sluice("").exit_code == 0);
}

TEST_CASE("usage errors exit 2 with a message", "[cli]") {
  auto unknown_command = run_sluice("frobnicate");
  CHECK(unknown_command.exit_code == 2);
  CHECK(unknown_command.err.find("unknown command `frobnicate`") != std::string::npos);
  auto unknown_option = run_sluice("check --bogus");
  CHECK(unknown_option.exit_code == 2);
  CHECK(unknown_option.err.find("unknown option `--bogus`") != std::string::npos);
  CHECK(run_sluice("check --message-format xml").exit_code == 2);
  CHECK(run_sluice("check -j 0").exit_code == 2);
  CHECK(run_sluice("check --edition 2019").exit_code == 2);
  CHECK(run_sluice("check --stop-after").exit_code == 2);
  auto missing = run_sluice("check /nonexistent/path/x");
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("does not exist") != std::string::npos);
}

TEST_CASE("a single file is checked as rustc checks it", "[cli]") {
  fs::path dir = temp_dir("single");
  write_file(dir / "ok.rs", "fn main() {}\n");
  write_file(dir / "err.rs", "fn main() {\n    let x = 5\n    println!(\"{}\", x);\n}\n");
  auto clean = testing::run_command("cd " + dir.string() + " && " + testing::sluice_binary().string() + " check ok.rs");
  CHECK(clean.exit_code == 0);
  CHECK(clean.err.empty());
  auto errors =
      testing::run_command("cd " + dir.string() + " && " + testing::sluice_binary().string() + " check err.rs");
  CHECK(errors.exit_code == 1);
  // rustc 1.95, `rustc err.rs`:
  CHECK(errors.err ==
        "error: expected `;`, found `println`\n"
        " --> err.rs:2:14\n"
        "  |\n"
        "2 |     let x = 5\n"
        "  |              ^ help: add `;` here\n"
        "3 |     println!(\"{}\", x);\n"
        "  |     ------- unexpected token\n"
        "\n"
        "error: aborting due to 1 previous error\n"
        "\n");
}

TEST_CASE("bad input files get a diagnostic, not a crash", "[cli][bad-input]") {
  fs::path dir = temp_dir("bad-input");
  write_file(dir / "binary.rs", std::string("\xff\xfe\x00\x01 fn", 7));
  auto binary_check = run_sluice("check " + (dir / "binary.rs").string());
  CHECK(binary_check.exit_code == 1);
  CHECK(binary_check.err.find("stream did not contain valid UTF-8") != std::string::npos);
  write_file(dir / "empty.rs", "");
  auto empty = run_sluice("check " + (dir / "empty.rs").string());
  // As rustc 1.95: E0601 with no place to point at, the advice as a note.
  CHECK(empty.exit_code == 1);
  CHECK(empty.err.find("error[E0601]: `main` function not found in crate `empty`") != std::string::npos);
  CHECK(empty.err.find("= note: consider adding a `main` function to `") != std::string::npos);
  fs::create_directories(dir / "no-manifest");
  auto no_manifest = run_sluice("check " + (dir / "no-manifest").string());
  CHECK(no_manifest.exit_code != 0);
  CHECK(no_manifest.err.find("Cargo.toml") != std::string::npos);
  write_file(dir / "bad-toml/Cargo.toml", "[package\nname = 3\n");
  auto bad_toml = run_sluice("check " + (dir / "bad-toml").string());
  CHECK(bad_toml.exit_code != 0);
  CHECK(bad_toml.exit_code != -1);
  CHECK(bad_toml.err.find("Cargo.toml") != std::string::npos);
  std::string deep = "fn main() { let x = ";
  deep.append(100000, '(');
  deep.append(100000, ')');
  deep += "; }\n";
  write_file(dir / "deep.rs", deep);
  auto nested = run_sluice("check " + (dir / "deep.rs").string());
  CHECK(nested.exit_code == 1);
  CHECK(nested.err.find("nested too deeply") != std::string::npos);
  write_file(dir / "unreadable.rs", "fn main() {}\n");
  fs::permissions(dir / "unreadable.rs", fs::perms::none);
  if (testing::run_command("cat " + (dir / "unreadable.rs").string()).exit_code != 0) {  // not root
    auto unreadable = run_sluice("check " + (dir / "unreadable.rs").string());
    CHECK(unreadable.exit_code == 1);
    CHECK(unreadable.err.find("couldn't read") != std::string::npos);
  }
}

TEST_CASE("the example workspace, human and JSON", "[cli][golden]") {
  fs::path workspace = testing::source_dir() / "examples/workspace";
  auto human = run_sluice("check --color never " + workspace.string());
  CHECK(human.exit_code == 1);
  std::string root = workspace.string();
  CHECK(testing::check_golden(testing::source_dir() / "tests/golden/cli/example_workspace.stderr",
                              without_root(human.err, root)) == "");
  auto json = run_sluice("check --message-format json " + workspace.string());
  CHECK(json.exit_code == 1);
  CHECK(testing::check_golden(testing::source_dir() / "tests/golden/cli/example_workspace.json",
                              without_root(json.out, root)) == "");
}

TEST_CASE("parallel and serial checks print the same", "[cli][parallel]") {
  fs::path dir = temp_dir("parallel");
  fs::path workspace = dir / "ws";
  auto generated = testing::run_command("python3 " + (testing::source_dir() / "bench/gen_workspace.py").string() +
                                        " --lines 20000 --inject-error root --error-kind syntax --out " +
                                        workspace.string());
  REQUIRE(generated.exit_code == 0);
  auto serial = run_sluice("check --color never -j1 " + workspace.string());
  CHECK(serial.exit_code == 1);
  CHECK(serial.err.find("error: ") != std::string::npos);
  for (int round = 0; round < 5; ++round) {
    auto parallel = run_sluice("check --color never -j2 " + workspace.string());
    CHECK(parallel.exit_code == serial.exit_code);
    CHECK(parallel.err == serial.err);
  }
}

TEST_CASE("the module tree: files, #[path], #[cfg], a missing module", "[cli][golden]") {
  // tests/golden/cli/modules.stderr is cargo 1.95's output on the same crate.
  fs::path workspace = testing::source_dir() / "tests/golden/cli/modules";
  auto result = run_sluice("check --color never " + workspace.string());
  CHECK(result.exit_code == 1);
  CHECK(testing::check_golden(testing::source_dir() / "tests/golden/cli/modules.stderr",
                              without_root(result.err, workspace.string())) == "");
}

TEST_CASE("--timings writes where the time went, per crate and stage", "[cli][timings]") {
  fs::path dir = temp_dir("timings");
  fs::copy(testing::source_dir() / "tests/conformance/workspaces/ok_sim", dir, fs::copy_options::recursive);
  fs::remove_all(dir / "target");
  auto stages_by_crate = [&]() {
    nlohmann::json report = nlohmann::json::parse(testing::read_text_file(dir / "target/sluice/timings.json"));
    std::map<std::string, std::set<std::string>> stages;
    for (const auto& bar : report["bars"]) {
      stages[report["crates"][bar["crate"].get<size_t>()]["name"].get<std::string>()].insert(bar["stage"]);
    }
    CHECK(!report["critical_path"].empty());
    CHECK(report["threads"] == 2);
    return stages;
  };
  auto cold = run_sluice("check " + dir.string() + " -j2 --timings=html,json");
  INFO(cold.err);
  REQUIRE(cold.exit_code == 0);
  CHECK(cold.err.find("Timing report saved to") != std::string::npos);
  std::string html = testing::read_text_file(dir / "target/sluice/timings.html");
  auto cold_stages = stages_by_crate();
  REQUIRE(cold_stages.size() >= 2);
  for (const auto& [crate, stages] : cold_stages) {
    INFO(crate);
    CHECK(html.find(crate) != std::string::npos);
    CHECK(stages.count("parse") == 1);
    CHECK(stages.count("interface") == 1);
    CHECK(stages.count("check") == 1);
  }
  // The second run reuses every crate's record: one `cached` bar each, no other work.
  auto warm = run_sluice("check " + dir.string() + " -j2 --timings=json");
  REQUIRE(warm.exit_code == 0);
  for (const auto& [crate, stages] : stages_by_crate()) {
    INFO(crate);
    CHECK(stages == std::set<std::string>{"cached"});
  }
  CHECK(run_sluice("check " + dir.string() + " --timings=svg").exit_code == 2);
}
