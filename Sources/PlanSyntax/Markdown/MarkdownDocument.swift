import PlanModel

/// A chapter body parsed by cmark: its blocks and the file they came from.
public struct MarkdownDocument: Sendable, Hashable {
    public var blocks: [MarkdownBlock]
    /// File byte ranges of the raw HTML cmark found, in document order: each HTML block, and each
    /// inline HTML tag whose literal is the file's bytes (``MarkdownText/exact``). cmark's HTML
    /// renderer omits exactly these unless raw HTML is allowed; the Markdown output omits them
    /// the same way.
    public var rawHTMLRanges: [Range<Int>]
    /// What the Markdown output changes so that no unsafe link destination is left in it, in
    /// file order (the tree and the HTML have them blanked already).
    public var linkBlankings: [LinkBlanking]
    /// cmark's HTML of each top-level block, when the parse was asked for it
    /// (``LoadOptions/narrativeHTML``).
    public var html: NarrativeHTML?
    /// The body's prose read straight from cmark's nodes, when the parse was asked for it
    /// instead of the tree (``LoadOptions/proseOnly``: ``blocks`` is then empty).
    public var prose: MarkdownProse?
    /// cmark's tree of the body in a compact form, when the parse was asked for it
    /// (``LoadOptions/narrativeTree``).
    public var tree: NarrativeTree?

    public init(
        blocks: [MarkdownBlock], rawHTMLRanges: [Range<Int>] = [], linkBlankings: [LinkBlanking] = [], html: NarrativeHTML? = nil, prose: MarkdownProse? = nil,
        tree: NarrativeTree? = nil
    ) {
        self.blocks = blocks
        self.rawHTMLRanges = rawHTMLRanges
        self.linkBlankings = linkBlankings
        self.html = html
        self.prose = prose
        self.tree = tree
    }

    /// What the language rules read: the prose of a ``LoadOptions/proseOnly`` parse, else the
    /// same events made from ``blocks``.
    public var proseEvents: MarkdownProse {
        prose ?? MarkdownProse(blocks: blocks)
    }

    /// Every heading in document order, including those nested in lists and quotes.
    public var headings: [MarkdownHeading] {
        var out: [MarkdownHeading] = []
        func walk(_ blocks: [MarkdownBlock]) {
            for block in blocks {
                switch block {
                case .heading(let h): out.append(h)
                case .list(let l): l.items.forEach { walk($0.blocks) }
                case .blockQuote(let q): walk(q.blocks)
                default: break
                }
            }
        }
        walk(blocks)
        return out
    }
}
