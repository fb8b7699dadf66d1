import PlanModel
import PlanSyntax
import Testing

/// Positions the cmark reader reports must match the file, whatever precedes them.
@Suite struct CmarkReaderPositionTests {
    private func read(_ bytes: [UInt8]) -> (MarkdownDocument, SourceFile) {
        let file = SourceFile.decode(path: "c.md", bytes: bytes).file!
        let (chapter, _) = ChapterSource.read(file)
        return (chapter.body, file)
    }

    private func texts(_ inlines: [MarkdownInline]) -> [MarkdownText] {
        inlines.flatMap { inline -> [MarkdownText] in
            switch inline {
            case .text(let t): [t]
            case .emphasis(let c, _), .strong(let c, _): texts(c)
            case .link(let l): texts(l.children)
            default: []
            }
        }
    }

    /// The bytes at a text run's range are its literal.
    private func expectExact(_ t: MarkdownText, in file: SourceFile, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(t.exact, sourceLocation: sourceLocation)
        #expect(file.text(t.range.start.offset..<t.range.end.offset) == t.literal, sourceLocation: sourceLocation)
    }

    @Test func headingAfterFrontMatterKeepsFileLines() {
        let (doc, file) = read(Array("---\nchapter: country\ncountry: TCD\n---\n## Analyse de la situation\n".utf8))
        let heading = doc.headings[0]
        #expect(heading.level == 2)
        #expect(heading.text == "Analyse de la situation")
        #expect(heading.range.start.line == 5)
        #expect(heading.range.start.column == 1)
        if case .text(let t) = heading.inlines[0] {
            #expect(t.range.start.column == 4)
            expectExact(t, in: file)
        } else {
            Issue.record("expected text")
        }
    }

    @Test func textAfterMultiByteCharacters() {
        let (doc, file) = read(Array("Réfugiés à *N’Djamena* : 难民署 will act.\n".utf8))
        guard case .paragraph(let p) = doc.blocks[0] else { Issue.record("no paragraph"); return }
        let runs = texts(p.inlines)
        let emphasised = runs.first { $0.literal == "N’Djamena" }!
        #expect(emphasised.range.start.column == Array("Réfugiés à *".utf8).count + 1)
        expectExact(emphasised, in: file)
        let last = runs.last!
        #expect(last.literal.hasSuffix("will act."))
        expectExact(last, in: file)
    }

    @Test func textAfterCRLFLines() {
        let (doc, file) = read(Array("---\r\na: b\r\n---\r\n# Title\r\n\r\nfirst line\r\nsecond é line\r\n".utf8))
        #expect(doc.headings[0].range.start.line == 4)
        guard case .paragraph(let p) = doc.blocks[1] else { Issue.record("no paragraph"); return }
        let runs = texts(p.inlines)
        #expect(runs.map(\.range.start.line) == [6, 7])
        runs.forEach { expectExact($0, in: file) }
    }

    @Test func textAfterCROnlyLines() {
        let (doc, file) = read(Array("# A\r\rsome text\r".utf8))
        guard case .paragraph(let p) = doc.blocks[1] else { Issue.record("no paragraph"); return }
        let run = texts(p.inlines)[0]
        #expect(run.range.start.line == 3)
        expectExact(run, in: file)
    }

    @Test func textAfterByteOrderMark() {
        let (doc, file) = read([0xEF, 0xBB, 0xBF] + Array("# Title é\n\nBody\n".utf8))
        let heading = doc.headings[0]
        #expect(heading.range.start == SourceLocation(line: 1, column: 1, offset: 3))
        if case .text(let t) = heading.inlines[0] { expectExact(t, in: file) }
    }

    @Test func textAfterBOMAndFrontMatter() {
        let (doc, _) = read([0xEF, 0xBB, 0xBF] + Array("---\na: b\n---\n# T\n".utf8))
        #expect(doc.headings[0].range.start.line == 4)
        #expect(doc.headings[0].range.start.column == 1)
    }

    @Test func tabsCountOneColumn() {
        let (doc, file) = read(Array("- item\twith\ttabs\n".utf8))
        guard case .list(let l) = doc.blocks[0], case .paragraph(let p) = l.items[0].blocks[0] else { Issue.record("no list"); return }
        let run = texts(p.inlines)[0]
        #expect(run.range.start.column == 3)
        expectExact(run, in: file)
    }

    @Test func entitiesMakeARunInexactButKeepItsStart() {
        let (doc, _) = read(Array("AT&amp;T and \\*stars\\*\n".utf8))
        guard case .paragraph(let p) = doc.blocks[0] else { Issue.record("no paragraph"); return }
        let runs = texts(p.inlines)
        #expect(MarkdownInline.plainText(p.inlines) == "AT&T and *stars*")
        #expect(runs.first!.range.start.column == 1)
    }

    @Test func blockKindsAndRanges() {
        let source = """
        # Heading

        > Quoted words

        ```swift
        let x = 1
        ```

        1. one
        2. two

        <!-- rrp-lint disable -->

        ---

        [a link](https://example.org "t")
        """
        let (doc, _) = read(Array(source.utf8))
        let kinds = doc.blocks.map { block -> String in
            switch block {
            case .heading: "heading"
            case .paragraph: "paragraph"
            case .list(let l): l.ordered ? "ordered" : "bullets"
            case .blockQuote: "quote"
            case .codeBlock(let c): "code:\(c.info)"
            case .htmlBlock: "html"
            case .thematicBreak: "break"
            }
        }
        #expect(kinds == ["heading", "quote", "code:swift", "ordered", "html", "break", "paragraph"])
        #expect(doc.blocks[3].range.start.line == 9)
        #expect(doc.blocks[3].range.end.line == 10)
        guard case .paragraph(let p) = doc.blocks[6], case .link(let link) = p.inlines[0] else { Issue.record("no link"); return }
        #expect(link.destination == "https://example.org")
        #expect(link.title == "t")
        #expect(link.range.start.line == 16)
    }

    @Test func rawHTMLIsOmittedUnlessAllowed() {
        let safe = CmarkReader.renderHTML("<script>alert(1)</script>\n\n[x](javascript:alert(1))\n")
        #expect(!safe.contains("<script>"))
        #expect(!safe.contains("javascript:"))
        let unsafe = CmarkReader.renderHTML("<b>bold</b>\n", allowRawHTML: true)
        #expect(unsafe.contains("<b>bold</b>"))
    }
}
