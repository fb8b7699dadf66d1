import PlanModel

/// A chapter body parsed by cmark: its blocks and the file they came from.
public struct MarkdownDocument: Sendable, Hashable {
    public var blocks: [MarkdownBlock]

    public init(blocks: [MarkdownBlock]) {
        self.blocks = blocks
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
