/// The documentation of one diagnostic ID: what `rrp explain ID` prints and what `docs/` lists.
///
/// Rules that check authored text carry examples: `triggering` examples must produce the
/// diagnostic and `nonTriggering` ones must not. The test suites run them, so the examples are
/// both the rule's tests and its documentation.
public struct RuleDescription: Hashable, Codable, Sendable {
    public var id: String
    public var defaultSeverity: Severity
    /// One line in the words of the rule, without a final period.
    public var summary: String
    /// Why the rule exists and how to fix what it reports.
    public var explanation: String
    public var triggering: [String]
    public var nonTriggering: [String]

    public init(
        id: String,
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

    /// The entry as Markdown, as printed by `rrp explain` and collected into the docs.
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
        "```\n" + example + (example.hasSuffix("\n") ? "" : "\n") + "```\n"
    }
}
