import PlanModel
import PlanSyntax

extension PlanWorkspace {
    /// The front matter block and the headings of `name`, each heading holding those below it.
    public func documentSymbols(_ name: String) -> [DocumentSymbol] {
        guard let chapter = chapter(name) else { return [] }
        let file = chapter.file
        var symbols: [DocumentSymbol] = []
        if let block = chapter.layout.frontMatter {
            let range = UTF16Positions.range(block.opening.union(block.closing), in: file)
            symbols.append(DocumentSymbol(name: "front matter", kind: 19, range: range, selectionRange: UTF16Positions.range(block.opening, in: file), children: []))
        }
        // A stack of open headings: a heading closes those at its level or deeper.
        var stack: [(level: Int, symbol: DocumentSymbol)] = []
        func close(downTo level: Int) {
            while let last = stack.last, last.level >= level {
                stack.removeLast()
                if stack.isEmpty { symbols.append(last.symbol) } else { stack[stack.count - 1].symbol.children.append(last.symbol) }
            }
        }
        for heading in chapter.body.headings {
            close(downTo: heading.level)
            let range = UTF16Positions.range(heading.range, in: file)
            let text = heading.text.isEmpty ? "(empty heading)" : heading.text
            stack.append((heading.level, DocumentSymbol(name: text, kind: 15, range: range, selectionRange: range, children: [])))
        }
        close(downTo: 0)
        return symbols
    }

    /// `rrp fmt` of `name` as one edit of the whole document; none when it is formatted already
    /// or has errors (formatting is then refused, as `rrp fmt` does).
    public func formatting(_ name: String) -> [TextEdit] {
        guard let chapter = chapter(name) else { return [] }
        let result = FrontMatterFormatter.format(chapter)
        guard let bytes = result.bytes, result.changed else { return [] }
        let file = chapter.file
        let whole = LSPRange(start: Position(line: 0, character: 0), end: UTF16Positions.position(atOffset: file.bytes.count, in: file))
        // The range starts after a byte-order mark, so the new text does too.
        return [TextEdit(range: whole, newText: String(decoding: file.hasByteOrderMark ? bytes.dropFirst(3) : bytes[...], as: UTF8.self))]
    }
}
