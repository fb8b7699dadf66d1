import PlanModel
import PlanSyntax
import Testing
import TestSupport
@testable import PlanCompiler
@testable import PlanRender

/// A chapter written from the tree the load kept, placed (``DocxPlacedTree``), is the XML of
/// parsing its placed Markdown again (what the Word writer did before, and still does without a
/// tree), byte for byte: every corpus chapter at every placement a document gives a body, with
/// and without raw HTML kept.
@Suite struct DocxPlacedTreeTests {
    @Test(arguments: [false, true])
    func everyPlacedCorpusChapterIsWrittenAsItsPlacedMarkdown(allowRawHTML: Bool) throws {
        var compared = 0, declined = 0
        for c in NarrativeCorpus.cases(allowRawHTML: allowRawHTML, tree: true) {
            let placement = c.placement
            let markdown = NarrativeText.markdown(c.narrative, placement: placement, omittingRawHTML: !allowRawHTML).trimmingTrailingWhitespace
            guard let chapter = DocxPlacedTree(c.narrative, placement: placement, allowRawHTML: allowRawHTML) else {
                // Only a setext heading written anew or raw HTML omitted declines the tree.
                #expect(placement.rewritesHeadings || !allowRawHTML && !c.narrative.rawHTML.isEmpty, "\(c.narrative.file)")
                declined += 1
                continue
            }
            #expect(Self.fromTree(chapter) == DocxNarrativeTreeTests.direct(markdown), "\(c.narrative.file) at \(c.baseLevel) \(c.titles)")
            compared += 1
        }
        #expect(compared > 400)
        #expect(declined > 0)
    }

    @Test func aSetextHeadingWrittenAnewDeclinesTheTree() throws {
        let n = try #require(NarrativeCorpus.narratives(allowRawHTML: false, tree: true).first { $0.file == "tricky-3.md" })
        #expect(DocxPlacedTree(n, placement: NarrativePlacement(n, baseLevel: 2, titles: []), allowRawHTML: false) == nil)
        // Not moved, it is read from the tree.
        #expect(DocxPlacedTree(n, placement: NarrativePlacement(n, baseLevel: 1, titles: []), allowRawHTML: false) != nil)
    }

    @Test func rawHTMLDeclinesTheTreeOnlyWhenOmitted() throws {
        let n = try #require(NarrativeCorpus.narratives(allowRawHTML: true, tree: true).first { !$0.rawHTML.isEmpty })
        let placement = NarrativePlacement(n, baseLevel: 2, titles: [])
        #expect(DocxPlacedTree(n, placement: placement, allowRawHTML: false) == nil)
        #expect(DocxPlacedTree(n, placement: placement, allowRawHTML: true) != nil)
    }

    @Test func aLoadWithoutTheOptionKeepsNoTree() throws {
        let n = try #require(NarrativeCorpus.narratives(allowRawHTML: false).first)
        #expect(n.tree == nil)
        #expect(DocxPlacedTree(n, placement: NarrativePlacement(n, baseLevel: 2, titles: []), allowRawHTML: false) == nil)
    }

    @Test func theDroppedTitleAndMovedHeadingsComeFromThePlacement() throws {
        let n = try #require(NarrativeCorpus.narratives(allowRawHTML: false, tree: true).first { $0.file == "tricky-7.md" })
        let chapter = try #require(DocxPlacedTree(n, placement: NarrativePlacement(n, baseLevel: 3, titles: ["Overview"]), allowRawHTML: false))
        #expect(chapter.droppedBlock == 0)
        #expect(chapter.shift == 1)
        let xml = Self.fromTree(chapter)
        #expect(!xml.contains("Overview"))
        #expect(xml.contains("Heading2"))
    }

    static func fromTree(_ chapter: DocxPlacedTree) -> String {
        var body = DocxBody(language: "en")
        DocxNarrative.write(chapter, language: "fr", into: &body)
        return body.xml.text
    }
}
