@testable import PlanRender
import Testing

/// A chapter body converted once and copied into several documents reads exactly as if it were
/// converted in each: the document's own link relationships and list instances, in the same
/// order, and its headings counted for the contents.
@Suite struct DocxNarrativeCacheTests {
    static let chapter = """
        ## Needs

        A [survey](https://example.org/survey) and *emphasis*.

        1. first [again](https://example.org/survey)
        2. second
           - nested

        ### Response

        - one [other](https://example.org/other)
        """

    /// A document body that already holds a link and a list before the chapter.
    static func documentBody() -> DocxBody {
        var body = DocxBody(language: "en")
        body.heading("Chad", level: 1, anchor: "place-TCD")
        body.hyperlink("https://example.org/first") { $0.run("first") }
        _ = body.numbering.newList(ordered: false)
        return body
    }

    @Test func cachedChapterIsWrittenAsIfConvertedInEachDocument() {
        var direct = Self.documentBody()
        DocxNarrative.write(Self.chapter, language: "fr", into: &direct)
        direct.heading("After", level: 2, anchor: "after")
        let cache = DocxNarrativeCache()
        for _ in 0..<2 {
            var cached = Self.documentBody()
            cache.write(Self.chapter, language: "fr", into: &cached)
            cached.heading("After", level: 2, anchor: "after")
            #expect(cached.xml.text == direct.xml.text)
            #expect(cached.relationships.entries == direct.relationships.entries)
            #expect(cached.numbering.instances == direct.numbering.instances)
            #expect(cached.headingNumbers == direct.headingNumbers)
        }
        // The chapter's Heading 1 and 2 are counted: the heading after it is 2.2.
        #expect(direct.headingNumbers[DocxBookmark.name("after")] == "2.2")
        #expect(direct.xml.text.contains("<w:lang w:val=\"fr\" w:bidi=\"fr\"/>"))
    }
}
