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

    /// A stream for about `capacity` bytes of Markdown (about one token in five bytes).
    init(capacity: Int) {
        tokens.reserveCapacity(max(16, capacity / 5))
        text.bytes.reserveCapacity(max(16, capacity))
    }

    mutating func append(_ inlines: [MarkdownInline]) {
        for inline in inlines {
            switch inline {
            case .text(let t):
                let before = tokens.count
                Tokenizer(base: t.range.start.offset, exact: t.exact).append(t.literal, spaceBefore: space, to: &tokens, text: &text)
                if tokens[before...].contains(where: { $0.isMark("©") }) { skip = true }
                if let last = t.literal.utf8.last { space = last == 0x20 || last == 0x0A || last == 0x09 || last == 0x0D }
            case .code(let t):
                opaque(t.range.start.offset, t.range.end.offset)
            case .emphasis(let children, _), .strong(let children, _):
                append(children)
            case .link(let l):
                append(l.children)
            case .image(let l):
                skip = true
                opaque(l.range.start.offset, l.range.end.offset)
            case .html(let t):
                opaque(t.range.start.offset, t.range.end.offset)
            case .softBreak, .lineBreak:
                space = true
            }
        }
    }

    /// The tokens, quotation marks resolved (``QuoteMarker``), and their text: the stream's own
    /// storage, not a copy.
    consuming func finish() -> (tokens: [Token], text: ProseText) {
        QuoteMarker.mark(&tokens)
        return (tokens, text)
    }

    private mutating func opaque(_ start: Int, _ end: Int) {
        let at = Int32(text.bytes.count)
        tokens.append(Token(kind: .opaque, start: start, end: end, lo: at, hi: at, key: Tokenizer.emptyKey, exactKey: Tokenizer.emptyKey, scalar: "\0", spaceBefore: space, exact: false))
        space = false
    }
}
