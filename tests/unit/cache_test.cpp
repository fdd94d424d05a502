// The results kept between runs (server/engine/crate_cache.h): records that
// are damaged in any way are ignored, never trusted; a run that reuses
// records ends with the same diagnostics as a run without them; and only
// what an edit can affect is checked again (early cut-off).
#include <catch2/catch.hpp>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "server/engine/binary_codec.h"
#include "server/engine/engine.h"
#include "server/engine/interface_codec.h"
#include "server/engine/real_file_system.h"
#include "tests/unit/test_support.h"

using namespace sluice;
namespace fs = std::filesystem;

namespace {

CrateRecord sample_record() {
  CrateRecord r;
  r.key = "pkg/lib/pkg@/w/pkg/Cargo.toml";
  r.fingerprint = 0x1234;
  r.interface_hash = 0x5678;
  r.files = {{"pkg/src/lib.rs", 11, {}}, {"pkg/src/m.rs", 12, {4, 5}}};
  r.absent = {"pkg/src/m/mod.rs"};
  r.referenced = {{"dep/src/lib.rs", 13, {}}};
  r.dependencies = {{"dep", "dep/lib/dep@/w/dep/Cargo.toml", 99}};
  r.span_paths = {"pkg/src/lib.rs"};
  r.shape = "shape bytes";
  r.positions = "positions";
  r.diagnostics = std::string("\0\1\2", 3);
  r.lines = 40;
  r.bodies = 3;
  return r;
}

// One `sluice check` as the driver runs it: probe, stage 1 for the crates
// not found, the engine (strict order: updates in a stable order).
struct CheckResult {
  std::unique_ptr<SourceMap> sources = std::make_unique<SourceMap>();
  Workspace workspace;
  AnalyzedWorkspace analyzed;
  size_t probed = 0;
  size_t parsed_files = 0;
};

std::unique_ptr<CheckResult> check(const fs::path& dir, bool use_cache, unsigned threads = 2,
                                   CheckOrder order = CheckOrder::Dependencies) {
  auto result = std::make_unique<CheckResult>();
  RealFileSystem file_system;
  result->workspace = load_workspace(dir.string(), file_system, *result->sources);
  LoadOptions load;
  load.threads = threads;
  load.display_root = dir.string();
  std::optional<CrateCache> cache;
  std::vector<std::optional<ProbedRecord>> probed;
  if (use_cache) {
    cache.emplace((dir / "target/sluice/meta").string(), dir.string(), file_system);
    probed = probe_cached_crates(result->workspace, *cache, *result->sources, {});
    load.skip.resize(probed.size());
    for (size_t i = 0; i < probed.size(); ++i) {
      load.skip[i] = probed[i].has_value();
      result->probed += probed[i].has_value();
    }
  }
  LoadedCrates loaded = load_and_parse_crates(result->workspace, file_system, *result->sources, load);
  result->parsed_files = loaded.stats.files;
  EngineOptions options;
  options.threads = threads;
  options.order = order;
  if (order == CheckOrder::RootFirst) options.roots = result->workspace.crate_order;
  if (use_cache) {
    options.cache = &*cache;
    options.probed = &probed;
    options.fs = &file_system;
    options.load = load;
    options.load.skip.clear();
  }
  result->analyzed = run_engine(result->workspace, *result->sources, loaded, options);
  return result;
}

std::string describe(const Diagnostic& d, const SourceMap& sources) {
  std::string where = d.primary.span.is_none() ? "-" : sources.file(d.primary.span.file).path();
  return d.code + " " + d.message + " at " + where + ":" + std::to_string(d.primary.span.begin);
}

// Diagnostics compared as what a person sees: FileIds differ between runs
// (files are added in another order), paths and offsets do not.
std::vector<std::string> rendered(const CheckResult& r) {
  std::vector<std::string> lines;
  for (CrateId id : r.workspace.crate_order) {
    lines.push_back("crate " + r.workspace.crate(id).name);
    for (const Diagnostic& d : r.analyzed.diagnostics[id.index]) {
      std::string line = describe(d, *r.sources);
      for (const Label& l : d.secondary) {
        line += " | " + l.text + (l.span.is_none() ? "" : "@" + r.sources->file(l.span.file).path() + ":" +
                                                            std::to_string(l.span.begin));
      }
      for (const SubDiagnostic& c : d.children) {
        line += " | " + c.message;
        for (const Label& l : c.spans) line += "@" + r.sources->file(l.span.file).path() + ":" + std::to_string(l.span.begin);
        if (c.replacement) line += " => " + *c.replacement;
      }
      lines.push_back(line);
    }
  }
  return lines;
}

fs::path copy_of(const fs::path& source, const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("sluice-cache-test-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(source, dir, fs::copy_options::recursive);
  fs::remove_all(dir / "target");
  return dir;
}

fs::path generated(const std::string& name, const std::string& arguments) {
  fs::path dir = testing::generated_workspace("sluice-cache-test-" + name, arguments);
  REQUIRE(!dir.empty());
  return dir;
}

void replace_in_file(const fs::path& file, const std::string& from, const std::string& to) {
  std::string text = testing::read_text_file(file);
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
}

CrateId crate_named(const Workspace& w, const std::string& name) {
  for (CrateId id : w.crate_order) {
    if (w.crate(id).name == name) return id;
  }
  FAIL("no crate " << name);
  return CrateId();
}

std::vector<fs::path> records_in(const fs::path& dir) {
  std::vector<fs::path> records;
  for (const auto& entry : fs::directory_iterator(dir / "target/sluice/meta")) records.push_back(entry.path());
  std::sort(records.begin(), records.end());
  return records;
}

}  // namespace

TEST_CASE("stable hashes do not change between runs or builds", "[cache]") {
  // Fixed values: a change here silently invalidates every user's records
  // (harmless) or, worse, means the hash depends on something it should not.
  CHECK(stable_hash("") != stable_hash(std::string(1, '\0')));
  CHECK(stable_hash("a") != stable_hash("b"));
  CHECK(stable_hash("abcdefgh") != stable_hash("abcdefgi"));
  CHECK(stable_hash("abcdefghi") == stable_hash("abcdefghi"));
  StableHasher split1, split2;
  split1.string("ab");
  split1.string("c");
  split2.string("a");
  split2.string("bc");
  CHECK(split1.finish() != split2.finish());
}

TEST_CASE("byte reader rejects truncated and oversized input", "[cache]") {
  ByteWriter w;
  w.varint(300);
  w.string("hello");
  w.fixed64(0xdeadbeefcafef00dULL);
  w.index(UINT32_MAX);
  w.index(7);
  std::string bytes = w.take();
  ByteReader r(bytes);
  CHECK(r.varint() == 300);
  CHECK(r.string() == "hello");
  CHECK(r.fixed64() == 0xdeadbeefcafef00dULL);
  CHECK(r.index() == UINT32_MAX);
  CHECK(r.index() == 7);
  CHECK(r.at_end());
  CHECK_FALSE(r.failed());
  for (size_t cut = 0; cut < bytes.size(); ++cut) {
    ByteReader t(std::string_view(bytes).substr(0, cut));
    t.varint();
    t.string();
    t.fixed64();
    t.index();
    t.index();
    CHECK(t.failed());
  }
  // A count larger than the bytes left is corruption, caught before any allocation.
  ByteWriter huge;
  huge.varint(uint64_t(1) << 40);
  std::string huge_bytes = huge.take();
  ByteReader h(huge_bytes);
  CHECK(h.count() == 0);
  CHECK(h.failed());
}

TEST_CASE("records round-trip, and any damage makes them unreadable", "[cache]") {
  CrateRecord record = sample_record();
  std::string bytes = encode_record(record);
  std::optional<CrateRecord> back = decode_record(bytes);
  REQUIRE(back);
  CHECK(back->key == record.key);
  CHECK(back->files.size() == 2);
  CHECK(back->files[1].path == "pkg/src/m.rs");
  CHECK(back->files[1].hash == 12);
  CHECK(back->files[1].stamp == FileStamp{4, 5});
  CHECK(back->absent == record.absent);
  CHECK(back->dependencies[0].interface_hash == 99);
  CHECK(back->diagnostics == record.diagnostics);
  CHECK(back->lines == 40);

  for (size_t cut = 0; cut < bytes.size(); ++cut) {
    INFO("truncated to " << cut);
    CHECK_FALSE(decode_record(std::string_view(bytes).substr(0, cut)));
  }
  for (size_t i = 0; i < bytes.size(); ++i) {
    std::string flipped = bytes;
    flipped[i] = static_cast<char>(flipped[i] ^ 0x20);
    INFO("byte " << i << " flipped");
    CHECK_FALSE(decode_record(flipped));
  }
  CHECK_FALSE(decode_record(bytes + "x"));
  // Another format version (the 8 bytes after the magic number).
  std::string old = bytes;
  old[8] = static_cast<char>(kRecordFormatVersion + 1);
  CHECK_FALSE(decode_record(old));
}

TEST_CASE("reused results equal fresh ones on every conformance workspace", "[cache]") {
  fs::path root = testing::source_dir() / "tests/conformance/workspaces";
  size_t count = 0;
  for (const auto& entry : fs::directory_iterator(root)) {
    if (!entry.is_directory()) continue;
    fs::path dir = copy_of(entry.path(), "conformance");
    INFO("workspace " << entry.path().filename().string());
    auto fresh = check(dir, false);
    auto cold = check(dir, true);
    auto warm = check(dir, true);
    CHECK(rendered(*cold) == rendered(*fresh));
    CHECK(rendered(*warm) == rendered(*fresh));
    // Every crate whose stage 1 was clean was recorded, then reused unparsed.
    CHECK(cold->probed == 0);
    CHECK(warm->probed == cold->analyzed.totals.records_written);
    CHECK(warm->analyzed.totals.cached_crates == warm->probed);
    CHECK(warm->analyzed.totals.body_checks == 0);
    ++count;
  }
  CHECK(count >= 8);
}

TEST_CASE("early cut-off: a body edit re-checks its crate alone, a signature edit its dependents", "[cache]") {
  fs::path dir = generated("cutoff", "--lines 4000 --crates 4 --seed 3");
  auto cold = check(dir, true);
  size_t crates = cold->workspace.crates.size();
  REQUIRE(cold->analyzed.totals.records_written == crates);
  fs::path leaf = dir / "crates/bench-lib-000/src/lib.rs";
  CrateId leaf_id = crate_named(cold->workspace, "bench_lib_000");
  uint64_t leaf_interface = cold->analyzed.interface_hashes[leaf_id.index];
  REQUIRE(leaf_interface != 0);

  SECTION("no change: nothing parsed, nothing checked") {
    auto warm = check(dir, true);
    CHECK(warm->parsed_files == 0);
    CHECK(warm->analyzed.totals.cached_crates == crates);
    CHECK(warm->analyzed.totals.body_checks == 0);
    CHECK(warm->analyzed.totals.records_written == 0);
    CHECK(rendered(*warm) == rendered(*cold));
  }
  SECTION("a body edit (lines move, the interface does not)") {
    replace_in_file(leaf, "    acc = acc.wrapping_mul(1_000_003)", "\n\n    let unused = 1;\n    acc = acc.wrapping_mul(1_000_003)");
    auto warm = check(dir, true);
    CHECK(warm->analyzed.interface_hashes[leaf_id.index] == leaf_interface);
    CHECK(warm->analyzed.totals.cached_crates == crates - 1);
    CHECK(warm->analyzed.totals.records_written == 1);
    CHECK(warm->analyzed.totals.late_loaded_crates == 0);
    auto fresh = check(dir, false);
    CHECK(rendered(*warm) == rendered(*fresh));
    bool warned = false;
    for (const Diagnostic& d : warm->analyzed.diagnostics[leaf_id.index]) warned |= d.code == "unused_variables";
    CHECK(warned);
  }
  SECTION("a public signature edit re-checks the dependents, not the others") {
    replace_in_file(leaf, "pub fn crate_checksum(seed: i64) -> i64 {", "pub fn crate_checksum(seed: i64, _extra: u8) -> i64 {");
    auto warm = check(dir, true);
    CHECK(warm->analyzed.interface_hashes[leaf_id.index] != leaf_interface);
    auto fresh = check(dir, false);
    CHECK(rendered(*warm) == rendered(*fresh));
    size_t dependents = 0;
    for (const Crate& c : warm->workspace.crates) {
      for (const CrateDependency& d : c.dependencies) dependents += d.crate == leaf_id;
    }
    REQUIRE(dependents > 0);
    // Probed (files unchanged), then found stale: their dependency's interface changed.
    CHECK(warm->analyzed.totals.late_loaded_crates >= dependents);
    CHECK(warm->analyzed.totals.cached_crates + warm->analyzed.totals.late_loaded_crates + 1 == crates);
  }
  SECTION("damaged records are rebuilt, never trusted") {
    std::vector<fs::path> records = records_in(dir);
    REQUIRE(records.size() == crates);
    std::string text = testing::read_text_file(records[0]);
    std::ofstream(records[0], std::ios::binary | std::ios::trunc) << text.substr(0, text.size() / 2);
    std::string other = testing::read_text_file(records[1]);
    other[60] = static_cast<char>(other[60] ^ 1);  // in the head (after the 56-byte header)
    std::ofstream(records[1], std::ios::binary | std::ios::trunc) << other;
    auto warm = check(dir, true);
    CHECK(warm->analyzed.totals.cached_crates <= crates - 2);
    CHECK(rendered(*warm) == rendered(*cold));
    CHECK(records_in(dir).size() == crates);  // replaced, not added beside
    auto again = check(dir, true);
    CHECK(again->analyzed.totals.cached_crates == crates);
  }
  SECTION("a damaged body (the interface) is caught when a dependent needs it") {
    fs::path leaf_record;
    for (const fs::path& record : records_in(dir)) {
      if (record.filename().string().rfind("bench_lib_000-", 0) == 0) leaf_record = record;
    }
    REQUIRE(!leaf_record.empty());
    std::string bytes = testing::read_text_file(leaf_record);
    bytes[bytes.size() - 2] = static_cast<char>(bytes[bytes.size() - 2] ^ 1);
    std::ofstream(leaf_record, std::ios::binary | std::ios::trunc) << bytes;
    // Nothing changed: the body is not read, the head is intact.
    CHECK(check(dir, true)->analyzed.totals.cached_crates == crates);
    // A dependent's body edit: it is checked against the leaf's interface,
    // which is rebuilt from the sources instead of read from the damaged body.
    replace_in_file(dir / "crates/bench-lib-001/src/lib.rs", "    acc = acc.wrapping_mul(1_000_003)",
                    "    acc = acc.wrapping_mul(1_000_013)");
    auto warm = check(dir, true);
    CHECK(warm->analyzed.totals.late_loaded_crates >= 1);
    auto fresh = check(dir, false);
    CHECK(rendered(*warm) == rendered(*fresh));
  }
  SECTION("a module file that appears beside an existing one is noticed (E0761)") {
    fs::path module_dir = dir / "crates/bench-lib-000/src/finance";
    fs::path existing = dir / "crates/bench-lib-000/src/finance.rs";
    REQUIRE(fs::exists(existing));
    fs::create_directories(module_dir);
    std::ofstream(module_dir / "mod.rs") << "pub fn f() {}\n";
    auto warm = check(dir, true);
    auto fresh = check(dir, false);
    CHECK(rendered(*warm) == rendered(*fresh));
    // E0761 is a stage-1 error (the loader's): the crate was parsed again,
    // not taken from its record.
    CHECK(warm->parsed_files > 0);
    CHECK(warm->analyzed.totals.cached_crates < crates);
  }
}

TEST_CASE("a dependent's cached diagnostics follow a dependency's moved lines", "[cache]") {
  // err_private_item: the dependent's E0603 has a note pointing into its
  // dependency's file. Lines added there move the note, not the interface.
  fs::path dir = copy_of(testing::source_dir() / "tests/conformance/workspaces/err_private_item", "moved-note");
  auto cold = check(dir, true);
  std::vector<std::string> before = rendered(*cold);
  bool points_across = false;
  for (CrateId id : cold->workspace.crate_order) {
    for (const Diagnostic& d : cold->analyzed.diagnostics[id.index]) {
      for (const SubDiagnostic& c : d.children) {
        for (const Label& l : c.spans) {
          points_across |= cold->sources->file(l.span.file).path() != cold->sources->file(d.primary.span.file).path();
        }
      }
    }
  }
  REQUIRE(points_across);
  // Prepend a comment line to every file of the workspace's library crates.
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.path().extension() == ".rs" && entry.path().filename() == "lib.rs") {
      std::string text = testing::read_text_file(entry.path());
      std::ofstream(entry.path(), std::ios::binary | std::ios::trunc) << "// moved\n" << text;
    }
  }
  auto warm = check(dir, true);
  auto fresh = check(dir, false);
  CHECK(rendered(*warm) == rendered(*fresh));
  CHECK(rendered(*warm) != before);
}

TEST_CASE("root-first with records: same final diagnostics, on one and two threads", "[cache]") {
  fs::path dir = generated("root-first", "--lines 4000 --crates 5 --seed 4 --inject-error leaf --error-kind type");
  auto strict = check(dir, false);
  fs::path leaf = dir / "crates/bench-lib-000/src/lib.rs";
  for (unsigned threads : {1u, 2u}) {
    fs::remove_all(dir / "target");
    auto cold = check(dir, true, threads, CheckOrder::RootFirst);
    CHECK(rendered(*cold) == rendered(*strict));
    replace_in_file(leaf, "    acc = acc.wrapping_mul(1_000_003)", "    acc = acc.wrapping_mul(1_000_033)");
    auto warm = check(dir, true, threads, CheckOrder::RootFirst);
    auto fresh = check(dir, false);
    CHECK(rendered(*warm) == rendered(*fresh));
    replace_in_file(leaf, "    acc = acc.wrapping_mul(1_000_033)", "    acc = acc.wrapping_mul(1_000_003)");
  }
}

TEST_CASE("file stamps: an unchanged stamp vouches only for files older than the record", "[cache]") {
  fs::path dir = generated("stamps", "--lines 2000 --crates 2 --seed 6");
  fs::path leaf = dir / "crates/bench-lib-000/src/lib.rs";
  CrateId leaf_id;
  {
    // Written just now: within the racy window of the record the cold run writes.
    auto cold = check(dir, true);
    leaf_id = crate_named(cold->workspace, "bench_lib_000");
    REQUIRE(cold->analyzed.diagnostics[leaf_id.index].empty());
  }
  // A same-size edit whose mtime is then set back: on a file system with
  // coarse timestamps the stamp would not change. The file is read anyway.
  auto mtime = fs::last_write_time(leaf);
  replace_in_file(leaf, "    acc = acc.wrapping_mul(1_000_003)", "    let acc2 = acc.wrapping_mul(1_003)");
  fs::last_write_time(leaf, mtime);
  auto warm = check(dir, true);
  auto fresh = check(dir, false);
  CHECK(rendered(*warm) == rendered(*fresh));
  CHECK_FALSE(warm->analyzed.diagnostics[leaf_id.index].empty());  // the unused `acc2`
}

TEST_CASE("decoding a damaged interface never crashes: mutated bytes are rejected or read safely", "[cache][fuzz]") {
  // The checksum keeps damaged records away from the decoder; this checks the
  // decoder's own guard (every count and index checked) by feeding it
  // mutated bytes directly.
  fs::path dir = generated("fuzz", "--lines 2000 --crates 2 --seed 21");
  auto fresh = check(dir, false);
  CrateId leaf = crate_named(fresh->workspace, "bench_lib_000");
  const CrateDefMap& map = *fresh->analyzed.maps[leaf.index];
  CrateNaming naming;
  naming.key_of = [&](uint32_t c) { return crate_key(fresh->workspace, CrateId(c)); };
  naming.number_of = [&](std::string_view key) -> std::optional<uint32_t> {
    for (CrateId id : fresh->workspace.crate_order) {
      if (crate_key(fresh->workspace, id) == key) return id.index;
    }
    return std::nullopt;
  };
  SpanWriter spans(*fresh->sources);
  std::optional<EncodedInterface> encoded = encode_interface(map, *fresh->analyzed.types, naming, spans);
  REQUIRE(encoded);
  std::vector<std::string_view> paths(spans.paths().begin(), spans.paths().end());
  DefMaps maps;
  maps.crates.assign(fresh->workspace.crates.size(), nullptr);
  maps.std = fresh->analyzed.std_map.get();
  auto decode = [&](const std::string& shape, const std::string& positions) {
    SpanReader reader(*fresh->sources, paths, [&](std::string_view path) { return fresh->sources->find(path); });
    auto storage = std::make_shared<const std::string>(shape);
    return decode_interface(storage, *storage, positions, leaf.index, *fresh->analyzed.types, naming, reader, maps);
  };
  std::optional<CrateDefMap> intact = decode(encoded->shape, encoded->positions);
  REQUIRE(intact);
  CHECK(intact->items.size() == map.items.size());
  CHECK(intact->fns.size() == map.fns.size());

  std::mt19937 rng(12345);
  size_t rejected = 0;
  const int rounds = 3000;
  for (int round = 0; round < rounds; ++round) {
    std::string shape = encoded->shape;
    std::string positions = encoded->positions;
    std::string& target = round % 4 == 3 ? positions : shape;
    switch (rng() % 3) {
      case 0:  // flip bytes
        for (int k = 0, n = 1 + static_cast<int>(rng() % 4); k < n && !target.empty(); ++k) {
          target[rng() % target.size()] = static_cast<char>(rng());
        }
        break;
      case 1:  // truncate
        target.resize(rng() % (target.size() + 1));
        break;
      default:  // insert a random byte
        target.insert(target.begin() + static_cast<long>(rng() % (target.size() + 1)), static_cast<char>(rng()));
        break;
    }
    rejected += !decode(shape, positions).has_value();
  }
  INFO(rejected << " of " << rounds << " mutations rejected");
  CHECK(rejected > rounds / 2);
}
