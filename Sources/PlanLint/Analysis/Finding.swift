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
        // The first token of the widest finding of each rule ending at each token: one pass.
        var widest: [Pair: Int] = [:]
        for f in findings {
            let key = Pair(rule: f.rule, end: f.end)
            widest[key] = min(widest[key] ?? f.first, f.first)
        }
        return findings.filter { $0.first == widest[Pair(rule: $0.rule, end: $0.end)] }
    }

    private struct Pair: Hashable {
        var rule: LanguageRule
        var end: Int
    }
}

/// Replacement text for the bytes of tokens `first..<end`.
struct Rewrite: Sendable, Hashable {
    var first: Int
    var end: Int
    var replacement: String
}
