// `sluice`: the command line. Everything here is argument handling; the work
// is in server/driver.
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <algorithm>
#include <cstdlib>
#include <thread>

#include <cstdio>
#include <string>
#include <vector>

#include "codegen/codegen.h"
#include "server/cli/command_line.h"

using namespace sluice;

static int report_not_available(const char* what) {
  std::fprintf(stderr,
               "error: `sluice %s` is not available yet: this release checks code (`sluice check`); "
               "building comes with the codegen stage\n",
               what);
  return kExitUsageOrIo;
}

// A check allocates tens of MB of tokens and trees per 100k lines, in
// per-file vectors. glibc would mmap (and later munmap) each large one,
// paying a page fault per 4 KiB every time; taking them from one growing
// heap instead made the parse stage 1.5-2x faster (bench/README.md).
// With the heap grown once by a large (virtual, lazily backed) reservation
// and marked for transparent huge pages, a fault maps 2 MiB instead of
// 4 KiB. Where huge pages are off, madvise fails harmlessly.
static void tune_allocator() {
  constexpr size_t kHeapReservation = size_t(1) << 30;
  constexpr size_t kHugePage = size_t(2) << 20;
  // One arena per core: checking bodies on several threads allocates often,
  // and threads sharing one arena wait for its lock (with one arena `-j2`
  // checked slower than `-j1`; bench/README.md). The main thread's arena is
  // the huge-page heap below; the others are glibc's mmapped heaps.
  mallopt(M_ARENA_MAX, static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
  mallopt(M_MMAP_THRESHOLD, 256 << 20);
  mallopt(M_TRIM_THRESHOLD, -1);  // never give the reservation back
  mallopt(M_TOP_PAD, static_cast<int>(kHeapReservation));
  constexpr size_t kProbe = 512 << 10;
  void* probe = std::malloc(kProbe);  // forces the heap to grow now
  // Growing wrote the new top chunk's header just past the probe: that page
  // is touched already, and a 2 MiB range with one small page in it never
  // becomes a huge page. The huge pages start above it.
  auto begin = reinterpret_cast<uintptr_t>(probe) + kProbe + 64;
  std::free(probe);
  mallopt(M_TOP_PAD, 64 << 20);
  auto end = reinterpret_cast<uintptr_t>(sbrk(0));
  begin = (begin + kHugePage - 1) & ~(kHugePage - 1);
  end &= ~(kHugePage - 1);
  if (end <= begin) return;
  madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
  // The heap below `begin` (up to 2 MiB, from wherever the program break
  // started) cannot be a huge page. Left to malloc, it would serve the first
  // megabyte or so of every run on 4 KiB pages, each fault far dearer than
  // the memory is worth (on the project's VMs, ~18 us per 4 KiB page against
  // ~0.25 ms per 2 MiB one: bench/README.md). So it is taken once and never
  // touched: later allocations start on the huge pages.
  void* low = std::malloc(64);
  auto low_address = reinterpret_cast<uintptr_t>(low);
  std::free(low);
  // Volatile: a malloc whose result is never used may be removed by the compiler.
  [[maybe_unused]] static void* volatile low_heap_filler = nullptr;
  if (low_address + (64 << 10) < begin) low_heap_filler = std::malloc(begin - low_address - (32 << 10));
}

int main(int argc, char** argv) {
  tune_allocator();
  std::vector<std::string> args(argv + 1, argv + argc);
  Command command = parse_command_line(args);
  if (!command.error.empty()) {
    std::fprintf(stderr, "error: %s\n\nFor more information, try `sluice help`.\n", command.error.c_str());
    return kExitUsageOrIo;
  }
  switch (command.kind) {
    case CommandKind::Version:
      std::printf("sluice %s (LLVM %s, %s)\n", SLUICE_VERSION, llvm_version().c_str(),
                  llvm_default_target_triple().c_str());
      return 0;
    case CommandKind::Help:
      std::fputs(usage_text(command.help_topic).c_str(), stdout);
      return 0;
    case CommandKind::Check:
      return run_check(command.check);
    case CommandKind::Build: return report_not_available("build");
    case CommandKind::Run: return report_not_available("run");
    case CommandKind::Lsp: return lsp::run_language_server(command.lsp);
  }
  return 0;
}
