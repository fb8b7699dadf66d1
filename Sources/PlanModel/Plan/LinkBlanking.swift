/// How the Markdown output leaves out the destination of an unsafe link or image (see
/// `LinkSafety` in PlanSyntax), as cmark's HTML of the same chapter does: the link keeps its
/// text and gets an empty destination, `[text]()`.
public enum LinkBlanking: Sendable, Hashable, Codable {
    /// Replace the file bytes `range`, from the `]` that closes the link text to the end of the
    /// link (`](javascript:...)`, `][ref]`, or the `]` of `[ref]`), with `]()`.
    case tail(Range<Int>)
    /// Replace the top-level block at the file bytes `range` with `markdown`: cmark's CommonMark
    /// of the block with the destinations blanked and raw HTML omitted. Used when cmark's
    /// positions do not locate the link's bytes exactly.
    case block(Range<Int>, markdown: String)

    /// Where the replaced bytes start in the file.
    public var start: Int {
        switch self {
        case .tail(let r), .block(let r, _): r.lowerBound
        }
    }
}
