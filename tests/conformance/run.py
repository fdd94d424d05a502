#!/usr/bin/env python3
"""Runs sluice on every conformance program and compares its diagnostics with rustc's.

A program passes when the multiset of `LEVEL CODE FILE:LINE` lines sluice prints equals
the one in its .expected file. Programs listed in
known_failures.txt must still fail; one that passes is reported as fixed and fails the
run, so the list only shrinks honestly. A crash, a timeout or an exit status other than
0/1 always fails the run, listed or not. A passing program must also print its lines in
rustc's order (for workspaces: within each crate), unless known_order_differences.txt
lists it.

Usage: run.py [--sluice PATH] [-v] [--json OUT] [--update-known-failures] [NAME-substring ...]
"""

import argparse
import collections
import concurrent.futures
import json
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import conformance_lib as lib  # noqa: E402

TIMEOUT = 10
MAX_JOBS = 2
KNOWN_FAILURES = os.path.join(lib.HERE, "known_failures.txt")
# Passing programs whose diagnostics come in another order than rustc's.
KNOWN_ORDER = os.path.join(lib.HERE, "known_order_differences.txt")
REPO_ROOT = os.path.dirname(os.path.dirname(lib.HERE))


class Result:
    def __init__(self, program):
        self.program = program
        self.passed = False
        self.crash = None  # text when sluice crashed, timed out or exited with an odd status
        self.missing = []
        self.extra = []
        self.in_order = False  # passed, and in rustc's emission order

    def as_json(self):
        return {"program": self.program.key, "category": self.program.category, "passed": self.passed,
                "crash": self.crash, "missing": self.missing, "extra": self.extra}


def sluice_command(sluice, program, order=None):
    if program.is_workspace:
        return [sluice, "check", program.path, "--message-format", "json"] + (["--order", order] if order else [])
    return [sluice, "check", program.name, "--edition", "2021", "--message-format", "json"]


def order_lines(sluice, program, actual):
    """The lines whose order is compared with rustc's. Root-first checking
    prints a crate's determinate diagnostics as soon as they are known, so a
    workspace's order within a crate depends on timing; its order is judged
    on a strict dependency-order run (`--order deps`), which prints each crate
    once, complete."""
    if not program.is_workspace:
        return actual
    try:
        proc = subprocess.run(sluice_command(sluice, program, "deps"), cwd=program.root, capture_output=True,
                              text=True, errors="replace", timeout=TIMEOUT)
    except (subprocess.TimeoutExpired, OSError):
        return None
    return lib.lines_from_output(proc.stdout, program.root) if proc.returncode in (0, 1) else None


def run_one(sluice, program):
    result = Result(program)
    expected = lib.read_expected(program.expected_path)
    if expected is None:
        result.crash = "no expectation file (run regen.py)"
        return result
    try:
        proc = subprocess.run(sluice_command(sluice, program), cwd=program.root, capture_output=True,
                              text=True, errors="replace", timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        result.crash = f"timed out after {TIMEOUT} s"
        return result
    except OSError as err:
        result.crash = f"cannot run sluice: {err}"
        return result
    if proc.returncode not in (0, 1):
        tail = proc.stderr.strip().splitlines()[-3:]
        result.crash = f"exit status {proc.returncode}" + (": " + " | ".join(tail) if tail else "")
        return result
    actual = lib.lines_from_output(proc.stdout, program.root)
    want, got = collections.Counter(expected), collections.Counter(actual)
    result.missing = sorted((want - got).elements())
    result.extra = sorted((got - want).elements())
    result.passed = not result.missing and not result.extra
    if result.passed:
        ordered = order_lines(sluice, program, actual)
        result.in_order = ordered is not None and per_crate(ordered, program) == per_crate(expected, program)
    return result


def per_crate(lines, program):
    """Workspaces: each crate's lines in order (root-first checking prints the
    crates of interest first, so only the order within a crate is rustc's)."""
    if not program.is_workspace:
        return lines
    crates = collections.defaultdict(list)
    for line in lines:
        where = line.split(" ")[-1]
        crates[where.split("/")[0]].append(line)
    return dict(crates)


def read_known_failures(path=KNOWN_FAILURES):
    known = set()
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    known.add(line)
    return known


def write_known_failures(results):
    failing = sorted(r.program.key for r in results if not r.passed)
    header = ("# Conformance programs sluice does not pass yet (see README.md).\n"
              "# run.py fails when one of these starts passing: remove it from here then.\n"
              "# Regenerate with: python3 tests/conformance/run.py --update-known-failures\n")
    with open(KNOWN_FAILURES, "w", encoding="utf-8") as f:
        f.write(header + "".join(key + "\n" for key in failing))
    print(f"wrote {len(failing)} entries to {os.path.relpath(KNOWN_FAILURES, REPO_ROOT)}")


def print_table(results):
    print(f"{'category':<14} {'passed':>7} {'total':>6} {'rate':>7}")
    for category in lib.CATEGORIES:
        group = [r for r in results if r.program.category == category]
        if not group:
            continue
        passed = sum(r.passed for r in group)
        print(f"{category:<14} {passed:>7} {len(group):>6} {100.0 * passed / len(group):>6.1f}%")
    passed = sum(r.passed for r in results)
    rate = 100.0 * passed / len(results) if results else 0.0
    print(f"{'all':<14} {passed:>7} {len(results):>6} {rate:>6.1f}%")


def print_differences(result):
    print(f"--- {result.program.key}")
    for line in result.missing:
        print(f"  missing: {line}")
    for line in result.extra:
        print(f"  extra:   {line}")


def judge_order(results, known_order):
    """Programs that pass must also come out in rustc's order, unless listed."""
    problems = 0
    for r in results:
        if not r.passed:
            continue
        listed = r.program.key in known_order
        if not r.in_order and not listed:
            print(f"ORDER {r.program.key}: same diagnostics as rustc, in another order")
            problems += 1
        elif r.in_order and listed:
            print(f"fixed: {r.program.key} now comes in rustc's order: remove it from known_order_differences.txt")
            problems += 1
    return problems


def judge(results, known, selected_keys, verbose, check_stale):
    """Prints what breaks the run; returns the number of such problems."""
    problems = 0
    for r in results:
        listed = r.program.key in known
        if r.crash:
            print(f"CRASH {r.program.key}: {r.crash}")
            problems += 1
        elif r.passed and listed:
            print(f"fixed: {r.program.key} now passes: remove it from known_failures.txt")
            problems += 1
        elif not r.passed and not listed:
            print(f"FAIL {r.program.key}")
            problems += 1
            print_differences(r)
            continue
        if verbose and not r.passed and not r.crash:
            print_differences(r)
    stale = sorted(k for k in known if k not in selected_keys) if check_stale else []
    for key in stale:
        print(f"known_failures.txt names an unknown program: {key}")
    return problems + len(stale)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sluice", default=os.path.join(REPO_ROOT, "build", "sluice"))
    parser.add_argument("-v", "--verbose", action="store_true", help="print every difference")
    parser.add_argument("--json", metavar="OUT", help="write per-program results as JSON")
    parser.add_argument("--update-known-failures", action="store_true")
    parser.add_argument("filters", nargs="*", help="only programs whose key contains one of these")
    args = parser.parse_args()
    sluice = os.path.abspath(args.sluice)
    if not os.access(sluice, os.X_OK):
        print(f"run.py: no sluice binary at {sluice} (use --sluice PATH)")
        return 2

    programs = [p for p in lib.discover() if not args.filters or any(f in p.key for f in args.filters)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=MAX_JOBS) as pool:
        results = list(pool.map(lambda p: run_one(sluice, p), programs))

    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump([r.as_json() for r in results], f, indent=1)
    if args.update_known_failures:
        if args.filters:
            print("run.py: --update-known-failures needs the whole suite (no filters)")
            return 2
        write_known_failures(results)
    print_table(results)
    known = read_known_failures()
    keys = {p.key for p in programs}
    problems = judge(results, known, keys, args.verbose, check_stale=not args.filters)
    problems += judge_order(results, read_known_failures(KNOWN_ORDER))
    listed = sum(1 for r in results if r.program.key in known)
    print(f"conformance: {sum(r.passed for r in results)}/{len(results)} match rustc, "
          f"{listed} listed as known failures, {problems} problem(s)")
    print(f"order: {sum(r.in_order for r in results)} of the {sum(r.passed for r in results)} that match "
          f"come in rustc's order")
    print("conformance OK" if problems == 0 else "conformance FAILED")
    return 0 if problems == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
