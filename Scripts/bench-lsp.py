#!/usr/bin/env python3
"""Measures `rrp lsp` on the large synthetic plan against a full `rrp check` of it.

    Scripts/bench-lsp.py [--rrp PATH] [--edits 1000] [--countries 40] [--sectors 12]

Generates the plan with Scripts/generate-plan.py, times `rrp check PLAN` (median of three runs),
then starts `rrp lsp`, opens one sector chapter and sends EDITS full-text didChange
notifications one after the other, alternating a prose edit with a partner-code typo made and
fixed. For each edit it times the interval from writing the didChange to reading the chapter's
publishDiagnostics. Prints the latency distribution, its ratio to the full check, the server's
CPU time per edit (user + system, which the machine's load does not inflate) and its resident
memory (VmRSS) after opening and after every quarter of the edits. A
benchmark, not a test: it never fails on a number.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def frame(message):
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class Server:
    def __init__(self, rrp):
        self.process = subprocess.Popen([rrp, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.next_id = 0

    def send(self, message):
        self.process.stdin.write(frame(message))
        self.process.stdin.flush()

    def read(self):
        length = None
        while True:
            line = self.process.stdout.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return json.loads(self.process.stdout.read(length))

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        while True:
            message = self.read()
            if message.get("id") == self.next_id:
                return message

    def wait_for_diagnostics(self, uri):
        while True:
            message = self.read()
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
                return message["params"]["diagnostics"]

    def cpu_seconds(self):
        """User plus system CPU time the server has used so far."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def rss_mib(self):
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rrp", default=str(ROOT / ".build" / "debug" / "rrp"))
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--countries", type=int, default=40)
    parser.add_argument("--sectors", type=int, default=12)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        plan = Path(tmp) / "plan"
        subprocess.run([sys.executable, str(ROOT / "Scripts" / "generate-plan.py"), str(plan),
                        "--countries", str(args.countries), "--sectors", str(args.sectors)], check=True)
        files = sorted(plan.rglob("*.md"))
        checks = []
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run([args.rrp, "check", str(plan)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            checks.append(time.perf_counter() - start)
        check = statistics.median(checks)
        chapter = next(f for f in files if "chapter: sector" in f.read_text() and "\nrequirements:\n" in f.read_text())
        text = chapter.read_text()
        uri = chapter.as_uri()
        requirements = text[text.index("\nrequirements:\n"):].split("\n")[2]
        partner = requirements.strip().split(":")[0]
        server = Server(args.rrp)
        server.request("initialize", {"processId": os.getpid(), "rootUri": None, "capabilities": {}})
        server.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        start = time.perf_counter()
        server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
                     "params": {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
        server.wait_for_diagnostics(uri)
        opened = time.perf_counter() - start
        rss = [("after open", server.rss_mib())]
        cpu_before = server.cpu_seconds()
        latencies = []
        for i in range(1, args.edits + 1):
            if i % 2:
                edited = text.replace("\n## ", f"\nEdit {i} of the prose.\n\n## ", 1)
            else:
                edited = text.replace(f"  {partner}:", f"  {partner}X:", 1) if i % 4 == 2 else text
            start = time.perf_counter()
            server.send({"jsonrpc": "2.0", "method": "textDocument/didChange",
                         "params": {"textDocument": {"uri": uri, "version": i + 1}, "contentChanges": [{"text": edited}]}})
            server.wait_for_diagnostics(uri)
            latencies.append(time.perf_counter() - start)
            if i % max(1, args.edits // 4) == 0:
                rss.append((f"after {i} edits", server.rss_mib()))
        cpu_per_edit = (server.cpu_seconds() - cpu_before) / args.edits
        server.request("shutdown", None)
        server.send({"jsonrpc": "2.0", "method": "exit"})
        status = server.process.wait(timeout=30)
        ms = [x * 1000 for x in latencies]
        print(f"plan: {len(files)} files ({args.countries} countries x {args.sectors} sectors), binary {args.rrp}")
        print(f"rrp check (full, median of 3): {check * 1000:.0f} ms  (runs: {', '.join(f'{c * 1000:.0f}' for c in checks)})")
        print(f"rrp lsp didOpen to publishDiagnostics (first compile): {opened * 1000:.0f} ms")
        print(f"didChange to publishDiagnostics over {len(ms)} edits: min {min(ms):.0f} ms, p50 {percentile(ms, 50):.0f}, "
              f"p90 {percentile(ms, 90):.0f}, p99 {percentile(ms, 99):.0f}, max {max(ms):.0f}")
        print(f"server CPU time per edit (user + system, all threads): {cpu_per_edit * 1000:.1f} ms")
        print(f"ratio p50 / full check: {percentile(ms, 50) / (check * 1000):.3f} (target at most 0.1)")
        print("server memory (VmRSS): " + ", ".join(f"{label} {value:.0f} MiB" for label, value in rss))
        print(f"server exit status after shutdown/exit: {status}")


if __name__ == "__main__":
    main()
