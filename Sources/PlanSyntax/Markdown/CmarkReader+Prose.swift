import CCmark
import Glibc

extension CmarkReader.Converter {
    /// The document's prose as ``MarkdownProse`` events, read with cmark's own iterator (no
    /// recursion, no tree of values), and (in ``rawHTML``) every raw HTML range in document
    /// order. The events are those ``MarkdownProse/init(blocks:)`` gives for the tree
    /// ``blocks(childrenOf:)`` builds, whose bounded depth they follow: a block quote or an
    /// image nested deeper than ``CmarkReader/TreeBuilder/maximumDepth`` is flattened into its
    /// parent there, so it quotes nothing and is no image here either.
    func prose(of root: OpaquePointer) -> MarkdownProse {
        var prose = MarkdownProse()
        guard let iterator = cmark_iter_new(root) else { return prose }
        defer { cmark_iter_free(iterator) }
        let maximumDepth = CmarkReader.TreeBuilder.maximumDepth
        // Block depth (lists and quotes), the kept quotes around, inline depth (emphasis,
        // links, images within a paragraph or heading).
        var blockDepth = 0, quotes = 0, inlineDepth = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_EXIT {
                switch type {
                case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                    prose.events.append(MarkdownProse.Event(kind: .end))
                case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST:
                    blockDepth -= 1
                    if type == CMARK_NODE_BLOCK_QUOTE, blockDepth < maximumDepth { quotes -= 1 }
                case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                    inlineDepth -= 1
                    if type == CMARK_NODE_IMAGE, inlineDepth < maximumDepth { prose.events.append(MarkdownProse.Event(kind: .imageEnd)) }
                default:
                    break
                }
                continue
            }
            switch type {
            case CMARK_NODE_TEXT:
                literal(of: node) { bytes, present in
                    let start = startOffset(node)
                    prose.append(MarkdownProse.Event(kind: .text, exact: present && isFileBytes(bytes, at: start), start: start), literal: bytes)
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                prose.events.append(MarkdownProse.Event(kind: .lineBreak))
            case CMARK_NODE_PARAGRAPH:
                let r = range(node)
                prose.events.append(MarkdownProse.Event(kind: .paragraph, level: quotes > 0 ? 1 : 0, start: r.start.offset, end: r.end.offset))
                inlineDepth = 0
            case CMARK_NODE_HEADING:
                prose.events.append(MarkdownProse.Event(kind: .heading, level: UInt8(clamping: cmark_node_get_heading_level(node))))
                inlineDepth = 0
            case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST:
                if type == CMARK_NODE_BLOCK_QUOTE, blockDepth < maximumDepth { quotes += 1 }
                blockDepth += 1
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if type == CMARK_NODE_IMAGE, inlineDepth < maximumDepth {
                    let r = range(node)
                    prose.events.append(MarkdownProse.Event(kind: .image, start: r.start.offset, end: r.end.offset))
                }
                inlineDepth += 1
            case CMARK_NODE_CODE:
                let r = range(node)
                literal(of: node) { bytes, _ in prose.append(MarkdownProse.Event(kind: .code, start: r.start.offset, end: r.end.offset), literal: bytes) }
            case CMARK_NODE_HTML_INLINE:
                literal(of: node) { bytes, present in
                    // As ``text(_:range:)``: an exact literal ends after its bytes, on its line.
                    let r = range(node)
                    let exact = present && isFileBytes(bytes, at: r.start.offset)
                    let end = exact ? r.start.offset + bytes.count : r.end.offset
                    if exact { rawHTML.ranges.append(r.start.offset..<end) }
                    prose.append(MarkdownProse.Event(kind: .html, exact: exact, start: r.start.offset, end: end), literal: bytes)
                }
            case CMARK_NODE_HTML_BLOCK:
                if case .htmlBlock(let block)? = leafBlock(node) {  // records its range
                    prose.append(MarkdownProse.Event(kind: .htmlBlock, start: block.range.start.offset), literal: block.literal)
                }
            default:
                break
            }
        }
        return prose
    }

    /// Calls `body` with the bytes of the node's literal and whether it has one (empty when
    /// not).
    private func literal(of node: OpaquePointer, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Void) {
        guard let pointer = cmark_node_get_literal(node) else { return body(UnsafeBufferPointer(start: nil, count: 0), false) }
        let count = strlen(pointer)
        UnsafeRawPointer(pointer).withMemoryRebound(to: UInt8.self, capacity: count) { body(UnsafeBufferPointer(start: $0, count: count), true) }
    }

    /// The file offset where cmark's node starts (``range(_:)``'s start alone).
    private func startOffset(_ node: OpaquePointer) -> Int {
        let line = Int(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node))
        return file.location(line: max(line, 1) + lineOffset, column: max(column, 1)).offset
    }

    /// Whether the file holds `bytes` at `start` (``text(_:range:)``'s exactness).
    private func isFileBytes(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + bytes.count <= file.bytes.count else { return false }
        guard let literal = bytes.baseAddress else { return true }
        return file.bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, literal, bytes.count) == 0 }
    }
}
