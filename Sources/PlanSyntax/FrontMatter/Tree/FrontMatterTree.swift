import PlanModel

/// The generic tree of one front-matter block, before any key is interpreted.
///
/// Nodes live in one flat array and refer to each other by index, so that building, comparing
/// and destroying a tree never recurses, whatever its depth. Node 0 is the root mapping.
public struct FrontMatterTree: Sendable, Hashable {
    /// Every node; `FrontMatterEntry.value` and `FrontMatterItem.value` index into it.
    public internal(set) var nodes: [FrontMatterNode]

    /// The root mapping.
    public var root: FrontMatterNode { nodes[0] }

    /// The node at `index`.
    public subscript(index: Int) -> FrontMatterNode { nodes[index] }

    init(rootRange: SourceRange) {
        nodes = [FrontMatterNode(kind: .mapping, range: rootRange)]
    }

    /// Appends a node and returns its index.
    mutating func add(_ node: FrontMatterNode) -> Int {
        nodes.append(node)
        return nodes.count - 1
    }
}

/// One node: a mapping of `key: value` entries, a sequence of `- ` items, a value, or nothing.
public struct FrontMatterNode: Sendable, Hashable {
    /// What a node holds.
    public enum Kind: Sendable, Hashable {
        /// `key: value` lines, in `entries`.
        case mapping
        /// `- ` items, in `items`.
        case sequence
        /// One value, in `scalar`.
        case scalar
        /// A key or item with no value and no indented block below it.
        case empty
        /// A value already reported as outside the language; interpreting it would only repeat
        /// the error.
        case invalid
    }

    public internal(set) var kind: Kind
    /// From the first key, marker or value to the end of the last one; for an empty node, the
    /// insertion point after the key's colon or the item's dash.
    public internal(set) var range: SourceRange
    /// The entries of a mapping, in written order.
    public internal(set) var entries: [FrontMatterEntry] = []
    /// The items of a sequence, in written order.
    public internal(set) var items: [FrontMatterItem] = []
    /// The value of a scalar node.
    public internal(set) var scalar: FrontMatterScalar?
}

/// `key: value` in a mapping.
public struct FrontMatterEntry: Sendable, Hashable {
    /// The key as written.
    public var key: String
    /// Where the key is written (the colon excluded).
    public var keyRange: SourceRange
    /// Index of the value node.
    public var value: Int
}

/// `- value` in a sequence.
public struct FrontMatterItem: Sendable, Hashable {
    /// The `-` marker.
    public var dash: SourceRange
    /// Index of the value node.
    public var value: Int
}

/// A value as written on one line.
public struct FrontMatterScalar: Sendable, Hashable {
    /// The text (unescaped when quoted).
    public var text: String
    /// The written bytes, quotes included.
    public var range: SourceRange
    /// Whether it was written in double quotes.
    public var quoted: Bool
}
