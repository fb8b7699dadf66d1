#!/usr/bin/env bash
# Benchmarks `rrp compile --format json` on a large synthetic plan against cmark converting the
# same Markdown bodies to HTML, each in one process. Rerun from the package root:
#
#   Scripts/bench-compile.sh [COUNTRIES=40] [SECTORS=12] [RUNS=10]
#
# Needs python3, cmark (apt: cmark) and GNU time (/usr/bin/time); timing is Scripts/bench-ratio.py.
# Builds release, generates the plan into /tmp (Scripts/bench-plan.sh), then reports the median
# wall times, their ratio (goal: at most 2x cmark) and peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNTRIES=${1:-40}
SECTORS=${2:-12}
RUNS=${3:-10}
WORK=${TMPDIR:-/tmp}/rrp-bench
PLAN=$WORK/plan
BODIES=$WORK/bodies
R=.build/release

swift build -c release --product rrp --static-swift-stdlib >/dev/null
mkdir -p "$WORK"
source Scripts/bench-plan.sh
prepare_bench_plan "$PLAN" "$BODIES" "$COUNTRIES" "$SECTORS"
COMPILE="$R/rrp compile $PLAN --out $WORK/out --format json --diagnostics-format line"

# Sanity: the plan compiles with no errors and the JSON is written.
$COMPILE
echo "json: $(stat -c %s "$WORK/out/plan.json") bytes"

Scripts/bench-ratio.py --runs "$RUNS" rrp "$COMPILE" cmark "cmark $BODIES/*.md > $WORK/bodies.html"

peak() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}'; }
echo "peak memory rrp:   $(peak $COMPILE) KB"
echo "peak memory cmark: $(peak sh -c "cmark $BODIES/*.md") KB"
