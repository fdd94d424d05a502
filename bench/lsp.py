#!/usr/bin/env python3
"""The language server against the clock (issue 5), driving `sluice lsp --stdio` over pipes.

On a generated workspace with a type error injected in the root-most library crate:

  - cold start: process spawn to the first publishDiagnostics with a diagnostic for the opened
    file of that crate (target <= 100 ms on 100k lines), against the time until the whole
    workspace is checked (the server's first `sluice/serverStatus` quiescent=true; target >= 5x);
  - keystroke to updated diagnostics: an incremental edit in a function body of the root crate's
    file, and of a leaf crate's file, to the next quiescent status (every diagnostic of the new
    text published), p50 and p95 over --edits edits each (target p95 <= 30 ms for the root crate);
  - memory (VmRSS) after the load and after --memory-edits more edits (growth <= 10 %);
  - beside them, `cargo check` after the same edit saved to disk (what check-on-save runs).

Records between runs live in the workspace's target/sluice; the script deletes them first so
the start is cold. Standard library only. Usage:

    python3 bench/lsp.py [--lines 100000] [--edits 200] [--memory-edits 1000] [--no-cargo]
"""
import argparse
import json
import os
import select
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from root_first import generate  # noqa: E402  (the same workspace: a type error in the root-most library)


class Server:
    def __init__(self, sluice, log):
        self.start = time.perf_counter()
        self.proc = subprocess.Popen([sluice, "lsp", "--stdio", "--log-file", log], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE)
        self.buffer = b""
        self.next_id = 1

    def send(self, method, params=None, request=False):
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        if request:
            message["id"] = self.next_id
            self.next_id += 1
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def messages(self, timeout):
        """Yields (seconds since spawn, message) until `timeout` seconds pass without one."""
        while True:
            while b"\r\n\r\n" in self.buffer:
                header, rest = self.buffer.split(b"\r\n\r\n", 1)
                length = int(header.split(b":")[1])
                if len(rest) < length:
                    break
                self.buffer = rest[length:]
                yield time.perf_counter() - self.start, json.loads(rest[:length])
            ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
            if not ready:
                return
            chunk = os.read(self.proc.stdout.fileno(), 1 << 20)
            if not chunk:
                return
            self.buffer += chunk

    def wait_quiescent(self, timeout=60):
        for at, message in self.messages(timeout):
            if message.get("method") == "sluice/serverStatus" and message["params"]["quiescent"]:
                return at
        raise SystemExit("the server never became quiescent")

    def rss_kb(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def stop(self):
        self.send("shutdown", request=True)
        self.send("exit")
        self.proc.wait(timeout=30)


def uri(path):
    return "file://" + path


def injected_file(workspace):
    for dirpath, _, files in os.walk(os.path.join(workspace, "crates")):
        for name in sorted(files):
            path = os.path.join(dirpath, name)
            with open(path, encoding="utf-8") as f:
                if "injected_error" in f.read():
                    return path
    raise SystemExit("no injected error in " + workspace)


def body_line(text):
    """A line inside a function body to edit (its indentation toggled), and its number."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if line.startswith("    let ") and number > 10:
            return number
    raise SystemExit("no `let` line to edit")


def edit_and_wait(server, path, version, line, insert):
    change = {"range": {"start": {"line": line, "character": 0}, "end": {"line": line, "character": 0 if insert else 1}},
              "text": " " if insert else ""}
    sent = time.perf_counter()
    server.send("textDocument/didChange", {"textDocument": {"uri": uri(path), "version": version},
                                            "contentChanges": [change]})
    server.wait_quiescent()
    return (time.perf_counter() - sent) * 1000


def keystrokes(server, path, edits, first_version):
    text = open(path, encoding="utf-8").read()
    server.send("textDocument/didOpen", {"textDocument": {"uri": uri(path), "languageId": "rust", "version":
                                                          first_version, "text": text}})
    server.wait_quiescent()
    line = body_line(text)
    times = [edit_and_wait(server, path, first_version + 1 + i, line, i % 2 == 0) for i in range(edits)]
    return times, first_version + 1 + edits


def cargo_after_edit(workspace, path, runs):
    subprocess.run(["cargo", "check", "--offline", "-q"], cwd=workspace, capture_output=True)
    original = open(path, encoding="utf-8").read()
    line = body_line(original)
    times = []
    try:
        for i in range(runs):
            lines = original.split("\n")
            lines[line] = (" " + lines[line]) if i % 2 == 0 else lines[line]
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines))
            start = time.perf_counter()
            subprocess.run(["cargo", "check", "--offline", "-q"], cwd=workspace, capture_output=True)
            times.append((time.perf_counter() - start) * 1000)
    finally:
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
    return statistics.median(times)


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=100000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--memory-edits", type=int, default=1000)
    parser.add_argument("--sluice", default=os.path.join(ROOT, "build", "sluice"))
    parser.add_argument("--no-cargo", action="store_true")
    args = parser.parse_args()

    workspace = generate(args.lines, args.seed)
    shutil.rmtree(os.path.join(workspace, "target", "sluice"), ignore_errors=True)
    root_file = injected_file(workspace)
    leaf_file = os.path.join(workspace, "crates", "bench-lib-000", "src", "lib.rs")
    log = os.path.join(HERE, "work", "lsp-bench.log")

    server = Server(args.sluice, log)
    server.send("initialize", {"processId": os.getpid(), "rootUri": uri(workspace), "capabilities": {}}, request=True)
    server.send("initialized", {})
    text = open(root_file, encoding="utf-8").read()
    server.send("textDocument/didOpen", {"textDocument": {"uri": uri(root_file), "languageId": "rust", "version": 1,
                                                          "text": text}})
    first = None
    for at, message in server.messages(60):
        if (first is None and message.get("method") == "textDocument/publishDiagnostics" and
                message["params"]["uri"] == uri(root_file) and message["params"]["diagnostics"]):
            first = at
        if message.get("method") == "sluice/serverStatus" and message["params"]["quiescent"] and first is not None:
            whole = at
            break
    print(f"workspace {workspace} ({args.lines} lines), root-crate file {os.path.relpath(root_file, workspace)}")
    print(f"cold start: first diagnostic of the opened file {first * 1000:.1f} ms after spawn; workspace checked "
          f"{whole * 1000:.1f} ms ({whole / first:.1f}x later; targets <= 100 ms and >= 5x)")
    rss_loaded = server.rss_kb()

    results = {}
    version = 2
    for name, path in (("root crate", root_file), ("leaf crate", leaf_file)):
        times, version = keystrokes(server, path, args.edits, version)
        results[name] = times
        print(f"keystroke to diagnostics, {name}: p50 {percentile(times, 50):.1f} ms, p95 {percentile(times, 95):.1f} ms "
              f"over {len(times)} edits (target p95 <= 30 ms for the root crate)")
    line = body_line(open(root_file, encoding="utf-8").read())
    for i in range(args.memory_edits):
        edit_and_wait(server, root_file, version + i, line, i % 2 == 0)
    rss_after = server.rss_kb()
    print(f"memory: {rss_loaded / 1024:.1f} MiB after the load, {rss_after / 1024:.1f} MiB after "
          f"{args.memory_edits} more edits ({(rss_after / rss_loaded - 1) * 100:+.1f} %; target <= +10 %)")
    server.stop()
    if not args.no_cargo:
        print(f"cargo check after the same edit saved, root crate: {cargo_after_edit(workspace, root_file, 3):.0f} ms; "
              f"leaf crate: {cargo_after_edit(workspace, leaf_file, 3):.0f} ms (medians of 3)")


if __name__ == "__main__":
    main()
