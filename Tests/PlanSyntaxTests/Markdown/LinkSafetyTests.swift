import PlanModel
@testable import PlanSyntax
import Testing

/// The one rule of unsafe link destinations, and where the Markdown output blanks them: cmark's
/// positions of inlines on a paragraph's later lines are off by the line's prefix.
@Suite struct LinkSafetyTests {
    @Test(arguments: [
        ("javascript:alert(1)", true), ("JavaScript:alert(1)", true), (" \tjava\tscript:x", true), ("vbscript:x", true),
        ("file:///etc/passwd", true), ("data:text/html,<b>", true), ("DATA:image/svg+xml,x", true),
        ("data:image/png;base64,AAAA", false), ("data:image/webp,x", false), ("https://example.org", false),
        ("mailto:a@b.org", false), ("#section", false), ("javascript", false), ("", false),
    ])
    func unsafeSchemes(destination: String, unsafe: Bool) {
        #expect(LinkSafety.isUnsafe(destination) == unsafe)
    }

    static func blanked(_ markdown: String) -> (markdown: String, document: MarkdownDocument) {
        let file = SourceFile(path: "c.md", text: markdown)
        let document = ChapterSource.read(file).chapter.body
        var bytes = file.bytes
        for blanking in document.linkBlankings.reversed() {
            switch blanking {
            case .tail(let r): bytes.replaceSubrange(r, with: Array("]()".utf8))
            case .block(let r, let text): bytes.replaceSubrange(r, with: Array(text.utf8))
            }
        }
        return (String(decoding: bytes, as: UTF8.self), document)
    }

    @Test(arguments: [
        ("See [a *b*](javascript:alert(1)) now.\n", "See [a *b*]() now.\n"),
        ("![map](data:text/html,x) and ![ok](data:image/png,x)\n", "![map]() and ![ok](data:image/png,x)\n"),
        ("[x][r] and [r]\n\n[r]: javascript:evil\n", "[x]() and [r]()\n\n[r]: javascript:evil\n"),
        ("[x](&#106;avascript:y) [z](java\\script:w)\n", "[x]() [z](java\\script:w)\n"),
        // Later lines of a paragraph: lazy, indented, in a quote, in a list item.
        ("> a\nb [x](javascript:y)\n", "> a\nb [x]()\n"),
        ("a\n    [c](javascript:c)\n", "a\n    [c]()\n"),
        ("> a\n> b [x](javascript:y)\n", "> a\n> b [x]()\n"),
        ("- item\n  more [x](javascript:y)\n", "- item\n  more [x]()\n"),
        ("[multi\nline](javascript:y)\n", "[multi\nline]()\n"),
        ("## Title [x](javascript:y)\n", "## Title [x]()\n"),
    ])
    func theMarkdownLosesExactlyTheUnsafeDestinations(markdown: String, expected: String) {
        #expect(Self.blanked(markdown).markdown == expected)
    }

    /// Links whose bytes cmark's positions do not locate (a line break ending the text or inside
    /// the destination, a lazy line in a list item: the whole block is written anew) or do:
    /// either way a second parse finds no unsafe destination and the same text, and the
    /// blankings are in file order.
    @Test(arguments: [
        "[a\n](javascript:x)\n", "[b](javascript:x\n)\n", "[c](<javascript:x>\n\"title\")\n", "  [d](javascript:x)\n",
        "Title\n  [e](javascript:x)\n===\n", "- x\n\n  > q [f](javascript:x)\n  > r [g](javascript:x)\n",
        "> a\n>\tb [h](javascript:y)\n", "- a\n\n      [i](javascript:y) *j\n  k* <b>l</b> [m](javascript:z)\n",
        "1. a\n   b\n  c [n](javascript:y)\n", "> - a\n>   b\nc [o](vbscript:y)\n",
        "[![p](data:text/html,x)](javascript:y)\n", "[a\\]](javascript:x) [b&amp;](javascript:x)\n",
        "> a\r\nb [q](javascript:y)\r\n", "> a\rb [r](javascript:y)\r", "\u{FEFF}[s](javascript:x)\n",
    ])
    func noUnsafeDestinationSurvivesBlanking(markdown: String) {
        let (blanked, document) = Self.blanked(markdown)
        #expect(document.linkBlankings.map(\.start) == document.linkBlankings.map(\.start).sorted())
        let again = Self.blanked(blanked).document
        #expect(again.linkBlankings.isEmpty, "\(markdown) -> \(blanked) \(document.linkBlankings)")
        #expect(Self.text(again.blocks) == Self.text(document.blocks), "\(markdown) -> \(blanked)")
    }

    /// The plain text of every paragraph and heading, in order.
    static func text(_ blocks: [MarkdownBlock]) -> String {
        blocks.map { block in
            switch block {
            case .paragraph(let p): MarkdownInline.plainText(p.inlines)
            case .heading(let h): h.text
            case .blockQuote(let q): text(q.blocks)
            case .list(let l): l.items.map { text($0.blocks) }.joined(separator: "|")
            default: ""
            }
        }.joined(separator: "|")
    }

    /// The converted blocks (what the linter reads) and cmark's HTML never see the destination.
    @Test func linksThatPositionsDoNotLocateAreWrittenAnewWithTheirBlock() {
        let blankings = Self.blanked("Intro.\n\n[a\n](javascript:x) and [b](https://e.org)\n").document.linkBlankings
        #expect(blankings == [.block(8..<49, markdown: "[a\n]() and [b](https://e.org)")])
    }

    @Test func theTreeAndTheHTMLAreBlankedToo() {
        let document = Self.blanked("[x](javascript:y)\n").document
        guard case .paragraph(let p) = document.blocks.first, case .link(let link) = p.inlines.first else { Issue.record(); return }
        #expect(link.destination == "")
        #expect(CmarkReader.renderHTML("[x](javascript:y) ![i](data:text/html,z)", allowRawHTML: true) == "<p><a href=\"\">x</a> <img src=\"\" alt=\"i\" /></p>\n")
    }
}
