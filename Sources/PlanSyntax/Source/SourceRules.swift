import PlanDiagnostics

/// The diagnostics of reading files: I/O, encoding and front-matter location.
public enum SourceRules {
    public static let all: [RuleDescription] = [
        RuleDescription(
            id: "io.unreadable",
            severity: .error,
            summary: "A file or folder named on the command line cannot be read",
            explanation: "The path does not exist or its permissions do not allow reading. Paths are relative to the current folder."
        ),
        RuleDescription(
            id: "syntax.invalid-utf8",
            severity: .error,
            summary: "A chapter file must be valid UTF-8",
            explanation: "The diagnostic points at the first byte that cannot start or continue a UTF-8 character. Files exported from Word or Excel are often Windows-1252: re-save the file as UTF-8. A UTF-8 byte-order mark is accepted.",
            triggering: ["Caf\\xE9 (the byte 0xE9 alone, as Windows-1252 writes 'é')"],
            nonTriggering: ["Café (é written as the two UTF-8 bytes C3 A9)"]
        ),
        RuleDescription(
            id: "syntax.unterminated-front-matter",
            severity: .error,
            summary: "A front-matter block opened by '---' must be closed by another '---' line",
            explanation: "The plan data at the top of a chapter sits between a first line '---' and the next line '---'. Without the closing line the tool cannot tell where the data ends and the Markdown begins, so the body is not read. Trailing spaces after '---' are allowed.",
            triggering: ["---\nchapter: country\ncountry: TCD\n## Situation analysis\n"],
            nonTriggering: ["---\nchapter: country\ncountry: TCD\n---\n## Situation analysis\n", "# Title\n\n---\n\nA thematic break in the body is not front matter.\n"]
        ),
    ]
}
