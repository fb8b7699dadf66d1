import PlanModel
import PlanSyntax

/// A chapter body in a Word document, from cmark's tree of the body as the Markdown document
/// places it (headings moved under the document's, raw HTML omitted unless allowed, unsafe link
/// destinations blanked): paragraphs, emphasis, strong, code, links (hyperlink relationships,
/// `#anchor` links to bookmarks), bullet and numbered lists (numbering.xml), block quotes, code
/// blocks, thematic breaks. HTML heading level N becomes Word's Heading N-1, as the document's
/// own headings do (`<h2>` is Heading 1). Raw HTML has no Word form and is left out; an image
/// is written as its alternative text in italics (the documents embed no outside files).
enum DocxNarrative {
    /// Writes `markdown` into `body` with every run in `language`, parsing it.
    static func write(_ markdown: String, language: String, into body: inout DocxBody) {
        let saved = body.language
        body.language = language
        CmarkReader.withTree(ofMarkdown: markdown) { root in
            blocks(of: root, depth: 0, list: nil, quote: false, top: nil, into: &body)
        }
        body.language = saved
    }

    /// Writes a chapter from the tree the load kept, placed as its placed Markdown would be
    /// (``DocxPlacedTree``), into `body` with every run in `language`: the same XML as
    /// ``write(_:language:into:)`` of that Markdown.
    static func write(_ chapter: DocxPlacedTree, language: String, into body: inout DocxBody) {
        let saved = body.language
        body.language = language
        blocks(of: chapter.tree.root, depth: 0, list: nil, quote: false, top: chapter, into: &body)
        body.language = saved
    }

    /// The list item a paragraph belongs to: the list instance and the depth.
    private typealias ListPlace = (numberingID: Int, level: Int)

    /// The blocks in `container` (at block depth `depth`: block quotes and lists), read from
    /// cmark's tree as the ``MarkdownBlock`` values hold them: a block quote, list or item nested
    /// deeper than ``CmarkReader/maximumDepth`` is flattened into the container above it. With
    /// `top` (the document's own blocks of a kept tree), its dropped title is left out and its
    /// headings move down.
    private static func blocks<Node: MarkdownTreeNode>(of container: Node, depth: Int, list: ListPlace?, quote: Bool, top: DocxPlacedTree?, into body: inout DocxBody) {
        // Only the first paragraph of an item carries its number or bullet.
        var itemMark = list
        let flattens = depth >= CmarkReader.maximumDepth
        var index = -1
        container.forEachChild(flattening: { flattens && ($0 == .blockQuote || $0 == .list || $0 == .item) }) { block in
            index += 1
            switch block.kind {
            case .heading:
                var level = block.headingLevel
                if let top {
                    guard index != top.droppedBlock else { return }
                    level = min(level + top.shift, 6)
                }
                body.paragraph(DocxParagraphStyle("Heading\(min(max(level - 1, 1), 6))")) { inlines(of: block, depth: 0, into: &$0) }
            case .paragraph:
                var style = DocxParagraphStyle(quote ? "Quote" : (list == nil ? nil : "ListParagraph"))
                style.list = itemMark
                itemMark = nil
                body.paragraph(style) { inlines(of: block, depth: 0, into: &$0) }
            case .list:
                let level = list.map { $0.level + 1 } ?? 0
                let id = list.map { $0.numberingID } ?? 0
                // A nested list of the other kind, or a new top-level list, is a new instance.
                let ordered = block.isOrdered
                let instance = level == 0 || ordered != body.numbering.isOrdered(id) ? body.numbering.newList(ordered: ordered) : id
                // Its items are kept with it, at its depth.
                block.forEachChild(flattening: { _ in false }) { item in
                    guard item.kind == .item else { return }
                    blocks(of: item, depth: depth + 1, list: (instance, min(level, 8)), quote: quote, top: nil, into: &body)
                }
            case .blockQuote:
                blocks(of: block, depth: depth + 1, list: list, quote: true, top: nil, into: &body)
            case .codeBlock:
                var text = block.literal
                if text.hasSuffix("\n") { text.removeLast() }
                body.paragraph(text, DocxParagraphStyle("SourceCode"))
            case .thematicBreak:
                body.paragraph(DocxParagraphStyle("Note")) { $0.run("* * *") }
            case .htmlBlock, .item, .text, .code, .htmlInline, .softBreak, .lineBreak, .emphasis, .strong, .link, .image, .other:
                return
            }
        }
    }

    /// The inlines in `container` (at inline depth `depth`: emphasis, strong, links and
    /// images), flattened below ``CmarkReader/maximumDepth`` as the blocks are.
    private static func inlines<Node: MarkdownTreeNode>(of container: Node, depth: Int, style: DocxRunStyle = .plain, into body: inout DocxBody) {
        container.forEachChild(flattening: { depth >= CmarkReader.maximumDepth && isInlineContainer($0) }) { inline in
            switch inline.kind {
            case .text: inline.withLiteralBytes { body.run(utf8: $0, style) }
            case .code:
                var code = style
                code.characterStyle = "VerbatimChar"
                body.run(inline.literal, code)
            case .emphasis:
                var s = style
                s.italic = true
                inlines(of: inline, depth: depth + 1, style: s, into: &body)
            case .strong:
                var s = style
                s.bold = true
                inlines(of: inline, depth: depth + 1, style: s, into: &body)
            case .link:
                let destination = inline.destination
                guard !destination.isEmpty else {
                    inlines(of: inline, depth: depth + 1, style: style, into: &body)
                    return
                }
                var s = style
                s.characterStyle = "Hyperlink"
                body.hyperlink(destination) { inlines(of: inline, depth: depth + 1, style: s, into: &$0) }
            case .image:
                var s = style
                s.italic = true
                var text = "["
                plainText(of: inline, into: &text)
                body.run(text + "]", s)
            case .softBreak: body.run(" ", style)
            case .lineBreak: body.lineBreak()
            case .htmlInline, .paragraph, .heading, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .thematicBreak, .other:
                return
            }
        }
    }

    private static func isInlineContainer(_ kind: MarkdownNodeKind) -> Bool {
        kind == .emphasis || kind == .strong || kind == .link || kind == .image
    }

    /// The text of `container`'s inlines without their markup, a break as a space (as
    /// ``MarkdownInline/plainText(_:)``), read without recursion.
    private static func plainText<Node: MarkdownTreeNode>(of container: Node, into out: inout String) {
        container.forEachChild(flattening: isInlineContainer) { inline in
            switch inline.kind {
            case .text, .code: out += inline.literal
            case .softBreak, .lineBreak: out += " "
            default: return
            }
        }
    }
}
