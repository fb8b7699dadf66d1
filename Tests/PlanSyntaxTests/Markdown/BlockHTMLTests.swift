import PlanModel
import PlanSyntax
import Testing
import TestSupport

/// The HTML cmark renders for each top-level block while parsing, joined, is cmark's HTML of the
/// whole body.
@Suite struct BlockHTMLTests {
    static let chapters = MarkdownCorpus.all

    @Test func theCorpusHoldsGeneratedChaptersWherePythonIs() {
        #expect(MarkdownCorpus.files.count > 10)
        #expect(MarkdownCorpus.generated.count > 5 || !MarkdownCorpus.pythonIsPresent)
    }

    @Test(arguments: [false, true])
    func joinedBlocksAreTheWholeRender(allowRawHTML: Bool) throws {
        for chapter in Self.chapters {
            let file = SourceFile(path: chapter.path, text: chapter.text)
            let read = ChapterSource.read(file, options: LoadOptions(narrativeHTML: true, allowRawHTML: allowRawHTML)).chapter
            let html = try #require(read.body.html)
            #expect(html.rawHTMLAllowed == allowRawHTML)
            let joined = html.blocks.map(\.html).joined()
            #expect(joined == CmarkReader.renderHTML(read.bodyText, allowRawHTML: allowRawHTML), "\(chapter.path)")
            #expect(html.blocks.allSatisfy { $0.html.hasSuffix("\n") }, "\(chapter.path)")
        }
    }

    /// The parse's arena (``CmarkArena``): a body of many 256 KB chunks, a paragraph larger than
    /// a chunk (a block of its own, grown by `realloc` past it), and raw HTML and unsafe links,
    /// which the parse rewrites in the tree, give the HTML of cmark with its own allocator.
    @Test(arguments: [false, true])
    func largeBodiesSpanManyArenaChunks(allowRawHTML: Bool) throws {
        var text = "---\nchapter: country\ncountry: TCD\n---\n\n"
        for section in 0..<300 {
            text += "## Section \(section) <span>held</span>\n\n- item *\(section)* [link](javascript:alert(\(section)))\n- <b>second</b> item\n\n"
            text += String(repeating: "Words of a long paragraph, with `code` and **strong** text. ", count: 40) + "\n\n"
        }
        text += String(repeating: "One paragraph larger than an arena chunk, one line after another.\n", count: 6_000) + "\n"
        let read = ChapterSource.read(SourceFile(path: "c.md", text: text), options: LoadOptions(narrativeHTML: true, allowRawHTML: allowRawHTML)).chapter
        let html = try #require(read.body.html)
        #expect(html.blocks.count == 300 * 3 + 1)
        #expect(html.blocks.map(\.html).joined() == CmarkReader.renderHTML(read.bodyText, allowRawHTML: allowRawHTML))
        #expect(html.blocks.last.map { $0.html.utf8.count > 300_000 } == true)
    }

    @Test func blocksKnowTheirOffsetAndHeadingLevel() throws {
        for chapter in Self.chapters {
            let read = ChapterSource.read(SourceFile(path: chapter.path, text: chapter.text), options: LoadOptions(narrativeHTML: true)).chapter
            let blocks = try #require(read.body.html?.blocks)
            #expect(blocks.map(\.offset) == read.body.blocks.map(\.range.start.offset), "\(chapter.path)")
            let levels = read.body.blocks.map { block -> Int? in if case .heading(let h) = block { h.level } else { nil } }
            #expect(blocks.map(\.headingLevel) == levels, "\(chapter.path)")
        }
    }

    @Test func aHeadingBlockIsItsOwnHTML() throws {
        let read = ChapterSource.read(SourceFile(path: "c.md", text: "---\nchapter: country\ncountry: TCD\n---\n\n## Needs *now*\n\nText <b>x</b>\n"),
                                      options: LoadOptions(narrativeHTML: true)).chapter
        let blocks = try #require(read.body.html?.blocks)
        #expect(blocks == [
            NarrativeHTMLBlock(html: "<h2>Needs <em>now</em></h2>\n", headingLevel: 2, offset: 39),
            NarrativeHTMLBlock(html: "<p>Text <!-- raw HTML omitted -->x<!-- raw HTML omitted --></p>\n", offset: 55),
        ])
    }

    @Test func withoutTheOptionNoHTMLIsRendered() {
        let read = ChapterSource.read(SourceFile(path: "c.md", text: "# A\n\nText\n")).chapter
        #expect(read.body.html == nil)
    }

    @Test func rawHTMLRangesAreTheBlocksAndExactTags() {
        let text = "<div>\nblock\n</div>\n\nText <span>in</span> `<code>` and\n\n```\n<pre>\n```\n"
        let read = ChapterSource.read(SourceFile(path: "c.md", text: text)).chapter
        let bytes = Array(text.utf8)
        let pieces = read.body.rawHTMLRanges.map { String(decoding: bytes[$0], as: UTF8.self) }
        #expect(pieces == ["<div>\nblock\n</div>", "<span>", "</span>"])
    }
}

/// HTML block ranges cover the whole block, also when cmark's own end position is off (a block
/// closed by its end condition: comments, `<script>`, `<pre>`...).
@Suite struct HTMLBlockRangeTests {
    private func pieces(_ text: String) -> [String] {
        let read = ChapterSource.read(SourceFile(path: "c.md", text: text)).chapter
        let bytes = Array(text.utf8)
        return read.body.rawHTMLRanges.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func blocksClosedByTheirEndConditionAreWhole() {
        #expect(pieces("Text\n\n<!-- comment -->\n\nMore\n") == ["<!-- comment -->"])
        #expect(pieces("<!--\nline\n-->\nafter\n") == ["<!--\nline\n-->"])
        #expect(pieces("<script>alert(1)</script>\n") == ["<script>alert(1)</script>"])
        #expect(pieces("- item\n\n  <pre>\n  x\n  </pre>\n") == ["<pre>\n  x\n  </pre>"])
        #expect(pieces("<?php echo 1; ?>\r\n\r\nText\r\n") == ["<?php echo 1; ?>"])
        #expect(pieces("<div>\nat the end</div>") == ["<div>\nat the end</div>"])
    }
}
