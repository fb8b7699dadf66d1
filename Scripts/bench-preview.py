#!/usr/bin/env python3
"""Measures `rrp preview`: the time from saving a chapter to the server-sent event that reloads
the open pages.

    Scripts/bench-preview.py [--rrp PATH] [--edits 20] [--large] [--countries 40] [--sectors 12]

Copies Samples/lake-basin-rrp (or, with --large, generates the synthetic plan with
Scripts/generate-plan.py) to a temporary folder, starts `rrp preview --port 0` on it, listens to
`/events`, then saves one chapter EDITS times, alternating two versions of a sentence, each
after the previous event and a random pause (0.3 to 1 s, seeded, so that saves fall anywhere
in the polling cycle as an author's do). For each save it times the interval from the write
to the event: the wait for the next poll (every 300 ms, so 150 ms on average) plus one
in-memory compile of the plan. A benchmark, not a test: it never fails on a number.
"""
import argparse
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "Tests" / "EndToEnd"))
from preview_support import RRP, Events, Preview  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rrp", default=RRP)
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--large", action="store_true")
    parser.add_argument("--countries", type=int, default=40)
    parser.add_argument("--sectors", type=int, default=12)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        plan = Path(tmp) / "plan"
        if args.large:
            subprocess.run([sys.executable, str(ROOT / "Scripts" / "generate-plan.py"), str(plan),
                            "--countries", str(args.countries), "--sectors", str(args.sectors)], check=True)
        else:
            shutil.copytree(ROOT / "Samples" / "lake-basin-rrp", plan)
        chapter = sorted(p for p in plan.rglob("*.md") if p.name != "plan.md" and p.parent != plan)[0]
        original = chapter.read_text(encoding="utf-8")
        preview = Preview(plan, rrp=args.rrp)
        events = Events(preview.port)
        events.next(timeout=600)
        latencies = []
        pauses = random.Random(1)
        for i in range(args.edits):
            time.sleep(pauses.uniform(0.3, 1.0))
            text = original + f"\nA sentence saved by the benchmark, version {i % 2}.\n"
            start = time.perf_counter()
            chapter.write_text(text, encoding="utf-8")
            events.next(timeout=600)
            latencies.append((time.perf_counter() - start) * 1000)
        events.close()
        status = preview.interrupt()
        # Each rebuild prints "... read in N ms": the in-memory compile alone.
        compiles = [int(m.group(1)) for m in (re.search(r"read in (\d+) ms", line) for line in preview.lines) if m][1:]
        files = len(list(plan.rglob("*.md")))
        print(f"plan: {files} chapters ({'synthetic' if args.large else 'Samples/lake-basin-rrp'}), edited {chapter.relative_to(plan)}, binary {args.rrp}")
        ms = sorted(latencies)
        print(f"save to event over {len(ms)} saves: min {ms[0]:.0f} ms, median {statistics.median(ms):.0f}, "
              f"p90 {ms[int(0.9 * (len(ms) - 1))]:.0f}, max {ms[-1]:.0f}")
        print(f"in-memory compile per save (rrp's own count): median {statistics.median(compiles):.0f} ms")
        print(f"rrp preview exit status after SIGINT: {status}")


if __name__ == "__main__":
    main()
