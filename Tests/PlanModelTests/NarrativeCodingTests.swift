import Foundation
import PlanModel
import Testing

/// A narrative's coded form keeps what the source says (raw HTML ranges included) and leaves
/// out the HTML rendered for one compile.
@Suite struct NarrativeCodingTests {
    @Test func rawHTMLIsCodedAndTheRenderedHTMLIsNot() throws {
        let html = NarrativeHTML(rawHTMLAllowed: false, blocks: [NarrativeHTMLBlock(html: "<p>A <!-- raw HTML omitted --></p>\n", offset: 10)])
        let narrative = Narrative(file: "c.md", markdown: "A <b>\n", bodyStart: 10, sections: [], rawHTML: [12..<15], html: html)
        let data = try JSONEncoder().encode(narrative)
        #expect(!String(decoding: data, as: UTF8.self).contains("raw HTML omitted"))
        let decoded = try JSONDecoder().decode(Narrative.self, from: data)
        #expect(decoded.rawHTML == [12..<15])
        #expect(decoded.html == nil)
        var expected = narrative
        expected.html = nil
        #expect(decoded == expected)
    }
}
