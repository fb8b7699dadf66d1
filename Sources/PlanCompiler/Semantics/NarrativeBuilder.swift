import PlanModel
import PlanSyntax

/// Builds a chapter's tree of sections from its top-level headings.
///
/// Only headings at the top level of the body open sections (a heading inside a list or a
/// quote does not). A section ends where the next heading of the same or a higher level starts,
/// or at the end of the file. The raw HTML ranges and the blocks' HTML come from the parse.
enum NarrativeBuilder {
    static func build(_ chapter: ChapterSource) -> Narrative {
        // Built once per parse (see ``ChapterDerived``).
        chapter.derived.narrative { make(chapter) }
    }

    private static func make(_ chapter: ChapterSource) -> Narrative {
        let file = chapter.file
        let bodyStart = min(chapter.layout.bodyStartOffset, file.bytes.count)
        let headings: [MarkdownHeading] = chapter.body.blocks.compactMap {
            if case .heading(let h) = $0 { return h } else { return nil }
        }
        let end = file.location(atOffset: file.bytes.count)
        var index = 0
        let sections = nest(headings, from: &index, parentLevel: 0, fileEnd: end)
        return Narrative(
            file: file.name, markdown: chapter.bodyText, bodyStart: bodyStart, sections: sections, end: end,
            rawHTML: chapter.body.rawHTMLRanges, linkBlankings: chapter.body.linkBlankings, html: chapter.body.html, tree: chapter.body.tree
        )
    }

    /// Sections at levels deeper than `parentLevel`, starting at `index`.
    private static func nest(_ headings: [MarkdownHeading], from index: inout Int, parentLevel: Int, fileEnd: SourceLocation) -> [NarrativeSection] {
        var out: [NarrativeSection] = []
        while index < headings.count, headings[index].level > parentLevel {
            let heading = headings[index]
            index += 1
            let children = nest(headings, from: &index, parentLevel: heading.level, fileEnd: fileEnd)
            let sectionEnd = index < headings.count ? headings[index].range.start : fileEnd
            out.append(NarrativeSection(
                heading: heading.text.trimmingSpaces, level: heading.level, headingRange: heading.range,
                range: SourceRange(start: heading.range.start, end: sectionEnd), children: children
            ))
        }
        return out
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}
