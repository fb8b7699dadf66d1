import PlanModel

/// Renders a long list of diagnostics on every core, for the forms whose output is each
/// diagnostic's own text one after the other (text and line): the list is cut into slices of
/// ``sliceSize``, each slice is rendered on its own, and the parts are written (or joined) in
/// order, so the output is byte for byte that of one pass. A team's first lint reports tens of thousands of
/// findings, each quoted with its line and explanation.
enum SlicedRendering {
    /// Fewer diagnostics than this are rendered in one pass.
    static let sliceSize = 2_048

    static func render(_ diagnostics: [Diagnostic], _ renderSlice: @Sendable (ArraySlice<Diagnostic>) -> [UInt8]) -> [UInt8] {
        guard diagnostics.count > sliceSize else { return renderSlice(diagnostics[...]) }
        let parts = renderParts(diagnostics, renderSlice)
        var out: [UInt8] = []
        out.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { out += part }
        return out
    }

    /// Each slice's bytes, in order (see ``DiagnosticRenderer/renderUTF8Parts(_:sources:)``).
    static func renderParts(_ diagnostics: [Diagnostic], _ renderSlice: @Sendable (ArraySlice<Diagnostic>) -> [UInt8]) -> [[UInt8]] {
        guard diagnostics.count > sliceSize else { return [renderSlice(diagnostics[...])] }
        let starts = Array(stride(from: 0, to: diagnostics.count, by: sliceSize))
        return ConcurrentMap.map(starts) { start in
            renderSlice(diagnostics[start..<min(start + sliceSize, diagnostics.count)])
        }
    }
}
