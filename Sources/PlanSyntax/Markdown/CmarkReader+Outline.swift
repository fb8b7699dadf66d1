import CCmark

extension CmarkReader.Converter {
    /// The top-level headings of the document, and (in ``rawHTML``) every raw HTML range in
    /// document order, found with cmark's own iterator: what a compile without the language
    /// rules reads, at a fraction of the cost of converting the whole tree.
    func outline(of root: OpaquePointer) -> [MarkdownBlock] {
        var headings: [MarkdownBlock] = []
        guard let iterator = cmark_iter_new(root) else { return headings }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING where cmark_node_parent(node) == root:
                // Converted whole (its inline HTML is recorded on the way); skip its children.
                if let heading = block(node) { headings.append(heading) }
                cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
            case CMARK_NODE_HTML_BLOCK:
                _ = block(node)  // records its range
            case CMARK_NODE_HTML_INLINE:
                _ = leafInline(node)  // records its range when the literal is the file's bytes
            default:
                break
            }
        }
        return headings
    }
}
