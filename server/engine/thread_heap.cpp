#include "server/engine/thread_heap.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

namespace sluice {

namespace {

// glibc's non-main arenas live in heaps of HEAP_MAX_SIZE bytes, mapped at an
// address aligned to that size (2 * DEFAULT_MMAP_THRESHOLD_MAX: 64 MiB on
// 64-bit targets), so the heap of any pointer they return starts at the
// pointer rounded down. A heap that fills up is followed by a new one, which
// stays on small pages: the first 64 MiB per thread are what a check needs.
constexpr uintptr_t kArenaHeapSize = uintptr_t(64) << 20;

}  // namespace

void advise_huge_pages_for_thread_heap() {
  thread_local bool advised = false;
  if (advised) return;
  advised = true;
  void* sample = std::malloc(64);
  auto address = reinterpret_cast<uintptr_t>(sample);
  std::free(sample);
  // Below the program break: the main arena, which main.cpp already marked.
  if (address < reinterpret_cast<uintptr_t>(sbrk(0))) return;
  uintptr_t heap = address & ~(kArenaHeapSize - 1);
  madvise(reinterpret_cast<void*>(heap), kArenaHeapSize, MADV_HUGEPAGE);
}

}  // namespace sluice
