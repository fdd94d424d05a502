// Private to analysis/check: per-thread reuse of the vectors a body check
// fills and throws away. Bodies are many and small, so growing fresh vectors
// for each made allocation a large part of checking. A checker takes its
// buffers from its thread's pool and gives them back, cleared, when done:
// nothing is shared between threads, and a body sees only empty vectors, so
// results do not depend on which thread or which order bodies are checked in.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace sluice {

template <typename T>
class ScratchPool {
 public:
  static std::vector<T> take() {
    std::vector<std::vector<T>>& pool = free_list();
    if (pool.empty()) return {};
    std::vector<T> v = std::move(pool.back());
    pool.pop_back();
    return v;
  }
  // Keeps the buffer unless it is large (one huge body should not pin its
  // memory for the rest of the thread's life).
  static void give(std::vector<T>& v) {
    v.clear();
    std::vector<std::vector<T>>& pool = free_list();
    if (v.capacity() == 0 || v.capacity() > kMaxKeptElements || pool.size() >= kMaxKeptBuffers) return;
    pool.push_back(std::move(v));
    v = std::vector<T>();
  }

 private:
  static constexpr size_t kMaxKeptElements = 1 << 14;
  static constexpr size_t kMaxKeptBuffers = 64;  // recursive users (usefulness) hold several per level
  static std::vector<std::vector<T>>& free_list() {
    thread_local std::vector<std::vector<T>> list;
    return list;
  }
};

// Holds a vector taken from the pool for the lifetime of a scope.
template <typename T>
struct PooledVector {
  std::vector<T> v = ScratchPool<T>::take();
  PooledVector() = default;
  PooledVector(const PooledVector&) = delete;
  PooledVector& operator=(const PooledVector&) = delete;
  ~PooledVector() { ScratchPool<T>::give(v); }
};

}  // namespace sluice
