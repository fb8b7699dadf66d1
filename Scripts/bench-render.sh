#!/usr/bin/env bash
# Times `rrp compile --format html,md,json,csv` (everything, in one process) on a large synthetic
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

swift build -c release --product rrp --static-swift-stdlib >/dev/null
mkdir -p "$WORK"
source Scripts/bench-plan.sh
prepare_bench_plan "$PLAN" "$BODIES" "$COUNTRIES" "$SECTORS"
rm -rf "$OUT"
$R/rrp compile "$PLAN" --out "$OUT" --diagnostics-format line >/dev/null 2>&1
echo "outputs: $(ls "$OUT" | wc -l) files, $(du -sb "$OUT" | cut -f1) bytes"

hyperfine --warmup 1 --runs "$RUNS" --export-json "$WORK/hyperfine.json" \
    -n rrp "$R/rrp compile $PLAN --out $OUT --format html,md,json,csv --diagnostics-format line" \
    -n cmark "sh -c 'cmark $BODIES/*.md > $WORK/bodies.html'" >/dev/null
python3 - "$WORK/hyperfine.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
a, b = r["rrp"]["median"], r["cmark"]["median"]
print(f"median rrp compile (all formats) {a*1000:.0f} ms, cmark {b*1000:.0f} ms, ratio {a/b:.2f}x (goal <= 2x)")
PY
peak() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}'; }
echo "peak memory rrp compile: $(peak $R/rrp compile "$PLAN" --out "$OUT" --diagnostics-format line) KB"
echo "peak memory cmark:       $(peak sh -c "cmark $BODIES/*.md") KB"
