#!/usr/bin/env python3
"""Root-first checking against strict dependency order (the engine issue).

Generates a workspace with one type error injected in the root-most library
crate (the library nearest the binary), makes that crate the crate of interest
(`-p`), and measures with `sluice check --stats`:

  - time to the root crate's first diagnostic, `--order root-first` against
    `--order deps` (both from process start and from the engine's start);
  - the engine's wall time at -j2 against -j1 (stages 2 and 3 overlapping
    across crates).

Every figure is the median of --repeat runs; ratios compare runs of this script.
Standard library only. Usage:

    python3 bench/root_first.py [--lines 100000] [--repeat 5] [--sluice build/sluice]
"""
import argparse
import os
import re
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def generate(lines, seed):
    out = os.path.join(HERE, "work", f"ws-l{lines}-cauto-s{seed}-err-root-type")
    if not os.path.isdir(out):
        subprocess.run([sys.executable, os.path.join(HERE, "gen_workspace.py"), "--lines", str(lines), "--seed",
                        str(seed), "--inject-error", "root", "--error-kind", "type", "--out", out], check=True,
                       stdout=subprocess.DEVNULL)
    return out


def injected_package(workspace):
    for crate in sorted(os.listdir(os.path.join(workspace, "crates"))):
        src = os.path.join(workspace, "crates", crate, "src")
        for dirpath, _, files in os.walk(src):
            for name in files:
                with open(os.path.join(dirpath, name), encoding="utf-8") as f:
                    if "injected_error" in f.read():
                        return crate
    raise SystemExit("no injected error found in " + workspace)


def run(sluice, workspace, package, order, jobs):
    cmd = [sluice, "check", workspace, "-p", package, "--order", order, f"-j{jobs}", "--stats", "--color", "never", "--no-cache"]
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=600)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stderr[-2000:]}")
    first = re.search(r"event=first-diagnostic crate=\S+ at_ms=([\d.]+) since_start_ms=([\d.]+)", proc.stderr)
    engine = re.search(r"stage=engine wall_ms=([\d.]+)", proc.stderr)
    if not first or not engine:
        raise SystemExit(f"no stats from {' '.join(cmd)}:\n{proc.stderr[-2000:]}")
    return {"first_engine_ms": float(first.group(1)), "first_total_ms": float(first.group(2)),
            "engine_ms": float(engine.group(1))}


def median_of(sluice, workspace, package, order, jobs, repeat):
    run(sluice, workspace, package, order, jobs)  # warm-up (page cache)
    runs = [run(sluice, workspace, package, order, jobs) for _ in range(repeat)]
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=100000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sluice", default=os.path.join(ROOT, "build", "sluice"))
    args = parser.parse_args()

    workspace = generate(args.lines, args.seed)
    package = injected_package(workspace)
    print(f"workspace {workspace}, crate of interest {package}, {args.repeat} runs each (median)")
    results = {}
    for order in ("deps", "root-first"):
        for jobs in (1, 2):
            results[(order, jobs)] = r = median_of(args.sluice, workspace, package, order, jobs, args.repeat)
            print(f"  --order {order:10} -j{jobs}: first diagnostic {r['first_total_ms']:7.1f} ms after start "
                  f"({r['first_engine_ms']:6.1f} ms into the engine), engine {r['engine_ms']:6.1f} ms")
    for jobs in (1, 2):
        deps, rf = results[("deps", jobs)], results[("root-first", jobs)]
        print(f"-j{jobs}: first diagnostic root-first vs deps: {deps['first_total_ms'] / rf['first_total_ms']:.1f}x "
              f"sooner from start, {deps['first_engine_ms'] / rf['first_engine_ms']:.1f}x from the engine's start "
              f"(target >= 5x; under 50 ms on 100k lines: {rf['first_total_ms']:.1f} ms)")
    for order in ("deps", "root-first"):
        print(f"engine -j1 / -j2 ({order}): {results[(order, 1)]['engine_ms'] / results[(order, 2)]['engine_ms']:.2f}x "
              f"(target >= 1.8x on 2 cores)")


if __name__ == "__main__":
    main()
