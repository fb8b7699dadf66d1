#!/usr/bin/env bash
# Builds the whole-pipeline libFuzzer target and runs it.
#
#   Scripts/fuzz-pipeline.sh [SECONDS] [extra libFuzzer flags...]
#
# Every module (and swift-mustache, from SwiftPM's checkout: run `swift build` once first) is
# compiled with swiftc into .build-fuzz-pipeline/ with ASan and libFuzzer's coverage; the target
# (Fuzz/Pipeline) reads each input as a plan folder in the rule-example format and runs load,
# check, lint and render in memory (InMemoryPipeline), checking its invariants. The seed corpus
# is made from the sample plan and every rule example (Scripts/fuzz-pipeline-seeds.py) into
# .build-fuzz-pipeline/seeds; new inputs go to .build-fuzz-pipeline/corpus, crashes to
# fuzz-artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
out=.build-fuzz-pipeline
mkdir -p "$out/corpus" fuzz-artifacts
flags=(-sanitize=fuzzer,address -O -g)
mustache=.build/checkouts/swift-mustache/Sources/Mustache
zip=.build/checkouts/ZIPFoundation/Sources
[ -d "$mustache" ] && [ -d "$zip" ] || { echo "fuzz-pipeline: run 'swift build' first (swift-mustache and ZIPFoundation are read from .build/checkouts)" >&2; exit 2; }
# ZIPFoundation's zlib module map (CZlib), which PlanRender's Word writer imports too.
flags+=(-I "$zip/CZLib")

. Scripts/lib/swiftc-modules.sh
if [ ! -f "$out/PlanDriver.o" ] || [ -n "$(find Sources Templates -newer "$out/PlanDriver.o" -name '*.swift' -print -quit)" ]; then
    echo "building the modules (a few minutes)" >&2
    build_module "$out" PlanModel Sources/PlanModel "" -- "${flags[@]}"
    build_module "$out" PlanDiagnostics Sources/PlanDiagnostics "" -- "${flags[@]}"
    build_module "$out" PlanSyntax Sources/PlanSyntax "" -- "${flags[@]}"
    build_module "$out" PlanCompiler Sources/PlanCompiler Sources/PlanCompiler -- "${flags[@]}"
    build_module "$out" PlanLint Sources/PlanLint Sources/PlanLint -- "${flags[@]}"
    build_module "$out" PlanTemplates Templates Templates -- "${flags[@]}"
    build_module "$out" Mustache "$mustache" "" -- "${flags[@]}"
    SWIFT_LANGUAGE_MODE=5 build_module "$out" ZIPFoundation "$zip/ZIPFoundation" "" -- "${flags[@]}" -Xcc -D_GNU_SOURCE=1
    build_module "$out" PlanRender Sources/PlanRender Sources/PlanRender -- "${flags[@]}"
    build_module "$out" PlanDriver Sources/PlanDriver "" -- "${flags[@]}"
fi
objects=()
for name in PlanModel PlanDiagnostics PlanSyntax PlanCompiler PlanLint PlanTemplates Mustache ZIPFoundation PlanRender PlanDriver; do objects+=("$out/$name.o"); done
swiftc "${flags[@]}" -parse-as-library -swift-version 6 -I "$out" -I Sources/CCmark Fuzz/Pipeline/*.swift "${objects[@]}" -lcmark -lz \
    -o "$out/pipeline-fuzz" 2> "$out/link.log" || { cat "$out/link.log" >&2; exit 1; }
grep -v "Cannot export local symbol" "$out/link.log" >&2 || true

python3 Scripts/fuzz-pipeline-seeds.py "$out/seeds"
echo "fuzzing for $seconds s" >&2
LSAN_OPTIONS="suppressions=Fuzz/Pipeline/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}" "$out/pipeline-fuzz" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
    -artifact_prefix=fuzz-artifacts/ "$@" "$out/corpus" "$out/seeds"
