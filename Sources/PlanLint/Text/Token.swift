/// One token of prose: a word, a Chinese/Japanese/Korean character, a number, a punctuation
/// mark, or an opaque span (code span, URL, image) that rules never look into.
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case word
        /// One CJK character: Chinese has no word boundaries, so names and verbs are matched
        /// over characters.
        case han
        case number
        case punctuation
        /// `'s` / `’s` after a word.
        case possessive
        case opaque
    }

    var kind: Kind
    var text: String
    /// Lower-cased text (words; other tokens as written).
    var folded: String { kind == .word ? Self.fold(text) : text }
    /// Byte offsets in the file. When the text run is not exact, both are the run's start.
    var start: Int
    var end: Int
    /// Whitespace (or a soft break) precedes the token.
    var spaceBefore: Bool
    /// Inside quotation marks.
    var quoted = false
    /// `start`/`end` are the token's own bytes (its text run is written literally).
    var exact: Bool
    /// FNV-1a hash of `folded` and of `text`: what the word tables are keyed on.
    let key: UInt64
    let exactKey: UInt64

    init(kind: Kind, text: String, start: Int, end: Int, spaceBefore: Bool, exact: Bool = true, hashes: (exact: UInt64, folded: UInt64)? = nil) {
        self.exact = exact
        self.kind = kind
        self.text = text
        if let hashes {
            (exactKey, key) = hashes
        } else if kind == .word {
            (exactKey, key) = Self.hashes(text)
        } else {
            exactKey = Self.hash(text)
            key = exactKey
        }
        self.start = start
        self.end = end
        self.spaceBefore = spaceBefore
    }

    /// FNV-1a 64 of the UTF-8 bytes. Collisions between distinct words are not checked: with
    /// 64 bits and a few thousand known words they are practically impossible.
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    /// ``hash(_:)`` of the text and of the folded text in one pass, lower-casing ASCII on the
    /// fly (no allocation unless the word has non-ASCII letters).
    static func hashes(_ text: String) -> (exact: UInt64, folded: UInt64) {
        var text = text
        return text.withUTF8 { hashes($0) } ?? (hash(text), hash(fold(text)))
    }

    /// ``hashes(_:)`` of UTF-8 bytes; `nil` when they are not all ASCII (fold with `String`).
    static func hashes(_ bytes: UnsafeBufferPointer<UInt8>) -> (exact: UInt64, folded: UInt64)? {
        var exact: UInt64 = 0xcbf2_9ce4_8422_2325
        var folded = exact
        for byte in bytes {
            if byte >= 0x80 { return nil }
            exact = (exact ^ UInt64(byte)) &* 0x100_0000_01b3
            folded = (folded ^ UInt64(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)) &* 0x100_0000_01b3
        }
        return (exact, folded)
    }

    /// Lower-cased text; ASCII without capitals is returned as is (no allocation).
    static func fold(_ text: String) -> String {
        var changes = false
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                if scalar.value >= 0x41 && scalar.value <= 0x5A { changes = true; break }
            } else if scalar.properties.changesWhenLowercased {
                changes = true
                break
            }
        }
        return changes ? text.lowercased() : text
    }

    /// First letter upper-case, not all capitals.
    var isCapitalized: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase && !isAllCaps
    }

    /// Two or more letters, all upper-case (an acronym or shouting).
    var isAllCaps: Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isLowercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// `,` or `，`.
    var isComma: Bool { kind == .punctuation && (text == "," || text == "，") }

    /// A sentence-ending mark.
    var isSentenceEnd: Bool {
        guard kind == .punctuation, let c = text.unicodeScalars.first else { return false }
        switch c {
        case ".", "!", "?", "。", "！", "？", "…": return true
        default: return false
        }
    }

    /// A mark that ends a clause: the window of a subject's verb stops here.
    var isClauseEnd: Bool {
        guard kind == .punctuation, let c = text.unicodeScalars.first else { return false }
        switch c {
        case ";", "；", ":", "：", "。", "，", "(", ")", "（", "）", "|", "—", "–": return true
        default: return false
        }
    }
}
