/// A chapter body's tree as cmark parsed it at load, in a compact form that outlives the parse:
/// what a writer that turns the tree straight into its own output reads (the Word writer),
/// instead of parsing the placed body a second time. Kept only when the compile asks for it
/// (`LoadOptions.narrativeTree`). Nodes are in one array, linked by index; only the text a
/// writer reads is kept (text, code and code block literals, link destinations), no raw HTML,
/// as UTF-8 in one byte array (a `String` for each of a large plan's 87,000 literals was
/// a tenth of the tree's making, and as many allocations kept to the compile's end).
public struct NarrativeTree: Sendable, Hashable {
    /// One node: its kind, a heading's level or a list's being ordered (1), its links, where
    /// its string's bytes start (-1: none) and how many there are.
    struct Node: Sendable, Hashable {
        var kind: MarkdownNodeKind
        var level: UInt8
        var firstChild: Int32 = -1
        var next: Int32 = -1
        var stringStart: Int32 = -1
        var stringCount: Int32 = 0
    }

    /// The nodes (the document first) and their strings' UTF-8, shared by every copy and node.
    final class Storage: Sendable {
        let nodes: [Node]
        let bytes: [UInt8]

        init(nodes: [Node], bytes: [UInt8]) {
            self.nodes = nodes
            self.bytes = bytes
        }
    }

    let storage: Storage
    /// The file byte offset where each top-level block starts, in order.
    public let blockOffsets: [Int]

    /// The document node.
    public var root: NarrativeTreeNode { NarrativeTreeNode(storage: storage, index: 0) }

    public static func == (a: NarrativeTree, b: NarrativeTree) -> Bool {
        a.storage === b.storage || a.storage.nodes == b.storage.nodes && a.storage.bytes == b.storage.bytes && a.blockOffsets == b.blockOffsets
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.nodes.count)
        hasher.combine(blockOffsets)
    }

    /// Builds a tree node by node, in document order.
    public struct Builder {
        private var nodes = [Node(kind: .other, level: 0)]
        private var bytes: [UInt8] = []
        private var blockOffsets: [Int] = []
        /// The last child added under each node so far.
        private var lastChild: [Int32] = [-1]

        public init() {}

        /// Adds a node as the last child of `parent` (0 is the document) and returns its index;
        /// `offset` is the file offset of a top-level block.
        @discardableResult
        public mutating func append(_ kind: MarkdownNodeKind, under parent: Int, level: Int = 0, string: String? = nil, offset: Int = 0) -> Int {
            guard var string else { return append(kind, under: parent, level: level, utf8: nil, offset: offset) }
            return string.withUTF8 { append(kind, under: parent, level: level, utf8: $0, offset: offset) }
        }

        /// Adds a node as ``append(_:under:level:string:offset:)`` does, its string given as
        /// UTF-8 (`nil`: none).
        @discardableResult
        public mutating func append(_ kind: MarkdownNodeKind, under parent: Int, level: Int = 0, utf8: UnsafeBufferPointer<UInt8>?, offset: Int = 0) -> Int {
            let index = Int32(nodes.count)
            var node = Node(kind: kind, level: UInt8(clamping: level))
            if let utf8 {
                node.stringStart = Int32(bytes.count)
                node.stringCount = Int32(utf8.count)
                bytes.append(contentsOf: utf8)
            }
            nodes.append(node)
            lastChild.append(-1)
            let previous = lastChild[parent]
            if previous < 0 { nodes[parent].firstChild = index } else { nodes[Int(previous)].next = index }
            lastChild[parent] = index
            if parent == 0 { blockOffsets.append(offset) }
            return Int(index)
        }

        /// The tree, without the arrays' spare capacity.
        public func finish() -> NarrativeTree {
            NarrativeTree(storage: Storage(nodes: Array(nodes), bytes: Array(bytes)), blockOffsets: Array(blockOffsets))
        }
    }
}

/// One node of a ``NarrativeTree``.
public struct NarrativeTreeNode: MarkdownTreeNode {
    let storage: NarrativeTree.Storage
    let index: Int

    private var node: NarrativeTree.Node { storage.nodes[index] }

    public var kind: MarkdownNodeKind { node.kind }
    public var headingLevel: Int { Int(node.level) }
    public var isOrdered: Bool { node.level != 0 }
    public var literal: String { withLiteralBytes { String(decoding: $0, as: UTF8.self) } }
    public var destination: String { literal }

    public func withLiteralBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let node = node
        guard node.stringStart >= 0 else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try storage.bytes.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[Int(node.stringStart)..<Int(node.stringStart + node.stringCount)]))
        }
    }

    /// Calls `body` with each child in order, and with the children of a child that `flattening`
    /// names in its place. The siblings after a flattened child wait on a stack, which stays
    /// empty (no allocation) when nothing is flattened, as in almost every call.
    public func forEachChild(flattening: (MarkdownNodeKind) -> Bool, _ body: (NarrativeTreeNode) throws -> Void) rethrows {
        let nodes = storage.nodes
        var current = nodes[index].firstChild
        var waiting: [Int32] = []
        while true {
            guard current >= 0 else {
                guard let next = waiting.popLast() else { return }
                current = next
                continue
            }
            let node = nodes[Int(current)]
            if flattening(node.kind) {
                waiting.append(node.next)
                current = node.firstChild
            } else {
                try body(NarrativeTreeNode(storage: storage, index: Int(current)))
                current = node.next
            }
        }
    }
}
