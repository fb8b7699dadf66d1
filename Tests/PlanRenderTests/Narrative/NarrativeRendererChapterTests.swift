import PlanModel
import Testing
@testable import PlanRender

/// A chapter's values when the Word documents are written (``NarrativeRenderer/docx``): the
/// chapter's ID names the kept tree, which writes the XML its placed Markdown writes; the
/// Markdown itself is made only when read unless a Markdown document is written, and reads the
/// same either way.
@Suite struct NarrativeRendererChapterTests {
    static func renderer(markdown: Bool, docx: DocxNarrativeCache?) -> NarrativeRenderer {
        NarrativeRenderer(allowRawHTML: false, wantsHTML: false, wantsMarkdown: markdown, docx: docx)
    }

    @Test func everyCorpusChapterReadsTheSameFromItsIDAndItsMarkdown() throws {
        var fromTree = 0, fromMarkdown = 0
        for c in NarrativeCorpus.cases(allowRawHTML: false, tree: true) {
            let docx = DocxNarrativeCache()
            let lazy = Self.renderer(markdown: false, docx: docx).values(c.narrative, baseLevel: c.baseLevel, titles: c.titles)
            let eager = Self.renderer(markdown: true, docx: nil).values(c.narrative, baseLevel: c.baseLevel, titles: c.titles)
            guard case .object(let fields) = lazy else { Issue.record("not an object"); continue }
            // Not made until read; then the text a Markdown document gets.
            guard case .deferred = fields["markdown"] else { Issue.record("\(c.narrative.file): markdown made"); continue }
            let markdown = try #require(eager.child("markdown"))
            #expect(lazy.child("markdown") == markdown, "\(c.narrative.file)")
            #expect(eager.child("chapter") == nil)
            guard lazy.child("hasText") == .bool(true) else { continue }
            let tree = DocxPlacedTree(c.narrative, placement: c.placement, allowRawHTML: false)
            guard case .text(let id)? = lazy.child("chapter") else {
                #expect(tree == nil, "\(c.narrative.file): a tree without its ID")
                fromMarkdown += 1
                continue
            }
            #expect(tree != nil)
            guard case .text(let text) = markdown else { continue }
            var byID = DocxBody(language: "en"), byText = DocxBody(language: "en")
            docx.write(chapter: id, language: "fr", into: &byID)
            DocxNarrativeCache().write(text, language: "fr", into: &byText)
            #expect(byID.xml.text == byText.xml.text, "\(c.narrative.file) at \(c.baseLevel) \(c.titles)")
            fromTree += 1
        }
        #expect(fromTree > 400)
        #expect(fromMarkdown > 0)
    }

    @Test func withoutWordOrMarkdownTheMarkdownIsEmptyAndNoChapterIsNamed() throws {
        let c = try #require(NarrativeCorpus.cases(allowRawHTML: false, tree: true).first)
        let values = Self.renderer(markdown: false, docx: nil).values(c.narrative, baseLevel: c.baseLevel, titles: c.titles)
        #expect(values.child("markdown") == .text(""))
        #expect(values.child("chapter") == nil)
    }

    @Test func theSameFilePlacedOtherwiseIsAnotherChapter() throws {
        let c = try #require(NarrativeCorpus.cases(allowRawHTML: false, tree: true).first { !$0.titles.isEmpty })
        let renderer = Self.renderer(markdown: false, docx: DocxNarrativeCache())
        let a = renderer.values(c.narrative, baseLevel: c.baseLevel, titles: c.titles).child("chapter")
        let b = renderer.values(c.narrative, baseLevel: c.baseLevel, titles: []).child("chapter")
        let deeper = renderer.values(c.narrative, baseLevel: c.baseLevel + 1, titles: c.titles).child("chapter")
        #expect(a != nil && b != nil && deeper != nil)
        #expect(a != b)
        #expect(a != deeper)
    }
}
