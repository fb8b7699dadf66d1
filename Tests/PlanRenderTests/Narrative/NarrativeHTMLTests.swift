import PlanModel
import PlanRender
import PlanSyntax
import Testing
import TestSupport

/// The body's HTML joined from the blocks rendered at load time is what cmark renders from the
/// placed Markdown (the path taken without blocks), byte for byte; the placed Markdown is the
/// one of before (``RawHTMLOmissionTests``).
@Suite struct NarrativeHTMLTests {
    @Test(arguments: [false, true])
    func joinedBlocksEqualCmarkOfThePlacedMarkdown(allowRawHTML: Bool) throws {
        var compared = 0
        for c in NarrativeCorpus.cases(allowRawHTML: allowRawHTML) {
            let html = try #require(NarrativeText.html(c.narrative, baseLevel: c.baseLevel, titles: c.titles, allowRawHTML: allowRawHTML))
            guard !NarrativeCorpus.rewritesMarkedUpSetextHeading(c) else {
                #expect(c.narrative.file.hasPrefix("tricky-"), "unexpected setext heading with markup in \(c.narrative.file)")
                continue
            }
            let placed = NarrativeText.markdown(c.narrative, baseLevel: c.baseLevel, titles: c.titles)
            #expect(html == CmarkReader.renderHTML(placed, allowRawHTML: allowRawHTML), "\(c.narrative.file) at \(c.baseLevel) \(c.titles)")
            compared += 1
        }
        #expect(compared > 500)
    }

    @Test func aSetextHeadingKeepsItsMarkupInHTML() throws {
        let n = try #require(NarrativeCorpus.narratives(allowRawHTML: false).first { $0.file == "tricky-3.md" })
        #expect(n.markdown == "Title *with emphasis*\n=====\n\nBody\n")
        #expect(NarrativeText.html(n, baseLevel: 2) == "<h2>Title <em>with emphasis</em></h2>\n<p>Body</p>\n")
        // The Markdown gives the heading's plain text, as before.
        #expect(NarrativeText.markdown(n, baseLevel: 2) == "## Title with emphasis\n\nBody\n")
    }

    @Test func theTitleBlockIsDroppedAndHeadingsMoveDown() throws {
        let n = try #require(NarrativeCorpus.narratives(allowRawHTML: false).first { $0.file == "tricky-7.md" })
        #expect(NarrativeText.html(n, baseLevel: 3, titles: ["Overview"]) == "<p>Text</p>\n<h3>Part</h3>\n")
        #expect(NarrativeText.html(n, baseLevel: 3) == "<h3>Overview</h3>\n<p>Text</p>\n<h4>Part</h4>\n")
        #expect(NarrativeText.html(n, baseLevel: 1) == "<h1>Overview</h1>\n<p>Text</p>\n<h2>Part</h2>\n")
    }

    @Test func aDroppedTitleTakesItsClosingHashesAlong() throws {
        let n = try #require(NarrativeCorpus.narratives(allowRawHTML: false).first { $0.file == "tricky-14.md" })
        #expect(n.markdown == "## Closed ##\n\n  ## Indented\n\nText\n")
        #expect(NarrativeText.html(n, baseLevel: 2, titles: ["closed"]) == "<h2>Indented</h2>\n<p>Text</p>\n")
        #expect(NarrativeText.markdown(n, baseLevel: 2, titles: ["closed"]) == "\n\n  ## Indented\n\nText\n")
        #expect(NarrativeText.markdown(n, baseLevel: 3) == "### Closed ##\n\n  ### Indented\n\nText\n")
    }

    @Test func blocksRenderedWithTheOtherRawHTMLSettingAreNotUsed() throws {
        let n = try #require(NarrativeCorpus.narratives(allowRawHTML: false).first)
        #expect(NarrativeText.html(n, baseLevel: 2, allowRawHTML: false) != nil)
        #expect(NarrativeText.html(n, baseLevel: 2, allowRawHTML: true) == nil)
        #expect(NarrativeText.html(Narrative(file: "x.md", markdown: "Text\n", bodyStart: 0, sections: []), baseLevel: 2) == nil)
    }
}
