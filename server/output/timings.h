// The report of `sluice check --timings`: where the time of one run went.
// The engine records what each thread did (bars), the driver fills a
// TimingsInput and writes one of two renderings:
//  - render_timings_html: a self-contained page (target/sluice/timings.html),
//    a lane per thread, a bar per (crate, stage) run, the critical path
//    outlined, concurrency over time, a crate table and a summary in words;
//  - render_timings_json: the same data for machines (`--timings=json`).
// Everything here is pure: plain structs in, a string out; no engine types,
// no I/O. Input is taken as it comes: bars with end < start, lanes outside
// 0..threads-1, crate indices out of range and non-finite times are clamped
// or dropped, never trusted (tests/unit/timings_test.cpp, "malformed input is clamped").
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace sluice {

// Cached: a crate whose result was reused from target/sluice (a tiny bar).
enum class TimingStage : uint8_t { Parse, Interface, Check, Cached };
inline constexpr unsigned kTimingStageCount = 4;

// "parse", "interface", "check", "cached": the names used in both renderings.
const char* timing_stage_name(TimingStage stage);

struct TimingCrate {
  std::string name;
  std::string kind;                    // "lib" / "bin"
  std::vector<uint32_t> dependencies;  // indices into TimingsInput::crates
  bool is_root = false;                // a crate the user is looking at (checked first)
  uint64_t lines = 0;
  uint32_t errors = 0, warnings = 0;
};

// One stretch of work by one thread. A crate and stage may have many bars
// (bodies are checked in chunks on several threads; roots are checked again
// when a dependency settles): they are drawn one by one, never merged.
struct TimingBar {
  uint32_t crate = 0;  // index into TimingsInput::crates
  TimingStage stage = TimingStage::Parse;
  uint32_t lane = 0;                // thread index 0..threads-1
  double start_ms = 0, end_ms = 0;  // since the start of the run
};

// A moment worth seeing on the timeline, e.g. "first diagnostic", "settled".
struct TimingMark {
  uint32_t crate = 0;
  std::string what;
  double at_ms = 0;
};

struct TimingsInput {
  std::string title;  // the workspace's name
  unsigned threads = 1;
  double wall_ms = 0;
  std::vector<TimingCrate> crates;
  std::vector<TimingBar> bars;
  std::vector<TimingMark> marks;
  std::string sluice_version;
  std::string command_line;
};

std::string render_timings_html(const TimingsInput& input);
std::string render_timings_json(const TimingsInput& input);

// The critical path: starting at the crate whose last bar ends latest, step
// to the dependency whose last bar ends latest (ties: the lower index), until
// a crate has no dependency that ran. Returned in time order: the deepest
// dependency first, the crate that finished last at the end. Empty when no
// bar ran.
std::vector<uint32_t> critical_path(const TimingsInput& input);

// "Where the time went" in a few sentences (the HTML page's summary,
// plain text), e.g. "68% of busy time went to check, ... Critical path:
// a → b → c, 120 ms of 150 ms wall (80%)." For a line on stderr too.
std::string timings_summary(const TimingsInput& input);

}  // namespace sluice
