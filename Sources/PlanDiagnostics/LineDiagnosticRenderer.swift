import PlanModel

/// `path:line:col: severity: summary [id]`, one diagnostic per line: the form SwiftPM, editors
/// and CI problem matchers read. Notes follow as `path:line:col: note: ...` lines.
public struct LineDiagnosticRenderer: DiagnosticRenderer {
    public init() {}

    public func render(_ diagnostics: [Diagnostic], sources: any SourceLines) -> String {
        var out = ""
        for d in diagnostics {
            out += Self.location(file: d.file, range: d.range) + " \(d.severity.rawValue): \(d.summary) [\(d.id)]\n"
            for note in d.notes {
                out += Self.location(file: note.file ?? d.file, range: note.range ?? d.range) + " note: \(note.message)\n"
            }
        }
        return out
    }

    /// `path:line:col:`, or `path:` when there is no range.
    public static func location(file: String, range: SourceRange?) -> String {
        guard let range else { return "\(file):" }
        return "\(file):\(range.start.line):\(range.start.column):"
    }
}
