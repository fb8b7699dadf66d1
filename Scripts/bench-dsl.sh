#!/usr/bin/env bash
# Benchmarks the front-matter parser and formatter on hostile inputs: 10,000 nesting levels,
# a 1 MB line, 100,000 list items, 5 and 10 MB front matter (linear time means 10 MB takes
# about twice as long as 5 MB). Builds an optimized executable with swiftc into .build-bench/
# (outside SwiftPM: no product is added to Package.swift) and runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
out=.build-bench
mkdir -p "$out"
flags=(-O)
link=(-parse-as-library -swift-version 6 -I "$out" -I Sources/CCmark)

. Scripts/lib/dsl-modules.sh
build_dsl_modules "$out" "${flags[@]}"
swiftc "${flags[@]}" "${link[@]}" Scripts/bench/FrontMatterBench.swift "$out/PlanModel.o" "$out/PlanDiagnostics.o" "$out/PlanSyntax.o" \
    -lcmark -o "$out/front-matter-bench"
"$out/front-matter-bench"
