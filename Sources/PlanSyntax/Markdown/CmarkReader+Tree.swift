import CCmark
import PlanModel

extension CmarkReader {
    /// Converts cmark's tree into ``MarkdownBlock`` values without recursion: open containers
    /// are kept on an explicit stack, so no input can overflow the call stack here.
    ///
    /// The values it builds are nested at most ``maximumDepth`` containers deep (block quotes
    /// and lists on the one hand, emphasis, links and images within a paragraph on the other):
    /// a container deeper than that is flattened, its content going into the deepest container
    /// kept, in order. Nothing is lost, and every later walk over the blocks (the linter, the
    /// outline, equality, freeing) stays within a bounded depth. The documents are rendered
    /// from cmark's own tree and the author's bytes, so the flattening never shows in them.
    struct TreeBuilder {
        /// The deepest nesting kept, of blocks and of inlines each (documents nest a handful).
        static let maximumDepth = 100

        let converter: Converter

        /// An open container: what it has collected so far and where its next child is.
        private struct Frame {
            var node: OpaquePointer?
            var next: OpaquePointer?
            /// Whether the container becomes a value; a flattened one hands its content to the
            /// container at `target`.
            var kept: Bool
            /// The frame that collects this container's content (itself when kept).
            var target: Int
            /// Block depth (quotes and lists) or inline depth (within a paragraph or heading).
            var depth: Int
            /// Visits only `next`, not its siblings (the root of ``blocks(from:single:)``).
            var single = false
            var blocks: [MarkdownBlock] = []
            var items: [MarkdownListItem] = []
            var inlines: [MarkdownInline] = []
        }

        /// The blocks `first` and its following siblings (or `first` alone) convert to.
        func blocks(from first: OpaquePointer?, single: Bool) -> [MarkdownBlock] {
            var stack = [Frame(node: nil, next: first, kept: true, target: 0, depth: 0, single: single)]
            while true {
                let top = stack.count - 1
                if let child = stack[top].next {
                    stack[top].next = stack[top].single ? nil : cmark_node_next(child)
                    visit(child, in: &stack)
                    continue
                }
                let frame = stack.removeLast()
                if stack.isEmpty { return frame.blocks }
                finish(frame, in: &stack)
            }
        }

        /// A leaf becomes a value in the collecting frame; a container opens a frame.
        private func visit(_ node: OpaquePointer, in stack: inout [Frame]) {
            let top = stack.count - 1
            // The parent's scalars only: copying its frame would retain and release its arrays.
            let (parentDepth, parentKept, parentTarget) = (stack[top].depth, stack[top].kept, stack[top].target)
            func open(kept: Bool, depth: Int) {
                stack.append(Frame(node: node, next: cmark_node_first_child(node), kept: kept, target: kept ? stack.count : parentTarget, depth: depth))
            }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                open(kept: true, depth: 0)
            case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST:
                open(kept: parentDepth < Self.maximumDepth, depth: parentDepth + 1)
            case CMARK_NODE_ITEM:
                open(kept: parentKept, depth: parentDepth)  // an item is kept with its list
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                open(kept: parentDepth < Self.maximumDepth, depth: parentDepth + 1)
            default:
                if let block = converter.leafBlock(node) {
                    stack[parentTarget].blocks.append(block)
                } else if let inline = converter.leafInline(node) {
                    stack[parentTarget].inlines.append(inline)
                }
            }
        }

        /// A kept container becomes its value in the collecting frame of its parent.
        private func finish(_ frame: Frame, in stack: inout [Frame]) {
            guard frame.kept, let node = frame.node else { return }
            let target = stack[stack.count - 1].target
            let r = converter.range(node)
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH:
                stack[target].blocks.append(.paragraph(MarkdownParagraph(inlines: frame.inlines, range: r)))
            case CMARK_NODE_HEADING:
                stack[target].blocks.append(.heading(MarkdownHeading(level: Int(cmark_node_get_heading_level(node)), inlines: frame.inlines, range: r)))
            case CMARK_NODE_BLOCK_QUOTE:
                stack[target].blocks.append(.blockQuote(MarkdownBlockQuote(blocks: frame.blocks, range: r)))
            case CMARK_NODE_LIST:
                stack[target].blocks.append(.list(MarkdownList(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST, items: frame.items, range: r)))
            case CMARK_NODE_ITEM:
                stack[target].items.append(MarkdownListItem(blocks: frame.blocks, range: r))
            case CMARK_NODE_EMPH:
                stack[target].inlines.append(.emphasis(frame.inlines, r))
            case CMARK_NODE_STRONG:
                stack[target].inlines.append(.strong(frame.inlines, r))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let link = MarkdownLink(
                    destination: converter.string(cmark_node_get_url(node)), title: converter.string(cmark_node_get_title(node)),
                    children: frame.inlines, range: r
                )
                stack[target].inlines.append(cmark_node_get_type(node) == CMARK_NODE_LINK ? .link(link) : .image(link))
            default:
                break
            }
        }
    }
}
