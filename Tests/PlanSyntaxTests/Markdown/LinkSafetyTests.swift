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

    /// The converted blocks (what the linter reads) and cmark's HTML never see the destination.
    @Test func theTreeAndTheHTMLAreBlankedToo() {
        let document = Self.blanked("[x](javascript:y)\n").document
        guard case .paragraph(let p) = document.blocks.first, case .link(let link) = p.inlines.first else { Issue.record(); return }
        #expect(link.destination == "")
        #expect(CmarkReader.renderHTML("[x](javascript:y) ![i](data:text/html,z)", allowRawHTML: true) == "<p><a href=\"\">x</a> <img src=\"\" alt=\"i\" /></p>\n")
    }
}
