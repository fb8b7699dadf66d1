# Sourced by bench-dsl.sh and fuzz-dsl.sh: compiles the modules the front-matter parser needs
# (PlanModel, PlanDiagnostics, PlanSyntax with cmark through the CCmark module map) into
# objects and module files with plain swiftc, outside SwiftPM.
#
#   build_dsl_modules OUT_DIR SWIFTC_FLAGS...
build_dsl_modules() {
    local out="$1"
    shift
    mkdir -p "$out"
    local name
    for name in PlanModel PlanDiagnostics PlanSyntax; do
        swiftc "$@" -parse-as-library -swift-version 6 -I "$out" -I Sources/CCmark -module-name "$name" -wmo \
            -emit-module -emit-module-path "$out/$name.swiftmodule" \
            -c $(find "Sources/$name" -name '*.swift' | sort) -o "$out/$name.o"
    done
}
