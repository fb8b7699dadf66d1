#!/usr/bin/env bash
# Benchmarks `rrp compile --format json` of the large synthetic plan with an FTS flow export of
# FLOWS funding records and an HXL table of ROWS indicator results (issue 17's goal: 50,000 and
# 20,000, within 2x cmark), against cmark converting the same Markdown bodies, each in one
# process; then the funding alone against cmark, and the same compile without funding, for the
# cost of the funding alone. ROWS=0 leaves the indicator results out. Rerun from the package
# root:
#
#   Scripts/bench-funding.sh [FLOWS=50000] [COUNTRIES=40] [SECTORS=12] [RUNS=10] [ROWS=20000]
#
# Needs python3 and cmark (apt: cmark); timing is Scripts/bench-ratio.py (docs/benchmark.md).
set -euo pipefail
cd "$(dirname "$0")/.."
FLOWS=${1:-50000}
COUNTRIES=${2:-40}
SECTORS=${3:-12}
RUNS=${4:-10}
ROWS=${5:-20000}
WORK=${TMPDIR:-/tmp}/rrp-bench-funding
PLAN=$WORK/plan
BODIES=$WORK/bodies
R=.build/release

swift build -c release --product rrp --static-swift-stdlib >/dev/null
mkdir -p "$WORK"
source Scripts/bench-plan.sh
prepare_bench_plan "$PLAN" "$BODIES" "$COUNTRIES" "$SECTORS"
PLAIN="$R/rrp compile $PLAN --out $WORK/plain --format json --diagnostics-format line"
$PLAIN >/dev/null
python3 Scripts/generate-funding.py "$WORK/plain/plan.json" "$WORK/fts-flows.json" --flows "$FLOWS"
FUNDED="$R/rrp compile $PLAN --out $WORK/out --format json --diagnostics-format line --funding $WORK/fts-flows.json"
if [ "$ROWS" -gt 0 ]; then
    python3 Scripts/generate-progress.py "$WORK/plain/plan.json" "$WORK/progress.csv" --rows "$ROWS"
    BOTH="$FUNDED --progress $WORK/progress.csv"
    echo "progress findings: $($BOTH | grep -c '\[progress\.' || true)"
    Scripts/bench-ratio.py --runs "$RUNS" rrp+funding+progress "$BOTH" cmark "cmark $BODIES/*.md > $WORK/bodies.html"
fi

# Sanity: the plan compiles with its funding, and the reported records are counted.
echo "funding findings: $($FUNDED | grep -c '\[funding\.' || true)"
python3 -c "import json,sys; f=json.load(open('$WORK/out/plan.json'))['funding']; print(f\"received USD {f['received']:,} from {f['records']} records, {f['excludedRecords']} not counted\")"

Scripts/bench-ratio.py --runs "$RUNS" rrp+funding "$FUNDED" cmark "cmark $BODIES/*.md > $WORK/bodies.html"
Scripts/bench-ratio.py --runs "$RUNS" rrp+funding "$FUNDED" rrp "$PLAIN"
