import PlanModel
import PlanSyntax
import Testing
@testable import PlanCompiler

@Suite struct NarrativeBuilderTests {
    @Test func nestsSectionsByHeadingLevelWithRanges() {
        let text = "---\nchapter: country\n---\nIntro.\n\n# Title\n\n## Situation analysis\n\nText.\n\n### Détails\n\nMore.\n\n## Needs\n\n- item\n"
        let (chapter, _) = ChapterSource.read(SourceFile(path: "c.md", text: text))
        let narrative = NarrativeBuilder.build(chapter)
        #expect(narrative.sections.map(\.heading) == ["Title"])
        let title = narrative.sections[0]
        #expect(title.children.map(\.heading) == ["Situation analysis", "Needs"])
        #expect(title.children[0].children.map(\.heading) == ["Détails"])
        #expect(title.children[0].headingRange.start.line == 8)
        #expect(narrative.markdown(of: title.children[0]) == "## Situation analysis\n\nText.\n\n### Détails\n\nMore.\n\n")
        #expect(narrative.markdown(of: title.children[1]) == "## Needs\n\n- item\n")
        #expect(narrative.slice(narrative.bodyStart, narrative.preambleEnd) == "Intro.\n\n")
        #expect(narrative.allSections.count == 4)
    }

    @Test func headingsInsideListsDoNotOpenSections() {
        let (chapter, _) = ChapterSource.read(SourceFile(path: "c.md", text: "## A\n\n- # not a section\n"))
        #expect(NarrativeBuilder.build(chapter).allSections.map(\.heading) == ["A"])
    }
}
