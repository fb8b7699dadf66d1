import PlanModel

/// A chapter body made ready to sit under the document's own headings: every heading of the
/// chapter is moved down so that the chapter's top level becomes `baseLevel` (levels stop at
/// 6). The text is otherwise the author's, byte for byte, except raw HTML when asked to omit it.
public enum NarrativeText {
    /// What stands for each omitted piece of raw HTML, as in cmark's HTML.
    static let rawHTMLPlaceholder = Array("<!-- raw HTML omitted -->".utf8)

    /// The body's Markdown with its headings shifted so that the shallowest one is `baseLevel`.
    /// When the body opens (nothing but blank lines before it) with a heading whose text is one
    /// of `titles` (ignoring case), that heading is left out: the document already gives it.
    /// With `omittingRawHTML`, each HTML block and inline tag of ``Narrative/rawHTML`` becomes
    /// `<!-- raw HTML omitted -->`, as cmark does in HTML. Unsafe links lose their destination
    /// (``Narrative/linkBlankings``) whatever the options, as in cmark's HTML.
    public static func markdown(_ narrative: Narrative, baseLevel: Int, titles: [String] = [], omittingRawHTML: Bool = false) -> String {
        markdown(narrative, placement: NarrativePlacement(narrative, baseLevel: baseLevel, titles: titles), omittingRawHTML: omittingRawHTML)
    }

    /// A change to the body's bytes, at a body offset.
    private enum Edit {
        case heading(NarrativeSection, at: Int)
        case rawHTML(Range<Int>)
        case replace(Range<Int>, with: [UInt8])

        /// Where it applies; at the same offset a replaced block comes first (the edits inside
        /// it are left out), then a heading (a setext heading is written anew whole, raw HTML in
        /// it included).
        var order: (Int, Int) {
            switch self {
            case .replace(let r, let text): (r.lowerBound, text == NarrativeText.blankedTail ? 2 : -1)
            case .heading(_, let at): (at, 0)
            case .rawHTML(let r): (r.lowerBound, 1)
            }
        }
    }

    /// What stands for the end of an unsafe link: an empty destination.
    static let blankedTail = Array("]()".utf8)

    static func markdown(_ narrative: Narrative, placement: NarrativePlacement, omittingRawHTML: Bool) -> String {
        var edits: [Edit] = []
        let base = narrative.bodyStart
        if placement.rewritesHeadings {
            edits = placement.sections.map { .heading($0, at: $0.headingRange.start.offset - base) }
        }
        if omittingRawHTML {
            edits += narrative.rawHTML.map { .rawHTML(($0.lowerBound - base)..<($0.upperBound - base)) }
        }
        for blanking in narrative.linkBlankings {
            switch blanking {
            case .tail(let r): edits.append(.replace((r.lowerBound - base)..<(r.upperBound - base), with: blankedTail))
            case .block(let r, let markdown): edits.append(.replace((r.lowerBound - base)..<(r.upperBound - base), with: Array(markdown.utf8)))
            }
        }
        guard !edits.isEmpty || placement.dropped != nil else { return narrative.markdown }
        edits.sort { $0.order < $1.order }
        var text = narrative.markdown
        let out = text.withUTF8 { bytes -> [UInt8] in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + edits.count * 24)
            var cursor = placement.textStart(in: bytes, bodyStart: base)
            for edit in edits {
                switch edit {
                case .heading(let section, let start):
                    let end = min(section.headingRange.end.offset - base, bytes.count)
                    guard start >= cursor, start < bytes.count, end > start else { continue }
                    out.append(contentsOf: bytes[cursor..<start])
                    cursor = rewrite(bytes, start..<end, heading: section.heading, level: placement.level(section.level), into: &out)
                case .rawHTML(let range):
                    let upper = min(range.upperBound, bytes.count)
                    guard range.lowerBound >= cursor, upper > range.lowerBound else { continue }
                    out.append(contentsOf: bytes[cursor..<range.lowerBound])
                    out += rawHTMLPlaceholder
                    if bytes[upper - 1] == 10 { out.append(10) }
                    cursor = upper
                case .replace(let range, let text):
                    let upper = min(range.upperBound, bytes.count)
                    guard range.lowerBound >= cursor, upper > range.lowerBound else { continue }
                    out.append(contentsOf: bytes[cursor..<range.lowerBound])
                    out += text
                    cursor = upper
                }
            }
            out.append(contentsOf: bytes[cursor...])
            return out
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes the heading at `line` anew at `level` and returns where the copy resumes. An ATX
    /// heading gets a new run of `#` and keeps the rest of its line (copied later, so raw HTML in
    /// it is omitted like anywhere else); a setext heading becomes an ATX heading of its plain
    /// text.
    private static func rewrite(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, heading: String, level: Int, into out: inout [UInt8]) -> Int {
        out.append(contentsOf: repeatElement(UInt8(ascii: "#"), count: level))
        var i = line.lowerBound
        while i < line.upperBound, i < line.lowerBound + 3, bytes[i] == UInt8(ascii: " ") { i += 1 }
        if i < line.upperBound, bytes[i] == UInt8(ascii: "#") {
            while i < line.upperBound, bytes[i] == UInt8(ascii: "#") { i += 1 }
            return i
        }
        out.append(UInt8(ascii: " "))
        out.append(contentsOf: MarkdownEscape.escape(heading).utf8)
        if bytes[line.upperBound - 1] == 10 { out.append(10) }
        return line.upperBound
    }
}
