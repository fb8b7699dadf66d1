#!/usr/bin/env python3
"""Times two shell commands side by side: each run of the first is followed by a run of the
second, so a slow patch of a noisy machine slows both. Prints the medians of both and the
median of the per-pair ratios (first / second), which is what the speed goals are stated in,
for wall-clock time and for CPU time (user + system of the command and its children).

    Scripts/bench-ratio.py [--runs N] [--warmup N] NAME_A 'COMMAND A' NAME_B 'COMMAND B'
"""
import argparse, resource, statistics, subprocess, time

parser = argparse.ArgumentParser()
parser.add_argument("--runs", type=int, default=20)
parser.add_argument("--warmup", type=int, default=2)
parser.add_argument("name_a"); parser.add_argument("command_a")
parser.add_argument("name_b"); parser.add_argument("command_b")
args = parser.parse_args()

def cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime

def run(command):
    """Wall-clock and CPU seconds of one run (the shell that starts the command included)."""
    start, start_cpu = time.perf_counter(), cpu()
    subprocess.run(command, shell=True, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start, cpu() - start_cpu

for _ in range(args.warmup):
    run(args.command_a); run(args.command_b)
a, b = [], []
for _ in range(args.runs):
    a.append(run(args.command_a)); b.append(run(args.command_b))
for what, k in (("wall", 0), ("CPU", 1)):
    xs, ys = [x[k] for x in a], [y[k] for y in b]
    ratios = [x / y for x, y in zip(xs, ys)]
    q = statistics.quantiles(ratios, n=4)
    print(f"{what}: median {args.name_a} {statistics.median(xs)*1000:.0f} ms, {args.name_b} {statistics.median(ys)*1000:.0f} ms; "
          f"ratio {statistics.median(ratios):.2f}x (median of {args.runs} side-by-side pairs, quartiles {q[0]:.2f}-{q[2]:.2f})")
