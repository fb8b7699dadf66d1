#!/usr/bin/env bash
# Builds the libFuzzer target for the front-matter DSL and runs it.
#
#   Scripts/fuzz-dsl.sh [SECONDS] [extra libFuzzer flags...]
#
# Modules are compiled with swiftc (not SwiftPM) into .build-fuzz/: PlanModel, PlanDiagnostics,
# PlanSyntax (cmark through the CCmark module map), then the target in Fuzz/ with the tests'
# header dump (to compare meanings). The seed corpus is
# Fuzz/FrontMatter/corpus/ (read only); new inputs go to .build-fuzz/corpus/, crashes to fuzz-artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
out=.build-fuzz
mkdir -p "$out/corpus" fuzz-artifacts
flags=(-sanitize=fuzzer,address -O -g)
link=(-parse-as-library -swift-version 6 -I "$out" -I Sources/CCmark)

. Scripts/lib/dsl-modules.sh
build_dsl_modules "$out" "${flags[@]}"
# gold warns once per ASan helper symbol ("Cannot export local symbol"); keep the rest.
swiftc "${flags[@]}" "${link[@]}" Fuzz/FrontMatter/*.swift Tests/PlanSyntaxTests/DSL/Support/HeaderDump.swift "$out/PlanModel.o" "$out/PlanDiagnostics.o" "$out/PlanSyntax.o" -lcmark \
    -o "$out/front-matter-fuzz" 2> "$out/link.log" || { cat "$out/link.log" >&2; exit 1; }
grep -v "Cannot export local symbol" "$out/link.log" >&2 || true

echo "fuzzing for $seconds s" >&2
"$out/front-matter-fuzz" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix=fuzz-artifacts/ "$@" "$out/corpus" Fuzz/FrontMatter/corpus
