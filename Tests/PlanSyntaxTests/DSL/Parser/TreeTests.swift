import PlanModel
import PlanSyntax
import Testing

@Suite struct TreeTests {
    static func tree(_ text: String) -> (FrontMatterTree?, [String]) {
        let chapter = ChapterSource.read(SourceFile(path: "t.md", text: text)).chapter
        let (tree, diagnostics) = FrontMatterParser.tree(chapter)
        return (tree, diagnostics.map(\.id.rawValue))
    }

    @Test func nestedBlocksListsAndRanges() throws {
        let (tree, ids) = Self.tree("---\na:\n  b: 1\n  c:\n    - x\n    - k: v\n      l: w\nd:\n- compact\n---\n")
        let t = try #require(tree)
        #expect(ids.isEmpty)
        #expect(t.root.entries.map(\.key) == ["a", "d"])
        let a = t[t.root.entries[0].value]
        #expect(a.kind == .mapping)
        let c = t[a.entries[1].value]
        #expect(c.kind == .sequence)
        #expect(c.items.count == 2)
        let item = t[c.items[1].value]
        #expect(item.entries.map(\.key) == ["k", "l"])
        #expect(item.entries[1].keyRange.start == SourceLocation(line: 7, column: 7, offset: item.entries[1].keyRange.start.offset))
        #expect(t[t.root.entries[1].value].kind == .sequence)
        #expect(t[c.items[0].value].scalar?.text == "x")
    }

    @Test func tenThousandLevelsOfNestingNeedNoStack() throws {
        let dashes = String(repeating: "- ", count: 10_000)
        let (tree, _) = Self.tree("---\nchapter: sector\ncountry: TCD\nsector: wash\nassumptions:\n  " + dashes + "x\n---\n")
        #expect(try #require(tree).nodes.count > 10_000)
        var indented = "---\nchapter: sector\n"
        for depth in 0..<2_000 { indented += String(repeating: " ", count: depth) + "k\(depth):\n" }
        let (deep, ids) = Self.tree(indented + "---\n")
        #expect(try #require(deep).nodes.count == 2_002)
        #expect(ids.isEmpty)
        let (_, diagnostics) = FrontMatterParser.parse(text: indented + "---\n")
        #expect(diagnostics.map(\.id.rawValue).contains("dsl.unknown-key"))
    }

    @Test func everyErrorOfAFileIsReported() {
        let text = """
        ---
        chapter: sector
        country: NO
        sector: Protection
        \tlanguage: fr
        population:
          refugees:
            planned: 1,25,000
        requirment:
          UNHCR: USD 5M
        locations: [Sila]
        assumptions: &a x
        ---
        """
        let (_, diagnostics) = FrontMatterParser.parse(text: text + "\n")
        let found = diagnostics.map { "\($0.range!.start.line):\($0.id)" }
        #expect(found == ["3:dsl.invalid-country-code", "4:dsl.invalid-identifier", "5:dsl.tab-indentation", "8:dsl.invalid-count",
                          "9:dsl.unknown-key", "11:dsl.yaml-flow-collection", "12:dsl.yaml-anchor"])
    }

    @Test func duplicateKeyNotePointsAtTheFirst() throws {
        let (_, diagnostics) = FrontMatterParser.parse(text: "---\nchapter: country\ncountry: TCD\nheadline:\n  partners: 3\n  partners: 4\n---\n")
        let d = try #require(diagnostics.first)
        #expect(d.id == "dsl.duplicate-key")
        #expect(d.range?.start.line == 6)
        #expect(d.notes.first?.range?.start.line == 5)
        #expect(d.notes.first?.range?.start.column == 3)
    }

    /// Blocks of many keys keep a key table; the duplicate is reported the same way.
    @Test func duplicateKeyInALargeBlockPointsAtTheFirst() throws {
        let keys = (1...20).map { "  key\($0): \($0)\n" }.joined()
        let (tree, diagnostics) = FrontMatterParser.tree(ChapterSource.read(SourceFile(path: "a.md", text: "---\nblock:\n\(keys)  key3: 0\n  key20: 0\n---\n")).chapter)
        #expect(diagnostics.map(\.id.rawValue) == ["dsl.duplicate-key", "dsl.duplicate-key"])
        #expect(diagnostics.map { $0.range?.start.line } == [23, 24])
        #expect(diagnostics.map { $0.notes.first?.range?.start.line } == [5, 22])
        let block = try #require(tree?.root.entries.first)
        #expect(tree?[block.value].entries.count == 20)
    }

    @Test func fileWithoutFrontMatterGivesNothing() {
        let (header, diagnostics) = FrontMatterParser.parse(text: "# Title\n\nText.\n")
        #expect(header == nil)
        #expect(diagnostics.isEmpty)
    }

    @Test func blockScalarSwallowsItsTextAndRecovers() {
        let (_, diagnostics) = FrontMatterParser.parse(text: "---\nchapter: country\ntitle: |\n  line one\n  line: two\ncountry: NO\n---\n")
        #expect(diagnostics.map(\.id.rawValue) == ["dsl.yaml-block-scalar", "dsl.invalid-country-code"])
    }
}

extension TreeTests {
    @Test func summariesQuoteAtMostAnExcerptOfHugeValues() {
        let huge = String(repeating: "Abc ", count: 50_000)
        let hugeKey = String(repeating: "k", count: 100_000)
        let text = "---\nchapter: sector\ncountry: TCD\nsector: \(huge)\n\(hugeKey): 1\n\(hugeKey): 2\nlocations: x, x\(huge), x\(huge)\n---\n"
        let (_, diagnostics) = FrontMatterParser.parse(text: text)
        #expect(diagnostics.map(\.id.rawValue) == ["dsl.invalid-identifier", "dsl.unknown-key", "dsl.duplicate-key", "dsl.duplicate-list-item"])
        for d in diagnostics { #expect(d.summary.count < 300, "\(d.id)") }
    }
}
