#!/usr/bin/env bash
# Micro benchmark: lint a large generated chapter body (release build) and compare with the
# time `cmark` takes to parse the same Markdown (best of N runs each).
#
#   Scripts/bench-lint.sh [PARAGRAPHS] [RUNS] [MIX]
#
# MIX is `stress` (most sentences name an agency: a worst case), `prose` (about one sentence
# in eight names an agency, closer to a real plan) or `plan`: every chapter of the synthetic
# plan of Scripts/generate-plan.py (8 countries, 12 sectors, seed 1; PARAGRAPHS is ignored),
# linted in one process and compared with cmark on the chapters concatenated. Default: stress.
#
# Builds a throwaway package in .build-bench/ (ignored by git) that depends on this package by
# path. Prints cmark's time, the linter's times (cmark parse + conversion, lint pass, total) and
# the ratios.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PARAGRAPHS="${1:-20000}"
RUNS="${2:-5}"
MIX="${3:-stress}"
WORK="$ROOT/.build-bench"
PKG="$WORK/pkg"
mkdir -p "$PKG/Sources/bench-lint"

if [ "$MIX" = "plan" ]; then
    rm -rf "$WORK/plan"
    python3 "$ROOT/Scripts/generate-plan.py" "$WORK/plan" --countries 8 --sectors 12 --seed 1 > /dev/null
    FILES=$(find "$WORK/plan" -name '*.md' | sort)
    # shellcheck disable=SC2086
    cat $FILES > "$WORK/plan.md"
    LABEL="$(echo "$FILES" | wc -l) chapters"
else
python3 - "$PARAGRAPHS" "$MIX" > "$WORK/plan.md" <<'PY'
import random, sys
random.seed(7)
n = int(sys.argv[1])
prose = sys.argv[2] == "prose"
agencies = ["UNHCR", "IOM", "UNICEF", "WFP", "WHO", "UNFPA", "NRC", "Save the Children"]
verbs = ["distribute", "provide", "deliver", "rehabilitate", "support", "co-lead", "monitor"]
sentences = [
    "{a} will {v} core relief items to {n} households in the new settlements.",
    "RRP partners will {v} multipurpose cash to {n} refugees, in line with the agreed transfer values.",
    "The Protection Working Group is co-chaired by {a} and the Ministry of Interior.",
    "Source: {a}, registration data, 31 December 2026.",
    "According to {a} monitoring data, {n} people crossed the border in May.",
    "Host communities in the border areas face chronic food insecurity and limited basic services.",
    "“We left everything behind,” said a refugee mother in the transit centre.",
    "Our teams will {v} psychosocial support at all border crossing points.",
    "Partners will expand community-based protection networks with `code spans` and <https://example.org/report>.",
    "Le HCR assurera l'enregistrement de {n} nouveaux arrivants.",
    "El ACNUR brindará asistencia legal a {n} personas.",
    "难民署将为{n}户家庭提供住所。",
]
plain = [
    "Host communities in the border areas face chronic food insecurity and limited basic services.",
    "Partners will expand community-based protection networks in all refugee-hosting districts, prioritizing women and children.",
    "The rainy season between June and September cuts off road access to several settlements for {n} people.",
    "Nearly 60 per cent of the refugee population are children under 18, and many arrived without documents.",
    "Health partners will support the Ministry of Health to integrate refugees into the national health insurance scheme.",
    "Food security partners will provide in-kind and cash-based food assistance to {n} refugees each month.",
]
print("---\nkind: country\nlanguage: en\n---\n")
headings = ["Situation analysis", "Response strategy", "Coordination", "Financial requirements", "Protection"]
for i in range(n):
    if i % 25 == 0:
        print(f"## {random.choice(headings)} {i // 25}\n")
    if i % 40 == 7:
        print("| Partner | Requirements |\n| --- | --- |\n| UNHCR | 1,200,000 |\n")
        continue
    if i % 30 == 11:
        print("- " + random.choice(agencies) + "\n- " + random.choice(agencies) + "\n")
        continue
    pool = sentences
    if prose:
        pool = plain if random.random() < 0.875 else sentences
    text = " ".join(random.choice(pool).format(a=random.choice(agencies), v=random.choice(verbs), n=random.randint(100, 90000)) for _ in range(3))
    print(text + "\n")
PY
    FILES="$WORK/plan.md"
    LABEL="$PARAGRAPHS paragraphs"
fi

cat > "$PKG/Package.swift" <<SWIFT
// swift-tools-version: 6.0
import PackageDescription
let package = Package(
    name: "bench-lint",
    dependencies: [.package(name: "RRPKit", path: "$ROOT")],
    targets: [.executableTarget(name: "bench-lint", dependencies: [.product(name: "RRPKit", package: "RRPKit")])]
)
SWIFT
cat > "$PKG/Sources/bench-lint/main.swift" <<'SWIFT'
import Foundation
import PlanLint
import PlanSyntax

// Arguments: RUNS lint|read FILE... (`read`: time only ChapterSource.read, for instruction counts
// under valgrind). Every file is a chapter; all are linted in one process.
let runs = Int(CommandLine.arguments[1]) ?? 5
let readOnly = CommandLine.arguments[2] == "read"
let paths = CommandLine.arguments.dropFirst(3)
let files = paths.map { path in
    guard let file = InputWalk.file(path).file else { fatalError("cannot read \(path)") }
    return file
}
let linter = AgencyNeutralLinter()
func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e6 }
var bestRead = Double.infinity, bestLint = Double.infinity, bestTotal = Double.infinity, findings = 0
_ = linter.lint(ChapterSource.read(files[0]).chapter)  // loads the knowledge once
for _ in 0..<runs {
    let t0 = now()
    let chapters = files.map { ChapterSource.read($0).chapter }
    let t1 = now()
    if !readOnly { findings = chapters.reduce(0) { $0 + linter.lint($1).count } }
    let t2 = now()
    bestRead = min(bestRead, t1 - t0)
    bestLint = min(bestLint, t2 - t1)
    bestTotal = min(bestTotal, t2 - t0)
}
print(String(format: "%.1f %.1f %.1f %d", bestRead, bestLint, bestTotal, findings))
SWIFT

echo "building the benchmark (release)..." >&2
swift build -c release --static-swift-stdlib --package-path "$PKG" --scratch-path "$WORK/.build-release" >&2
BIN="$WORK/.build-release/release/bench-lint"

CMARK_MS=$(python3 - "$WORK/plan.md" "$RUNS" <<'PY'
import subprocess, sys, time
best = float("inf")
for _ in range(int(sys.argv[2])):
    t = time.perf_counter()
    subprocess.run(["cmark", sys.argv[1]], stdout=subprocess.DEVNULL, check=True)
    best = min(best, time.perf_counter() - t)
print(f"{best * 1000:.1f}")
PY
)
# shellcheck disable=SC2086
read -r READ_MS LINT_MS TOTAL_MS FINDINGS < <("$BIN" "$RUNS" lint $FILES)
BYTES=$(wc -c < "$WORK/plan.md")
python3 - <<PY
cmark, read, lint, total = $CMARK_MS, $READ_MS, $LINT_MS, $TOTAL_MS
print(f"input ($MIX): $BYTES bytes, $LABEL, $FINDINGS findings")
print(f"cmark (process: parse + HTML):          {cmark:8.1f} ms")
print(f"ChapterSource.read (cmark + conversion): {read:8.1f} ms")
print(f"lint pass (tokenize + match + rules):    {lint:8.1f} ms   ratio to cmark {lint / cmark:.2f}x")
print(f"read + lint:                             {total:8.1f} ms   ratio to cmark {total / cmark:.2f}x")
PY

# Instruction counts (valgrind): independent of the machine's load. Per run = difference
# between 2 timed runs and none, halved; the read is measured alone and subtracted.
if [ "${BENCH_INSTRUCTIONS:-1}" = "1" ] && command -v valgrind > /dev/null; then
    ir() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 | awk '/Collected/ { gsub(",", "", $4); print $4 }'; }
    C=$(ir cmark "$WORK/plan.md")
    # shellcheck disable=SC2086
    L0=$(ir "$BIN" 0 lint $FILES); L2=$(ir "$BIN" 2 lint $FILES)
    # shellcheck disable=SC2086
    R0=$(ir "$BIN" 0 read $FILES); R2=$(ir "$BIN" 2 read $FILES)
    python3 - <<PY
c = $C
total = ($L2 - $L0) / 2
read = ($R2 - $R0) / 2
lint = total - read
print(f"instructions: cmark {c:,}; read {read:,.0f} ({read / c:.2f}x); lint pass {lint:,.0f} ({lint / c:.2f}x); read + lint {total:,.0f} ({total / c:.2f}x)")
PY
fi
