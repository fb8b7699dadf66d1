import PlanModel

extension NarrativeText {
    /// The body's HTML placed as ``markdown(_:baseLevel:titles:omittingRawHTML:)`` places its
    /// Markdown, joined from the blocks cmark rendered at load time (``Narrative/html``): the
    /// opening title block is left out and each top-level heading's `<hN>` moves down. `nil` when
    /// the narrative has no such blocks, or they were rendered with the other raw HTML setting.
    ///
    /// The bytes are cmark's HTML of the placed Markdown, except for a setext heading moved or
    /// re-written: the Markdown gives its plain text, the HTML keeps its inline markup.
    public static func html(_ narrative: Narrative, baseLevel: Int, titles: [String] = [], allowRawHTML: Bool = false) -> String? {
        html(narrative, placement: NarrativePlacement(narrative, baseLevel: baseLevel, titles: titles), allowRawHTML: allowRawHTML)
    }

    static func html(_ narrative: Narrative, placement: NarrativePlacement, allowRawHTML: Bool) -> String? {
        guard let html = narrative.html, html.rawHTMLAllowed == allowRawHTML else { return nil }
        let dropped = placement.dropped?.headingRange.start.offset
        var out = ""
        out.reserveCapacity(html.blocks.reduce(0) { $0 + $1.html.utf8.count })
        for block in html.blocks where block.offset != dropped || block.headingLevel == nil {
            if placement.rewritesHeadings, let level = block.headingLevel {
                out += retag(block.html, level: placement.level(level))
            } else {
                out += block.html
            }
        }
        return out
    }

    /// cmark's `<hN>…</hN>\n` at `level`.
    private static func retag(_ html: String, level: Int) -> String {
        let open = "<h\(level)>", utf8 = html.utf8
        guard utf8.count >= 10, html.hasPrefix("<h"), html.hasSuffix(">\n"), !html.hasPrefix(open) else { return html }
        return open + String(Substring(utf8.dropFirst(4).dropLast(6))) + "</h\(level)>\n"
    }
}
