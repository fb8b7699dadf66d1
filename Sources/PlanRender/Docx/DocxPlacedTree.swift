import PlanModel

/// A chapter's tree kept from the load (``NarrativeTree``) with its place in a document, as
/// ``NarrativePlacement`` places the chapter's Markdown: the top-level block of a dropped title
/// and the levels the top-level headings move down. The Word writer reads it instead of parsing
/// the placed Markdown again (``DocxNarrative/write(_:language:into:)-(DocxPlacedTree,_,_)``).
struct DocxPlacedTree: Sendable {
    var tree: NarrativeTree
    /// The dropped title's index among the top-level blocks.
    var droppedBlock: Int?
    /// Levels added to every top-level heading (levels stop at 6).
    var shift: Int

    /// `nil` when the load kept no tree, or when the placed Markdown does not read as the tree
    /// placed: a setext heading written anew, which the Markdown gives as an ATX heading of its
    /// plain text (``NarrativeText``), or raw HTML omitted (each piece becomes an HTML comment,
    /// which cmark may read with what follows it differently).
    init?(_ narrative: Narrative, placement: NarrativePlacement, allowRawHTML: Bool) {
        guard let tree = narrative.tree, allowRawHTML || narrative.rawHTML.isEmpty else { return nil }
        if placement.rewritesHeadings {
            let rewritten = placement.sections + (placement.dropped.map { [$0] } ?? [])
            guard rewritten.allSatisfy({ Self.isATX($0, in: narrative) }) else { return nil }
        }
        if let dropped = placement.dropped {
            guard let index = tree.blockOffsets.firstIndex(of: dropped.headingRange.start.offset) else { return nil }
            droppedBlock = index
        }
        self.tree = tree
        shift = placement.rewritesHeadings ? placement.shift : 0
    }

    /// Whether `section`'s heading is written with `#`s (after at most three spaces).
    private static func isATX(_ section: NarrativeSection, in narrative: Narrative) -> Bool {
        let start = section.headingRange.start.offset
        let line = narrative.slice(start, min(start + 4, section.headingRange.end.offset)).utf8
        return line.drop { $0 == UInt8(ascii: " ") }.first == UInt8(ascii: "#")
    }
}
