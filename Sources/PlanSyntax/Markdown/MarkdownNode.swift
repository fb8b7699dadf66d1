import CCmark
import PlanModel

/// One node of cmark's tree of a Markdown text, read in place (``CmarkReader/withTree(ofMarkdown:_:)``):
/// for a writer that turns the tree straight into its own output and needs neither the
/// ``MarkdownBlock`` values nor their source ranges (the Word writer). A node is valid only
/// inside the body it was given to.
public struct MarkdownNode: MarkdownTreeNode {
    let node: OpaquePointer

    /// What a node is; ``MarkdownNodeKind/other`` for a node the readers leave out.
    public typealias Kind = MarkdownNodeKind

    public var kind: Kind { Self.kind(of: node) }

    /// The kind of cmark's `node`.
    static func kind(of node: OpaquePointer) -> Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        default: .other
        }
    }

    /// A heading's level (1-6).
    public var headingLevel: Int { Int(cmark_node_get_heading_level(node)) }

    /// Whether a list is numbered.
    public var isOrdered: Bool { cmark_node_get_list_type(node) == CMARK_ORDERED_LIST }

    /// The literal of a text, code span or code block (`""` for another node).
    public var literal: String { Self.string(cmark_node_get_literal(node)) }

    /// A link's or image's destination, `""` when it has none or it was unsafe (``LinkSafety``).
    public var destination: String { Self.string(cmark_node_get_url(node)) }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// Calls `body` with each child of this node in order, where a child of one of the kinds
    /// `flattening` says yes to is left out and its own children come in its place, at any depth
    /// (without recursion): how ``CmarkReader`` flattens containers nested deeper than the
    /// ``MarkdownBlock`` values keep.
    public func forEachChild(flattening: (Kind) -> Bool, _ body: (MarkdownNode) throws -> Void) rethrows {
        var cursors = [cmark_node_first_child(node)]
        while let last = cursors.last {
            guard let current = last else {
                cursors.removeLast()
                continue
            }
            cursors[cursors.count - 1] = cmark_node_next(current)
            let child = MarkdownNode(node: current)
            if flattening(child.kind) {
                cursors.append(cmark_node_first_child(current))
            } else {
                try body(child)
            }
        }
    }
}

extension CmarkReader {
    /// The deepest nesting of containers that ``MarkdownBlock`` values keep (of blocks and of
    /// inlines each); a container deeper than that is flattened into the one above it.
    public static var maximumDepth: Int { TreeBuilder.maximumDepth }

    /// Parses `text` as a chapter body is parsed (CommonMark, unsafe link destinations blanked)
    /// and calls `body` with the document's node; the tree is freed when `body` returns. `nil`
    /// when cmark gives no tree.
    public static func withTree<R>(ofMarkdown text: String, _ body: (MarkdownNode) throws -> R) rethrows -> R? {
        var text = text
        return try text.withUTF8 { buffer -> R? in
            try CmarkArena.with { () throws -> R? in
                guard let parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, CmarkArena.memory) else { return nil }
                if let base = buffer.baseAddress { cmark_parser_feed(parser, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), buffer.count) }
                let parsed = cmark_parser_finish(parser)
                cmark_parser_free(parser)
                guard let root = parsed else { return nil }
                _ = blankUnsafeLinks(in: root, converter: nil)
                return try body(MarkdownNode(node: root))
            }
        }
    }
}
