/// A chapter's Markdown body kept as a tree of sections by heading.
///
/// `markdown` is the body as written (after the front matter); `bodyStart` is the byte offset in
/// the file where it starts, so a section's file range maps into `markdown` by subtracting it
/// (see ``markdown(of:)``).
public struct Narrative: Sendable, Hashable, Codable {
    /// The chapter file's path, as given by the user.
    public var file: String
    /// The body's Markdown text.
    public var markdown: String
    /// Byte offset of the body in the file.
    public var bodyStart: Int
    /// Top-level sections: each heading opens a section that runs to the next heading of the same
    /// or a higher level; deeper headings are its children. Text before the first heading is not
    /// a section (see ``preambleEnd``).
    public var sections: [NarrativeSection]
    /// The end of the file (where text appended to the chapter goes), when known.
    public var end: SourceLocation?
    /// File byte ranges of the body's raw HTML (HTML blocks and inline tags), in document order:
    /// what a renderer omits unless `--allow-raw-html`. The compiler records them; a narrative
    /// built by hand lists its own.
    public var rawHTML: [Range<Int>]
    /// What the Markdown output changes to leave out unsafe link destinations, in file order
    /// (cmark's HTML has them blanked already). The compiler records them.
    public var linkBlankings: [LinkBlanking]
    /// cmark's HTML of the body's top-level blocks, when the compile asked for it (see
    /// ``NarrativeHTML``). Not encoded: it is a rendering of `markdown`.
    public var html: NarrativeHTML?
    /// cmark's tree of the body, when the compile asked for it (see ``NarrativeTree``). Not
    /// encoded: it is a reading of `markdown`.
    public var tree: NarrativeTree?

    public init(
        file: String, markdown: String, bodyStart: Int, sections: [NarrativeSection], end: SourceLocation? = nil,
        rawHTML: [Range<Int>] = [], linkBlankings: [LinkBlanking] = [], html: NarrativeHTML? = nil, tree: NarrativeTree? = nil
    ) {
        self.file = file
        self.markdown = markdown
        self.bodyStart = bodyStart
        self.sections = sections
        self.end = end
        self.rawHTML = rawHTML
        self.linkBlankings = linkBlankings
        self.html = html
        self.tree = tree
    }

    private enum CodingKeys: String, CodingKey {
        case file, markdown, bodyStart, sections, end, rawHTML, linkBlankings
    }

    /// Byte offset in the file where the first section starts (the end of any text before the
    /// first heading).
    public var preambleEnd: Int { sections.first?.range.start.offset ?? bodyStart + markdown.utf8.count }

    /// Every section in document order, depth first.
    public var allSections: [NarrativeSection] {
        var out: [NarrativeSection] = []
        func walk(_ sections: [NarrativeSection]) {
            for s in sections {
                out.append(s)
                walk(s.children)
            }
        }
        walk(sections)
        return out
    }

    /// The Markdown text of `section` (heading included, children included).
    public func markdown(of section: NarrativeSection) -> String {
        slice(section.range.start.offset, section.range.end.offset)
    }

    /// The Markdown text between two file byte offsets, clamped to the body.
    public func slice(_ startOffset: Int, _ endOffset: Int) -> String {
        let utf8 = markdown.utf8
        let lower = min(max(startOffset - bodyStart, 0), utf8.count)
        let upper = min(max(endOffset - bodyStart, lower), utf8.count)
        let a = utf8.index(utf8.startIndex, offsetBy: lower)
        let b = utf8.index(utf8.startIndex, offsetBy: upper)
        return String(decoding: utf8[a..<b], as: UTF8.self)
    }
}

/// A section of a chapter: a heading and everything up to the next heading of the same or a higher
/// level.
public struct NarrativeSection: Sendable, Hashable, Codable {
    /// The heading's plain text.
    public var heading: String
    /// 1 for `#`, 2 for `##`...
    public var level: Int
    /// The heading line in the file.
    public var headingRange: SourceRange
    /// From the heading to the end of the section (children included), in the file.
    public var range: SourceRange
    /// The required parts this heading names (`situation-analysis`), in the order it names
    /// them: usually one, two for "Needs analysis and response strategy", none for most.
    public var parts: [String]
    /// The first of ``parts``.
    public var part: String? { parts.first }
    /// Sections under deeper headings, in order.
    public var children: [NarrativeSection]

    public init(heading: String, level: Int, headingRange: SourceRange, range: SourceRange, parts: [String] = [], children: [NarrativeSection] = []) {
        self.heading = heading
        self.level = level
        self.headingRange = headingRange
        self.range = range
        self.parts = parts
        self.children = children
    }
}
