/// Collects diagnostics from every stage, applies the user's options, and counts them.
///
/// Overrides apply before `--warnings-as-errors`, so `ID=warning` together with the flag still
/// makes an error. Internal errors (`internal.*`) and syntax errors can be raised or lowered
/// like any other ID.
public struct DiagnosticEngine: Sendable {
    public private(set) var options: DiagnosticOptions
    private var collected: [Diagnostic] = []

    public init(options: DiagnosticOptions = DiagnosticOptions()) {
        self.options = options
    }

    /// Adds one diagnostic, after applying the options.
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
    }

    /// Adds many diagnostics.
    public mutating func emit<S: Sequence>(contentsOf diagnostics: S) where S.Element == Diagnostic {
        for d in diagnostics { emit(d) }
    }

    /// Every diagnostic, in presentation order, duplicates removed. Duplicates sort next to each
    /// other (same file, start, ID and summary), so each is compared only with its run of equals
    /// in that order: no hashing of every diagnostic's text, which cost more than linting when a
    /// plan draws thousands of findings.
    public var diagnostics: [Diagnostic] {
        let sorted = collected.sorted(by: Diagnostic.presentationOrder)
        var out: [Diagnostic] = []
        out.reserveCapacity(sorted.count)
        var runStart = 0
        for d in sorted {
            if let last = out.last, Diagnostic.presentationOrder(last, d) {
                runStart = out.count
            }
            if !out[runStart...].contains(d) { out.append(d) }
        }
        return out
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    public var noteCount: Int { diagnostics.count { $0.severity == .note } }
    public var hasErrors: Bool { collected.contains { $0.severity == .error } }

    /// "2 errors, 1 warning" style summary; "no problems" when empty.
    public var summaryLine: String { Self.summaryLine(of: diagnostics) }

    /// ``summaryLine`` of diagnostics already taken from an engine.
    public static func summaryLine(of all: [Diagnostic]) -> String {
        let parts = [(all.count { $0.severity == .error }, "error"), (all.count { $0.severity == .warning }, "warning")]
            .filter { $0.0 > 0 }
            .map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
        return parts.isEmpty ? "no problems" : parts.joined(separator: ", ")
    }
}
