// Transparent huge pages for a worker thread's malloc heap.
//
// server/cli/main.cpp puts the main thread's heap on huge pages: a check
// touches tens of MB of fresh memory, and on 4 KiB pages the page faults
// cost as much as the parsing (bench/README.md). A worker thread allocates
// from one of glibc's other arenas, an mmapped heap that main.cpp cannot
// reach; this marks the calling thread's heap the same way. Call it on each
// thread that does a share of the work, before that work: once per thread
// it costs one malloc and one madvise, and every later call is a check of a
// thread-local flag. Where huge pages are off, madvise fails harmlessly.
#pragma once

namespace sluice {

void advise_huge_pages_for_thread_heap();

}  // namespace sluice
