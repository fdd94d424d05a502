#!/usr/bin/env python3
"""How much faster this machine does two CPU-bound jobs at once than one after the other.

The baseline for every -j2 / -j1 figure in bench/: a thread pool cannot beat the machine. Runs a
fixed integer loop in one process, then in N processes at once, and prints the throughput ratio
(N x the single job's time / the parallel wall time). On a machine with N real cores it is near N;
on a VM whose vCPUs share a physical core it can be far less. Standard library only. Usage:

    python3 bench/machine_scaling.py [--jobs 2] [--repeat 3]
"""
import argparse
import statistics
import subprocess
import sys
import time

LOOP = "x = 0\nfor i in range(15_000_000):\n    x += i\n"


def wall(jobs):
    start = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-c", LOOP]) for _ in range(jobs)]
    for p in procs:
        p.wait()
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    one = statistics.median(wall(1) for _ in range(args.repeat))
    many = statistics.median(wall(args.jobs) for _ in range(args.repeat))
    print(f"one job {one:.3f} s; {args.jobs} jobs at once {many:.3f} s; throughput x{args.jobs * one / many:.2f} "
          f"(ideal x{args.jobs})")


if __name__ == "__main__":
    main()
