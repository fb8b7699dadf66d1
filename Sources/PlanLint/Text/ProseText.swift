/// The UTF-8 of a paragraph's text runs, one after the other: tokens are byte ranges into it.
/// Text is decoded only where a finding, a fix-it or a rare check needs it.
struct ProseText: Sendable {
    var bytes: [UInt8] = []

    /// The token's text as written (`'s` for every possessive, empty for an opaque span).
    func text(_ token: Token) -> String {
        switch token.kind {
        case .possessive: return Self.possessive
        case .opaque: return ""
        default: return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[Int(token.lo)..<Int(token.hi)]), as: UTF8.self) }
        }
    }

    /// The number of bytes of the token's text as written (see ``text(_:)``).
    func textCount(_ token: Token) -> Int {
        switch token.kind {
        case .possessive: 2
        case .opaque: 0
        default: Int(token.hi) - Int(token.lo)
        }
    }

    /// Writes the token's text as written (see ``text(_:)``) into `out` at `at`, which has room
    /// for ``textCount(_:)`` bytes; returns the index after it.
    func writeText(_ token: Token, into out: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        switch token.kind {
        case .possessive:
            out[at] = UInt8(ascii: "'")
            out[at + 1] = UInt8(ascii: "s")
            return at + 2
        case .opaque:
            return at
        default:
            return bytes.withUnsafeBufferPointer { all in
                let piece = UnsafeBufferPointer(rebasing: all[Int(token.lo)..<Int(token.hi)])
                _ = UnsafeMutableBufferPointer(rebasing: out[at..<(at + piece.count)]).initialize(fromContentsOf: piece)
                return at + piece.count
            }
        }
    }

    private static let possessive = "'s"

    /// The token's text, lower-cased for words.
    func folded(_ token: Token) -> String {
        token.kind == .word ? TokenHash.fold(text(token)) : text(token)
    }

    /// The token's bytes end with the lower-case ASCII `suffix`, compared case-insensitively
    /// (`partnering`, `PROVIDING`).
    func hasFoldedSuffix(_ token: Token, _ suffix: String) -> Bool {
        let n = suffix.utf8.count
        guard token.kind == .word, token.byteCount >= n else { return false }
        var k = Int(token.hi) - n
        for s in suffix.utf8 {
            var b = bytes[k]
            if b >= 0x41 && b <= 0x5A { b += 0x20 }
            if b != s { return false }
            k += 1
        }
        return true
    }

    /// The token's first letter is lower case (`dollars`, `él`): after a period, an abbreviation
    /// rather than the end of a sentence.
    func startsLowerCase(_ token: Token) -> Bool {
        guard token.kind == .word, token.hi > token.lo else { return false }
        let b = bytes[Int(token.lo)]
        if b < 0x80 { return b >= 0x61 && b <= 0x7A }
        return bytes.withUnsafeBufferPointer {
            UnsafeBufferPointer(rebasing: $0[Int(token.lo)..<Int(token.hi)]).scalar(at: 0).scalar.properties.isLowercase
        }
    }

    /// The case shape of the token's text (see ``TokenHash/caseShape(_:)``); an opaque span or
    /// a possessive (`'s`) has none.
    func caseShape(_ token: Token) -> (capitalized: Bool, allCaps: Bool) {
        guard token.kind != .opaque, token.kind != .possessive else { return (false, false) }
        return bytes.withUnsafeBufferPointer { TokenHash.caseShape(UnsafeBufferPointer(rebasing: $0[Int(token.lo)..<Int(token.hi)])) }
    }

    /// The token's bytes.
    func utf8(_ token: Token) -> ArraySlice<UInt8> { bytes[Int(token.lo)..<Int(token.hi)] }
}
