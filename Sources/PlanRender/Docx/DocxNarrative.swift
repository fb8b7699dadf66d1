import PlanSyntax

/// A chapter body in a Word document, from cmark's tree of the body as the Markdown document
/// places it (headings moved under the document's, raw HTML omitted unless allowed, unsafe link
/// destinations blanked): paragraphs, emphasis, strong, code, links (hyperlink relationships,
/// `#anchor` links to bookmarks), bullet and numbered lists (numbering.xml), block quotes, code
/// blocks, thematic breaks. HTML heading level N becomes Word's Heading N-1, as the document's
/// own headings do (`<h2>` is Heading 1). Raw HTML has no Word form and is left out; an image
/// is written as its alternative text in italics (the documents embed no outside files).
enum DocxNarrative {
    /// Writes `markdown` into `body` with every run in `language`.
    static func write(_ markdown: String, language: String, into body: inout DocxBody) {
        let saved = body.language
        body.language = language
        blocks(CmarkReader.blocks(ofMarkdown: markdown), list: nil, quote: false, into: &body)
        body.language = saved
    }

    /// The list item a paragraph belongs to: the list instance and the depth.
    private typealias ListPlace = (numberingID: Int, level: Int)

    private static func blocks(_ blocks: [MarkdownBlock], list: ListPlace?, quote: Bool, into body: inout DocxBody) {
        // Only the first paragraph of an item carries its number or bullet.
        var itemMark = list
        for block in blocks {
            switch block {
            case .heading(let h):
                body.paragraph(DocxParagraphStyle("Heading\(min(max(h.level - 1, 1), 6))")) { inlines(h.inlines, into: &$0) }
            case .paragraph(let p):
                var style = DocxParagraphStyle(quote ? "Quote" : (list == nil ? nil : "ListParagraph"))
                style.list = itemMark
                itemMark = nil
                body.paragraph(style) { inlines(p.inlines, into: &$0) }
            case .list(let l):
                let level = list.map { $0.level + 1 } ?? 0
                let id = list.map { $0.numberingID } ?? 0
                // A nested list of the other kind, or a new top-level list, is a new instance.
                let instance = level == 0 || l.ordered != body.numbering.isOrdered(id) ? body.numbering.newList(ordered: l.ordered) : id
                for item in l.items {
                    Self.blocks(item.blocks, list: (instance, min(level, 8)), quote: quote, into: &body)
                }
            case .blockQuote(let q):
                Self.blocks(q.blocks, list: list, quote: true, into: &body)
            case .codeBlock(let c):
                var text = c.literal
                if text.hasSuffix("\n") { text.removeLast() }
                body.paragraph(text, DocxParagraphStyle("SourceCode"))
            case .htmlBlock:
                continue
            case .thematicBreak:
                body.paragraph(DocxParagraphStyle("Note")) { $0.run("* * *") }
            }
        }
    }

    private static func inlines(_ inlines: [MarkdownInline], style: DocxRunStyle = .plain, into body: inout DocxBody) {
        for inline in inlines {
            switch inline {
            case .text(let t): body.run(t.literal, style)
            case .code(let t):
                var code = style
                code.characterStyle = "VerbatimChar"
                body.run(t.literal, code)
            case .emphasis(let children, _):
                var s = style
                s.italic = true
                Self.inlines(children, style: s, into: &body)
            case .strong(let children, _):
                var s = style
                s.bold = true
                Self.inlines(children, style: s, into: &body)
            case .link(let link):
                guard !link.destination.isEmpty else {
                    Self.inlines(link.children, style: style, into: &body)
                    continue
                }
                var s = style
                s.characterStyle = "Hyperlink"
                body.hyperlink(link.destination) { Self.inlines(link.children, style: s, into: &$0) }
            case .image(let image):
                var s = style
                s.italic = true
                body.run("[" + MarkdownInline.plainText(image.children) + "]", s)
            case .html: continue
            case .softBreak: body.run(" ", style)
            case .lineBreak: body.lineBreak()
            }
        }
    }
}
