import PlanModel
import PlanRender
import Testing
import TestSupport

/// Raw HTML omitted in the Markdown output from the ranges recorded at load time, in the same
/// pass as the heading edits: the bytes a second cmark parse of the placed Markdown gave.
@Suite struct RawHTMLOmissionTests {
    @Test func omissionEqualsReparsingThePlacedMarkdown() {
        var withHTML = 0
        for c in NarrativeCorpus.cases(allowRawHTML: false) {
            let placed = NarrativeText.markdown(c.narrative, baseLevel: c.baseLevel, titles: c.titles)
            if NarrativeCorpus.dropsTitleWithClosingSequence(c) {
                #expect(c.narrative.file.hasPrefix("tricky-"), "unexpected title with closing hashes in \(c.narrative.file)")
            } else {
                let before = ReferenceNarrativeText.markdown(c.narrative, baseLevel: c.baseLevel, titles: c.titles)
                #expect(placed == before, "\(c.narrative.file) at \(c.baseLevel) \(c.titles)")
            }
            let omitted = NarrativeText.markdown(c.narrative, baseLevel: c.baseLevel, titles: c.titles, omittingRawHTML: true)
            #expect(omitted == ReparsingRawHTMLFilter.strip(placed), "\(c.narrative.file) at \(c.baseLevel) \(c.titles)")
            if !c.narrative.rawHTML.isEmpty { withHTML += 1 }
        }
        #expect(withHTML > 50)
    }

    @Test func blocksAndTagsBecomeThePlaceholder() throws {
        let n = try #require(NarrativeCorpus.narratives(allowRawHTML: false).first { $0.file == "tricky-4.md" })
        let omitted = NarrativeText.markdown(n, baseLevel: 3, omittingRawHTML: true)
        #expect(omitted == """
            <!-- raw HTML omitted -->

            Text <!-- raw HTML omitted -->inline<!-- raw HTML omitted --> and <!-- raw HTML omitted -->bold<!-- raw HTML omitted -->.

            <!-- raw HTML omitted -->

            ### Heading <!-- raw HTML omitted -->x<!-- raw HTML omitted -->

            """)
    }

    @Test func aSetextHeadingOpeningWithATagIsWrittenAnewWhole() throws {
        let n = try #require(NarrativeCorpus.narratives(allowRawHTML: false).first { $0.file == "tricky-11.md" })
        #expect(NarrativeText.markdown(n, baseLevel: 2, omittingRawHTML: true) == "## Bold title\n\nText <!-- raw HTML omitted -->i<!-- raw HTML omitted -->\n")
    }
}
