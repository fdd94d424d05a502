// The `--timings` report (server/output/timings.h): the critical path on
// hand-built graphs, the JSON document's shape and numbers, the summary in
// words, HTML escaping of user strings, and malformed input. Expected values
// are worked out by hand in each case's comment.
//
// `timings_test "[.sample]"` writes /tmp/timings-sample.html from synthetic
// data (50 crates, 2 threads) for a person to look at.
#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>

#include "server/output/timings.h"
#include "tests/unit/test_support.h"

using namespace sluice;

namespace {

TimingCrate crate(std::string name, std::vector<uint32_t> dependencies = {}, std::string kind = "lib") {
  TimingCrate c;
  c.name = std::move(name);
  c.kind = std::move(kind);
  c.dependencies = std::move(dependencies);
  return c;
}

TimingBar bar(uint32_t crate, TimingStage stage, uint32_t lane, double start, double end) {
  return TimingBar{crate, stage, lane, start, end};
}

// a (lib) <- b (bin, root) on two threads, 40 ms:
//   lane 0: a parse 0-10, a interface 10-20, a check 20-30, b check 30-35
//   lane 1: b parse 0-5, b interface 20-25, b check 25-40
// Busy: parse 15, interface 15, check 30 (total 60); utilisation 60/80.
// Both lanes busy 0-5 and 20-35 (20 ms); one lane 5-20 and 35-40 (20 ms).
// b waits for a until 30: in 0-30 it runs 0-5, 20-30, so it waited 15.
TimingsInput two_crates() {
  TimingsInput in;
  in.title = "demo";
  in.threads = 2;
  in.wall_ms = 40;
  in.crates = {crate("a"), crate("b", {0}, "bin")};
  in.crates[1].is_root = true;
  in.crates[1].lines = 120;
  in.crates[1].errors = 1;
  in.crates[0].lines = 300;
  in.crates[0].warnings = 2;
  in.bars = {bar(0, TimingStage::Parse, 0, 0, 10),      bar(1, TimingStage::Parse, 1, 0, 5),
             bar(0, TimingStage::Interface, 0, 10, 20), bar(0, TimingStage::Check, 0, 20, 30),
             bar(1, TimingStage::Interface, 1, 20, 25), bar(1, TimingStage::Check, 1, 25, 40),
             bar(1, TimingStage::Check, 0, 30, 35)};
  in.marks = {TimingMark{1, "first diagnostic", 3.5}, TimingMark{0, "settled", 20}};
  in.sluice_version = "0.1.0";
  in.command_line = "sluice check --timings";
  return in;
}

// One bar per crate on lane 0, ending at `ends[c]`.
TimingsInput with_ends(std::vector<TimingCrate> crates, const std::vector<double>& ends) {
  TimingsInput in;
  in.crates = std::move(crates);
  for (uint32_t c = 0; c < ends.size(); ++c) in.bars.push_back(bar(c, TimingStage::Check, 0, ends[c] - 5, ends[c]));
  return in;
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("critical path of a chain is the whole chain, deepest first", "[timings]") {
  // c -> b -> a, finishing at 10, 20, 30.
  auto in = with_ends({crate("a"), crate("b", {0}), crate("c", {1})}, {10, 20, 30});
  CHECK(critical_path(in) == std::vector<uint32_t>{0, 1, 2});
}

TEST_CASE("critical path of a diamond goes through the later branch", "[timings]") {
  // d -> {b, c} -> a. a ends 10; d ends 40 and is last.
  auto diamond = [](double b_end, double c_end) {
    return with_ends({crate("a"), crate("b", {0}), crate("c", {0}), crate("d", {1, 2})}, {10, b_end, c_end, 40});
  };
  CHECK(critical_path(diamond(25, 18)) == std::vector<uint32_t>{0, 1, 3});
  CHECK(critical_path(diamond(18, 25)) == std::vector<uint32_t>{0, 2, 3});
  // A tie goes to the lower index.
  CHECK(critical_path(diamond(25, 25)) == std::vector<uint32_t>{0, 1, 3});
}

TEST_CASE("critical path of independent crates is the one that finished last", "[timings]") {
  auto in = with_ends({crate("x"), crate("y"), crate("z")}, {10, 30, 20});
  CHECK(critical_path(in) == std::vector<uint32_t>{1});
}

TEST_CASE("critical path skips dependencies that never ran and stops on cycles", "[timings]") {
  // b depends on a, which has no bar: the path is b alone.
  TimingsInput unrun;
  unrun.crates = {crate("a"), crate("b", {0})};
  unrun.bars = {bar(1, TimingStage::Check, 0, 0, 5)};
  CHECK(critical_path(unrun) == std::vector<uint32_t>{1});
  // a <-> b, a ends last: a, then b, then a again is refused.
  auto cycle = with_ends({crate("a", {1}), crate("b", {0})}, {20, 10});
  CHECK(critical_path(cycle) == std::vector<uint32_t>{1, 0});
}

TEST_CASE("critical path ends at a root re-checked after its dependency settled", "[timings]") {
  // Root r starts at once (0-5), waits for l (0-25), is checked again 30-35.
  TimingsInput in;
  in.threads = 2;
  in.crates = {crate("r", {1}, "bin"), crate("l")};
  in.bars = {bar(0, TimingStage::Check, 0, 0, 5), bar(1, TimingStage::Interface, 1, 0, 25),
             bar(0, TimingStage::Check, 0, 30, 35)};
  CHECK(critical_path(in) == std::vector<uint32_t>{1, 0});
}

TEST_CASE("summary says where the time went", "[timings]") {
  // Shares: check 30/60, parse 15/60, interface 15/60 (a tie keeps stage order).
  // a and b are both 30 ms busy: the first wins.
  CHECK(timings_summary(two_crates()) ==
        "50% of busy time went to check, 25% to parse and 25% to interface. "
        "The 2 threads were busy 75% of the time; all at once for 50% of the run, one or none for 50%. "
        "Critical path (2 crates): a → b, at work for 40.0 ms of the 40.0 ms wall (100%). "
        "The dependency chain was the limit: more threads would not help, faster crates on the critical path would. "
        "Most expensive crate: a, 30.0 ms busy (50% of all busy time).");
}

TEST_CASE("JSON has the documented keys in order and the computed numbers", "[timings]") {
  auto j = nlohmann::ordered_json::parse(render_timings_json(two_crates()));
  std::vector<std::string> keys;
  for (auto& [key, value] : j.items()) keys.push_back(key);
  CHECK(keys == std::vector<std::string>{"version", "title", "sluice_version", "command_line", "threads", "wall_ms",
                                         "busy_ms", "utilisation", "crates", "bars", "marks", "critical_path"});
  CHECK(j["version"] == 1);
  CHECK(j["title"] == "demo");
  CHECK(j["threads"] == 2);
  CHECK(j["wall_ms"] == 40.0);
  CHECK(j["busy_ms"]["check"] == 30.0);
  CHECK(j["utilisation"] == 0.75);
  REQUIRE(j["crates"].size() == 2);
  const auto& b = j["crates"][1];
  keys.clear();
  for (auto& [key, value] : b.items()) keys.push_back(key);
  CHECK(keys == std::vector<std::string>{"name", "kind", "dependencies", "is_root", "lines", "errors", "warnings",
                                         "busy_ms", "start_ms", "end_ms", "waited_ms"});
  CHECK(b["name"] == "b");
  CHECK(b["kind"] == "bin");
  CHECK(b["dependencies"] == nlohmann::ordered_json::array({0}));
  CHECK(b["is_root"] == true);
  CHECK(b["lines"] == 120);
  CHECK(b["errors"] == 1);
  CHECK(b["busy_ms"]["parse"] == 5.0);
  CHECK(b["busy_ms"]["interface"] == 5.0);
  CHECK(b["busy_ms"]["check"] == 20.0);
  CHECK(b["start_ms"] == 0.0);
  CHECK(b["end_ms"] == 40.0);
  CHECK(b["waited_ms"] == 15.0);
  CHECK(j["crates"][0]["waited_ms"] == 0.0);
  REQUIRE(j["bars"].size() == 7);
  CHECK(j["bars"][2] ==
        nlohmann::ordered_json::parse(R"({"crate":0,"stage":"interface","lane":0,"start_ms":10.0,"end_ms":20.0})"));
  CHECK(j["marks"][0] == nlohmann::ordered_json::parse(R"({"crate":1,"what":"first diagnostic","at_ms":3.5})"));
  CHECK(j["critical_path"] == nlohmann::ordered_json::array({0, 1}));
}

TEST_CASE("JSON rounds to 3 decimals and reports a crate that never ran with null times", "[timings]") {
  TimingsInput in;
  in.crates = {crate("ran"), crate("idle")};
  in.bars = {bar(0, TimingStage::Parse, 0, 0.0004, 1.23456)};
  auto j = nlohmann::json::parse(render_timings_json(in));
  CHECK(j["bars"][0]["start_ms"] == 0.0);
  CHECK(j["bars"][0]["end_ms"] == 1.235);
  CHECK(j["wall_ms"] == 1.235);  // the wall grows to the last bar's end
  CHECK(j["crates"][1]["start_ms"].is_null());
  CHECK(j["crates"][1]["end_ms"].is_null());
}

TEST_CASE("JSON golden", "[timings]") {
  std::string actual = render_timings_json(two_crates());
  auto golden = testing::source_dir() / "tests/golden/timings/two_crates.json";
  std::string difference = testing::check_golden(golden, actual);
  INFO(difference);
  CHECK(difference.empty());
}

TEST_CASE("HTML escapes every user string", "[timings]") {
  TimingsInput in = two_crates();
  in.title = "</title><script>alert(2)</script>";
  in.crates[0].name = "<script>alert(1)</script>";
  in.crates[1].kind = "<b>bin</b>";
  in.marks[0].what = "<img src=x onerror=alert(3)>";
  in.command_line = "sluice \"check\" & 'co'";
  std::string html = render_timings_html(in);
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<b>bin") == std::string::npos);
  CHECK(html.find("</title><script>") == std::string::npos);
  // As HTML text, and inside the data block as \u escapes.
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find(R"(\u003cscript\u003ealert(1)\u003c/script\u003e)") != std::string::npos);
  CHECK(html.find("sluice &quot;check&quot; &amp; &#39;co&#39;") != std::string::npos);
  // Only the page's own two script blocks.
  CHECK(count(html, "<script") == 2);
  CHECK(count(html, "</script") == 2);
}

TEST_CASE("HTML shows totals, summary, legend, table and data", "[timings]") {
  std::string html = render_timings_html(two_crates());
  CHECK(html.starts_with("<!DOCTYPE html>"));
  CHECK(html.find("http") == std::string::npos);  // self-contained: nothing fetched
  CHECK(html.find("<dt>utilisation</dt><dd>75%</dd>") != std::string::npos);
  CHECK(html.find("<dt>wall time</dt><dd>40.0 ms</dd>") != std::string::npos);
  CHECK(html.find("Critical path (2 crates): a → b") != std::string::npos);
  CHECK(html.find("first diagnostic") != std::string::npos);
  // The table: sorted by busy time, both 30 ms, so a first; both on the path.
  size_t row_a = html.find("<tr data-crate=\"0\" class=\"critical\">");
  size_t row_b = html.find("<tr data-crate=\"1\" class=\"critical\">");
  CHECK(row_a != std::string::npos);
  CHECK(row_b != std::string::npos);
  CHECK(row_a < row_b);
  CHECK(html.find(R"("bars":[[0,0,0,0.0,10.0],)") != std::string::npos);
}

TEST_CASE("empty input renders", "[timings]") {
  TimingsInput in;
  CHECK(critical_path(in).empty());
  CHECK(timings_summary(in) == "No work was recorded.");
  auto j = nlohmann::json::parse(render_timings_json(in));
  CHECK(j["crates"].empty());
  CHECK(j["bars"].empty());
  CHECK(j["critical_path"].empty());
  CHECK(j["utilisation"] == 0.0);
  std::string html = render_timings_html(in);
  CHECK(html.find("No work was recorded.") != std::string::npos);
  CHECK(html.ends_with("</html>\n"));
  // Crates but no bars.
  in.crates = {crate("a")};
  CHECK(render_timings_html(in).find("<tr data-crate=\"0\">") != std::string::npos);
}

TEST_CASE("malformed input is clamped, not trusted", "[timings]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  TimingsInput in;
  in.threads = 0;
  in.wall_ms = -5;
  in.crates = {crate("a", {0, 7, 0}), crate("bad \xff\xfe utf8")};
  in.bars = {bar(0, TimingStage::Check, 9, 20, 10),  // end < start, lane >= threads
             bar(5, TimingStage::Parse, 0, 0, 1),    // unknown crate: dropped
             bar(1, static_cast<TimingStage>(200), 0, nan, std::numeric_limits<double>::infinity())};
  in.marks = {TimingMark{3, "gone", 1}, TimingMark{0, "ok", nan}};
  auto j = nlohmann::json::parse(render_timings_json(in));
  CHECK(j["threads"] == 1);
  CHECK(j["crates"][0]["dependencies"].empty());
  REQUIRE(j["bars"].size() == 2);
  CHECK(j["bars"][0]["lane"] == 0);
  CHECK(j["bars"][0]["start_ms"] == 20.0);
  CHECK(j["bars"][0]["end_ms"] == 20.0);
  CHECK(j["bars"][1]["stage"] == "check");
  CHECK(j["bars"][1]["end_ms"] == 0.0);
  CHECK(j["marks"].size() == 1);
  CHECK(j["wall_ms"] == 20.0);
  CHECK(j["crates"][1]["name"] == "bad \xef\xbf\xbd\xef\xbf\xbd utf8");
  std::string html = render_timings_html(in);
  CHECK(html.ends_with("</html>\n"));
  CHECK(critical_path(in) == std::vector<uint32_t>{0});
}

// Synthetic workspace: crates in layers, each depending on up to three
// earlier crates, scheduled greedily on the threads with parse, interface and
// chunked check bars, some cached, plus marks.
TimingsInput sample_workspace(uint32_t crate_count, unsigned threads) {
  std::mt19937 random(42);
  auto uniform = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(random); };
  TimingsInput in;
  in.title = "sample-workspace";
  in.threads = threads;
  in.sluice_version = "0.1.0";
  in.command_line = "sluice check --timings -j" + std::to_string(threads);
  std::vector<double> done(crate_count, 0), lane_free(threads, 0);
  auto run = [&](uint32_t c, TimingStage stage, double after, double ms) {
    auto lane = static_cast<uint32_t>(std::min_element(lane_free.begin(), lane_free.end()) - lane_free.begin());
    double start = std::max(after, lane_free[lane]) + uniform(0, 0.2);
    in.bars.push_back(bar(c, stage, lane, start, start + ms));
    lane_free[lane] = start + ms;
    return start + ms;
  };
  for (uint32_t c = 0; c < crate_count; ++c) {
    TimingCrate tc =
        crate(c + 1 == crate_count ? "app" : "crate_" + std::to_string(c), {}, c + 3 >= crate_count ? "bin" : "lib");
    for (int d = 0; d < 3 && c > 3; ++d) tc.dependencies.push_back(static_cast<uint32_t>(uniform(c * 0.7, c - 1)));
    tc.lines = static_cast<uint64_t>(uniform(50, 4000));
    tc.warnings = c % 7 == 0 ? 2 : 0;
    tc.is_root = c + 1 == crate_count;
    double ready = 0;
    for (uint32_t d : tc.dependencies) ready = std::max(ready, done[d]);
    if (c % 11 == 5) {
      done[c] = run(c, TimingStage::Cached, ready, 0.2);
    } else {
      run(c, TimingStage::Parse, 0, tc.lines * 0.002);
      double end = run(c, TimingStage::Interface, ready, tc.lines * 0.001);
      done[c] = end;
      for (int chunk = 0; chunk < 1 + static_cast<int>(tc.lines / 125); ++chunk) {
        done[c] = std::max(done[c], run(c, TimingStage::Check, end, 0.5));
      }
      if (c % 9 == 0) in.marks.push_back(TimingMark{c, "first diagnostic", end + 0.5});
      in.marks.push_back(TimingMark{c, "settled", end});
    }
    in.crates.push_back(std::move(tc));
  }
  in.wall_ms = *std::max_element(lane_free.begin(), lane_free.end()) + 0.3;
  return in;
}

TEST_CASE("sample page", "[.sample]") {
  TimingsInput in = sample_workspace(50, 2);
  std::ofstream("/tmp/timings-sample.html") << render_timings_html(in);
  std::ofstream("/tmp/timings-sample.json") << render_timings_json(in);
  std::ofstream("/tmp/timings-empty.html") << render_timings_html(TimingsInput{});
}

// ~1000 crates and ~20k bars on 8 threads, for size and speed.
TEST_CASE("large sample page", "[.sample]") {
  TimingsInput in = sample_workspace(1000, 8);
  std::ofstream("/tmp/timings-large.html") << render_timings_html(in);
  std::ofstream("/tmp/timings-large.json") << render_timings_json(in);
}
