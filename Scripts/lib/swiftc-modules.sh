# Sourced by the fuzz and benchmark scripts (SWIFT_LANGUAGE_MODE=5 for a dependency written for
# Swift 5, default 6): compiles the package's modules with plain swiftc
# (outside SwiftPM) into objects and module files, in dependency order.
#
#   build_module OUT_DIR NAME SOURCE_DIR [RESOURCE_DIR] -- SWIFTC_FLAGS...
#
# A module with resources gets a `Bundle.module` that points at RESOURCE_DIR (what SwiftPM's
# generated accessor does for a built bundle).
build_module() {
    local out="$1" name="$2" sources="$3" resources="${4:-}"
    shift 4
    [ "${1:-}" = "--" ] && shift
    mkdir -p "$out"
    local extra=()
    if [ -n "$resources" ]; then
        local accessor="$out/$name-bundle.swift"
        printf 'import Foundation\nextension Foundation.Bundle {\n    static let module: Bundle = Bundle(path: "%s")!\n}\n' "$(cd "$resources" && pwd)" > "$accessor"
        extra+=("$accessor")
    fi
    swiftc "$@" -parse-as-library -swift-version "${SWIFT_LANGUAGE_MODE:-6}" -I "$out" -I Sources/CCmark -module-name "$name" -wmo \
        -emit-module -emit-module-path "$out/$name.swiftmodule" \
        -c $(find "$sources" -name '*.swift' | sort) "${extra[@]}" -o "$out/$name.o"
}
