import CCmark
import Glibc
import PlanModel

extension CmarkReader {
    /// cmark's HTML of each child of `root` (a document), rendered from the parsed tree. cmark's
    /// renderer ends every block with a line break and needs nothing from outside the block (a
    /// list's tightness is on the list, link references are resolved by the parser), so the
    /// blocks joined are the document's HTML. `root` is a tree of ``CmarkArena``, as the HTML
    /// cmark returns for it.
    static func blockHTML(childrenOf root: OpaquePointer, converter: Converter, allowRawHTML: Bool) -> NarrativeHTML {
        let options = CMARK_OPT_DEFAULT | (allowRawHTML ? CMARK_OPT_UNSAFE : 0)
        var blocks: [NarrativeHTMLBlock] = []
        blocks.reserveCapacity(converter.childCount(root))
        var child = cmark_node_first_child(root)
        while let node = child {
            if let pointer = cmark_render_html(node, options) {
                let level = cmark_node_get_type(node) == CMARK_NODE_HEADING ? Int(cmark_node_get_heading_level(node)) : nil
                blocks.append(NarrativeHTMLBlock(html: String(cString: pointer), headingLevel: level, offset: converter.range(node).start.offset))
                CmarkArena.release(pointer)
            }
            child = cmark_node_next(node)
        }
        return NarrativeHTML(rawHTMLAllowed: allowRawHTML, blocks: blocks)
    }
}
