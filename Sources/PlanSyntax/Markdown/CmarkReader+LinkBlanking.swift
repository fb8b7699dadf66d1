import CCmark
import Glibc
import PlanModel

extension CmarkReader {
    /// Blanks the destination of every unsafe link and image of the tree (``LinkSafety``), so
    /// that cmark's HTML and the converted blocks never hold it, and returns what the Markdown
    /// output must change for the same effect (``LinkBlanking``): the links located in the
    /// file, and the top-level blocks of those that are not (for
    /// ``blockBlankings(_:converter:)``, once the tree has been read). `converter` is `nil` when
    /// no Markdown is written from the tree's source (``renderHTML(_:allowRawHTML:)``).
    static func blankUnsafeLinks(in root: OpaquePointer, converter: Converter?) -> (located: [LinkBlanking], unlocated: [OpaquePointer]) {
        var out: [LinkBlanking] = []
        var unlocated: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return (out, unlocated) }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE,
                  let url = cmark_node_get_url(node),
                  LinkSafety.isUnsafe(utf8: UnsafeBufferPointer(start: UnsafeRawPointer(url).assumingMemoryBound(to: UInt8.self), count: strlen(url))) else { continue }
            if let converter {
                if let tail = converter.linkTail(node, image: type == CMARK_NODE_IMAGE) {
                    out.append(.tail(tail))
                } else if let block = topLevelBlock(of: node, root: root), !unlocated.contains(block) {
                    unlocated.append(block)
                }
            }
            cmark_node_set_url(node, "")
        }
        return (out.sorted { $0.start < $1.start }, unlocated)
    }

    /// `located` with the blankings of the `unlocated` blocks, in file order. Rewrites the raw
    /// HTML of those blocks in the tree: call it once the tree has been read.
    static func blockBlankings(_ located: [LinkBlanking], unlocated: [OpaquePointer], converter: Converter) -> [LinkBlanking] {
        let blocks = unlocated.map { LinkBlanking.block(converter.blockBytes($0), markdown: commonMark(of: $0)) }
        return (located + blocks).sorted { $0.start < $1.start }
    }

    /// The child of `root` that holds `node`.
    private static func topLevelBlock(of node: OpaquePointer, root: OpaquePointer) -> OpaquePointer? {
        var current = node
        while let parent = cmark_node_parent(current) {
            if parent == root { return current }
            current = parent
        }
        return nil
    }

    /// cmark's CommonMark of `block` (no line wrapping), its raw HTML replaced by the
    /// placeholder the Markdown output uses. Changes the tree (one of ``CmarkArena``, as the
    /// CommonMark cmark returns for it).
    private static func commonMark(of block: OpaquePointer) -> String {
        if let iterator = cmark_iter_new(block) {
            while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
                guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(node)
                if type == CMARK_NODE_HTML_BLOCK {
                    cmark_node_set_literal(node, "<!-- raw HTML omitted -->\n")
                } else if type == CMARK_NODE_HTML_INLINE {
                    cmark_node_set_literal(node, "<!-- raw HTML omitted -->")
                }
            }
            cmark_iter_free(iterator)
        }
        guard let pointer = cmark_render_commonmark(block, CMARK_OPT_DEFAULT, 0) else { return "" }
        defer { CmarkArena.release(pointer) }
        var text = String(cString: pointer)
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}

extension CmarkReader.Converter {
    /// The file bytes from the `]` closing the link's text to the end of the link, when the
    /// file holds a `[` (or `![`) where cmark starts the link and that `]` where its text ends.
    ///
    /// cmark (0.30) counts the columns of inlines on a paragraph's later lines as if each line
    /// started where the paragraph's first line does; the difference is the line's own prefix
    /// (quote markers and indentation, none on a lazy line), which is added back here.
    func linkTail(_ node: OpaquePointer, image: Bool) -> Range<Int>? {
        guard let container = enclosingTextBlock(of: node) else { return nil }
        let firstLine = Int(cmark_node_get_start_line(container))
        let firstColumn = Int(cmark_node_get_start_column(container))
        func offset(line: Int, column: Int) -> Int? {
            let lineBytes = file.contentBytes(ofLine: line + lineOffset)
            var shift = 0
            if line != firstLine {
                var prefix = lineBytes.lowerBound
                while prefix < lineBytes.upperBound, [0x20, 0x09, UInt8(ascii: ">")].contains(file.bytes[prefix]) { prefix += 1 }
                shift = (prefix - lineBytes.lowerBound) - (firstColumn - 1)
            }
            let o = lineBytes.lowerBound + column - 1 + shift
            return o >= lineBytes.lowerBound && o <= lineBytes.upperBound ? o : nil
        }
        let bytes = file.bytes
        guard let start = offset(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node))),
              let last = offset(line: Int(cmark_node_get_end_line(node)), column: Int(cmark_node_get_end_column(node))),
              last < bytes.count, bytes[last] == UInt8(ascii: ")") || bytes[last] == UInt8(ascii: "]") else { return nil }
        let open = image ? 2 : 1
        guard start + open <= last, (!image || bytes[start] == UInt8(ascii: "!")), bytes[start + open - 1] == UInt8(ascii: "[") else { return nil }
        var textEnd = start + open
        if let child = cmark_node_last_child(node) {
            guard let end = offset(line: Int(cmark_node_get_end_line(child)), column: Int(cmark_node_get_end_column(child)) + 1) else { return nil }
            textEnd = end
        }
        guard textEnd >= start + open, textEnd <= last, bytes[textEnd] == UInt8(ascii: "]") else { return nil }
        return textEnd..<(last + 1)
    }

    /// The paragraph or heading a link sits in.
    private func enclosingTextBlock(of node: OpaquePointer) -> OpaquePointer? {
        var current = cmark_node_parent(node)
        while let c = current {
            let type = cmark_node_get_type(c)
            if type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING { return c }
            current = cmark_node_parent(c)
        }
        return nil
    }

    /// The file bytes of a top-level block, to its last line's end.
    func blockBytes(_ block: OpaquePointer) -> Range<Int> {
        let r = range(block)
        let end = file.contentBytes(ofLine: r.end.line).upperBound
        return r.start.offset..<max(end, r.start.offset)
    }
}
