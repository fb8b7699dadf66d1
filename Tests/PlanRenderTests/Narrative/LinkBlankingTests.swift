import PlanModel
import PlanRender
import Testing

/// The Markdown output applies the link blankings the parse recorded, together with the other
/// edits of a body (headings moved, raw HTML omitted); a replaced block takes the edits inside it
/// with it.
@Suite struct LinkBlankingTests {
    static let body = "## Situation <b>now</b>\n\nSee [x](javascript:y) <i>a</i>.\n\n> a\nb [z](javascript:w) <i>c</i>\n"
    static let base = 100

    static func range(of text: String, in body: String = body) -> Range<Int> {
        let r = body.range(of: text)!
        return (body.utf8.distance(from: body.startIndex, to: r.lowerBound) + base)..<(body.utf8.distance(from: body.startIndex, to: r.upperBound) + base)
    }

    static var narrative: Narrative {
        let heading = range(of: "## Situation <b>now</b>")
        let section = NarrativeSection(
            heading: "Situation now", level: 2,
            headingRange: SourceRange(start: SourceLocation(line: 5, column: 1, offset: heading.lowerBound), end: SourceLocation(line: 5, column: 24, offset: heading.upperBound)),
            range: SourceRange(start: SourceLocation(line: 5, column: 1, offset: heading.lowerBound), end: SourceLocation(line: 11, column: 1, offset: base + body.utf8.count))
        )
        return Narrative(
            file: "TCD/wash.md", markdown: body, bodyStart: base, sections: [section],
            rawHTML: ["<b>", "</b>", "<i>", "</i>"].map { range(of: $0) } + [range(of: "<i>c</i>").lowerBound..<(range(of: "<i>c</i>").lowerBound + 3)],
            linkBlankings: [.tail(range(of: "](javascript:y)")), .block(range(of: "> a\nb [z](javascript:w) <i>c</i>"), markdown: "> a\n> b [z]() <!-- raw HTML omitted -->c<!-- raw HTML omitted -->")]
        )
    }

    @Test func blankingsApplyWithHeadingsAndRawHTMLOmitted() {
        #expect(NarrativeText.markdown(Self.narrative, baseLevel: 3, omittingRawHTML: true) == """
            ### Situation <!-- raw HTML omitted -->now<!-- raw HTML omitted -->

            See [x]() <!-- raw HTML omitted -->a<!-- raw HTML omitted -->.

            > a
            > b [z]() <!-- raw HTML omitted -->c<!-- raw HTML omitted -->

            """)
    }

    @Test func blankingsApplyWhenRawHTMLIsKept() {
        #expect(NarrativeText.markdown(Self.narrative, baseLevel: 2) == """
            ## Situation <b>now</b>

            See [x]() <i>a</i>.

            > a
            > b [z]() <!-- raw HTML omitted -->c<!-- raw HTML omitted -->

            """)
    }
}
