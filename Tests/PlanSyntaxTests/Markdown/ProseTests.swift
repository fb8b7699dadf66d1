import PlanModel
@testable import PlanSyntax
import Testing
import TestSupport

/// Reading only a body's prose (``LoadOptions/proseOnly``, straight from cmark's nodes) gives
/// the events the converted tree gives (``MarkdownProse/init(blocks:)``), with the same raw
/// HTML ranges and link blankings.
@Suite struct ProseTests {
    static func prose(_ text: String) -> (fromNodes: MarkdownDocument, fromTree: MarkdownProse, full: MarkdownDocument) {
        let file = SourceFile(path: "c.md", text: text)
        let full = ChapterSource.read(file).chapter.body
        let nodes = ChapterSource.read(file, options: LoadOptions(proseOnly: true)).chapter.body
        return (nodes, MarkdownProse(blocks: full.blocks), full)
    }

    @Test func proseFromNodesIsTheTreesProseOverTheCorpus() {
        for chapter in MarkdownCorpus.all {
            let (nodes, tree, full) = Self.prose(chapter.text)
            #expect(nodes.prose == tree, "\(chapter.path)")
            #expect(nodes.blocks.isEmpty, "\(chapter.path)")
            #expect(nodes.rawHTMLRanges == full.rawHTMLRanges, "\(chapter.path)")
            #expect(nodes.linkBlankings == full.linkBlankings, "\(chapter.path)")
            #expect(full.prose == nil && full.proseEvents == tree, "\(chapter.path)")
        }
    }

    @Test func everyKindOfEventInDocumentOrder() throws {
        let text = """
        # Title with `code` and ![an *image*](i.png)

        Some *emphasis*, a [link](https://example.org), an \\*escape,\\
        a hard break <!-- rrp-lint-disable first-person --> and <b>html</b>.

        > Quoted words

        - item one
          1. nested two

        <!-- a block comment -->

        ```
        code block
        ```

        ---
        """
        let (nodes, tree, _) = Self.prose(text)
        #expect(nodes.prose == tree)
        let prose = try #require(nodes.prose)
        let kinds = prose.events.map(\.kind)
        #expect(kinds.first == .heading && prose.events[0].level == 1)
        for kind in [MarkdownProse.Kind.paragraph, .end, .text, .code, .html, .image, .imageEnd, .lineBreak, .htmlBlock] {
            #expect(kinds.contains(kind), "\(kind)")
        }
        let paragraphs = prose.events.filter { $0.kind == .paragraph }
        #expect(paragraphs.map(\.quoted) == [false, true, false, false])
        let words = prose.events.filter { $0.kind == .text }.map { String(decoding: prose.literal($0), as: UTF8.self) }
        #expect(words.contains("Quoted words") && words.contains("nested two") && !words.contains("code block"))
        // `\\*` is read as `*`: the text around it (one run) is not the file's bytes.
        let escaped = try #require(prose.events.first { $0.kind == .text && String(decoding: prose.literal($0), as: UTF8.self).contains("*escape") })
        #expect(!escaped.exact)
        let exact = try #require(prose.events.first { $0.kind == .text && String(decoding: prose.literal($0), as: UTF8.self) == "Quoted words" })
        #expect(exact.exact && Array(text.utf8)[exact.start..<(exact.start + 12)].elementsEqual("Quoted words".utf8))
        #expect(prose.close(of: 0) == kinds.firstIndex(of: .end))
    }

    /// Past the tree's depth limit, a quote or an image is flattened into its parent in the tree:
    /// the events follow it, so the linter reads the same either way.
    @Test(arguments: [50, 150])
    func deepNestingFollowsTheTreesFlattening(depth: Int) {
        let lists = String(repeating: "- ", count: depth) + "> deep quote\n"
        let quotes = String(repeating: "> ", count: depth) + "deepest\n"
        let emphasis = String(repeating: "*a ", count: depth) + "![alt *x*](i.png)" + String(repeating: " b*", count: depth) + "\n"
        for text in [lists, quotes, emphasis] {
            let (nodes, tree, _) = Self.prose(text)
            #expect(nodes.prose == tree)
        }
        let quoted = Self.prose(lists).fromNodes.prose?.events.first { $0.kind == .paragraph }?.quoted
        #expect(quoted == (depth < CmarkReader.TreeBuilder.maximumDepth))
    }
}
