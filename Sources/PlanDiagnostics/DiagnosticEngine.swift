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

    /// Every diagnostic, in presentation order, duplicates removed.
    public var diagnostics: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return collected.sorted(by: Diagnostic.presentationOrder).filter { seen.insert($0).inserted }
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    public var noteCount: Int { diagnostics.count { $0.severity == .note } }
    public var hasErrors: Bool { collected.contains { $0.severity == .error } }

    /// "2 errors, 1 warning" style summary; "no problems" when empty.
    public var summaryLine: String {
        let parts = [(errorCount, "error"), (warningCount, "warning")]
            .filter { $0.0 > 0 }
            .map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
        return parts.isEmpty ? "no problems" : parts.joined(separator: ", ")
    }
}
