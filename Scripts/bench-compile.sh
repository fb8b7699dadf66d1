#!/usr/bin/env bash
# Benchmarks `rrp compile --format json` on a large synthetic plan against cmark converting the
# same Markdown bodies to HTML, each in one process. Rerun from the package root:
#
#   Scripts/bench-compile.sh [COUNTRIES=40] [SECTORS=12] [RUNS=10]
#
# Needs python3, cmark (apt: cmark), hyperfine (apt: hyperfine) and GNU time (/usr/bin/time).
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

hyperfine --warmup 2 --runs "$RUNS" --export-json "$WORK/hyperfine.json" \
    -n rrp "$COMPILE" \
    -n cmark "sh -c 'cmark $BODIES/*.md > $WORK/bodies.html'"

python3 - "$WORK/hyperfine.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
a, b = r["rrp"]["median"], r["cmark"]["median"]
print(f"median rrp {a*1000:.0f} ms, cmark {b*1000:.0f} ms, ratio {a/b:.2f}x (goal <= 2x)")
PY

peak() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}'; }
echo "peak memory rrp:   $(peak $COMPILE) KB"
echo "peak memory cmark: $(peak sh -c "cmark $BODIES/*.md") KB"
