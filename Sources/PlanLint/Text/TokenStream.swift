import PlanSyntax

/// Flattens a paragraph's inlines into one token stream: text runs tokenized once, emphasis and
/// link text included, code spans, images and raw HTML as opaque tokens.
struct TokenStream {
    private(set) var tokens: [Token] = []
    /// The UTF-8 of the text runs the tokens point into.
    private(set) var text = ProseText()
    /// The paragraph is a photo credit or a caption (holds `©` or an image).
    private(set) var skip = false
    private var space = false
    /// A quotation mark is among the tokens (else there is nothing for ``QuoteMarker`` to do).
    private(set) var quoteMarks = false
    private let scratch: TokenScratch

    /// A stream for about `capacity` bytes of Markdown (about one token in five bytes), whose
    /// text runs are tokenized through `scratch` (see ``TokenScratch``).
    init(capacity: Int, scratch: TokenScratch) {
        self.scratch = scratch
        tokens.reserveCapacity(max(16, capacity / 5))
        text.bytes.reserveCapacity(max(16, capacity))
    }

    /// Appends the inline events of `range` (a paragraph's, ``MarkdownProse``).
    mutating func append(_ prose: MarkdownProse, _ range: Range<Int>) {
        var i = range.lowerBound
        while i < range.upperBound {
            let event = prose.events[i]
            switch event.kind {
            case .text:
                let (lo, hi) = (Int(event.lo), Int(event.hi))
                let marks = prose.bytes.withUnsafeBufferPointer { all in
                    Tokenizer(base: event.start, exact: event.exact).append(UnsafeBufferPointer(rebasing: all[lo..<hi]), spaceBefore: space, to: &tokens, text: &text, scratch: scratch)
                }
                // The scan notes a `©` and quotation marks as it emits them (no second pass
                // over the run's tokens).
                if marks.credit { skip = true }
                if marks.quotes { quoteMarks = true }
                if hi > lo { let last = prose.bytes[hi - 1]; space = last == 0x20 || last == 0x0A || last == 0x09 || last == 0x0D }
            case .code, .html:
                opaque(event.start, event.end)
            case .image:
                skip = true
                opaque(event.start, event.end)
                i = prose.close(of: i)
            case .lineBreak:
                space = true
            default:
                break
            }
            i += 1
        }
    }

    /// The tokens, quotation marks resolved (``QuoteMarker``), and their text: the stream's own
    /// storage, marked in place (a `consuming` method on a copyable stream still held a second
    /// reference to the tokens, so marking them copied every paragraph's array).
    mutating func finish() -> (tokens: [Token], text: ProseText) {
        // Without a quotation mark every token stays unquoted: nothing to mark.
        if quoteMarks { QuoteMarker.mark(&tokens) }
        return (tokens, text)
    }

    private mutating func opaque(_ start: Int, _ end: Int) {
        let at = Int32(text.bytes.count)
        tokens.append(Token(kind: .opaque, start: start, end: end, lo: at, hi: at, key: Tokenizer.emptyKey, exactKey: Tokenizer.emptyKey, scalar: "\0", spaceBefore: space, exact: false))
        space = false
    }
}
