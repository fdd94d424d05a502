#!/usr/bin/env python3
"""Incremental runs: how much of a previous run's results `sluice check` reuses.

For each workspace size (--lines) and with a generated workspace of its own, measures the
median whole-process wall time of `sluice check WS -j2 --message-format json --quiet --stats`:

  cold           `rm -rf WS/target` first: nothing to reuse, every crate's record is written;
  cold-no-cache  the same with --no-cache (cold / cold-no-cache = the cost of writing records);
  no-change      right after a cold run, nothing edited (target: <= 5 % of cold);
  body-edit      a literal inside a function body of the leaf crate (bench-lib-000) changed,
                 warm cache (target: <= 5 % of cold; expect reused = all but 1, written = 1);
  sig-edit       a parameter added to (or removed from) the leaf crate's `pub fn crate_checksum`,
                 warm cache: only the leaf and crates that depend on it may be re-checked.

Every edit alternates between two versions, so every run is a real edit. Optionally (--cargo,
on by default for --cargo-lines sizes) `cargo check --offline` for the cold, no-change and
body-edit cases, for reference.

One warning is added to every crate of the generated workspace (an unused variable), so the
cached records have diagnostics to replay: each warm run's JSON messages must equal the cold
run's (timing fields aside), or the script stops with an error. The leaf's lib.rs is restored
at the end, whatever happens. Standard library only. Usage:

    python3 bench/incremental.py [--lines 100000,300000] [--runs 5] [--no-cargo] [--json OUT]
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LEAF = "bench-lib-000"
PROBE_MARKER = "bench_unused_probe"
SIGNATURE = "pub fn crate_checksum(seed: i64) -> i64"
SIGNATURE_EDITED = "pub fn crate_checksum(seed: i64, _extra: i64) -> i64"
LITERAL = "wrapping_mul(1_000_003)"
LITERAL_EDITED = "wrapping_mul(1_000_033)"  # same length: no diagnostic moves
TIMING_KEYS = {"time", "elapsed", "duration", "timestamp"}


class BenchError(Exception):
    pass


# ---- the workspace ---------------------------------------------------------------------------------------------

def generate(lines, seed):
    """A workspace of our own (we edit it), with one probe warning per crate."""
    out = os.path.join(HERE, "work", f"incr-l{lines}-s{seed}")
    if not os.path.isfile(os.path.join(out, "gen_info.json")):
        shutil.rmtree(out, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(HERE, "gen_workspace.py"), "--lines", str(lines), "--seed",
                        str(seed), "--out", out], check=True, stdout=subprocess.DEVNULL)
    add_probe_warnings(out)
    return out


def add_probe_warnings(workspace):
    """An unused variable in every crate, placed before `crate_checksum` so that editing it moves no diagnostic."""
    crates = os.path.join(workspace, "crates")
    for crate in sorted(os.listdir(crates)):
        is_app = crate == "bench-app"
        path = os.path.join(crates, crate, "src", "main.rs" if is_app else "lib.rs")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if PROBE_MARKER in text:
            continue
        if is_app:
            anchor, probe = "fn main() {\n", f"fn main() {{\n    let {PROBE_MARKER} = 0;\n"
        else:
            anchor = "/// Folds the checksums"
            probe = (f"/// Added by bench/incremental.py: a warning whose record must be replayed.\n"
                     f"pub fn {PROBE_MARKER}() {{\n    let unused_probe = 0;\n}}\n\n{anchor}")
        if anchor not in text:
            raise BenchError(f"cannot place the probe warning in {path}: no {anchor!r}")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace(anchor, probe, 1))


def crate_graph(workspace):
    """Direct and transitive dependents of the leaf (bench-app included), and the crate count."""
    with open(os.path.join(workspace, "gen_info.json"), encoding="utf-8") as f:
        info = json.load(f)
    deps = {c["package"]: set(c["deps"]) for c in info["crates"]}
    deps["bench-app"] = set(info["app_deps"])
    direct = sorted(name for name, d in deps.items() if LEAF in d)
    reach = {LEAF}
    changed = True
    while changed:  # a fixed point over a small graph: no recursion
        changed = False
        for name, d in deps.items():
            if name not in reach and d & reach:
                reach.add(name)
                changed = True
    return {"crates": len(deps), "direct_dependents": direct, "dependents": sorted(reach - {LEAF}),
            "leaf_called_by_app": LEAF in info["app_deps"]}


class LeafEditor:
    """Toggles the two edits of the leaf crate's lib.rs and restores the original text."""

    def __init__(self, workspace):
        self.path = os.path.join(workspace, "crates", LEAF, "src", "lib.rs")
        with open(self.path, encoding="utf-8") as f:
            self.original = f.read()
        for needle in (SIGNATURE, LITERAL):
            if needle not in self.original:
                raise BenchError(f"{self.path} has no {needle!r} (a run that did not restore it? regenerate)")

    def _rewrite(self, change):
        with open(self.path, encoding="utf-8") as f:
            text = f.read()
        with open(self.path, "w", encoding="utf-8") as f:
            f.write(change(text))

    def toggle_body(self):
        def change(text):
            start = text.index("pub fn crate_checksum(")
            head, body = text[:start], text[start:]
            old, new = (LITERAL, LITERAL_EDITED) if LITERAL in body.split("\n}")[0] else (LITERAL_EDITED, LITERAL)
            return head + body.replace(old, new, 1)
        self._rewrite(change)

    def toggle_signature(self):
        self._rewrite(lambda t: t.replace(SIGNATURE, SIGNATURE_EDITED, 1) if SIGNATURE in t
                      else t.replace(SIGNATURE_EDITED, SIGNATURE, 1))

    def restore(self):
        with open(self.path, "w", encoding="utf-8") as f:
            f.write(self.original)


# ---- sluice ----------------------------------------------------------------------------------------------------

def without_timing(value):
    if isinstance(value, dict):
        return {k: without_timing(v) for k, v in value.items() if k not in TIMING_KEYS and not k.endswith("_ms")}
    if isinstance(value, list):
        return [without_timing(v) for v in value]
    return value


def parse_stats(stderr):
    stats = {}
    for line in stderr.splitlines():
        if line.startswith("sluice-stats stage="):
            fields = dict(f.split("=", 1) for f in line.split()[1:] if "=" in f)
            stats[fields.pop("stage")] = fields
    return stats


def run_sluice(sluice, workspace, no_cache=False):
    cmd = [sluice, "check", workspace, "-j2", "--message-format", "json", "--quiet", "--stats"]
    if no_cache:
        cmd.append("--no-cache")
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=900)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise BenchError(f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stderr[-2000:]}")
    stats = parse_stats(proc.stderr)
    if "engine" not in stats or (not no_cache and "cache" not in stats):
        raise BenchError(f"no engine/cache stats from {' '.join(cmd)}:\n{proc.stderr[-2000:]}")
    messages = [json.dumps(without_timing(json.loads(line)), sort_keys=True)
                for line in proc.stdout.splitlines() if line.strip()]
    return {"wall_s": wall, "exit": proc.returncode, "stats": stats, "messages": messages}


def same_messages(run, reference, what):
    """Sorted comparison: at -j2 crates finish in any order. Returns whether the order matched too."""
    if sorted(run["messages"]) != sorted(reference["messages"]) or run["exit"] != reference["exit"]:
        only_new = sorted(set(run["messages"]) - set(reference["messages"]))[:3]
        only_old = sorted(set(reference["messages"]) - set(run["messages"]))[:3]
        raise BenchError(f"{what}: sluice's diagnostics differ from the cold run's (exit {run['exit']} vs "
                         f"{reference['exit']}, {len(run['messages'])} vs {len(reference['messages'])} messages)\n"
                         f"only now: {only_new}\nonly cold: {only_old}")
    return run["messages"] == reference["messages"]


def cache_stat(run, key):
    return int(run["stats"]["cache"].get(key, -1))


def measure_sluice(sluice, workspace, editor, runs):
    target = os.path.join(workspace, "target")
    series = {k: [] for k in ("cold_no_cache", "cold", "no_change", "body_edit", "sig_edit")}
    notes = {"order_differed": 0, "sig_edit_diagnostics_equal": True}
    run_sluice(sluice, workspace, no_cache=True)  # warm-up: the page cache
    for _ in range(runs):
        shutil.rmtree(target, ignore_errors=True)
        series["cold_no_cache"].append(run_sluice(sluice, workspace, no_cache=True))
        shutil.rmtree(target, ignore_errors=True)
        cold = run_sluice(sluice, workspace)
        series["cold"].append(cold)
        same_messages(cold, series["cold_no_cache"][-1], "cold run vs --no-cache run")
        for kind, edit in (("no_change", None), ("body_edit", editor.toggle_body),
                           ("sig_edit", editor.toggle_signature)):
            if edit:
                edit()
            run = run_sluice(sluice, workspace)
            series[kind].append(run)
            try:
                notes["order_differed"] += not same_messages(run, cold, kind.replace("_", "-"))
            except BenchError:
                if kind != "sig_edit":
                    raise
                notes["sig_edit_diagnostics_equal"] = False  # callers of the edited fn: a real re-check
    return series, notes


def summarize_sluice(series, notes, graph):
    med = {k: statistics.median(r["wall_s"] for r in v) for k, v in series.items()}
    cold = med["cold"]
    body, sig = series["body_edit"], series["sig_edit"]
    cold_run = series["cold"][0]
    return {
        "median_s": med, "walls_s": {k: [r["wall_s"] for r in v] for k, v in series.items()},
        "record_cost": cold / med["cold_no_cache"],
        "no_change_vs_cold": med["no_change"] / cold, "body_edit_vs_cold": med["body_edit"] / cold,
        "sig_edit_vs_cold": med["sig_edit"] / cold,
        "cold_written": sorted({cache_stat(r, "written") for r in series["cold"]}),
        "no_change_reused": sorted({cache_stat(r, "reused") for r in series["no_change"]}),
        "body_reused": sorted({cache_stat(r, "reused") for r in body}),
        "body_written": sorted({cache_stat(r, "written") for r in body}),
        "sig_reused": sorted({cache_stat(r, "reused") for r in sig}),
        "sig_written": sorted({cache_stat(r, "written") for r in sig}),
        "sig_rechecked": sorted({cache_stat(r, "loaded_late") + 1 for r in sig}),
        "messages": len(cold_run["messages"]), "cold_exit": cold_run["exit"],
        "engine_ms": {k: statistics.median(float(r["stats"]["engine"]["wall_ms"]) for r in v)
                      for k, v in series.items()},
        "crates": graph["crates"], "direct_dependents": len(graph["direct_dependents"]),
        "transitive_dependents": len(graph["dependents"]), **notes,
    }


# ---- cargo -----------------------------------------------------------------------------------------------------

def run_cargo(workspace, target_dir):
    cmd = ["cargo", "check", "--offline", "--message-format", "json", "-q"]
    env = dict(os.environ, CARGO_TARGET_DIR=target_dir)
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=workspace, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          timeout=1800)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise BenchError(f"{' '.join(cmd)} in {workspace} exited {proc.returncode}:\n{proc.stderr[-2000:]}")
    return wall


def measure_cargo(workspace, editor, runs):
    """Its own target dir (sluice's cold runs delete WS/target); the first run is cold."""
    target_dir = workspace + "-cargo-target"
    shutil.rmtree(target_dir, ignore_errors=True)
    cold = run_cargo(workspace, target_dir)
    no_change = [run_cargo(workspace, target_dir) for _ in range(runs)]
    body = []
    for _ in range(runs):
        editor.toggle_body()
        body.append(run_cargo(workspace, target_dir))
    med_nc, med_body = statistics.median(no_change), statistics.median(body)
    return {"cold_s": cold, "no_change_s": med_nc, "body_edit_s": med_body, "walls_s": {"no_change": no_change,
            "body_edit": body}, "no_change_vs_cold": med_nc / cold, "body_edit_vs_cold": med_body / cold}


# ---- report ----------------------------------------------------------------------------------------------------

def verdict(ratio, limit=0.05):
    return "MET" if ratio <= limit else "NOT MET"


def fmt_set(values):
    return "/".join(str(v) for v in values)


def print_size(lines, workspace, s, cargo):
    print(f"\n{lines} lines: {workspace}, {s['crates']} crates, {s['messages']} JSON messages per run "
          f"(exit {s['cold_exit']})")
    print(f"  {'run':14} {'median s':>9} {'engine ms':>10} {'vs cold':>8}  {'cargo s':>8} {'cargo/cold':>10}  notes")
    cargo_cols = {"cold": ("cold_s", None), "no_change": ("no_change_s", "no_change_vs_cold"),
                  "body_edit": ("body_edit_s", "body_edit_vs_cold")}
    notes = {"cold_no_cache": f"cold / cold-no-cache = {s['record_cost']:.3f} (cost of writing records)",
             "cold": f"written {fmt_set(s['cold_written'])}",
             "no_change": f"reused {fmt_set(s['no_change_reused'])}; target <= 5%: "
                          f"{verdict(s['no_change_vs_cold'])}",
             "body_edit": f"reused {fmt_set(s['body_reused'])}, written {fmt_set(s['body_written'])} (expect "
                          f"{s['crates'] - 1} and 1); target <= 5%: {verdict(s['body_edit_vs_cold'])}",
             "sig_edit": f"re-checked {fmt_set(s['sig_rechecked'])} (written {fmt_set(s['sig_written'])}); leaf + "
                         f"direct dependents = {s['direct_dependents'] + 1}, leaf + transitive = "
                         f"{s['transitive_dependents'] + 1}"}
    for kind, med in s["median_s"].items():
        ratio = med / s["median_s"]["cold"]
        cs, cr = "", ""
        if cargo and kind in cargo_cols:
            key, rkey = cargo_cols[kind]
            cs = f"{cargo[key]:.3f}"
            cr = f"{cargo[rkey] * 100:.1f}%" if rkey else ""
        print(f"  {kind.replace('_', '-'):14} {med:9.4f} {s['engine_ms'][kind]:10.2f} {ratio * 100:7.1f}%  "
              f"{cs:>8} {cr:>10}  {notes[kind]}")
    if s["order_differed"]:
        print(f"  (same diagnostics in all runs; their order differed from the cold run's {s['order_differed']} times)")
    if not s["sig_edit_diagnostics_equal"]:
        print("  sig-edit changed the diagnostics: callers of the leaf's crate_checksum broke (E0061), still a re-check")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", default="100000,300000", help="comma-separated workspace sizes")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5, help="repetitions of each case; medians are reported")
    parser.add_argument("--sluice", default=os.path.join(ROOT, "build", "sluice"))
    parser.add_argument("--cargo", action=argparse.BooleanOptionalAction, default=True,
                        help="also time cargo check (cold, no change, body edit)")
    parser.add_argument("--cargo-lines", default="100000", help="sizes at which cargo runs (comma-separated)")
    parser.add_argument("--json", metavar="OUT", help="also write every figure to OUT")
    args = parser.parse_args()
    sizes = [int(x) for x in args.lines.split(",") if x.strip()]
    cargo_sizes = {int(x) for x in args.cargo_lines.split(",") if x.strip()}

    print(f"sluice check WS -j2 --message-format json --quiet --stats; {args.runs} runs each (median); "
          f"load average {os.getloadavg()[0]:.2f}")
    results = {}
    try:
        for lines in sizes:
            workspace = generate(lines, args.seed)
            graph = crate_graph(workspace)
            editor = LeafEditor(workspace)
            try:
                series, notes = measure_sluice(args.sluice, workspace, editor, args.runs)
                editor.restore()
                summary = summarize_sluice(series, notes, graph)
                cargo = None
                if args.cargo and lines in cargo_sizes:
                    cargo = measure_cargo(workspace, editor, args.runs)
            finally:
                editor.restore()
            results[lines] = {"workspace": workspace, "sluice": summary, "cargo": cargo, "graph": graph}
            print_size(lines, workspace, summary, cargo)
    except BenchError as err:
        print(f"\nFAILED: {err}", file=sys.stderr)
        sys.exit(1)
    line = json.dumps({"incremental": results, "runs": args.runs}, sort_keys=True)
    print("\n" + line)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            f.write(json.dumps(results, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
