#!/usr/bin/env bash
# Benchmarks `rrp compile --format json` of a plan with an HXL table of ROWS indicator results
# (Scripts/generate-progress.py), against the same compile without them, for the cost of the
# progress alone; with `large`, the large synthetic plan (Scripts/bench-plan.sh) instead of
# the sample, and cmark converting its Markdown bodies beside it. Rerun from the package root:
#
#   Scripts/bench-progress.sh [ROWS=20000] [RUNS=10] [sample|large]
#
# Needs python3 (and cmark for `large`); timing is Scripts/bench-ratio.py (docs/benchmark.md).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-20000}
RUNS=${2:-10}
WHICH=${3:-sample}
WORK=${TMPDIR:-/tmp}/rrp-bench-progress-$WHICH
R=.build/release

swift build -c release --product rrp --static-swift-stdlib >/dev/null
mkdir -p "$WORK"
if [ "$WHICH" = large ]; then
    PLAN=$WORK/plan
    BODIES=$WORK/bodies
    source Scripts/bench-plan.sh
    prepare_bench_plan "$PLAN" "$BODIES" 40 12
else
    PLAN=Samples/lake-basin-rrp
fi
PLAIN="$R/rrp compile $PLAN --out $WORK/plain --format json --diagnostics-format line"
$PLAIN >/dev/null
python3 Scripts/generate-progress.py "$WORK/plain/plan.json" "$WORK/progress.csv" --rows "$ROWS"
WITH="$R/rrp compile $PLAN --out $WORK/out --format json --diagnostics-format line --progress $WORK/progress.csv"

# Sanity: the plan compiles with its results, and the reported results are counted.
echo "progress findings: $($WITH | grep -c '\[progress\.' || true)"
python3 -c "import json; p=json.load(open('$WORK/out/plan.json'))['progress']; print(f\"{p['results']} results counted, {p['excludedResults']} not counted, {len(p['indicators'])} indicators with a latest value\")"

Scripts/bench-ratio.py --runs "$RUNS" rrp+progress "$WITH" rrp "$PLAIN"
if [ "$WHICH" = large ]; then
    Scripts/bench-ratio.py --runs "$RUNS" rrp+progress "$WITH" cmark "cmark $BODIES/*.md > $WORK/bodies.html"
fi
