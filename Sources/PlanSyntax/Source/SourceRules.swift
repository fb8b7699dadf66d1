import PlanDiagnostics

/// The diagnostics of reading files from disk. Encoding and front-matter location are in
/// ``DSLRules`` with the rest of the syntax catalogue.
public enum SourceRules {
    /// `io.unreadable`.
    public static let unreadable = Rule(
            id: "io.unreadable",
            severity: .error,
            summary: "A file or folder named on the command line cannot be read",
            explanation: "The path does not exist or its permissions do not allow reading. Paths are relative to the current folder.",
            triggering: ["$ rrp check chapter.md notes.md\n---\nchapter: country\ncountry: TCD\n---\n## Situation analysis\n"],
            nonTriggering: ["$ rrp check chapter.md\n---\nchapter: country\ncountry: TCD\n---\n## Situation analysis\n"]
        )

    /// Every rule of this family.
    public static let all: [Rule] = [unreadable]
}
