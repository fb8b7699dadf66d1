import PlanModel

/// Where a file's front matter and body are, in the file's own coordinates.
///
/// The front matter is the block between a `---` line that is the file's first line and the next
/// `---` line (trailing spaces and tabs allowed on both). Everything after the closing line is the
/// body; a `---` further down is a thematic break of the body. A block that blank lines or a
/// stray byte-order mark push down is located too, with an error (``FrontMatterLocator``).
public struct ChapterLayout: Sendable, Hashable {
    /// The front-matter block, if the file has one.
    public var frontMatter: FrontMatterBlock?
    /// Byte offset where the body starts (after the closing `---` line, or the start of the file).
    public var bodyStartOffset: Int
    /// 1-based line where the body starts.
    public var bodyStartLine: Int
}

/// A located front-matter block: the delimiter lines and the content between them.
public struct FrontMatterBlock: Sendable, Hashable {
    /// The opening `---` line.
    public var opening: SourceRange
    /// The closing `---` line.
    public var closing: SourceRange
    /// Byte offsets of the content between the delimiters (may be empty).
    public var content: Range<Int>
    /// 1-based line of the first content line.
    public var firstContentLine: Int
}
