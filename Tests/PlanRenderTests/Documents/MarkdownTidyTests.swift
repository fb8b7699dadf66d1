@testable import PlanRender
import Testing

@Suite struct MarkdownTidyTests {
    private func tidy(_ text: String) -> String { String(decoding: MarkdownTidy.tidy(text), as: UTF8.self) }

    @Test func runsOfBlankLinesBecomeOne() {
        #expect(tidy("# A\n\n\n\n  \ntext\n\n\n") == "# A\n\ntext\n")
        #expect(tidy("a\nb") == "a\nb\n")
        #expect(tidy("") == "\n")
    }

    @Test func fencedCodeKeepsItsBlankLines() {
        #expect(tidy("```\ncode\n\n\n\nmore\n```\n\n\n\nafter\n") == "```\ncode\n\n\n\nmore\n```\n\nafter\n")
        #expect(tidy("~~~\n\n\n~~~\n\n\nx") == "~~~\n\n\n~~~\n\nx\n")
    }
}
