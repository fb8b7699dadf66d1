/// A chapter body rendered to HTML by cmark while it was parsed, one top-level block at a time,
/// so that a renderer can place the body under its own headings without parsing it again.
///
/// The blocks joined are cmark's HTML for the whole body, byte for byte.
public struct NarrativeHTML: Sendable, Hashable {
    /// Whether raw HTML was kept (`--allow-raw-html`); cmark omits it otherwise.
    public var rawHTMLAllowed: Bool
    /// The body's top-level blocks in document order.
    public var blocks: [NarrativeHTMLBlock]

    public init(rawHTMLAllowed: Bool, blocks: [NarrativeHTMLBlock]) {
        self.rawHTMLAllowed = rawHTMLAllowed
        self.blocks = blocks
    }
}

/// One top-level block of a chapter body and cmark's HTML for it.
public struct NarrativeHTMLBlock: Sendable, Hashable {
    /// cmark's HTML for the block, ending with a line break.
    public var html: String
    /// The level of a heading block (`<h2>` is 2); `nil` for other blocks.
    public var headingLevel: Int?
    /// Byte offset in the file where the block starts.
    public var offset: Int

    public init(html: String, headingLevel: Int? = nil, offset: Int) {
        self.html = html
        self.headingLevel = headingLevel
        self.offset = offset
    }
}
