import PlanModel
import PlanSyntax
import Testing

@Suite struct FrontMatterLocatorTests {
    private func locate(_ text: String) -> (ChapterLayout, [String], SourceFile) {
        let file = SourceFile(path: "c.md", text: text)
        let (layout, diagnostics) = FrontMatterLocator.locate(in: file)
        return (layout, diagnostics.map(\.id.rawValue), file)
    }

    @Test func noFrontMatterMeansTheWholeFileIsBody() {
        let (layout, ids, _) = locate("# Title\n\ntext\n")
        #expect(layout.frontMatter == nil)
        #expect(layout.bodyStartLine == 1)
        #expect(ids.isEmpty)
    }

    @Test func splitsFrontMatterFromBody() {
        let (layout, ids, file) = locate("---\nchapter: country\n---\n## Situation\n")
        #expect(ids.isEmpty)
        #expect(file.text(layout.frontMatter!.content) == "chapter: country\n")
        #expect(layout.bodyStartLine == 4)
        #expect(layout.frontMatter!.closing.start.line == 3)
    }

    @Test func emptyFrontMatter() {
        let (layout, ids, file) = locate("---\n---\nbody\n")
        #expect(ids.isEmpty)
        #expect(file.text(layout.frontMatter!.content).isEmpty)
        #expect(layout.bodyStartLine == 3)
    }

    @Test func delimitersMayHaveTrailingSpaces() {
        let (layout, ids, _) = locate("---  \na: b\n--- \t\nbody\n")
        #expect(ids.isEmpty)
        #expect(layout.bodyStartLine == 4)
    }

    @Test func unterminatedFrontMatterPointsAtTheOpeningLine() {
        let (layout, ids, file) = locate("---\na: b\n\n# Body\n")
        #expect(ids == ["syntax.unterminated-front-matter"])
        #expect(layout.frontMatter == nil)
        #expect(layout.bodyStartOffset == file.bytes.count)
        let (_, diagnostics) = FrontMatterLocator.locate(in: file)
        #expect(diagnostics[0].range?.start == SourceLocation(line: 1, column: 1, offset: 0))
        #expect(diagnostics[0].fixIts.first?.replacement == "---\n")
    }

    @Test func aRuleLaterInTheBodyIsNotFrontMatter() {
        let (layout, ids, _) = locate("# Title\n\n---\n\nmore\n")
        #expect(layout.frontMatter == nil)
        #expect(ids.isEmpty)
    }

    @Test func closingLineAtEndOfFileWithoutNewline() {
        let (layout, ids, file) = locate("---\na: b\n---")
        #expect(ids.isEmpty)
        #expect(layout.bodyStartOffset == file.bytes.count)
    }

    @Test func fourDashesDoNotOpenFrontMatter() {
        let (layout, _, _) = locate("----\na: b\n----\n")
        #expect(layout.frontMatter == nil)
    }

    @Test func crlfDelimiters() {
        let (layout, ids, file) = locate("---\r\na: b\r\n---\r\n# B\r\n")
        #expect(ids.isEmpty)
        #expect(file.text(layout.frontMatter!.content) == "a: b\r\n")
        #expect(layout.bodyStartLine == 4)
    }

    @Test func blankLinesBeforeTheFrontMatterAreAnErrorAtLineOneAndTheBlockIsStillRead() throws {
        let file = SourceFile(path: "c.md", text: "\n \n---\nchapter: country\ncountry: TCD\n---\n## Situation\n")
        let (layout, diagnostics) = FrontMatterLocator.locate(in: file)
        let d = try #require(diagnostics.first)
        #expect(diagnostics.map(\.id) == ["syntax.front-matter-not-at-start"])
        #expect(d.severity == .error)
        #expect(d.summary == "Front matter must start on the first line: 2 blank lines come before '---'")
        #expect(d.range?.start.line == 1 && d.range?.end.line == 3 && d.range?.end.column == 1)
        #expect(d.fixIts.map(\.replacement) == [""])
        #expect(file.text(layout.frontMatter!.content) == "chapter: country\ncountry: TCD\n")
        #expect(layout.frontMatter?.firstContentLine == 4)
        #expect(layout.bodyStartLine == 7)
        let (header, _) = FrontMatterParser.parse(ChapterSource.read(file).chapter)
        #expect(header != nil)
    }

    @Test func aSecondByteOrderMarkIsAnErrorOnTheFirstLine() throws {
        let file = SourceFile(path: "c.md", text: "\u{FEFF}\u{FEFF}---\nchapter: country\ncountry: TCD\n---\n")
        let (layout, diagnostics) = FrontMatterLocator.locate(in: file)
        let d = try #require(diagnostics.first)
        #expect(d.summary == "Front matter must start on the first line: an extra byte-order mark comes before '---'")
        #expect(d.range?.start == SourceLocation(line: 1, column: 1, offset: 3))
        #expect(d.range?.end == SourceLocation(line: 1, column: 4, offset: 6))
        #expect(layout.frontMatter?.opening.start.column == 4)
        #expect(layout.frontMatter?.firstContentLine == 2)
    }

    @Test func aNoteThatOpensWithABlankLineAndAThematicBreakIsNotAChapter() {
        for text in ["\n---\nMeeting notes.\n---\n", "\n---\n# Title\n", "\n---\nchapter: country\n"] {
            let (layout, ids, _) = locate(text)
            #expect(layout.frontMatter == nil, "\(text)")
            #expect(ids.isEmpty, "\(text)")
        }
    }
}
