import Testing
@testable import PlanRender
import PlanSyntax
import TestSupport

/// The Word writer reads chapters straight from cmark's tree (``MarkdownNode``); it writes the
/// same XML as writing them from the ``MarkdownBlock`` values (the reference below, the writer as
/// it was), containers nested past the values' depth included.
struct DocxNarrativeTreeTests {
    @Test func everyCorpusChapterIsWrittenAsFromTheBlocks() {
        #expect(MarkdownCorpus.all.count > 20)
        for chapter in MarkdownCorpus.all {
            let same = Self.direct(chapter.text) == Self.reference(chapter.text)
            #expect(same, "\(chapter.path)")
        }
    }

    @Test func trickyBodiesAreWrittenAsFromTheBlocks() {
        let deepQuotes = String(repeating: "> ", count: 130) + "deep *text*\n\nafter"
        var deepLists = "", indent = 0
        for level in 0..<120 {
            let marker = level % 3 == 2 ? "1. " : "- "
            deepLists += String(repeating: " ", count: indent) + marker + "level \(level)\n\n" + String(repeating: " ", count: indent + marker.count) + "more\n"
            indent += marker.count
        }
        let deepEmphasis = String(repeating: "*a **b ", count: 110) + "core" + String(repeating: "** c*", count: 110)
        let bodies = [
            deepQuotes, deepLists, deepEmphasis,
            "![an *image* with `code`\nand a break](pic.png) and [a link](https://example.org/x y) [empty]() [unsafe](javascript:alert(1))",
            "1. one\n2. two\n   - nested\n   - bullets\n     1. again\n\n   more of two\n3. three\n\n> quoted\n> - list in quote\n\n```\ncode\n```\n\n<div>html</div>\n\n---\n\nText <span>inline</span> hard  \nbreak",
            "# Title\n\nSetext\n======\n\n### Deep heading\n\n####### not a heading",
        ]
        for body in bodies {
            let same = Self.direct(body) == Self.reference(body)
            #expect(same, "\(body.prefix(40))")
        }
    }

    static func direct(_ markdown: String) -> String {
        var body = DocxBody(language: "en")
        DocxNarrative.write(markdown, language: "fr", into: &body)
        return body.xml.text
    }

    static func reference(_ markdown: String) -> String {
        var body = DocxBody(language: "en")
        body.language = "fr"
        blocks(CmarkReader.blocks(ofMarkdown: markdown), list: nil, quote: false, into: &body)
        return body.xml.text
    }

    private static func blocks(_ blocks: [MarkdownBlock], list: (numberingID: Int, level: Int)?, quote: Bool, into body: inout DocxBody) {
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
                let instance = level == 0 || l.ordered != body.numbering.isOrdered(id) ? body.numbering.newList(ordered: l.ordered) : id
                for item in l.items { Self.blocks(item.blocks, list: (instance, min(level, 8)), quote: quote, into: &body) }
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
