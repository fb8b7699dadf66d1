extension MarkdownProse {
    /// The events of a tree already converted (a chapter parsed without
    /// ``LoadOptions/proseOnly``): the same as a ``LoadOptions/proseOnly`` parse of its text
    /// gives. The tree nests at most ``CmarkReader`` 's bounded depth, so the walk's recursion
    /// is bounded too.
    public init(blocks: [MarkdownBlock]) {
        self.init()
        append(blocks, quoted: false)
    }

    private mutating func append(_ blocks: [MarkdownBlock], quoted: Bool) {
        for block in blocks {
            switch block {
            case .heading(let h):
                events.append(Event(kind: .heading, level: UInt8(clamping: h.level)))
                append(h.inlines)
                events.append(Event(kind: .end))
            case .paragraph(let p):
                events.append(Event(kind: .paragraph, level: quoted ? 1 : 0, start: p.range.start.offset, end: p.range.end.offset))
                append(p.inlines)
                events.append(Event(kind: .end))
            case .list(let l):
                for item in l.items { append(item.blocks, quoted: quoted) }
            case .blockQuote(let q):
                append(q.blocks, quoted: true)
            case .htmlBlock(let h):
                append(Event(kind: .htmlBlock, start: h.range.start.offset), literal: h.literal)
            case .codeBlock, .thematicBreak:
                break
            }
        }
    }

    private mutating func append(_ inlines: [MarkdownInline]) {
        for inline in inlines {
            switch inline {
            case .text(let t):
                append(Event(kind: .text, exact: t.exact, start: t.range.start.offset), literal: t.literal)
            case .code(let t):
                append(Event(kind: .code, start: t.range.start.offset, end: t.range.end.offset), literal: t.literal)
            case .html(let t):
                append(Event(kind: .html, exact: t.exact, start: t.range.start.offset, end: t.range.end.offset), literal: t.literal)
            case .emphasis(let children, _), .strong(let children, _):
                append(children)
            case .link(let l):
                append(l.children)
            case .image(let l):
                events.append(Event(kind: .image, start: l.range.start.offset, end: l.range.end.offset))
                append(l.children)
                events.append(Event(kind: .imageEnd))
            case .softBreak, .lineBreak:
                events.append(Event(kind: .lineBreak))
            }
        }
    }
}
