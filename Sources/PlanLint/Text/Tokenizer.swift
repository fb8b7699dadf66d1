/// Splits one text run into tokens in a single pass over its Unicode scalars.
///
/// Words keep inner hyphens (`co-lead`); `'s` after a word becomes a possessive token; French
/// and other elisions (`l'`, `d'`) become their own token; CJK characters are one token each;
/// URLs are opaque. Offsets are file offsets when `exact`, else every token sits at `base`.
struct Tokenizer {
    static let elisions: Set<String> = ["l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu"]

    var base: Int
    var exact: Bool

    func tokens(_ literal: String, spaceBefore firstSpace: Bool) -> [Token] {
        let scalars = Array(literal.unicodeScalars)
        var offsets = [Int](repeating: 0, count: scalars.count + 1)
        for (i, s) in scalars.enumerated() { offsets[i + 1] = offsets[i] + UTF8.width(s) }
        var out: [Token] = []
        var space = firstSpace
        var i = 0
        func emit(_ kind: Token.Kind, _ from: Int, _ to: Int) {
            var text = String(String.UnicodeScalarView(scalars[from..<to]))
            if kind == .possessive { text = "'s" }
            let start = exact ? base + offsets[from] : base
            let end = exact ? base + offsets[to] : base
            out.append(Token(kind: kind, text: text, start: start, end: end, spaceBefore: space, exact: exact))
            space = false
        }
        while i < scalars.count {
            let s = scalars[i]
            if s.properties.isWhitespace { space = true; i += 1; continue }
            if Self.isHan(s) { emit(.han, i, i + 1); i += 1; continue }
            if Self.isWordChar(s) {
                if let end = urlEnd(scalars, i) { emit(.opaque, i, end); i = end; continue }
                i = word(scalars, from: i, emit: emit)
                continue
            }
            emit(.punctuation, i, i + 1)
            i += 1
        }
        return out
    }

    /// Consumes a word (or number) starting at `from`; returns the index after it.
    private func word(_ s: [Unicode.Scalar], from: Int, emit: (Token.Kind, Int, Int) -> Void) -> Int {
        var i = from
        var start = from
        var numeric = s[from].properties.numericType != nil
        while i < s.count {
            let c = s[i]
            if Self.isWordChar(c), !Self.isHan(c) { numeric = numeric && c.properties.numericType != nil; i += 1; continue }
            let next = i + 1 < s.count ? s[i + 1] : nil
            let nextIsWord = next.map { Self.isWordChar($0) && !Self.isHan($0) } ?? false
            if c == "-" || c == "\u{2011}", nextIsWord, !numeric { i += 1; continue }
            if (c == "," || c == "."), numeric, let n = next, n.properties.numericType != nil { i += 1; continue }
            if (c == "'" || c == "\u{2019}"), nextIsWord {
                let afterS = i + 2 < s.count ? s[i + 2] : nil
                if next == "s" || next == "S", afterS.map({ !Self.isWordChar($0) }) ?? true {
                    emit(numeric ? .number : .word, start, i)
                    emit(.possessive, i, i + 2)
                    return i + 2
                }
                let soFar = String(String.UnicodeScalarView(s[start..<i])).lowercased()
                if Self.elisions.contains(soFar) {
                    emit(.word, start, i + 1)
                    start = i + 1
                    numeric = false
                }
                i += 1
                continue
            }
            break
        }
        if i > start { emit(numeric ? .number : .word, start, i) }
        return i
    }

    private func urlEnd(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        let prefixes: [[Unicode.Scalar]] = [Array("http://".unicodeScalars), Array("https://".unicodeScalars), Array("www.".unicodeScalars)]
        guard prefixes.contains(where: { p in i + p.count <= s.count && Array(s[i..<(i + p.count)]) == p }) else { return nil }
        var j = i
        while j < s.count, !s[j].properties.isWhitespace { j += 1 }
        return j
    }

    static func isWordChar(_ s: Unicode.Scalar) -> Bool {
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
    }

    static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xAC00...0xD7AF, 0x20000...0x2FFFF: true
        default: false
        }
    }
}
