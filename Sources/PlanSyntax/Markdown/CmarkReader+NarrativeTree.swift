import CCmark
import Glibc
import PlanModel

extension CmarkReader {
    /// The tree under `root` kept as a ``NarrativeTree`` (``LoadOptions/narrativeTree``), read
    /// without recursion: the literals of text, code spans and code blocks and the destinations
    /// of links (unsafe ones already blanked), the top-level blocks' offsets in the file.
    static func narrativeTree(of root: OpaquePointer, converter: Converter) -> NarrativeTree {
        var tree = NarrativeTree.Builder()
        // The next cmark node to add at each depth, and its parent in the tree.
        var cursors: [(node: OpaquePointer?, parent: Int)] = [(cmark_node_first_child(root), 0)]
        while let (cursor, parent) = cursors.last {
            guard let node = cursor else {
                cursors.removeLast()
                continue
            }
            cursors[cursors.count - 1].node = cmark_node_next(node)
            let read = MarkdownNode(node: node)
            let kind = read.kind
            // The string's bytes copied from cmark's as they are (no `String` made for each).
            let string: UnsafePointer<CChar>?? = switch kind {
            case .text, .code, .codeBlock: .some(cmark_node_get_literal(node))
            case .link: .some(cmark_node_get_url(node))
            default: nil
            }
            let level = kind == .heading ? read.headingLevel : kind == .list && read.isOrdered ? 1 : 0
            let offset = parent == 0 ? converter.range(node).start.offset : 0
            let utf8 = string.map { pointer in
                pointer.map { UnsafeBufferPointer(start: UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self), count: strlen($0)) }
                    ?? UnsafeBufferPointer(start: nil, count: 0)
            }
            let index = tree.append(kind, under: parent, level: level, utf8: utf8, offset: offset)
            if let child = cmark_node_first_child(node) { cursors.append((child, index)) }
        }
        return tree.finish()
    }
}
