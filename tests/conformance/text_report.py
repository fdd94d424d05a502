#!/usr/bin/env python3
"""How many single-file programs get rustc's human-readable output byte for byte.

run.py judges verdicts (codes and lines); this judges the text a person reads:
messages, labels, notes, helps and suggestions, as `rustc --edition 2021` prints
them for compile-fail/ and warnings/ (run from the program's folder, so paths
match). Not part of ctest: it needs rustc, and a text difference is not a wrong
verdict. Prints the count, and with --list the programs that differ.

Usage: python3 tests/conformance/text_report.py [--sluice PATH] [-j N] [--list]
"""

import argparse
import concurrent.futures
import os
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import conformance_lib as lib  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def outputs(program, sluice, scratch):
    folder, name = os.path.split(program.path)
    # As regen.py: a `// regen: build` program's expectations come from a real build.
    emit = ([] if lib.wants_full_build(program) else ["--emit=metadata"]) + ["-o", os.path.join(scratch, name + ".out")]
    rustc = subprocess.run(["rustc", "--edition", "2021", "--crate-type=bin"] + emit + [name],
                           cwd=folder, capture_output=True, text=True, timeout=60).stderr
    ours = subprocess.run([sluice, "check", "--edition", "2021", name], cwd=folder, capture_output=True, text=True,
                          timeout=60).stderr
    return rustc, ours


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sluice", default=os.path.join(ROOT, "build", "sluice"))
    parser.add_argument("-j", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    programs = lib.discover(["compile-fail", "warnings"])
    with tempfile.TemporaryDirectory() as scratch, concurrent.futures.ThreadPoolExecutor(args.j) as pool:
        results = list(pool.map(lambda p: (p, outputs(p, args.sluice, scratch)), programs))
    differ = [p.key for p, (rustc, ours) in results if rustc != ours]
    same = len(results) - len(differ)
    print(f"text: {same}/{len(results)} programs print rustc's output byte for byte")
    if args.list:
        for key in differ:
            print(f"  differs: {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
