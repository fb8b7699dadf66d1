import PlanModel
import PlanSyntax
import Testing
import TestSupport

/// Reading only a body's outline (``LoadOptions/outlineOnly``) gives the same top-level headings
/// and raw HTML ranges as converting the whole tree, over the Markdown corpus.
@Suite struct OutlineTests {
    @Test func outlineIsTheTopLevelHeadingsAndEveryRawHTMLRange() {
        for chapter in MarkdownCorpus.all {
            let file = SourceFile(path: chapter.path, text: chapter.text)
            let full = ChapterSource.read(file).chapter.body
            let outline = ChapterSource.read(file, options: LoadOptions(outlineOnly: true)).chapter.body
            let headings = full.blocks.filter { if case .heading = $0 { true } else { false } }
            #expect(outline.blocks == headings, "\(chapter.path)")
            #expect(outline.rawHTMLRanges == full.rawHTMLRanges, "\(chapter.path)")
        }
    }

    @Test func headingsInsideListsAndQuotesAreNotOutline() {
        let text = "# Top <b>bold</b>\n\n- ## in a list\n\n> ## in a quote\n\n<div>x</div>\n\n## Second\n"
        let body = ChapterSource.read(SourceFile(path: "c.md", text: text), options: LoadOptions(outlineOnly: true)).chapter.body
        let levels = body.blocks.compactMap { if case .heading(let h) = $0 { h.level } else { nil } }
        #expect(levels == [1, 2])
        let bytes = Array(text.utf8)
        #expect(body.rawHTMLRanges.map { String(decoding: bytes[$0], as: UTF8.self) } == ["<b>", "</b>", "<div>x</div>"])
    }
}
