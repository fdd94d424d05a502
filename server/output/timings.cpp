// The `--timings` report (timings.h). One analysis of the input (clean it,
// per-crate totals, the critical path, time at each level of concurrency)
// feeds three renderings: the JSON document, the summary sentence and the
// HTML page.
//
// Why canvas drawn from embedded JSON rather than SVG: a big workspace has
// ~1000 crates and ~20k bars. As SVG that is 20k <rect> elements each with a
// <title> child, a multi-megabyte file and a slow page; as a compact JSON
// array (~35 bytes a bar) drawn on a canvas it is a few hundred kilobytes and
// a redraw takes milliseconds, so hover can highlight a whole crate and zoom
// can redraw at any scale. Hover is a per-lane hit test in the page's script.
// Everything that is text (totals, summary, crate table, critical path) is
// plain HTML written here, so it reads without JavaScript too.
//
// User strings (crate names, mark names, the title, the command line) reach
// the page two ways, both escaped: as HTML text (html_escape) and inside the
// JSON blob, where `<`, `>` and `&` become \u escapes so no `</script>` can
// close the block; the script only ever puts them into textContent.
#include "server/output/timings.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

namespace sluice {

namespace {

using ordered_json = nlohmann::ordered_json;

constexpr unsigned kMaxThreads = 1024;  // a lane per thread: bounds the page's height on absurd input
constexpr const char* kStageColors[kTimingStageCount] = {"#4e79a7", "#f28e2b", "#59a14f", "#bab0ac"};
constexpr const char* kMarkColors[] = {"#b07aa1", "#76b7b2", "#edc948", "#9c755f", "#ff9da7", "#e15759"};
constexpr const char* kCriticalColor = "#d62728";

// ---------------------------------------------------------------------------
// Analysis

struct CrateStats {
  bool ran = false;
  double busy[kTimingStageCount] = {};
  double start_ms = 0, end_ms = 0;
  double waited_ms = 0;  // idle inside the crate's span while a dependency was still running

  double total_busy() const { return busy[0] + busy[1] + busy[2] + busy[3]; }
};

struct Analysis {
  TimingsInput input;  // cleaned
  std::vector<CrateStats> crates;
  std::vector<uint32_t> critical_path;
  std::vector<uint8_t> on_critical_path;
  double busy[kTimingStageCount] = {};
  double total_busy = 0;
  double path_at_work_ms = 0;                // time some crate of the critical path was running
  std::vector<double> time_with_busy_lanes;  // [k]: wall time during which exactly k lanes were busy
  uint64_t lines = 0;
  uint32_t errors = 0, warnings = 0, roots = 0, cached_crates = 0;
};

double clean_time(double ms) { return std::isfinite(ms) ? std::max(ms, 0.0) : 0.0; }

// Drops what cannot be drawn (bars and marks of unknown crates, dangling
// dependencies) and clamps the rest, so nothing below checks again.
TimingsInput clean(const TimingsInput& raw) {
  TimingsInput in = raw;
  in.threads = std::clamp(raw.threads, 1u, kMaxThreads);
  auto crate_count = static_cast<uint32_t>(in.crates.size());
  for (uint32_t c = 0; c < crate_count; ++c) {
    auto& deps = in.crates[c].dependencies;
    std::erase_if(deps, [&](uint32_t d) { return d >= crate_count || d == c; });
    std::sort(deps.begin(), deps.end());
    deps.erase(std::unique(deps.begin(), deps.end()), deps.end());
  }
  std::erase_if(in.bars, [&](const TimingBar& b) { return b.crate >= crate_count; });
  std::erase_if(in.marks, [&](const TimingMark& m) { return m.crate >= crate_count; });
  double last = clean_time(raw.wall_ms);
  for (TimingBar& bar : in.bars) {
    if (static_cast<unsigned>(bar.stage) >= kTimingStageCount) bar.stage = TimingStage::Check;
    bar.lane = std::min(bar.lane, in.threads - 1);
    bar.start_ms = clean_time(bar.start_ms);
    bar.end_ms = std::max(clean_time(bar.end_ms), bar.start_ms);
    last = std::max(last, bar.end_ms);
  }
  for (TimingMark& mark : in.marks) {
    mark.at_ms = clean_time(mark.at_ms);
    last = std::max(last, mark.at_ms);
  }
  in.wall_ms = last;
  return in;
}

// The length of the union of the intervals.
double covered_time(std::vector<std::pair<double, double>> intervals) {
  std::sort(intervals.begin(), intervals.end());
  double covered = 0, reach = -1;
  for (auto [start, end] : intervals) {
    start = std::max(start, reach);
    if (end > start) covered += end - start;
    reach = std::max(reach, end);
  }
  return covered;
}

std::vector<std::vector<uint32_t>> bars_by_crate(const TimingsInput& in) {
  std::vector<std::vector<uint32_t>> result(in.crates.size());
  for (uint32_t i = 0; i < in.bars.size(); ++i) result[in.bars[i].crate].push_back(i);
  return result;
}

// Idle time of crate `c` between its first bar and the end of its last
// dependency (or its own end, if sooner): the time it spent waiting.
double waited_for_dependencies(const Analysis& a, uint32_t c, const std::vector<uint32_t>& bars) {
  const CrateStats& self = a.crates[c];
  double dependencies_done = self.start_ms;
  for (uint32_t d : a.input.crates[c].dependencies) {
    if (a.crates[d].ran) dependencies_done = std::max(dependencies_done, a.crates[d].end_ms);
  }
  double limit = std::min(dependencies_done, self.end_ms);
  if (limit <= self.start_ms) return 0;
  std::vector<std::pair<double, double>> clipped;
  for (uint32_t i : bars) {
    const TimingBar& bar = a.input.bars[i];
    clipped.emplace_back(bar.start_ms, std::min(bar.end_ms, limit));
  }
  return std::max(0.0, limit - self.start_ms - covered_time(std::move(clipped)));
}

void compute_crate_stats(Analysis& a) {
  a.crates.assign(a.input.crates.size(), CrateStats{});
  for (const TimingBar& bar : a.input.bars) {
    CrateStats& stats = a.crates[bar.crate];
    stats.start_ms = stats.ran ? std::min(stats.start_ms, bar.start_ms) : bar.start_ms;
    stats.end_ms = stats.ran ? std::max(stats.end_ms, bar.end_ms) : bar.end_ms;
    stats.ran = true;
    stats.busy[static_cast<unsigned>(bar.stage)] += bar.end_ms - bar.start_ms;
    a.busy[static_cast<unsigned>(bar.stage)] += bar.end_ms - bar.start_ms;
  }
  for (double b : a.busy) a.total_busy += b;
  auto by_crate = bars_by_crate(a.input);
  for (uint32_t c = 0; c < a.crates.size(); ++c) {
    if (a.crates[c].ran) a.crates[c].waited_ms = waited_for_dependencies(a, c, by_crate[c]);
    const TimingCrate& crate = a.input.crates[c];
    a.lines += crate.lines;
    a.errors += crate.errors;
    a.warnings += crate.warnings;
    a.roots += crate.is_root;
    const CrateStats& s = a.crates[c];
    a.cached_crates += s.ran && s.busy[static_cast<unsigned>(TimingStage::Cached)] == s.total_busy();
  }
}

// The crate that ran among `candidates` whose last bar ends latest (ties: the
// lowest index), or none.
std::optional<uint32_t> latest_to_finish(const std::vector<CrateStats>& crates,
                                         const std::vector<uint32_t>& candidates) {
  std::optional<uint32_t> best;
  for (uint32_t c : candidates) {
    if (!crates[c].ran) continue;
    if (!best || crates[c].end_ms > crates[*best].end_ms || (crates[c].end_ms == crates[*best].end_ms && c < *best)) {
      best = c;
    }
  }
  return best;
}

// Walks back from the last crate to finish; a visited set bounds the walk by
// the crate count even if the dependency graph has a cycle.
std::vector<uint32_t> compute_critical_path(const TimingsInput& in, const std::vector<CrateStats>& crates) {
  std::vector<uint32_t> all(crates.size());
  for (uint32_t c = 0; c < all.size(); ++c) all[c] = c;
  std::vector<uint32_t> path;
  std::vector<uint8_t> visited(crates.size(), 0);
  for (auto c = latest_to_finish(crates, all); c && !visited[*c];
       c = latest_to_finish(crates, in.crates[*c].dependencies)) {
    visited[*c] = 1;
    path.push_back(*c);
  }
  std::reverse(path.begin(), path.end());
  return path;
}

// Sweeps the bars' ends in time order, counting the lanes with a bar running.
std::vector<double> compute_time_with_busy_lanes(const TimingsInput& in) {
  struct Event {
    double at;
    uint32_t lane;
    int delta;
  };
  std::vector<Event> events;
  for (const TimingBar& bar : in.bars) {
    if (bar.end_ms <= bar.start_ms) continue;
    events.push_back({bar.start_ms, bar.lane, +1});
    events.push_back({bar.end_ms, bar.lane, -1});
  }
  std::sort(events.begin(), events.end(), [](const Event& x, const Event& y) { return x.at < y.at; });
  std::vector<double> time(in.threads + 1, 0.0);
  std::vector<uint32_t> running(in.threads, 0);
  unsigned busy = 0;
  double since = 0;
  for (const Event& e : events) {
    time[busy] += e.at - since;
    since = e.at;
    bool was_busy = running[e.lane] > 0;
    running[e.lane] += e.delta;
    busy += static_cast<unsigned>(running[e.lane] > 0) - static_cast<unsigned>(was_busy);
  }
  time[0] += in.wall_ms - since;
  return time;
}

Analysis analyze(const TimingsInput& raw) {
  Analysis a;
  a.input = clean(raw);
  compute_crate_stats(a);
  a.critical_path = compute_critical_path(a.input, a.crates);
  a.on_critical_path.assign(a.crates.size(), 0);
  for (uint32_t c : a.critical_path) a.on_critical_path[c] = 1;
  std::vector<std::pair<double, double>> path_bars;
  for (const TimingBar& bar : a.input.bars) {
    if (a.on_critical_path[bar.crate]) path_bars.emplace_back(bar.start_ms, bar.end_ms);
  }
  a.path_at_work_ms = covered_time(std::move(path_bars));
  a.time_with_busy_lanes = compute_time_with_busy_lanes(a.input);
  return a;
}

// ---------------------------------------------------------------------------
// Text

std::string format_fixed(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

// "0.42 ms", "12.3 ms", "120 ms", "1.23 s", "12.3 s": three significant digits.
std::string format_ms(double ms) {
  if (ms < 1) return format_fixed(ms, 2) + " ms";
  if (ms < 100) return format_fixed(ms, 1) + " ms";
  if (ms < 1000) return format_fixed(ms, 0) + " ms";
  if (ms < 10000) return format_fixed(ms / 1000, 2) + " s";
  return format_fixed(ms / 1000, 1) + " s";
}

// "42%"; a share too small to round to 1% but not nothing is "<1%".
std::string percent(double part, double whole) {
  if (whole <= 0 || part <= 0) return "0%";
  double value = std::round(100 * part / whole);
  return value == 0 ? "<1%" : format_fixed(value, 0) + "%";
}

std::string join_path(const Analysis& a, size_t keep_each_end) {
  const auto& path = a.critical_path;
  std::string text;
  for (size_t i = 0; i < path.size(); ++i) {
    if (path.size() > 2 * keep_each_end + 1 && i == keep_each_end) {
      text += " → … " + std::to_string(path.size() - 2 * keep_each_end) + " more …";
      i = path.size() - keep_each_end - 1;
      continue;
    }
    if (!text.empty()) text += " → ";
    text += a.input.crates[path[i]].name;
  }
  return text;
}

// "68% of busy time went to check, 22% to interface and 10% to parse."
std::string stage_shares_sentence(const Analysis& a) {
  std::vector<unsigned> stages;
  for (unsigned s = 0; s < kTimingStageCount; ++s) {
    if (a.busy[s] > 0) stages.push_back(s);
  }
  std::stable_sort(stages.begin(), stages.end(), [&](unsigned x, unsigned y) { return a.busy[x] > a.busy[y]; });
  std::string text;
  for (size_t i = 0; i < stages.size(); ++i) {
    if (i > 0) text += i + 1 == stages.size() ? " and " : ", ";
    text += percent(a.busy[stages[i]], a.total_busy) + (i == 0 ? " of busy time went to " : " to ");
    text += timing_stage_name(static_cast<TimingStage>(stages[i]));
  }
  return text + ".";
}

std::string concurrency_sentence(const Analysis& a) {
  double wall = a.input.wall_ms;
  unsigned threads = a.input.threads;
  std::string text = "The " + std::to_string(threads) + (threads == 1 ? " thread was" : " threads were") + " busy " +
                     percent(a.total_busy, wall * threads) + " of the time";
  if (threads > 1) {
    double at_most_one = a.time_with_busy_lanes[0] + a.time_with_busy_lanes[1];
    text += "; all at once for " + percent(a.time_with_busy_lanes[threads], wall) + " of the run, one or none for " +
            percent(at_most_one, wall);
  }
  return text + ".";
}

std::string critical_path_sentence(const Analysis& a) {
  std::string text = "Critical path (" + std::to_string(a.critical_path.size()) +
                     (a.critical_path.size() == 1 ? " crate): " : " crates): ") + join_path(a, 3);
  return text + ", at work for " + format_ms(a.path_at_work_ms) + " of the " + format_ms(a.input.wall_ms) + " wall (" +
         percent(a.path_at_work_ms, a.input.wall_ms) + ").";
}

std::string most_expensive_crate_sentence(const Analysis& a) {
  uint32_t best = 0;
  for (uint32_t c = 1; c < a.crates.size(); ++c) {
    if (a.crates[c].total_busy() > a.crates[best].total_busy()) best = c;
  }
  double busy = a.crates[best].total_busy();
  return "Most expensive crate: " + a.input.crates[best].name + ", " + format_ms(busy) + " busy (" +
         percent(busy, a.total_busy) + " of all busy time).";
}

// What limited the run, when the numbers say so clearly: the threads (busy
// nearly all the time while the critical path was often idle), the chain of
// dependencies (its crates at work nearly all the time while threads were
// free), or neither (threads idle and the path idle: unrecorded waiting).
std::string verdict_sentence(const Analysis& a) {
  double wall = a.input.wall_ms;
  double utilisation = a.total_busy / (wall * a.input.threads);
  double path_share = a.path_at_work_ms / wall;
  if (a.input.threads > 1 && utilisation >= 0.8 && path_share < 0.6) {
    return " The threads were the limit, not the dependency chain: more threads would shorten this run.";
  }
  if (a.input.threads > 1 && utilisation < 0.8 && path_share >= 0.8) {
    return " The dependency chain was the limit: more threads would not help, faster crates on the critical path "
           "would.";
  }
  if (utilisation < 0.5 && path_share < 0.5) {
    return " Much of the run had idle threads and no crate of the critical path at work: the time went to waiting "
           "that no bar records.";
  }
  return "";
}

std::string summary_of(const Analysis& a) {
  if (a.total_busy <= 0) return "No work was recorded.";
  std::string text = stage_shares_sentence(a) + " " + concurrency_sentence(a) + " " + critical_path_sentence(a);
  text += verdict_sentence(a) + " " + most_expensive_crate_sentence(a);
  if (a.cached_crates > 0) {
    text += " " + std::to_string(a.cached_crates) + (a.cached_crates == 1 ? " crate was" : " crates were") +
            " reused from target/sluice.";
  }
  return text;
}

// ---------------------------------------------------------------------------
// JSON

double round3(double ms) { return std::round(ms * 1000) / 1000; }

ordered_json stage_times_json(const double (&busy)[kTimingStageCount]) {
  ordered_json times = ordered_json::object();
  for (unsigned s = 0; s < kTimingStageCount; ++s)
    times[timing_stage_name(static_cast<TimingStage>(s))] = round3(busy[s]);
  return times;
}

ordered_json crate_json(const Analysis& a, uint32_t c) {
  const TimingCrate& crate = a.input.crates[c];
  const CrateStats& stats = a.crates[c];
  ordered_json j;
  j["name"] = crate.name;
  j["kind"] = crate.kind;
  j["dependencies"] = crate.dependencies;
  j["is_root"] = crate.is_root;
  j["lines"] = crate.lines;
  j["errors"] = crate.errors;
  j["warnings"] = crate.warnings;
  j["busy_ms"] = stage_times_json(stats.busy);
  j["start_ms"] = stats.ran ? ordered_json(round3(stats.start_ms)) : ordered_json(nullptr);
  j["end_ms"] = stats.ran ? ordered_json(round3(stats.end_ms)) : ordered_json(nullptr);
  j["waited_ms"] = round3(stats.waited_ms);
  return j;
}

ordered_json bars_json(const TimingsInput& in) {
  ordered_json bars = ordered_json::array();
  for (const TimingBar& bar : in.bars) {
    ordered_json j;
    j["crate"] = bar.crate;
    j["stage"] = timing_stage_name(bar.stage);
    j["lane"] = bar.lane;
    j["start_ms"] = round3(bar.start_ms);
    j["end_ms"] = round3(bar.end_ms);
    bars.push_back(std::move(j));
  }
  return bars;
}

ordered_json marks_json(const TimingsInput& in) {
  ordered_json marks = ordered_json::array();
  for (const TimingMark& mark : in.marks) {
    ordered_json j;
    j["crate"] = mark.crate;
    j["what"] = mark.what;
    j["at_ms"] = round3(mark.at_ms);
    marks.push_back(std::move(j));
  }
  return marks;
}

// Crate names come from manifests and need not be valid UTF-8: replace bad
// bytes instead of letting nlohmann throw.
std::string dump(const ordered_json& j, int indent) {
  return j.dump(indent, ' ', /*ensure_ascii=*/true, ordered_json::error_handler_t::replace);
}

// ---------------------------------------------------------------------------
// HTML

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

// JSON inside <script type="application/json">: `<`, `>` and `&` appear in
// JSON only inside strings, where their \u escapes mean the same, so a crate
// named `</script>` cannot end the block. ensure_ascii already escaped
// U+2028/U+2029 and every other non-ASCII character.
std::string script_safe_json(const ordered_json& j) {
  std::string text = dump(j, -1);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '<')
      out += "\\u003c";
    else if (c == '>')
      out += "\\u003e";
    else if (c == '&')
      out += "\\u0026";
    else
      out += c;
  }
  return out;
}

// The distinct mark names in order of first appearance; a mark's colour is
// its index's.
std::vector<std::string> mark_kinds(const TimingsInput& in) {
  std::vector<std::string> kinds;
  for (const TimingMark& mark : in.marks) {
    if (std::find(kinds.begin(), kinds.end(), mark.what) == kinds.end()) kinds.push_back(mark.what);
  }
  return kinds;
}

const char* mark_color(size_t kind) { return kMarkColors[kind % std::size(kMarkColors)]; }

// The page's data, compact: bars as [crate, stage, lane, start, end].
ordered_json page_data(const Analysis& a) {
  const TimingsInput& in = a.input;
  ordered_json d;
  d["threads"] = in.threads;
  d["wall"] = round3(in.wall_ms);
  d["stage_names"] = ordered_json::array();
  d["stage_colors"] = ordered_json::array();
  for (unsigned s = 0; s < kTimingStageCount; ++s) {
    d["stage_names"].push_back(timing_stage_name(static_cast<TimingStage>(s)));
    d["stage_colors"].push_back(kStageColors[s]);
  }
  d["critical_color"] = kCriticalColor;
  d["crates"] = ordered_json::array();
  for (const TimingCrate& crate : in.crates) d["crates"].push_back(crate.name);
  d["path"] = a.critical_path;
  d["bars"] = ordered_json::array();
  for (const TimingBar& b : in.bars) {
    d["bars"].push_back({b.crate, static_cast<unsigned>(b.stage), b.lane, round3(b.start_ms), round3(b.end_ms)});
  }
  std::vector<std::string> kinds = mark_kinds(in);
  d["mark_kinds"] = kinds;
  d["mark_colors"] = ordered_json::array();
  for (size_t k = 0; k < kinds.size(); ++k) d["mark_colors"].push_back(mark_color(k));
  d["marks"] = ordered_json::array();
  for (const TimingMark& m : in.marks) {
    auto kind = static_cast<size_t>(std::find(kinds.begin(), kinds.end(), m.what) - kinds.begin());
    d["marks"].push_back({m.crate, kind, round3(m.at_ms)});
  }
  return d;
}

constexpr const char* kStyle = R"CSS(
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 16px 24px; color: #222; }
h1 { font-size: 20px; margin: 0 0 2px; }
h2 { font-size: 16px; margin: 20px 0 6px; }
.command { color: #666; font-family: ui-monospace, monospace; font-size: 12px; word-break: break-all; }
dl.totals { display: flex; flex-wrap: wrap; gap: 6px 28px; margin: 12px 0; }
dl.totals div { display: flex; flex-direction: column; }
dl.totals dt { color: #666; font-size: 12px; }
dl.totals dd { margin: 0; font-size: 18px; font-variant-numeric: tabular-nums; }
.summary { max-width: 70em; background: #f4f6f9; border-left: 4px solid #4e79a7; padding: 8px 12px; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: center; font-size: 12px; margin: 6px 0; }
.swatch { display: inline-block; width: 14px; height: 10px; margin-right: 4px; vertical-align: -1px; }
.outline { background: none !important; border: 2px solid; box-sizing: border-box; }
.tick { display: inline-block; width: 3px; height: 12px; margin-right: 4px; vertical-align: -2px; }
.controls button { font: inherit; font-size: 12px; padding: 1px 8px; }
#scroll { overflow-x: auto; border: 1px solid #ddd; }
#scroll canvas { display: block; }
#tip { position: absolute; display: none; pointer-events: none; white-space: pre; background: #222; color: #fff;
  font-size: 12px; padding: 4px 8px; border-radius: 3px; z-index: 10; }
table { border-collapse: collapse; font-size: 12px; font-variant-numeric: tabular-nums; }
th, td { padding: 2px 8px; border-bottom: 1px solid #eee; text-align: left; white-space: nowrap; }
th { position: sticky; top: 0; background: #fafafa; cursor: pointer; user-select: none; }
td.num, th.num { text-align: right; }
tr.critical td:first-child { font-weight: 600; }
tr.critical td:first-child::before { content: "◆ "; color: #d62728; }
tr.selected td { background: #fff3c4; }
tbody tr:hover td { background: #f2f2f2; cursor: pointer; }
.badge { font-size: 10px; color: #fff; background: #888; border-radius: 3px; padding: 0 4px; margin-left: 4px; }
.errors { color: #c00; }
.warnings { color: #a66a00; }
details { margin: 8px 0; }
)CSS";

std::string totals_html(const Analysis& a) {
  const TimingsInput& in = a.input;
  std::vector<std::pair<std::string, std::string>> items = {
      {"wall time", format_ms(in.wall_ms)},
      {"threads", std::to_string(in.threads)},
      {"crates", std::to_string(in.crates.size()) + " (" + std::to_string(a.roots) + " root, " +
                     std::to_string(a.cached_crates) + " cached)"},
      {"lines", std::to_string(a.lines)},
  };
  for (unsigned s = 0; s < kTimingStageCount; ++s) {
    items.emplace_back(std::string(timing_stage_name(static_cast<TimingStage>(s))) + " busy", format_ms(a.busy[s]));
  }
  items.emplace_back("busy in total", format_ms(a.total_busy));
  items.emplace_back("utilisation", percent(a.total_busy, in.wall_ms * in.threads));
  items.emplace_back("errors / warnings", std::to_string(a.errors) + " / " + std::to_string(a.warnings));
  std::string html = "<dl class=\"totals\">\n";
  for (const auto& [name, value] : items)
    html += "<div><dt>" + name + "</dt><dd>" + html_escape(value) + "</dd></div>\n";
  return html + "</dl>\n";
}

std::string legend_html(const TimingsInput& in) {
  std::string html = "<div class=\"legend\">\n";
  for (unsigned s = 0; s < kTimingStageCount; ++s) {
    html += std::string("<span><span class=\"swatch\" style=\"background:") + kStageColors[s] + "\"></span>" +
            timing_stage_name(static_cast<TimingStage>(s)) + "</span>\n";
  }
  html += std::string("<span><span class=\"swatch outline\" style=\"border-color:") + kCriticalColor +
          "\"></span>critical path</span>\n";
  html += "<span><span class=\"swatch outline\" style=\"border-color:#111\"></span>selected crate</span>\n";
  std::vector<std::string> kinds = mark_kinds(in);
  for (size_t k = 0; k < kinds.size(); ++k) {
    html += std::string("<span><span class=\"tick\" style=\"background:") + mark_color(k) + "\"></span>" +
            html_escape(kinds[k]) + "</span>\n";
  }
  html +=
      "<span class=\"controls\">zoom <button id=\"zoom-out\">−</button> <button id=\"zoom-fit\">fit</button> "
      "<button id=\"zoom-in\">+</button></span>\n";
  return html + "</div>\n";
}

std::string critical_path_html(const Analysis& a) {
  if (a.critical_path.empty()) return "";
  std::string html = "<details><summary>Critical path: " + std::to_string(a.critical_path.size()) +
                     " crates, the deepest dependency first</summary>\n<ol>\n";
  for (uint32_t c : a.critical_path) {
    const CrateStats& s = a.crates[c];
    html += "<li>" + html_escape(a.input.crates[c].name) + " — " + format_ms(s.start_ms) + " to " +
            format_ms(s.end_ms) + ", " + format_ms(s.total_busy()) + " busy</li>\n";
  }
  return html + "</ol>\n</details>\n";
}

std::string cell(const std::string& text, bool numeric) {
  return std::string(numeric ? "<td class=\"num\">" : "<td>") + text + "</td>";
}

std::string crate_row_html(const Analysis& a, uint32_t c) {
  const TimingCrate& crate = a.input.crates[c];
  const CrateStats& s = a.crates[c];
  auto ms = [&](double v) { return cell(s.ran ? format_fixed(v, 1) : "—", true); };
  std::string name = html_escape(crate.name) + (crate.is_root ? "<span class=\"badge\">root</span>" : "");
  std::string row = std::string("<tr data-crate=\"") + std::to_string(c) + "\"" +
                    (a.on_critical_path[c] ? " class=\"critical\"" : "") + ">" + cell(name, false) +
                    cell(html_escape(crate.kind), false) + cell(std::to_string(crate.lines), true);
  for (double busy : s.busy) row += ms(busy);
  row += ms(s.total_busy()) + ms(s.start_ms) + ms(s.end_ms) + ms(s.waited_ms);
  row +=
      std::string("<td class=\"num") + (crate.errors ? " errors" : "") + "\">" + std::to_string(crate.errors) + "</td>";
  row += std::string("<td class=\"num") + (crate.warnings ? " warnings" : "") + "\">" + std::to_string(crate.warnings) +
         "</td>";
  return row + "</tr>\n";
}

// Sorted by busy time, the most expensive first; the page's script re-sorts
// on a click on a column's header.
std::string crate_table_html(const Analysis& a) {
  std::vector<uint32_t> order(a.crates.size());
  for (uint32_t c = 0; c < order.size(); ++c) order[c] = c;
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t x, uint32_t y) { return a.crates[x].total_busy() > a.crates[y].total_busy(); });
  std::string html =
      "<table id=\"crates\">\n<thead><tr><th>crate</th><th>kind</th><th class=\"num\">lines</th>"
      "<th class=\"num\">parse ms</th><th class=\"num\">interface ms</th><th class=\"num\">check ms</th>"
      "<th class=\"num\">cached ms</th><th class=\"num\">busy ms</th><th class=\"num\">start ms</th>"
      "<th class=\"num\">end ms</th><th class=\"num\" title=\"idle between its first bar and its last dependency's "
      "end\">waited ms</th><th class=\"num\">errors</th><th class=\"num\">warnings</th></tr></thead>\n<tbody>\n";
  for (uint32_t c : order) html += crate_row_html(a, c);
  return html + "</tbody>\n</table>\n";
}

// Draws the timeline and the concurrency chart from the data block, and makes
// the table sortable. It only writes user strings through textContent.
constexpr const char* kScript = R"JS(
(function () {
  'use strict';
  const D = JSON.parse(document.getElementById('timings-data').textContent);
  // Marks get a thin row per kind (up to six), so a rare kind is not buried
  // under a frequent one.
  const MARK_ROWS = Math.min(6, Math.max(1, D.mark_kinds.length)), MARK_ROW_H = 7;
  const LABEL_W = 70, AXIS_H = 18, MARK_H = MARK_ROWS * MARK_ROW_H + 4, LANE_H = 22, CONC_H = 60, GAP = 10;
  const lanes = Math.max(1, D.threads), wall = Math.max(D.wall, 0.001);
  const scroller = document.getElementById('scroll');
  const canvas = document.getElementById('timeline'), tip = document.getElementById('tip');
  const lanesTop = AXIS_H + MARK_H, concTop = lanesTop + lanes * LANE_H + GAP;
  const height = concTop + CONC_H + AXIS_H;
  const onPath = new Uint8Array(D.crates.length);
  D.path.forEach(c => { onPath[c] = 1; });
  const byLane = Array.from({length: lanes}, () => []);
  const byCrate = Array.from({length: D.crates.length}, () => []);
  D.bars.forEach(b => { byLane[b[2]].push(b); byCrate[b[0]].push(b); });
  const steps = concurrencySteps();
  const nameWidth = new Float32Array(D.crates.length).fill(-1);
  const base = document.createElement('canvas');
  let zoom = 1, selected = -1, hovered = -1, plotW = 0, baseKey = '';

  function fmt(ms) {
    if (ms < 1) return ms.toFixed(2) + ' ms';
    if (ms < 100) return ms.toFixed(1) + ' ms';
    if (ms < 1000) return ms.toFixed(0) + ' ms';
    if (ms < 10000) return (ms / 1000).toFixed(2) + ' s';
    return (ms / 1000).toFixed(1) + ' s';
  }
  function x(t) { return LABEL_W + t / wall * plotW; }
  function timeAt(px) { return (px - LABEL_W) / plotW * wall; }

  // [time, busy lanes] at every change; a lane is busy while any bar runs on it.
  function concurrencySteps() {
    const ev = [];
    D.bars.forEach(b => { if (b[4] > b[3]) { ev.push([b[3], b[2], 1]); ev.push([b[4], b[2], -1]); } });
    ev.sort((p, q) => p[0] - q[0]);
    const running = new Int32Array(lanes), out = [[0, 0]];
    let busy = 0;
    for (let i = 0; i < ev.length;) {
      const t = ev[i][0];
      for (; i < ev.length && ev[i][0] === t; i++) {
        const lane = ev[i][1], was = running[lane] > 0;
        running[lane] += ev[i][2];
        busy += (running[lane] > 0 ? 1 : 0) - (was ? 1 : 0);
      }
      if (out[out.length - 1][0] === t) out[out.length - 1][1] = busy;
      else if (out[out.length - 1][1] !== busy) out.push([t, busy]);
    }
    return out;
  }

  function tickStep() {
    const raw = wall * 90 / plotW, p = Math.pow(10, Math.floor(Math.log10(raw)));
    for (const m of [1, 2, 5]) if (m * p >= raw) return m * p;
    return 10 * p;
  }
  function drawGrid(ctx) {
    const step = tickStep();
    ctx.fillStyle = '#555'; ctx.strokeStyle = '#e4e4e4'; ctx.lineWidth = 1;
    for (let t = 0; t <= wall + step / 1000; t += step) {
      const px = Math.round(x(t)) + 0.5;
      ctx.beginPath(); ctx.moveTo(px, AXIS_H - 4); ctx.lineTo(px, concTop + CONC_H); ctx.stroke();
      ctx.fillText(fmt(t), px + 2, 11);
      ctx.fillText(fmt(t), px + 2, concTop + CONC_H + 13);
    }
  }
  function barBox(b) {
    const x0 = x(b[3]), w = Math.max(b[1] === 3 ? 2 : 1, x(b[4]) - x0);
    return [x0, lanesTop + b[2] * LANE_H + 3, w, LANE_H - 6];
  }
  function drawBars(ctx) {
    for (const b of D.bars) {
      const [bx, by, bw, bh] = barBox(b);
      ctx.fillStyle = D.stage_colors[b[1]]; ctx.fillRect(bx, by, bw, bh);
      if (bw < 30) continue;
      const name = D.crates[b[0]];
      if (nameWidth[b[0]] < 0) nameWidth[b[0]] = ctx.measureText(name).width;
      if (nameWidth[b[0]] + 6 <= bw) { ctx.fillStyle = '#fff'; ctx.fillText(name, bx + 3, by + bh - 4); }
    }
  }
  // An outline, and a strip in the lane's bottom gap: a bar a few pixels wide
  // would be all outline and lose its stage's colour, so it gets the strip only.
  function outline(ctx, bars, color, width) {
    ctx.strokeStyle = color; ctx.fillStyle = color; ctx.lineWidth = width;
    for (const b of bars) {
      const [bx, by, bw, bh] = barBox(b);
      ctx.fillRect(bx, by + bh + 0.5, bw, 2);
      if (bw >= 6) ctx.strokeRect(bx, by, bw, bh);
    }
  }
  function markRowTop(m) { return AXIS_H + 2 + (m[1] % MARK_ROWS) * MARK_ROW_H; }
  function drawMarkTicks(ctx) {
    for (const m of D.marks) {
      ctx.fillStyle = D.mark_colors[m[1]];
      ctx.fillRect(x(m[2]) - 1, markRowTop(m), 2, MARK_ROW_H - 1);
    }
  }
  // Only the focused crate's marks get a line through the lanes: a line for
  // every mark would bury the bars.
  function drawFocusMarks(ctx, focus) {
    ctx.lineWidth = 1;
    for (const m of D.marks) {
      if (m[0] !== focus) continue;
      const px = Math.round(x(m[2])) + 0.5;
      ctx.strokeStyle = D.mark_colors[m[1]];
      ctx.beginPath(); ctx.moveTo(px, lanesTop); ctx.lineTo(px, lanesTop + lanes * LANE_H); ctx.stroke();
    }
  }
  // The average number of busy lanes in each pixel column: drawing every
  // step would show the busiest instant of a column, not what it averaged.
  function drawConcurrency(ctx) {
    ctx.fillStyle = '#fafafa'; ctx.fillRect(LABEL_W, concTop, plotW, CONC_H);
    const columns = Math.max(1, Math.ceil(plotW)), perColumn = wall / columns, area = new Float64Array(columns);
    for (let i = 0; i < steps.length; i++) {
      const busy = steps[i][1], end = i + 1 < steps.length ? steps[i + 1][0] : wall;
      for (let t = steps[i][0]; busy > 0 && t < end;) {
        const column = Math.min(columns - 1, Math.floor(t / perColumn));
        const edge = Math.min(end, (column + 1) * perColumn);
        if (edge <= t) break;
        area[column] += (edge - t) * busy;
        t = edge;
      }
    }
    ctx.fillStyle = '#4e79a7';
    for (let c = 0; c < columns; c++) {
      const h = area[c] / perColumn / lanes * CONC_H;
      if (h > 0) ctx.fillRect(LABEL_W + c * plotW / columns, concTop + CONC_H - h, plotW / columns + 0.3, h);
    }
    ctx.fillStyle = '#333';
    ctx.fillText('busy', 4, concTop + 12); ctx.fillText(lanes + ' max', 4, concTop + 26);
  }

  // Everything but the focused crate, drawn once per zoom and size into an
  // offscreen canvas, so hovering only copies it and outlines one crate.
  function drawBase(ratio, width) {
    base.width = Math.ceil(width * ratio); base.height = Math.ceil(height * ratio);
    const ctx = base.getContext('2d');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.font = '11px system-ui, sans-serif';
    for (let l = 0; l < lanes; l++) {
      ctx.fillStyle = l % 2 ? '#f5f5f5' : '#fff'; ctx.fillRect(LABEL_W, lanesTop + l * LANE_H, plotW, LANE_H);
      ctx.fillStyle = '#333'; ctx.fillText('thread ' + l, 4, lanesTop + l * LANE_H + 15);
    }
    ctx.fillText('marks', 4, lanesTop - 2);
    drawConcurrency(ctx);
    drawGrid(ctx);
    drawBars(ctx);
    outline(ctx, D.bars.filter(b => onPath[b[0]]), D.critical_color, 1.5);
    drawMarkTicks(ctx);
  }
  function draw() {
    const ratio = window.devicePixelRatio || 1;
    plotW = Math.max(200, (scroller.clientWidth - LABEL_W - 12) * zoom);
    plotW = Math.min(plotW, 32000 / ratio - LABEL_W - 12);
    const width = LABEL_W + plotW + 12, key = plotW + ' ' + ratio;
    if (key !== baseKey) {
      baseKey = key;
      drawBase(ratio, width);
      canvas.width = base.width; canvas.height = base.height;
      canvas.style.width = width + 'px'; canvas.style.height = height + 'px';
    }
    const ctx = canvas.getContext('2d');
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(base, 0, 0);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const focus = hovered >= 0 ? hovered : selected;
    if (focus >= 0 && focus < byCrate.length) {
      outline(ctx, byCrate[focus], '#111', 2);
      drawFocusMarks(ctx, focus);
    }
  }

  function barAt(px, py) {
    const lane = Math.floor((py - lanesTop) / LANE_H);
    if (lane < 0 || lane >= lanes) return null;
    const t = timeAt(px), slack = 3 / plotW * wall;
    let best = null, bestDistance = Infinity;
    for (const b of byLane[lane]) {
      const d = t < b[3] ? b[3] - t : t > b[4] ? t - b[4] : 0;
      if (d <= slack && d < bestDistance) { best = b; bestDistance = d; }
    }
    return best;
  }
  function marksAt(px, py) {
    const slack = 3 / plotW * wall, t = timeAt(px);
    return D.marks.filter(m => Math.abs(m[2] - t) <= slack && py >= markRowTop(m) && py < markRowTop(m) + MARK_ROW_H);
  }
  function busyAt(t) {
    let lo = 0, hi = steps.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (steps[mid][0] <= t) lo = mid; else hi = mid - 1; }
    return steps[lo][1];
  }
  function describe(px, py) {
    if (px < LABEL_W || px > LABEL_W + plotW) return null;
    if (py >= AXIS_H && py < lanesTop) {
      const ms = marksAt(px, py).slice(0, 8);
      return ms.length ? ms.map(m => D.mark_kinds[m[1]] + ': ' + D.crates[m[0]] + ' at ' + fmt(m[2])).join('\n') : null;
    }
    if (py >= concTop && py < concTop + CONC_H) {
      const t = timeAt(px);
      return busyAt(t) + ' of ' + lanes + ' threads busy at ' + fmt(t);
    }
    const b = barAt(px, py);
    if (!b) return null;
    return D.crates[b[0]] + '\n' + D.stage_names[b[1]] + ' on thread ' + b[2] + '\nstart ' + fmt(b[3]) +
        ', duration ' + fmt(b[4] - b[3]) + ', end ' + fmt(b[4]) + (onPath[b[0]] ? '\non the critical path' : '');
  }
  canvas.addEventListener('mousemove', ev => {
    const r = canvas.getBoundingClientRect(), px = ev.clientX - r.left, py = ev.clientY - r.top;
    const text = describe(px, py);
    tip.style.display = text ? 'block' : 'none';
    if (text) {
      tip.textContent = text;
      tip.style.left = (ev.pageX + 14) + 'px'; tip.style.top = (ev.pageY + 14) + 'px';
    }
    const b = barAt(px, py), h = b ? b[0] : -1;
    if (h !== hovered) { hovered = h; draw(); }
  });
  canvas.addEventListener('mouseleave', () => {
    tip.style.display = 'none';
    if (hovered >= 0) { hovered = -1; draw(); }
  });
  canvas.addEventListener('click', ev => {
    const r = canvas.getBoundingClientRect(), b = barAt(ev.clientX - r.left, ev.clientY - r.top);
    select(b ? b[0] : -1, false);
  });

  function select(crate, scrollTimeline) {
    selected = crate;
    document.querySelectorAll('#crates tr.selected').forEach(tr => tr.classList.remove('selected'));
    const row = document.querySelector('#crates tr[data-crate="' + crate + '"]');
    if (row) row.classList.add('selected');
    if (scrollTimeline && byCrate[crate] && byCrate[crate].length) {
      scroller.scrollLeft = Math.max(0, x(byCrate[crate].reduce((t, b) => Math.min(t, b[3]), wall)) - 100);
      scroller.scrollIntoView({block: 'nearest'});
    }
    draw();
  }
  function setZoom(z) {
    const centre = (scroller.scrollLeft + scroller.clientWidth / 2 - LABEL_W) / plotW;
    zoom = Math.min(Math.max(z, 1), 512);
    draw();
    scroller.scrollLeft = centre * plotW + LABEL_W - scroller.clientWidth / 2;
  }
  document.getElementById('zoom-in').addEventListener('click', () => setZoom(zoom * 2));
  document.getElementById('zoom-out').addEventListener('click', () => setZoom(zoom / 2));
  document.getElementById('zoom-fit').addEventListener('click', () => setZoom(1));
  window.addEventListener('resize', draw);

  const table = document.getElementById('crates');
  table.querySelector('tbody').addEventListener('click', ev => {
    const tr = ev.target.closest('tr');
    if (tr) select(Number(tr.dataset.crate), true);
  });
  table.querySelectorAll('th').forEach((th, column) => {
    let descending = false;
    th.addEventListener('click', () => {
      descending = !descending;
      const numeric = th.classList.contains('num'), body = table.querySelector('tbody');
      const key = tr => { const s = tr.children[column].textContent; return numeric ? (parseFloat(s) || 0) : s; };
      const rows = Array.from(body.rows).sort((p, q) => {
        const a = key(p), b = key(q), c = a < b ? -1 : a > b ? 1 : 0;
        return descending ? -c : c;
      });
      rows.forEach(r => body.appendChild(r));
    });
  });
  draw();
})();
)JS";

std::string page_head(const TimingsInput& in) {
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>sluice timings: " +
         html_escape(in.title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
}

std::string page_header(const TimingsInput& in) {
  std::string html = "<h1>sluice check timings: " + html_escape(in.title) + "</h1>\n";
  std::string about = in.command_line;
  if (!in.sluice_version.empty()) about += (about.empty() ? "sluice " : " · sluice ") + in.sluice_version;
  if (!about.empty()) html += "<div class=\"command\">" + html_escape(about) + "</div>\n";
  return html;
}

}  // namespace

const char* timing_stage_name(TimingStage stage) {
  switch (stage) {
    case TimingStage::Parse: return "parse";
    case TimingStage::Interface: return "interface";
    case TimingStage::Check: return "check";
    case TimingStage::Cached: return "cached";
  }
  return "check";
}

std::vector<uint32_t> critical_path(const TimingsInput& input) { return analyze(input).critical_path; }

std::string timings_summary(const TimingsInput& input) { return summary_of(analyze(input)); }

std::string render_timings_json(const TimingsInput& input) {
  Analysis a = analyze(input);
  const TimingsInput& in = a.input;
  ordered_json j;
  j["version"] = 1;
  j["title"] = in.title;
  j["sluice_version"] = in.sluice_version;
  j["command_line"] = in.command_line;
  j["threads"] = in.threads;
  j["wall_ms"] = round3(in.wall_ms);
  j["busy_ms"] = stage_times_json(a.busy);
  j["utilisation"] = in.wall_ms > 0 ? round3(a.total_busy / (in.wall_ms * in.threads)) : 0.0;
  j["crates"] = ordered_json::array();
  for (uint32_t c = 0; c < in.crates.size(); ++c) j["crates"].push_back(crate_json(a, c));
  j["bars"] = bars_json(in);
  j["marks"] = marks_json(in);
  j["critical_path"] = a.critical_path;
  return dump(j, 1) + "\n";
}

std::string render_timings_html(const TimingsInput& input) {
  Analysis a = analyze(input);
  std::string html = page_head(a.input) + page_header(a.input) + totals_html(a);
  html += "<p class=\"summary\">" + html_escape(summary_of(a)) + "</p>\n";
  html += "<h2>Timeline</h2>\n" + legend_html(a.input);
  html += "<div id=\"scroll\"><canvas id=\"timeline\"></canvas></div>\n";
  html += "<noscript><p>The timeline needs JavaScript; the totals and the table do not.</p></noscript>\n";
  html += "<div id=\"tip\"></div>\n";
  html += critical_path_html(a);
  html += "<h2>Crates</h2>\n" + crate_table_html(a);
  html += "<script type=\"application/json\" id=\"timings-data\">" + script_safe_json(page_data(a)) + "</script>\n";
  html += std::string("<script>") + kScript + "</script>\n</body>\n</html>\n";
  return html;
}

}  // namespace sluice
