import PlanModel
import PlanSyntax

/// The reference for raw HTML omission in the Markdown output: how it was done before the
/// ranges were recorded at load time, by parsing the placed Markdown again and replacing the
/// raw HTML found by walking the tree.
enum ReparsingRawHTMLFilter {
    static func strip(_ markdown: String) -> String {
        // A leading line break keeps a body that opens with `---` from being read as front matter.
        let file = SourceFile(path: "body.md", text: "\n" + markdown)
        let document = CmarkReader.parse(file, layout: FrontMatterLocator.locate(in: file).layout)
        let bytes = Array(markdown.utf8)
        var out: [UInt8] = []
        var cursor = 0
        var ranges: [Range<Int>] = []
        collect(document.blocks, into: &ranges)
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let lower = r.lowerBound - 1, upper = min(r.upperBound - 1, bytes.count)
            guard lower >= cursor, upper > lower else { continue }
            out += bytes[cursor..<lower]
            out += Array("<!-- raw HTML omitted -->".utf8)
            if bytes[upper - 1] == 10 { out.append(10) }
            cursor = upper
        }
        out += bytes[cursor...]
        return String(decoding: out, as: UTF8.self)
    }

    private static func collect(_ blocks: [MarkdownBlock], into ranges: inout [Range<Int>]) {
        for block in blocks {
            switch block {
            case .htmlBlock(let b): ranges.append(b.range.start.offset..<b.range.end.offset)
            case .heading(let h): collect(h.inlines, into: &ranges)
            case .paragraph(let p): collect(p.inlines, into: &ranges)
            case .list(let l): for item in l.items { collect(item.blocks, into: &ranges) }
            case .blockQuote(let q): collect(q.blocks, into: &ranges)
            case .codeBlock, .thematicBreak: break
            }
        }
    }

    private static func collect(_ inlines: [MarkdownInline], into ranges: inout [Range<Int>]) {
        for inline in inlines {
            switch inline {
            case .html(let t) where t.exact: ranges.append(t.range.start.offset..<t.range.end.offset)
            case .emphasis(let children, _), .strong(let children, _): collect(children, into: &ranges)
            case .link(let l), .image(let l): collect(l.children, into: &ranges)
            default: break
            }
        }
    }
}
