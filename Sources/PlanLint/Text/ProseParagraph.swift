/// A paragraph (or a list item's paragraph) of a chapter's body, tokenized once, with the kind
/// of section it stands in.
struct ProseParagraph: Sendable {
    var tokens: [Token]
    /// The bytes the tokens point into.
    var text: ProseText
    var section: SectionKind

    /// Sentences as token index ranges: split after `.`, `!`, `?`, `。`... followed by a space,
    /// a CJK character or the end.
    var sentences: [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for i in tokens.indices where tokens[i].isSentenceEnd {
            if tokens[i].scalar == ".", i + 1 < tokens.count {
                let next = tokens[i + 1]
                if !next.spaceBefore, next.kind != .han, next.kind != .punctuation { continue }
            }
            out.append(start..<(i + 1))
            start = i + 1
        }
        if start < tokens.count { out.append(start..<tokens.count) }
        return out
    }
}

/// An HTML comment in the body (where suppressions live), with its file offsets.
struct BodyComment: Sendable {
    var text: String
    var start: Int
    var end: Int
    var exact: Bool
}
