import PlanModel

/// One rule: its identity, default severity and documentation, and the examples that are both
/// its tests and its documentation.
///
/// Every diagnostic of every stage is made by a rule (``diagnostic(file:range:summary:explanation:notes:fixIts:)``),
/// every rule is listed once in the ``RuleRegistry`` of the tool, and `rrp explain`, the
/// generated documentation, SARIF's rule table and the example tests all read that registry.
///
/// Examples are written in the ``RuleExample`` format: a chapter file, a Markdown snippet, or a
/// small plan folder. `triggering` examples must report the rule (at each `↓` marker, when the
/// example has markers) and `nonTriggering` ones must not.
public struct Rule: Hashable, Sendable {
    public var id: RuleID
    public var defaultSeverity: Severity
    /// One line in the words of the rule, without a final period.
    public var summary: String
    /// Why the rule exists and how to fix what it reports.
    public var explanation: String
    public var triggering: [String]
    public var nonTriggering: [String]

    public init(
        id: RuleID,
        severity: Severity,
        summary: String,
        explanation: String,
        triggering: [String] = [],
        nonTriggering: [String] = []
    ) {
        self.id = id
        self.defaultSeverity = severity
        self.summary = summary
        self.explanation = explanation
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }

    /// A finding of this rule, with the rule's severity and (unless `explanation` says more
    /// about this finding) the rule's explanation.
    public func diagnostic(
        file: String, range: SourceRange? = nil, summary: String, explanation: String? = nil,
        notes: [DiagnosticNote] = [], fixIts: [FixIt] = []
    ) -> Diagnostic {
        Diagnostic(rule: self, file: file, range: range, summary: summary, explanation: explanation, notes: notes, fixIts: fixIts)
    }

    /// The entry as Markdown, as printed by `rrp explain` and collected into the docs; example
    /// markers (`↓`) are not shown.
    public var markdown: String {
        var out = "## `\(id)` (\(defaultSeverity.rawValue))\n\n\(summary).\n\n\(explanation)\n"
        if !triggering.isEmpty {
            out += "\nTriggers on:\n\n" + triggering.map(Self.fenced).joined(separator: "\n")
        }
        if !nonTriggering.isEmpty {
            out += "\nDoes not trigger on:\n\n" + nonTriggering.map(Self.fenced).joined(separator: "\n")
        }
        return out
    }

    private static func fenced(_ example: String) -> String {
        let shown = RuleExample.withoutMarkers(example)
        return "```\n" + shown + (shown.hasSuffix("\n") ? "" : "\n") + "```\n"
    }
}
