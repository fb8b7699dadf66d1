import PlanModel

/// A block of a chapter's Markdown body, as a Sendable value with its range in the file.
public enum MarkdownBlock: Sendable, Hashable {
    case heading(MarkdownHeading)
    case paragraph(MarkdownParagraph)
    case list(MarkdownList)
    case blockQuote(MarkdownBlockQuote)
    case codeBlock(MarkdownCodeBlock)
    case htmlBlock(MarkdownHTMLBlock)
    case thematicBreak(SourceRange)

    /// Where the block is in the file.
    public var range: SourceRange {
        switch self {
        case .heading(let b): b.range
        case .paragraph(let b): b.range
        case .list(let b): b.range
        case .blockQuote(let b): b.range
        case .codeBlock(let b): b.range
        case .htmlBlock(let b): b.range
        case .thematicBreak(let r): r
        }
    }
}

/// An ATX (`## Title`) or setext heading.
public struct MarkdownHeading: Sendable, Hashable {
    public var level: Int
    public var inlines: [MarkdownInline]
    public var range: SourceRange
    /// The heading's plain text (inline markup removed).
    public var text: String { MarkdownInline.plainText(inlines) }
}

/// A paragraph.
public struct MarkdownParagraph: Sendable, Hashable {
    public var inlines: [MarkdownInline]
    public var range: SourceRange
}

/// A bullet or ordered list; each item is a sequence of blocks.
public struct MarkdownList: Sendable, Hashable {
    public var ordered: Bool
    public var items: [MarkdownListItem]
    public var range: SourceRange
}

/// One item of a list.
public struct MarkdownListItem: Sendable, Hashable {
    public var blocks: [MarkdownBlock]
    public var range: SourceRange
}

/// A `>` block quote.
public struct MarkdownBlockQuote: Sendable, Hashable {
    public var blocks: [MarkdownBlock]
    public var range: SourceRange
}

/// A fenced or indented code block.
public struct MarkdownCodeBlock: Sendable, Hashable {
    public var info: String
    public var literal: String
    public var range: SourceRange
}

/// Raw HTML at block level (comments included: suppression comments live here).
public struct MarkdownHTMLBlock: Sendable, Hashable {
    public var literal: String
    public var range: SourceRange
}
