/// Splits one text run into tokens in a single pass over its UTF-8 bytes.
///
/// Words keep inner hyphens (`co-lead`); `'s` after a word becomes a possessive token; French
/// and other elisions (`l'`, `d'`) become their own token; CJK characters are one token each;
/// URLs are opaque. ASCII bytes are classified by table; other scalars by their Unicode
/// properties. Offsets are file offsets when `exact`, else every token sits at `base`.
struct Tokenizer {
    static let elisions: Set<String> = ["l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu"]

    var base: Int
    var exact: Bool

    func tokens(_ literal: String, spaceBefore firstSpace: Bool) -> [Token] {
        var out: [Token] = []
        append(literal, spaceBefore: firstSpace, to: &out)
        return out
    }

    /// Appends the tokens of `literal` to `out`.
    func append(_ literal: String, spaceBefore firstSpace: Bool, to out: inout [Token]) {
        var literal = literal
        literal.withUTF8 { bytes in
            var scanner = Scanner(b: bytes, base: base, exact: exact, space: firstSpace, out: out)
            out = []
            scanner.run()
            out = scanner.out
        }
    }

    /// The scanning state: plain stored properties, no captured variables, so the hot loop
    /// has no closure contexts or dynamic exclusivity checks.
    private struct Scanner {
        let b: UnsafeBufferPointer<UInt8>
        let base: Int
        let exact: Bool
        var space: Bool
        var out: [Token]

        mutating func emit(_ kind: Token.Kind, _ from: Int, _ to: Int) {
            let bytes = UnsafeBufferPointer(rebasing: b[from..<to])
            let text = kind == .possessive ? "'s" : String(decoding: bytes, as: UTF8.self)
            let start = exact ? base + from : base
            let end = exact ? base + to : base
            let hashes = kind == .word ? Token.hashes(bytes) : nil
            out.append(Token(kind: kind, text: text, start: start, end: end, spaceBefore: space, exact: exact, hashes: hashes))
            space = false
        }

        mutating func run() {
            var i = 0
            while i < b.count {
                if b[i] == 0x20 {
                    space = true
                    i += 1
                    continue
                }
                let (scalar, width) = Tokenizer.decode(b, i)
                switch Tokenizer.classify(scalar) {
                case .space:
                    space = true
                    i += width
                case .han:
                    emit(.han, i, i + width)
                    i += width
                case .word:
                    if let end = Tokenizer.urlEnd(b, i) {
                        emit(.opaque, i, end)
                        i = end
                    } else {
                        i = word(from: i)
                    }
                case .other:
                    emit(.punctuation, i, i + width)
                    i += width
                }
            }
        }

        /// Consumes a word (or number) starting at `from`; returns the index after it.
        mutating func word(from: Int) -> Int {
            var i = from
            var start = from
            var numeric = Tokenizer.isDigit(b[from])
            while i < b.count {
                let byte = b[i]
                if Tokenizer.isASCIIWord(byte) {
                    numeric = numeric && Tokenizer.isDigit(byte)
                    i += 1
                    continue
                }
                let (c, width) = Tokenizer.decode(b, i)
                if Tokenizer.classify(c) == .word {
                    numeric = numeric && c.value < 0x80 && Tokenizer.isDigit(UInt8(c.value))
                    i += width
                    continue
                }
                let (next, nextWidth) = i + width < b.count ? Tokenizer.decode(b, i + width) : ("\0", 0)
                let nextIsWord = nextWidth > 0 && Tokenizer.classify(next) == .word
                if c == "-" || c == "\u{2011}", nextIsWord, !numeric { i += width; continue }
                if c == "," || c == ".", numeric, nextWidth == 1, Tokenizer.isDigit(UInt8(next.value)) { i += 1; continue }
                let apostrophe = c == "'" || c == "\u{2019}"
                if apostrophe, nextWidth == 0, Tokenizer.isElision(b, start, i) {
                    // An elision at the very end (a phrase of the data files: `en tant qu'`).
                    emit(.word, start, i + width)
                    return i + width
                }
                if apostrophe, nextIsWord {
                    let after = i + width + nextWidth
                    let afterIsWord = after < b.count && Tokenizer.classify(Tokenizer.decode(b, after).0) == .word
                    if next == "s" || next == "S", !afterIsWord {
                        emit(numeric ? .number : .word, start, i)
                        emit(.possessive, i, after)
                        return after
                    }
                    if Tokenizer.isElision(b, start, i) {
                        emit(.word, start, i + width)
                        start = i + width
                        numeric = false
                    }
                    i += width
                    continue
                }
                break
            }
            if i > start { emit(numeric ? .number : .word, start, i) }
            return i
        }
    }

    /// The bytes `from..<to` are an elision (`l`, `qu`...) before an apostrophe.
    static func isElision(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        to - from <= 7 && elisions.contains(String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self).lowercased())
    }

    static let http = Array("http://".utf8), https = Array("https://".utf8), www = Array("www.".utf8)

    static func urlEnd(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        guard i + 4 <= b.count, (b[i] == UInt8(ascii: "h") && b[i + 1] == UInt8(ascii: "t")) || (b[i] == UInt8(ascii: "w") && b[i + 1] == UInt8(ascii: "w")) else { return nil }
        func at(_ p: [UInt8]) -> Bool { i + p.count <= b.count && b[i..<(i + p.count)].elementsEqual(p) }
        guard at(Self.http) || at(Self.https) || at(Self.www) else { return nil }
        var j = i
        while j < b.count, b[j] != 0x20, b[j] != 0x0A, b[j] != 0x09, b[j] != 0x0D { j += 1 }
        return j
    }

    enum Class { case space, word, han, other }

    static func classify(_ s: Unicode.Scalar) -> Class {
        let v = s.value
        if v < 0x80 {
            switch UInt8(v) {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return .word
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return .space
            default: return .other
            }
        }
        if isHan(s) { return .han }
        let p = s.properties
        if p.isWhitespace { return .space }
        return isWordChar(s) ? .word : .other
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    @inline(__always) static func isASCIIWord(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }

    /// The scalar at byte `i` of valid UTF-8 and its width in bytes.
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        func cont(_ k: Int) -> UInt32 { i + k < b.count ? UInt32(b[i + k] & 0x3F) : 0 }
        let (value, width): (UInt32, Int) =
            b0 >= 0xF0 ? ((b0 & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3), 4)
            : b0 >= 0xE0 ? ((b0 & 0x0F) << 12 | cont(1) << 6 | cont(2), 3)
            : ((b0 & 0x1F) << 6 | cont(1), 2)
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
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
