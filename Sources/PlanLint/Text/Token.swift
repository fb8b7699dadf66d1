/// One token of prose: a word, a Chinese/Japanese/Korean character, a number, a punctuation
/// mark, or an opaque span (code span, URL, image) that rules never look into.
///
/// A token holds no string: its text is the byte range `lo..<hi` of its paragraph's UTF-8
/// (``ProseText``), decoded only when a finding quotes it. What the matching needs is computed
/// once while tokenizing: the FNV-1a hashes of its text and lower-cased text, its first scalar
/// (punctuation marks are one scalar).
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case word
        /// One CJK character: Chinese has no word boundaries, so names and verbs are matched
        /// over characters.
        case han
        case number
        case punctuation
        /// `'s` / `’s` after a word (its text is always `'s`).
        case possessive
        case opaque
    }

    var kind: Kind
    /// Byte offsets in the file. When the text run is not exact, both are the run's start.
    var start: Int
    var end: Int
    /// The token's bytes in its paragraph's ``ProseText``.
    var lo: Int32
    var hi: Int32
    /// FNV-1a hash of the lower-cased text (words; other tokens as written) and of the text:
    /// what the word tables are keyed on.
    var key: UInt64
    var exactKey: UInt64
    /// The first Unicode scalar of the text (`\0` for an opaque token).
    var scalar: Unicode.Scalar
    /// Whitespace (or a soft break) precedes the token.
    var spaceBefore: Bool
    /// Inside quotation marks.
    var quoted = false
    /// `start`/`end` are the token's own bytes (its text run is written literally).
    var exact: Bool

    /// What a look past either end of a sentence reads: an opaque token of no text, which no rule
    /// looks into (a reading that looks one unit too far sees nothing, it does not trap).
    static let beyond = Token(kind: .opaque, start: 0, end: 0, lo: 0, hi: 0, key: 0, exactKey: 0, scalar: "\0", spaceBefore: true, exact: false)

    /// Length of the text in UTF-8 bytes.
    var byteCount: Int { Int(hi - lo) }

    /// A comma: ASCII, full-width (`，`) or the small form (`﹐`) some Chinese pages use.
    var isComma: Bool { kind == .punctuation && (scalar == "," || scalar == "，" || scalar == "﹐") }

    /// The punctuation mark `mark`.
    func isMark(_ mark: Unicode.Scalar) -> Bool { kind == .punctuation && scalar == mark }

    /// A sentence-ending mark.
    var isSentenceEnd: Bool {
        guard kind == .punctuation else { return false }
        switch scalar {
        case ".", "!", "?", "。", "！", "？", "…": return true
        default: return false
        }
    }

    /// A mark that ends a clause: the window of a subject's verb stops here.
    var isClauseEnd: Bool {
        guard kind == .punctuation else { return false }
        switch scalar {
        case ";", "；", ":", "：", "。", "，", "﹐", "(", ")", "（", "）", "|", "—", "–": return true
        default: return false
        }
    }
}
