#!/usr/bin/env python3
"""Kills `rrp compile` and `rrp fmt` with SIGKILL at random moments and checks what they leave.

    Scripts/interrupt-outputs.py [--trials 50] [--fmt-trials 25] [--rrp .build/debug/rrp] [--seed 1]

Compile: a synthetic plan (Scripts/generate-plan.py) in two variants, A and B (B drops a country
and rewords every chapter, so every document changes and two countries' documents go stale).
The output folder is compiled with A once; then each trial starts a compile of the other
variant, kills it after a random delay (uniform between 0 and the time an uninterrupted compile
takes), and looks at the folder:

  temporaries   hidden `.NAME.rrp-XXXXXX` files left in the folder by the killed compile
  mixed         documents of both variants in the folder while the manifest does not say
                "in-progress" (a reader cannot tell the folder is half old, half new)
  unaccounted   an output file the manifest does not list (no later compile would remove it)
  in progress   the manifest says "in-progress" (killed while replacing files; not a failure)

then runs the same compile to the end (the next compile a user would run) and checks that the
folder then holds exactly what an uninterrupted compile of that variant writes, manifest
included, with no temporary left ("not recovered" otherwise).

Fmt: a plan whose chapters all need formatting; each trial kills `rrp fmt` at random, counts
the temporaries and torn files (a chapter that is neither its original nor its formatted bytes),
then runs `rrp fmt` to the end and checks that no temporary remains and every chapter is
formatted.

Prints one line per check with its count out of the trials; exits 1 when any check failed.
"""
import argparse
import hashlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

TEMPORARY = re.compile(r"^\..+\.rrp-[A-Za-z0-9]{6}$")
OWN = {".rrp-outputs.json", ".rrp-outputs.lock"}


def content_hash(data):
    """ContentHash (Sources/PlanRender/Output/ContentHash.swift), for an independent check."""
    mask, prime, basis = (1 << 64) - 1, 0x100000001B3, 0xCBF29CE484222325
    lanes = [basis, basis + 1, basis + 2, basis + 3]

    def mix(h, w):
        h = ((h ^ w) * prime) & mask
        return h ^ (h >> 32)

    n, i = len(data), 0
    words = memoryview(data)[: n - n % 8].cast("Q") if n >= 8 else []
    whole = (n // 32) * 4
    for k in range(0, whole, 4):
        lanes[0], lanes[1], lanes[2], lanes[3] = mix(lanes[0], words[k]), mix(lanes[1], words[k + 1]), mix(lanes[2], words[k + 2]), mix(lanes[3], words[k + 3])
    for k in range(whole, n // 8):
        lanes[0] = mix(lanes[0], words[k])
    for i in range((n // 8) * 8, n):
        lanes[0] = ((lanes[0] ^ data[i]) * prime) & mask
    h = lanes[0]
    for x in (lanes[1], lanes[2], lanes[3], n):
        h = mix(h, x)
    return "%016x" % h


def snapshot(folder):
    """name -> bytes of every regular file in `folder`."""
    out = {}
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        if os.path.isfile(path) and not os.path.islink(path):
            with open(path, "rb") as f:
                out[name] = f.read()
    return out


def make_variant_b(a, b):
    shutil.copytree(a, b)
    shutil.rmtree(os.path.join(b, "SSD"))
    for root, _, files in os.walk(b):
        for name in files:
            path = os.path.join(root, name)
            text = open(path, encoding="utf-8").read()
            text = text.replace("RRP partners", "Partners").replace(", SSD\n", "\n")
            # Without the country the headline no longer adds up: B has none.
            text = re.sub(r"\nheadline:\n(  .*\n)+", "\n", text)
            open(path, "w", encoding="utf-8").write(text)


def run_to_end(command):
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed: {result.stderr.decode()}")


def kill_after(command, delay):
    """Starts `command`, SIGKILLs it after `delay` seconds; returns whether it had finished."""
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    finished = child.poll() is not None
    if not finished:
        child.send_signal(signal.SIGKILL)
    child.wait()
    return finished


def timed(command):
    start = time.monotonic()
    run_to_end(command)
    return time.monotonic() - start


def manifest_of(files):
    try:
        return json.loads(files[".rrp-outputs.json"])
    except (KeyError, ValueError):
        return None


def compile_trials(rrp, work, trials, rng):
    plans = {"A": os.path.join(work, "A"), "B": os.path.join(work, "B")}
    subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "generate-plan.py"), plans["A"],
                    "--countries", "6", "--sectors", "4", "--words", "400"], check=True, stdout=subprocess.DEVNULL)
    make_variant_b(plans["A"], plans["B"])
    reference = {}
    for v, plan in plans.items():
        ref = os.path.join(work, "ref-" + v)
        run_to_end([rrp, "compile", plan, "--out", ref])
        reference[v] = {k: x for k, x in snapshot(ref).items() if k not in OWN or k == ".rrp-outputs.json"}
    only = {v: {k for k, x in reference[v].items() if k != ".rrp-outputs.json" and reference["AB".replace(v, "")].get(k) != x} for v in "AB"}
    out = os.path.join(work, "out")
    os.makedirs(out)
    open(os.path.join(out, "notes.txt"), "w").write("the user's own file\n")
    duration = timed([rrp, "compile", plans["A"], "--out", out])
    duration = max(duration, timed([rrp, "compile", plans["B"], "--out", out]))
    run_to_end([rrp, "compile", plans["A"], "--out", out])
    counts = {"finished before the kill": 0, "temporaries": 0, "manifest left in progress": 0, "mixed": 0, "unaccounted": 0,
              "not recovered": 0, "temporaries after recovery": 0}
    for trial in range(trials):
        v = "B" if trial % 2 == 0 else "A"
        command = [rrp, "compile", plans[v], "--out", out]
        before = {k for k in os.listdir(out) if TEMPORARY.match(k)}
        counts["finished before the kill"] += kill_after(command, rng.uniform(0, duration))
        files = snapshot(out)
        counts["temporaries"] += any(TEMPORARY.match(k) and k not in before for k in files)
        manifest = manifest_of(files) or {}
        in_progress = manifest.get("state") == "in-progress"
        counts["manifest left in progress"] += in_progress
        listed = {e["name"]: [e] for e in manifest.get("files", [])}
        for e in manifest.get("replaced", []):
            listed.setdefault(e["name"], []).append(e)
        present = {k: x for k, x in files.items() if not k.startswith(".") and k != "notes.txt"}
        holds = {w: any(present.get(k) == reference[w][k] for k in only[w]) for w in "AB"}
        counts["mixed"] += holds["A"] and holds["B"] and not in_progress
        unaccounted = [k for k, x in present.items()
                       if not any(e["size"] == len(x) and e["hash"] == content_hash(x) for e in listed.get(k, []))]
        counts["unaccounted"] += bool(unaccounted)
        run_to_end(command)
        after = snapshot(out)
        counts["temporaries after recovery"] += any(TEMPORARY.match(k) for k in after)
        visible = {k: x for k, x in after.items() if not TEMPORARY.match(k) and k not in (".rrp-outputs.lock", "notes.txt")}
        counts["not recovered"] += visible != reference[v]
    print(f"compile: {trials} trials, SIGKILL after 0..{duration * 1000:.0f} ms (an uninterrupted compile's time)")
    return counts


FMT_MESS = ("chapter: ", "chapter:     ")


def fmt_trials(rrp, work, trials, rng):
    source = os.path.join(work, "fmt-source")
    subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "generate-plan.py"), source,
                    "--countries", "10", "--sectors", "12", "--words", "100"], check=True, stdout=subprocess.DEVNULL)
    chapters = sorted(os.path.relpath(os.path.join(r, n), source) for r, _, fs in os.walk(source) for n in fs if n.endswith(".md"))
    for rel in chapters:
        path = os.path.join(source, rel)
        text = open(path, encoding="utf-8").read()
        open(path, "w", encoding="utf-8").write(text.replace(*FMT_MESS, 1))
    formatted = os.path.join(work, "fmt-formatted")
    shutil.copytree(source, formatted)
    run_to_end([rrp, "fmt", formatted])
    original = {rel: open(os.path.join(source, rel), "rb").read() for rel in chapters}
    canonical = {rel: open(os.path.join(formatted, rel), "rb").read() for rel in chapters}
    assert original != canonical
    tree = os.path.join(work, "fmt-tree")
    shutil.copytree(source, tree)
    duration = timed([rrp, "fmt", tree])
    counts = {"finished before the kill": 0, "temporaries": 0, "torn": 0, "temporaries after the next fmt": 0, "not formatted after the next fmt": 0}
    for _ in range(trials):
        shutil.rmtree(tree)
        shutil.copytree(source, tree)
        counts["finished before the kill"] += kill_after([rrp, "fmt", tree], rng.uniform(0, duration))
        temporaries = [os.path.join(r, n) for r, _, fs in os.walk(tree) for n in fs if TEMPORARY.match(n)]
        counts["temporaries"] += bool(temporaries)
        torn = [rel for rel in chapters if open(os.path.join(tree, rel), "rb").read() not in (original[rel], canonical[rel])]
        counts["torn"] += bool(torn)
        run_to_end([rrp, "fmt", tree])
        counts["temporaries after the next fmt"] += any(TEMPORARY.match(n) for _, _, fs in os.walk(tree) for n in fs)
        counts["not formatted after the next fmt"] += any(open(os.path.join(tree, rel), "rb").read() != canonical[rel] for rel in chapters)
    print(f"fmt: {trials} trials on {len(chapters)} chapters, SIGKILL after 0..{duration * 1000:.0f} ms")
    return counts


def main():
    a = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    a.add_argument("--trials", type=int, default=50)
    a.add_argument("--fmt-trials", type=int, default=25)
    a.add_argument("--rrp", default=".build/debug/rrp")
    a.add_argument("--seed", type=int, default=1)
    args = a.parse_args()
    rrp = os.path.abspath(args.rrp)
    rng = random.Random(args.seed)
    failed = False
    with tempfile.TemporaryDirectory(prefix="rrp-interrupt-") as work:
        for trials, good in ((lambda: compile_trials(rrp, work, args.trials, rng), {"finished before the kill", "temporaries", "manifest left in progress"}),
                             (lambda: fmt_trials(rrp, work, args.fmt_trials, rng), {"finished before the kill", "temporaries"})):
            counts = trials()
            for name, count in counts.items():
                bad = count > 0 and name not in good
                failed |= bad
                print(f"  {name}: {count}{'  <- FAIL' if bad else ''}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
