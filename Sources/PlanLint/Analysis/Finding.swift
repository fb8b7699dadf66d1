/// A rule match inside a sentence, before it becomes a ``Diagnostic``: the rule, the tokens
/// that triggered it and an optional mechanical rewrite.
struct Finding: Sendable {
    var rule: LanguageRule
    /// Token indices `first..<end` in the paragraph.
    var first: Int
    var end: Int
    var fix: Rewrite?
    /// How to rewrite the sentence when no mechanical fix-it exists.
    var hint: String?

    /// `findings` without one that another of the same rule contains and ends with: an agency
    /// and its apposition read as two subjects of the same verb (`UNHCR, the UN Refugee Agency,
    /// opened`) are one finding.
    static func droppingNested(_ findings: [Finding]) -> [Finding] {
        guard findings.count > 1 else { return findings }
        return findings.filter { f in !findings.contains { $0.rule == f.rule && $0.end == f.end && $0.first < f.first } }
    }
}

/// Replacement text for the bytes of tokens `first..<end`.
struct Rewrite: Sendable, Hashable {
    var first: Int
    var end: Int
    var replacement: String
}
