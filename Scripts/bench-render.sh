#!/usr/bin/env bash
# Times `rrp compile --emit html,md,json,csv` (everything, in one process) on a large synthetic
# plan against `cmark` rendering the same Markdown bodies to HTML, and reports the ratio (goal:
# at most 2x) and the peak memory of both. From the package root:
#
#   Scripts/bench-render.sh [COUNTRIES=40] [SECTORS=12] [RUNS=5]
#
# Needs python3, cmark and hyperfine (apt), GNU time (/usr/bin/time) and Scripts/generate-plan.py.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNTRIES=${1:-40}
SECTORS=${2:-12}
RUNS=${3:-5}
WORK=${TMPDIR:-/tmp}/rrp-bench-render
PLAN=$WORK/plan
BODIES=$WORK/bodies
OUT=$WORK/out
R=.build/release

swift build -c release --product rrp >/dev/null
mkdir -p "$WORK"
python3 Scripts/generate-plan.py "$PLAN" --countries "$COUNTRIES" --sectors "$SECTORS" --seed 1
rm -rf "$BODIES" && mkdir -p "$BODIES"
python3 - "$PLAN" "$BODIES" <<'PY'
import os, sys
src, dst = sys.argv[1], sys.argv[2]
for root, _, files in sorted(os.walk(src)):
    for name in sorted(files):
        text = open(os.path.join(root, name), encoding="utf-8").read()
        body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
        open(os.path.join(dst, os.path.relpath(os.path.join(root, name), src).replace("/", "_")), "w", encoding="utf-8").write(body)
PY
echo "plan: $(find "$PLAN" -name '*.md' | wc -l) chapters, $(du -sb "$PLAN" | cut -f1) bytes"
rm -rf "$OUT"
$R/rrp compile "$PLAN" --out "$OUT" --format line >/dev/null 2>&1
echo "outputs: $(ls "$OUT" | wc -l) files, $(du -sb "$OUT" | cut -f1) bytes"

hyperfine --warmup 1 --runs "$RUNS" --export-json "$WORK/hyperfine.json" \
    -n rrp "$R/rrp compile $PLAN --out $OUT --emit html,md,json,csv --format line" \
    -n cmark "sh -c 'cmark $BODIES/*.md > $WORK/bodies.html'" >/dev/null
python3 - "$WORK/hyperfine.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
a, b = r["rrp"]["median"], r["cmark"]["median"]
print(f"median rrp compile (all formats) {a*1000:.0f} ms, cmark {b*1000:.0f} ms, ratio {a/b:.2f}x (goal <= 2x)")
PY
peak() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}'; }
echo "peak memory rrp compile: $(peak $R/rrp compile "$PLAN" --out "$OUT" --format line) KB"
echo "peak memory cmark:       $(peak sh -c "cmark $BODIES/*.md") KB"
