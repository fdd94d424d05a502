#!/usr/bin/env python3
"""Benchmarks `sluice check` against a cold `cargo check` on a generated workspace.

One run measures, on the same workspace (see bench/README.md for what each figure means):
  parse-j1 / parse-j2  sluice check WS --stop-after parse --stats -j1 / -j2   (median of --repeat)
  check-j1 / check     sluice check WS --stats --no-cache [-j1]               (median of --repeat)
  cargo                cargo check --offline with a fresh CARGO_TARGET_DIR    (median of --cargo-repeat)
then prints a table, the per-stage throughput parsed from sluice's `sluice-stats` lines, and
the ratios that the project's targets are stated in. A failing command is reported and the
rest of the run goes on. Standard library only.
"""

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
WORK_DIR = BENCH_DIR / "work"
GENERATOR = BENCH_DIR / "gen_workspace.py"

TARGET_PARSE_LINES_PER_S_PER_CORE = 3_000_000
TARGET_CHECK_SPEEDUP_VS_CARGO = 30.0
TARGET_CHECK_LINES_PER_S_PER_CORE = 1_000_000  # parse + resolve (interface) + check, -j1
STATS_LINE = re.compile(r"^\s*sluice-stats\s+(.*)$")


# --------------------------------------------------------------------------------------------
# Workspace
# --------------------------------------------------------------------------------------------

def generator_digest():
  return hashlib.sha256(GENERATOR.read_bytes()).hexdigest()[:16]


def workspace_key(args):
  key = "ws-l%d-c%s-s%d" % (args.lines, args.crates or "auto", args.seed)
  if args.inject_error:
    key += "-err-%s-%s" % (args.inject_error, args.error_kind)
  return key


def prepare_workspace(args):
  """Returns the workspace to measure, generating it unless an identical one is already there."""
  if args.workspace:
    return Path(args.workspace).resolve()
  ws = WORK_DIR / workspace_key(args)
  stamp = {"generator_sha256": generator_digest(), "lines": args.lines, "crates": args.crates,
           "seed": args.seed, "inject_error": args.inject_error, "error_kind": args.error_kind}
  stamp_file = ws / ".bench-stamp.json"
  if stamp_file.is_file():
    try:
      if json.loads(stamp_file.read_text()) == stamp:
        print("workspace: reusing %s" % ws)
        return ws
    except ValueError:
      pass
  if ws.exists():
    assert WORK_DIR in ws.parents, ws  # never remove anything outside bench/work
    shutil.rmtree(ws)
  cmd = [sys.executable, str(GENERATOR), "--lines", str(args.lines), "--seed", str(args.seed), "--out", str(ws)]
  if args.crates:
    cmd += ["--crates", str(args.crates)]
  if args.inject_error:
    cmd += ["--inject-error", args.inject_error, "--error-kind", args.error_kind]
  start = time.perf_counter()
  subprocess.run(cmd, check=True)
  print("workspace: generated in %.2f s" % (time.perf_counter() - start))
  stamp_file.write_text(json.dumps(stamp, sort_keys=True) + "\n")
  return ws


def measure_workspace(ws):
  """Counts .rs files, lines and bytes ourselves, so throughput exists even without sluice's stats."""
  files = lines = size = 0
  for root, dirs, names in os.walk(ws):
    dirs[:] = sorted(d for d in dirs if d != "target" and not d.startswith("target-") and not d.startswith("."))
    for name in names:
      if name.endswith(".rs"):
        data = (Path(root) / name).read_bytes()
        files += 1
        lines += data.count(b"\n")
        size += len(data)
  info = {"path": str(ws), "rs_files": files, "lines": lines, "bytes": size}
  gen_info = ws / "gen_info.json"
  if gen_info.is_file():
    info["library_crates"] = json.loads(gen_info.read_text()).get("library_crates")
  injected = ws / "injected_error.json"
  if injected.is_file():
    info["injected_error"] = json.loads(injected.read_text())
  return info


# --------------------------------------------------------------------------------------------
# Running commands
# --------------------------------------------------------------------------------------------

def find_gnu_time():
  """GNU time measures a child forked from a small process; see run_measured for why that matters."""
  path = "/usr/bin/time"
  if not os.access(path, os.X_OK):
    return None
  try:
    probe = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=10)
  except (OSError, subprocess.SubprocessError):
    return None
  return path if "GNU" in probe.stdout + probe.stderr else None


GNU_TIME = find_gnu_time()


def run_measured(cmd, cwd=None, env=None, timeout=None):
  """Runs cmd once; wall time, exit code and peak RSS of the child and everything it waited for.

  Peak RSS: Linux keeps a process's RSS high-water mark across exec, so a child forked from
  this Python process never reports less than Python's own RSS (~15 MB). When GNU time is
  installed it forks the child instead, and its %M is the child's (and its reaped
  descendants', e.g. cargo's rustc processes) true peak. Otherwise os.wait4 gives the same
  figure with that floor, and the result says so.
  """
  result = {"cmd": [str(c) for c in cmd], "wall_s": None, "exit_code": None, "peak_rss_kb": None,
            "rss_source": "gnu-time" if GNU_TIME else "wait4 (floored at the harness's own RSS)",
            "stdout": "", "stderr": "", "error": None}
  program = str(cmd[0])
  if shutil.which(program) is None and not (os.path.sep in program and os.access(program, os.X_OK)):
    result["error"] = "cannot start %s: not an executable file" % program
    return result
  with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
       tempfile.NamedTemporaryFile(prefix="bench-rss-") as rss_file:
    full = [GNU_TIME, "-f", "%M", "-o", rss_file.name] + list(cmd) if GNU_TIME else list(cmd)
    start = time.perf_counter()
    try:
      proc = subprocess.Popen(full, cwd=cwd, env=env, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                              start_new_session=True)
    except OSError as e:
      result["error"] = "cannot start %s: %s" % (program, e)
      return result
    timed_out = []

    def kill_group():
      timed_out.append(True)
      try:
        os.killpg(proc.pid, 9)  # the whole session: GNU time and the command under it
      except ProcessLookupError:
        pass

    timer = threading.Timer(timeout, kill_group) if timeout else None
    if timer:
      timer.start()
    _, status, usage = os.wait4(proc.pid, 0)
    result["wall_s"] = time.perf_counter() - start
    if timer:
      timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)  # already reaped: keep Popen from waiting again
    result["exit_code"] = proc.returncode
    result["peak_rss_kb"] = usage.ru_maxrss
    if GNU_TIME:
      report = Path(rss_file.name).read_text(errors="replace").split()
      if report and report[-1].isdigit():
        result["peak_rss_kb"] = int(report[-1])
      signal_match = re.search(r"terminated by signal (\d+)", " ".join(report))
      if signal_match:
        result["exit_code"] = -int(signal_match.group(1))
    out.seek(0)
    err.seek(0)
    result["stdout"] = out.read().decode("utf-8", "replace")
    result["stderr"] = err.read().decode("utf-8", "replace")
  if timed_out:
    result["error"] = "timed out after %s s" % timeout
  elif result["exit_code"] < 0:
    result["error"] = "killed by signal %d" % -result["exit_code"]
  return result


def parse_number(text):
  for convert in (int, float):
    try:
      return convert(text)
    except ValueError:
      pass
  return text


def parse_stats(stderr):
  """Every `sluice-stats key=value ...` line, as {stage: {key: value}}; unknown keys are kept.

  A stage printed twice in one run keeps its last line.
  """
  stages = {}
  for line in stderr.splitlines():
    match = STATS_LINE.match(line)
    if not match:
      continue
    fields = {}
    for token in match.group(1).split():
      if "=" in token:
        key, value = token.split("=", 1)
        fields[key] = value if key == "stage" else parse_number(value)
    if "stage" in fields:
      stages[fields.pop("stage")] = fields
  return stages


def tail(text, count=12):
  lines = text.rstrip("\n").splitlines()
  return "\n".join(("    " + l) for l in lines[-count:])


def run_series(label, cmd, repeat, timeout, accept_exit_codes, cwd=None, env=None, warmup=False, needle=None):
  """Runs cmd `repeat` times; a failing repetition stops the series (the rest of the bench goes on).

  With `needle`, each run records whether its output contains it (`needle_found`).
  """
  print("running %-9s %s" % (label, " ".join(str(c) for c in cmd)), flush=True)
  series = {"label": label, "cmd": [str(c) for c in cmd], "runs": [], "error": None}
  if warmup:
    run_measured(cmd, cwd=cwd, env=env, timeout=timeout)  # warm the page cache; not counted
  for _ in range(repeat):
    run = run_measured(cmd, cwd=cwd, env=env, timeout=timeout)
    if run["error"] is None and run["exit_code"] not in accept_exit_codes:
      run["error"] = "exit code %d" % run["exit_code"]
    if run["error"]:
      series["error"] = run["error"]
      print("  %s FAILED: %s" % (label, run["error"]), flush=True)
      if run["stderr"].strip() or run["stdout"].strip():
        print(tail(run["stdout"] + run["stderr"]), flush=True)
      series["failed_run"] = {k: run[k] for k in ("exit_code", "wall_s", "stdout", "stderr")}
      break
    run["stats"] = parse_stats(run["stderr"])
    if needle is not None:
      run["needle_found"] = needle in run["stdout"] or needle in run["stderr"]
    series["runs"].append(run)
  summarise_series(series)
  return series


def summarise_series(series):
  runs = series["runs"]
  if not runs:
    return
  series["walls_s"] = [r["wall_s"] for r in runs]
  series["median_wall_s"] = statistics.median(series["walls_s"])
  series["peak_rss_kb"] = max(r["peak_rss_kb"] for r in runs)
  series["exit_codes"] = sorted({r["exit_code"] for r in runs})
  stages = {}
  for run in runs:
    for stage, fields in run["stats"].items():
      stages.setdefault(stage, []).append(fields)
  merged = {}
  for stage, samples in stages.items():
    fields = dict(samples[-1])
    walls = [s["wall_ms"] for s in samples if isinstance(s.get("wall_ms"), (int, float))]
    if walls:
      fields["wall_ms"] = statistics.median(walls)
    fields["samples"] = len(samples)
    merged[stage] = fields
  series["stats"] = merged
  for run in runs:  # keep the JSON small: the output of successful runs is not interesting
    run.pop("stdout", None)
    run["stderr_tail"] = run.pop("stderr", "")[-2000:]


# --------------------------------------------------------------------------------------------
# The measurements
# --------------------------------------------------------------------------------------------

def sluice_series(args, ws, needle):
  sluice = str(Path(args.sluice).resolve()) if os.path.sep in args.sluice else args.sluice
  accept = {0, 1}  # 1: sluice found errors, which is still a complete run
  parse = [sluice, "check", str(ws), "--stop-after", "parse", "--stats"]
  # Cold, as cargo's runs are: without it every repetition after the first
  # would reuse the records in target/sluice/meta (bench/incremental.py
  # measures those runs).
  check = [sluice, "check", str(ws), "--stats", "--no-cache"]
  return {
      "parse-j1": run_series("parse-j1", parse + ["-j1"], args.repeat, args.timeout, accept, warmup=True),
      "parse-j2": run_series("parse-j2", parse + ["-j2"], args.repeat, args.timeout, accept),
      "check-j1": run_series("check-j1", check + ["-j1"], args.repeat, args.timeout, accept),
      "check": run_series("check", check, args.repeat, args.timeout, accept, needle=needle),
  }


def cargo_series(args, ws, has_error):
  cargo = shutil.which("cargo") or str(Path.home() / ".cargo/bin/cargo")
  series = {"label": "cargo", "runs": [], "error": None}
  accept = {101} if has_error else {0}
  WORK_DIR.mkdir(parents=True, exist_ok=True)
  for _ in range(args.cargo_repeat):
    target = tempfile.mkdtemp(prefix="cargo-target-", dir=WORK_DIR)
    env = dict(os.environ, CARGO_TARGET_DIR=target, CARGO_TERM_COLOR="never")
    try:
      one = run_series("cargo", [cargo, "check", "--offline"], 1, args.timeout, accept, cwd=str(ws), env=env)
    finally:
      shutil.rmtree(target, ignore_errors=True)
    if one["error"]:
      series.update(error=one["error"], failed_run=one.get("failed_run"))
      break
    series["runs"] += one["runs"]
    series["cmd"] = one["cmd"]
  summarise_series(series)
  return series


def injected_error_location(ws_info):
  """`file:line:` of the injected error as rustc prints it (relative to the workspace), or None."""
  injected = ws_info.get("injected_error")
  return "%s:%d:" % (injected["file"], injected["line"]) if injected else None


def injected_error_found(series):
  """Whether every full check reported the injected error at its file and line."""
  found = [r["needle_found"] for r in series.get("runs", []) if "needle_found" in r]
  return all(found) if found else None


# --------------------------------------------------------------------------------------------
# Reporting
# --------------------------------------------------------------------------------------------

def stage_rows(label, series, ws_info):
  """Throughput per stage; counts a stage does not print come from the workspace (marked *)."""
  rows = []
  for stage, f in series.get("stats", {}).items():
    wall_ms = f.get("wall_ms")
    if not isinstance(wall_ms, (int, float)) or wall_ms <= 0:
      continue
    lines, lines_derived = f.get("lines"), False
    size, size_derived = f.get("bytes"), False
    if not isinstance(lines, (int, float)):
      lines, lines_derived = ws_info["lines"], True
    if not isinstance(size, (int, float)):
      size, size_derived = ws_info["bytes"], True
    threads = f.get("threads") if isinstance(f.get("threads"), (int, float)) and f.get("threads") > 0 else 1
    seconds = wall_ms / 1000.0
    # A stage that counts other things (load: manifests) prints lines=0: no rate, not a zero rate.
    lines_per_s = lines / seconds if lines else None
    mb_per_s = size / 1e6 / seconds if size else None
    row = {"run": label, "stage": stage, "wall_ms": wall_ms, "lines": lines, "bytes": size, "threads": threads,
           "lines_per_s": lines_per_s, "mb_per_s": mb_per_s, "counts_from_workspace": lines_derived or size_derived,
           "lines_per_s_per_core": lines_per_s / threads if lines_per_s else None,
           "mb_per_s_per_core": mb_per_s / threads if mb_per_s else None}
    if isinstance(f.get("tokens"), (int, float)):
      row["tokens_per_s"] = f["tokens"] / seconds
    rows.append(row)
  return rows


def compute_ratios(results, ws_info):
  ratios = {}
  s = results["sluice"]
  cargo = results.get("cargo") or {}
  parse_j1 = next((r for r in results["stage_rows"] if r["run"] == "parse-j1" and r["stage"] == "parse"), None)
  if parse_j1:
    ratios["parse_lines_per_s_per_core"] = parse_j1["lines_per_s_per_core"]
    ratios["parse_lines_per_s_per_core_source"] = "sluice-stats stage=parse of parse-j1"
  elif s["parse-j1"].get("median_wall_s"):
    ratios["parse_lines_per_s_per_core"] = ws_info["lines"] / s["parse-j1"]["median_wall_s"]
    ratios["parse_lines_per_s_per_core_source"] = "process wall time of parse-j1 (no stats)"
  if s["parse-j1"].get("median_wall_s") and s["parse-j2"].get("median_wall_s"):
    ratios["parse_j2_speedup"] = s["parse-j1"]["median_wall_s"] / s["parse-j2"]["median_wall_s"]
  cargo_wall = cargo.get("median_wall_s")
  if cargo_wall and s["check"].get("median_wall_s"):
    ratios["check_speedup_vs_cargo"] = cargo_wall / s["check"]["median_wall_s"]
  if cargo_wall and s["parse-j1"].get("median_wall_s"):
    ratios["parse_j1_speedup_vs_cargo"] = cargo_wall / s["parse-j1"]["median_wall_s"]
  if cargo.get("peak_rss_kb") and s["check"].get("peak_rss_kb"):
    ratios["check_rss_vs_cargo"] = s["check"]["peak_rss_kb"] / cargo["peak_rss_kb"]
  # parse + resolve + check per core: the three stages' wall times of the -j1 full run.
  j1_stages = [r for r in results["stage_rows"] if r["run"] == "check-j1" and r["stage"] in ("parse", "interface", "check")]
  if len(j1_stages) == 3:
    ratios["check_lines_per_s_per_core"] = ws_info["lines"] / (sum(r["wall_ms"] for r in j1_stages) / 1000.0)
    for r in j1_stages:
      if r["stage"] != "parse":
        ratios["stage_%s_lines_per_s_per_core" % r["stage"]] = r["lines_per_s_per_core"]
  if s["check-j1"].get("median_wall_s") and s["check"].get("median_wall_s"):
    ratios["check_j2_speedup"] = s["check-j1"]["median_wall_s"] / s["check"]["median_wall_s"]
  # A target is judged only on runs that printed the stage's stats line: a stub binary that
  # exits at once must not look fast. Values: True (met), False (not met), None (unknown).
  targets = {}
  name = "lex+parse >= 3M lines/s/core"
  targets[name] = (ratios["parse_lines_per_s_per_core"] >= TARGET_PARSE_LINES_PER_S_PER_CORE) if parse_j1 else None
  name = "parse+resolve+check >= 1M lines/s/core"
  targets[name] = (ratios["check_lines_per_s_per_core"] >= TARGET_CHECK_LINES_PER_S_PER_CORE) \
      if "check_lines_per_s_per_core" in ratios else None
  name = "check >= 30x faster than cold cargo check"
  checked = "check" in s["check"].get("stats", {})
  targets[name] = None
  if checked and "check_speedup_vs_cargo" in ratios:
    targets[name] = ratios["check_speedup_vs_cargo"] >= TARGET_CHECK_SPEEDUP_VS_CARGO
  return ratios, targets


def fmt_num(value, digits=1):
  if value is None:
    return "-"
  if abs(value) >= 1e6:
    return "%.2fM" % (value / 1e6)
  if abs(value) >= 1e4:
    return "%.1fk" % (value / 1e3)
  return "%.*f" % (digits, value)


def print_report(results):
  ws = results["workspace"]
  print()
  print("workspace %s: %d .rs files, %d lines, %.2f MB%s" % (
      ws["path"], ws["rs_files"], ws["lines"], ws["bytes"] / 1e6,
      ", %s library crates" % ws["library_crates"] if ws.get("library_crates") else ""))
  machine = results["machine"]
  load = machine["load_avg_at_start"][0]
  print("machine: %s CPUs, load average %.2f at start%s" % (
      machine["cpus"], load, " (busy machine: expect noisy figures)" if load > 1.0 else ""))
  print()
  print("%-10s %10s %10s %8s %12s  %s" % ("run", "median s", "min s", "reps", "peak RSS MB", "status"))
  all_series = list(results["sluice"].values()) + ([results["cargo"]] if results.get("cargo") else [])
  for s in all_series:
    walls = s.get("walls_s") or []
    status = "FAILED: %s" % s["error"] if s.get("error") else "ok"
    if s.get("exit_codes") and s["exit_codes"] != [0]:
      status += " (exit %s)" % ",".join(str(c) for c in s["exit_codes"])
    print("%-10s %10s %10s %8d %12s  %s" % (
        s["label"], fmt_num(s.get("median_wall_s"), 3), fmt_num(min(walls) if walls else None, 3), len(walls),
        fmt_num(s["peak_rss_kb"] / 1024.0 if s.get("peak_rss_kb") else None), status))
  rows = results["stage_rows"]
  if rows:
    print()
    print("%-9s %-10s %9s %4s %10s %8s %10s %8s" % (
        "run", "stage", "wall ms", "thr", "lines/s", "MB/s", "lines/s/c", "MB/s/c"))
    for r in rows:
      mark = "*" if r["counts_from_workspace"] else " "
      print("%-9s %-10s %9.3f %4d %10s %8s %10s %8s%s" % (
          r["run"], r["stage"], r["wall_ms"], r["threads"], fmt_num(r["lines_per_s"]), fmt_num(r["mb_per_s"]),
          fmt_num(r["lines_per_s_per_core"]), fmt_num(r["mb_per_s_per_core"]), mark))
    if any(r["counts_from_workspace"] for r in rows):
      print("  * the stage printed no lines/bytes: the workspace's totals are used")
  print()
  ratios = results["ratios"]
  labels = [("parse_lines_per_s_per_core", "lex+parse lines/s per core (-j1)", ""),
            ("parse_j2_speedup", "parse -j1 / -j2 wall time", "x"),
            ("stage_interface_lines_per_s_per_core", "stage 2 (interface) lines/s per core (-j1)", ""),
            ("stage_check_lines_per_s_per_core", "stage 3 (check) lines/s per core (-j1)", ""),
            ("check_lines_per_s_per_core", "parse+resolve+check lines/s per core (-j1)", ""),
            ("check_j2_speedup", "check -j1 / -j2 wall time", "x"),
            ("check_speedup_vs_cargo", "cold cargo check / sluice check", "x"),
            ("parse_j1_speedup_vs_cargo", "cold cargo check / sluice parse -j1", "x"),
            ("check_rss_vs_cargo", "sluice check / cargo peak RSS", "x")]
  for key, text, unit in labels:
    if key in ratios:
      print("%-52s %s%s" % (text, fmt_num(ratios[key], 2), unit))
  for name, ok in results["targets"].items():
    verdict = {True: "MET", False: "NOT MET", None: "UNKNOWN (no sluice-stats for that stage, or no cargo run)"}[ok]
    print("target %-45s %s" % (name, verdict))
  if results.get("injected_error_found") is not None:
    print("%-52s %s" % ("injected error reported at its file:line",
                        "yes" if results["injected_error_found"] else "NO"))


def machine_info():
  info = {"python": platform.python_version(), "cpus": os.cpu_count(), "load_avg_at_start": os.getloadavg()}
  try:
    info["cargo"] = subprocess.run(["cargo", "--version"], capture_output=True, text=True).stdout.strip()
  except OSError:
    info["cargo"] = None
  return info


def parse_args(argv):
  p = argparse.ArgumentParser(description="Benchmark sluice check against cold cargo check.")
  p.add_argument("--sluice", default=str(REPO_DIR / "build" / "sluice"), help="sluice binary (default: build/sluice)")
  p.add_argument("--lines", type=int, default=100000, help="lines of Rust in the generated workspace")
  p.add_argument("--crates", type=int, default=0, help="library crates (default: the generator's, ~1 per 5k lines)")
  p.add_argument("--seed", type=int, default=1)
  p.add_argument("--inject-error", metavar="CRATE_SELECTOR", help="passed to gen_workspace.py")
  p.add_argument("--error-kind", choices=["syntax", "type"], default="type")
  p.add_argument("--workspace", help="measure this existing workspace instead of generating one")
  p.add_argument("--repeat", type=int, default=5, help="repetitions of each sluice run (median taken)")
  p.add_argument("--cargo-repeat", type=int, default=1, help="repetitions of the cold cargo check")
  p.add_argument("--skip-cargo", action="store_true")
  p.add_argument("--timeout", type=float, default=900, help="seconds before one command is killed")
  p.add_argument("--json", metavar="OUT", help="also write the results as JSON")
  args = p.parse_args(argv)
  if args.repeat < 1 or args.cargo_repeat < 1:
    p.error("--repeat and --cargo-repeat must be at least 1")
  return args


def main(argv):
  args = parse_args(argv)
  results = {"machine": machine_info(), "args": vars(args)}
  ws = prepare_workspace(args)
  ws_info = measure_workspace(ws)
  results["workspace"] = ws_info
  has_error = "injected_error" in ws_info
  results["sluice"] = sluice_series(args, ws, injected_error_location(ws_info))
  if not args.skip_cargo:
    results["cargo"] = cargo_series(args, ws, has_error)
  results["stage_rows"] = [row for label, s in results["sluice"].items() for row in stage_rows(label, s, ws_info)]
  results["ratios"], results["targets"] = compute_ratios(results, ws_info)
  results["injected_error_found"] = injected_error_found(results["sluice"]["check"])
  check = results["sluice"]["check"]
  for label, series in results["sluice"].items():
    if series.get("runs") and not series.get("stats"):
      print("warning: sluice %s printed no sluice-stats lines (does the binary support --stats yet?)" % label)
  if not has_error and 1 in check.get("exit_codes", []):
    print("warning: sluice check reported errors on a workspace that has none (exit 1)")
  print_report(results)
  if args.json:
    Path(args.json).write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")
    print("results written to %s" % args.json)
  series = list(results["sluice"].values()) + ([results["cargo"]] if "cargo" in results else [])
  return 1 if any(s.get("error") for s in series) else 0


if __name__ == "__main__":
  sys.exit(main(sys.argv[1:]))
