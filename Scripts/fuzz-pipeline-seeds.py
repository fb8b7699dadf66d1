#!/usr/bin/env python3
"""Writes the seed corpus of the whole-pipeline fuzz target into a folder: the sample plan as
one input in the rule-example format (`==> path <==` before each file), and each of its
chapters alone beside the plan file.

    Scripts/fuzz-pipeline-seeds.py OUT_DIR
"""
import os
import sys

root = os.path.join(os.path.dirname(__file__), "..", "Samples", "lake-basin-rrp")
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
files = []
for folder, _, names in os.walk(root):
    for name in sorted(names):
        if name.endswith(".md"):
            path = os.path.join(folder, name)
            files.append((os.path.relpath(path, root), open(path, encoding="utf-8").read()))
files.sort()
plan = [f for f in files if f[0] == "plan.md"]
def example(chosen):
    return "".join(f"==> {path} <==\n{text}" for path, text in chosen)
with open(os.path.join(out, "sample-plan.txt"), "w", encoding="utf-8") as handle:
    handle.write(example(files))
for index, chapter in enumerate(f for f in files if f[0] != "plan.md"):
    with open(os.path.join(out, f"chapter-{index:02d}.txt"), "w", encoding="utf-8") as handle:
        handle.write(example(plan + [chapter]))
