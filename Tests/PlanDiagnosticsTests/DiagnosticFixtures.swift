import PlanDiagnostics
import PlanModel

/// A fixed set of diagnostics covering every field, for the renderer golden files.
enum DiagnosticFixtures {
    static func at(_ line: Int, _ column: Int, _ offset: Int, length: Int) -> SourceRange {
        SourceRange(start: SourceLocation(line: line, column: column, offset: offset), end: SourceLocation(line: line, column: column + length, offset: offset + length))
    }

    /// A rule for the fixtures, explained in one sentence.
    static func rule(_ id: RuleID, _ severity: Severity) -> Rule {
        Rule(id: id, severity: severity, summary: "Fixture rule", explanation: "Explained in docs/diagnostics.md.")
    }

    static let lines = SourceLineTable([
        "TCD/protection.md": [
            "---", "chapter: sector", "country: NO", "---", "## Situation", "Le HCR assurera la distribution.", "\tUNHCR will provide, 难民署将提供 aid.",
        ],
    ])

    static let diagnostics: [Diagnostic] = [
        rule("dsl.country-code", .error).diagnostic(file: "TCD/protection.md", range: at(3, 10, 30, length: 2),
            summary: "Expected an ISO 3166-1 alpha-3 code; did you mean NOR?",
            explanation: "Countries are written as three-letter ISO codes.",
            notes: [DiagnosticNote("the plan declares its countries here", file: "plan.md", range: at(7, 12, 80, length: 3))],
            fixIts: [FixIt("Replace with 'NOR'", range: at(3, 10, 30, length: 2), replacement: "NOR")]
        ),
        rule("language.agency-as-actor", .warning).diagnostic(file: "TCD/protection.md", range: at(6, 1, 60, length: 14),
            summary: "An agency is the actor of the response",
            fixIts: [FixIt("Replace with 'Les partenaires du RRP assureront'", range: at(6, 1, 60, length: 14), replacement: "Les partenaires du RRP assureront")]
        ),
        rule("language.agency-as-actor", .warning).diagnostic(file: "TCD/protection.md", range: at(7, 22, 120, length: 12),
            summary: "An agency is the actor of the response"
        ),
        rule("plan.no-plan-file", .error).diagnostic(file: "Samples/empty", range: nil, summary: "This folder holds no plan file"),
        rule("partner.unused", .note).diagnostic(file: "plan.md", range: at(12, 3, 200, length: 3), summary: "Partner 'CRT' is declared but never used"),
    ]
}
