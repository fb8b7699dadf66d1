import PlanModel
@testable import PlanSyntax
import Testing

/// Tens of thousands of nested quotes, list items or emphasis levels overflowed the stack of the
/// recursive tree conversion (about 15,500 `>` crashed `rrp check`). The conversion keeps its
/// open containers on a stack of its own, and the blocks it builds nest at most
/// ``CmarkReader/TreeBuilder/maximumDepth`` deep, so every later walk is bounded too.
@Suite struct DeepNestingTests {
    static func body(_ markdown: String) -> MarkdownDocument {
        ChapterSource.read(SourceFile(path: "c.md", text: markdown)).chapter.body
    }

    /// The deepest nesting of containers, and every text literal in document order, both
    /// computed without recursion.
    static func shape(_ blocks: [MarkdownBlock]) -> (blockDepth: Int, inlineDepth: Int, text: String) {
        var blockDepth = 0, inlineDepth = 0, text = ""
        var pending: [(block: MarkdownBlock, depth: Int)] = blocks.reversed().map { ($0, 0) }
        func inlines(_ list: [MarkdownInline]) {
            var stack: [(MarkdownInline, Int)] = list.reversed().map { ($0, 1) }
            while let (inline, depth) = stack.popLast() {
                inlineDepth = max(inlineDepth, depth)
                switch inline {
                case .text(let t): text += t.literal
                case .emphasis(let c, _), .strong(let c, _): stack += c.reversed().map { ($0, depth + 1) }
                case .link(let l), .image(let l): stack += l.children.reversed().map { ($0, depth + 1) }
                default: break
                }
            }
        }
        while let (block, depth) = pending.popLast() {
            blockDepth = max(blockDepth, depth)
            switch block {
            case .paragraph(let p): inlines(p.inlines); text += "\n"
            case .heading(let h): inlines(h.inlines); text += "\n"
            case .blockQuote(let q): pending += q.blocks.reversed().map { ($0, depth + 1) }
            case .list(let l): pending += l.items.reversed().flatMap { $0.blocks.reversed() }.map { ($0, depth + 1) }
            default: break
            }
        }
        return (blockDepth, inlineDepth, text)
    }

    @Test(arguments: [60_000, 150])
    func deepQuotesKeepTheirTextWithinTheDepthLimit(depth: Int) {
        let (blocks, _, text) = Self.shape(Self.body(String(repeating: "> ", count: depth) + "deepest words\n\nafter\n").blocks)
        #expect(blocks == min(depth, CmarkReader.TreeBuilder.maximumDepth))
        #expect(text == "deepest words\nafter\n")
    }

    @Test func deepListsKeepEveryItemInOrder() {
        let markdown = String(repeating: "- ", count: 30_000) + "deepest\n\n" + String(repeating: "- ", count: 30_000) + "second\n"
        let (blocks, _, text) = Self.shape(Self.body(markdown).blocks)
        #expect(blocks == CmarkReader.TreeBuilder.maximumDepth)
        #expect(text == "deepest\nsecond\n")
    }

    @Test func deepEmphasisKeepsItsTextWithinTheDepthLimit() {
        let n = 60_000
        let markdown = String(repeating: "*a ", count: n) + "x" + String(repeating: " b*", count: n) + "\n"
        let (_, inlines, text) = Self.shape(Self.body(markdown).blocks)
        #expect(inlines == CmarkReader.TreeBuilder.maximumDepth + 1)
        #expect(text == String(repeating: "a ", count: n) + "x" + String(repeating: " b", count: n) + "\n")
    }

    /// Shallow documents convert exactly as before: nothing is flattened below the limit.
    @Test func nestingBelowTheLimitIsKept() {
        let blocks = Self.body("> - a *b **c [d](https://e.org)***\n>\n>   > quoted\n").blocks
        guard case .blockQuote(let q) = blocks.first, case .list(let l) = q.blocks.first, let item = l.items.first,
              case .paragraph(let p) = item.blocks.first, case .blockQuote = item.blocks.last else { Issue.record("\(blocks)"); return }
        guard case .emphasis(let e, _) = p.inlines.last, case .strong(let s, _) = e.last, case .link(let link) = s.last else { Issue.record("\(p.inlines)"); return }
        #expect(link.destination == "https://e.org")
        #expect(Self.shape(blocks).blockDepth == 3)
    }
}
