// Where a run's time went, for `sluice check --timings`: a bar per stage
// task (crate, stage, thread, start, end) and marks for moments (a crate
// settled, a root's first diagnostic). Recording is off unless a Timeline
// is given; when on, a bar costs one short critical section, and a stage
// records one bar per task or per chunk of bodies, never per item.
#pragma once

#include <tbb/task_arena.h>

#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace sluice {

enum class TimelineStage : uint8_t { Parse, Interface, Check, Cached };

struct TimelineBar {
  uint32_t crate = 0;
  TimelineStage stage = TimelineStage::Parse;
  uint32_t lane = 0;  // the thread's index in its task arena
  double start_ms = 0;
  double end_ms = 0;
};

struct TimelineMark {
  uint32_t crate = 0;
  std::string what;
  double at_ms = 0;
};

// Thread-safe.
class Timeline {
 public:
  using Clock = std::chrono::steady_clock;

  explicit Timeline(Clock::time_point origin) : origin_(origin) {}

  double ms_since_origin(Clock::time_point t) const {
    return std::chrono::duration<double, std::milli>(t - origin_).count();
  }

  void add_bar(uint32_t crate, TimelineStage stage, Clock::time_point start, Clock::time_point end) {
    int index = tbb::this_task_arena::current_thread_index();
    TimelineBar bar{crate, stage, index < 0 ? 0u : static_cast<uint32_t>(index), ms_since_origin(start),
                    ms_since_origin(end)};
    std::lock_guard lock(mutex_);
    bars_.push_back(bar);
  }

  void add_mark(uint32_t crate, std::string what, Clock::time_point at) {
    std::lock_guard lock(mutex_);
    marks_.push_back(TimelineMark{crate, std::move(what), ms_since_origin(at)});
  }

  std::vector<TimelineBar> bars() const {
    std::lock_guard lock(mutex_);
    return bars_;
  }
  std::vector<TimelineMark> marks() const {
    std::lock_guard lock(mutex_);
    return marks_;
  }

 private:
  Clock::time_point origin_;
  mutable std::mutex mutex_;
  std::vector<TimelineBar> bars_;
  std::vector<TimelineMark> marks_;
};

}  // namespace sluice
