// oneTBB's first arena costs 2-3 ms (it loads its allocator library and
// starts its workers). Started on another thread early, that overlaps work
// the process does anyway (reading manifests, probing the cache, the
// language server's handshake) instead of delaying the first real task.
#pragma once

#include <tbb/task_arena.h>

#include <thread>

namespace sluice {

class ThreadPoolWarmUp {
 public:
  ThreadPoolWarmUp() : thread_([] { tbb::task_arena(2).initialize(); }) {}
  ~ThreadPoolWarmUp() { thread_.join(); }
  ThreadPoolWarmUp(const ThreadPoolWarmUp&) = delete;
  ThreadPoolWarmUp& operator=(const ThreadPoolWarmUp&) = delete;

 private:
  std::thread thread_;
};

}  // namespace sluice
