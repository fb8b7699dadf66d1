#!/usr/bin/env bash
# Times `rrp compile --format html,md,json,csv` (everything, in one process) on a large synthetic
# plan against `cmark` rendering the same Markdown bodies to HTML, and reports the ratio (goal:
# at most 2x) and the peak memory of both. From the package root:
#
#   Scripts/bench-render.sh [COUNTRIES=40] [SECTORS=12] [RUNS=5]
#
# Needs python3, cmark (apt), GNU time (/usr/bin/time) and Scripts/generate-plan.py; timing is
# Scripts/bench-ratio.py (rrp and cmark run alternately; the ratio is the median of the pairs).
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

Scripts/bench-ratio.py --runs "$RUNS" rrp "$R/rrp compile $PLAN --out $OUT --format html,md,json,csv --diagnostics-format line" \
    cmark "cmark $BODIES/*.md > $WORK/bodies.html"
peak() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}'; }
echo "peak memory rrp compile: $(peak $R/rrp compile "$PLAN" --out "$OUT" --diagnostics-format line) KB"
echo "peak memory cmark:       $(peak sh -c "cmark $BODIES/*.md") KB"
