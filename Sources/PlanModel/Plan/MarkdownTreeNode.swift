/// What a Markdown node is, in cmark's tree; ``other`` for a node the readers leave out.
public enum MarkdownNodeKind: UInt8, Sendable, Hashable {
    case paragraph, heading, blockQuote, list, item, codeBlock, htmlBlock, thematicBreak
    case text, code, htmlInline, softBreak, lineBreak, emphasis, strong, link, image
    case other
}

/// A node of a parsed Markdown tree as a writer reads it: cmark's own node during a parse
/// (`MarkdownNode`) or one kept from the load (``NarrativeTreeNode``).
public protocol MarkdownTreeNode {
    var kind: MarkdownNodeKind { get }
    /// A heading's level (1-6).
    var headingLevel: Int { get }
    /// Whether a list is numbered.
    var isOrdered: Bool { get }
    /// The literal of a text, code span or code block (`""` for another node).
    var literal: String { get }
    /// Calls `body` with the UTF-8 of ``literal``, in place where the node keeps it so.
    func withLiteralBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R
    /// A link's destination, `""` when it has none or it was unsafe.
    var destination: String { get }
    /// Calls `body` with each child in order, where a child of one of the kinds `flattening`
    /// says yes to is left out and its own children come in its place, at any depth.
    func forEachChild(flattening: (MarkdownNodeKind) -> Bool, _ body: (Self) throws -> Void) rethrows
}

extension MarkdownTreeNode {
    /// The UTF-8 of a `String` made by ``literal``.
    public func withLiteralBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        var literal = literal
        return try literal.withUTF8(body)
    }
}
