import PlanDiagnostics

/// The diagnostics of reading files from disk. Encoding and front-matter location are in
/// ``DSLRules`` with the rest of the syntax catalogue.
public enum SourceRules {
    public static let all: [RuleDescription] = [
        RuleDescription(
            id: "io.unreadable",
            severity: .error,
            summary: "A file or folder named on the command line cannot be read",
            explanation: "The path does not exist or its permissions do not allow reading. Paths are relative to the current folder."
        ),
    ]
}
