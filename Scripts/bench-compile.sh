#!/usr/bin/env bash
# Benchmarks compiling a large synthetic plan to JSON against cmark converting the same Markdown
# bodies to HTML, each in one process. Rerun from the package root:
#
#   Scripts/bench-compile.sh [COUNTRIES=40] [SECTORS=12] [RUNS=10]
#
# Needs python3, cmark (apt: cmark), hyperfine (apt: hyperfine) and GNU time (/usr/bin/time).
# Builds release, builds the hidden driver Scripts/bench/compile-driver.swift against the
# release objects (swiftc, no package product), generates the plan into /tmp, then reports the
# median wall times, their ratio (goal: at most 2x cmark) and peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNTRIES=${1:-40}
SECTORS=${2:-12}
RUNS=${3:-10}
WORK=${TMPDIR:-/tmp}/rrp-bench
PLAN=$WORK/plan
BODIES=$WORK/bodies
R=.build/release

swift build -c release --product rrp >/dev/null
# The objects of the modules the driver needs, as listed for the last link (no stale objects).
OBJECTS=$(grep -E '/(PlanModel|PlanDiagnostics|PlanSyntax|PlanCompiler)\.build/' $R/rrp.product/Objects.LinkFileList)
swiftc -O -I $R/Modules -I Sources/CCmark -o $R/rrp-compile-driver Scripts/bench/compile-driver.swift $OBJECTS -lcmark

mkdir -p "$WORK"
python3 Scripts/generate-plan.py "$PLAN" --countries "$COUNTRIES" --sectors "$SECTORS" --seed 1
rm -rf "$BODIES" && mkdir -p "$BODIES"
# The bodies alone (front matter removed), one file per chapter, for cmark.
python3 - "$PLAN" "$BODIES" <<'PY'
import os, sys
src, dst = sys.argv[1], sys.argv[2]
for root, _, files in sorted(os.walk(src)):
    for name in sorted(files):
        text = open(os.path.join(root, name), encoding="utf-8").read()
        body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
        rel = os.path.relpath(os.path.join(root, name), src).replace("/", "_")
        open(os.path.join(dst, rel), "w", encoding="utf-8").write(body)
PY
CHAPTERS=$(find "$PLAN" -name '*.md' | wc -l)
SIZE=$(du -sb "$PLAN" | cut -f1)
echo "plan: $CHAPTERS chapters, $SIZE bytes in $PLAN"

# Sanity: the plan compiles with no errors and the JSON is written.
$R/rrp-compile-driver "$PLAN" "$WORK/plan.json"
echo "json: $(stat -c %s "$WORK/plan.json") bytes"

hyperfine --warmup 2 --runs "$RUNS" --export-json "$WORK/hyperfine.json" \
    -n rrp "$R/rrp-compile-driver $PLAN $WORK/plan.json" \
    -n cmark "sh -c 'cmark $BODIES/*.md > $WORK/bodies.html'"

python3 - "$WORK/hyperfine.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
a, b = r["rrp"]["median"], r["cmark"]["median"]
print(f"median rrp {a*1000:.0f} ms, cmark {b*1000:.0f} ms, ratio {a/b:.2f}x (goal <= 2x)")
PY

peak() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}'; }
echo "peak memory rrp:   $(peak $R/rrp-compile-driver "$PLAN" "$WORK/plan.json") KB"
echo "peak memory cmark: $(peak sh -c "cmark $BODIES/*.md") KB"
