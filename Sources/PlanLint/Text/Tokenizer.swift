/// Splits one text run into tokens in a single pass over its UTF-8 bytes.
///
/// Words keep inner hyphens (`co-lead`); `'s` after a word becomes a possessive token; French
/// and other elisions (`l'`, `d'`) become their own token; CJK characters are one token each;
/// URLs are opaque. ASCII bytes are classified by table; other scalars by their Unicode
/// properties. Offsets are file offsets when `exact`, else every token sits at `base`.
struct Tokenizer {
    static let elisions: Set<String> = ["l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu"]
    /// ``TokenHash`` of each elision (all ASCII: a word with other letters is no elision).
    static let elisionKeys = KeySet(elisions.map(TokenHash.hash))

    var base: Int
    var exact: Bool

    /// The tokens of a phrase (from the data files) and their text.
    static func tokens(_ literal: String) -> (tokens: [Token], text: ProseText) {
        var text = ProseText()
        var out: [Token] = []
        Tokenizer(base: 0, exact: true).append(literal, spaceBefore: false, to: &out, text: &text)
        return (out, text)
    }

    /// Appends the UTF-8 of `literal` to `text` and its tokens to `out`.
    func append(_ literal: String, spaceBefore firstSpace: Bool, to out: inout [Token], text: inout ProseText) {
        var literal = literal
        literal.withUTF8 { append($0, spaceBefore: firstSpace, to: &out, text: &text) }
    }

    /// Appends the UTF-8 bytes `literal` to `text` and their tokens to `out`; `scratch`, when
    /// given, is the buffer the tokens are written into first (else a temporary allocation).
    /// Returns which marks the scan noted among the tokens: a `©` (a photo credit), a quotation
    /// mark (``QuoteMarker``).
    @discardableResult
    func append(_ literal: UnsafeBufferPointer<UInt8>, spaceBefore firstSpace: Bool, to out: inout [Token], text: inout ProseText, scratch: TokenScratch? = nil) -> (credit: Bool, quotes: Bool) {
        let offset = text.bytes.count
        text.bytes.append(contentsOf: literal)
        return text.bytes.withUnsafeBufferPointer { all in
            let run = UnsafeBufferPointer(rebasing: all[offset...])
            // Every token covers at least one byte: tokens are written into a buffer of that
            // bound and appended to `out` at once (no per-token array growth checks).
            if let scratch {
                scratch.reserve(run.count + 1)
                return scan(run, offset: offset, firstSpace: firstSpace, into: scratch.base, out: &out)
            } else {
                return withUnsafeTemporaryAllocation(of: Token.self, capacity: run.count + 1) { buffer in
                    scan(run, offset: offset, firstSpace: firstSpace, into: buffer.baseAddress!, out: &out)
                }
            }
        }
    }

    /// Scans `run` (at `offset` in the paragraph's text) into `buffer`, then appends the
    /// tokens to `out`; returns whether a `©` and a quotation mark are among them.
    private func scan(_ run: UnsafeBufferPointer<UInt8>, offset: Int, firstSpace: Bool, into buffer: UnsafeMutablePointer<Token>, out: inout [Token]) -> (credit: Bool, quotes: Bool) {
        var scanner = Scanner(b: run, offset: Int32(offset), base: base, exact: exact, space: firstSpace, out: buffer)
        scanner.run()
        out.append(contentsOf: UnsafeBufferPointer(start: buffer, count: scanner.count))
        buffer.deinitialize(count: scanner.count)
        return (scanner.copyright, scanner.quoteMark)
    }

    /// The key of every possessive (`'s`, `’s`) and of an opaque span (no text).
    static let possessiveKey = TokenHash.hash("'s")
    static let emptyKey = TokenHash.hash("")

    /// The scanning state: plain stored properties, no captured variables, so the hot loop
    /// has no closure contexts or dynamic exclusivity checks.
    private struct Scanner {
        let b: UnsafeBufferPointer<UInt8>
        /// Where `b` starts in the paragraph's ``ProseText``.
        let offset: Int32
        let base: Int
        let exact: Bool
        var space: Bool
        /// Where the tokens are written; `count` so far.
        let out: UnsafeMutablePointer<Token>
        var count = 0
        /// A `©` mark was emitted (every other mark is ASCII or goes through the `.other` case).
        var copyright = false
        /// A quotation mark was emitted as punctuation (``QuoteMarker/isMark(_:)``).
        var quoteMark = false


        /// The full stop at `i` stands between two Chinese characters with no space (`吕克.朝文`):
        /// the dot of a transliterated name, read as `·` (Chinese ends sentences with `。`).
        func joinsHan(at i: Int) -> Bool {
            guard !space, count > 0, out[count - 1].kind == .han, out[count - 1].hi == offset + Int32(truncatingIfNeeded: i),
                  i + 1 < b.count, b[i + 1] >= 0xE0 else { return false }
            return Tokenizer.classify(b.scalar(at: i + 1).0) == .han
        }

        /// Appends a token; `known` are its hashes when the scan computed them. Not inlined: the
        /// scan loops keep their registers.
        @inline(never)
        mutating func emit(_ kind: Token.Kind, _ from: Int, _ to: Int, scalar: Unicode.Scalar = "\0", hashes known: (exact: UInt64, folded: UInt64)? = nil) {
            let bytes = UnsafeBufferPointer(rebasing: b[from..<to])
            let hashes: (exact: UInt64, folded: UInt64)
            switch kind {
            case .word:
                hashes = known ?? TokenHash.hashes(bytes)
            case .number where known != nil:
                hashes = (known!.exact, known!.exact)
            case .possessive:
                hashes = (Tokenizer.possessiveKey, Tokenizer.possessiveKey)
            case .opaque:
                hashes = (Tokenizer.emptyKey, Tokenizer.emptyKey)
            case .han:
                // Traditional characters are keyed as their simplified form (``HanziFold``).
                let folded = HanziFold.fold(scalar)
                let h = folded == scalar ? TokenHash.hash(bytes) : TokenHash.hash(String(Character(folded)))
                hashes = (h, h)
            case .number, .punctuation:
                let h = TokenHash.hash(bytes)
                hashes = (h, h)
            }
            (out + count).initialize(to: Token(
                kind: kind, start: exact ? base + from : base, end: exact ? base + to : base,
                lo: offset + Int32(truncatingIfNeeded: from), hi: offset + Int32(truncatingIfNeeded: to),
                key: hashes.folded, exactKey: hashes.exact, scalar: scalar, spaceBefore: space, exact: exact))
            count += 1
            space = false
        }

        mutating func run() {
            var i = 0
            while i < b.count {
                let byte = b[i]
                if byte < 0x80 {
                    // ASCII: classified by range, no scalar decoding.
                    if Tokenizer.isASCIIWord(byte) {
                        if byte == 0x68 || byte == 0x77, let end = Tokenizer.urlEnd(b, i) {
                            emit(.opaque, i, end)
                            i = end
                        } else if let end = plainWord(from: i) {
                            i = end
                        } else {
                            i = word(from: i)
                        }
                    } else if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                        space = true
                        i += 1
                    } else {
                        if byte == 0x22 || byte == 0x27 { quoteMark = true }
                        emit(.punctuation, i, i + 1, scalar: byte == 0x2E && joinsHan(at: i) ? "·" : Unicode.Scalar(byte))
                        i += 1
                    }
                    continue
                }
                let (scalar, width) = b.scalar(at: i)
                switch Tokenizer.classify(scalar) {
                case .space:
                    space = true
                    i += width
                case .han:
                    emit(.han, i, i + width, scalar: scalar)
                    i += width
                case .word:
                    i = word(from: i)
                case .other:
                    if scalar == "©" { copyright = true } else if QuoteMarker.isMark(scalar) { quoteMark = true }
                    emit(.punctuation, i, i + width, scalar: scalar)
                    i += width
                }
            }
        }

        /// The common word: ASCII letters only, ended by the text's end or by an ASCII byte that
        /// cannot join it (a space, a comma, a full stop, other punctuation), hashed and emitted
        /// here with no call. Returns the index after it, or `nil` when the letters are followed
        /// by a hyphen, an apostrophe, a digit or a non-ASCII byte (such words go to
        /// ``word(from:)``). The token is the one ``word(from:)`` makes of such a word.
        @inline(__always)
        mutating func plainWord(from: Int) -> Int? {
            let b = self.b
            var e = TokenHash.basis, f = TokenHash.basis
            let j = Tokenizer.letters(b, from: from, exact: &e, folded: &f)
            guard j > from else { return nil }
            if j < b.count {
                let next = b[j]
                // `next` is no letter (``Tokenizer/letters`` stopped at it): one mask test for
                // the ASCII bytes that join a word (digits, `-`, `'`, all below 64).
                guard next < 0x80, next >= 64 || (Tokenizer.joinsWord >> UInt64(next)) & 1 == 0 else { return nil }
            }
            (out + count).initialize(to: Token(
                kind: .word, start: exact ? base + from : base, end: exact ? base + j : base,
                lo: offset + Int32(truncatingIfNeeded: from), hi: offset + Int32(truncatingIfNeeded: j),
                key: f, exactKey: e, scalar: "\0", spaceBefore: space, exact: exact))
            count += 1
            space = false
            return j
        }

        /// Consumes a word (or number) starting at `from`; returns the index after it. ASCII
        /// letters and digits are hashed as they are scanned (``TokenHash``); a word with other
        /// bytes is hashed when it is emitted.
        mutating func word(from: Int) -> Int {
            let b = self.b
            var i = from
            var start = from
            var numeric = true
            var ascii = true
            var exactHash = TokenHash.basis
            var foldedHash = TokenHash.basis
            while i < b.count {
                let byte = b[i]
                if byte &- 0x30 < 10 {
                    exactHash = (exactHash ^ UInt64(byte)) &* TokenHash.prime
                    foldedHash = (foldedHash ^ UInt64(byte)) &* TokenHash.prime
                    i += 1
                    continue
                }
                if (byte | 0x20) &- 0x61 < 26 {
                    // A run of ASCII letters: the common case, in a loop of its own.
                    numeric = false
                    i = Tokenizer.letters(b, from: i, exact: &exactHash, folded: &foldedHash)
                    continue
                }
                // Other ASCII ends the word unless it may join (`co-lead`, `1,200`, `l'`, `'s`).
                if byte < 0x80, byte != 0x2D, byte != 0x2C, byte != 0x2E, byte != 0x27 { break }
                let (c, width) = b.scalar(at: i)
                if Tokenizer.classify(c) == .word {
                    numeric = false
                    ascii = false
                    i += width
                    continue
                }
                let (next, nextWidth) = i + width < b.count ? b.scalar(at: i + width) : ("\0", 0)
                let nextIsWord = nextWidth > 0 && Tokenizer.classify(next) == .word
                if c == "-" || c == "\u{2011}", nextIsWord, !numeric {
                    if width == 1 {
                        exactHash = (exactHash ^ UInt64(byte)) &* TokenHash.prime
                        foldedHash = (foldedHash ^ UInt64(byte)) &* TokenHash.prime
                    } else {
                        ascii = false
                    }
                    i += width
                    continue
                }
                if c == "," || c == ".", numeric, nextWidth == 1, Tokenizer.isDigit(UInt8(next.value)) {
                    exactHash = (exactHash ^ UInt64(byte)) &* TokenHash.prime
                    foldedHash = (foldedHash ^ UInt64(byte)) &* TokenHash.prime
                    i += 1
                    continue
                }
                let apostrophe = c == "'" || c == "\u{2019}"
                if apostrophe, nextWidth == 0, Tokenizer.isElision(b, start, i) {
                    // An elision at the very end (a phrase of the data files: `en tant qu'`).
                    emit(.word, start, i + width)
                    return i + width
                }
                if apostrophe, nextIsWord {
                    let after = i + width + nextWidth
                    let afterIsWord = after < b.count && Tokenizer.classify(b.scalar(at: after).0) == .word
                    if next == "s" || next == "S", !afterIsWord {
                        emit(numeric ? .number : .word, start, i, hashes: ascii ? (exactHash, foldedHash) : nil)
                        emit(.possessive, i, after)
                        return after
                    }
                    if Tokenizer.isElision(b, start, i) {
                        emit(.word, start, i + width)
                        start = i + width
                        numeric = false
                        ascii = true
                        exactHash = TokenHash.basis
                        foldedHash = TokenHash.basis
                    } else if width == 1 {
                        exactHash = (exactHash ^ UInt64(byte)) &* TokenHash.prime
                        foldedHash = (foldedHash ^ UInt64(byte)) &* TokenHash.prime
                    } else {
                        ascii = false
                    }
                    i += width
                    continue
                }
                break
            }
            if i > start { emit(numeric ? .number : .word, start, i, hashes: ascii ? (exactHash, foldedHash) : nil) }
            return i
        }
    }

    /// The ASCII bytes below 64 that continue a word after letters: digits, `-` and `'`, as a
    /// bit mask (bit `b` for byte `b`).
    /// A literal, so it needs no lazy initialization in the scan loop.
    static let joinsWord: UInt64 = 0x03FF_2080_0000_0000

    /// Extends the hashes `exact` and `folded` (lower-cased) over the run of ASCII letters at
    /// `from`; returns the index after it (`from` when there is none).
    @inline(__always)
    static func letters(_ b: UnsafeBufferPointer<UInt8>, from: Int, exact: inout UInt64, folded: inout UInt64) -> Int {
        var e = exact, f = folded, j = from
        while j < b.count {
            let c = b[j]
            let lower = c | 0x20
            guard lower &- 0x61 < 26 else { break }
            e = (e ^ UInt64(c)) &* TokenHash.prime
            f = (f ^ UInt64(lower)) &* TokenHash.prime
            j += 1
        }
        exact = e
        folded = f
        return j
    }

    /// The bytes `from..<to` are an elision (`l`, `qu`...) before an apostrophe.
    static func isElision(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        guard to - from <= 7 else { return false }
        var folded = TokenHash.basis
        for byte in b[from..<to] {
            guard byte < 0x80 else { return false }
            folded = (folded ^ UInt64(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)) &* TokenHash.prime
        }
        return elisionKeys.contains(folded)
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
        return classifyNonASCII(s)
    }

    /// ``classify(_:)`` of a non-ASCII scalar, by its Unicode properties. Not inlined: reading
    /// properties costs a stack allocation that the ASCII paths should not pay.
    @inline(never)
    static func classifyNonASCII(_ s: Unicode.Scalar) -> Class {
        // The accented letters of French and Spanish (Latin-1 letters, Latin Extended-A and -B:
        // every scalar there is a letter but `×` and `÷`) without reading Unicode properties.
        let v = s.value
        if v &- 0xC0 < 0x190, v != 0xD7, v != 0xF7 { return .word }
        if isHan(s) { return .han }
        let p = s.properties
        if p.isWhitespace { return .space }
        return isWordChar(s) ? .word : .other
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// An ASCII letter or digit: two range tests with one comparison each.
    @inline(__always) static func isASCIIWord(_ b: UInt8) -> Bool {
        (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10
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
