import CCmark
import Glibc
import PlanModel

/// The one place that touches cmark pointers: parses a chapter body and converts the tree at
/// once into Sendable ``MarkdownBlock`` values whose ranges are in the file's coordinates.
public enum CmarkReader {
    /// Parses the body of `file` as laid out by `layout`; with ``LoadOptions/narrativeHTML``,
    /// renders each top-level block to HTML from the same tree; with
    /// ``LoadOptions/outlineOnly``, converts only the top-level headings; with
    /// ``LoadOptions/proseOnly``, reads only the prose (``MarkdownProse``); with
    /// ``LoadOptions/narrativeTree``, keeps the tree as a ``NarrativeTree`` too. Unsafe link
    /// destinations (``LinkSafety``) are blanked first, whatever the options.
    public static func parse(_ file: SourceFile, layout: ChapterLayout, options: LoadOptions = LoadOptions()) -> MarkdownDocument {
        let start = min(layout.bodyStartOffset, file.bytes.count)
        let body = file.bytes[start...]
        let converter = Converter(file: file, lineOffset: layout.bodyStartLine - 1)
        // The tree lives in an arena, freed at once after the conversion (``CmarkArena``).
        return body.withUnsafeBufferPointer { buffer -> MarkdownDocument in CmarkArena.with {
            let base = buffer.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
            guard let parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, CmarkArena.memory) else { return MarkdownDocument(blocks: []) }
            if let base { cmark_parser_feed(parser, base, buffer.count) }
            let parsed = cmark_parser_finish(parser)
            cmark_parser_free(parser)
            guard let root = parsed else { return MarkdownDocument(blocks: []) }
            let (located, unlocated) = blankUnsafeLinks(in: root, converter: converter)
            let html = options.narrativeHTML ? blockHTML(childrenOf: root, converter: converter, allowRawHTML: options.allowRawHTML) : nil
            let prose = options.proseOnly ? converter.prose(of: root) : nil
            let tree = options.narrativeTree ? narrativeTree(of: root, converter: converter) : nil
            let blocks = options.proseOnly ? [] : options.outlineOnly ? converter.outline(of: root) : converter.blocks(childrenOf: root)
            let blankings = unlocated.isEmpty ? located : blockBlankings(located, unlocated: unlocated, converter: converter)
            return MarkdownDocument(blocks: blocks, rawHTMLRanges: converter.rawHTML.ranges, linkBlankings: blankings, html: html, prose: prose, tree: tree)
        } }
    }

    /// Renders Markdown to HTML with cmark. Raw HTML is omitted unless `allowRawHTML`; unsafe
    /// link destinations (``LinkSafety``) are blanked always.
    public static func renderHTML(_ markdown: String, allowRawHTML: Bool = false) -> String {
        let options = CMARK_OPT_DEFAULT | (allowRawHTML ? CMARK_OPT_UNSAFE : 0)
        var utf8 = Array(markdown.utf8)
        return utf8.withUnsafeMutableBufferPointer { buffer -> String in
            let base = buffer.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
            guard let root = cmark_parse_document(base, buffer.count, CMARK_OPT_DEFAULT) else { return "" }
            defer { cmark_node_free(root) }
            _ = blankUnsafeLinks(in: root, converter: nil)
            guard let html = cmark_render_html(root, options) else { return "" }
            defer { free(html) }
            return String(cString: html)
        }
    }

    struct Converter {
        let file: SourceFile
        let lineOffset: Int
        /// The raw HTML met while converting, in document order.
        let rawHTML = RawHTMLRanges()

        /// The number of children of `node`: arrays are sized once instead of growing.
        func childCount(_ node: OpaquePointer) -> Int {
            var count = 0
            var child = cmark_node_first_child(node)
            while let c = child {
                count += 1
                child = cmark_node_next(c)
            }
            return count
        }

        /// A leaf block (code, raw HTML, thematic break) as a value; `nil` for a container or an
        /// unknown node. Containers are converted by ``CmarkReader/TreeBuilder``.
        func leafBlock(_ node: OpaquePointer) -> MarkdownBlock? {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_CODE_BLOCK:
                return .codeBlock(MarkdownCodeBlock(info: string(cmark_node_get_fence_info(node)), literal: string(cmark_node_get_literal(node)), range: range(node)))
            case CMARK_NODE_HTML_BLOCK:
                let literal = string(cmark_node_get_literal(node))
                let block = MarkdownHTMLBlock(literal: literal, range: htmlBlockRange(range(node), literal: literal))
                rawHTML.ranges.append(block.range.start.offset..<block.range.end.offset)
                return .htmlBlock(block)
            case CMARK_NODE_THEMATIC_BREAK:
                return .thematicBreak(range(node))
            default:
                return nil
            }
        }

        /// A leaf inline (text, code, raw HTML, a break) as a value; `nil` for a container or an
        /// unknown node.
        func leafInline(_ node: OpaquePointer) -> MarkdownInline? {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                return .text(text(node, range: range(node)))
            case CMARK_NODE_CODE:
                return .code(MarkdownText(literal: string(cmark_node_get_literal(node)), range: range(node), exact: false))
            case CMARK_NODE_HTML_INLINE:
                let tag = text(node, range: range(node))
                if tag.exact { rawHTML.ranges.append(tag.range.start.offset..<tag.range.end.offset) }
                return .html(tag)
            case CMARK_NODE_SOFTBREAK:
                return .softBreak(range(node))
            case CMARK_NODE_LINEBREAK:
                return .lineBreak(range(node))
            default:
                return nil
            }
        }

        /// The blocks of a document (or of any container), converted without recursion.
        func blocks(childrenOf node: OpaquePointer) -> [MarkdownBlock] {
            TreeBuilder(converter: self).blocks(from: cmark_node_first_child(node), single: false)
        }

        /// One top-level block, converted without recursion.
        func block(_ node: OpaquePointer) -> MarkdownBlock? {
            TreeBuilder(converter: self).blocks(from: node, single: true).first
        }

        /// A text literal is exact when the file holds the same bytes at its start position.
        /// Text literals never span lines, so the end is on the start's line.
        func text(_ node: OpaquePointer, range r: SourceRange) -> MarkdownText {
            guard let pointer = cmark_node_get_literal(node) else { return MarkdownText(literal: "", range: r, exact: false) }
            let count = strlen(pointer)
            let literal = UnsafeRawPointer(pointer).withMemoryRebound(to: UInt8.self, capacity: count) {
                String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
            }
            let start = r.start.offset
            let exact = start + count <= file.bytes.count && file.bytes.withUnsafeBufferPointer { buffer in
                memcmp(buffer.baseAddress! + start, pointer, count) == 0
            }
            guard exact else { return MarkdownText(literal: literal, range: r, exact: false) }
            let end = SourceLocation(line: r.start.line, column: r.start.column + count, offset: start + count)
            return MarkdownText(literal: literal, range: SourceRange(start: r.start, end: end), exact: true)
        }

        /// cmark's 1-based, inclusive positions, relative to the body, as a file range.
        func range(_ node: OpaquePointer) -> SourceRange {
            let startLine = Int(cmark_node_get_start_line(node))
            let startColumn = Int(cmark_node_get_start_column(node))
            let endLine = Int(cmark_node_get_end_line(node))
            let endColumn = Int(cmark_node_get_end_column(node))
            let start = file.location(line: max(startLine, 1) + lineOffset, column: max(startColumn, 1))
            guard endLine >= startLine, endLine > 0 else { return SourceRange(at: start) }
            var end: SourceLocation
            if endColumn == 0 && endLine > startLine {
                // cmark ends a block that swallowed a trailing blank line at "line:0":
                // the block really ends with the previous line's content.
                end = file.location(atOffset: file.contentBytes(ofLine: endLine - 1 + lineOffset).upperBound)
            } else {
                end = file.location(line: endLine + lineOffset, column: max(endColumn, 0) + 1)
            }
            if end.offset < start.offset { end = start }
            return SourceRange(start: start, end: end)
        }

        /// cmark (0.30) ends an HTML block closed by its end condition (`-->`, `</script>`...)
        /// on the line before that condition's line, or before its start: the block really ends
        /// with the last of its literal's lines.
        func htmlBlockRange(_ r: SourceRange, literal: String) -> SourceRange {
            var lines = 0, previous: UInt8 = 0
            for byte in literal.utf8 {
                if byte == 10 && previous != 13 || byte == 13 { lines += 1 }
                previous = byte
            }
            if previous != 10 && previous != 13 { lines += 1 }
            let end = file.location(atOffset: file.contentBytes(ofLine: r.start.line + max(lines, 1) - 1).upperBound)
            return end.offset > r.start.offset ? SourceRange(start: r.start, end: end) : r
        }

        func string(_ pointer: UnsafePointer<CChar>?) -> String {
            pointer.map { String(cString: $0) } ?? ""
        }
    }
}
