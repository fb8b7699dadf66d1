import PlanDiagnostics
import PlanModel

/// What one front-matter parse accumulates: the diagnostics it reports and the canonical
/// spelling of every typed value it understood (the formatter's input).
struct DSLContext {
    let file: SourceFile
    private(set) var diagnostics: [Diagnostic] = []
    /// Canonical spellings keyed by the byte offset where the written value starts; the value
    /// is the end offset of the written text and its canonical replacement.
    private(set) var rewrites: [Int: (end: Int, text: String)] = [:]
    /// Whether canonical spellings are kept: only the formatter reads them, so a parse for the
    /// compiler or the linter neither sizes nor fills the table.
    let recordsRewrites: Bool

    init(file: SourceFile, recordsRewrites: Bool = false) {
        self.file = file
        self.recordsRewrites = recordsRewrites
    }

    private let lastLine = LastLineCache()

    /// The range of the bytes `start..<end` in file coordinates.
    func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(start: location(start), end: location(end))
    }

    /// The location of a byte offset. Offsets come mostly in file order, so the line of the
    /// previous lookup answers most of them without a search.
    func location(_ offset: Int) -> SourceLocation {
        if let hit = lastLine.location(of: offset) { return hit }
        let location = file.location(atOffset: offset)
        lastLine.remember(location.line, in: file)
        return location
    }

    /// Reports a finding of `rule` over the file offsets `start..<end`.
    mutating func error(
        _ rule: Rule, _ start: Int, _ end: Int, _ summary: String,
        notes: [DiagnosticNote] = [], fixIts: [FixIt] = []
    ) {
        diagnostics.append(rule.diagnostic(file: file.path, range: range(start, end), summary: summary, notes: notes, fixIts: fixIts))
    }

    /// Reports a literal failure.
    mutating func report(_ failure: LiteralFailure) {
        let fixIts = failure.replacement.map { [FixIt(failure.fixMessage ?? "Replace with '\($0.text)'", range: range($0.start, $0.end), replacement: $0.text)] } ?? []
        error(failure.rule, failure.start, failure.end, failure.summary, fixIts: fixIts)
    }

    /// A fix-it replacing `start..<end`.
    func fix(_ message: String, _ start: Int, _ end: Int, _ replacement: String) -> FixIt {
        FixIt(message, range: range(start, end), replacement: replacement)
    }

    /// Makes room for `count` canonical spellings at once (the table then does not regrow).
    mutating func reserveRewrites(_ count: Int) {
        if recordsRewrites { rewrites.reserveCapacity(count) }
    }

    /// Records the canonical spelling of the value written at `start..<end`.
    mutating func rewrite(_ start: Int, _ end: Int, _ text: String) {
        if recordsRewrites { rewrites[start] = (end, text) }
    }

    /// Whether an error has been reported.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
