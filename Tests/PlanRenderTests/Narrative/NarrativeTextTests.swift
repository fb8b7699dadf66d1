import PlanModel
import PlanRender
import Testing

@Suite struct NarrativeTextTests {
    static func narrative(_ text: String, sections: [(String, Int, Int, Int)]) -> Narrative {
        func loc(_ o: Int) -> PlanModel.SourceLocation { PlanModel.SourceLocation(line: 1, column: 1, offset: o) }
        let list = sections.map { NarrativeSection(heading: $0.0, level: $0.1, headingRange: SourceRange(start: loc(100 + $0.2), end: loc(100 + $0.3)), range: SourceRange(start: loc(100 + $0.2), end: loc(100 + $0.3))) }
        return Narrative(file: "c.md", markdown: text, bodyStart: 100, sections: list)
    }

    @Test func headingsMoveUnderTheDocumentLevel() {
        let text = "# Top\n\nText\n\n## Sub *em*\n\n```\n# not a heading\n```\n"
        let n = Self.narrative(text, sections: [("Top", 1, 0, 6), ("Sub em", 2, 13, 25)])
        #expect(NarrativeText.markdown(n, baseLevel: 3) == "### Top\n\nText\n\n#### Sub *em*\n\n```\n# not a heading\n```\n")
    }

    @Test func aLeadingHeadingThatRepeatsTheTitleIsDropped() {
        let text = "# Regional overview\n\nBody.\n\n## Objectives\n"
        let n = Self.narrative(text, sections: [("Regional overview", 1, 0, 20), ("Objectives", 2, 28, 41)])
        #expect(NarrativeText.markdown(n, baseLevel: 3, titles: ["Plan", "regional OVERVIEW"]) == "\nBody.\n\n### Objectives\n")
        #expect(NarrativeText.markdown(n, baseLevel: 3, titles: ["Other"]).hasPrefix("### Regional overview\n"))
    }

    @Test func setextHeadingsBecomeATX() {
        let text = "Title\n=====\n\nBody\n"
        let n = Self.narrative(text, sections: [("Title", 1, 0, 12)])
        #expect(NarrativeText.markdown(n, baseLevel: 2) == "## Title\n\nBody\n")
    }

    @Test func levelsStopAtSix() {
        let n = Self.narrative("# A\n\n##### Deep\n", sections: [("A", 1, 0, 4), ("Deep", 5, 5, 16)])
        #expect(NarrativeText.markdown(n, baseLevel: 3) == "### A\n\n###### Deep\n")
    }
}
