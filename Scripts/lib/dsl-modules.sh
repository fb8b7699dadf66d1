# Sourced by bench-dsl.sh and fuzz-dsl.sh: compiles the modules the front-matter parser needs
# (PlanModel, PlanDiagnostics, PlanSyntax with cmark through the CCmark module map) into
# objects and module files with plain swiftc, outside SwiftPM.
#
#   build_dsl_modules OUT_DIR SWIFTC_FLAGS...
. "$(dirname "${BASH_SOURCE[0]}")/swiftc-modules.sh"
build_dsl_modules() {
    local out="$1"
    shift
    local name
    for name in PlanModel PlanDiagnostics PlanSyntax; do
        build_module "$out" "$name" "Sources/$name" "" -- "$@"
    done
}
