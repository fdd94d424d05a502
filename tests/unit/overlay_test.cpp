// The editor's overlay over the disk: open documents win, unsaved files and
// their directories exist, snapshots never change once taken.
#include <catch2/catch.hpp>

#include "server/engine/overlay_file_system.h"

using namespace sluice;

TEST_CASE("documents are read over the base, which is left alone", "[overlay]") {
  InMemoryFileSystem disk;
  disk.add_file("/w/src/lib.rs", "disk text");
  disk.add_file("/w/src/other.rs", "other");
  DocumentOverlay overlay;
  overlay.set("/w/src/lib.rs", "editor text");
  OverlayFileSystem fs(disk, overlay.snapshot());
  std::string text;
  REQUIRE(fs.read_file("/w/src/lib.rs", text) == FileSystem::Status::Ok);
  CHECK(text == "editor text");
  REQUIRE(fs.read_file("/w/src/other.rs", text) == FileSystem::Status::Ok);
  CHECK(text == "other");
  CHECK(fs.read_file("/w/src/missing.rs", text) == FileSystem::Status::NotFound);
  CHECK(fs.stamp("/w/src/lib.rs") == FileStamp{});  // a cache must compare its content
}

TEST_CASE("an unsaved document is a file, and its directories exist and list it", "[overlay]") {
  InMemoryFileSystem disk;
  disk.add_file("/w/src/lib.rs", "mod new_module;");
  DocumentOverlay overlay;
  overlay.set("/w/src/new_module/mod.rs", "pub fn f() {}");
  overlay.set("/w/src/zeta.rs", "");
  OverlayFileSystem fs(disk, overlay.snapshot());
  CHECK(fs.is_file("/w/src/new_module/mod.rs"));
  CHECK(fs.is_directory("/w/src/new_module"));
  CHECK_FALSE(fs.is_directory("/w/src/new"));  // a name prefix is not a directory
  CHECK_FALSE(fs.is_file("/w/src/new_module"));
  CHECK(fs.list_directory("/w/src") == std::vector<std::string>{"lib.rs", "new_module", "zeta.rs"});
}

TEST_CASE("a snapshot does not change when the overlay does", "[overlay]") {
  InMemoryFileSystem disk;
  DocumentOverlay overlay;
  overlay.set("/a.rs", "one");
  auto before = overlay.snapshot();
  overlay.set("/a.rs", "two");
  overlay.set("/b.rs", "three");
  CHECK(before->documents.at("/a.rs") == "one");
  CHECK(before->documents.count("/b.rs") == 0);
  CHECK(overlay.remove("/b.rs"));
  CHECK_FALSE(overlay.remove("/b.rs"));
  OverlayFileSystem fs(disk, overlay.snapshot());
  std::string text;
  REQUIRE(fs.read_file("/a.rs", text) == FileSystem::Status::Ok);
  CHECK(text == "two");
  CHECK_FALSE(fs.is_file("/b.rs"));
}
