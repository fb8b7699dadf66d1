#!/usr/bin/env bash
# Times `rrp lint` on a whole synthetic plan folder against `cmark` converting the same Markdown
# bodies to HTML, side by side (Scripts/bench-ratio.py: medians of pairs, wall-clock and CPU),
# on two plans of the same size: the plain synthetic plan (few findings) and the same plan with
# a share of its sentences in one agency's voice (a team's first lint of an existing plan:
# thousands of findings). From the package root:
#
#   Scripts/bench-lint-plan.sh [COUNTRIES=40] [SECTORS=12] [RUNS=10] [AGENCY_SHARE=0.25]
#
# Needs python3 and cmark (apt). Goal (issue 13): at most 1.5x cmark on both plans.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNTRIES=${1:-40}
SECTORS=${2:-12}
RUNS=${3:-10}
SHARE=${4:-0.25}
WORK=${TMPDIR:-/tmp}/rrp-bench-lint
R=.build/release

swift build -c release --product rrp --static-swift-stdlib >/dev/null
mkdir -p "$WORK"
source Scripts/bench-plan.sh
for kind in plain findings; do
  share=0
  [ "$kind" = findings ] && share=$SHARE
  plan=$WORK/$kind/plan bodies=$WORK/$kind/bodies
  mkdir -p "$WORK/$kind"
  prepare_bench_plan "$plan" "$bodies" "$COUNTRIES" "$SECTORS" "$share"
  # The lint exits non-zero only with --warnings-as-errors; count what it finds.
  echo "$kind: $($R/rrp lint "$plan" --format line 2>&1 | grep -c ': warning: ' || true) findings"
  Scripts/bench-ratio.py --runs "$RUNS" "rrp lint" "$R/rrp lint $plan --format line > $WORK/$kind/lint.txt 2>&1" \
      cmark "cmark $bodies/*.md > $WORK/$kind/bodies.html"
done
