/// A paragraph (or a list item's paragraph) of a chapter's body, tokenized once, with the kind
/// of section it stands in.
struct ProseParagraph: Sendable {
    var tokens: [Token]
    /// The bytes the tokens point into.
    var text: ProseText
    var section: SectionKind
    /// How many headings come before the paragraph in its chapter: paragraphs with the same
    /// number stand under the same heading.
    var heading = 0
    /// A pipe table (its rows are a paragraph that starts with `|`): only its narrative cells are
    /// linted.
    var isTable = false
    /// A quotation mark is among the tokens: the cue for ``AttributedQuotation``.
    var quoted = false

    /// Sentences as token index ranges: split after `.`, `!`, `?`, `。`... followed by a space,
    /// a CJK character or the end, but not after a period followed by a lower-case word (an
    /// abbreviation: `62 million U.S. dollars`, `approx. two thirds`). In a table, the sentences
    /// of its narrative cells.
    var sentences: [Range<Int>] {
        guard isTable else { return Self.sentences(tokens, 0..<tokens.count, text) }
        return narrativeCells.flatMap { Self.sentences(tokens, $0, text) }
    }

    /// `word` ends right at the period `period` and is a title abbreviation (`M`, `Mr`, `Dr`,
    /// `Sra`) or a capital initial: the period ends no sentence.
    static func isTitleOrInitial(_ word: Token, before period: Token, _ text: ProseText) -> Bool {
        guard word.kind == .word, word.hi == period.lo else { return false }
        if titles.contains(word.key) { return true }
        return word.byteCount == 1 && text.caseShape(word).capitalized
    }

    /// Title abbreviations before a name, folded: French, English and Spanish.
    private static let titles = Set(["m", "mm", "mme", "mmes", "mlle", "mr", "mrs", "ms", "dr", "pr", "prof", "sr", "sra", "srta", "dra", "st"].map { TokenHash.hash(TokenHash.fold($0)) })

    private static func sentences(_ tokens: [Token], _ range: Range<Int>, _ text: ProseText) -> [Range<Int>] {
        var out: [Range<Int>] = []
        // A paragraph has a handful of sentences: one allocation instead of growing from one.
        out.reserveCapacity(8)
        var start = range.lowerBound
        for i in range where tokens[i].isSentenceEnd {
            if tokens[i].scalar == ".", i + 1 < range.upperBound {
                let next = tokens[i + 1]
                if !next.spaceBefore, next.kind != .han, next.kind != .punctuation { continue }
                if next.kind == .word, text.startsLowerCase(next) { continue }
                // `M. Antonio Guterres`, `Mme Ahua`, `Dr. Tedros`, `Sra. López`, `A. McConnell`: a
                // title or an initial before a name.
                if i > range.lowerBound, next.kind == .word, isTitleOrInitial(tokens[i - 1], before: tokens[i], text) { continue }
            }
            out.append(start..<(i + 1))
            start = i + 1
        }
        if start < range.upperBound { out.append(start..<range.upperBound) }
        return out
    }

    /// The cells of a pipe table that hold prose: at least six words (or twelve CJK
    /// characters), more words than numbers. Partner lists, amounts, headers and the `---` row
    /// are left alone.
    var narrativeCells: [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for i in 0...tokens.count where i == tokens.count || tokens[i].isMark("|") {
            let cell = start..<i
            start = i + 1
            var words = 0, han = 0, numbers = 0
            for t in tokens[cell] {
                switch t.kind {
                case .word: words += 1
                case .han: han += 1
                case .number: numbers += 1
                default: break
                }
            }
            if (words >= 6 || han >= 12), words + han > numbers * 2 { out.append(cell) }
        }
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
