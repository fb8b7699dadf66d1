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
}

/// Replacement text for the bytes of tokens `first..<end`.
struct Rewrite: Sendable, Hashable {
    var first: Int
    var end: Int
    var replacement: String
}
