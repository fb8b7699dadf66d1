/// Collects diagnostics from every stage, applies the user's options, and counts them.
///
/// Overrides apply before `--warnings-as-errors`, so `ID=warning` together with the flag still
/// makes an error. Internal errors (`internal.*`) and syntax errors can be raised or lowered
/// like any other ID.
public struct DiagnosticEngine: Sendable {
    public private(set) var options: DiagnosticOptions
    private var collected: [Diagnostic] = []
    /// `collected` is in presentation order without duplicates (see ``arrange()``).
    private var arranged = true

    public init(options: DiagnosticOptions = DiagnosticOptions()) {
        self.options = options
    }

    public mutating func emit(_ diagnostic: Diagnostic) {
        var d = diagnostic
        if let override = options.overrides[d.id] {
            guard let severity = override else { return }
            d.severity = severity
        }
        if options.warningsAsErrors && d.severity == .warning {
            d.severity = .error
        }
        collected.append(d)
        arranged = false
    }

    public mutating func emit<S: Sequence>(contentsOf diagnostics: S) where S.Element == Diagnostic {
        for d in diagnostics { emit(d) }
    }

    /// ``emit(_:)`` for each of `diagnostics`; without options that change them, the array is
    /// taken as it is (a first lint can hand over tens of thousands).
    public mutating func emit(contentsOf diagnostics: consuming [Diagnostic]) {
        guard options.overrides.isEmpty, !options.warningsAsErrors else {
            for d in diagnostics { emit(d) }
            return
        }
        guard !diagnostics.isEmpty else { return }
        if collected.isEmpty { collected = diagnostics } else { collected.append(contentsOf: diagnostics) }
        arranged = false
    }

    /// Puts the diagnostics in presentation order and drops exact duplicates, in place, so that
    /// ``diagnostics`` returns them without sorting again.
    public mutating func arrange() {
        guard !arranged else { return }
        collected.sortInPresentationOrder()
        Self.removeDuplicates(&collected)
        arranged = true
    }

    /// The diagnostics in presentation order, each once.
    public var diagnostics: [Diagnostic] {
        guard !arranged else { return collected }
        var ordered = collected
        ordered.sortInPresentationOrder()
        Self.removeDuplicates(&ordered)
        return ordered
    }

    /// Removes a diagnostic equal to one before it in its run of equal presentation order
    /// (`sorted` is sorted); the others keep their order and are moved, not copied.
    private static func removeDuplicates(_ sorted: inout [Diagnostic]) {
        var kept = 0, runStart = 0
        for next in sorted.indices {
            if kept > 0, Diagnostic.presentationOrder(sorted[kept - 1], sorted[next]) { runStart = kept }
            if kept > runStart, sorted[runStart..<kept].contains(where: { $0 == sorted[next] }) { continue }
            if kept != next { sorted.swapAt(kept, next) }
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
    }

    public var errorCount: Int { Self.count(.error, in: diagnostics) }
    public var warningCount: Int { Self.count(.warning, in: diagnostics) }
    public var noteCount: Int { Self.count(.note, in: diagnostics) }
    /// Read in place: a diagnostic is not copied to be checked.
    public var hasErrors: Bool { collected.indices.contains { collected[$0].severity == .error } }

    public var summaryLine: String { Self.summaryLine(of: diagnostics) }

    public static func summaryLine(of all: [Diagnostic]) -> String {
        let parts = [(count(.error, in: all), "error"), (count(.warning, in: all), "warning")]
            .filter { $0.0 > 0 }
            .map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
        return parts.isEmpty ? "no problems" : parts.joined(separator: ", ")
    }

    /// How many of `all` have `severity` (read in place: a diagnostic is not copied to be counted).
    private static func count(_ severity: Severity, in all: [Diagnostic]) -> Int {
        var n = 0
        for i in all.indices where all[i].severity == severity { n += 1 }
        return n
    }
}
