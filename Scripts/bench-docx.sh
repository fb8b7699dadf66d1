#!/usr/bin/env bash
# Times `rrp compile --format docx` (the Word documents) on a large synthetic plan against `cmark`
# converting the same Markdown bodies to HTML (goal: at most 2x), and against `--format html`,
# side by side. From the package root:
#
#   Scripts/bench-docx.sh [COUNTRIES=40] [SECTORS=12] [RUNS=5]
#
# Needs python3, cmark (apt), GNU time and Scripts/generate-plan.py; timing is
# Scripts/bench-ratio.py (the ratio is the median of the pairs).
set -euo pipefail
cd "$(dirname "$0")/.."
COUNTRIES=${1:-40}
SECTORS=${2:-12}
RUNS=${3:-5}
WORK=${TMPDIR:-/tmp}/rrp-bench-docx
PLAN=$WORK/plan
BODIES=$WORK/bodies
R=${RRP_RELEASE:-.build/release}

[ -n "${RRP_RELEASE:-}" ] || swift build -c release --product rrp --static-swift-stdlib >/dev/null
mkdir -p "$WORK"
source Scripts/bench-plan.sh
prepare_bench_plan "$PLAN" "$BODIES" "$COUNTRIES" "$SECTORS"
rm -rf "$WORK/docx" "$WORK/html"
/usr/bin/time -f "docx: %e s, %M KB peak" $R/rrp compile "$PLAN" --out "$WORK/docx" --format docx --diagnostics-format line >/dev/null
echo "docx outputs: $(ls "$WORK/docx"/*.docx | wc -l) files, $(cat "$WORK/docx"/*.docx | wc -c) bytes"

DOCX="$R/rrp compile $PLAN --out $WORK/docx --format docx --diagnostics-format line"
HTML="$R/rrp compile $PLAN --out $WORK/html --format html --diagnostics-format line"
echo "== docx against cmark"
Scripts/bench-ratio.py --runs "$RUNS" rrp-docx "$DOCX" cmark "cmark $BODIES/*.md > $WORK/bodies.html"
echo "== docx against html"
Scripts/bench-ratio.py --runs "$RUNS" rrp-docx "$DOCX" rrp-html "$HTML"
