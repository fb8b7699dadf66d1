/// FNV-1a 64 over UTF-8 bytes: the keys of the word tables and of tokens.
///
/// Collisions between distinct words are not checked: with 64 bits and a few thousand known
/// words they are practically impossible.
enum TokenHash {
    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    /// The hash of a string's UTF-8 bytes.
    static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { hash($0) }
    }

    /// The hash of `bytes`.
    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = basis
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    /// The hash of a word and of its lower-cased form in one pass, lower-casing ASCII on the
    /// fly; words with non-ASCII letters are folded with `String` (full Unicode lower-casing).
    /// A typographic apostrophe is keyed as a straight one (`s’est`, `l’enfance` as `s'est`,
    /// `l'enfance`), as the data files write them.
    static func hashes(_ bytes: UnsafeBufferPointer<UInt8>) -> (exact: UInt64, folded: UInt64) {
        var exact = basis
        var folded = basis
        for byte in bytes {
            if byte >= 0x80 {
                var text = String(decoding: bytes, as: UTF8.self)
                if text.unicodeScalars.contains("\u{2019}") { text = String(text.map { $0 == "\u{2019}" ? "'" : $0 }) }
                return (hash(text), hash(fold(text)))
            }
            exact = (exact ^ UInt64(byte)) &* prime
            folded = (folded ^ UInt64(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)) &* prime
        }
        return (exact, folded)
    }

    /// Lower-cased text; text without capitals is returned as is (no allocation). ASCII and
    /// Latin-1 letters (`é`, `À`) are classified by range, other scalars by their Unicode
    /// properties.
    static func fold(_ text: String) -> String {
        var copy = text
        let changes = copy.withUTF8 { bytes -> Bool in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    if byte &- 0x41 < 26 { return true }
                    i += 1
                    continue
                }
                let (scalar, width) = bytes.scalar(at: i)
                switch scalar.value {
                case 0xC0...0xD6, 0xD8...0xDE: return true
                case 0x80...0xBF, 0xD7, 0xDF...0xFF: break
                default: if scalar.properties.changesWhenLowercased { return true }
                }
                i += width
            }
            return false
        }
        return changes ? text.lowercased() : text
    }

    /// The case shape of a token's text: first letter upper-case and not all capitals; two or
    /// more letters, all upper-case. ASCII is classified by range, other scalars by their
    /// Unicode properties.
    static func caseShape(_ bytes: UnsafeBufferPointer<UInt8>) -> (capitalized: Bool, allCaps: Bool) {
        var letters = 0
        var lower = false
        var firstUpper = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                if b >= 0x41 && b <= 0x5A {
                    if i == 0 { firstUpper = true }
                    letters += 1
                } else if b >= 0x61 && b <= 0x7A {
                    lower = true
                    letters += 1
                }
                i += 1
                continue
            }
            let (scalar, width) = bytes.scalar(at: i)
            let p = scalar.properties
            if i == 0, p.isUppercase { firstUpper = true }
            if p.isAlphabetic {
                if p.isLowercase { lower = true }
                letters += 1
            }
            i += width
        }
        let allCaps = !lower && letters >= 2
        return (firstUpper && !allCaps, allCaps)
    }
}
