/// Marks the tokens of a paragraph that stand inside quotation marks: straight and curly
/// quotes, « », „ “, 「 」 and 『 』. Quoted speech and quoted titles are never flagged.
///
/// An apostrophe inside or after a word (`partners’ teams`) is not a quotation mark; a straight
/// `'` opens only before a word after a space and closes only an open `'`. An unclosed quote
/// runs to the end of the paragraph.
enum QuoteMarker {

    /// A quotation mark (opening or closing).
    static func isMark(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "“", "”", "«", "»", "„", "「", "」", "『", "』", "‘", "’", "'", "‹", "›": true
        default: false
        }
    }

    static func mark(_ tokens: inout [Token]) {
        var stack: [Unicode.Scalar] = []
        for i in tokens.indices {
            let t = tokens[i]
            if t.kind == .punctuation, Self.isMark(t.scalar) {
                let next = i + 1 < tokens.count ? tokens[i + 1] : nil
                let opensWord = next.map { !$0.spaceBefore && $0.kind != .punctuation } ?? false
                switch t.scalar {
                case "\"":
                    if stack.last == "\"" { stack.removeLast() } else { stack.append("\"") }
                case "“":
                    if stack.last == "„" { stack.removeLast() } else { stack.append("“") }
                case "”":
                    if let top = stack.last, top == "“" || top == "„" || top == "”" { stack.removeLast() }
                    else if stack.isEmpty, opensWord, t.spaceBefore { stack.append("”") }
                case "«", "„", "「", "『", "‘", "‹":
                    stack.append(t.scalar)
                case "»":
                    if stack.last == "«" { stack.removeLast() }
                case "›":
                    if stack.last == "‹" { stack.removeLast() }
                case "」":
                    if stack.last == "「" { stack.removeLast() }
                case "』":
                    if stack.last == "『" { stack.removeLast() }
                case "’":
                    if stack.last == "‘" || stack.last == "'" { stack.removeLast() }
                case "'":
                    if stack.last == "'", !t.spaceBefore { stack.removeLast() }
                    else if t.spaceBefore || i == 0, opensWord { stack.append("'") }
                default:
                    break
                }
                tokens[i].quoted = true
                continue
            }
            tokens[i].quoted = !stack.isEmpty
        }
    }
}
