import PlanModel

/// Inline content of a paragraph or heading.
public enum MarkdownInline: Sendable, Hashable {
    /// Plain text. `range` covers the text's bytes in the file when they are written literally.
    case text(MarkdownText)
    case code(MarkdownText)
    case emphasis([MarkdownInline], SourceRange)
    case strong([MarkdownInline], SourceRange)
    case link(MarkdownLink)
    case image(MarkdownLink)
    case html(MarkdownText)
    case softBreak(SourceRange)
    case lineBreak(SourceRange)

    /// Plain text of inlines: text and code literals, breaks as spaces, markup dropped.
    public static func plainText(_ inlines: [MarkdownInline]) -> String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .text(let t), .code(let t): out += t.literal
            case .emphasis(let children, _), .strong(let children, _): out += plainText(children)
            case .link(let l), .image(let l): out += plainText(l.children)
            case .html: break
            case .softBreak, .lineBreak: out += " "
            }
        }
        return out
    }
}

/// A run of literal text with its range.
///
/// `exact` is true when the literal's bytes are the file's bytes at `range` (no entity or
/// backslash escape inside), so that a byte offset within `literal` maps to the same offset
/// from `range.start`.
public struct MarkdownText: Sendable, Hashable {
    public var literal: String
    public var range: SourceRange
    public var exact: Bool
}

/// A link or image.
public struct MarkdownLink: Sendable, Hashable {
    public var destination: String
    public var title: String
    public var children: [MarkdownInline]
    public var range: SourceRange
}
