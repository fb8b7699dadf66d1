import PlanModel

/// One finding about the plan: an author mistake, a rule violation, or a remark.
///
/// Every stage of the pipeline reports through this one type, and only a ``Rule`` makes one
/// (``Rule/diagnostic(file:range:summary:explanation:notes:fixIts:)``). `id` is the rule's, stable
/// across releases (`syntax.invalid-utf8`, `budget.government-requirement`...) and is what
/// severity overrides, suppressions and baselines refer to. `summary` is one line in the words of
/// the rule, without a final period; `explanation` says why it matters.
public struct Diagnostic: Hashable, Codable, Sendable {
    public var id: RuleID
    public var severity: Severity
    /// The path as given by the user (relative paths stay relative).
    public var file: String
    /// Where in `file`; `nil` for findings about a whole file or folder.
    public var range: SourceRange?
    public var summary: String
    public var explanation: String?
    public var notes: [DiagnosticNote]
    public var fixIts: [FixIt]

    /// A finding of `rule`, with the rule's default severity; `explanation` defaults to the
    /// rule's.
    init(
        rule: Rule,
        file: String,
        range: SourceRange?,
        summary: String,
        explanation: String? = nil,
        notes: [DiagnosticNote] = [],
        fixIts: [FixIt] = []
    ) {
        self.id = rule.id
        self.severity = rule.defaultSeverity
        self.file = file
        self.range = range
        self.summary = summary
        self.explanation = explanation ?? rule.explanation
        self.notes = notes
        self.fixIts = fixIts
    }

    /// Orders diagnostics by file, then position, then ID, so output is deterministic.
    public static func presentationOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        let l = lhs.range?.start.offset ?? -1
        let r = rhs.range?.start.offset ?? -1
        if l != r { return l < r }
        if lhs.id != rhs.id { return lhs.id < rhs.id }
        return lhs.summary < rhs.summary
    }
}
