import PlanModel

/// Where a chapter body goes under the document's headings: the opening heading that repeats
/// the document's title is left out, and the other headings move down so that the shallowest
/// one is at `baseLevel` (levels stop at 6).
struct NarrativePlacement {
    /// The opening section whose heading is one of the titles (ignoring case), when nothing but
    /// blank lines comes before it: the document already gives that heading.
    var dropped: NarrativeSection?
    /// The sections left, depth first, in document order.
    var sections: [NarrativeSection]
    /// Levels added to every heading.
    var shift: Int
    /// Whether the headings are written anew: moved down, or a title was dropped.
    var rewritesHeadings: Bool

    init(_ narrative: Narrative, baseLevel: Int, titles: [String]) {
        var sections = narrative.allSections
        if let first = sections.first, titles.contains(where: { $0.lowercased() == first.heading.lowercased() }),
           narrative.slice(narrative.bodyStart, first.headingRange.start.offset).allSatisfy(\.isWhitespace) {
            dropped = first
            sections.removeFirst()
        }
        self.sections = sections
        if let top = sections.map(\.level).min() {
            shift = max(baseLevel - top, 0)
            rewritesHeadings = shift > 0 || dropped != nil
        } else {
            shift = 0
            rewritesHeadings = false
        }
    }

    /// The new level of a heading at `level`.
    func level(_ level: Int) -> Int { min(level + shift, 6) }

    /// Where the text starts in the body's bytes: after a dropped title (with an ATX heading's
    /// closing `#`s, which cmark leaves out of the heading's range), else 0.
    func textStart(in bytes: UnsafeBufferPointer<UInt8>, bodyStart: Int) -> Int {
        guard let dropped else { return 0 }
        let end = min(max(dropped.headingRange.end.offset - bodyStart, 0), bytes.count)
        var lineEnd = end
        while lineEnd < bytes.count, bytes[lineEnd] != 10, bytes[lineEnd] != 13 { lineEnd += 1 }
        return bytes[end..<lineEnd].contains { $0 > 32 } ? lineEnd : end
    }
}
