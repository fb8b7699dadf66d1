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

/// A fragment with bookmarked headings, lists and links (a sector chapter, ``DocxSectionCache``)
/// appended to documents, directly or inside another fragment, reads exactly as if it were
/// written in each.
@Suite struct DocxSectionFragmentTests {
    /// A sector chapter's shape: a bookmarked heading, a chapter body, an empty list instance
    /// and one with items, another bookmarked heading.
    static func writeSection(into body: inout DocxBody, narratives: DocxNarrativeCache?) {
        body.heading("Protection", level: 2, anchor: "sector-TCD-PRO")
        if let narratives {
            narratives.write(DocxNarrativeCacheTests.chapter, language: "en", into: &body)
        } else {
            DocxNarrative.write(DocxNarrativeCacheTests.chapter, language: "en", into: &body)
        }
        _ = body.numbering.newList(ordered: true)
        let list = body.numbering.newList(ordered: false)
        for text in ["first assumption", "second assumption"] {
            var style = DocxParagraphStyle("ListParagraph")
            style.list = (list, 0)
            body.paragraph(text, style)
        }
        body.heading("Education", level: 2, anchor: "sector-TCD-EDU")
        body.hyperlink("https://example.org/last") { $0.run("last") }
    }

    @Test func sectionAppendedReadsAsWrittenInPlace() {
        var direct = DocxNarrativeCacheTests.documentBody()
        Self.writeSection(into: &direct, narratives: nil)
        direct.heading("After", level: 1, anchor: "after")
        let narratives = DocxNarrativeCache()
        let template = DocxNarrativeCacheTests.documentBody()
        var fragment = DocxBody.fragment(language: "en", like: template)
        Self.writeSection(into: &fragment, narratives: narratives)
        for _ in 0..<2 {
            var cached = DocxNarrativeCacheTests.documentBody()
            cached.append(fragment)
            cached.heading("After", level: 1, anchor: "after")
            #expect(cached.xml.text == direct.xml.text)
            #expect(cached.relationships.entries == direct.relationships.entries)
            #expect(cached.numbering.instances == direct.numbering.instances)
            #expect(cached.headingNumbers == direct.headingNumbers)
        }
        #expect(direct.headingNumbers[DocxBookmark.name("sector-TCD-EDU")] == "2.2")
        #expect(direct.headingNumbers[DocxBookmark.name("after")] == "3")
        // Bookmark IDs follow the document's: the place's heading was 1.
        #expect(direct.xml.text.contains("<w:bookmarkStart w:id=\"2\" w:name=\"\(DocxBookmark.name("sector-TCD-PRO"))\"/>"))
    }

    @Test func fragmentInsideAFragmentKeepsTheDocumentsIDs() {
        var direct = DocxNarrativeCacheTests.documentBody()
        Self.writeSection(into: &direct, narratives: nil)
        Self.writeSection(into: &direct, narratives: nil)
        let template = DocxNarrativeCacheTests.documentBody()
        var inner = DocxBody.fragment(language: "en", like: template)
        Self.writeSection(into: &inner, narratives: nil)
        var outer = DocxBody.fragment(language: "en", like: template)
        outer.append(inner)
        outer.append(inner)
        var cached = DocxNarrativeCacheTests.documentBody()
        cached.append(outer)
        #expect(cached.xml.text == direct.xml.text)
        #expect(cached.relationships.entries == direct.relationships.entries)
        #expect(cached.numbering.instances == direct.numbering.instances)
        #expect(cached.headingNumbers == direct.headingNumbers)
    }

}
